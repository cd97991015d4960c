import { describe, expect, it } from 'vitest';
import {
  MARKETING_ADDITIONAL_HEADER,
  MARKETING_FULL_HEADER,
  generateMarketingResponseCsv,
} from '../../eval/data/marketing-response';
import {
  HUBSPOT_PLANTED_HEADER,
  SALESFORCE_PLANTED_HEADER,
  generatePlantedPersonaCsv,
} from '../../eval/data/planted-persona';

/** Minimal RFC 4180 reader for the checks (quoted cells, doubled quotes). */
function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function shareOf(rows: string[][], col: number, value: string): number {
  return rows.filter((r) => r[col] === value).length / rows.length;
}

describe('generateMarketingResponseCsv', () => {
  const full = generateMarketingResponseCsv({ rows: 20_000, seed: 11 });
  const parsed = parseCsv(full.csv, ';');
  const header = parsed[0] as string[];
  const rows = parsed.slice(1);
  const col = (name: string): number => header.indexOf(name);

  it('is deterministic for a seed and differs across seeds', () => {
    expect(generateMarketingResponseCsv({ rows: 500, seed: 3 }).csv).toBe(generateMarketingResponseCsv({ rows: 500, seed: 3 }).csv);
    expect(generateMarketingResponseCsv({ rows: 500, seed: 3 }).csv).not.toBe(generateMarketingResponseCsv({ rows: 500, seed: 4 }).csv);
  });

  it('writes the bank-full header, quoted and semicolon-delimited, and one line per row', () => {
    expect(full.csv.split('\n')[0]).toBe(MARKETING_FULL_HEADER.map((h) => `"${h}"`).join(';'));
    expect(header).toEqual([...MARKETING_FULL_HEADER]);
    expect(rows).toHaveLength(20_000);
    expect(full.labels).toHaveLength(20_000);
    expect(rows.every((r) => r.length === MARKETING_FULL_HEADER.length)).toBe(true);
    expect(generateMarketingResponseCsv({ rows: 0, seed: 1 }).csv.trim().split('\n')).toHaveLength(1);
  });

  it('has the published marginals within tolerance', () => {
    const y = shareOf(rows, col('y'), 'yes');
    expect(y).toBeGreaterThan(0.09);
    expect(y).toBeLessThan(0.14);
    expect(shareOf(rows, col('default'), 'no')).toBeGreaterThanOrEqual(0.95);
    expect(shareOf(rows, col('poutcome'), 'unknown')).toBeGreaterThan(0.78);
    expect(shareOf(rows, col('poutcome'), 'unknown')).toBeLessThan(0.86);
    expect(shareOf(rows, col('pdays'), '-1')).toBeGreaterThan(0.78);
    expect(shareOf(rows, col('previous'), '0')).toBeCloseTo(shareOf(rows, col('pdays'), '-1'), 2);
    expect(shareOf(rows, col('month'), 'may')).toBeGreaterThan(0.26);
    expect(shareOf(rows, col('contact'), 'cellular')).toBeGreaterThan(0.58);
    expect(shareOf(rows, col('contact'), 'unknown')).toBeGreaterThan(0.24);
    const jobs = new Set(rows.map((r) => r[col('job')]));
    expect(jobs).toEqual(
      new Set(['admin.', 'blue-collar', 'technician', 'services', 'management', 'retired', 'entrepreneur', 'self-employed', 'housemaid', 'unemployed', 'student', 'unknown']),
    );
    const balances = rows.map((r) => Number(r[col('balance')]));
    expect(balances.filter((b) => b < 0).length / balances.length).toBeGreaterThan(0.05);
    const campaigns = rows.map((r) => Number(r[col('campaign')]));
    expect(Math.min(...campaigns)).toBe(1);
    expect(Math.max(...campaigns)).toBeLessThanOrEqual(63);
    expect(campaigns.filter((c) => c === 1).length / campaigns.length).toBeGreaterThan(0.3);
    const days = rows.map((r) => Number(r[col('day')]));
    expect(Math.min(...days)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...days)).toBeLessThanOrEqual(31);
  });

  it('drives y by the documented effects', () => {
    const rate = (pred: (r: string[]) => boolean): number => {
      const sel = rows.filter(pred);
      return sel.filter((r) => r[col('y')] === 'yes').length / sel.length;
    };
    expect(rate((r) => r[col('poutcome')] === 'success')).toBeGreaterThan(0.45);
    expect(rate((r) => r[col('month')] === 'mar')).toBeGreaterThan(3 * rate((r) => r[col('month')] === 'may'));
    expect(rate((r) => r[col('housing')] === 'yes')).toBeLessThan(rate((r) => r[col('housing')] === 'no'));
    expect(rate((r) => r[col('job')] === 'student')).toBeGreaterThan(rate((r) => r[col('job')] === 'blue-collar'));
    expect(rate((r) => Number(r[col('campaign')]) >= 5)).toBeLessThan(rate((r) => r[col('campaign')] === '1'));
  });

  it('leaks the label through duration, as the real file does', () => {
    const mean = (y: string): number => {
      const d = rows.filter((r) => r[col('y')] === y).map((r) => Number(r[col('duration')]));
      return d.reduce((a, b) => a + b, 0) / d.length;
    };
    expect(mean('yes')).toBeGreaterThan(1.8 * mean('no'));
  });

  it('writes the additional variant with its own header and sentinels', () => {
    const add = generateMarketingResponseCsv({ rows: 10_000, seed: 11, variant: 'additional' });
    const p = parseCsv(add.csv, ';');
    const h = p[0] as string[];
    const r = p.slice(1);
    expect(h).toEqual([...MARKETING_ADDITIONAL_HEADER]);
    expect(r).toHaveLength(10_000);
    expect(shareOf(r, h.indexOf('pdays'), '999')).toBeGreaterThan(0.9);
    expect(shareOf(r, h.indexOf('poutcome'), 'nonexistent')).toBeGreaterThan(0.8);
    expect(shareOf(r, h.indexOf('default'), 'no') + shareOf(r, h.indexOf('default'), 'unknown')).toBeGreaterThan(0.99);
    const y = shareOf(r, h.indexOf('y'), 'yes');
    expect(y).toBeGreaterThan(0.09);
    expect(y).toBeLessThan(0.14);
  });
});

