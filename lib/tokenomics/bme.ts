// Burn-and-mint equilibrium, per month, at a constant token price (shared reference:
// tokenomics.md). Pure functions: the simulator, its tests and the server render share them.

export interface BmeInput {
  /** USD of service revenue per month (what users burn). */
  demand: number;
  /** Tokens minted per month. */
  mint: number;
  /** Token price in USD. */
  price: number;
  /** Circulating tokens at the start. */
  supply: number;
  /** Monthly demand growth in percent (may be negative). */
  growth: number;
  months: number;
}

export interface BmeMonth {
  month: number;
  demand: number;
  burned: number;
  minted: number;
  net: number;
  supply: number;
}

export interface BmeResult {
  /** Price at which burn equals mint: demand / mint; null when nothing is minted. */
  equilibriumPrice: number | null;
  /** Tokens burned in the first month. */
  burned: number;
  /** Net emission of the first month: mint - burned (negative when burn exceeds mint). */
  netEmission: number;
  supplyAfter: number;
  projection: BmeMonth[];
}

export function tokensBurned(demandUsd: number, price: number): number {
  return price > 0 ? demandUsd / price : 0;
}

export function equilibriumPrice(demandUsd: number, mint: number): number | null {
  return mint > 0 ? demandUsd / mint : null;
}

/** Month-by-month supply. Supply never goes below zero: there is nothing left to burn. */
export function simulateBme(input: BmeInput): BmeResult {
  const projection: BmeMonth[] = [];
  let supply = input.supply;
  for (let month = 1; month <= input.months; month++) {
    const demand = input.demand * (1 + input.growth / 100) ** (month - 1);
    const burned = Math.min(tokensBurned(demand, input.price), supply + input.mint);
    const net = input.mint - burned;
    supply += net;
    projection.push({ month, demand, burned, minted: input.mint, net, supply });
  }
  const first = tokensBurned(input.demand, input.price);
  return {
    equilibriumPrice: equilibriumPrice(input.demand, input.mint),
    burned: first,
    netEmission: input.mint - first,
    supplyAfter: supply,
    projection,
  };
}
