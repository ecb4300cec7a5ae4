import type { ReactNode } from 'react';

// The document lives in app/[locale]/layout.tsx, where the language is known. This pass-through
// exists so that app/not-found.tsx can answer requests outside every locale.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
