import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';

import { LocaleLink } from '@/components/layout/locale-link';

/** The localized not-found content: what happened and two ways on. */
export async function NotFoundContent() {
  const t = await getTranslations('NotFound');
  return (
    <div className="container not-found">
      <p className="kicker">404</p>
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <p className="not-found-links">
        <LocaleLink className="button" href="/">
          {t('back')}
        </LocaleLink>
        <LocaleLink href="/market">{t('market')}</LocaleLink>
      </p>
    </div>
  );
}

function NotFoundStatus(): never {
  notFound();
}

/**
 * A page that answers 404 with its content in the HTML. `notFound()` thrown where a page starts
 * makes Next 16 drop the rendered document and send an empty `<html id="__next_error__">` shell that
 * only JavaScript fills (no `lang`, no heading for crawlers or readers without JavaScript). Thrown
 * inside a Suspense boundary, after the content, it still sets the 404 status (Next keeps what was
 * rendered outside the boundary), and in the browser the segment's not-found.tsx shows the same text.
 */
export function NotFoundPage() {
  return (
    <>
      <NotFoundContent />
      <Suspense fallback={null}>
        <NotFoundStatus />
      </Suspense>
    </>
  );
}
