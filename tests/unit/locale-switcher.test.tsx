// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';

import { LocaleSwitcher } from '@/components/layout/locale-switcher';

vi.mock('next/navigation', () => ({ usePathname: () => '/en/market' }));
afterEach(cleanup);

it('remembers the chosen language with the attributes the server gave it (Secure on https)', () => {
  const written: string[] = [];
  vi.spyOn(document, 'cookie', 'set').mockImplementation((value: string) => void written.push(value));
  render(
    <LocaleSwitcher
      current="en"
      locales={['en', 'ru']}
      names={{ en: 'English', ru: 'Русский' }}
      label="Language"
      cookieAttributes="path=/; max-age=31536000; samesite=lax; secure"
    />,
  );
  const ru = screen.getByRole('link', { name: 'RU, Русский' });
  expect(ru.getAttribute('href')).toBe('/ru/market');
  ru.addEventListener('click', (event) => event.preventDefault());
  fireEvent.click(ru);
  expect(written).toEqual(['NEXT_LOCALE=ru; path=/; max-age=31536000; samesite=lax; secure']);
});
