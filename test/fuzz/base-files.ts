/**
 * The files the fuzzer mutates: the first few hundred records of every CSV in
 * the shared datasets (../shared/data, read-only; their own encodings and line
 * ends kept byte for byte), and small generated exports in the shapes CRMs
 * write (HubSpot, a Salesforce report in Windows-1252 with its footer lines,
 * Pipedrive with semicolons, Apollo as UTF-16 "Unicode text", Excel for Mac in
 * Mac Roman with CR line ends), with accented names and multi-line notes.
 *
 * Each base knows the encoding its bytes were written in: the fuzzer's
 * reference decodes with it, so a file read in the wrong encoding shows up as
 * mismatched values instead of passing unnoticed.
 */
import iconv from 'iconv-lite';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createContactRowFactory, HUBSPOT_CONTACT_HEADER } from '../bench/generate-crm-csv';
import { mixSeed, mulberry32, type Prng } from '../bench/lib/prng';
import { DATA } from '../helpers/temp-workspace';

export interface BaseFile {
  name: string;
  bytes: Buffer;
  /** The encoding the bytes were written in (an iconv-lite / TextDecoder name). */
  encoding: string;
  /** Non-ASCII characters in the text: with few, the encoding is not knowable from the bytes alone. */
  nonAsciiChars: number;
}

/** Records taken from each dataset file (header included): enough for realistic rows, small enough to import in milliseconds. */
const DATASET_RECORDS = 200;
/** Datasets not in UTF-8 (see their SOURCE.md). */
const DATASET_ENCODINGS: Readonly<Record<string, string>> = { 'crunchbase-2013': 'macintosh' };

function csvFilesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) return csvFilesUnder(path);
      return entry.endsWith('.csv') ? [path] : [];
    });
}

/** Bytes up to the end of the first `records` records (line ends inside quotes do not count; CR, LF and CRLF do). */
export function firstRecords(bytes: Buffer, records: number): Buffer {
  let inQuotes = false;
  let seen = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b === 0x22) inQuotes = !inQuotes;
    else if (!inQuotes && (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) && ++seen === records) return bytes.subarray(0, i + 1);
  }
  return bytes;
}

function countNonAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) n++;
  return n;
}

function decode(bytes: Buffer, encoding: string): string {
  return encoding.startsWith('utf-') ? new TextDecoder(encoding).decode(bytes) : iconv.decode(bytes, encoding);
}

export function datasetBases(): BaseFile[] {
  return csvFilesUnder(DATA).map((path) => {
    const name = relative(DATA, path);
    const encoding = DATASET_ENCODINGS[name.split('/')[0] as string] ?? 'utf-8';
    const bytes = Buffer.from(firstRecords(readFileSync(path), DATASET_RECORDS));
    return { name: `data/${name}`, bytes, encoding, nonAsciiChars: countNonAscii(decode(bytes, encoding)) };
  });
}

const NOTE_WORDS = [
  'called', 'left voicemail', 'asked about pricing', 'renewal in Q3', 'met at the café', 'prefers email',
  'résumé attached', 'Zürich office', 'São Paulo team', 'budget €40k', 'naïve question about SSO', 'follow up',
  'decision maker', 'said "not now"', 'wants a demo, maybe', 'churn risk', 'über-interested', 'déjà vu',
];

function note(rng: Prng): string {
  if (rng.chance(0.4)) return '';
  const sentences: string[] = [];
  for (let i = rng.int(1, 3); i > 0; i--) sentences.push(`${rng.pick(NOTE_WORDS)}, ${rng.pick(NOTE_WORDS)}`);
  return sentences.join(rng.chance(0.3) ? '\n' : '. ');
}

interface Layout {
  name: string;
  header: string[];
  delimiter: string;
  newline: string;
  encoding: string;
  bom: boolean;
  cells(contact: Record<string, string>, rng: Prng): string[];
  footer?: (rows: number) => string[];
}

