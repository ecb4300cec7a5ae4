import { rmSync, writeFileSync } from 'node:fs';

import { expect, test } from '@playwright/test';

const FILE = 'content/en/guide/90-e2e-draft.mdx';
const DRAFT = `---
title: "Editors' unpublished section"
description: "A draft written by the end-to-end test: only editors in draft mode may see it on the guide."
order: 90
lastReviewed: "2026-11-22"
nextReview: "2027-02-22"
draft: true
sources:
  - title: "Test"
    url: "https://example.org"
---

This section is a draft.
`;

test.afterEach(() => rmSync(FILE, { force: true }));
// The last test spends the draft limiter's budget: it runs after the others, in this worker.
test.describe.configure({ mode: 'serial' });

test('a draft stays out of the published guide and shows to an editor in draft mode', async ({ page, request }) => {
  writeFileSync(FILE, DRAFT);
  expect(await (await request.get('/en')).text()).not.toContain('unpublished section');

  expect((await request.get('/api/draft?secret=wrong&path=/en', { maxRedirects: 0 })).status()).toBe(401);
  expect((await request.get('/api/draft?secret=site-draft&path=//evil.example/en', { maxRedirects: 0 })).status()).toBe(
    400,
  );

  await page.goto('/api/draft?secret=site-draft&path=/en');
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.locator('#e2e-draft h2')).toHaveText("Editors' unpublished section");
  await expect(page.locator('.draft-banner')).toBeVisible();

  await page.getByRole('link', { name: 'Leave draft mode' }).click();
  await expect(page.locator('.draft-banner')).toHaveCount(0);
  await expect(page.locator('#e2e-draft')).toHaveCount(0);
});

test('forged X-Forwarded-For headers do not buy more guesses at the draft secret', async ({ request }) => {
  const statuses: number[] = [];
  for (let i = 0; i < 14; i++) {
    const res = await request.get('/api/draft?secret=guess&path=/en', {
      headers: { 'x-forwarded-for': `198.51.100.${i}` },
      maxRedirects: 0,
    });
    statuses.push(res.status());
  }
  expect(statuses.slice(0, 9)).toEqual(Array(9).fill(401));
  expect(statuses.slice(10)).toEqual([429, 429, 429, 429]);
});
