import type { ReactNode } from 'react';

// The floor of `npm run bench:lighthouse`: a bare Next page built with the site's own Next and
// React, so every ratio the bench prints is "our page against the framework alone".
export const metadata = { title: 'Floor' };

export default function Layout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
