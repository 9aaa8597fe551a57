import type { Indicator } from '../domain/indicator';

/** An indicator record for the pure tests (imported only by *.test.ts files). */
export const indicatorRecord = (
  id: string,
  actionId: string,
  judgement: Indicator['judgement'],
  type: Indicator['type'] = 'number',
  extra: Partial<Indicator> = {},
): Indicator => ({
  id,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: 'Testaaja',
  rev: 1,
  deletedAt: null,
  actionId,
  unitId: 'a',
  year: 2026,
  text: `Mittari ${id}`,
  type,
  unit: '',
  upTo100: false,
  baseline: null,
  target: null,
  higherIsBetter: null,
  values: [],
  judgement,
  sortOrder: 0,
  ...extra,
});
