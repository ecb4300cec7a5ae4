import { z } from 'zod';

// Raw CoinGecko v3 shapes (shared reference: market-data.md). These types never leave lib/market.

const usd = z.number().finite().nonnegative();
const percent = z.number().finite();

/** One element of `GET /coins/markets?sparkline=true&price_change_percentage=24h,7d,30d`. */
export const rawMarketCoinSchema = z.object({
  id: z.string().min(1),
  symbol: z.string().min(1),
  name: z.string().min(1),
  current_price: usd,
  market_cap: usd.nullable(),
  market_cap_rank: z.number().int().positive().nullable().optional(),
  fully_diluted_valuation: usd.nullable().optional(),
  total_volume: usd.nullable(),
  high_24h: usd.nullable().optional(),
  low_24h: usd.nullable().optional(),
  price_change_percentage_24h: percent.nullable().optional(),
  price_change_percentage_24h_in_currency: percent.nullable().optional(),
  price_change_percentage_7d_in_currency: percent.nullable().optional(),
  price_change_percentage_30d_in_currency: percent.nullable().optional(),
  circulating_supply: usd.nullable().optional(),
  total_supply: usd.nullable().optional(),
  max_supply: usd.nullable().optional(),
  ath: usd.nullable().optional(),
  ath_date: z.string().nullable().optional(),
  last_updated: z.iso.datetime({ offset: true }),
  sparkline_in_7d: z
    .object({ price: z.array(z.number().finite()) })
    .nullable()
    .optional(),
});

/** The list is checked as a list; its entries one by one, so one bad entry drops alone. */
export const rawMarketsSchema = z.array(z.unknown());

const point = z.tuple([z.number().finite(), z.number().finite()]);

/** `GET /coins/{id}/market_chart?vs_currency=usd&days=N`. */
export const rawMarketChartSchema = z.object({
  prices: z.array(point).min(1),
  market_caps: z.array(point).optional(),
  total_volumes: z.array(point).optional(),
});
