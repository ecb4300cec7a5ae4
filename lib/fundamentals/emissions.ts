import type { TokenSlug } from '@/lib/market/registry';

// The issuance registry: each tracked token's emission schedule as its protocol documents it,
// with the date the schedule took effect and the document's URL. A rate is given only where the
// protocol's own documents fix one; otherwise `tokensPerDay` is null and `reason` says why
// (a unit test fails on a rate without a source, or a null without a reason).
// Editors: recheck each entry at every quarterly review (`checkedAt`).

export interface SourceLink {
  title: string;
  url: string;
}

/** Why a token has no fixed issuance figure; the page explains each kind in the reader's language. */
export const ISSUANCE_GAPS = [
  'demand-driven',
  'on-chain-parameter',
  'power-dependent',
  'height-based',
  'undocumented',
] as const;
export type IssuanceGap = (typeof ISSUANCE_GAPS)[number];

export interface EmissionSchedule {
  slug: TokenSlug;
  /** New tokens per day under the schedule in effect; null when no document fixes a rate. */
  tokensPerDay: number | null;
  /** What the rate counts, in the words of its document (English, for editors). */
  basis: string;
  /** When the schedule in effect took effect (YYYY-MM or YYYY-MM-DD). */
  effectiveFrom: string | null;
  /** Why there is no rate (only when tokensPerDay is null). */
  gap?: IssuanceGap;
  /**
   * Where no daily rate is fixed but part of the issuance is (Filecoin's simple minting, Arweave's
   * height schedule): the tokens that part has minted by a time. issuance30d takes the difference
   * over 30 days; the figure then understates issuance, and the page says so.
   */
  scheduledMinted?: (at: number) => number;
  /** A documented change that is approved but whose start no source we have confirms. */
  pending?: { tokensPerDay: number; basis: string; source: SourceLink };
  sources: SourceLink[];
  /** When an editor last checked this entry against its sources (YYYY-MM-DD). */
  checkedAt: string;
}

const DAYS_PER_YEAR = 365;
const DAY_MS = 86_400_000;

// Filecoin's reward actor: simple minting releases 330M FIL as 330M x (1 - e^(-lambda t)), t in
// 30-second epochs since genesis (2020-08-24 22:00 UTC), lambda = ln 2 / (6 years of epochs).
const FILECOIN_GENESIS_MS = 1_598_306_400_000;
const FILECOIN_EPOCH_MS = 30_000;
const FILECOIN_LAMBDA = Math.LN2 / (6 * 365 * 2880);

/** FIL released by simple minting by a time. */
function filecoinSimpleMinted(at: number): number {
  const epochs = Math.max(0, (at - FILECOIN_GENESIS_MS) / FILECOIN_EPOCH_MS);
  return 330_000_000 * (1 - Math.exp(-FILECOIN_LAMBDA * epochs));
}

// Arweave's node (apps/arweave/src/ar_inflation.erl, calculate_base): since fork 2.5 a block at
// height H mints 11M AR x ln2 / 262,800 x 2^(-H / 262,800), i.e. 0.2 x the 55M genesis tokens
// halving every 262,800 blocks (a year of 120-second blocks). The AR minted between heights H1 and
// H2 is therefore 11M x (2^(-H1/262,800) - 2^(-H2/262,800)).
const ARWEAVE_BLOCKS_PER_YEAR = 262_800;
const ARWEAVE_INFLATION_AR = 11_000_000;
// The chain is not read here, so the height at a date is estimated from dated anchors in the node's
// source: fork 2.6.8 at height 1,189,560 "was published at May 30, 2023 at 3:35p UTC"
// (ar_pricing_transition.erl; ar_fork.erl), and fork 2.9 at height 1,602,350, targeted for
// "approximately 2025-02-03 14:00 UTC" (ar_fork.erl; release N.2.9.1). Between them blocks took
// 128.7 s on average, not the 120 s target; heights beyond are extrapolated at that pace.
const ARWEAVE_ANCHOR = { height: 1_189_560, at: Date.UTC(2023, 4, 30, 15, 35) };
const ARWEAVE_LATER = { height: 1_602_350, at: Date.UTC(2025, 1, 3, 14, 0) };
export const ARWEAVE_BLOCK_MS = (ARWEAVE_LATER.at - ARWEAVE_ANCHOR.at) / (ARWEAVE_LATER.height - ARWEAVE_ANCHOR.height);

