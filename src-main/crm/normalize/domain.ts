/**
 * Company domains from website cells and email addresses.
 * `https://www.Acme.com/about` → `acme.com`. Free-mail domains (gmail.com,
 * outlook.com, yahoo.com, …) say nothing about the employer and never count
 * as a company domain, and a social profile URL in a website column is not
 * the company's site either.
 *
 * The free-mail list is the installed `email-providers` package (~8.7k
 * domains, default export = its all.json), plus a few privacy providers it
 * lacks. It also lists a few legacy mail services that are companies too
 * (facebook.com, about.com): addresses there never yield a company domain.
 */
import emailProviders from 'email-providers';
import { presentValue } from './missing';

const MISSING_FROM_PACKAGE = ['fastmail.com', 'tutanota.com', 'tuta.io', 'pm.me', 'duck.com'];
const FREE_EMAIL_DOMAINS: ReadonlySet<string> = new Set([...emailProviders, ...MISSING_FROM_PACKAGE]);

/** Sites whose URLs point at a profile page, not at the company's own site (compared on the last two labels). */
const PROFILE_SITES: readonly string[] = [
  'linkedin.com', 'facebook.com', 'twitter.com', 'x.com', 'instagram.com', 'youtube.com', 'crunchbase.com',
  'angel.co', 'wellfound.com', 'github.com', 'xing.com',
];
/** PROFILE_SITES by length, so a host is compared with at most two of them and nothing is sliced. */
const PROFILE_SITES_BY_LENGTH: readonly (readonly string[])[] = PROFILE_SITES.reduce<string[][]>((table, site) => {
  (table[site.length] ??= []).push(site);
  return table;
}, []);

const UNICODE_HOST = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}][\p{L}\p{N}-]*[\p{L}\p{N}]$/u;

// These run once or twice per imported row, so they walk characters instead of
// chaining regular expressions (measured ~1.5 µs per website with regexes).

const enum Char {
  Hyphen = 45,
  Dot = 46,
  Slash = 47,
  Digit0 = 48,
  Digit9 = 57,
  Colon = 58,
  Question = 63,
  At = 64,
  UpperA = 65,
  UpperZ = 90,
  Backslash = 92,
  LowerA = 97,
  LowerZ = 122,
  Hash = 35,
  Space = 32,
}

function isLetter(code: number): boolean {
  return (code >= Char.LowerA && code <= Char.LowerZ) || (code >= Char.UpperA && code <= Char.UpperZ);
}

function isLabelChar(code: number): boolean {
  return isLetter(code) || isDigit(code) || code === Char.Hyphen;
}

const NOT_A_HOST = -1;
const LOWER_CASE_HOST = 0;
const MIXED_CASE_HOST = 1;

/**
 * Checks text[start, end) is a host name with at least two labels, no label
 * starting or ending with `-`, and a top-level label that starts with a letter
 * (so IP addresses and `localhost` are refused). Non-ASCII names go through
 * the Unicode pattern. Returns NOT_A_HOST, or whether it needs lower-casing.
 */
function checkHost(text: string, start: number, end: number): number {
  let labels = 0;
  let labelStart = start;
  let upper = false;
  for (let i = start; i <= end; i++) {
    const code = i < end ? text.charCodeAt(i) : Char.Dot;
    if (code === Char.Dot) {
      if (i === labelStart) return NOT_A_HOST;
      if (text.charCodeAt(labelStart) === Char.Hyphen || text.charCodeAt(i - 1) === Char.Hyphen) return NOT_A_HOST;
      labels++;
      if (i === end) {
        const valid = labels >= 2 && i - labelStart >= 2 && isLetter(text.charCodeAt(labelStart));
        return !valid ? NOT_A_HOST : upper ? MIXED_CASE_HOST : LOWER_CASE_HOST;
      }
      labelStart = i + 1;
    } else if (code >= Char.UpperA && code <= Char.UpperZ) {
      upper = true;
    } else if (!isLabelChar(code)) {
      return code > 127 && UNICODE_HOST.test(text.slice(start, end)) ? MIXED_CASE_HOST : NOT_A_HOST;
    }
  }
  return NOT_A_HOST;
}

/** text[start, end) lower-cased, or null when it is not a host name. */
function hostAt(text: string, start: number, end: number): string | null {
  const check = checkHost(text, start, end);
  if (check === NOT_A_HOST) return null;
  const host = text.slice(start, end);
  return check === MIXED_CASE_HOST ? host.toLowerCase() : host;
}

function isWww(text: string, at: number): boolean {
  return (text.charCodeAt(at) | 32) === 119 && (text.charCodeAt(at + 1) | 32) === 119 && (text.charCodeAt(at + 2) | 32) === 119;
}

function isDigit(code: number): boolean {
  return code >= Char.Digit0 && code <= Char.Digit9;
}

function isProfileSite(host: string): boolean {
  const siteStart = host.lastIndexOf('.', host.lastIndexOf('.') - 1) + 1;
  const candidates = PROFILE_SITES_BY_LENGTH[host.length - siteStart];
  return candidates !== undefined && candidates.some((site) => host.startsWith(site, siteStart));
}

export function isFreeEmailDomain(domain: string): boolean {
  return FREE_EMAIL_DOMAINS.has(domain.toLowerCase());
}

/** Lower-cased host without scheme, `www.`, user info, port, path or trailing dot; null when it is not a host name. */
export function normalizeDomain(websiteOrDomain: string | null | undefined): string | null {
  const text = presentValue(websiteOrDomain);
  if (text === null) return null;
  let start = 0;
  let end = text.length;
  const scheme = text.indexOf('://');
  if (scheme > 0 && scheme <= 10) start = scheme + 3;
  else if (text.startsWith('//')) start = 2;
  else if (!text.includes('/')) {
    // An email address pasted into a website column.
    const at = text.lastIndexOf('@');
    if (at >= 0) start = at + 1;
  }
  let userInfoEnd = -1;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === Char.Slash || code === Char.Question || code === Char.Hash || code === Char.Backslash || code <= Char.Space) {
      end = i;
      break;
    }
    if (code === Char.At) userInfoEnd = i;
  }
  if (userInfoEnd >= 0) start = userInfoEnd + 1;
  const port = text.indexOf(':', start);
  if (port >= 0 && port < end) end = port;
  if (end > start && text.charCodeAt(end - 1) === Char.Dot) end--;
  if (end - start > 4 && isWww(text, start)) {
    const afterW = start + 3;
    if (text.charCodeAt(afterW) === Char.Dot) start = afterW + 1;
    else if (isDigit(text.charCodeAt(afterW)) && text.charCodeAt(afterW + 1) === Char.Dot) start = afterW + 2;
  }
  const host = hostAt(text, start, end);
  return host === null || isProfileSite(host) ? null : host;
}

/** The domain of an email address, or null for free-mail providers and malformed addresses. */
export function emailDomain(email: string | null | undefined): string | null {
  const text = presentValue(email);
  return text === null ? null : domainOfAddress(text);
}

/** emailDomain for an address already trimmed (the per-row path, which has done that). */
export function domainOfAddress(text: string): string | null {
  const at = text.lastIndexOf('@');
  if (at <= 0) return null;
  let end = text.length;
  while (end > at + 1) {
    const code = text.charCodeAt(end - 1);
    if (code !== 62 /* > */ && code !== Char.Dot) break;
    end--;
  }
  const domain = hostAt(text, at + 1, end);
  return domain === null || FREE_EMAIL_DOMAINS.has(domain) ? null : domain;
}
