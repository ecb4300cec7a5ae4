// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { toolResults } from '@/components/tools/tool-results';
import { ToolsApp } from '@/components/tools/tools-app';
import { parseToolState } from '@/lib/tokenomics/params';
import en from '@/locales/en.json';
import ru from '@/locales/ru.json';

// The charts load lazily from recharts; their boxes are not what these tests read.
vi.mock('@/components/tools/lazy-bme-charts', () => ({ LazyBmeChart: () => null }));

const example = { demand: '100000', mint: '50000', price: '1.5', supply: '1000000' };

function tools(locale: 'en' | 'ru', initial: Record<string, string> = example) {
  const messages = { Tools: (locale === 'en' ? en : ru).Tools };
  return (
    <NextIntlClientProvider locale={locale} messages={messages}>
      <ToolsApp
        locale={locale}
        initial={initial}
        presets={[]}
        initialResults={toolResults(
          locale,
          parseToolState((name) => initial[name]),
        )}
      />
    </NextIntlClientProvider>
  );
}

const renderTools = (locale: 'en' | 'ru', initial: Record<string, string> = example) => render(tools(locale, initial));

afterEach(cleanup);

describe('ToolsApp', () => {
  it('shows the worked example, formatted for the locale', () => {
    renderTools('ru');
    expect(screen.getByTestId('bme-equilibrium-price').textContent).toBe('2,00\u00a0$');
    expect(screen.getByTestId('bme-net-emission').textContent).toBe('-16\u00a0666,67 токенов');
    expect(screen.getByTestId('bme-supply-after').textContent).toBe('600\u00a0000 токенов');
  });

  it('recomputes on input and replaces the URL instead of pushing history', () => {
    const replace = vi.spyOn(window.history, 'replaceState');
    const { container } = renderTools('en');
    const region = container.querySelector('[aria-labelledby="bme-results-title"]');
    expect(region?.getAttribute('aria-live')).toBe('polite');
    fireEvent.change(container.querySelector('input[name="demand"]')!, { target: { value: '200000' } });
    expect(screen.getByTestId('bme-equilibrium-price').textContent).toBe('$4.00');
    // The server's results are replaced inside the same live region, so the change is announced.
    expect(container.querySelector('[aria-labelledby="bme-results-title"]')).toBe(region);
    expect(String(replace.mock.calls.at(-1)?.[2])).toContain('demand=200000');
  });

  it('takes what the reader typed before hydration', async () => {
    // The server's HTML, shown before the framework arrives (server.mjs loads it after the paint).
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = renderToString(tools('en'));
    const demand = container.querySelector<HTMLInputElement>('input[name="demand"]')!;
    demand.value = '200000';
    await act(async () => {
      hydrateRoot(container, tools('en'));
    });
    expect(screen.getByTestId('bme-equilibrium-price').textContent).toBe('$4.00');
    expect(demand.value).toBe('200000');
  });

  it('answers bad input with a message and a clamped value, never NaN', () => {
    const { container } = renderTools('en', { ...example, price: '-2', amort: '0', util: 'abc' });
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
    expect(container.querySelector('#field-price-message')?.textContent).toBe('Below the minimum: using 0.0001.');
    expect(container.querySelector('#field-util-message')?.textContent).toBe('Not a number: using the default.');
  });
});
