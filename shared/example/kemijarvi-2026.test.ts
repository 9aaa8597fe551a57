import { describe, expect, it } from 'vitest';
import type { ExampleUnit } from './kemijarvi-2026';
import { KEMIJARVI_2026 } from './kemijarvi-2026';

const walk = (unit: ExampleUnit): ExampleUnit[] => [unit, ...(unit.children ?? []).flatMap(walk)];

describe('the built-in example organisation', () => {
  const units = walk(KEMIJARVI_2026);

  it('is the division with its three areas', () => {
    const division = KEMIJARVI_2026.children?.[0];
    expect(division?.name).toBe('Konserni- ja elinvoimapalvelut');
    expect(division?.children?.map((area) => area.name)).toEqual([
      'Hallintopalvelut',
      'Viestintä ja markkinointi',
      'Elinkeino- ja työllisyyspalvelut',
    ]);
  });

  it('holds the nine 2026 rows of the budget, with its own spelling', () => {
    const rows = units.flatMap((unit) => unit.rows ?? []);
    expect(rows).toHaveLength(9);
    expect(rows.filter((row) => row.objective === 'Sopimushallinnan kehittäminen')).toHaveLength(2);
    expect(rows.map((row) => row.actions)).toContain(
      'Laaditaan elinkeino- ja työllisuuspalveluille riskienhallintasuunnitelma',
    );
  });
});
