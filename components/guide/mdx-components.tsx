import type { ComponentType } from 'react';

import { GpuPriceComparison } from '@/components/compute/gpu-price-comparison';
import { FundamentalsTable } from '@/components/fundamentals/fundamentals-table';
import { LayerTable } from '@/components/market/layer-table';
import { MarketMap } from '@/components/market/market-map';
import { PriceHistory } from '@/components/market/price-history';
import { TokenPrice } from '@/components/market/token-price';
import type { MdxComponentName } from '@/lib/content/components';

import { Callout } from './callout';
import { FaqItem } from './faq-item';
import { GuideTable } from './guide-table';
import { MdxLink } from './mdx-link';

/** The one component map of all MDX content; content/README.md documents it for editors. */
export const mdxComponents = {
  a: MdxLink,
  table: GuideTable,
  TokenPrice,
  LayerTable,
  MarketMap,
  GpuPriceComparison,
  PriceChart: PriceHistory,
  Callout,
  FaqItem,
  FundamentalsTable,
} satisfies Record<MdxComponentName, ComponentType<never>> & Record<string, unknown>;
