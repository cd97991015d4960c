import { describe, expect, it } from 'vitest';
import {
  ROLE_FAMILIES,
  SENIORITY_LEVELS,
  parseSeniority,
  parseTitle,
  type RoleFamily,
} from '../../../src-model/features/title';
import { readCsv } from './datasets';

type Level = (typeof SENIORITY_LEVELS)[number];
const levelName = (seniority: number): string => SENIORITY_LEVELS[seniority] ?? 'unknown';
const familyName = (family: number): string => ROLE_FAMILIES[family] ?? 'none';
const describeTitle = (title: string): [string, string, string] => {
  const parsed = parseTitle(title);
  return [title, levelName(parsed.seniority), familyName(parsed.roleFamily)];
};

describe('parseTitle on the titles the brief names', () => {
  it.each<[string, Level, RoleFamily | 'none']>([
    ['VP of Sales', 'vp', 'sales'],
    ['Head of Growth', 'director', 'marketing'],
    ['Sr. Software Engineer', 'ic', 'engineering'],
    ['CTO & Co-founder', 'c_level', 'engineering'],
    ['Gerente Comercial', 'manager', 'sales'],
    ['Chief Revenue Officer', 'c_level', 'sales'],
    ['SVP Marketing', 'vp', 'marketing'],
    ['Director, Product Management', 'director', 'product'],
    ['Account Executive', 'ic', 'sales'],
    ['SDR', 'ic', 'sales'],
    ['BDR', 'ic', 'sales'],
    ['Talent Acquisition Partner', 'ic', 'hr_people'],
    ['Data Scientist', 'ic', 'data_it'],
    ['Principal Engineer', 'ic', 'engineering'],
    ['Founder & CEO', 'c_level', 'none'],
    ['Geschäftsführer', 'c_level', 'none'],
    ['Directeur Commercial', 'director', 'sales'],
    ['Diretor de Vendas', 'director', 'sales'],
    ['Jefe de Marketing', 'manager', 'marketing'],
    ['Owner', 'c_level', 'none'],
  ])('%s → %s, %s', (title, level, family) => {
    expect(describeTitle(title)).toEqual([title, level, family]);
  });
});

describe('parseTitle seniority rules', () => {
  it.each<[string, Level]>([
    ['Executive Assistant to the CEO', 'ic'],
    ['CEO Assistant', 'ic'],
    ['Asistente de Gerencia', 'ic'],
    ['Assistant Manager', 'manager'],
    ['Assistant Store Manager', 'manager'],
    ['Assistant Director of Finance', 'manager'],
    ['Assistant Vice President', 'director'],
    ['Deputy CEO', 'vp'],
    ['Directeur Général Adjoint', 'vp'],
    ['Directeur Général', 'c_level'],
    ['Managing Director', 'c_level'],
    ['Amministratore Delegato', 'c_level'],
    ['Managing Partner', 'c_level'],
    ['Partner', 'c_level'],
    ['Business Owner', 'c_level'],
    ['Product Owner', 'ic'],
    ['HR Business Partner', 'ic'],
    ['Executive Director', 'director'],
    ['General Manager', 'director'],
    ['Chief of Staff', 'director'],
    ['Vertriebsleiter', 'director'],
    ['Teamleiter Kundenservice', 'manager'],
    ['Team Lead', 'manager'],
    ['Lead Data Engineer', 'manager'],
    ['Lead Generation Specialist', 'ic'],
    ['Head Hunter', 'ic'],
    ['Marketing Manager Intern', 'ic'],
    ['Praktikant Vertrieb', 'ic'],
    ['Responsable Marketing', 'manager'],
    ['Coordenador de Compras', 'manager'],
    ['Direttore Vendite', 'director'],
    ['Vice President, Engineering', 'vp'],
    ['Presidente', 'c_level'],
    ['Vicepresidente de Ventas', 'vp'],
    ['Secondary School Principal', 'director'],
    ['Software Engineer III', 'ic'],
  ])('%s → %s', (title, level) => {
    expect([title, levelName(parseTitle(title).seniority)]).toEqual([title, level]);
  });

  it('reads the title before "@" or " at " and drops the company from the keywords', () => {
    const parsed = parseTitle('VP Engineering @ Acme Corp');
    expect(levelName(parsed.seniority)).toBe('vp');
    expect(parsed.keywords).toEqual(['vp', 'engineering']);
    expect(parseTitle('Head of Data at Initech').keywords).toEqual(['head', 'data']);
  });
});

