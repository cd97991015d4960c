/**
 * A realistic CRM contacts export with a planted winning persona, for judging
 * lookalike rankings on data the engine was never tuned on.
 *
 * Every contact has latent traits — seniority, role family, industry, company
 * headcount, country — and the persona is one combination of them (by default
 * VP/Head-level sales or revenue-operations leaders at 100–999-person software
 * and internet companies in north-western Europe). Persona members convert at
 * a high rate, everyone else rarely. Decoys are planted on purpose: enterprise
 * revenue leaders, engineers at small SaaS firms, mid-market revenue leaders in
 * other industries, junior SaaS sellers, European SaaS marketing leaders; each
 * shares 2–3 of the 5 traits and never all of them.
 *
 * Membership is decided on the latent traits, not on the rendered cells: a
 * persona member whose Industry cell is blank is still a member. That is the
 * truth the figures ("share of the persona in the top 20%", R-precision) need.
 *
 * The file looks like a real export: headers and vocabularies from
 * ../shared/reference/crm-exports.md, blanks, spelling and case variants,
 * ranges left by an old import, informative and uninformative custom columns,
 * near-constant columns, ids, and post-outcome columns (Became a Customer Date,
 * deal stage) that a ranker must not learn from.
 */
import { csvLine } from './csv';
import {
  COMPANY_HEADS,
  COMPANY_KINDS_BY_TECH,
  COMPANY_KINDS_OTHER,
  COMPANY_TAILS,
  COUNTRIES,
  CXO_TITLES,
  FIRST_NAMES,
  FUNCTION_WORDS,
  HEADCOUNT_BANDS,
  IC_TITLES,
  INDUSTRIES,
  LAST_NAMES,
  ORIGINAL_SOURCES,
  OWNERS,
  OWNER_TITLES,
  REVENUE_STACK,
  ROLE_WEIGHTS,
  SALESFORCE_LEAD_SOURCES,
  SENIORITY_WEIGHTS,
  TECHNOLOGIES,
  hubspotEmployeeRange,
  linkedinEmployeeRange,
  type Country,
  type Industry,
  type RoleFamily,
  type Seniority,
} from './crm-vocabulary';
import { createRng, mixSeed, type Rng } from './prng';

export type { RoleFamily, Seniority };

export interface PersonaSpec {
  seniorities: readonly Seniority[];
  roleFamilies: readonly RoleFamily[];
  /** HubSpot industry labels, as in crm-vocabulary INDUSTRIES. */
  industries: readonly string[];
  /** Inclusive company headcount range. */
  employees: { min: number; max: number };
  /** Canonical country names, as in crm-vocabulary COUNTRIES. */
  countries: readonly string[];
}

export const DEFAULT_PERSONA: PersonaSpec = {
  seniorities: ['vp', 'head'],
  roleFamilies: ['sales', 'revops'],
  industries: ['Computer Software', 'Internet'],
  employees: { min: 100, max: 999 },
  countries: ['United Kingdom', 'Ireland', 'Germany', 'Netherlands', 'Sweden', 'Denmark'],
};

export type Archetype =
  | 'persona'
  | 'enterprise-revenue-leader'
  | 'small-saas-engineer'
  | 'other-industry-revenue-leader'
  | 'saas-junior-seller'
  | 'european-saas-marketing-leader'
  | 'background';

export const DECOY_ARCHETYPES: readonly Archetype[] = [
  'enterprise-revenue-leader',
  'small-saas-engineer',
  'other-industry-revenue-leader',
  'saas-junior-seller',
  'european-saas-marketing-leader',
];

export type Outcome = 'won' | 'lost' | 'open' | 'untouched';

export interface PlantedPersonaOptions {
  rows: number;
  seed: number;
  persona?: PersonaSpec;
  crm?: 'hubspot' | 'salesforce';
  /** Share of rows planted as persona members (default 0.05). */
  personaShare?: number;
  /** Share of rows planted as decoys, split evenly among the decoy archetypes (default 0.2). */
  decoyShare?: number;
  /** P(won) of persona members (default 0.5). */
  personaWinRate?: number;
  /** P(won) of a non-member sharing no trait (default 0.02); each shared trait adds a quarter of it. */
  otherWinRate?: number;
  /** HubSpot only: enumeration cells as internal values (`COMPUTER_SOFTWARE`, `customer`) rather than labels. */
  internalValues?: boolean;
}

