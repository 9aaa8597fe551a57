import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  formatDate,
  formatDateForInput,
  isIsoDate,
  parseUserDate,
  toIsoDate,
} from './dates';

describe('parseUserDate', () => {
  it.each([
    ['1.3.2026', '2026-03-01'],
    ['01.03.2026', '2026-03-01'],
    ['31.12.2026', '2026-12-31'],
    ['31.12.2026.', '2026-12-31'],
    [' 29.2.2028 ', '2028-02-29'],
    ['2026-05-04', '2026-05-04'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseUserDate(text)).toBe(iso);
  });

  it.each([
    '31.2.2026',
    '29.2.2026',
    '0.1.2026',
    '32.1.2026',
    '1.13.2026',
    '2026-02-30',
    'huomenna',
    '',
    '1.1.26',
    '1/1/2026',
  ])('refuses %j', (text) => {
    expect(parseUserDate(text)).toBeNull();
  });
});

describe('formatting', () => {
  it('writes Finnish dates without leading zeros and reads them back', () => {
    expect(formatDate('2026-03-05', 'fi')).toBe('5.3.2026');
    expect(formatDate('2026-03-05', 'sv')).toBe('5.3.2026');
    expect(formatDate('2026-03-05', 'en')).toBe('05/03/2026');
    expect(parseUserDate(formatDateForInput('2026-11-09'))).toBe('2026-11-09');
  });

  it('turns a local date into ISO without a time-zone shift', () => {
    expect(toIsoDate(new Date(2026, 0, 1, 0, 5))).toBe('2026-01-01');
    expect(isIsoDate('2026-02-29')).toBe(false);
  });

  it('counts days across a daylight-saving change', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-03-30', '2026-03-28')).toBe(-2);
  });
});
