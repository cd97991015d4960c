import worldCountries from 'world-countries';
import { describe, expect, it } from 'vitest';
import { REGIONS, countryInfo, countryInfoByIso2 } from '../../../src-model/features/geo';
import { distinctValues, readCsv } from './datasets';

const iso2Of = (text: string): string | null => countryInfo(text)?.iso2 ?? null;
const regionOf = (text: string): string | null => {
  const info = countryInfo(text);
  return info === null ? null : REGIONS[info.region]!;
};

describe('countryInfo on names, codes and variants', () => {
  it.each([
    ['USA', 'US'],
    ['US', 'US'],
    ['U.S.A.', 'US'],
    ['united states', 'US'],
    ['United States of America', 'US'],
    ['UK', 'GB'],
    ['Great Britain', 'GB'],
    ['England', 'GB'],
    ['Deutschland', 'DE'],
    ['GERMANY', 'DE'],
    ['DEU', 'DE'],
    ['Brasil', 'BR'],
    ['España', 'ES'],
    ['Espana', 'ES'],
    ['Holland', 'NL'],
    ['The Netherlands', 'NL'],
    ['Allemagne', 'DE'],
    ['Alemanha', 'DE'],
    ['Turkey', 'TR'],
    ['Türkiye', 'TR'],
    ["Côte d'Ivoire", 'CI'],
    ['Ivory Coast', 'CI'],
    ['Czech Republic', 'CZ'],
    ['Korea', 'KR'],
    ['UAE', 'AE'],
  ])('%s → %s', (text, iso2) => {
    expect([text, iso2Of(text)]).toEqual([text, iso2]);
  });

  it('reads "NA" as not available, and Namibia by its name or alpha-3 code', () => {
    expect(countryInfo('NA')).toBe(null);
    expect(countryInfo('N/A')).toBe(null);
    expect(iso2Of('Namibia')).toBe('NA');
    expect(iso2Of('NAM')).toBe('NA');
  });

  it('reads a whole two-letter cell as an ISO code, not a US state', () => {
    expect(iso2Of('CA')).toBe('CA');
    expect(iso2Of('DE')).toBe('DE');
    expect(iso2Of('IN')).toBe('IN');
  });

  it('maps every world-countries code and English name back to its own country, except NA', () => {
    const wrong: string[] = [];
    for (const country of worldCountries) {
      if (country.cca2 === 'NA') continue; // "NA" is read as "not available"; see the next test
      for (const text of [country.cca2, country.cca3, country.name.common, country.name.common.toUpperCase()]) {
        if (iso2Of(text) !== country.cca2) wrong.push(`${text} → ${iso2Of(text)} (want ${country.cca2})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('places every country in one of the 10 regions, with the B2B adjustments', () => {
    expect(REGIONS).toHaveLength(10);
    for (const country of worldCountries) {
      const info = countryInfoByIso2(country.cca2);
      expect([country.cca2, info !== null && info.region >= 0 && info.region < REGIONS.length]).toEqual([
        country.cca2,
        true,
      ]);
    }
    expect(regionOf('Mexico')).toBe('latin_america');
    expect(regionOf('Austria')).toBe('western_europe');
    expect(regionOf('Estonia')).toBe('eastern_europe_central_asia');
    expect(regionOf('Iran')).toBe('middle_east_africa');
    expect(regionOf('United Kingdom')).toBe('northern_europe');
    expect(regionOf('India')).toBe('south_asia');
    expect(regionOf('Japan')).toBe('east_asia');
    expect(regionOf('Australia')).toBe('southeast_asia_oceania');
  });

  it('returns one shared frozen object per country', () => {
    expect(countryInfo('Germany')).toBe(countryInfo('DE'));
    expect(Object.isFrozen(countryInfo('Germany'))).toBe(true);
  });
});

describe('countryInfo on free-text locations', () => {
  it.each([
    ['Berlin, Germany', 'DE'],
    ['San Francisco Bay Area', 'US'],
    ['Greater Boston Area', 'US'],
    ['Greater London', 'GB'],
    ['Austin, TX', 'US'],
    ['Austin, Texas, United States', 'US'],
    ['California', 'US'],
    ['New York', 'US'],
    ['Toronto, ON', 'CA'],
    ['Bengaluru, Karnataka, India', 'IN'],
    ['São Paulo, Brasil', 'BR'],
  ])('%s → %s', (text, iso2) => {
    expect([text, iso2Of(text)]).toEqual([text, iso2]);
  });

  it('reads a trailing two-letter part after a comma as a US state code', () => {
    expect(iso2Of('Portland, OR')).toBe('US');
    // The documented trade-off: "Munich, DE" is read as Delaware.
    expect(iso2Of('Munich, DE')).toBe('US');
    expect(iso2Of('Munich, Germany')).toBe('DE');
  });

  it('returns null for blanks, placeholders and non-country regions', () => {
    for (const text of ['', '  ', 'unknown', 'Select', 'N/A', 'Remote', 'Asia/Pacific Region', 'Europe', 'Atlantis']) {
      expect([text, countryInfo(text)]).toEqual([text, null]);
    }
  });
});

describe('countryInfo typo tolerance', () => {
  it('accepts one edit on a single unknown name when exactly one country is that close', () => {
    expect(iso2Of('Philipines')).toBe('PH'); // Maven office_location typo: deletion
    expect(iso2Of('Swedn')).toBe('SE');
    expect(iso2Of('Austira')).toBe('AT'); // transposition
  });

  it('rejects names two edits away, short strings and multi-part text', () => {
    expect(iso2Of('Phillipinnes')).toBe(null);
    expect(iso2Of('Indi')).toBe(null);
    expect(iso2Of('Springfield, Germanyy')).toBe(null);
    expect(iso2Of('Berlin, Germanyy')).toBe('DE'); // by the city, not by the typo
  });
});

describe('countryInfo on real dataset columns', () => {
  it('maps every Crunchbase country code (companies, acquisitions, rounds)', () => {
    const companies = readCsv('crunchbase-2013/crunchbase-companies.csv', 'latin1');
    const acquisitions = readCsv('crunchbase-2013/crunchbase-acquisitions.csv', 'latin1');
    const rounds = readCsv('crunchbase-2013/crunchbase-rounds.csv', 'latin1');
    const codes = new Set([
      ...distinctValues(companies, 'country_code'),
      ...distinctValues(acquisitions, 'company_country_code'),
      ...distinctValues(acquisitions, 'acquirer_country_code'),
      ...distinctValues(rounds, 'company_country_code'),
    ]);
    codes.delete('');
    expect(codes.size).toBeGreaterThan(35);
    const unmapped = [...codes].filter((code) => countryInfo(code) === null);
    expect(unmapped).toEqual([]);
    expect(iso2Of('GBR')).toBe('GB');
    expect(iso2Of('UMI')).toBe('UM');
  });

  it('maps Crunchbase "city, state_code" locations to the United States', () => {
    const companies = readCsv('crunchbase-2013/crunchbase-companies.csv', 'latin1');
    const locations = new Set(
      companies
        .filter((row) => row.city !== '' && row.state_code !== '')
        .map((row) => `${row.city}, ${row.state_code}`),
    );
    expect(locations.size).toBeGreaterThan(1000);
    const notUs = [...locations].filter((location) => iso2Of(location) !== 'US');
    expect(notUs).toEqual([]);
  });

  it('maps every company_location and employee_residence code in both salary files', () => {
    const unmapped = new Set<string>();
    let codes = 0;
    for (const file of ['ai-jobs-net', 'infosec-jobs-com']) {
      const rows = readCsv(`job-titles-salaries/${file}/salaries.csv`);
      for (const column of ['company_location', 'employee_residence']) {
        for (const code of distinctValues(rows, column)) {
          codes++;
          if (iso2Of(code) !== code) unmapped.add(code);
        }
      }
    }
    expect(codes).toBeGreaterThan(100);
    expect([...unmapped]).toEqual([]);
  });

  it("maps every Maven office_location, reading the typo 'Philipines' as the Philippines", () => {
    const locations = distinctValues(readCsv('maven-crm-sales-opportunities/accounts.csv'), 'office_location');
    expect(locations).toContain('Philipines');
    expect(locations.filter((location) => countryInfo(location) === null)).toEqual([]);
    expect(iso2Of('Korea')).toBe('KR');
  });

  it("maps every X Education Country value except blank, 'unknown' and 'Asia/Pacific Region'", () => {
    const countries = distinctValues(readCsv('xeducation-leads/Leads.csv'), 'Country');
    const unmapped = countries.filter((country) => countryInfo(country) === null).sort();
    expect(unmapped).toEqual(['', 'Asia/Pacific Region', 'unknown']);
    expect(countries.length - unmapped.length).toBeGreaterThan(35);
  });
});
