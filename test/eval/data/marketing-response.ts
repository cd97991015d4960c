/**
 * A stand-in for the UCI bank-marketing dataset (Moro, Cortez & Rita, 2014):
 * a Portuguese bank's phone campaigns for term deposits, May 2008 – Nov 2010.
 * Same columns, delimiter, quoting and value spellings as the public files, with
 * marginals close to the published ones, and a label drawn from a plausible
 * logistic model (previous success, month, contact channel, job, loans,
 * previous contact, campaign count, a U-shaped age effect, period).
 *
 * `duration` (call length in seconds) is drawn *after* the label, from a
 * longer distribution when y = yes, exactly the leak of the real data: it is
 * only known once the call is over, so a ranker must not use it.
 *
 * Variants:
 * - 'full' — bank-full.csv: `age;job;…;day;month;duration;…;poutcome;y`,
 *   `pdays = -1` when never contacted, `poutcome` unknown/failure/other/success.
 * - 'additional' — bank-additional-full.csv: no balance/day, adds
 *   `day_of_week` and five macro-economic indicators, `pdays = 999` when never
 *   contacted, `poutcome` nonexistent/failure/success, `unknown` levels in
 *   default/housing/loan, LinkedIn-free education levels (`basic.4y`, …).
 *
 * Rows are in chronological order, as in the real files.
 */
import { quotedCell } from './csv';
import { calibrateIntercept, clamp, createRng, mixSeed, sigmoid, type Rng } from './prng';

export type MarketingVariant = 'full' | 'additional';

export interface MarketingResponseOptions {
  rows: number;
  seed: number;
  variant?: MarketingVariant;
  /** Share of y = yes to calibrate to (default 0.117 full, 0.1127 additional). */
  positiveRate?: number;
}

export interface MarketingResponseCsv {
  csv: string;
  header: readonly string[];
  /** y per data row, in file order. */
  labels: boolean[];
}

export const MARKETING_FULL_HEADER = [
  'age', 'job', 'marital', 'education', 'default', 'balance', 'housing', 'loan', 'contact', 'day', 'month',
  'duration', 'campaign', 'pdays', 'previous', 'poutcome', 'y',
] as const;

export const MARKETING_ADDITIONAL_HEADER = [
  'age', 'job', 'marital', 'education', 'default', 'housing', 'loan', 'contact', 'month', 'day_of_week',
  'duration', 'campaign', 'pdays', 'previous', 'poutcome', 'emp.var.rate', 'cons.price.idx', 'cons.conf.idx',
  'euribor3m', 'nr.employed', 'y',
] as const;

/** Columns only known after the call: a ranker that sees them is cheating. */
export const MARKETING_LEAK_COLUMNS: readonly string[] = ['duration'];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
type Month = (typeof MONTHS)[number];

type Job =
  | 'admin.' | 'blue-collar' | 'technician' | 'services' | 'management' | 'retired' | 'entrepreneur'
  | 'self-employed' | 'housemaid' | 'unemployed' | 'student' | 'unknown';

/** bank-full.csv job shares (%). */
const JOBS: ReadonlyArray<readonly [Job, number]> = [
  ['blue-collar', 21.5], ['management', 20.9], ['technician', 16.8], ['admin.', 11.4], ['services', 9.2],
  ['retired', 5.0], ['self-employed', 3.5], ['entrepreneur', 3.3], ['unemployed', 2.9], ['housemaid', 2.7],
  ['student', 2.1], ['unknown', 0.6],
];

type Education = 'primary' | 'secondary' | 'tertiary' | 'unknown';
const EDUCATION_BY_JOB: Readonly<Record<Job, ReadonlyArray<readonly [Education, number]>>> = {
  'admin.': [['primary', 4], ['secondary', 81], ['tertiary', 11], ['unknown', 4]],
  'blue-collar': [['primary', 38], ['secondary', 55], ['tertiary', 2], ['unknown', 5]],
  technician: [['primary', 2], ['secondary', 70], ['tertiary', 24], ['unknown', 4]],
  services: [['primary', 8], ['secondary', 83], ['tertiary', 5], ['unknown', 4]],
  management: [['primary', 3], ['secondary', 12], ['tertiary', 82], ['unknown', 3]],
  retired: [['primary', 35], ['secondary', 44], ['tertiary', 16], ['unknown', 5]],
  entrepreneur: [['primary', 12], ['secondary', 37], ['tertiary', 46], ['unknown', 5]],
  'self-employed': [['primary', 8], ['secondary', 33], ['tertiary', 55], ['unknown', 4]],
  housemaid: [['primary', 50], ['secondary', 32], ['tertiary', 14], ['unknown', 4]],
  unemployed: [['primary', 20], ['secondary', 56], ['tertiary', 22], ['unknown', 2]],
  student: [['primary', 5], ['secondary', 54], ['tertiary', 24], ['unknown', 17]],
  unknown: [['primary', 18], ['secondary', 25], ['tertiary', 13], ['unknown', 44]],
};

