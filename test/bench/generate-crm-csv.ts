/**
 * Seeded generator of a realistic HubSpot contacts export, for benchmarks and
 * tests that need a big CRM file. Usage:
 *
 *   npx tsx test/bench/generate-crm-csv.ts [--rows 1000000] [--seed N] [--out PATH] [--force]
 *
 * Without --out the file is cached in `bench-data/` (gitignored) under a name
 * keyed by rows, seed and GENERATOR_VERSION, and an existing file is reused.
 *
 * Invariants:
 * - Same rows + seed + GENERATOR_VERSION ⇒ same bytes. Bump GENERATOR_VERSION
 *   whenever the output changes, or stale cached files will be reused.
 * - Every email is unique (case-insensitively), so a fresh import of N rows
 *   creates N leads and a re-import finds N unchanged ones. This holds by
 *   construction: each company has its own domain, and the k-th contact of a
 *   company gets the k-th (first, last) pair of a walk that cannot repeat
 *   before FIRST_NAMES.length × LAST_NAMES.length steps (the lengths are coprime).
 * - Rows are produced one at a time and written in 64 KiB chunks with
 *   back-pressure; memory is bounded by the company size table (4 bytes per
 *   company, ~0.4 MB at 1M rows), not by the file.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  COMPANY_KINDS,
  COMPANY_PREFIXES,
  COMPANY_STEMS,
  COUNTRIES,
  DOMAIN_SHAPES,
  C_LEVEL_TITLES,
  EMPLOYEE_RANGES,
  FIRST_NAMES,
  FUNCTIONS,
  INDUSTRIES,
  LAST_NAMES,
  LEAD_STATUSES,
  LEGAL_FORMS,
  LIFECYCLE_STAGES,
  NICKNAMES,
  OWNER_TITLES,
  ROLES,
  TECHNOLOGIES,
  nameSlug,
  type CountryVocabulary,
} from './lib/crm-vocabulary';
import { csvLine } from './lib/csv-line';
import { WeightedTable, mixSeed, mulberry32, type Prng } from './lib/prng';

export const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 42;
export const DEFAULT_ROWS = 1_000_000;

export const HUBSPOT_CONTACT_HEADER = [
  'Record ID',
  'First Name',
  'Last Name',
  'Email',
  'Job Title',
  'Company Name',
  'Website URL',
  'Industry',
  'Number of Employees',
  'Country/Region',
  'City',
  'Lifecycle Stage',
  'Lead Status',
  'HubSpot Score',
  'Create Date',
  'Tech Stack',
] as const;

export type ContactRow = { [K in (typeof HUBSPOT_CONTACT_HEADER)[number]]: string };

export interface GeneratedCsv {
  path: string;
  rows: number;
  seed: number;
  bytes: number;
  /** Bytes per data row, header excluded. */
  avgBytesPerRow: number;
  /** True when an existing cached file was used instead of writing one. */
  reused: boolean;
  seconds: number;
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BENCH_DATA_DIR = join(REPO_ROOT, 'bench-data');

const BRAND_CAPACITY = COMPANY_PREFIXES.length * COMPANY_STEMS.length;
const MAX_CONTACTS_PER_COMPANY = FIRST_NAMES.length * LAST_NAMES.length;
const FIRST_SLUGS = FIRST_NAMES.map(nameSlug);
const LAST_SLUGS = LAST_NAMES.map(nameSlug);

const legalForms = new WeightedTable(LEGAL_FORMS);
const industries = new WeightedTable(INDUSTRIES);
const employeeRanges = new WeightedTable(EMPLOYEE_RANGES);
const lifecycleStages = new WeightedTable(LIFECYCLE_STAGES);
const leadStatuses = new WeightedTable(LEAD_STATUSES);
const techCounts = new WeightedTable([[1, 50], [2, 35], [3, 15]] as const);
const countries = new WeightedTable<CountryVocabulary>(COUNTRIES.map((c) => [c, c.weight] as const));

const CREATE_FROM_MS = Date.UTC(2019, 0, 1);
const CREATE_TO_MS = Date.UTC(2025, 5, 30);
const FIRST_RECORD_ID = 101_000_000;

type EmailPattern = (first: string, last: string) => string;
const emailPatterns = new WeightedTable<EmailPattern>([
  [(f, l) => `${f}.${l}`, 62],
  [(f, l) => `${f}${l}`, 14],
  [(f, l) => `${f}_${l}`, 6],
  [(f, l) => `${l}.${f}`, 6],
  [(f, l) => `${f}-${l}`, 6],
  [(f, l) => `${l}${f}`, 6],
]);