export interface PlantedRowTruth {
  recordId: string;
  email: string;
  archetype: Archetype;
  /** How many of the 5 persona traits the contact has (5 ⇔ persona member). */
  traitsShared: number;
  persona: boolean;
  outcome: Outcome;
}

export interface PlantedPersonaCsv {
  csv: string;
  header: readonly string[];
  /** Record IDs (HubSpot) or Contact IDs (Salesforce) of persona members. */
  personaRecordIds: Set<string>;
  wonRecordIds: Set<string>;
  lostRecordIds: Set<string>;
  decoyRecordIds: Set<string>;
  truth: PlantedRowTruth[];
}

export const HUBSPOT_PLANTED_HEADER = [
  'Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Job Title', 'Company Name',
  'Primary Associated Company ID', 'Website URL', 'Industry', 'Number of Employees', 'Annual Revenue',
  'Country/Region', 'City', 'IP Country Code', 'Time Zone', 'Lifecycle Stage', 'Lead Status', 'Contact owner',
  'Create Date', 'Last Activity Date', 'Original Source', 'HubSpot Score', 'Marketing emails opened',
  'Webinar Attended', 'Tech Stack', 'Became a Customer Date', 'Number of Associated Deals', 'Associated Deal Stage',
  'Preferred language', 'Marketing contact status', 'Unsubscribed from all email',
  "Legal basis for processing contact's data", 'T-Shirt Size', 'Newsletter Frequency',
] as const;

export const SALESFORCE_PLANTED_HEADER = [
  'Contact ID', 'First Name', 'Last Name', 'Title', 'Email', 'Phone', 'Account Name', 'Account ID', 'Website',
  'Industry', 'Employees', 'Annual Revenue', 'Mailing Country', 'Mailing City', 'Lead Source', 'Rating',
  'Contact Owner', 'Created Date', 'Opportunity Name', 'Stage', 'Amount', 'Close Date', 'Webinar Attended',
  'Tech Stack', 'Preferred Language', 'Email Opt Out',
] as const;

interface Company {
  index: number;
  hubspotId: string;
  salesforceId: string;
  name: string;
  domain: string;
  website: string;
  industry: Industry;
  employees: number;
  revenue: number;
  country: Country;
  city: string;
  tech: string[];
}

interface CompanyConstraint {
  industries?: readonly Industry[];
  employees?: readonly [number, number];
  countries?: readonly Country[];
}

interface Person {
  seniority: Seniority;
  role: RoleFamily;
}

const DAY_MS = 86_400_000;
const CREATE_FROM = Date.UTC(2021, 0, 4);
const CREATE_SPAN_DAYS = 4 * 365;