/**
 * Campaign periods (year, month, % of rows). The month marginals add up to
 * bank-full's (may 30.4, jul 15.3, aug 13.8, jun 11.8, nov 8.8, apr 6.5, feb 5.9,
 * jan 3.1, oct 1.6, sep 1.3, mar 1.1, dec 0.5); the rare months are 2009–2010.
 */
const PERIODS: ReadonlyArray<readonly [readonly [number, Month], number]> = [
  [[2008, 'may'], 27.0], [[2008, 'jun'], 10.5], [[2008, 'jul'], 14.3], [[2008, 'aug'], 12.6], [[2008, 'oct'], 0.3],
  [[2008, 'nov'], 8.2], [[2009, 'jan'], 3.0], [[2009, 'feb'], 5.5], [[2009, 'mar'], 0.6], [[2009, 'apr'], 6.0],
  [[2009, 'may'], 3.0], [[2009, 'jun'], 1.2], [[2009, 'jul'], 0.8], [[2009, 'aug'], 1.0], [[2009, 'sep'], 0.7],
  [[2009, 'oct'], 0.8], [[2009, 'nov'], 0.5], [[2009, 'dec'], 0.3], [[2010, 'jan'], 0.1], [[2010, 'feb'], 0.4],
  [[2010, 'mar'], 0.5], [[2010, 'apr'], 0.5], [[2010, 'may'], 0.4], [[2010, 'jun'], 0.1], [[2010, 'jul'], 0.2],
  [[2010, 'aug'], 0.2], [[2010, 'sep'], 0.6], [[2010, 'oct'], 0.5], [[2010, 'nov'], 0.1], [[2010, 'dec'], 0.2],
];

/**
 * The additional file has no jan/feb; its month marginals are
 * may 33.4, jul 17.4, aug 15.0, jun 12.9, nov 10.0, apr 6.4, oct 1.7, sep 1.4, mar 1.3, dec 0.4.
 */
const PERIODS_ADDITIONAL: ReadonlyArray<readonly [readonly [number, Month], number]> = [
  [[2008, 'may'], 31.0], [[2008, 'jun'], 11.8], [[2008, 'jul'], 16.6], [[2008, 'aug'], 14.0], [[2008, 'oct'], 0.4],
  [[2008, 'nov'], 9.5], [[2009, 'mar'], 0.7], [[2009, 'apr'], 6.0], [[2009, 'may'], 2.0], [[2009, 'jun'], 0.8],
  [[2009, 'jul'], 0.6], [[2009, 'aug'], 0.7], [[2009, 'sep'], 0.8], [[2009, 'oct'], 0.8], [[2009, 'nov'], 0.4],
  [[2009, 'dec'], 0.2], [[2010, 'mar'], 0.6], [[2010, 'apr'], 0.4], [[2010, 'may'], 0.4], [[2010, 'jun'], 0.3],
  [[2010, 'jul'], 0.2], [[2010, 'aug'], 0.3], [[2010, 'sep'], 0.6], [[2010, 'oct'], 0.5], [[2010, 'nov'], 0.1],
  [[2010, 'dec'], 0.2],
];

/** Quarterly macro indicators (emp.var.rate, cons.price.idx, cons.conf.idx, euribor3m, nr.employed), approximately as in the additional file. */
function macroFor(year: number, month: Month): readonly [number, number, number, number, number] {
  const m = MONTHS.indexOf(month);
  if (year === 2008) {
    if (m <= 4) return [1.1, 93.994, -36.4, 4.857, 5191.0];
    if (m === 5) return [1.4, 94.465, -41.8, 4.961, 5228.1];
    if (m === 6) return [1.4, 93.918, -42.7, 4.962, 5228.1];
    if (m === 7) return [1.4, 93.444, -36.1, 4.964, 5228.1];
    if (m <= 9) return [-0.1, 93.798, -40.4, 4.86, 5195.8];
    return [-0.1, 93.2, -42.0, 4.021, 5195.8];
  }
  if (year === 2009) {
    if (m <= 2) return [-1.8, 92.843, -50.0, 1.531, 5099.1];
    if (m === 3) return [-1.8, 93.075, -47.1, 1.405, 5099.1];
    if (m === 4) return [-1.8, 92.893, -46.2, 1.313, 5099.1];
    if (m === 5) return [-2.9, 92.963, -40.8, 1.26, 5076.2];
    if (m === 6) return [-2.9, 92.469, -33.6, 1.072, 5076.2];
    if (m === 7) return [-2.9, 92.201, -31.4, 0.884, 5076.2];
    if (m <= 9) return [-3.4, 92.379, -29.8, 0.788, 5017.5];
    return [-3.0, 92.713, -33.0, 0.719, 5023.5];
  }
  if (m <= 3) return [-1.8, 93.369, -34.8, 0.655, 5008.7];
  if (m <= 5) return [-2.9, 92.201, -31.4, 0.877, 5076.2];
  if (m <= 7) return [-1.7, 94.027, -38.3, 0.899, 4991.6];
  return [-1.1, 94.199, -37.5, 0.886, 4963.6];
}

