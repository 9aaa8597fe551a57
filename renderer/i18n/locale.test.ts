import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../../shared/dates';
import { i18next, initI18n } from '.';
import { formatNumber, formatPercent, localeOf, toLanguage } from './locale';

/** Intl writes a no-break space between groups and before %; tests read it as a space. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('numbers, percentages and dates in the chosen language', () => {
  it('writes decimals and large numbers the way each language does, years as they are', () => {
    expect(plain(formatNumber(123456.5, 'fi'))).toBe('123 456,5');
    expect(plain(formatNumber(123456.5, 'sv'))).toBe('123 456,5');
    expect(formatNumber(123456.5, 'en')).toBe('123,456.5');
    expect(['fi', 'sv', 'en'].map((language) => formatNumber(2026, language))).toEqual([
      '2026',
      '2026',
      '2026',
    ]);
  });

  it('writes a share as a whole percentage', () => {
    expect(plain(formatPercent(0.4375, 'fi'))).toBe('44 %');
    expect(plain(formatPercent(0.4375, 'sv'))).toBe('44 %');
    expect(formatPercent(0.4375, 'en')).toBe('44%');
  });

  it('treats an unknown language as Finnish', () => {
    expect(toLanguage('de')).toBe('fi');
    expect(toLanguage(undefined)).toBe('fi');
    expect(localeOf('sv')).toBe('sv-FI');
    expect(localeOf('en')).toBe('en-GB');
  });

  it('shows dates as each language writes them', () => {
    expect(formatDate('2026-09-30', 'fi')).toBe('30.9.2026');
    expect(formatDate('2026-09-30', 'sv')).toBe('30.9.2026');
    expect(formatDate('2026-09-30', 'en')).toBe('30/09/2026');
    expect(formatDateTime('2026-09-30T09:05:00', 'fi')).toBe('30.9.2026 09.05');
    expect(formatDateTime('2026-09-30T09:05:00', 'en')).toBe('30/09/2026 09:05');
  });
});

describe('numbers put into translated texts', () => {
  beforeAll(async () => {
    await initI18n('fi');
  });
  afterAll(async () => {
    await i18next.changeLanguage('fi');
  });

  it('are formatted for the language of the text, and other values are left as they are', async () => {
    expect(plain(i18next.t('validation.tooLong', { max: 10000 }))).toContain('10 000');
    await i18next.changeLanguage('en');
    expect(i18next.t('validation.tooLong', { max: 10000 })).toContain('10,000');
    expect(i18next.t('app.profileLabel', { name: 'Maija', role: 'Controller' })).toContain('Maija');
  });
});
