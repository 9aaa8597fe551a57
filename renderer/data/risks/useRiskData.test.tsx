import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseProvider } from '../core/DatabaseProvider';
import { ValvoDatabase } from '../core/database';
import { CITY, assessment, id, risk } from '../../../shared/worklists/register.test-support';
import type { RisksWithAssessments } from './useRiskData';
import { useRisksWithAssessments } from './useRiskData';

afterEach(cleanup);

let databaseCount = 0;

/** Two units with two assessed risks each, written behind the app (a read-only test). */
const seed = async () => {
  databaseCount += 1;
  const name = `risk-data-${databaseCount}`;
  const db = new ValvoDatabase(name);
  const risks = [risk(12), risk(12), risk(21), risk(21)];
  await db.units.bulkAdd(CITY);
  await db.risks.bulkAdd(risks);
  await db.assessments.bulkAdd(
    risks.flatMap((each) => [
      assessment(each.id, 'inherent', 3, 3),
      assessment(each.id, 'residual', 2, 2),
    ]),
  );
  db.close();
  return name;
};

const Probe = ({ unitIds, seen }: { unitIds: string[]; seen: RisksWithAssessments[] }) => {
  const result = useRisksWithAssessments(unitIds);
  if (result) seen.push(result);
  return null;
};

describe('risks read with their assessments', () => {
  it('never pair one unit’s risks with another’s assessments while the units change', async () => {
    const name = await seed();
    const seen: RisksWithAssessments[] = [];
    const view = (unitIds: string[]) => (
      <DatabaseProvider name={name}>
        <Probe unitIds={unitIds} seen={seen} />
      </DatabaseProvider>
    );
    const { rerender } = render(view([id(12)]));
    await waitFor(() => expect(seen.at(-1)?.isCurrent).toBe(true));
    rerender(view([id(21)]));
    await waitFor(() => expect(seen.at(-1)?.unitIds).toEqual([id(21)]));

    expect(seen.some((result) => !result.isCurrent && result.unitIds[0] === id(12))).toBe(true);
    for (const result of seen) {
      expect(result.risks).toHaveLength(2);
      for (const each of result.risks) {
        expect(result.unitIds).toContain(each.unitId);
        expect(result.assessments.get(each.id)).toHaveLength(2);
      }
      expect([...result.assessments.keys()].sort()).toEqual(
        result.risks.map((each) => each.id).sort(),
      );
    }
    expect(seen.at(-1)?.isCurrent).toBe(true);
  });
});