describe('parseTitle role families', () => {
  it.each<[string, RoleFamily]>([
    ['Sales Engineer', 'sales'],
    ['Solutions Consultant', 'sales'],
    ['Data Engineer', 'data_it'],
    ['Security Engineer', 'data_it'],
    ['Financial Analyst', 'finance_legal'],
    ['General Counsel', 'finance_legal'],
    ['Product Marketing Manager', 'marketing'],
    ['Customer Success Manager', 'customer_success_support'],
    ['Technical Account Manager', 'customer_success_support'],
    ['Office Manager', 'operations_supply_chain'],
    ['Supply Chain Analyst', 'operations_supply_chain'],
    ['Recruiter', 'hr_people'],
    ['Responsable des Ressources Humaines', 'hr_people'],
    ['Desarrollador Backend', 'engineering'],
    ['Softwareentwickler', 'engineering'],
    ['Personalreferentin', 'hr_people'],
    ['Analista de Datos', 'data_it'],
    ['UX Designer', 'product'],
    // Revenue and go-to-market operations run the sales machine; "new business" is selling.
    ['VP of RevOps', 'sales'],
    ['Head of RevOps & Strategy', 'sales'],
    ['VP Rev Ops', 'sales'],
    ['Head of GTM Operations', 'sales'],
    ['Vice President of Go-to-Market Operations', 'sales'],
    ['VP of New Business', 'sales'],
    ['Head of Operations', 'operations_supply_chain'],
  ])('%s → %s', (title, family) => {
    expect([title, familyName(parseTitle(title).roleFamily)]).toEqual([title, family]);
  });

  it('gives general-management titles no family', () => {
    for (const title of ['CEO', 'Founder', 'Owner', 'President', 'Managing Director']) {
      expect([title, parseTitle(title).roleFamily]).toEqual([title, -1]);
    }
  });
});

describe('parseTitle keywords and unknowns', () => {
  it('expands abbreviations and removes stop words, numbers and roman numerals', () => {
    expect(parseTitle('Sr. Mgr, Head of Mktg Ops II').keywords).toEqual([
      'senior',
      'manager',
      'head',
      'marketing',
      'operations',
    ]);
    expect(parseTitle('Ingeniera de Software 2').keywords).toEqual(['ingeniera', 'software']);
  });

  it('treats empty and placeholder titles as unknown', () => {
    for (const title of ['', '   ', 'n/a', 'N/A', '-', 'Unknown', '123']) {
      expect([title, parseTitle(title)]).toEqual([title, { seniority: -1, roleFamily: -1, keywords: [] }]);
    }
  });

  it('returns the same frozen object for a repeated title', () => {
    const first = parseTitle('Senior Account Executive');
    expect(parseTitle('Senior Account Executive')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.keywords)).toBe(true);
  });
});

describe('parseSeniority', () => {
  it.each<[string, Level]>([
    ['c_suite', 'c_level'],
    ['C suite', 'c_level'],
    ['founder', 'c_level'],
    ['Owner', 'c_level'],
    ['partner', 'c_level'],
    ['vp', 'vp'],
    ['Vp', 'vp'],
    ['head', 'director'],
    ['Director', 'director'],
    ['manager', 'manager'],
    ['Senior', 'ic'],
    ['entry', 'ic'],
    ['Intern', 'ic'],
    ['CXO', 'c_level'],
    ['VP-Level', 'vp'],
    ['Non-Manager', 'ic'],
    ['Mid-Senior level', 'ic'],
    ['Executive', 'c_level'],
  ])('%s → %s', (value, level) => {
    expect([value, levelName(parseSeniority(value))]).toEqual([value, level]);
  });

  it('falls back to reading the value as a title, and is -1 when empty', () => {
    expect(levelName(parseSeniority('Head of Sales'))).toBe('director');
    expect(parseSeniority('')).toBe(-1);
  });
});

