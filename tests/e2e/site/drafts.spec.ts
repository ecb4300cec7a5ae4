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
