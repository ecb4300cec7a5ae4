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

/**
 * Which way supply moves in the first month. Above the equilibrium price a dollar of demand burns
 * fewer tokens than are minted, so supply grows; below it, supply shrinks. The UI picks its words
 * from this value so the text cannot contradict the numbers.
 */
export type SupplyDirection = 'grow' | 'shrink' | 'steady';

export interface BmeResult {
  /** Price at which burn equals mint: demand / mint; null when nothing is minted. */
  equilibriumPrice: number | null;
  direction: SupplyDirection;
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

/**
 * The price compared with the equilibrium rather than the sign of mint - burn, so that a price that
 * equals demand / mint reads as steady despite floating-point rounding in demand / price.
 */
export function supplyDirection(demandUsd: number, mint: number, price: number): SupplyDirection {
  // At a zero price nothing can be burned (tokensBurned), whatever the demand.
  if (price <= 0) return mint > 0 ? 'grow' : 'steady';
  const eq = equilibriumPrice(demandUsd, mint);
  if (eq == null) return tokensBurned(demandUsd, price) > 0 ? 'shrink' : 'steady';
  const tolerance = 1e-9 * Math.max(eq, price);
  if (price > eq + tolerance) return 'grow';
  if (price < eq - tolerance) return 'shrink';
  return 'steady';
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
    direction: supplyDirection(input.demand, input.mint, input.price),
    burned: first,
    netEmission: input.mint - first,
    supplyAfter: supply,
    projection,
  };
}
