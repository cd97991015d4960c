/**
 * Micro-benchmark of the per-row CRM mapping (`toRecord`) over 1M synthetic
 * rows shaped like a HubSpot contacts export: the cost the import service
 * pays per row on top of CSV parsing. Run: npx tsx test/bench/crm-map.bench.ts [rows]
 */
import Papa from 'papaparse';
import { buildMapping, compileMapping, type MappedRecord } from '../../src-main/crm/index';

const HEADERS = [
  'Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Job Title', 'Company Name', 'Website URL', 'Industry',
  'Number of Employees', 'Annual Revenue', 'Country/Region', 'State/Region', 'City', 'Lifecycle Stage', 'Lead Status',
  'HubSpot Score', 'Original Source', 'Contact owner', 'Create Date', 'Persona', 'Last Activity Date',
];

const FIRST = ['Jane', 'John', 'Ana', 'Björn', 'Li', 'Priya', 'Omar', 'Zoë', 'Marc', 'Sara'];
const LAST = ['Doe', 'Smith', 'García', 'Müller', 'Wang', 'Patel', 'Haddad', 'Dubois', 'Rossi', 'Kim'];
const SUFFIX = ['Inc.', 'LLC', 'GmbH', 'Ltd', 'S.A.', 'Corp', '', '', '', ''];
const INDUSTRY = ['Computer Software', 'COMPUTER_SOFTWARE', 'Financial Services', 'Hospital & Health Care', 'Retail', ''];
const EMPLOYEES = ['1-5', '5-25', '25-50', '50-100', '100-500', '500-1000', '1000+', '60', '1,200', ''];
const LIFECYCLE = ['subscriber', 'lead', 'marketingqualifiedlead', 'opportunity', 'customer', ''];
const STATUS = ['NEW', 'OPEN', 'IN_PROGRESS', 'OPEN_DEAL', 'UNQUALIFIED', 'CONNECTED', 'BAD_TIMING', ''];
const COUNTRY = ['United States', 'Germany', 'France', 'India', 'Brazil', 'N/A'];
const SOURCE = ['ORGANIC_SEARCH', 'PAID_SEARCH', 'SOCIAL_MEDIA', 'EMAIL_MARKETING', 'REFERRALS'];
const COMPANIES = 50_000;

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;

/** Fields are cut out of one CSV line, as a parser does, so they are flat strings rather than concatenations. */
function syntheticRow(i: number): string[] {
  return syntheticFields(i).join('\u0001').split('\u0001');
}

function csvLine(fields: readonly string[]): string {
  return fields.map((f) => (/[",\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(',');
}

function syntheticFields(i: number): string[] {
  const c = (i * 7919) % COMPANIES;
  const company = `Company ${c} ${pick(SUFFIX, c)}`.trim();
  const domain = `company${c}.com`;
  const personal = i % 5 === 0;
  return [
    String(39_779_198_735 + i), pick(FIRST, i), pick(LAST, i >> 3), personal ? `user${i}@gmail.com` : `p${i}@${domain}`,
    `+1 555-${String(i % 10_000).padStart(4, '0')}`, pick(['CEO', 'VP Sales', 'Data Analyst', 'Head of IT'], i),
    company, i % 3 === 0 ? '' : `https://www.${domain}/about`, pick(INDUSTRY, c), pick(EMPLOYEES, c),
    i % 4 === 0 ? '' : String(1_000_000 + (c % 997) * 10_000), pick(COUNTRY, c), 'CA', 'San Francisco', pick(LIFECYCLE, i),
    pick(STATUS, i), String(i % 100), pick(SOURCE, i), 'owner@example.com', '2024-03-12 09:14', i % 2 ? 'Persona 1' : '',
    '2024-04-01',
  ];
}

/**
 * Rows are generated in small batches right before they are mapped, as the
 * CSV parser hands them over, so they are still in the CPU cache; only the
 * mapping of each batch is timed. (Mapping a large pre-built pool instead
 * measures cache misses on cold strings, ~2–4 µs per row on this machine.)
 */
function run(totalRows: number): void {
  const mapping = buildMapping(HEADERS);
  const toRecord = compileMapping(mapping);
  const batchSize = 256;
  let checksum = 0;
  let last: MappedRecord | null = null;
  for (let i = 0; i < 100_000; i++) checksum += toRecord(syntheticRow(i)).values.email ? 1 : 0;

  let wallNs = 0;
  let cpuUs = 0;
  let parseNs = 0;
  const batch: string[][] = [];
  for (let start = 0; start < totalRows; start += batchSize) {
    batch.length = 0;
    for (let i = start; i < Math.min(start + batchSize, totalRows); i++) batch.push(syntheticRow(i));
    // Reference on the same machine and moment: papaparse reading the same rows as CSV text.
    const text = batch.map(csvLine).join('\n');
    const p0 = process.hrtime.bigint();
    checksum += Papa.parse<string[]>(text).data.length;
    parseNs += Number(process.hrtime.bigint() - p0);
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (const row of batch) {
      last = toRecord(row);
      if (last.identity !== null) checksum++;
    }
    wallNs += Number(process.hrtime.bigint() - t0);
    const cpu = process.cpuUsage(cpu0);
    cpuUs += cpu.user + cpu.system;
  }
  console.log(`crm toRecord: ${totalRows.toLocaleString('en-US')} rows, ${HEADERS.length} columns, batches of ${batchSize}`);
  console.log(`  preset ${mapping.preset?.id ?? 'none'}, entity ${mapping.entity}, identity ${mapping.identity.kind}`);
  console.log(`  mapping wall ${(wallNs / 1e6).toFixed(0)} ms = ${(wallNs / totalRows).toFixed(0)} ns/row; cpu ${((cpuUs * 1000) / totalRows).toFixed(0)} ns/row`);
  console.log(`  reference: papaparse on the same rows ${(parseNs / totalRows).toFixed(0)} ns/row (mapping = ${(wallNs / parseNs).toFixed(2)}x parsing)`);
  console.log(`  checksum ${checksum}, last identity ${last?.identity ?? 'null'}`);
}

const rows = Number(process.argv[2] ?? 1_000_000);
run(Number.isFinite(rows) && rows > 0 ? rows : 1_000_000);
