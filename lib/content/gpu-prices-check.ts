import { referenceRowSchema } from '@/lib/compute/reference';

import type { Finding } from './check';

// The editors' rule for content/data/gpu-prices.ts: every row names its date and source (an
// error otherwise), and a row more than two quarters old is flagged for the quarterly update.

export const GPU_PRICES_FILE = 'content/data/gpu-prices.ts';

function quarterIndex(date: string): number {
  const [year = 0, month = 1] = date.split('-').map(Number);
  return year * 4 + Math.floor((month - 1) / 3);
}

/** Whole calendar quarters between a row's date and today: Q1 2026 to Q4 2026 is 3. */
export function quartersOld(date: string, today: string): number {
  return quarterIndex(today) - quarterIndex(date);
}

export function checkGpuPriceRows(rows: readonly unknown[], today: string, file = GPU_PRICES_FILE): Finding[] {
  const findings: Finding[] = [];
  rows.forEach((row, index) => {
    const where = { file, line: 0 };
    const label =
      typeof row === 'object' && row
        ? `${String((row as Record<string, unknown>).provider)} ${String((row as Record<string, unknown>).gpu)}`
        : `row ${index + 1}`;
    const parsed = referenceRowSchema.safeParse(row);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.join('.') || 'row';
        const message =
          issue.code === 'invalid_type' && issue.input === undefined ? `${field} is missing` : issue.message;
        findings.push({ level: 'error', ...where, message: `price row ${index + 1} (${label}): ${field}: ${message}` });
      }
      return;
    }
    const age = quartersOld(parsed.data.date, today);
    if (age > 2) {
      findings.push({
        level: 'warning',
        ...where,
        message: `price row ${index + 1} (${label}) is dated ${parsed.data.date}, ${age} quarters ago: check the source for a current price`,
      });
    }
    if (age < 0)
      findings.push({
        level: 'error',
        ...where,
        message: `price row ${index + 1} (${label}) is dated ${parsed.data.date}, in the future`,
      });
  });
  return findings;
}
