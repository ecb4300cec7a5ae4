// @vitest-environment jsdom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { ProseLinks } from '@/components/layout/prose-links';

const push = vi.fn();
vi.mock('next/navigation', () => ({ useRouter: () => ({ push }) }));

afterEach(() => {
  cleanup();
  push.mockClear();
  document.body.innerHTML = '';
});

function page() {
  render(<ProseLinks />);
  document.body.insertAdjacentHTML(
    'beforeend',
    '<p><a id="term" href="/ru/glossary#gpu" data-nav=""><em>GPU</em></a> <a id="out" href="https://akash.network" rel="noopener">Akash</a> <a id="blank" href="/ru/tools" data-nav="" target="_blank">tools</a></p>',
  );
  return (id: string) => document.getElementById(id)!;
}

describe('ProseLinks', () => {
  it('navigates a prose link to our pages on the client, from a click on anything inside it', () => {
    const link = page();
    const event = fireEvent.click(link('term').firstChild!);
    expect(event).toBe(false);
    expect(push).toHaveBeenCalledWith('/ru/glossary#gpu');
    expect(document.documentElement.hasAttribute('data-hydrated')).toBe(true);
  });

  it('leaves external links, new tabs and modified clicks to the browser', () => {
    const link = page();
    expect(fireEvent.click(link('out'))).toBe(true);
    expect(fireEvent.click(link('blank'))).toBe(true);
    expect(fireEvent.click(link('term'), { ctrlKey: true })).toBe(true);
    expect(fireEvent.click(link('term'), { button: 1 })).toBe(true);
    expect(push).not.toHaveBeenCalled();
  });
});