/** bank-full day-of-month shares (%), roughly: mid-month peaks, few calls on the 1st, 10th, 24th, 31st. */
const DAY_WEIGHTS: ReadonlyArray<readonly [number, number]> = [
  [1, 0.7], [2, 2.8], [3, 2.4], [4, 3.2], [5, 4.2], [6, 4.3], [7, 4.0], [8, 4.2], [9, 3.5], [10, 1.2], [11, 3.3],
  [12, 3.6], [13, 3.5], [14, 4.1], [15, 3.8], [16, 3.1], [17, 4.3], [18, 5.1], [19, 3.9], [20, 6.1], [21, 4.5],
  [22, 2.0], [23, 2.1], [24, 1.0], [25, 1.9], [26, 2.3], [27, 2.5], [28, 4.1], [29, 3.8], [30, 3.5], [31, 1.4],
];

/** Log-odds effects (the intercept is calibrated to the target rate). */
const MONTH_EFFECT: Readonly<Record<Month, number>> = {
  jan: -0.5, feb: -0.15, mar: 1.5, apr: 0.0, may: -0.5, jun: 0.0, jul: -0.3, aug: -0.2, sep: 1.2, oct: 1.2, nov: -0.3, dec: 1.1,
};
const JOB_EFFECT: Readonly<Record<Job, number>> = {
  'admin.': 0.05, 'blue-collar': -0.3, technician: -0.05, services: -0.15, management: 0.0, retired: 0.45,
  entrepreneur: -0.2, 'self-employed': -0.05, housemaid: -0.2, unemployed: 0.15, student: 0.6, unknown: 0,
};
const YEAR_EFFECT: Readonly<Record<number, number>> = { 2008: 0, 2009: 0.25, 2010: 1.1 };

interface Client {
  period: number;
  year: number;
  month: Month;
  day: number;
  age: number;
  job: Job;
  marital: 'married' | 'single' | 'divorced';
  education: Education;
  defaulted: boolean;
  balance: number;
  housing: boolean;
  loan: boolean;
  contact: 'cellular' | 'telephone' | 'unknown';
  campaign: number;
  pdays: number;
  previous: number;
  poutcome: 'unknown' | 'failure' | 'other' | 'success';
  logit: number;
  y: boolean;
  duration: number;
}

export function generateMarketingResponseCsv(opts: MarketingResponseOptions): MarketingResponseCsv {
  const variant = opts.variant ?? 'full';
  if (!Number.isInteger(opts.rows) || opts.rows < 0) throw new Error(`rows must be a non-negative integer, got ${opts.rows}`);
  const target = opts.positiveRate ?? (variant === 'full' ? 0.117 : 0.1127);
  const rng = createRng(mixSeed(opts.seed, 0xba4c, variant === 'full' ? 1 : 2));
  const periods = variant === 'full' ? PERIODS : PERIODS_ADDITIONAL;
  const periodIndex = new Map(periods.map(([p], i) => [p, i] as const));

  const clients: Client[] = [];
  for (let i = 0; i < opts.rows; i++) {
    const p = rng.weighted(periods);
    clients.push(drawClient(rng, p[0], p[1], periodIndex.get(p) ?? 0, variant));
  }

  const intercept = calibrateIntercept(Float64Array.from(clients, (c) => c.logit), target);
  for (const c of clients) {
    c.y = rng.chance(sigmoid(intercept + c.logit));
    // The leak: a long call is a call that went somewhere. Medians ≈ 164 s (no) and 426 s (yes), as in the data.
    const d = c.y ? rng.logNormal(426, 0.68) : rng.logNormal(164, 0.77);
    c.duration = Math.round(clamp(d, 0, 4918));
  }
  // Chronological, like the published files (stable within a period, by day for the full file).
  const order = clients.map((c, i) => i).sort((a, b) => {
    const ca = clients[a] as Client;
    const cb = clients[b] as Client;
    return ca.period - cb.period || (variant === 'full' ? ca.day - cb.day : 0) || a - b;
  });

  const header: readonly string[] = variant === 'full' ? MARKETING_FULL_HEADER : MARKETING_ADDITIONAL_HEADER;
  const lines: string[] = [header.map(quotedCell).join(';') + '\n'];
  const labels: boolean[] = [];
  const dowRng = createRng(mixSeed(opts.seed, 0xd0));
  for (const i of order) {
    const c = clients[i] as Client;
    labels.push(c.y);
    lines.push((variant === 'full' ? fullRow(c) : additionalRow(c, dowRng)).join(';') + '\n');
  }
  return { csv: lines.join(''), header, labels };
}

