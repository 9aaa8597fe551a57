import { beforeEach, describe, expect, it } from 'vitest';
import type { RiskFormValues } from '../../../shared/domain/risk';
import type { RiskMatrix } from '../../../shared/domain/risk-matrix';
import { PRESET_CATEGORIES, presetMatrix } from '../../../shared/risk-presets';
import type { ValvoDatabase } from '../core/database';
import { openTestDatabase, testContext } from '../../test/testDatabase';
import { readSetting } from '../settings/settingsRepository';
import { createUnitRepository } from '../units/unitRepository';
import { createAssessmentRepository } from './assessmentRepository';
import { createRiskRepository } from './riskRepository';
import { createRiskSettingsRepository } from './riskSettingsRepository';
import { readCategories, readMatrix } from './riskSettings';

const TODAY = '2026-03-02';

const riskValues = (title: string, category: string): RiskFormValues => ({
  title,
  description: '',
  category,
  cause: '',
  consequence: '',
  owner: '',
  treatment: '',
  controls: '',
  status: 'open',
  reviewDate: '',
  toleranceOverride: '',
  objectiveActionId: '',
  objectiveText: '',
  linkedActionIds: [],
});

const withBands = (matrix: RiskMatrix, minScores: number[]): RiskMatrix => ({
  ...matrix,
  bands: matrix.bands.map((band, index) => ({ ...band, minScore: minScores[index] ?? 0 })),
});