describe('parseTitle against ESCO occupations (ISCO-08 groups)', () => {
  const occupations = readCsv('esco-occupations/occupations_en.csv');
  const labelsOf = (row: Record<string, string>): string[] =>
    [row.preferredLabel!, ...row.altLabels!.split('\n')].map((label) => label.trim()).filter((label) => label.length > 0);

  /**
   * ISCO-08 unit groups whose occupations belong to one role family by the
   * group's definition. Groups that mix families in ESCO (2432 public
   * relations, which holds political campaigners; 3339 business services
   * agents; 2619 legal professionals n.e.c.; 1221 sales and marketing managers,
   * which also holds licensing, tourism-destination and auction-house managers)
   * are left out. 2511/2519 (systems analysts, software n.e.c.) accept
   * engineering or data & IT.
   */
  const EXPECTED_FAMILIES: ReadonlyArray<readonly [readonly RoleFamily[], readonly string[]]> = [
    [['engineering'], ['2512', '2514', '2141', '2142', '2144', '2145', '2151', '2152']],
    [['engineering', 'data_it'], ['2511', '2519']],
    [['data_it'], ['2521', '2522', '2523', '2529', '3511', '3513']],
    [['marketing'], ['2431', '1222']],
    [['sales'], ['2433', '2434', '3322', '5223', '5243', '5244']],
    [['hr_people'], ['1212', '2423', '2424', '3333', '4416']],
    [['finance_legal'], ['1211', '2411', '2412', '2413', '3311', '3312', '3313', '4311', '2611']],
    [['operations_supply_chain'], ['1321', '1324', '3323', '4321', '4323']],
    [['customer_success_support'], ['4222']],
  ];

  it('agrees with the expected role family on at least 75% of preferred and alternative labels', () => {
    let agreed = 0;
    let total = 0;
    const report: string[] = [];
    const weakFamilies: string[] = [];
    for (const [families, groups] of EXPECTED_FAMILIES) {
      let groupAgreed = 0;
      let groupTotal = 0;
      for (const row of occupations) {
        if (!groups.includes(row.iscoGroup!)) continue;
        for (const label of labelsOf(row)) {
          groupTotal++;
          if ((families as readonly string[]).includes(familyName(parseTitle(label).roleFamily))) groupAgreed++;
        }
      }
      report.push(`${families.join('|').padEnd(28)} ${groupAgreed}/${groupTotal} (${((100 * groupAgreed) / groupTotal).toFixed(1)}%)`);
      // Each family must be recognised on most of its own labels, not carried by the others.
      if (groupAgreed / groupTotal <= 0.5) weakFamilies.push(families.join('|'));
      agreed += groupAgreed;
      total += groupTotal;
    }
    const agreement = agreed / total;
    console.log(`ESCO role-family agreement: ${agreed}/${total} (${(100 * agreement).toFixed(1)}%)\n  ${report.join('\n  ')}`);
    expect(total).toBeGreaterThan(5000);
    expect(agreement).toBeGreaterThanOrEqual(0.75);
    expect(weakFamilies).toEqual([]);
  });

  it('parses most titles of ISCO major group 1 (Managers) as Manager or above', () => {
    // Group 1 lists trainee/graduate/assistant/junior variants of its titles; those are not manager titles.
    const juniorMarker = /\b(trainee|graduate|junior|assistant|intern)\b/i;
    let managerOrAbove = 0;
    let total = 0;
    for (const row of occupations) {
      if (!row.iscoGroup!.startsWith('1')) continue;
      for (const label of labelsOf(row)) {
        if (juniorMarker.test(label)) continue;
        total++;
        const seniority = parseTitle(label).seniority;
        if (seniority >= 0 && seniority <= 3) managerOrAbove++;
      }
    }
    console.log(`ESCO major group 1 parsed as Manager or above: ${managerOrAbove}/${total} (${((100 * managerOrAbove) / total).toFixed(1)}%)`);
    expect(total).toBeGreaterThan(2500);
    expect(managerOrAbove / total).toBeGreaterThanOrEqual(0.75);
  });

  it('parses clerk and assistant titles (the noun heading the title) as IC', () => {
    const clerkOrAssistant = /\b(clerk|assistant)s?$/i;
    const notIc: string[] = [];
    let total = 0;
    for (const row of occupations) {
      for (const label of labelsOf(row)) {
        if (!clerkOrAssistant.test(label)) continue;
        total++;
        if (parseTitle(label).seniority !== 4) notIc.push(label);
      }
    }
    expect(total).toBeGreaterThan(500);
    expect(notIc).toEqual([]);
  });
});

