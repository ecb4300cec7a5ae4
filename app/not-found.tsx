import { routing } from '@/lib/i18n/routing';

// Requests outside every locale (no locale could be negotiated): a small page in all three languages.
const TEXT = {
  en: { title: 'Page not found', back: 'Open the guide in English' },
  ru: { title: 'Страница не найдена', back: 'Открыть руководство на русском' },
  es: { title: 'Página no encontrada', back: 'Abrir la guía en español' },
} as const;

export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body
        style={{
          fontFamily: "-apple-system, BlinkMacSystemFont, 'Segoe UI', sans-serif",
          maxWidth: '40rem',
          margin: '4rem auto',
          padding: '0 1rem',
        }}
      >
        <title>404: Page not found</title>
        {routing.locales.map((locale, index) => (
          <section key={locale} lang={locale}>
            {index === 0 ? <h1>{TEXT[locale].title}</h1> : <h2>{TEXT[locale].title}</h2>}
            <p>
              <a href={`/${locale}`}>{TEXT[locale].back}</a>
            </p>
          </section>
        ))}
      </body>
    </html>
  );
}
