// The one registry of tracked tokens and their layers. Nothing else in the app names a token.
// Pure data: imported by server code, scripts, tests and next.config alike.

export const LAYERS = ['compute', 'storage', 'network', 'orchestration'] as const;
export type Layer = (typeof LAYERS)[number];

export const TOKENOMICS_MODELS = [
  'burn-and-mint',
  'usd-target-emission-burn',
  'work-token',
  'collateral-pledge',
  'storage-endowment',
  'fixed-supply-emission',
  'utility-staking',
  'contribution-rewards',
] as const;
export type TokenomicsModel = (typeof TOKENOMICS_MODELS)[number];

export interface TokenInfo {
  /** URL segment: /{locale}/tokens/{slug}; also the content file name. */
  slug: string;
  /** CoinGecko coin id (see shared reference: market-data.md); also the id of its price history. */
  coingeckoId: string;
  /**
   * Other ids public code uses for the same coin. The live provider asks for all of them and keeps
   * the entry whose name is the token's name (else the one with `coingeckoId`).
   */
  coingeckoAltIds?: readonly string[];
  symbol: string;
  name: string;
  layer: Layer;
  model: TokenomicsModel;
  /** Older tickers or ids readers may type; next.config.ts redirects them to the slug. */
  aliases: readonly string[];
  links: { website: string; docs: string };
}

export const TOKENS = [
  {
    slug: 'render',
    coingeckoId: 'render-token',
    symbol: 'RENDER',
    name: 'Render',
    layer: 'compute',
    model: 'burn-and-mint',
    aliases: ['rndr', 'render-token', 'render-network'],
    links: { website: 'https://rendernetwork.com', docs: 'https://know.rendernetwork.com' },
  },
  {
    slug: 'akash',
    coingeckoId: 'akash-network',
    symbol: 'AKT',
    name: 'Akash Network',
    layer: 'compute',
    model: 'burn-and-mint',
    aliases: ['akt', 'akash-network'],
    links: { website: 'https://akash.network', docs: 'https://akash.network/docs' },
  },
  {
    slug: 'io-net',
    coingeckoId: 'io-net',
    coingeckoAltIds: ['io'],
    symbol: 'IO',
    name: 'io.net',
    layer: 'compute',
    // Incentive Dynamic Engine, live since 2026-06-11 (see content/en/tokens/io-net.mdx for sources).
    model: 'usd-target-emission-burn',
    aliases: ['ionet', 'io'],
    links: { website: 'https://io.net', docs: 'https://docs.io.net' },
  },
  {
    slug: 'filecoin',
    coingeckoId: 'filecoin',
    symbol: 'FIL',
    name: 'Filecoin',
    layer: 'storage',
    model: 'collateral-pledge',
    aliases: ['fil'],
    links: { website: 'https://filecoin.io', docs: 'https://docs.filecoin.io' },
  },
  {
    slug: 'arweave',
    coingeckoId: 'arweave',
    symbol: 'AR',
    name: 'Arweave',
    layer: 'storage',
    model: 'storage-endowment',
    aliases: ['ar'],
    links: { website: 'https://arweave.org', docs: 'https://docs.arweave.org' },
  },
  {
    slug: 'helium',
    coingeckoId: 'helium',
    symbol: 'HNT',
    name: 'Helium',
    layer: 'network',
    model: 'burn-and-mint',
    aliases: ['hnt'],
    links: { website: 'https://helium.com', docs: 'https://docs.helium.com' },
  },
  {
    slug: 'wifi-map',
    coingeckoId: 'wifi',
    symbol: 'WIFI',
    name: 'WiFi Map',
    layer: 'network',
    // No staking is documented for WIFI; community write-ups describe rewards for contributions only.
    model: 'contribution-rewards',
    aliases: ['wifimap'],
    links: { website: 'https://www.wifimap.io', docs: 'https://www.wifimap.io' },
  },
  {
    slug: 'fetch-ai',
    coingeckoId: 'fetch-ai',
    symbol: 'FET',
    name: 'Fetch.ai / ASI Alliance',
    layer: 'orchestration',
    model: 'utility-staking',
    aliases: ['fet', 'asi', 'fetch'],
    links: { website: 'https://fetch.ai', docs: 'https://superintelligence.io' },
  },
  {
    slug: 'bittensor',
    coingeckoId: 'bittensor',
    symbol: 'TAO',
    name: 'Bittensor',
    layer: 'orchestration',
    model: 'fixed-supply-emission',
    aliases: ['tao'],
    links: { website: 'https://bittensor.com', docs: 'https://docs.learnbittensor.org' },
  },
] as const satisfies readonly TokenInfo[];

export type TokenSlug = (typeof TOKENS)[number]['slug'];
export type Token = (typeof TOKENS)[number];
export const TOKEN_SLUGS = TOKENS.map((t) => t.slug) as [TokenSlug, ...TokenSlug[]];

const bySlug = new Map<string, Token>(TOKENS.map((t) => [t.slug, t]));
/** Every CoinGecko id a token may answer under: its own first, then the alternatives. */
export function coingeckoIdsOf(token: TokenInfo): string[] {
  return [token.coingeckoId, ...(token.coingeckoAltIds ?? [])];
}

const byCoingeckoId = new Map<string, Token>(
  TOKENS.flatMap((t) => coingeckoIdsOf(t).map((id): [string, Token] => [id, t])),
);

export function getToken(slug: string): Token | undefined {
  return bySlug.get(slug);
}

export function tokenByCoingeckoId(id: string): Token | undefined {
  return byCoingeckoId.get(id);
}

export function tokensInLayer(layer: Layer): Token[] {
  return TOKENS.filter((t) => t.layer === layer);
}

export function isLayer(value: string): value is Layer {
  return (LAYERS as readonly string[]).includes(value);
}
