import type { ComponentProps } from 'react';

import { LocaleLink as Link } from '@/components/layout/locale-link';

// Content links are written without the locale (`/tools`); the reader's locale is added here.
export function MdxLink({ href = '', children, ...props }: ComponentProps<'a'>) {
  if (href.startsWith('/') && !href.startsWith('//')) {
    return (
      <Link href={href} {...props}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} rel={href.startsWith('#') ? undefined : 'noopener'} {...props}>
      {children}
    </a>
  );
}
