import { describe, expect, it } from 'vitest';
import { adviceFor, hasAdvice } from './error-catalogue';

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

  it('falls back by HTTP status for codes it does not know', () => {
    expect(adviceFor('SDRS.9999', 503).cause).toMatch(/failed while answering/);
    expect(adviceFor('HTTP.502').cause).toMatch(/failed while answering/);
    expect(adviceFor('SDRS.9999', 400).cause).toMatch(/refused/);
  });
});