export function generatePlantedPersonaCsv(opts: PlantedPersonaOptions): PlantedPersonaCsv {
  const persona = opts.persona ?? DEFAULT_PERSONA;
  const crm = opts.crm ?? 'hubspot';
  const personaShare = opts.personaShare ?? 0.05;
  const decoyShare = opts.decoyShare ?? 0.2;
  const personaWinRate = opts.personaWinRate ?? 0.5;
  const otherWinRate = opts.otherWinRate ?? 0.02;
  if (!Number.isInteger(opts.rows) || opts.rows < 0) throw new Error(`rows must be a non-negative integer, got ${opts.rows}`);

  const P = resolvePersona(persona);
  const rng = createRng(mixSeed(opts.seed, 0x9e5a));
  const companies = new CompanyFactory(createRng(mixSeed(opts.seed, 0xc0)));
  const people = new PersonFactory(createRng(mixSeed(opts.seed, 0xbe)));

  const header: readonly string[] = crm === 'hubspot' ? HUBSPOT_PLANTED_HEADER : SALESFORCE_PLANTED_HEADER;
  const lines: string[] = [csvLine(header)];
  const truth: PlantedRowTruth[] = [];
  const personaRecordIds = new Set<string>();
  const wonRecordIds = new Set<string>();
  const lostRecordIds = new Set<string>();
  const decoyRecordIds = new Set<string>();

  let hubspotId = 51_200_000_000 + rng.int(0, 9_999_999);
  for (let i = 0; i < opts.rows; i++) {
    const u = rng.next();
    const archetype: Archetype =
      u < personaShare ? 'persona'
      : u < personaShare + decoyShare ? rng.pick(DECOY_ARCHETYPES)
      : 'background';
    const { person, constraint } = plan(archetype, P, rng);
    const company = companies.pick(constraint, archetype);
    const traits =
      (P.seniorities.has(person.seniority) ? 1 : 0) +
      (P.roles.has(person.role) ? 1 : 0) +
      (P.industries.has(company.industry) ? 1 : 0) +
      (company.employees >= P.employees[0] && company.employees <= P.employees[1] ? 1 : 0) +
      (P.countries.has(company.country) ? 1 : 0);
    const isPersona = traits === 5;

    // Engagement that precedes the outcome: informative, but only mildly.
    const webinar = rng.chance(isPersona ? 0.3 : 0.1 + 0.02 * traits);
    const pWin = isPersona ? personaWinRate : otherWinRate * (1 + 0.25 * traits);
    const won = rng.chance(Math.min(0.95, pWin * (webinar ? 1.6 : 1)));
    let outcome: Outcome = 'won';
    if (!won) {
      const contacted = rng.chance(isPersona ? 0.7 : 0.3 + 0.04 * traits);
      outcome = !contacted ? 'untouched' : rng.chance(0.55) ? 'lost' : 'open';
    }

    hubspotId += rng.int(1, 1500);
    const createdMs = CREATE_FROM + Math.floor((i / Math.max(1, opts.rows)) * CREATE_SPAN_DAYS * DAY_MS) + rng.int(0, DAY_MS - 1);
    const contact = people.contact(person, company);
    const row: RowContext = { rng, person, company, contact, outcome, webinar, traits, createdMs, isPersona };
    const recordId = crm === 'hubspot' ? String(hubspotId) : salesforceId(rng, '003');
    const cells = crm === 'hubspot' ? hubspotRow(recordId, row, opts.internalValues ?? false) : salesforceRow(recordId, row);
    lines.push(csvLine(cells));

    truth.push({ recordId, email: contact.email, archetype, traitsShared: traits, persona: isPersona, outcome });
    if (isPersona) personaRecordIds.add(recordId);
    if (outcome === 'won') wonRecordIds.add(recordId);
    if (outcome === 'lost') lostRecordIds.add(recordId);
    if (archetype !== 'persona' && archetype !== 'background') decoyRecordIds.add(recordId);
  }

  return { csv: lines.join(''), header, personaRecordIds, wonRecordIds, lostRecordIds, decoyRecordIds, truth };
}

// ---------------------------------------------------------------------------
// Persona, archetypes

interface ResolvedPersona {
  seniorities: Set<Seniority>;
  roles: Set<RoleFamily>;
  industries: Set<Industry>;
  employees: readonly [number, number];
  countries: Set<Country>;
  industryList: Industry[];
  countryList: Country[];
  otherIndustries: Industry[];
  otherCountries: Country[];
}

function resolvePersona(spec: PersonaSpec): ResolvedPersona {
  const industryList = spec.industries.map((label) => {
    const found = INDUSTRIES.find((ind) => ind.label === label);
    if (!found) throw new Error(`unknown industry "${label}"`);
    return found;
  });
  const countryList = spec.countries.map((name) => {
    const found = COUNTRIES.find((c) => c.name === name);
    if (!found) throw new Error(`unknown country "${name}"`);
    return found;
  });
  const industries = new Set(industryList);
  const countries = new Set(countryList);
  return {
    seniorities: new Set(spec.seniorities),
    roles: new Set(spec.roleFamilies),
    industries,
    employees: [spec.employees.min, spec.employees.max],
    countries,
    industryList,
    countryList,
    otherIndustries: INDUSTRIES.filter((ind) => !industries.has(ind)),
    otherCountries: COUNTRIES.filter((c) => !countries.has(c)),
  };
}

const ALL_SENIORITIES = SENIORITY_WEIGHTS.map(([s]) => s);
const ALL_ROLES = ROLE_WEIGHTS.map(([r]) => r);

