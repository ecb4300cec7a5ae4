import type { BmeInput } from './bme';
import { CLOUD_COMPARISON } from './presets';
import type { ProviderInput } from './provider';

// The tools keep their state in the query string. Each parameter has one spec: its bounds clamp
// hostile or mistyped values, so no NaN or Infinity ever reaches the maths or the screen.

export interface ParamSpec<Name extends string = string> {
  name: Name;
  min: number;
  max: number;
  /** Slider range; the number field accepts anything in [min, max]. */
  sliderMax: number;
  step: number;
  default: number;
  integer?: boolean;
}

export type Adjustment = 'invalid' | 'min' | 'max';

const spec = <Name extends string>(
  name: Name,
  min: number,
  max: number,
  sliderMax: number,
  step: number,
  def: number,
  integer = false,
): ParamSpec<Name> => ({
  name,
  min,
  max,
  sliderMax,
  step,
  default: def,
  integer,
});

export const BME_PARAMS = [
  spec('demand', 0, 1e12, 10_000_000, 1000, 100_000),
  spec('mint', 0, 1e12, 10_000_000, 1000, 50_000),
  spec('price', 0.0001, 1e6, 100, 0.01, 1.5),
  spec('supply', 0, 1e13, 1_000_000_000, 10_000, 1_000_000),
  spec('growth', -50, 100, 20, 0.5, 0),
  spec('months', 1, 120, 120, 1, 24, true),
] as const;

export const PROVIDER_PARAMS = [
  spec('gpuPrice', 0, 1000, 10, 0.01, 2.0),
  spec('util', 0, 100, 100, 1, 60),
  spec('take', 0, 100, 50, 0.5, 0),
  spec('rewards', 0, 1e9, 10_000, 1, 0),
  spec('tokenPrice', 0, 1e6, 100, 0.01, 1),
  spec('powerW', 0, 100_000, 1500, 10, 700),
  spec('pue', 1, 3, 3, 0.05, 1),
  spec('kwh', 0, 10, 0.5, 0.005, 0.1),
  spec('hardware', 0, 1e8, 60_000, 100, 27_500),
  spec('amort', 1, 240, 72, 1, 36, true),
  spec('hosting', 0, 1e6, 1000, 5, 0),
] as const;

// Defaults from the compute market's data set: Akash's H100 headline bid and AWS's H100 on-demand price.
export const CLOUD_PARAMS = [
  spec('depinGpu', 0, 1000, 20, 0.01, CLOUD_COMPARISON.depin.headline),
  spec('cloudGpu', 0.01, 1000, 20, 0.01, Math.round(CLOUD_COMPARISON.cloud.perGpuHour * 100) / 100),
] as const;

export const ALL_PARAMS = [...BME_PARAMS, ...PROVIDER_PARAMS, ...CLOUD_PARAMS] as const;
/** The tools' parameter names: `demand`, `gpuPrice`, … */
export type ParamName = (typeof ALL_PARAMS)[number]['name'];
export type ToolParam = ParamSpec<ParamName>;

export interface ParsedValue {
  value: number;
  adjusted: Adjustment | null;
}

/** One raw value (from the URL or a field) to a safe number within the spec. */
export function parseParam(raw: string | undefined | null, s: ParamSpec): ParsedValue {
  if (raw == null || raw.trim() === '') return { value: s.default, adjusted: null };
  const n = Number(raw.trim().replace(',', '.'));
  if (!Number.isFinite(n)) return { value: s.default, adjusted: 'invalid' };
  if (n < s.min) return { value: s.min, adjusted: 'min' };
  if (n > s.max) return { value: s.max, adjusted: 'max' };
  return { value: s.integer ? Math.round(n) : n, adjusted: null };
}

/** Every parameter, parsed: the keys are exactly ALL_PARAMS' names, so no lookup can miss. */
export type ToolState = Record<ParamName, ParsedValue>;

export function parseToolState(get: (name: ParamName) => string | undefined | null): ToolState {
  // fromEntries types its keys as string; the entries are ALL_PARAMS', one per name.
  return Object.fromEntries(ALL_PARAMS.map((s) => [s.name, parseParam(get(s.name), s)])) as ToolState;
}

export function bmeInput(state: ToolState): BmeInput {
  const v = (name: ParamName) => state[name].value;
  return {
    demand: v('demand'),
    mint: v('mint'),
    price: v('price'),
    supply: v('supply'),
    growth: v('growth'),
    months: v('months'),
  };
}

export function providerInput(state: ToolState): ProviderInput {
  const v = (name: ParamName) => state[name].value;
  return {
    gpuPrice: v('gpuPrice'),
    util: v('util'),
    take: v('take'),
    rewards: v('rewards'),
    tokenPrice: v('tokenPrice'),
    powerW: v('powerW'),
    pue: v('pue'),
    kwh: v('kwh'),
    hardware: v('hardware'),
    amort: v('amort'),
    hosting: v('hosting'),
  };
}

/** The query string of a state: only values that differ from the defaults, so shared links stay short. */
export function toQuery(values: Record<string, number>): string {
  const params = new URLSearchParams();
  for (const s of ALL_PARAMS) {
    const value = values[s.name];
    if (value !== undefined && value !== s.default) params.set(s.name, String(value));
  }
  return params.toString();
}