function drawClient(rng: Rng, year: number, month: Month, period: number, _variant: MarketingVariant): Client {
  const job = rng.weighted(JOBS);
  const age = Math.round(
    job === 'student' ? clamp(rng.logNormal(25, 0.18), 18, 50)
    : job === 'retired' ? clamp(rng.normal(62, 8.5), 35, 95)
    : clamp(rng.normal(39.5, 9.3), 20, 75),
  );
  const pSingle = age < 30 ? 0.68 : age < 40 ? 0.32 : age < 50 ? 0.14 : 0.07;
  const pDivorced = age < 30 ? 0.03 : age < 40 ? 0.1 : age < 60 ? 0.16 : 0.17;
  const u = rng.next();
  const marital = u < pSingle ? 'single' : u < pSingle + pDivorced ? 'divorced' : 'married';
  const education = rng.weighted(EDUCATION_BY_JOB[job]);

  const balanceKind = rng.next();
  let balance =
    balanceKind < 0.083 ? -Math.round(rng.logNormal(280, 1.0))
    : balanceKind < 0.161 ? 0
    : Math.round(rng.logNormal(560 + (job === 'retired' ? 500 : 0) + (education === 'tertiary' ? 250 : 0), 1.25));
  balance = clamp(balance, -8019, 102127);
  const defaulted = rng.chance(balance < 0 ? 0.07 : 0.013);

  const pHousing = job === 'retired' ? 0.22 : job === 'student' ? 0.08 : job === 'blue-collar' ? 0.68 : age > 55 ? 0.3 : 0.53;
  const housing = rng.chance(year === 2008 && (month === 'may' || month === 'jun') ? Math.min(0.9, pHousing + 0.15) : pHousing - 0.05);
  const loan = rng.chance((job === 'entrepreneur' ? 0.24 : job === 'student' || job === 'retired' ? 0.08 : 0.165) + (defaulted ? 0.25 : 0));

  // The first campaign (May–Jun 2008) did not record the channel (the additional file writes it as telephone).
  const pUnknown = year === 2008 && month === 'may' ? 0.65 : year === 2008 && month === 'jun' ? 0.9 : year === 2008 && month === 'jul' ? 0.05 : 0.01;
  const contact = rng.chance(pUnknown) ? 'unknown' : rng.chance(0.09) ? 'telephone' : 'cellular';

  const summer2008 = year === 2008 && ['may', 'jun', 'jul', 'aug'].includes(month);
  const campaign = Math.min(63, drawCampaign(rng) + (summer2008 && rng.chance(0.1) ? 1 : 0));

  // Previously contacted clients: almost none in the first campaign, many later.
  const pPrev = contact === 'unknown' ? 0.004 : summer2008 ? 0.04 : 0.45;
  let pdays = -1;
  let previous = 0;
  let poutcome: Client['poutcome'] = 'unknown';
  if (rng.chance(pPrev)) {
    previous = Math.min(275, 1 + Math.floor(rng.logNormal(1, 0.9)) + (rng.chance(0.01) ? rng.int(10, 60) : 0));
    const w = rng.next();
    poutcome = summer2008 ? (w < 0.7 ? 'failure' : w < 0.9 ? 'other' : 'success') : w < 0.57 ? 'failure' : w < 0.79 ? 'other' : 'success';
    const mode = rng.next();
    pdays = Math.round(
      mode < 0.35 ? clamp(rng.normal(95, 15), 1, 871)
      : mode < 0.6 ? clamp(rng.normal(182, 12), 1, 871)
      : mode < 0.8 ? clamp(rng.normal(350, 25), 1, 871)
      : rng.int(1, 871),
    );
  }

  const ageTerm = 0.0016 * (age - 42) ** 2 - 0.3;
  let logit =
    MONTH_EFFECT[month] +
    (YEAR_EFFECT[year] ?? 0) +
    JOB_EFFECT[job] +
    ageTerm +
    (contact === 'unknown' ? -0.8 : contact === 'telephone' ? -0.1 : 0) +
    (housing ? -0.6 : 0) +
    (loan ? -0.45 : 0) +
    (defaulted ? -0.3 : 0) +
    (marital === 'single' ? 0.2 : marital === 'married' ? -0.1 : 0) +
    (education === 'tertiary' ? 0.2 : education === 'primary' ? -0.1 : 0) +
    0.06 * Math.log1p(Math.max(0, balance)) -
    0.11 * Math.min(10, campaign - 1) +
    (pdays > 0 ? 0.3 + 0.05 * Math.min(10, previous) : 0) +
    (poutcome === 'success' ? 2.3 : poutcome === 'other' ? 0.3 : 0);
  if (!Number.isFinite(logit)) logit = 0;

  return {
    period, year, month, day: rng.weighted(DAY_WEIGHTS), age, job, marital, education, defaulted, balance, housing,
    loan, contact, campaign, pdays, previous, poutcome, logit, y: false, duration: 0,
  };
}

