import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const PAGES = [
  '/{l}',
  '/{l}/market',
  '/{l}/tokens/render',
  '/{l}/tools',
  '/{l}/glossary',
  '/{l}/updates',
  '/{l}/no-such-page',
];

for (const scheme of ['light', 'dark'] as const) {
  for (const locale of ['en', 'ru', 'es']) {
    test(`no WCAG 2.2 A/AA violations on ${locale} pages (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      for (const template of PAGES) {
        const path = template.replace('{l}', locale);
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(violations.map((v) => `${path}: ${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`)).toEqual(
          [],
        );
      }
    });
  }
}

// Lighthouse audits a phone: target sizes and spacing (WCAG 2.2) depend on the layout, and the
// guide's off-screen sections are not laid out until the reader nears them.
test('no WCAG 2.2 A/AA violations on a phone-sized screen', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  for (const template of PAGES) {
    const path = template.replace('{l}', 'ru');
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(violations.map((v) => `${path}: ${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  }
});

test('keyboard: skip link, header, switcher and the table of contents are reachable with visible focus', async ({
  page,
}) => {
  await page.goto('/en');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  const focused: string[] = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    focused.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return `${el.getAttribute('aria-label') ?? el.textContent?.trim()}|${style.outlineStyle !== 'none' && style.outlineWidth !== '0px'}`;
      }),
    );
  }
  expect(focused.some((f) => f.startsWith('Market|true'))).toBe(true);
  expect(focused.some((f) => f.startsWith('RU, Русский|true'))).toBe(true);
  expect(focused.some((f) => f.startsWith('What is DePIN?|true'))).toBe(true);
});
