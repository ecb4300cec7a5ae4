import type { Metadata } from 'next';
import type { ReactNode } from 'react';

import { siteUrl } from '@/lib/seo/urls';

export const metadata: Metadata = { metadataBase: new URL(siteUrl()) };

// The document lives in app/[locale]/layout.tsx, where the language is known. This pass-through
// exists so that app/not-found.tsx can answer requests outside every locale.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
