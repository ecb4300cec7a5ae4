// Provider economics of one GPU per month (shared reference: tokenomics.md).

export const HOURS_PER_MONTH = 730;

export interface ProviderInput {
  /** USD per GPU-hour charged to renters. */
  gpuPrice: number;
  /** Utilisation in percent. */
  util: number;
  /** Network take rate in percent. */
  take: number;
  /** Token rewards per month. */
  rewards: number;
  tokenPrice: number;
  /** Power draw in watts. */
  powerW: number;
  pue: number;
  /** USD per kWh. */
  kwh: number;
  /** Hardware cost in USD. */
  hardware: number;
  /** Amortisation period in months. */
  amort: number;
  /** Hosting in USD per month. */
  hosting: number;
}

export interface ProviderResult {
  rentalRevenue: number;
  rewardRevenue: number;
  revenue: number;
  powerCost: number;
  amortization: number;
  /** Monthly profit after power, hosting and amortisation. */
  profit: number;
  /** Monthly margin before amortisation: what pays the hardware back. */
  cashMargin: number;
  /** Months until the hardware is paid back; null when the margin is not positive ("never"). */
  breakEvenMonths: number | null;
}

export function providerEconomics(input: ProviderInput): ProviderResult {
  const hoursUsed = HOURS_PER_MONTH * (input.util / 100);
  const rentalRevenue = input.gpuPrice * hoursUsed * (1 - input.take / 100);
  const rewardRevenue = input.rewards * input.tokenPrice;
  const revenue = rentalRevenue + rewardRevenue;
  const powerCost = (input.powerW / 1000) * hoursUsed * input.pue * input.kwh;
  const amortization = input.amort > 0 ? input.hardware / input.amort : input.hardware;
  const cashMargin = revenue - powerCost - input.hosting;
  return {
    rentalRevenue,
    rewardRevenue,
    revenue,
    powerCost,
    amortization,
    profit: cashMargin - amortization,
    cashMargin,
    breakEvenMonths: cashMargin > 0 ? input.hardware / cashMargin : null,
  };
}

/** Saving of a DePIN GPU-hour against a hyperscaler's, in percent (negative when dearer). */
export function cloudSaving(depinPerGpuHour: number, cloudPerGpuHour: number): number | null {
  return cloudPerGpuHour > 0 ? (1 - depinPerGpuHour / cloudPerGpuHour) * 100 : null;
}