describe('parseTitle against salary-survey titles (aijobs.net, infosec-jobs.com)', () => {
  const files = ['job-titles-salaries/ai-jobs-net/salaries.csv', 'job-titles-salaries/infosec-jobs-com/salaries.csv'];
  const rows = files.flatMap((file) => readCsv(file));
  const titles = [...new Set(rows.map((row) => row.job_title!))];

  /** Title patterns that state their level; a title matching several patterns is not a clear case. */
  const CLEAR_CASES: ReadonlyArray<readonly [RegExp, Level]> = [
    [/^head of\b/i, 'director'],
    [/^director\b|\bdirector$/i, 'director'],
    [/^(vp|vice president)\b/i, 'vp'],
    [/^chief\b.*\bofficer$/i, 'c_level'],
    [/^(lead|tech lead|team lead)\b|\blead$/i, 'manager'],
    [/\bmanager$/i, 'manager'],
    [/^(principal|staff|junior|senior)\b/i, 'ic'],
  ];

  it('parses titles that carry a seniority word to that level', () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const title of titles) {
      const matching = CLEAR_CASES.filter(([pattern]) => pattern.test(title));
      if (matching.length !== 1) continue;
      checked++;
      const expected = matching[0]![1];
      const actual = levelName(parseTitle(title).seniority);
      if (actual !== expected) mismatches.push(`${title}: expected ${expected}, got ${actual}`);
    }
    expect(checked).toBeGreaterThan(100);
    expect(mismatches).toEqual([]);
  });

  it('prints how experience_level relates to parsed seniority (a weak label: it describes the person)', () => {
    const levels = ['EX', 'SE', 'MI', 'EN'] as const;
    const counts = new Map<string, number[]>(levels.map((level) => [level, [0, 0, 0, 0, 0, 0]]));
    for (const row of rows) {
      const seniority = parseTitle(row.job_title!).seniority;
      counts.get(row.experience_level!)![seniority + 1]!++;
    }
    const header = ['', 'unknown', ...SENIORITY_LEVELS].map((cell) => cell.padStart(9)).join('');
    const lines = levels.map((level) => level.padStart(9) + counts.get(level)!.map((n) => String(n).padStart(9)).join(''));
    console.log(`experience_level × parsed seniority (rows):\n${header}\n${lines.join('\n')}`);
    // Only the clear direction is asserted: executives are parsed as Manager or above more often than entry level.
    const aboveIcShare = (level: string): number => {
      const row = counts.get(level)!;
      return (row[1]! + row[2]! + row[3]! + row[4]!) / row.reduce((sum, n) => sum + n, 0);
    };
    expect(aboveIcShare('EX')).toBeGreaterThan(aboveIcShare('EN') * 3);
    expect(rows.length).toBe(74_301 + 65_951);
  });
});
