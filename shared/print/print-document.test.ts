import { describe, expect, it } from 'vitest';
import {
  parseContentsPages,
  parsePrintInfo,
  printReadyCheck,
  withContentsPages,
} from './print-document';

describe('the contents list’s page numbers in a print route', () => {
  it('adds them to a route, replacing any given before', () => {
    expect(withContentsPages('/print/audit?scope=a&year=2026', [2, 3, 5])).toBe(
      '/print/audit?scope=a&year=2026&toc=2.3.5',
    );
    expect(withContentsPages('/print/audit?toc=1.1&year=2026', [4])).toBe(
      '/print/audit?year=2026&toc=4',
    );
    expect(withContentsPages('/print/merge/abc', [2])).toBe('/print/merge/abc?toc=2');
  });

  it('reads back only page numbers', () => {
    expect(parseContentsPages('2.3.5')).toEqual([2, 3, 5]);
    for (const value of [null, '', '2..3', '2.a', '"', '2;alert(1)'])
      expect(parseContentsPages(value)).toBeNull();
  });

  it('waits for exactly the numbers asked for', () => {
    expect(printReadyCheck([2, 3])).toContain('=== "2.3"');
    expect(printReadyCheck(null)).toContain('=== ""');
  });
});

describe('the print info a page gives', () => {
  const info = {
    title: 'Raportti',
    author: 'Kemijärven kaupunki',
    subject: '',
    language: 'sv-FI',
    contents: ['report-summary'],
  };

  it('is parsed from JSON text', () => {
    expect(parsePrintInfo(JSON.stringify(info))).toEqual(info);
  });

  it('refuses what a print route does not write', () => {
    expect(() => parsePrintInfo(null)).toThrow();
    expect(() => parsePrintInfo(JSON.stringify({ ...info, language: 'fi FI' }))).toThrow();
    expect(() => parsePrintInfo(JSON.stringify({ ...info, contents: ['#x'] }))).toThrow();
    expect(() => parsePrintInfo(JSON.stringify({ ...info, extra: 1 }))).toThrow();
  });
});
