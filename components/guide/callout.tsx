import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

const TYPES = ['note', 'update', 'warning'] as const;

export async function Callout({
  type = 'note',
  title,
  children,
}: {
  type?: string;
  title?: string;
  children: ReactNode;
}) {
  if (!(TYPES as readonly string[]).includes(type))
    throw new Error(`<Callout type="${type}">: use note, update or warning`);
  const t = await getTranslations('Callout');
  const kind = type as (typeof TYPES)[number];
  return (
    <aside className={`callout callout-${kind}`}>
      <p className="callout-title">
        <strong>{title ?? t(kind)}</strong>
      </p>
      {children}
    </aside>
  );
}
