import type { ComponentProps } from 'react';
import { LayerTable } from '@/components/market/layer-table';
import { MarketMap } from '@/components/market/market-map';
import { PriceHistory } from '@/components/market/price-history';
import { TokenPrice } from '@/components/market/token-price';
import { Callout } from './callout';
import { FaqItem } from './faq-item';
import { MdxLink } from './mdx-link';

/** The one component map of all MDX content; content/README.md documents it for editors. */
export const mdxComponents = {
  a: MdxLink,
  table: (props: ComponentProps<'table'>) => (
    <div className="table-scroll">
      <table className="data-table" {...props} />
    </div>
  ),
  TokenPrice,
  LayerTable,
  MarketMap,
  PriceChart: PriceHistory,
  Callout,
  FaqItem,
};

/** Names editors may use as JSX in MDX, for `npm run content:check`. */
export const MDX_COMPONENT_NAMES = Object.keys(mdxComponents).filter((name) => /^[A-Z]/.test(name));
