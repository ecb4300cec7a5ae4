import { z } from 'zod';

// Raw Akash Console API shapes. These types never leave lib/compute.
//
// `GET https://console-api.akash.network/v1/gpu-prices`, confirmed in the console's public code
// (akash-network/console, apps/api/src/gpu/http-schemas/gpu.schema.ts `GpuPricesResponseSchema`
// and apps/api/src/gpu/services/gpu-price/gpu-price.service.ts `getGpuPrices`):
// - prices are USD per GPU-hour (`currency: "USD"`), derived from on-chain bids of the last 14
//   (then 31) days, taking only single-GPU deployments, each provider's best bid once; a bid in
//   uakt is converted at that day's AKT price, a bid in uact (USD-pegged) directly. A bid prices
//   the whole deployment (its CPU, memory and storage too); the console's pricing bot asks with
//   tiny CPU/memory so its bids are close to the GPU alone.
// - `weightedAverage` weights each provider's best bid by its allocatable GPUs; `med` is the
//   median; all rounded to cents. `price` is null when no provider bid in the window.
// - `availability.available` = allocatable - allocated GPUs; the answer is memoized for 15 min.

const count = z.number().int().nonnegative();
const money = z.number().finite();

export const rawAvailabilitySchema = z
  .object({ total: count, available: count })
  .refine((a) => a.available <= a.total, {
    message: 'more GPUs available than exist',
  });

export const rawPriceSchema = z.object({
  currency: z.string(),
  min: money,
  max: money,
  avg: money,
  weightedAverage: money,
  med: money,
});
export type RawAkashPrice = z.infer<typeof rawPriceSchema>;

export const rawModelSchema = z.object({
  vendor: z.string().min(1),
  model: z.string().min(1),
  ram: z.string(),
  interface: z.string(),
  availability: rawAvailabilitySchema,
  providerAvailability: z.object({ total: count, available: count }).optional(),
  price: rawPriceSchema.nullable(),
});
export type RawAkashModel = z.infer<typeof rawModelSchema>;

/** The envelope is checked as a whole; its models one by one, so one bad model drops alone. */
export const rawGpuPricesSchema = z.object({
  availability: rawAvailabilitySchema,
  models: z.array(z.unknown()),
});
