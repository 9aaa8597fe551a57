import { describe, expect, it } from 'vitest';
import type { Indicator } from '../domain/indicator';
import { parseIndicatorValue } from './indicator-values';

type Measure = Pick<Indicator, 'type' | 'unit' | 'upTo100'>;
const measure = (type: Measure['type'], unit = '', upTo100 = true): Measure => ({
  type,
  unit,
  upTo100,
});

describe('parseIndicatorValue', () => {
  it('reads figures as Finns type them', () => {
    const count = measure('number', 'kpl');
    expect(parseIndicatorValue(count, '1 234,5')).toEqual({ ok: true, value: 1234.5 });
    expect(parseIndicatorValue(count, '1\u00a0234')).toEqual({ ok: true, value: 1234 });
    expect(parseIndicatorValue(count, '12.75')).toEqual({ ok: true, value: 12.75 });
    expect(parseIndicatorValue(count, '−3')).toEqual({ ok: true, value: -3 });
    expect(parseIndicatorValue(count, '40 kpl')).toEqual({ ok: true, value: 40 });
    expect(parseIndicatorValue(measure('percentage'), '68,5 %')).toEqual({ ok: true, value: 68.5 });
    expect(parseIndicatorValue(measure('euros', '€/asukas'), '2 950 €/asukas')).toEqual({
      ok: true,
      value: 2950,
    });
    expect(parseIndicatorValue(measure('euros'), '1200 €')).toEqual({ ok: true, value: 1200 });
  });

  it('refuses text in a figure, a figure in another unit, and a share over 100 %', () => {
    expect(parseIndicatorValue(measure('number'), 'noin kymmenen')).toEqual({
      ok: false,
      message: 'goals.values.errors.notNumber',
    });
    expect(parseIndicatorValue(measure('number', 'kpl'), '12 km')).toEqual({
      ok: false,
      message: 'goals.values.errors.otherUnit?given=km&unit=kpl',
    });
    expect(parseIndicatorValue(measure('percentage'), '120 %')).toEqual({
      ok: false,
      message: 'goals.values.errors.percentRange',
    });
    expect(parseIndicatorValue(measure('percentage', '', false), '120 %')).toEqual({
      ok: true,
      value: 120,
    });
    expect(parseIndicatorValue(measure('number'), '')).toEqual({
      ok: false,
      message: 'goals.values.errors.empty',
    });
  });

  it('reads yes/no in three languages, dates as d.M.yyyy, and keeps text as typed', () => {
    expect(parseIndicatorValue(measure('yesNo'), 'Kyllä')).toEqual({ ok: true, value: true });
    expect(parseIndicatorValue(measure('yesNo'), 'nej')).toEqual({ ok: true, value: false });
    expect(parseIndicatorValue(measure('yesNo'), 'ehkä')).toEqual({
      ok: false,
      message: 'goals.values.errors.notYesNo',
    });
    expect(parseIndicatorValue(measure('date'), '30.4.2026')).toEqual({
      ok: true,
      value: '2026-04-30',
    });
    expect(parseIndicatorValue(measure('date'), '31.2.2026')).toEqual({
      ok: false,
      message: 'goals.values.errors.notDate',
    });
    expect(parseIndicatorValue(measure('text'), '  Palaute hyvää ')).toEqual({
      ok: true,
      value: 'Palaute hyvää',
    });
    expect(parseIndicatorValue(measure('text'), 'x'.repeat(10_000_000)).ok).toBe(false);
  });
});
