import { describe, expect, it } from 'vitest';
import {
  companyNameKey,
  emailDomain,
  isMissingValue,
  normalizeDomain,
  parseEmployees,
  parseFlag,
  parseRevenue,
  parseScore,
  presentValue,
  splitList,
} from '../../../src-main/crm/index';

describe('missing markers', () => {
  it.each(['', '   ', 'Select', 'select', 'N/A', 'n/a', '#N/A', 'null', 'NULL', '-', '--', ' \t'])('treats %j as missing', (value) => {
    expect(isMissingValue(value)).toBe(true);
    expect(presentValue(value)).toBeNull();
  });

  it.each(['0', 'No', 'none', 'Selected', 'N/A Corp', '---x'])('keeps %j as a value', (value) => {
    expect(presentValue(value)).toBe(value);
  });

  it('trims what it keeps', () => {
    expect(presentValue('  Jonas ')).toBe('Jonas');
    expect(presentValue('\u00a0Acme\u00a0')).toBe('Acme');
  });
});

describe('parseEmployees', () => {
  it('reads plain integers, with or without thousands separators', () => {
    expect(parseEmployees('60')).toEqual({ value: 60, min: 60, max: 60, label: '60' });
    expect(parseEmployees('1,200')).toEqual({ value: 1200, min: 1200, max: 1200, label: '1200' });
    expect(parseEmployees('210')).toMatchObject({ value: 210 });
    expect(parseEmployees('100000.0')).toMatchObject({ value: 100000 });
  });

  it('reads bands to their midpoint', () => {
    expect(parseEmployees('51-200')).toEqual({ value: 126, min: 51, max: 200, label: '51-200' });
    expect(parseEmployees('201 - 500')).toEqual({ value: 351, min: 201, max: 500, label: '201-500' });
    expect(parseEmployees('1,001-5,000')).toEqual({ value: 3001, min: 1001, max: 5000, label: '1001-5000' });
    expect(parseEmployees('11-50 employees')).toMatchObject({ min: 11, max: 50 });
  });

  it("reads HubSpot's contact bands with shared bounds", () => {
    expect(parseEmployees('5-25')).toEqual({ value: 15, min: 5, max: 25, label: '5-25' });
    expect(parseEmployees('25-50')).toMatchObject({ min: 25, max: 50 });
  });

  it('reads open bands to their lower bound', () => {
    expect(parseEmployees('10,001+')).toEqual({ value: 10001, min: 10001, max: null, label: '10001+' });
    expect(parseEmployees('10000+')).toEqual({ value: 10000, min: 10000, max: null, label: '10000+' });
    expect(parseEmployees('1000+')).toMatchObject({ value: 1000, max: null });
  });

  it('reads Apollo "51,200" as the band 51–200, not fifty-one thousand', () => {
    expect(parseEmployees('51,200')).toEqual({ value: 126, min: 51, max: 200, label: '51-200' });
    expect(parseEmployees('201,500')).toMatchObject({ min: 201, max: 500 });
    expect(parseEmployees('1,10')).toMatchObject({ min: 1, max: 10 });
    expect(parseEmployees('5001,10000')).toMatchObject({ min: 5001, max: 10000 });
  });

  it('reads one-person words as 1', () => {
    expect(parseEmployees('Self-employed')).toEqual({ value: 1, min: 1, max: 1, label: '1' });
    expect(parseEmployees('Myself only')).toMatchObject({ value: 1 });
  });

  it('gives null for text that is no count', () => {
    expect(parseEmployees('abc')).toBeNull();
    expect(parseEmployees('')).toBeNull();
    expect(parseEmployees('Select')).toBeNull();
    expect(parseEmployees('500-100')).toBeNull();
  });
});

describe('parseRevenue', () => {
  it.each([
    ['2924000', 2_924_000],
    ['$5,000,000.00', 5_000_000],
    ['5M', 5_000_000],
    ['1.2B', 1_200_000_000],
    ['250k', 250_000],
    ['€3,5 Mio', 3_500_000],
    ['5.000.000,00 €', 5_000_000],
    ['1 234 567', 1_234_567],
    ['US$ 2.5 million', 2_500_000],
    ['29805000', 29_805_000],
    ['1100.04', 1100.04],
    ['12,5', 12.5],
    ['1,200', 1200],
    ['$1M-$10M', 5_500_000],
    ['$1B+', 1_000_000_000],
  ])('reads %j as %d', (text, amount) => {
    expect(parseRevenue(text)).toBeCloseTo(amount, 6);
  });

  it('refuses a comma that could be a decimal or a thousands mark before a scale word', () => {
    expect(parseRevenue('1,500 Mio')).toBeNull();
  });

  it('gives null for text that is no amount', () => {
    expect(parseRevenue('abc')).toBeNull();
    expect(parseRevenue('N/A')).toBeNull();
    expect(parseRevenue('5 apples')).toBeNull();
  });
});

describe('parseFlag', () => {
  it.each(['yes', 'Yes', 'TRUE', 'true', '1', 'y', 'x', 'checked', 'Ja'])('reads %j as true', (text) => {
    expect(parseFlag(text)).toBe(true);
  });

  it.each(['no', 'No', 'FALSE', '0', 'n', 'unchecked', '0.0'])('reads %j as false', (text) => {
    expect(parseFlag(text)).toBe(false);
  });

  it('reads a date as true: the event happened', () => {
    expect(parseFlag('2018-02-26 19:58:54')).toBe(true);
    expect(parseFlag('2024-03-12 09:14')).toBe(true);
    expect(parseFlag('3/15/2024 2:30 PM')).toBe(true);
    expect(parseFlag('15.03.2024')).toBe(true);
    expect(parseFlag('15 Mar 2024')).toBe(true);
    expect(parseFlag('2025-04-16T09:35:29+00:00')).toBe(true);
  });

  it('reads a count above zero as true', () => {
    expect(parseFlag('3')).toBe(true);
  });

  it('gives null for empty cells and unknown words', () => {
    expect(parseFlag('')).toBeNull();
    expect(parseFlag('maybe')).toBeNull();
  });
});