/** Who the contact is and what their company must look like, for one archetype. */
function plan(archetype: Archetype, P: ResolvedPersona, rng: Rng): { person: Person; constraint: CompanyConstraint } {
  const inSet = <T>(set: Set<T>): T => rng.pick([...set]);
  const notIn = <T>(all: readonly T[], set: Set<T>, prefer?: readonly T[]): T => {
    const pool = (prefer ?? all).filter((x) => !set.has(x));
    return rng.pick(pool.length > 0 ? pool : all.filter((x) => !set.has(x)));
  };
  const smallMax = Math.max(2, Math.min(49, P.employees[0] - 1));
  const bigMin = Math.max(1000, P.employees[1] + 1);
  const offSize = (): readonly [number, number] =>
    P.employees[0] > 1 && rng.chance(0.5) ? [1, P.employees[0] - 1] : [P.employees[1] + 1, 60000];
  switch (archetype) {
    case 'persona':
      return {
        person: { seniority: inSet(P.seniorities), role: inSet(P.roles) },
        constraint: { industries: P.industryList, employees: P.employees, countries: P.countryList },
      };
    case 'enterprise-revenue-leader':
      // Same seniority and function, big company, mostly outside the region; half in the industry.
      return {
        person: { seniority: inSet(P.seniorities), role: inSet(P.roles) },
        constraint: {
          industries: rng.chance(0.5) ? P.industryList : P.otherIndustries,
          employees: [bigMin, 60000],
          countries: P.otherCountries,
        },
      };
    case 'small-saas-engineer':
      return {
        person: { seniority: notIn(ALL_SENIORITIES, P.seniorities, ['senior', 'entry', 'manager']), role: notIn(ALL_ROLES, P.roles, ['engineering', 'data']) },
        constraint: { industries: P.industryList, employees: [2, smallMax], countries: P.countryList },
      };
    case 'other-industry-revenue-leader':
      return {
        person: { seniority: inSet(P.seniorities), role: inSet(P.roles) },
        constraint: { industries: P.otherIndustries, employees: P.employees, countries: P.otherCountries },
      };
    case 'saas-junior-seller':
      return {
        person: { seniority: notIn(ALL_SENIORITIES, P.seniorities, ['entry', 'senior']), role: inSet(P.roles) },
        constraint: { industries: P.industryList, employees: P.employees, countries: P.otherCountries },
      };
    case 'european-saas-marketing-leader':
      return {
        person: { seniority: inSet(P.seniorities), role: notIn(ALL_ROLES, P.roles, ['marketing']) },
        constraint: { industries: P.industryList, employees: offSize(), countries: P.countryList },
      };
    case 'background': {
      const seniority = rng.weighted(SENIORITY_WEIGHTS);
      const role: RoleFamily =
        seniority === 'owner' ? 'general'
        : seniority === 'cxo' && rng.chance(0.35) ? 'general'
        : rng.weighted(ROLE_WEIGHTS);
      return { person: { seniority, role }, constraint: {} };
    }
  }
}

// ---------------------------------------------------------------------------
// Companies

class CompanyFactory {
  private readonly all: Company[] = [];
  private readonly pools = new Map<Archetype, Company[]>();
  private readonly domains = new Set<string>();
  private readonly industryTable: ReadonlyArray<readonly [Industry, number]> = INDUSTRIES.map((i) => [i, i.weight] as const);
  private readonly countryTable: ReadonlyArray<readonly [Country, number]> = COUNTRIES.map((c) => [c, c.weight] as const);

  constructor(private readonly rng: Rng) {}

  /** A company for the next contact: often one already in the file (several contacts per company), else a new one. */
  pick(constraint: CompanyConstraint, archetype: Archetype): Company {
    const pool = this.pools.get(archetype) ?? [];
    this.pools.set(archetype, pool);
    // Unconstrained contacts also land in companies planted for others (an engineer at a persona company).
    if (archetype === 'background' && this.all.length > 0 && this.rng.chance(0.15)) return this.rng.pick(this.all);
    // Small companies hold few contacts, big ones many: reuse probability grows with the pool's sizes.
    if (pool.length > 0 && this.rng.chance(0.55)) {
      const candidate = this.rng.pick(pool);
      if (this.rng.chance(Math.min(1, 0.25 + Math.log10(candidate.employees) / 4))) return candidate;
    }
    const company = this.create(constraint);
    pool.push(company);
    return company;
  }

