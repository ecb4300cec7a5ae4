import { getTranslations } from 'next-intl/server';
import type { ComponentProps } from 'react';

import { TableScroll } from '@/components/layout/table-scroll';

/** A Markdown table in the guide: scrolls sideways in its own box on narrow screens. */
export async function GuideTable(props: ComponentProps<'table'>) {
  const t = await getTranslations('Guide');
  return (
    <TableScroll label={t('table')}>
      <table className="data-table" {...props} />
    </TableScroll>
  );
}