interface SyntheticCompany {
  name: string;
  domain: string;
  website: string;
  industry: string;
  employees: string;
  country: string;
  city: string;
  techStack: string;
  emailPattern: EmailPattern;
}

/** Multiplier for the affine bijection x → (x·m + b) mod n; m must be coprime with n. */
function coprimeMultiplier(n: number, start: number): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  let m = (start % n) || 1;
  while (gcd(m, n) !== 1) m = (m % n) + 1;
  return m;
}

function shuffledIndexes(length: number, rng: Prng): Uint32Array {
  const order = Uint32Array.from({ length }, (_, i) => i);
  for (let i = length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    const tmp = order[i] as number;
    order[i] = order[j] as number;
    order[j] = tmp;
  }
  return order;
}

/**
 * Skewed company sizes (most companies have a handful of contacts, a few have
 * hundreds), as prefix sums so a row position maps to (company, slot) by binary search.
 */
function companyBoundaries(rows: number, seed: number): Uint32Array {
  const rng = mulberry32(mixSeed(seed, 0xc0));
  const starts: number[] = [0];
  let total = 0;
  while (total < rows) {
    // Log-normal-ish: exp of a sum of uniforms; median ≈ 6, mean ≈ 11, long tail.
    const normalish = rng.next() + rng.next() + rng.next() - 1.5;
    const size = Math.min(MAX_CONTACTS_PER_COMPANY, Math.max(1, Math.round(Math.exp(1.8 + 2.2 * normalish))));
    total = Math.min(rows, total + size);
    starts.push(total);
  }
  return Uint32Array.from(starts);
}

function companyAt(index: number, seed: number, brandMultiplier: number): SyntheticCompany {
  const rng = mulberry32(mixSeed(seed, 0xc1, index));
  // Mixed radix over (brand, domain shape, round): distinct indexes give distinct domains.
  // The brand digit goes through a bijection so neighbouring companies get unrelated names;
  // the shape digit counts up, so small files use the common shapes (.com, .io) first.
  const brandIndex = ((index % BRAND_CAPACITY) * brandMultiplier + (seed % BRAND_CAPACITY)) % BRAND_CAPACITY;
  const shape = DOMAIN_SHAPES[Math.floor(index / BRAND_CAPACITY) % DOMAIN_SHAPES.length] as string;
  const round = Math.floor(index / (BRAND_CAPACITY * DOMAIN_SHAPES.length));
  const prefix = COMPANY_PREFIXES[brandIndex % COMPANY_PREFIXES.length] as string;
  const stem = COMPANY_STEMS[Math.floor(brandIndex / COMPANY_PREFIXES.length)] as string;
  const brand = `${prefix}${stem}${round > 0 ? ` ${round + 1}` : ''}`;
  const domain = shape.replace('{}', nameSlug(brand) + (round > 0 ? String(round + 1) : ''));
  const country = rng.pickWeighted(countries);
  const name = `${brand}${rng.chance(0.3) ? ` ${rng.pick(COMPANY_KINDS)}` : ''}${rng.pickWeighted(legalForms)}`;
  const websiteStyle = rng.next();
  const website =
    websiteStyle < 0.2 ? `https://www.${domain}`
    : websiteStyle < 0.38 ? `https://${domain}`
    : websiteStyle < 0.6 ? domain
    : websiteStyle < 0.68 ? `www.${domain}`
    : websiteStyle < 0.72 ? `http://www.${domain}/`
    : '';
  const techCount = rng.chance(0.6) ? 0 : rng.pickWeighted(techCounts);
  const tech = new Set<string>();
  while (tech.size < techCount) tech.add(rng.pick(TECHNOLOGIES));
  return {
    name,
    domain,
    website,
    industry: rng.chance(0.14) ? '' : rng.pickWeighted(industries),
    employees: rng.chance(0.12) ? '' : rng.pickWeighted(employeeRanges),
    country: rng.chance(0.04) ? '' : country.name,
    city: rng.chance(0.12) ? '' : rng.pick(country.cities),
    techStack: [...tech].join(';'),
    emailPattern: rng.pickWeighted(emailPatterns),
  };
}

