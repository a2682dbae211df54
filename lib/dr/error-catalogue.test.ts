import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adviceFor, hasAdvice } from './error-catalogue';

/**
 * The codes the console itself can produce, found in its source: `CONSOLE.*`, `NET.*` and the
 * `EVS.<WORD>` codes it makes up for the deprecated pair API (the cloud's own EVS codes are numeric).
 */
function codesTheConsoleProduces(): string[] {
  const root = path.resolve(import.meta.dirname, '../..');
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        for (const m of fs.readFileSync(full, 'utf8').matchAll(/['"`]((?:CONSOLE|NET|EVS)\.[A-Z][A-Z_]*)['"`]/g))
          found.add(m[1] ?? '');
      }
    }
  };
  for (const dir of ['lib', 'app', 'components']) walk(path.join(root, dir));
  return [...found].sort();
}

/**
 * The codes reference §2.6 lists for the create operations' preconditions, and the EVS pair
 * failure_detail codes of §3.1: each needs its own cause and remedy.
 */
const CREATE_CODES = [
  'SDRS.0201',
  'SDRS.0202',
  'SDRS.0212',
  'SDRS.0219',
  'SDRS.0305',
  'SDRS.0306',
  'SDRS.1013',
  'SDRS.1024',
  'SDRS.1303',
  'SDRS.1304',
  'SDRS.1305',
  'SDRS.1306',
  'SDRS.1323',
  'SDRS.1326',
  'SDRS.1333',
  'SDRS.1334',
  'SDRS.1335',
  'SDRS.1339',
  'SDRS.1353',
  'SDRS.1356',
  'SDRS.1358',
  'SDRS.1801',
  'SDRS.1802',
  'SDRS.1806',
  'SDRS.1810',
  'SDRS.1811',
  'SDRS.2203',
  'SDRS.2204',
  'SDRS.2205',
  'SDRS.2207',
  'SDRS.2209',
  'EVS.2024',
];
const EVS_FAILURE_DETAILS = [
  '37100041',
  '37100043',
  '37100044',
  '37100045',
  '37100048',
  '37100050',
  '37100053',
  '37100054',
  '37100058',
  '37100177',
  '37100178',
  '37000212',
  '37000216',
];

describe('error catalogue', () => {
  it.each([...CREATE_CODES, ...EVS_FAILURE_DETAILS])('explains %s with a cause and a remedy', (code) => {
    expect(hasAdvice(code)).toBe(true);
    const advice = adviceFor(code);
    expect(advice.cause.length).toBeGreaterThan(10);
    expect(advice.remedy.length).toBeGreaterThan(10);
    expect(advice.cause).not.toBe(advice.remedy);
  });

  it('explains every code the console itself can produce', () => {
    const codes = codesTheConsoleProduces();
    expect(codes).toEqual(expect.arrayContaining(['CONSOLE.OUTCOME_UNKNOWN', 'NET.UNREACHABLE', 'EVS.GONE']));
    for (const code of codes) expect(hasAdvice(code), code).toBe(true);
  });

  it('falls back by HTTP status for codes it does not know', () => {
    expect(adviceFor('SDRS.9999', 503).cause).toMatch(/failed while answering/);
    expect(adviceFor('HTTP.502').cause).toMatch(/failed while answering/);
    expect(adviceFor('SDRS.9999', 400).cause).toMatch(/refused/);
  });
});
