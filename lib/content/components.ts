import { z } from 'zod';

import { GPU_IDS } from '@/lib/compute/gpus';
import { LAYERS, TOKENS } from '@/lib/market/registry';

// The props editors may give each MDX component. `npm run content:check` validates content
// against these; components/guide/mdx-components.tsx renders the same names.

const slug = z.enum(TOKENS.map((t) => t.slug) as [string, ...string[]], {
  error: (issue) => `unknown token slug "${String(issue.input)}" (use ${TOKENS.map((t) => t.slug).join(', ')})`,
});

export const MDX_COMPONENT_PROPS = {
  TokenPrice: z.object({ slug }).strict(),
  PriceChart: z.object({ slug }).strict(),
  LayerTable: z.object({ layer: z.enum(LAYERS) }).strict(),
  MarketMap: z.object({}).strict(),
  GpuPriceComparison: z
    .object({
      gpu: z.enum(GPU_IDS, { error: (issue) => `unknown GPU "${String(issue.input)}" (use ${GPU_IDS.join(', ')})` }),
    })
    .strict(),
  Callout: z
    .object({ type: z.enum(['note', 'update', 'warning']).optional(), title: z.string().min(1).optional() })
    .strict(),
  FaqItem: z.object({ question: z.string().min(5) }).strict(),
  FundamentalsTable: z.object({}).strict(),
} as const;

export type MdxComponentName = keyof typeof MDX_COMPONENT_PROPS;
export const MDX_COMPONENT_NAMES = Object.keys(MDX_COMPONENT_PROPS) as MdxComponentName[];