const LAYOUTS: readonly Layout[] = [
  {
    name: 'hubspot-contacts.csv',
    header: [...HUBSPOT_CONTACT_HEADER, 'Notes'],
    delimiter: ',',
    newline: '\r\n',
    encoding: 'utf-8',
    bom: false,
    cells: (c, rng) => [...HUBSPOT_CONTACT_HEADER.map((h) => c[h] ?? ''), note(rng)],
  },
  {
    name: 'hubspot-contacts-bom-lf.csv',
    header: [...HUBSPOT_CONTACT_HEADER],
    delimiter: ',',
    newline: '\n',
    encoding: 'utf-8',
    bom: true,
    cells: (c) => HUBSPOT_CONTACT_HEADER.map((h) => c[h] ?? ''),
  },
  {
    name: 'salesforce-leads-report.csv',
    header: ['Lead ID', 'First Name', 'Last Name', 'Title', 'Company / Account', 'Email', 'Lead Source', 'Lead Status', 'Description'],
    delimiter: ',',
    newline: '\r\n',
    encoding: 'windows-1252',
    bom: false,
    cells: (c, rng) => [
      `00Q${(c['Record ID'] ?? '').padStart(12, '0')}`, c['First Name'] ?? '', c['Last Name'] ?? '', c['Job Title'] ?? '',
      c['Company Name'] ?? '', c['Email'] ?? '', rng.pick(['Web', 'Trade Show', 'Partner Referral', 'Purchased List']),
      rng.pick(['Open - Not Contacted', 'Working - Contacted', 'Closed - Converted', 'Closed - Not Converted']), note(rng),
    ],
    footer: (rows) => ['', `Grand Totals (${rows} records)`, '', 'Confidential Information - Do Not Distribute', '', 'Copyright (c) 2000-2025 salesforce.com, inc. All rights reserved.'],
  },
  {
    name: 'pipedrive-people.csv',
    header: ['Person - ID', 'Person - Name', 'Person - Email', 'Organization - Name', 'Person - Phone', 'Person - Notes'],
    delimiter: ';',
    newline: '\n',
    encoding: 'utf-8',
    bom: false,
    cells: (c, rng) => [
      c['Record ID'] ?? '', `${c['First Name']} ${c['Last Name']}`,
      rng.chance(0.2) ? `${c['Email']}, ${(c['First Name'] ?? 'x').toLowerCase()}@home.example` : (c['Email'] ?? ''),
      c['Company Name'] ?? '', rng.chance(0.5) ? `'+49 30 ${rng.int(1000000, 9999999)}` : '', note(rng),
    ],
  },
  {
    name: 'apollo-contacts-unicode.txt',
    header: ['Apollo Contact Id', 'First Name', 'Last Name', 'Title', 'Company', 'Email', 'City', 'Country', 'Stage'],
    delimiter: '\t',
    newline: '\r\n',
    encoding: 'utf-16le',
    bom: true,
    cells: (c, rng) => [
      `ap${c['Record ID']}`, c['First Name'] ?? '', c['Last Name'] ?? '', c['Job Title'] ?? '', c['Company Name'] ?? '',
      c['Email'] ?? '', c['City'] ?? '', c['Country/Region'] ?? '', rng.pick(['Cold', 'Approaching', 'Replied', 'Interested']),
    ],
  },
  {
    name: 'excel-mac-contacts.csv',
    header: ['Record ID', 'First Name', 'Last Name', 'Email', 'Company Name', 'City', 'Notes'],
    delimiter: ',',
    newline: '\r',
    encoding: 'macintosh',
    bom: false,
    cells: (c, rng) => [c['Record ID'] ?? '', c['First Name'] ?? '', c['Last Name'] ?? '', c['Email'] ?? '', c['Company Name'] ?? '', c['City'] ?? '', note(rng)],
  },
];

function cell(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function encode(text: string, encoding: string, bom: boolean): Buffer {
  if (encoding === 'utf-16le') return Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le');
  if (encoding === 'utf-8') return Buffer.from((bom ? '\uFEFF' : '') + text, 'utf8');
  return iconv.encode(text, encoding);
}

/** One generated export per layout; `seed` varies the people, `rows` their number. */
export function generatedBases(seed: number, rows = 200): BaseFile[] {
  const contactAt = createContactRowFactory({ rows, seed });
  return LAYOUTS.map((layout, n) => {
    const rng = mulberry32(mixSeed(seed, 0xf022, n));
    const lines = [layout.header.map((h) => cell(h, layout.delimiter)).join(layout.delimiter)];
    for (let i = 0; i < rows; i++) {
      const values = contactAt(i);
      const contact = Object.fromEntries(HUBSPOT_CONTACT_HEADER.map((h, k) => [h, values[k] ?? '']));
      lines.push(layout.cells(contact, rng).map((v) => cell(v, layout.delimiter)).join(layout.delimiter));
    }
    lines.push(...(layout.footer?.(rows) ?? []));
    const text = lines.join(layout.newline) + layout.newline;
    const bytes = encode(text, layout.encoding, layout.bom);
    // What the bytes say, not what was asked for: a code page turns characters it lacks (Ł) into '?'.
    return { name: `generated/${layout.name}`, bytes, encoding: layout.encoding, nonAsciiChars: countNonAscii(decode(bytes, layout.encoding)) };
  });
}
