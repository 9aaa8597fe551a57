import { beforeEach, describe, expect, it } from 'vitest';
import type { RiskFormValues } from '../../../shared/domain/risk';
import { currentLevel } from '../../../shared/risk-analysis';
import { presetMatrix } from '../../../shared/risk-presets';
import type { ValvoDatabase } from '../core/database';
import { openTestDatabase, testContext } from '../../test/testDatabase';
import { createActionRepository } from '../actions/actionRepository';
import { createSettingsRepository } from '../settings/settingsRepository';
import { createUnitRepository } from '../units/unitRepository';
import { createYearRepository } from '../years/yearRepository';
import { createAssessmentRepository } from './assessmentRepository';
import { createRiskRepository } from './riskRepository';

const riskValues = (overrides: Partial<RiskFormValues> = {}): RiskFormValues => ({
  title: 'Hankintojen viivästyminen',
  description: '',
  category: 'operational',
  cause: '',
  consequence: '',
  owner: 'Hallintojohtaja',
  treatment: 'mitigate',
  controls: '',
  status: 'open',
  reviewDate: '30.9.2026',
  toleranceOverride: '',
  objectiveActionId: '',
  objectiveText: '',
  linkedActionIds: [],
  ...overrides,
});

const today = '2026-06-15';

describe('risks and their assessments', () => {
  let db: ValvoDatabase;
  let context: ReturnType<typeof testContext>;
  let unitId: string;
  let otherUnitId: string;
  let rowIds: string[];

  beforeEach(async () => {
    db = openTestDatabase();
    context = testContext();
    const units = createUnitRepository(db, context);
    const root = await units.create(null, 'organisation', {
      name: 'Kaupunki',
      code: '',
      accountable: '',
      manager: '',
    });
    const division = await units.create(root.id, 'division', {
      name: 'Toimiala',
      code: '',
      accountable: '',
      manager: '',
    });
    unitId = root.id;
    otherUnitId = division.id;
    await createYearRepository(db, context).create(2026, 'active');
    const actions = createActionRepository(db, context);
    const row = (objective: string, unit = unitId) =>
      actions.create(unit, 2026, {
        objective,
        actions: '',
        indicator: '',
        owner: '',
        deadline: '',
        status: 'not_started',
      });
    rowIds = [
      (await row('Hankintaohje')).id,
      (await row('Koulutus')).id,
      (await row('Toisen yksikön rivi', otherUnitId)).id,
    ];
  });

  const snapshot = async () => ({
    risks: await db.risks.toArray(),
    assessments: await db.assessments.toArray(),
    actions: await db.controlActions.toArray(),
    events: await db.auditEvents.count(),
  });

  it('creates a risk linked to the rows that reduce it, recording each link on the row', async () => {
    const risk = await createRiskRepository(db, context).create(
      unitId,
      riskValues({ linkedActionIds: [rowIds[0]!, rowIds[1]!] }),
    );
    expect(risk).toMatchObject({
      unitId,
      reviewDate: '2026-09-30',
      treatment: 'mitigate',
      toleranceOverride: null,
      rev: 1,
    });
    const rows = await db.controlActions.bulkGet(rowIds);
    expect(rows.map((row) => row?.riskIds)).toEqual([[risk.id], [risk.id], []]);
    const ops = (await db.auditEvents.orderBy('seq').toArray())
      .slice(-3)
      .map((event) => [event.entity, event.op]);
    expect(ops).toEqual([
      ['risk', 'create'],
      ['controlAction', 'update'],
      ['controlAction', 'update'],
    ]);

    const risks = createRiskRepository(db, context);
    await risks.update(risk.id, 1, riskValues({ linkedActionIds: [rowIds[1]!] }));
    expect((await db.controlActions.bulkGet(rowIds)).map((row) => row?.riskIds)).toEqual([
      [],
      [risk.id],
      [],
    ]);
  });

  it('lets one row serve several risks', async () => {
    const risks = createRiskRepository(db, context);
    const a = await risks.create(unitId, riskValues({ title: 'A', linkedActionIds: [rowIds[0]!] }));
    const b = await risks.create(unitId, riskValues({ title: 'B', linkedActionIds: [rowIds[0]!] }));
    expect((await db.controlActions.get(rowIds[0]!))?.riskIds).toEqual([a.id, b.id]);
  });

  it('refuses a link to another unit’s row, an unknown category and a bad date, writing nothing', async () => {
    const risks = createRiskRepository(db, context);
    const before = await snapshot();
    await expect(
      risks.create(unitId, riskValues({ linkedActionIds: [rowIds[2]!] })),
    ).rejects.toMatchObject({ key: 'risks.errors.linkOutsideUnit' });
    await expect(risks.create(unitId, riskValues({ category: 'nope' }))).rejects.toMatchObject({
      key: 'risks.errors.unknownCategory',
    });
    await expect(
      risks.create(unitId, riskValues({ reviewDate: '31.2.2026' })),
    ).rejects.toMatchObject({ key: 'validation.invalidDate' });
    await expect(risks.create(unitId, riskValues({ title: '' }))).rejects.toMatchObject({
      key: 'validation.required',
    });
    expect(await snapshot()).toEqual(before);
  });

  it('keeps a dated, named history; the latest gives the level and the trend', async () => {
    const risk = await createRiskRepository(db, context).create(unitId, riskValues());
    const assessments = createAssessmentRepository(db, context);
    await assessments.add(
      risk.id,
      {
        date: '1.2.2026',
        assessor: 'Arvioija A',
        likelihood: '2',
        impact: '3',
        kind: 'inherent',
        rationale: '',
      },
      today,
    );
    await assessments.add(
      risk.id,
      {
        date: '1.5.2026',
        assessor: 'Arvioija B',
        likelihood: 4,
        impact: 4,
        kind: 'inherent',
        rationale: 'Kilpailutus viivästyi.',
      },
      today,
    );
    const stored = await db.assessments.where('riskId').equals(risk.id).toArray();
    expect(
      stored.map((item) => [item.date, item.assessor, item.likelihood, item.impact, item.scale]),
    ).toEqual([
      ['2026-02-01', 'Arvioija A', 2, 3, 5],
      ['2026-05-01', 'Arvioija B', 4, 4, 5],
    ]);
    expect(currentLevel(stored, 'inherent', presetMatrix(5))).toMatchObject({
      score: 16,
      trend: 'up',
      band: { id: 'critical' },
    });
  });

  it.each([
    {
      case: 'a likelihood above the scale',
      values: { likelihood: '6' },
      key: 'risks.errors.outOfScale?max=5',
    },
    { case: 'an impact of zero', values: { impact: '0' }, key: 'risks.errors.outOfScale?max=5' },
    {
      case: 'a date in the future',
      values: { date: '16.6.2026' },
      key: 'risks.errors.futureAssessment',
    },
    { case: 'an impossible date', values: { date: '30.2.2026' }, key: 'validation.invalidDate' },
    { case: 'no assessor', values: { assessor: ' ' }, key: 'validation.required' },
  ])('refuses $case and changes nothing', async ({ values, key }) => {
    const risk = await createRiskRepository(db, context).create(unitId, riskValues());
    const before = await snapshot();
    const input = {
      date: '1.6.2026',
      assessor: 'A',
      likelihood: '3',
      impact: '3',
      kind: 'inherent' as const,
      rationale: '',
      ...values,
    };
    await expect(
      createAssessmentRepository(db, context).add(risk.id, input, today),
    ).rejects.toMatchObject({ key });
    expect(await snapshot()).toEqual(before);
  });

  it('checks the scale of the matrix in force and refuses to assess a closed risk', async () => {
    await createSettingsRepository(db, context).save('riskMatrix', presetMatrix(3));
    const risks = createRiskRepository(db, context);
    const risk = await risks.create(unitId, riskValues());
    const assessments = createAssessmentRepository(db, context);
    const input = {
      date: '1.6.2026',
      assessor: 'A',
      likelihood: '4',
      impact: '1',
      kind: 'residual' as const,
      rationale: '',
    };
    await expect(assessments.add(risk.id, input, today)).rejects.toMatchObject({
      key: 'risks.errors.outOfScale?max=3',
    });
    expect((await assessments.add(risk.id, { ...input, likelihood: '3' }, today)).scale).toBe(3);

    await risks.update(risk.id, 1, riskValues({ status: 'closed' }));
    const before = await snapshot();
    await expect(
      assessments.add(risk.id, { ...input, likelihood: '1' }, today),
    ).rejects.toMatchObject({ key: 'risks.errors.closedRisk' });
    expect(await snapshot()).toEqual(before);
  });

  it('soft-deletes a risk with undo', async () => {
    const risks = createRiskRepository(db, context);
    const risk = await risks.create(unitId, riskValues());
    expect((await risks.softDelete(risk.id)).deletedAt).not.toBeNull();
    expect((await risks.restore(risk.id)).deletedAt).toBeNull();
    await expect(risks.update(risk.id, 1, riskValues())).rejects.toMatchObject({
      key: 'errors.staleRecord',
    });
  });
});
