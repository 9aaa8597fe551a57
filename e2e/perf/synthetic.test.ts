import { describe, expect, it } from 'vitest';
import { ControlActionSchema } from '../../shared/domain/control-action';
import { syntheticActions } from './synthetic';

describe('the synthetic data set', () => {
  it('is deterministic and every record passes the schema', () => {
    const first = syntheticActions('11111111-1111-4111-8111-111111111111', 2026, 500);
    expect(syntheticActions('11111111-1111-4111-8111-111111111111', 2026, 500)).toEqual(first);
    expect(new Set(first.map((row) => row.id)).size).toBe(500);
    for (const row of first) expect(ControlActionSchema.safeParse(row).success).toBe(true);
  });
});
