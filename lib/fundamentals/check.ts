import type { Finding } from '@/lib/content/check';
import { TOKENS } from '@/lib/market/registry';

import { EMISSIONS, type EmissionSchedule, ISSUANCE_GAPS } from './emissions';
import { REPORTED_FIGURES, reportedFigureSchema } from './reported';

// The content check of the fundamentals data (called by lib/content/check.ts): reported figures
// need a period, a source and a date; an issuance rate needs a source, a missing rate a reason.

const REPORTED_FILE = 'lib/fundamentals/reported.ts';
const EMISSIONS_FILE = 'lib/fundamentals/emissions.ts';
/** Two quarters: a newer report should exist by then. */
const STALE_DAYS = 183;

function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}

/** Problems of one emission schedule (empty when it is sound). */
export function scheduleProblems(schedule: EmissionSchedule): string[] {
  const problems: string[] = [];
  if (schedule.tokensPerDay != null) {
    if (!(schedule.tokensPerDay >= 0) || !Number.isFinite(schedule.tokensPerDay))
      problems.push('tokensPerDay must be a finite number >= 0');
    if (schedule.sources.length === 0) problems.push('has an issuance rate without a source');
    if (!schedule.effectiveFrom) problems.push('has an issuance rate without the date it took effect');
  } else if (!schedule.gap || !(ISSUANCE_GAPS as readonly string[]).includes(schedule.gap)) {
    problems.push('has no issuance rate and no reason (gap)');
  }
  for (const source of [...schedule.sources, ...(schedule.pending ? [schedule.pending.source] : [])]) {
    if (!/^https:\/\//.test(source.url)) problems.push(`source "${source.title}" is not an https URL`);
  }
  return problems;
}

export function checkFundamentals(
  today = new Date().toISOString().slice(0, 10),
  figures: readonly unknown[] = REPORTED_FIGURES,
  emissions: readonly EmissionSchedule[] = EMISSIONS,
): Finding[] {
  const findings: Finding[] = [];
  const newest = new Map<string, string>();
  figures.forEach((figure, index) => {
    const parsed = reportedFigureSchema.safeParse(figure);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        findings.push({
          level: 'error',
          file: REPORTED_FILE,
          line: 0,
          message: `reported figure ${index + 1}: ${issue.path.join('.') || 'entry'}: ${issue.message}`,
        });
      }
      return;
    }
    const { slug, period } = parsed.data;
    if (period.end > today)
      findings.push({
        level: 'error',
        file: REPORTED_FILE,
        line: 0,
        message: `reported figure ${index + 1} (${slug}): its period ends in the future (${period.end})`,
      });
    if ((newest.get(slug) ?? '') < period.end) newest.set(slug, period.end);
  });
  for (const [slug, end] of newest) {
    if (daysBetween(end, today) > STALE_DAYS) {
      findings.push({
        level: 'warning',
        file: REPORTED_FILE,
        line: 0,
        message: `${slug}: the newest reported figure ends ${end}, more than two quarters ago`,
      });
    }
  }
  for (const token of TOKENS) {
    const schedule = emissions.find((e) => e.slug === token.slug);
    if (!schedule) {
      findings.push({
        level: 'error',
        file: EMISSIONS_FILE,
        line: 0,
        message: `${token.slug}: no emission schedule entry`,
      });
      continue;
    }
    for (const problem of scheduleProblems(schedule))
      findings.push({ level: 'error', file: EMISSIONS_FILE, line: 0, message: `${token.slug}: ${problem}` });
    if (daysBetween(schedule.checkedAt, today) > STALE_DAYS) {
      findings.push({
        level: 'warning',
        file: EMISSIONS_FILE,
        line: 0,
        message: `${token.slug}: schedule last checked ${schedule.checkedAt}, more than two quarters ago`,
      });
    }
  }
  return findings;
}
