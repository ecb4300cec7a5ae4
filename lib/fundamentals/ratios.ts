// The fundamentals framework as pure functions (the guide's tokenomics section defines each).
// A ratio is null when a part is missing or its denominator is zero: never 0 or Infinity.

const DAYS_PER_YEAR = 365;

function finite(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function divide(numerator: number | null | undefined, denominator: number | null | undefined): number | null {
  if (!finite(numerator) || !finite(denominator) || denominator === 0) return null;
  return numerator / denominator;
}

/** Annualized revenue: 30-day revenue x 365/30. */
export function annualize(revenue30dUsd: number | null | undefined): number | null {
  return finite(revenue30dUsd) ? (revenue30dUsd * DAYS_PER_YEAR) / 30 : null;
}

/** A period's amount scaled to 30 days (a quarter's reported revenue to a 30-day figure). */
export function per30Days(amount: number, days: number): number | null {
  return days > 0 && finite(amount) ? (amount * 30) / days : null;
}

/** USD value of the tokens issued over 30 days, at today's price. */
export function issuanceUsd(
  issuance30dTokens: number | null | undefined,
  priceUsd: number | null | undefined,
): number | null {
  return finite(issuance30dTokens) && finite(priceUsd) ? issuance30dTokens * priceUsd : null;
}

/** Issuance coverage: revenue / USD value of tokens issued, same 30 days. Null with zero issuance. */
export function issuanceCoverage(
  revenue30dUsd: number | null | undefined,
  issuance30dUsd: number | null | undefined,
): number | null {
  return divide(revenue30dUsd, issuance30dUsd);
}

/** Price-to-sales: market cap / annualized revenue. Null with zero or unknown revenue. */
export function priceToSales(
  marketCapUsd: number | null | undefined,
  annualizedRevenueUsd: number | null | undefined,
): number | null {
  return divide(marketCapUsd, annualizedRevenueUsd);
}

/** FDV-to-revenue: fully diluted valuation / annualized revenue. */
export function fdvToRevenue(
  fdvUsd: number | null | undefined,
  annualizedRevenueUsd: number | null | undefined,
): number | null {
  return divide(fdvUsd, annualizedRevenueUsd);
}

/** Annual dilution: a year of issuance at the 30-day rate / circulating supply (simple, not compounded). */
export function annualDilution(
  issuance30dTokens: number | null | undefined,
  circulatingSupply: number | null | undefined,
): number | null {
  return finite(issuance30dTokens) ? divide((issuance30dTokens * DAYS_PER_YEAR) / 30, circulatingSupply) : null;
}