  private create(c: CompanyConstraint): Company {
    const rng = this.rng;
    const industry = c.industries ? rng.weighted(c.industries.map((i) => [i, i.weight] as const)) : rng.weighted(this.industryTable);
    const country = c.countries ? rng.weighted(c.countries.map((x) => [x, x.weight] as const)) : rng.weighted(this.countryTable);
    let employees: number;
    if (c.employees) {
      const [lo, hi] = c.employees;
      employees = Math.round(Math.exp(Math.log(lo) + rng.next() * (Math.log(hi + 1) - Math.log(lo))));
      employees = Math.min(hi, Math.max(lo, employees));
    } else {
      const [lo, hi] = rng.weighted(HEADCOUNT_BANDS);
      employees = Math.round(Math.exp(Math.log(lo) + rng.next() * (Math.log(hi + 1) - Math.log(lo))));
      employees = Math.min(hi, Math.max(lo, employees));
    }
    const tech = industry.salesforce === 'Technology';
    const brand = `${rng.pick(COMPANY_HEADS)}${rng.chance(0.45) ? rng.pick(COMPANY_TAILS) : ''}`;
    const kind = rng.chance(0.45) ? ` ${rng.pick(tech ? COMPANY_KINDS_BY_TECH : COMPANY_KINDS_OTHER)}` : '';
    let name = `${brand}${kind}${rng.pick(country.legalForms)}`;
    const slug = asciiSlug(brand + kind);
    let domain = `${slug}${rng.chance(0.6) ? country.tld : rng.pick(['.com', '.io', '.ai', '.co'])}`;
    for (let n = 2; this.domains.has(domain); n++) {
      domain = `${slug}${n}${country.tld}`;
      if (n === 2) name = `${brand}${kind} ${rng.pick(['Group', 'International', 'Global', 'Solutions'])}${rng.pick(country.legalForms)}`;
    }
    this.domains.add(domain);
    const style = rng.next();
    const website =
      style < 0.25 ? `https://www.${domain}` : style < 0.45 ? `https://${domain}` : style < 0.7 ? domain : style < 0.78 ? `www.${domain}` : '';
    const techCount = rng.chance(0.45) ? 0 : rng.int(1, 4);
    const stack = new Set<string>();
    // Mid-size software companies run a sales stack more often: a proxy the persona correlates with.
    if (tech && employees >= 50 && employees < 2000 && rng.chance(0.6)) stack.add(rng.pick(REVENUE_STACK));
    while (stack.size < techCount) stack.add(rng.pick(TECHNOLOGIES));
    const index = this.all.length;
    const company: Company = {
      index,
      hubspotId: String(9_100_000_000 + index * 97 + rng.int(0, 96)),
      salesforceId: salesforceId(rng, '001'),
      name,
      domain,
      website,
      industry,
      employees,
      revenue: Math.round((employees * rng.logNormal(tech ? 180_000 : 140_000, 0.6)) / 1000) * 1000,
      country,
      city: rng.pick(country.cities),
      tech: [...stack],
    };
    this.all.push(company);
    return company;
  }
}

// ---------------------------------------------------------------------------
// People

interface Contact {
  firstName: string;
  lastName: string;
  email: string;
  title: string;
  phone: string;
}

class PersonFactory {
  private readonly emails = new Set<string>();
  constructor(private readonly rng: Rng) {}

