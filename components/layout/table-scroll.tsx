import type { ReactNode } from 'react';

/**
 * A table wider (or, inside a chart's details, taller) than the screen scrolls in its own box. The
 * box is a named region in the tab order, so a keyboard reader can scroll it too (WCAG 2.1.1).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