describe('risk settings repository', () => {
  let db: ValvoDatabase;
  let riskSettings: ReturnType<typeof createRiskSettingsRepository>;

  beforeEach(() => {
    db = openTestDatabase();
    riskSettings = createRiskSettingsRepository(db, testContext());
  });

  /** A unit with two live risks in `category`, each assessed inherent and residual on 5×5. */
  const assessedRisks = async (category = 'financial') => {
    const context = testContext();
    const unit = await createUnitRepository(db, context).create(null, 'organisation', {
      name: 'Kemijärven kaupunki',
      code: '',
      accountable: '',
      manager: '',
    });
    const risks = createRiskRepository(db, context);
    const assessments = createAssessmentRepository(db, context);
    const created = [];
    for (const title of ['Rahoitusvaje', 'Hankintavirhe']) {
      const risk = await risks.create(unit.id, riskValues(title, category));
      for (const [kind, likelihood, impact] of [
        ['inherent', 5, 4],
        ['residual', 2, 3],
      ] as const) {
        await assessments.add(
          risk.id,
          { date: '1.3.2026', assessor: 'Arvioija', likelihood, impact, kind, rationale: '' },
          TODAY,
        );
      }
      created.push(risk);
    }
    return { unit, risks: created, riskRepository: risks };
  };

  describe('the matrix', () => {
    it('reads the 5×5 preset until one is saved, then validates and stores the saved one', async () => {
      expect(await readMatrix(db)).toEqual(presetMatrix(5));
      const matrix: RiskMatrix = {
        ...presetMatrix(3),
        likelihoodLabels: ['  Harvoin ', 'Joskus', 'Usein'],
        toleranceBandId: 'critical',
      };
      expect(await riskSettings.saveMatrix(matrix)).toEqual({ rescaled: 0 });
      // Stored as parsed: labels trimmed.
      expect(await readMatrix(db)).toEqual({
        ...matrix,
        likelihoodLabels: ['Harvoin', 'Joskus', 'Usein'],
      });
      const events = await db.auditEvents.orderBy('seq').toArray();
      expect(events.map((event) => [event.entity, event.op, event.actor])).toEqual([
        ['setting', 'create', 'Maija Meikäläinen'],
      ]);
    });

    it('a 4×4 matrix after 5×5 assessments returns the rescaled count and leaves the assessments as they were', async () => {
      await assessedRisks();
      const before = await db.assessments.orderBy('id').toArray();
      expect(before).toHaveLength(4);
      expect(before.every((assessment) => assessment.scale === 5)).toBe(true);

      expect(await riskSettings.saveMatrix(presetMatrix(4))).toEqual({ rescaled: 4 });
      expect((await readMatrix(db)).size).toBe(4);
      const after = await db.assessments.orderBy('id').toArray();
      expect(after).toEqual(before);
      expect(
        after.map(({ likelihood, impact, scale, rev }) => [likelihood, impact, scale, rev]),
      ).toEqual([
        [5, 4, 5, 1],
        [2, 3, 5, 1],
        [5, 4, 5, 1],
        [2, 3, 5, 1],
      ]);

      // Back on the size they were made on, none is rescaled.
      expect(await riskSettings.saveMatrix(presetMatrix(5))).toEqual({ rescaled: 0 });
    });

    it('counts only live assessments as rescaled', async () => {
      await assessedRisks();
      const first = await db.assessments.orderBy('id').first();
      await db.assessments.update(first!.id, { deletedAt: '2026-03-02T09:00:00.000Z' });
      expect(await riskSettings.saveMatrix(presetMatrix(3))).toEqual({ rescaled: 3 });
    });

    it('refuses a non-controller with errors.controllerOnly and writes nothing', async () => {
      await assessedRisks();
      const eventsBefore = await db.auditEvents.count();
      for (const role of ['unitManager', 'reader', null] as const) {
        const other = createRiskSettingsRepository(
          db,
          testContext('Erkki Esihenkilö', '2026-03-02T08:00:00.000Z', role),
        );
        await expect(other.saveMatrix(presetMatrix(4))).rejects.toMatchObject({
          key: 'errors.controllerOnly',
        });
        await expect(other.addCategory('Tietoturva')).rejects.toMatchObject({
          key: 'errors.controllerOnly',
        });
        await expect(other.renameCategory('financial', 'Talous')).rejects.toMatchObject({
          key: 'errors.controllerOnly',
        });
        await expect(other.deleteCategory('reputation')).rejects.toMatchObject({
          key: 'errors.controllerOnly',
        });
      }
      expect(await readSetting(db, 'riskMatrix')).toBeNull();
      expect(await readSetting(db, 'riskCategories')).toBeNull();
      expect(await db.auditEvents.count()).toBe(eventsBefore);
    });

    it.each([
      [
        'bands out of order',
        withBands(presetMatrix(5), [1, 5, 5, 16]),
        'risks.matrix.errors.bandOrder',
      ],
      [
        'a first band above 1',
        withBands(presetMatrix(5), [2, 5, 10, 16]),
        'risks.matrix.errors.firstBand',
      ],
      [
        'a band above size²',
        withBands(presetMatrix(3), [1, 3, 4, 10]),
        'risks.matrix.errors.bandAboveMax?max=9',
      ],
      [
        'too few likelihood labels',
        { ...presetMatrix(5), likelihoodLabels: ['a', 'b', 'c', 'd'] },
        'risks.matrix.errors.labelCount',
      ],
      [
        'too many impact labels',
        { ...presetMatrix(3), impactLabels: ['a', 'b', 'c', 'd'] },
        'risks.matrix.errors.labelCount',
      ],
      [
        'an empty label',
        { ...presetMatrix(3), impactLabels: ['a', ' ', 'c'] },
        'validation.required',
      ],
      [
        'a long label',
        { ...presetMatrix(3), impactLabels: ['a', 'x'.repeat(61), 'c'] },
        'validation.tooLong?max=60',
      ],
      [
        'an unknown tolerance',
        { ...presetMatrix(4), toleranceBandId: 'nope' },
        'risks.matrix.errors.toleranceMissing',
      ],
      [
        'a bad colour',
        {
          ...presetMatrix(4),
          bands: presetMatrix(4).bands.map((band) => ({ ...band, colour: 'red' })),
        },
        'validation.invalidColour',
      ],
      [
        'two bands with one id',
        {
          ...presetMatrix(4),
          bands: presetMatrix(4).bands.map((band) => ({ ...band, id: 'same' })),
          toleranceBandId: 'same',
        },
        'risks.matrix.errors.duplicateBand',
      ],
    ] satisfies [string, RiskMatrix, string][])(
      'refuses %s with its key and writes nothing',
      async (_, matrix, key) => {
        await expect(riskSettings.saveMatrix(matrix)).rejects.toMatchObject({ key });
        expect(await readSetting(db, 'riskMatrix')).toBeNull();
        expect(await db.auditEvents.count()).toBe(0);
      },
    );

    it('keeps the saved matrix when a later save is refused', async () => {
      await riskSettings.saveMatrix(presetMatrix(4));
      await expect(
        riskSettings.saveMatrix(withBands(presetMatrix(4), [1, 1, 6, 12])),
      ).rejects.toMatchObject({ key: 'risks.matrix.errors.bandOrder' });
      expect(await readMatrix(db)).toEqual(presetMatrix(4));
      expect(await db.auditEvents.count()).toBe(1);
    });
  });

  describe('the categories', () => {
    it('adds, renames and deletes a category, with an audit event each', async () => {
      expect(await readCategories(db)).toEqual(PRESET_CATEGORIES);
      const added = await riskSettings.addCategory('  Tietoturva ');
      expect(added).toEqual({ id: expect.any(String), name: 'Tietoturva' });
      expect(await readCategories(db)).toEqual([...PRESET_CATEGORIES, added]);

      await riskSettings.renameCategory(added.id, 'Tieto- ja kyberturvallisuus');
      expect((await readCategories(db)).at(-1)).toEqual({
        id: added.id,
        name: 'Tieto- ja kyberturvallisuus',
      });

      await riskSettings.deleteCategory(added.id);
      expect(await readCategories(db)).toEqual(PRESET_CATEGORIES);
      expect((await db.auditEvents.orderBy('seq').toArray()).map((event) => event.op)).toEqual([
        'create',
        'update',
        'update',
      ]);
    });

    it('refuses a duplicate name (any case), an empty one and a long one, writing nothing', async () => {
      await expect(riskSettings.addCategory('taloudellinen')).rejects.toMatchObject({
        key: 'risks.categories.errors.duplicate',
        params: { name: 'taloudellinen' },
      });
      await expect(riskSettings.addCategory('   ')).rejects.toMatchObject({
        key: 'validation.required',
      });
      await expect(riskSettings.addCategory('x'.repeat(201))).rejects.toMatchObject({
        key: 'validation.tooLong?max=200',
      });
      await expect(riskSettings.renameCategory('financial', '')).rejects.toMatchObject({
        key: 'validation.required',
      });
      await expect(riskSettings.renameCategory('missing', 'Uusi')).rejects.toMatchObject({
        key: 'errors.notFound',
      });
      expect(await readSetting(db, 'riskCategories')).toBeNull();
      expect(await db.auditEvents.count()).toBe(0);
    });

    it('refuses to delete a category a live risk uses, with the count; allows it once the risks are deleted', async () => {
      const { risks, riskRepository } = await assessedRisks('financial');
      const eventsBefore = await db.auditEvents.count();
      await expect(riskSettings.deleteCategory('financial')).rejects.toMatchObject({
        key: 'risks.categories.errors.inUse',
        params: { count: 2 },
      });
      expect(await readCategories(db)).toEqual(PRESET_CATEGORIES);
      expect(await db.auditEvents.count()).toBe(eventsBefore);

      await riskRepository.softDelete(risks[0]!.id);
      await expect(riskSettings.deleteCategory('financial')).rejects.toMatchObject({
        params: { count: 1 },
      });
      await riskRepository.softDelete(risks[1]!.id);
      await riskSettings.deleteCategory('financial');
      expect((await readCategories(db)).map((category) => category.id)).not.toContain('financial');
    });

    it('renaming keeps the id, so the risks that use it keep their category', async () => {
      const { risks } = await assessedRisks('financial');
      await riskSettings.renameCategory('financial', 'Talous');
      expect((await db.risks.get(risks[0]!.id))?.category).toBe('financial');
      expect((await readCategories(db)).find((item) => item.id === 'financial')?.name).toBe(
        'Talous',
      );
    });
  });
});