describe('parseScore', () => {
  it('keeps numbers on their own scale', () => {
    expect(parseScore('85')).toBe(85);
    expect(parseScore('0.73')).toBe(0.73);
    expect(parseScore('85%')).toBe(85);
  });

  it('reads Salesforce ratings Hot/Warm/Cold as 90/60/30', () => {
    expect(parseScore('Hot')).toBe(90);
    expect(parseScore('Warm')).toBe(60);
    expect(parseScore('cold')).toBe(30);
  });

  it("reads X Education's ordinal labels by their word", () => {
    expect(parseScore('01.High')).toBe(90);
    expect(parseScore('02.Medium')).toBe(60);
    expect(parseScore('03.Low')).toBe(30);
    expect(parseScore('04.Other')).toBe(4);
  });

  it('gives null for words that are no rating', () => {
    expect(parseScore('Active')).toBeNull();
    expect(parseScore('')).toBeNull();
  });
});

describe('normalizeDomain', () => {
  it.each([
    ['https://www.Acme.com/about', 'acme.com'],
    ['http://www.bizcon.in', 'bizcon.in'],
    ['https://easyaerial.com', 'easyaerial.com'],
    ['acme.com', 'acme.com'],
    ['ACME.COM.', 'acme.com'],
    ['bluebay.example', 'bluebay.example'],
    ['www2.example.org:8080/x?y=1', 'example.org'],
    ['https://user:pw@shop.acme.co.uk/', 'shop.acme.co.uk'],
    ['jane@acme.com', 'acme.com'],
    ['münchen.de', 'münchen.de'],
  ])('reads %j as %j', (text, domain) => {
    expect(normalizeDomain(text)).toBe(domain);
  });

  it('refuses text that is no host name and profile pages', () => {
    expect(normalizeDomain('not a url')).toBeNull();
    expect(normalizeDomain('N/A')).toBeNull();
    expect(normalizeDomain('192.168.0.1')).toBeNull();
    expect(normalizeDomain('localhost')).toBeNull();
    expect(normalizeDomain('https://www.linkedin.com/company/acme')).toBeNull();
  });
});

describe('emailDomain', () => {
  it("gives a work address's domain", () => {
    expect(emailDomain('jane@acme.com')).toBe('acme.com');
    expect(emailDomain('Jane.Doe@Sub.Acme.IO')).toBe('sub.acme.io');
  });

  it.each(['a@gmail.com', 'b@yahoo.com', 'c@outlook.com', 'd@hotmail.com', 'e@icloud.com', 'f@gmx.de', 'g@web.de', 'h@aol.com', 'i@protonmail.com'])(
    'never counts the free-mail provider of %j as a company domain',
    (email) => {
      expect(emailDomain(email)).toBeNull();
    },
  );

  it('gives null for malformed addresses', () => {
    expect(emailDomain('bad')).toBeNull();
    expect(emailDomain('@acme.com')).toBeNull();
    expect(emailDomain('jane@')).toBeNull();
  });
});

describe('companyNameKey', () => {
  it.each([
    ['Acme, Inc.', 'acme'],
    ['ACME Incorporated', 'acme'],
    ['Acmé', 'acme'],
    ['The Acme Company', 'acme'],
    ['Acme LLC', 'acme'],
    ['Acme Ltd', 'acme'],
    ['Acme GmbH & Co. KG', 'acme'],
    ['Acme S.A.', 'acme'],
    ['Acme Pvt. Ltd.', 'acme'],
    ['ASUJA eSERV PRIVATE LIMITED', 'asujaeserv'],
    ['Acme Corporation', 'acme'],
    ['Acme Corp', 'acme'],
    ['Smith & Co', 'smith'],
    ['Société Générale S.A.', 'societegenerale'],
    ['Straße AG', 'strasse'],
  ])('reads %j as %j', (name, key) => {
    expect(companyNameKey(name)).toBe(key);
  });

  it('keeps words that only look like legal forms inside a name', () => {
    expect(companyNameKey('Johnson & Johnson')).toBe('johnsonandjohnson');
    expect(companyNameKey('Coca-Cola Co')).toBe('cocacola');
    expect(companyNameKey('J.P. Morgan')).toBe('jpmorgan');
  });

  it('makes spacing irrelevant', () => {
    expect(companyNameKey('Face Book')).toBe(companyNameKey('Facebook'));
  });

  it('keeps a name that is only a legal form', () => {
    expect(companyNameKey('Inc')).toBe('inc');
  });

  it('gives null for a missing name', () => {
    expect(companyNameKey('')).toBeNull();
    expect(companyNameKey('N/A')).toBeNull();
    expect(companyNameKey('---')).toBeNull();
  });
});

describe('splitList', () => {
  it('splits comma lists and drops empty items', () => {
    expect(splitList('Gmail, , Android')).toEqual(['Gmail', 'Android']);
    expect(splitList('Outlook, Nginx, Google Tag Manager')).toEqual(['Outlook', 'Nginx', 'Google Tag Manager']);
  });

  it('splits on ; only when the cell uses it, so labels with commas survive', () => {
    expect(splitList('Health, Wellness and Fitness;Retail')).toEqual(['Health, Wellness and Fitness', 'Retail']);
  });

  it('gives an empty list for a missing cell', () => {
    expect(splitList('')).toEqual([]);
    expect(splitList('N/A')).toEqual([]);
  });
});