function jobTitle(rng: Prng): string {
  const band = rng.next();
  const fn = rng.pick(FUNCTIONS);
  const role = rng.pick(ROLES);
  if (band < 0.15) return ''; // HubSpot forms rarely ask for a title, so many contacts have none
  if (band < 0.19) return rng.pick(OWNER_TITLES);
  if (band < 0.24) return rng.pick(C_LEVEL_TITLES);
  if (band < 0.3) return rng.pick([`VP of ${fn}`, `VP, ${fn}`, `Vice President of ${fn}`, `SVP ${fn}`]);
  if (band < 0.36) return `Head of ${fn}`;
  if (band < 0.46) return rng.pick([`Director of ${fn}`, `${fn} Director`, `Director, ${fn}`, `Senior Director, ${fn}`]);
  if (band < 0.62) return rng.pick([`${fn} Manager`, `Senior ${fn} Manager`]);
  if (band < 0.99) return rng.pick([role, role, `Senior ${role}`, `Junior ${role}`, `Lead ${role}`, `${role} II`]);
  return `${fn} Intern`;
}

const SCORE_RANGES: Readonly<Record<string, readonly [number, number]>> = {
  Subscriber: [0, 30], Lead: [0, 60], 'Marketing Qualified Lead': [30, 80], 'Sales Qualified Lead': [40, 90],
  Opportunity: [50, 95], Customer: [60, 100], Evangelist: [70, 100], Other: [0, 50],
};

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** HubSpot's `YYYY-MM-DD HH:mm` export format. */
function hubspotDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
}

/**
 * Returns a pure function from row index (0-based, < rows) to that row's cells,
 * in HUBSPOT_CONTACT_HEADER order. Rows are independent, so any slice can be
 * regenerated without the ones before it.
 */