/** Arweave's block height at a time, estimated from the dated fork anchors. */
export function arweaveHeightAt(at: number): number {
  return ARWEAVE_ANCHOR.height + (at - ARWEAVE_ANCHOR.at) / ARWEAVE_BLOCK_MS;
}

/** AR minted by the inflation schedule up to a height (past fork 2.5's special cases). */
export function arweaveMintedTo(height: number): number {
  return ARWEAVE_INFLATION_AR * (1 - 2 ** (-height / ARWEAVE_BLOCKS_PER_YEAR));
}

/** AR minted by the height schedule by a time (an estimate: the height is, see above). */
function arweaveMintedBy(at: number): number {
  return arweaveMintedTo(arweaveHeightAt(at));
}

export const EMISSIONS: readonly EmissionSchedule[] = [
  {
    slug: 'render',
    // RNP-022: "Year 3 BME emissions follow the same schedule: 5.9M RENDER", 2025-12-20 to 2026-12-19.
    tokensPerDay: 5_900_000 / DAYS_PER_YEAR,
    basis:
      'BME year 3 emissions: 5.9M RENDER from 2025-12-20 to 2026-12-19 (RNP-022; year 2 was the same under RNP-018)',
    effectiveFrom: '2025-12-20',
    sources: [
      {
        title: 'RNP-022: Year 3 of BME Emissions Allocations',
        url: 'https://github.com/rendernetwork/RNPs/blob/main/RNP-022.md',
      },
      {
        title: 'RNP-018: Year 2 of BME Emissions Allocations',
        url: 'https://github.com/rendernetwork/RNPs/blob/main/RNP-018.md',
      },
    ],
    checkedAt: '2026-12-01',
  },
  {
    slug: 'akash',
    tokensPerDay: null,
    gap: 'on-chain-parameter',
    basis:
      'Cosmos x/mint inflation whose live parameters are on-chain state only (AEP-79 migration doc 05, section 9); since AEP-76 (2026-03-23) BME also mints AKT when a payout exceeds the remint credits',
    effectiveFrom: '2026-03-23',
    sources: [
      {
        title: 'AEP-79 migration, 05 Token migration, section 9: Emissions replacement',
        url: 'https://github.com/akash-network/AEP/blob/main/spec/aep-79/doc/05-token-migration.md',
      },
      {
        title: 'AEP-76: Burn Mint Equilibrium on Akash',
        url: 'https://github.com/akash-network/AEP/blob/main/spec/aep-76/README.md',
      },
    ],
    checkedAt: '2026-12-01',
  },
  {
    slug: 'io-net',
    tokensPerDay: null,
    gap: 'demand-driven',
    basis:
      'Incentive Dynamic Engine (live 2026-06-11): suppliers are paid a USD target and IO is released only as needed at the live price, so issuance is not a fixed schedule',
    effectiveFrom: '2026-06-11',
    sources: [
      {
        title: 'DEXTools News: io.net overhauls tokenomics with the Incentive Dynamic Engine (June 2026)',
        url: 'https://www.dextools.io/news/io-net-ide-incentive-dynamic-engine-tokenomics-june-2026',
      },
    ],
    checkedAt: '2026-12-01',
  },
  {
    slug: 'filecoin',
    tokensPerDay: null,
    gap: 'power-dependent',
    basis:
      'Simple minting only (330M FIL, six-year half-life from genesis on 2020-08-24): baseline minting (770M FIL) adds more as network storage power meets the baseline, so the figure understates issuance',
    effectiveFrom: '2020-08-24',
    scheduledMinted: filecoinSimpleMinted,
    sources: [
      { title: 'Filecoin spec: Minting model', url: 'https://spec.filecoin.io/systems/filecoin_token/minting_model/' },
      {
        title: 'Filecoin docs: Block rewards',
        url: 'https://docs.filecoin.io/provide-storage/filecoin-economics/block-rewards',
      },
    ],
    checkedAt: '2026-12-01',
  },
  {
    slug: 'arweave',
    tokensPerDay: null,
    gap: 'height-based',
    basis:
      'Mining inflation of 11M AR halving every 262,800 blocks (5.5M AR in the first block-height year), over the last 30 days at a block height estimated from the fork 2.6.8 and 2.9 anchors (128.7 s a block); endowment payouts move existing AR, and the protocol mints more only when the endowment falls short, so this is a floor',
    effectiveFrom: '2018-06-08',
    scheduledMinted: arweaveMintedBy,
    sources: [
      {
        title: 'Arweave node: ar_inflation.erl (schedule and its tests)',
        url: 'https://github.com/ArweaveTeam/arweave/blob/master/apps/arweave/src/ar_inflation.erl',
      },
      {
        title: 'Arweave node: ar_fork.erl (fork heights 2.6.8 and 2.9)',
        url: 'https://github.com/ArweaveTeam/arweave/blob/master/apps/arweave/src/ar_fork.erl',
      },
      {
        title: 'Arweave node: ar_pricing_transition.erl (fork 2.6.8 publication time)',
        url: 'https://github.com/ArweaveTeam/arweave/blob/master/apps/arweave/src/ar_pricing_transition.erl',
      },
      {
        title: 'Arweave release N.2.9.1 (fork 2.9 height and target date)',
        url: 'https://github.com/ArweaveTeam/arweave/releases/tag/N.2.9.1',
      },
    ],
    checkedAt: '2026-12-01',
  },
  {
    slug: 'helium',
    // HIP 149 states the HIP 20 network emission in effect: about 20,548 HNT a day (7.5M a year since 2025-08-01).
    tokensPerDay: 20_548,
    basis:
      'HIP 20 network emission after the 2025-08-01 halving (7.5M HNT a year), as HIP 149 states it: about 20,548 HNT a day',
    effectiveFrom: '2025-08-01',
    pending: {
      tokensPerDay: 196_000,
      basis:
        'HIP 149 operations and growth supplement: about 196,000 HNT a day for the first 12 months, then a 24-month linear taper (about 141M HNT in all); approved 2026-07-02, minting starts two weeks after the Advisory Council is seated',
      source: {
        title: 'HIP 149: Helium Utility and Emissions Realignment',
        url: 'https://github.com/helium/HIP/blob/main/0149-helium-utility-and-emissions-realignment.md',
      },
    },
    sources: [
      {
        title: 'HIP 149: Helium Utility and Emissions Realignment',
        url: 'https://github.com/helium/HIP/blob/main/0149-helium-utility-and-emissions-realignment.md',
      },
      { title: 'HIP 20: HNT Max Supply', url: 'https://github.com/helium/HIP/blob/main/0020-hnt-max-supply.md' },
    ],
    checkedAt: '2026-12-01',
  },
  {
    slug: 'wifi-map',
    tokensPerDay: null,
    gap: 'undocumented',
    basis: 'WiFi Map publishes no emission schedule for WIFI',
    effectiveFrom: null,
    sources: [],
    checkedAt: '2026-12-01',
  },
  {
    slug: 'fetch-ai',
    tokensPerDay: null,
    gap: 'undocumented',
    basis:
      'No emission schedule is published for FET after the ASI Alliance merger; supply changes came from token conversions (661M OCEAN to 286M FET in July 2025)',
    effectiveFrom: null,
    sources: [],
    checkedAt: '2026-12-01',
  },
  {
    slug: 'bittensor',
    // 0.5 TAO per 12-second block since the first halving (December 2025): 7,200 blocks a day.
    tokensPerDay: 3_600,
    basis:
      '0.5 TAO per 12-second block since the first halving at 10.5M TAO issued (December 2025): 3,600 TAO a day, down from 7,200',
    effectiveFrom: '2025-12',
    sources: [
      { title: 'Taostats docs: Tao emission', url: 'https://docs.taostats.io/docs/tao-emission' },
      { title: 'Taostats docs: Halving', url: 'https://docs.taostats.io/docs/halving' },
    ],
    checkedAt: '2026-12-01',
  },
];

export function emissionSchedule(slug: TokenSlug): EmissionSchedule | undefined {
  return EMISSIONS.find((e) => e.slug === slug);
}

/** Tokens issued over 30 days under the schedule in effect; null when no rate is documented. */
export function issuance30d(schedule: EmissionSchedule | undefined, now = Date.now()): number | null {
  if (!schedule) return null;
  if (schedule.tokensPerDay != null) return schedule.tokensPerDay * 30;
  const minted = schedule.scheduledMinted;
  return minted ? minted(now) - minted(now - 30 * DAY_MS) : null;
}