/** Calls made in this campaign: 1 (39%), 2 (28%), 3 (12%), … with a long tail to 63. */
function drawCampaign(rng: Rng): number {
  const u = rng.next();
  if (u < 0.388) return 1;
  if (u < 0.665) return 2;
  if (u < 0.787) return 3;
  if (u < 0.865) return 4;
  if (u < 0.904) return 5;
  if (u < 0.933) return 6;
  return Math.min(63, 7 + Math.floor(rng.logNormal(2.5, 1.0)));
}

const q = quotedCell;
const yesNo = (b: boolean): string => q(b ? 'yes' : 'no');

function fullRow(c: Client): string[] {
  return [
    String(c.age), q(c.job), q(c.marital), q(c.education), yesNo(c.defaulted), String(c.balance), yesNo(c.housing),
    yesNo(c.loan), q(c.contact), String(c.day), q(c.month), String(c.duration), String(c.campaign), String(c.pdays),
    String(c.previous), q(c.poutcome), yesNo(c.y),
  ];
}

const ADDITIONAL_EDUCATION: Readonly<Record<Education, ReadonlyArray<readonly [string, number]>>> = {
  primary: [['basic.4y', 45], ['basic.6y', 25], ['basic.9y', 29], ['illiterate', 1]],
  secondary: [['high.school', 47], ['basic.9y', 18], ['professional.course', 26], ['basic.6y', 4], ['basic.4y', 5]],
  tertiary: [['university.degree', 88], ['professional.course', 12]],
  unknown: [['unknown', 100]],
};

function additionalRow(c: Client, rng: Rng): string[] {
  const [emp, cpi, cci, euribor, employed] = macroFor(c.year, c.month);
  // Field names and levels of bank-additional-full.csv.
  const defaultCell = c.defaulted ? (rng.chance(0.002) ? 'yes' : 'unknown') : rng.chance(0.2) ? 'unknown' : 'no';
  const unknownLoans = rng.chance(0.024);
  // There pdays counts days since a contact in an earlier campaign that led somewhere: mostly set for successes.
  const pdays = c.pdays < 0 || (c.poutcome !== 'success' && !rng.chance(0.05)) ? 999 : rng.weighted([[3, 30], [6, 30], [4, 8], [9, 5], [2, 5], [12, 5], [10, 4], [5, 4], [7, 3], [1, 3], [13, 3]]);
  const poutcome = c.poutcome === 'unknown' ? 'nonexistent' : c.poutcome === 'other' ? 'failure' : c.poutcome;
  return [
    String(c.age), q(c.job), q(rng.chance(0.002) ? 'unknown' : c.marital), q(rng.weighted(ADDITIONAL_EDUCATION[c.education])),
    q(defaultCell), unknownLoans ? q('unknown') : yesNo(c.housing), unknownLoans ? q('unknown') : yesNo(c.loan),
    q(c.contact === 'unknown' ? 'telephone' : c.contact), q(c.month), q(rng.pick(['mon', 'tue', 'wed', 'thu', 'fri'])),
    String(c.duration), String(c.campaign), String(pdays), String(c.previous), q(poutcome),
    String(emp), String(cpi), String(cci), (euribor + rng.int(-5, 5) / 1000).toFixed(3), String(employed), yesNo(c.y),
  ];
}