export function createContactRowFactory(options: { rows: number; seed: number }): (rowIndex: number) => string[] {
  const { rows, seed } = options;
  if (!Number.isSafeInteger(rows) || rows < 1) throw new Error(`rows must be a positive integer, got ${rows}`);
  const boundaries = companyBoundaries(rows, seed);
  const companyCount = boundaries.length - 1;
  const positionMultiplier = coprimeMultiplier(rows, 2_654_435_761 % rows);
  const positionOffset = mixSeed(seed, 0xa1) % rows;
  const brandMultiplier = coprimeMultiplier(BRAND_CAPACITY, 4_051 + (seed % 997));
  const setup = mulberry32(mixSeed(seed, 0x5e));
  const firstOrder = shuffledIndexes(FIRST_NAMES.length, setup);
  const lastOrder = shuffledIndexes(LAST_NAMES.length, setup);

  const companyOfPosition = (position: number): number => {
    let lo = 0;
    let hi = companyCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((boundaries[mid] as number) <= position) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  return (rowIndex) => {
    const rng = mulberry32(mixSeed(seed, 0xb0, rowIndex));
    // Scatter rows over companies so a company's contacts are spread through the file, not adjacent.
    const position = (rowIndex * positionMultiplier + positionOffset) % rows;
    const companyIndex = companyOfPosition(position);
    const slot = position - (boundaries[companyIndex] as number);
    const company = companyAt(companyIndex, seed, brandMultiplier);
    const companyRng = mulberry32(mixSeed(seed, 0xc2, companyIndex));
    const firstIndex = firstOrder[(slot + companyRng.int(0, FIRST_NAMES.length - 1)) % FIRST_NAMES.length] as number;
    const lastIndex = lastOrder[(slot + companyRng.int(0, LAST_NAMES.length - 1)) % LAST_NAMES.length] as number;
    const first = FIRST_NAMES[firstIndex] as string;
    const last = LAST_NAMES[lastIndex] as string;
    const firstSlug = FIRST_SLUGS[firstIndex] as string;
    const lastSlug = LAST_SLUGS[lastIndex] as string;

    const emailKind = rng.next();
    let email =
      emailKind < 0.03 ? `${firstSlug}${lastSlug}${rowIndex}@gmail.com` // personal address; the row number keeps it unique
      : emailKind < 0.05 ? '' // contacts added from a business card or a call, no email
      : `${company.emailPattern(firstSlug, lastSlug)}@${company.domain}`;
    if (email && rng.chance(0.02)) email = email.replace(/^./, (c) => c.toUpperCase()).replace(/@./, (c) => c.toUpperCase());

    const nickname = NICKNAMES[first];
    const firstName = nickname && rng.chance(0.05) ? `${first} "${nickname}"` : first;
    const stage = rng.pickWeighted(lifecycleStages);
    const [scoreMin, scoreMax] = SCORE_RANGES[stage] ?? [0, 50];
    const createdMs = CREATE_FROM_MS + (rowIndex / rows) * (CREATE_TO_MS - CREATE_FROM_MS) + rng.int(0, 3_600_000);

    return [
      String(FIRST_RECORD_ID + rowIndex * 7 + rng.int(0, 6)),
      firstName,
      last,
      email,
      jobTitle(rng),
      company.name,
      company.website,
      company.industry,
      company.employees,
      company.country,
      company.city,
      stage,
      rng.pickWeighted(leadStatuses),
      rng.chance(0.05) ? '' : String(rng.int(scoreMin, scoreMax)),
      hubspotDate(createdMs),
      company.techStack,
    ];
  };
}

/** Writes a fresh file at outPath (overwriting), streaming in chunks. */
export async function writeCrmCsv(options: { rows: number; seed?: number; outPath: string }): Promise<GeneratedCsv> {
  const { rows, outPath } = options;
  const seed = options.seed ?? DEFAULT_SEED;
  const startedAt = performance.now();
  const rowAt = createContactRowFactory({ rows, seed });
  await mkdir(dirname(outPath), { recursive: true });
  const out = createWriteStream(outPath);
  const header = csvLine(HUBSPOT_CONTACT_HEADER);
  let chunk = header;
  let bytes = 0;
  const flush = async (): Promise<void> => {
    bytes += Buffer.byteLength(chunk);
    const ok = out.write(chunk);
    chunk = '';
    if (!ok) await once(out, 'drain');
  };
  for (let i = 0; i < rows; i++) {
    chunk += csvLine(rowAt(i));
    if (chunk.length >= 65_536) await flush();
  }
  await flush();
  out.end();
  await once(out, 'finish');
  return {
    path: outPath,
    rows,
    seed,
    bytes,
    avgBytesPerRow: (bytes - Buffer.byteLength(header)) / rows,
    reused: false,
    seconds: (performance.now() - startedAt) / 1000,
  };
}

export function cachedCsvPath(rows: number, seed: number, dir: string = BENCH_DATA_DIR): string {
  return join(dir, `hubspot-contacts-${rows}rows-seed${seed}-v${GENERATOR_VERSION}.csv`);
}

/**
 * Returns the file for rows + seed, generating it only when it is not already
 * on disk. Writes to a temporary name and renames, so an interrupted run never
 * leaves a truncated file that a later run would reuse.
 */
export async function ensureCrmCsv(options: {
  rows: number;
  seed?: number;
  outPath?: string;
  force?: boolean;
}): Promise<GeneratedCsv> {
  const seed = options.seed ?? DEFAULT_SEED;
  const outPath = options.outPath ?? cachedCsvPath(options.rows, seed);
  if (!options.force) {
    const existing = await stat(outPath).catch(() => null);
    if (existing?.isFile()) {
      const headerBytes = Buffer.byteLength(csvLine(HUBSPOT_CONTACT_HEADER));
      return {
        path: outPath,
        rows: options.rows,
        seed,
        bytes: existing.size,
        avgBytesPerRow: (existing.size - headerBytes) / options.rows,
        reused: true,
        seconds: 0,
      };
    }
  }
  const partialPath = `${outPath}.partial-${process.pid}`;
  try {
    const written = await writeCrmCsv({ rows: options.rows, seed, outPath: partialPath });
    await rename(partialPath, outPath);
    return { ...written, path: outPath };
  } catch (error) {
    await rm(partialPath, { force: true });
    throw error;
  }
}

/** Parses `--rows` style integers, accepting `1e6` and `1_000_000`. */
export function parseCount(value: string | undefined, fallback: number, flag: string): number {
  if (value === undefined) return fallback;
  const parsed = Number(value.replace(/_/g, ''));
  if (!Number.isSafeInteger(parsed) || parsed < 1) throw new Error(`${flag} must be a positive integer, got "${value}"`);
  return parsed;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
  const rows = parseCount(values.rows, DEFAULT_ROWS, '--rows');
  const seed = values.seed === undefined ? DEFAULT_SEED : parseCount(values.seed, DEFAULT_SEED, '--seed');
  const result = await ensureCrmCsv({ rows, seed, outPath: values.out === undefined ? undefined : resolve(values.out), force: values.force });
  const mb = result.bytes / 1_048_576;
  console.log(
    `${result.reused ? 'reused' : 'wrote'} ${result.path}\n` +
      `  rows ${rows.toLocaleString('en-US')}, seed ${seed}, ${mb.toFixed(1)} MB, ` +
      `${result.avgBytesPerRow.toFixed(1)} bytes/row on average` +
      (result.reused ? '' : `, ${result.seconds.toFixed(1)} s`),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
