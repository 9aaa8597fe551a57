import { describe, expect, it } from 'vitest';
import type { PackageRecords } from './format';
import {
  OTHER_UNIT,
  UNIT,
  YEAR,
  only,
  planFor as plan,
  riskAssessment,
  saved,
  unitRisk,
  unitRow,
  uuid,
} from './packages.test-support';

const base = unitRow(1, { owner: 'Anna' });

describe('planMerge: refusals leave the record untouched', () => {
  const risk = unitRisk(1);
  const refusal = (
    base: Partial<PackageRecords>,
    theirs: Partial<PackageRecords>,
    ours: Partial<PackageRecords>,
  ) => {
    const entries = plan(base, theirs, ours).entries.filter((entry) => entry.kind === 'refused');
    const entry = only(entries);
    expect(entry.conflicts).toEqual([]);
    expect(entry.result).toBe(entry.ours);
    return entry.reason;
  };

  it('refuses records of another unit or year and assessments of a risk outside the scope', () => {
    expect(refusal({}, { controlActions: [unitRow(2, { unitId: OTHER_UNIT })] }, {})).toBe(
      'packages.refused.otherUnit',
    );
    expect(refusal({}, { risks: [unitRisk(2, { unitId: OTHER_UNIT })] }, {})).toBe(
      'packages.refused.otherUnit',
    );
    expect(refusal({}, { controlActions: [unitRow(2, { year: YEAR + 1 })] }, {})).toBe(
      'packages.refused.otherYear',
    );
    expect(refusal({}, { assessments: [riskAssessment(1, uuid('risk', 99))] }, {})).toBe(
      'packages.refused.riskOutsideScope',
    );
    const foreignRisk = unitRisk(5, { unitId: OTHER_UNIT });
    expect(
      refusal({}, { assessments: [riskAssessment(1, foreignRisk.id)] }, { risks: [foreignRisk] }),
    ).toBe('packages.refused.riskOutsideScope');
  });

  it('refuses moving a record out of the unit or the year, or into them', () => {
    const risk = unitRisk(2);
    expect(
      refusal(
        { risks: [risk] },
        { risks: [saved(risk, { unitId: OTHER_UNIT })] },
        { risks: [risk] },
      ),
    ).toBe('packages.refused.unitChanged');
    expect(
      refusal(
        { controlActions: [base] },
        { controlActions: [saved(base, { year: YEAR + 1, owner: 'Ben' })] },
        { controlActions: [base] },
      ),
    ).toBe('packages.refused.yearChanged');
    const foreign = unitRow(1, { unitId: OTHER_UNIT });
    expect(
      refusal(
        { controlActions: [foreign] },
        { controlActions: [{ ...foreign, unitId: UNIT }] },
        { controlActions: [foreign] },
      ),
    ).toBe('packages.refused.unitChanged');
    const lastYear = unitRow(1, { year: YEAR - 1 });
    expect(
      refusal(
        { controlActions: [lastYear] },
        { controlActions: [{ ...lastYear, year: YEAR }] },
        { controlActions: [lastYear] },
      ),
    ).toBe('packages.refused.yearChanged');
  });

  it('refuses a change to a record we moved to another unit or year, or purged', () => {
    const changed = saved(base, { status: 'done' });
    expect(
      refusal(
        { controlActions: [base] },
        { controlActions: [changed] },
        { controlActions: [{ ...base, unitId: OTHER_UNIT }] },
      ),
    ).toBe('packages.refused.oursOtherUnit');
    expect(
      refusal(
        { controlActions: [base] },
        { controlActions: [changed] },
        { controlActions: [{ ...base, year: YEAR + 1 }] },
      ),
    ).toBe('packages.refused.oursOtherYear');
    expect(refusal({ controlActions: [base] }, { controlActions: [changed] }, {})).toBe(
      'packages.refused.purgedHere',
    );
    const assessment = riskAssessment(1, risk.id);
    const moved = { ...risk, unitId: OTHER_UNIT };
    expect(
      refusal(
        { risks: [risk], assessments: [assessment] },
        { risks: [risk], assessments: [saved(assessment, { impact: 5 })] },
        { risks: [moved], assessments: [assessment] },
      ),
    ).toBe('packages.refused.riskOutsideScope');
    const newRow = unitRow(9);
    expect(
      refusal(
        {},
        { controlActions: [newRow] },
        { controlActions: [{ ...newRow, unitId: OTHER_UNIT }] },
      ),
    ).toBe('packages.refused.oursOtherUnit');
  });

  it('does not refuse a record they left as issued, wherever ours has gone', () => {
    const result = plan(
      { controlActions: [base] },
      { controlActions: [base] },
      { controlActions: [{ ...base, unitId: OTHER_UNIT }] },
    );
    expect(only(result.entries).kind).toBe('ours');
    expect(
      only(plan({ controlActions: [base] }, { controlActions: [base] }, {}).entries).kind,
    ).toBe('unchanged');
  });
});