  contact(person: Person, company: Company): Contact {
    const rng = this.rng;
    const firstName = rng.pick(FIRST_NAMES);
    const lastName = rng.pick(LAST_NAMES);
    const f = asciiSlug(firstName);
    const l = asciiSlug(lastName);
    const personal = rng.chance(0.05);
    const domain = personal ? rng.pick(['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'gmx.de']) : company.domain;
    const local = rng.weighted<string>([[`${f}.${l}`, 60], [`${f}${l}`, 10], [`${f[0] ?? 'x'}${l}`, 14], [f, 6], [`${f}_${l}`, 4], [`${f}.${l[0] ?? 'x'}`, 6]]);
    let email = `${local}@${domain}`;
    for (let n = 2; this.emails.has(email); n++) email = `${local}${n}@${domain}`;
    this.emails.add(email);
    if (rng.chance(0.03)) email = email.toUpperCase();
    // eslint-disable-next-line no-dupe-else-if -- each rng.chance() is a new draw, not the same condition
    else if (rng.chance(0.03)) email = `${local.charAt(0).toUpperCase()}${local.slice(1)}@${domain}`;
    const digits = (): string => Array.from({ length: 10 }, () => String(rng.int(0, 9))).join('');
    const phone = rng.chance(0.55) ? '' : company.country.phone(digits);
    return { firstName, lastName, email, title: titleFor(person, rng), phone };
  }
}

function titleFor(p: Person, rng: Rng): string {
  const fn = rng.pick(FUNCTION_WORDS[p.role]);
  let title: string;
  switch (p.seniority) {
    case 'owner':
      title = rng.pick(OWNER_TITLES);
      break;
    case 'cxo':
      title = rng.pick(CXO_TITLES[p.role] ?? CXO_TITLES.general ?? ['CEO']);
      break;
    case 'vp':
      title = rng.weighted<string>([
        [`VP ${fn}`, 25], [`VP of ${fn}`, 20], [`Vice President, ${fn}`, 12], [`Vice President of ${fn}`, 10],
        [`SVP ${fn}`, 6], [`VP, ${fn}`, 10], [`Senior Vice President, ${fn}`, 4], [`VP ${fn} EMEA`, 5], [`EVP ${fn}`, 2],
      ]);
      break;
    case 'head':
      title = rng.weighted<string>([[`Head of ${fn}`, 70], [`Global Head of ${fn}`, 10], [`Head of ${fn}, EMEA`, 8], [`${fn} Lead`, 6], [`Head of ${fn} & Strategy`, 6]]);
      break;
    case 'director':
      title = rng.weighted<string>([[`Director of ${fn}`, 35], [`${fn} Director`, 25], [`Senior Director, ${fn}`, 12], [`Director, ${fn}`, 20], [`Associate Director ${fn}`, 8]]);
      break;
    case 'manager':
      title = rng.weighted<string>([[`${fn} Manager`, 55], [`Manager, ${fn}`, 15], [`Senior ${fn} Manager`, 20], [`${fn} Team Lead`, 10]]);
      break;
    case 'senior':
      title = rng.pick(IC_TITLES[p.role][0]);
      break;
    case 'entry':
      title = rng.pick(IC_TITLES[p.role][1]);
      break;
  }
  // Free text typed by people: case slips, stray spaces, the odd abbreviation.
  const u = rng.next();
  if (u < 0.04) return title.toLowerCase();
  if (u < 0.055) return title.toUpperCase();
  if (u < 0.075) return ` ${title} `;
  if (u < 0.09) return title.replace(/^Vice President/, 'V.P.').replace(/^Senior /, 'Sr. ');
  return title;
}

// ---------------------------------------------------------------------------
// Rows

interface RowContext {
  rng: Rng;
  person: Person;
  company: Company;
  contact: Contact;
  outcome: Outcome;
  webinar: boolean;
  traits: number;
  createdMs: number;
  isPersona: boolean;
}

function hubspotRow(recordId: string, r: RowContext, internal: boolean): string[] {
  const { rng, company, contact, outcome } = r;
  const label = (lbl: string, value: string): string => (internal ? value : lbl);

  const industry = rng.chance(0.13) ? '' : internal ? company.industry.internal : rng.chance(0.04) ? company.industry.label.toLowerCase() : company.industry.label;
  const employeesCell = rng.chance(0.16) ? '' : rng.chance(0.07) ? linkedinEmployeeRange(company.employees) : hubspotEmployeeRange(company.employees);
  const country = rng.chance(0.05) ? '' : countrySpelling(company.country, rng);
  const city = rng.chance(0.12) ? '' : rng.chance(0.04) ? company.city.toUpperCase() : company.city;
  const ipCountry = rng.chance(0.3) ? '' : rng.chance(0.9) ? company.country.iso2.toLowerCase() : rng.pick(COUNTRIES).iso2.toLowerCase();

  let lifecycle: string;
  let leadStatus: string;
  let dealStage = '';
  let deals = 0;
  let customerDate = '';
  switch (outcome) {
    case 'won':
      lifecycle = rng.chance(0.04) ? label('Evangelist', 'evangelist') : label('Customer', 'customer');
      leadStatus = rng.weighted<string>([['', 40], [label('Connected', 'CONNECTED'), 30], [label('Open Deal', 'OPEN_DEAL'), 30]]);
      deals = rng.weighted([[1, 70], [2, 22], [3, 8]]);
      dealStage = label('Closed Won', 'closedwon');
      customerDate = hubspotDate(r.createdMs + rng.int(20, 300) * DAY_MS, rng);
      break;
    case 'lost':
      lifecycle = rng.weighted<string>([[label('Sales Qualified Lead', 'salesqualifiedlead'), 30], [label('Opportunity', 'opportunity'), 20], [label('Other', 'other'), 20], [label('Lead', 'lead'), 30]]);
      leadStatus = rng.weighted<string>([[label('Unqualified', 'UNQUALIFIED'), 60], [label('Bad Timing', 'BAD_TIMING'), 40]]);
      if (rng.chance(0.6)) {
        deals = 1;
        dealStage = label('Closed Lost', 'closedlost');
      }
      break;
    case 'open':
      lifecycle = rng.weighted<string>([[label('Marketing Qualified Lead', 'marketingqualifiedlead'), 30], [label('Sales Qualified Lead', 'salesqualifiedlead'), 30], [label('Opportunity', 'opportunity'), 20], [label('Lead', 'lead'), 20]]);
      leadStatus = rng.weighted<string>([[label('In Progress', 'IN_PROGRESS'), 30], [label('Attempted to Contact', 'ATTEMPTED_TO_CONTACT'), 30], [label('Connected', 'CONNECTED'), 20], [label('Open Deal', 'OPEN_DEAL'), 10], [label('Open', 'OPEN'), 10]]);
      if (lifecycle === label('Opportunity', 'opportunity') || leadStatus === label('Open Deal', 'OPEN_DEAL')) {
        deals = 1;
        dealStage = rng.pick(
          internal
            ? ['appointmentscheduled', 'qualifiedtobuy', 'presentationscheduled', 'decisionmakerboughtin', 'contractsent']
            : ['Appointment Scheduled', 'Qualified to Buy', 'Presentation Scheduled', 'Decision Maker Bought-In', 'Contract Sent'],
        );
      }
      break;
    case 'untouched':
      lifecycle = rng.weighted<string>([[label('Subscriber', 'subscriber'), 30], [label('Lead', 'lead'), 50], [label('Marketing Qualified Lead', 'marketingqualifiedlead'), 20]]);
      leadStatus = rng.weighted<string>([['', 65], [label('New', 'NEW'), 35]]);
      break;
  }

  const lastActivity = outcome === 'untouched' && rng.chance(0.5) ? '' : hubspotDate(r.createdMs + rng.int(1, 400) * DAY_MS, rng);
  // HubSpot Score: a lead-scoring rule someone set up years ago; loosely tracks fit and engagement.
  const score = Math.max(0, Math.round(rng.normal(20 + 6 * r.traits + (r.webinar ? 15 : 0), 14)));
  const opened = Math.max(0, Math.round(rng.logNormal(r.webinar ? 9 : 4, 0.9) - 1));

  return [
    recordId,
    rng.chance(0.01) ? '' : contact.firstName,
    rng.chance(0.02) ? '' : contact.lastName,
    contact.email,
    contact.phone,
    rng.chance(0.06) ? '' : contact.title,
    rng.chance(0.03) ? '' : company.name,
    rng.chance(0.1) ? '' : company.hubspotId,
    company.website,
    industry,
    employeesCell,
    rng.chance(0.4) ? '' : String(company.revenue),
    country,
    city,
    ipCountry,
    rng.chance(0.35) ? '' : company.country.timeZone,
    lifecycle,
    leadStatus,
    rng.chance(0.2) ? '' : rng.pick(OWNERS),
    hubspotDate(r.createdMs, rng),
    lastActivity,
    internal ? rng.weighted(ORIGINAL_SOURCES).toUpperCase().replace(/ /g, '_') : rng.weighted(ORIGINAL_SOURCES),
    String(score),
    String(opened),
    r.webinar ? 'Yes' : rng.chance(0.5) ? 'No' : '',
    company.tech.join(';'),
    customerDate,
    String(deals),
    dealStage,
    rng.weighted<string>([['English', 93], ['', 4], ['German', 2], ['French', 1]]),
    rng.chance(0.97) ? 'Marketing contact' : 'Non-marketing contact',
    rng.chance(0.985) ? 'false' : 'true',
    rng.chance(0.96) ? 'Legitimate interest – prospect/lead' : 'Freely given consent from contact',
    rng.weighted<string>([['', 80], ['M', 6], ['L', 7], ['S', 3], ['XL', 4]]),
    rng.weighted<string>([['Monthly', 55], ['Weekly', 25], ['Never', 5], ['', 15]]),
  ];
}

function salesforceRow(recordId: string, r: RowContext): string[] {
  const { rng, company, contact, outcome } = r;
  let stage = '';
  let oppName = '';
  let amount = '';
  let closeDate = '';
  const hasOpp = outcome === 'won' || (outcome === 'lost' && rng.chance(0.75)) || (outcome === 'open' && rng.chance(0.5));
  if (hasOpp) {
    oppName = `${company.name.replace(/,? (Inc\.|LLC|Ltd|GmbH|B\.V\.|AG)$/, '')} - ${rng.pick(['New Business', 'Platform', 'Expansion', 'Pilot'])}`;
    stage =
      outcome === 'won' ? 'Closed Won'
      : outcome === 'lost' ? 'Closed Lost'
      : rng.pick(['Prospecting', 'Qualification', 'Needs Analysis', 'Value Proposition', 'Proposal/Price Quote', 'Negotiation/Review']);
    amount = usd(Math.round(rng.logNormal(24_000, 0.8) / 100) * 100);
    closeDate = usDate(r.createdMs + rng.int(20, 300) * DAY_MS);
  }
  const rating = rng.chance(0.45) ? '' : rng.weighted<string>([['Hot', 15 + 3 * r.traits], ['Warm', 35], ['Cold', 50 - 3 * r.traits]]);
  return [
    recordId,
    rng.chance(0.01) ? '' : contact.firstName,
    contact.lastName || 'Unknown',
    rng.chance(0.06) ? '' : contact.title,
    contact.email,
    contact.phone,
    company.name,
    company.salesforceId,
    company.website,
    rng.chance(0.15) ? '' : company.industry.salesforce,
    rng.chance(0.2) ? '' : company.employees.toLocaleString('en-US'),
    rng.chance(0.4) ? '' : usd(company.revenue),
    rng.chance(0.05) ? '' : countrySpelling(company.country, rng),
    rng.chance(0.1) ? '' : company.city,
    rng.weighted(SALESFORCE_LEAD_SOURCES),
    rating,
    rng.pick(OWNERS),
    usDate(r.createdMs),
    oppName,
    stage,
    amount,
    closeDate,
    r.webinar ? 'Yes' : 'No',
    company.tech.join(';'),
    rng.weighted<string>([['English', 93], ['', 4], ['German', 2], ['French', 1]]),
    rng.chance(0.97) ? '0' : '1',
  ];
}

// ---------------------------------------------------------------------------
// Formatting helpers

function countrySpelling(c: Country, rng: Rng): string {
  return rng.weighted<string>([[c.name, 100], ...c.variants]);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `2024-03-12 09:14`, HubSpot's export format; a few rows carry the US form left by an import. */
function hubspotDate(ms: number, rng: Rng): string {
  const d = new Date(ms);
  if (rng.chance(0.03)) return usDate(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

function usDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`;
}

function usd(n: number): string {
  return `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

function asciiSlug(s: string): string {
  return s
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
}

const SF_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SF_SUFFIX = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** An 18-character Salesforce id (15-char id plus the case-encoding suffix) with the given key prefix. */
function salesforceId(rng: Rng, prefix: string): string {
  let id = `${prefix}5g00`;
  while (id.length < 15) id += SF_ALPHABET.charAt(rng.int(0, SF_ALPHABET.length - 1));
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const ch = id.charAt(chunk * 5 + i);
      if (ch >= 'A' && ch <= 'Z') bits |= 1 << i;
    }
    suffix += SF_SUFFIX.charAt(bits);
  }
  return id + suffix;
}
