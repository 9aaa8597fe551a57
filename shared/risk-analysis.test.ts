import { describe, expect, it } from 'vitest';
import { currentLevel, exceedsTolerance, heatMapCells, historyOf, reviewReason } from './risk-analysis';
import { presetMatrix } from './risk-presets';

const assessment = (date: string, likelihood: number, impact: number, kind: 'inherent' | 'residual' = 'inherent', createdAt = `${date}T10:00:00.000Z`) => ({
  date,
  createdAt,
  likelihood,
  impact,
  kind,
  scale: 5 as const,
  deletedAt: null as string | null,
});

const matrix = presetMatrix(5);

describe('current level and trend', () => {
  it('takes the latest assessment of the kind and compares with the one before', () => {
    const history = [assessment('2026-01-10', 2, 2), assessment('2026-05-01', 4, 4), assessment('2026-03-01', 3, 3), assessment('2026-06-01', 1, 1, 'residual')];
    expect(historyOf(history, 'inherent').map((item) => item.date)).toEqual(['2026-05-01', '2026-03-01', '2026-01-10']);
    expect(currentLevel(history, 'inherent', matrix)).toMatchObject({ score: 16, trend: 'up', date: '2026-05-01', band: { name: 'Kriittinen' } });
    expect(currentLevel(history, 'residual', matrix)).toMatchObject({ score: 1, trend: null });
    expect(currentLevel([assessment('2026-01-01', 3, 3), assessment('2026-02-01', 1, 2)], 'inherent', matrix)?.trend).toBe('down');
    expect(currentLevel([assessment('2026-01-01', 2, 3), assessment('2026-02-01', 3, 2)], 'inherent', matrix)?.trend).toBe('same');
    expect(currentLevel([], 'inherent', matrix)).toBeNull();
  });

  it('orders two assessments of the same day by when they were recorded', () => {
    const history = [assessment('2026-02-01', 5, 5, 'inherent', '2026-02-01T09:00:00.000Z'), assessment('2026-02-01', 1, 1, 'inherent', '2026-02-01T15:00:00.000Z')];
    expect(currentLevel(history, 'inherent', matrix)).toMatchObject({ score: 1, trend: 'down' });
  });

  it('uses the risk’s own tolerance when it has one', () => {
    const level = currentLevel([assessment('2026-01-01', 2, 3)], 'inherent', matrix)!;
    expect(level.band.id).toBe('moderate');
    expect(exceedsTolerance({ toleranceOverride: null }, level, matrix)).toBe(false);
    expect(exceedsTolerance({ toleranceOverride: 'moderate' }, level, matrix)).toBe(true);
  });
});

describe('review', () => {
  const risk = (status: 'open' | 'monitoring' | 'closed', reviewDate: string | null) => ({ status, reviewDate });
  it('asks for an assessment when there is none, or the review date has come', () => {
    expect(reviewReason(risk('open', null), [], '2026-06-15')).toBe('notAssessed');
    expect(reviewReason(risk('monitoring', '2026-06-15'), [assessment('2026-01-01', 1, 1)], '2026-06-15')).toBe('reviewDue');
    expect(reviewReason(risk('open', '2026-06-16'), [assessment('2026-01-01', 1, 1)], '2026-06-15')).toBeNull();
    expect(reviewReason(risk('closed', '2026-01-01'), [], '2026-06-15')).toBeNull();
  });
});

describe('heat map', () => {
  it('counts each risk once, in the cell of its latest assessment of the kind', () => {
    const risks = [{ id: 'a', deletedAt: null }, { id: 'b', deletedAt: null }, { id: 'c', deletedAt: null }, { id: 'gone', deletedAt: '2026-01-01T00:00:00.000Z' }];
    const byRisk = new Map([
      ['a', [assessment('2026-01-01', 1, 1), assessment('2026-02-01', 5, 4)]],
      ['b', [assessment('2026-02-01', 5, 4)]],
      ['c', [assessment('2026-02-01', 2, 2, 'residual')]],
      ['gone', [assessment('2026-02-01', 5, 4)]],
    ]);
    const cells = heatMapCells(risks, byRisk, matrix, 'inherent');
    expect(cells).toHaveLength(5);
    expect(cells[0]?.map((cell) => cell.likelihood)).toEqual([5, 5, 5, 5, 5]);
    expect(cells[0]?.[3]).toMatchObject({ likelihood: 5, impact: 4, score: 20, riskIds: ['a', 'b'] });
    expect(cells.flat().reduce((sum, cell) => sum + cell.riskIds.length, 0)).toBe(2);
    expect(heatMapCells(risks, byRisk, matrix, 'residual').flat().find((cell) => cell.riskIds.length)?.riskIds).toEqual(['c']);
  });
});
