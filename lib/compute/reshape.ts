import { type NetworkSupply, type SupplyModel, utilization } from './contract';
import { type GpuId, gpuOfAkashModel } from './gpus';
import { type RawAkashPrice, rawGpuPricesSchema, rawModelSchema } from './schemas';

export class MalformedAkashError extends Error {
  constructor(
    message: string,
    readonly detail?: unknown,
  ) {
    super(message);
    this.name = 'MalformedAkashError';
  }
}

/** A headline price is trusted only this far from the median of the providers' best bids. */
export const MAX_MEDIAN_RATIO = 2;

export type PriceCheck = { ok: true; usd: number; min: number; max: number } | { ok: false; reason: string };

/**
 * Guards the headline (`weightedAverage`) against the console's own bugs: one duplicate-provider
 * bug once moved Akash's H100 between $0.41 and $1.46 an hour (console PR 155). A weighted
 * average outside the providers' [min, max], or more than MAX_MEDIAN_RATIO times away from their
 * median, is not a price anyone bid: it is rejected and logged, never shown.
 */
export function checkPrice(price: RawAkashPrice): PriceCheck {
  const { currency, min, max, weightedAverage: w, med } = price;
  if (currency.toUpperCase() !== 'USD') return { ok: false, reason: `currency ${currency}, not USD` };
  if (!(min > 0) || !(max > 0) || !(w > 0) || !(med > 0)) return { ok: false, reason: 'a price is zero or negative' };
  if (min > max) return { ok: false, reason: `min ${min} above max ${max}` };
  if (w < min || w > max) return { ok: false, reason: `weighted average ${w} outside [${min}, ${max}]` };
  if (w > med * MAX_MEDIAN_RATIO || w * MAX_MEDIAN_RATIO < med) {
    return { ok: false, reason: `weighted average ${w} over ${MAX_MEDIAN_RATIO}x away from the median ${med}` };
  }
  return { ok: true, usd: w, min, max };
}

export interface AkashModelPrice {
  /** `vendor/model/ram/interface`: one Akash entry. */
  key: string;
  gpu: GpuId;
  variant: string;
  price: { usd: number; min: number; max: number } | null;
  /** Why the answer's price was not used, when it was not. */
  rejected: string | null;
}

export interface AkashReshaped {
  supply: Omit<NetworkSupply, 'asOf' | 'source'>;
  prices: AkashModelPrice[];
  dropped: Array<{ index: number; issues: string[] }>;
}

function label(model: string, ram: string, iface: string): string {
  return [model.toUpperCase(), ram.replace(/Gi$/, ' GB'), iface].filter(Boolean).join(' ');
}

/**
 * Turns a `/v1/gpu-prices` body into network supply and per-model prices of the GPUs we compare.
 * Models failing the schema are dropped (and reported); a body without the envelope throws.
 */
export function reshapeAkash(body: unknown): AkashReshaped {
  const envelope = rawGpuPricesSchema.safeParse(body);
  if (!envelope.success) throw new MalformedAkashError('gpu-prices: unexpected shape', envelope.error.issues);

  const models: SupplyModel[] = [];
  const prices: AkashModelPrice[] = [];
  const dropped: AkashReshaped['dropped'] = [];
  envelope.data.models.forEach((entry, index) => {
    const parsed = rawModelSchema.safeParse(entry);
    if (!parsed.success) {
      dropped.push({ index, issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) });
      return;
    }
    const m = parsed.data;
    const gpu = gpuOfAkashModel(m.model, m.ram);
    const { total, available } = m.availability;
    models.push({
      label: label(m.model, m.ram, m.interface),
      gpu,
      gpusTotal: total,
      gpusAvailable: available,
      utilization: utilization(total, available),
    });
    if (!gpu) return;
    const check = m.price ? checkPrice(m.price) : null;
    prices.push({
      key: [m.vendor, m.model, m.ram, m.interface].join('/').toLowerCase(),
      gpu,
      variant: [m.interface, m.ram.replace(/Gi$/, ' GB')].filter(Boolean).join(' '),
      price: check?.ok ? { usd: check.usd, min: check.min, max: check.max } : null,
      rejected: check && !check.ok ? check.reason : null,
    });
  });

  const { total, available } = envelope.data.availability;
  return {
    supply: {
      network: 'Akash',
      gpusTotal: total,
      gpusAvailable: available,
      utilization: utilization(total, available),
      models,
    },
    prices,
    dropped,
  };
}
