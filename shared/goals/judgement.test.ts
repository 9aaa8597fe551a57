import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Indicator, IndicatorReading, Judgement } from '../domain/indicator';
import { JUDGEMENTS } from '../domain/indicator';
import {
  judgeRow,
  latestReading,
  ruleJudgement,
  countJudgements,
  suggestJudgement,
} from './judgement';

const reading = (date: string, value: IndicatorReading['value'], at = `${date}T12:00:00.000Z`) => ({
  id: crypto.randomUUID(),
  date,
  value,
  by: 'Laura Controller',
  at,
});

type Measured = Pick<Indicator, 'type' | 'baseline' | 'target' | 'higherIsBetter' | 'values'>;
const measured = (overrides: Partial<Measured>): Measured => ({
  type: 'number',
  baseline: null,
  target: null,
  higherIsBetter: null,
  values: [],
  ...overrides,
});

describe('suggestJudgement', () => {
  it('judges a figure against its target, more being better unless said otherwise', () => {
    const jobs = measured({ target: 20, baseline: 12 });
    expect(suggestJudgement({ ...jobs, values: [reading('2026-12-31', 20)] })).toBe('met');
    expect(suggestJudgement({ ...jobs, values: [reading('2026-12-31', 25)] })).toBe('met');
    expect(suggestJudgement({ ...jobs, values: [reading('2026-12-31', 15)] })).toBe('partlyMet');
    expect(suggestJudgement({ ...jobs, values: [reading('2026-12-31', 12)] })).toBe('notMet');
    expect(suggestJudgement({ ...jobs, values: [reading('2026-12-31', 8)] })).toBe('notMet');
  });

  it('turns the comparison round where less is better', () => {
    const loans = measured({ type: 'euros', target: 5000, baseline: 6200, higherIsBetter: false });
    expect(suggestJudgement({ ...loans, values: [reading('2026-12-31', 4800)] })).toBe('met');
    expect(suggestJudgement({ ...loans, values: [reading('2026-12-31', 5600)] })).toBe('partlyMet');
    expect(suggestJudgement({ ...loans, values: [reading('2026-12-31', 6400)] })).toBe('notMet');
  });

  it('without a baseline, a figure short of its target is not met', () => {
    const share = measured({ type: 'percentage', target: 60 });
    expect(suggestJudgement({ ...share, values: [reading('2026-12-31', 59.9)] })).toBe('notMet');
  });

  it('uses the newest value: by the date it describes, then by entry time', () => {
    const values = [
      reading('2026-12-31', 30, '2027-01-05T08:00:00.000Z'),
      reading('2026-06-30', 10, '2027-01-06T08:00:00.000Z'),
      reading('2026-12-31', 5, '2027-01-04T08:00:00.000Z'),
    ];
    expect(latestReading(values)?.value).toBe(30);
    expect(suggestJudgement(measured({ target: 20, values }))).toBe('met');
  });

  it('yes/no is met when the answer is the target (yes unless set), a date when not late', () => {
    const done = measured({ type: 'yesNo' });
    expect(suggestJudgement({ ...done, values: [reading('2026-12-31', true)] })).toBe('met');
    expect(suggestJudgement({ ...done, values: [reading('2026-12-31', false)] })).toBe('notMet');
    const byApril = measured({ type: 'date', target: '2026-04-30' });
    expect(suggestJudgement({ ...byApril, values: [reading('2026-05-02', '2026-04-30')] })).toBe(
      'met',
    );
    expect(suggestJudgement({ ...byApril, values: [reading('2026-05-02', '2026-05-02')] })).toBe(
      'notMet',
    );
  });

  it('suggests nothing for a text, a missing target or a missing value', () => {
    expect(
      suggestJudgement(measured({ type: 'text', values: [reading('2026-12-31', 'Hyvä')] })),
    ).toBeNull();
    expect(suggestJudgement(measured({ values: [reading('2026-12-31', 4)] }))).toBeNull();
    expect(suggestJudgement(measured({ target: 4 }))).toBeNull();
  });
});

const judgements = (list: (Judgement | null)[]) => list.map((judgement) => ({ judgement }));
const anyJudgement = fc.constantFrom<Judgement | null>(...JUDGEMENTS, null);

describe('a goal row by its indicators', () => {
  it('is met only when every indicator is met', () => {
    fc.assert(
      fc.property(fc.array(anyJudgement, { minLength: 1, maxLength: 12 }), (list) => {
        const row = judgeRow(judgements(list), null);
        expect(row.derived === 'met').toBe(list.every((item) => item === 'met'));
      }),
    );
  });

  it('waits while any indicator is unjudged, and does not depend on their order', () => {
    fc.assert(
      fc.property(fc.array(anyJudgement, { minLength: 1, maxLength: 12 }), (list) => {
        const derived = ruleJudgement(countJudgements(judgements(list)));
        if (list.includes(null)) expect(derived).toBeNull();
        else expect(derived).not.toBeNull();
        expect(ruleJudgement(countJudgements(judgements([...list].reverse())))).toBe(derived);
      }),
    );
  });

  it('names the cases between', () => {
    const rule = (list: Judgement[]) => judgeRow(judgements(list), null).derived;
    expect(rule(['met', 'notMet'])).toBe('partlyMet');
    expect(rule(['met', 'notAssessable'])).toBe('partlyMet');
    expect(rule(['notMet', 'notAssessable'])).toBe('notMet');
    expect(rule(['notAssessable', 'notAssessable'])).toBe('notAssessable');
    expect(rule(['partlyMet', 'notMet'])).toBe('partlyMet');
    expect(rule([])).toBeNull();
  });

  it('gives the counts as the reason, and lets a written override stand over the rule', () => {
    const override = {
      judgement: 'met' as const,
      reason: 'Mittari mittasi väärää asiaa; tavoite saavutettiin.',
      by: 'Laura Controller',
      at: '2027-01-10T10:00:00.000Z',
    };
    const row = judgeRow(judgements(['met', 'notMet', 'met']), override);
    expect(row).toEqual({
      derived: 'partlyMet',
      counts: { met: 2, partlyMet: 0, notMet: 1, notAssessable: 0, pending: 0 },
      effective: 'met',
      overridden: true,
    });
  });
});