describe('generatePlantedPersonaCsv', () => {
  const hub = generatePlantedPersonaCsv({ rows: 8_000, seed: 5 });
  const parsed = parseCsv(hub.csv, ',');
  const header = parsed[0] as string[];
  const rows = parsed.slice(1);

  it('is deterministic for a seed and differs across seeds', () => {
    const a = generatePlantedPersonaCsv({ rows: 400, seed: 9 });
    const b = generatePlantedPersonaCsv({ rows: 400, seed: 9 });
    expect(a.csv).toBe(b.csv);
    expect([...a.personaRecordIds]).toEqual([...b.personaRecordIds]);
    expect(generatePlantedPersonaCsv({ rows: 400, seed: 10 }).csv).not.toBe(a.csv);
  });

  it('writes a HubSpot contacts export with unique ids and emails', () => {
    expect(header).toEqual([...HUBSPOT_PLANTED_HEADER]);
    expect(rows).toHaveLength(8_000);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
    const ids = rows.map((r) => r[0] as string);
    expect(new Set(ids).size).toBe(8_000);
    expect(ids.every((id) => /^\d{8,12}$/.test(id))).toBe(true);
    expect(new Set(rows.map((r) => (r[header.indexOf('Email')] as string).toLowerCase())).size).toBe(8_000);
    expect(hub.truth.map((t) => t.recordId)).toEqual(ids);
  });

  it('uses the reference vocabularies and carries noise', () => {
    const values = (name: string): Set<string> => new Set(rows.map((r) => r[header.indexOf(name)] as string));
    for (const v of values('Number of Employees')) {
      expect(['', '1-5', '5-25', '25-50', '50-100', '100-500', '500-1000', '1000+', '1-10', '11-50', '51-200', '201-500', '501-1,000', '1,001-5,000', '5,001-10,000', '10,001+']).toContain(v);
    }
    expect(values('Lifecycle Stage')).toContain('Customer');
    expect(values('Associated Deal Stage')).toContain('Closed Lost');
    expect(values('Industry')).toContain('');
    expect(values('Industry')).toContain('computer software');
    expect(values('Country/Region')).toContain('USA');
    expect(shareOf(rows, header.indexOf('Marketing contact status'), 'Marketing contact')).toBeGreaterThan(0.95);
    const titles = values('Job Title');
    for (const t of ['VP Sales', 'Head of Revenue Operations', 'Senior Software Engineer']) expect(titles).toContain(t);
    expect(titles.size).toBeGreaterThan(300);
  });

  it('plants a persona that converts far more often than anyone else', () => {
    const persona = hub.truth.filter((t) => t.persona);
    const others = hub.truth.filter((t) => !t.persona);
    const decoys = hub.truth.filter((t) => hub.decoyRecordIds.has(t.recordId));
    const winRate = (ts: typeof hub.truth): number => ts.filter((t) => t.outcome === 'won').length / ts.length;
    expect(persona.length / hub.truth.length).toBeGreaterThan(0.03);
    expect(persona.length / hub.truth.length).toBeLessThan(0.08);
    expect(winRate(persona)).toBeGreaterThan(0.35);
    expect(winRate(others)).toBeLessThan(0.06);
    expect(winRate(decoys)).toBeLessThan(0.08);
    expect(decoys.every((t) => t.traitsShared >= 2 && t.traitsShared <= 3)).toBe(true);
    expect(hub.lostRecordIds.size).toBeGreaterThan(0.1 * hub.truth.length);
    // The rendered outcome agrees with the truth.
    const stage = header.indexOf('Lifecycle Stage');
    const won = rows.filter((r) => r[stage] === 'Customer' || r[stage] === 'Evangelist').map((r) => r[0] as string);
    expect(new Set(won)).toEqual(hub.wonRecordIds);
  });

  it('writes a Salesforce contacts-with-opportunities report', () => {
    const sf = generatePlantedPersonaCsv({ rows: 3_000, seed: 5, crm: 'salesforce' });
    const p = parseCsv(sf.csv, ',');
    const h = p[0] as string[];
    const r = p.slice(1);
    expect(h).toEqual([...SALESFORCE_PLANTED_HEADER]);
    expect(r).toHaveLength(3_000);
    expect(r.every((row) => /^003[0-9A-Za-z]{15}$/.test(row[0] as string))).toBe(true);
    const stage = h.indexOf('Stage');
    expect(new Set(r.filter((row) => row[stage] === 'Closed Won').map((row) => row[0]))).toEqual(sf.wonRecordIds);
    expect(sf.personaRecordIds.size).toBeGreaterThan(90);
  });
});
