import { beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../shared/audit';
import type { ValvoDatabase } from '../core/database';
import { openTestDatabase, testContext } from '../../test/testDatabase';
import { readSetting } from '../settings/settingsRepository';
import { STRATEGY_PRIORITIES_2026 } from '../../../shared/example/kemijarvi-2026-goals';
import { loadExampleOrganisation, startEmptyOrganisation } from './setupOrganisation';

describe('first-run organisation setup', () => {
  let db: ValvoDatabase;
  beforeEach(() => {
    db = openTestDatabase();
  });

  it('loads the Kemijärvi example: the division, three areas, their cost units and the budget chapter’s 55 rows of four table kinds with 122 indicators', async () => {
    await loadExampleOrganisation(db, testContext());
    const units = await db.units.toArray();
    const byName = (name: string) => units.filter((unit) => unit.name === name);
    const division = byName('Konserni- ja elinvoimapalvelut')[0]!;
    const areas = units.filter((unit) => unit.parentId === division.id);
    expect(areas.map((area) => area.name)).toEqual([
      'Hallintopalvelut',
      'Viestintä ja markkinointi',
      'Elinkeino- ja työllisyyspalvelut',
    ]);
    expect(areas.every((area) => area.kind === 'area')).toBe(true);
    expect(units.filter((unit) => unit.kind === 'costUnit')).toHaveLength(33);

    const rows = await db.controlActions.toArray();
    expect(rows).toHaveLength(55);
    expect(rows.every((row) => row.year === 2026 && row.status === 'not_started')).toBe(true);
    const communications = byName('Viestintä ja markkinointi')[0]!;
    const kindsOf = (unitId: string) => [
      ...new Set(
        rows
          .filter((row) => row.unitId === unitId)
          .sort((a, b) => a.sortOrder - b.sortOrder)
          .map((row) => row.kindId),
      ),
    ];
    expect(kindsOf(communications.id)).toEqual([
      'strategyGoal',
      'otherGoal',
      'productivity',
      'internalControl',
    ]);
    expect(
      rows
        .filter((row) => row.unitId === communications.id && row.kindId === 'internalControl')
        .map((row) => row.indicator),
    ).toEqual([
      'Suunnitelman valmistuminen ja käyttöönottaminen v. 2026',
      'Palaute kaupungin sisäisiltä ja ulkoisilta sidosryhmiltä (esim. kyselyt, tapaamiset).',
      'Luottamusta ja viestinnän selkeyttä mittaavat kyselyt (asukkaat, henkilöstö, yritykset).',
    ]);

    // Each strategy goal sits under one of the year's five priorities, as printed.
    const priorities = (await readSetting(db, 'strategyPriorities')) ?? [];
    expect(priorities.map((item) => [item.year, item.name])).toEqual(
      STRATEGY_PRIORITIES_2026.map((name) => [2026, name]),
    );
    const strategy = rows.filter((row) => row.kindId === 'strategyGoal');
    expect(strategy).toHaveLength(20);
    expect(strategy.every((row) => priorities.some((item) => item.id === row.priorityId))).toBe(
      true,
    );
    expect(
      rows.filter((row) => row.kindId !== 'strategyGoal').every((row) => !row.priorityId),
    ).toBe(true);

    // Every row's measures are its indicators, typed where the text plainly says so.
    const indicators = await db.indicators.toArray();
    expect(indicators).toHaveLength(122);
    expect(indicators.every((item) => rows.some((row) => row.id === item.actionId))).toBe(true);
    expect(new Set(indicators.map((item) => item.actionId)).size).toBe(55);
    const rate = indicators.find((item) => item.text === 'Työllisyysaste')!;
    expect(rate).toMatchObject({ type: 'percentage', higherIsBetter: true, upTo100: true });
    expect(rate.unitId).toBe(rows.find((row) => row.id === rate.actionId)!.unitId);

    expect(await readSetting(db, 'organisation')).toEqual({
      name: 'Kemijärven kaupunki',
      currentYear: 2026,
      isExample: true,
    });
    expect((await db.planYears.toArray()).map((year) => [year.year, year.status])).toEqual([
      [2026, 'active'],
    ]);
    expect(verifyAuditChain(await db.auditEvents.orderBy('seq').toArray())).toMatchObject({
      ok: true,
    });
  });

  it('adds example risks from the budget’s operating environment, each assessed inherent and residual as an example', async () => {
    await loadExampleOrganisation(db, testContext());
    const risks = await db.risks.toArray();
    expect(risks).toHaveLength(7);
    const assessments = await db.assessments.toArray();
    expect(assessments).toHaveLength(14);
    expect(
      assessments.every(
        (item) =>
          item.isExample && item.assessor === 'Valvon esimerkkiaineisto' && item.scale === 5,
      ),
    ).toBe(true);
    expect(assessments.every((item) => item.rationale.startsWith('Esimerkkiarvio'))).toBe(true);
    const communication = risks.find((risk) => risk.title.startsWith('Väärinymmärrykset'))!;
    const reducing = (await db.controlActions.toArray()).filter((row) =>
      row.riskIds.includes(communication.id),
    );
    expect(reducing).toHaveLength(3);
    expect(await readSetting(db, 'riskCategories')).toHaveLength(6);
    expect((await readSetting(db, 'riskMatrix'))?.size).toBe(5);
  });

  it('starts an empty organisation with its root unit and plan year', async () => {
    await startEmptyOrganisation(db, testContext(), 'Esimerkkilä', 2027);
    expect((await db.units.toArray()).map((unit) => [unit.name, unit.kind, unit.parentId])).toEqual(
      [['Esimerkkilä', 'organisation', null]],
    );
    expect(await readSetting(db, 'organisation')).toMatchObject({
      name: 'Esimerkkilä',
      currentYear: 2027,
      isExample: false,
    });
  });

  it('writes nothing at all when a step fails half-way', async () => {
    await startEmptyOrganisation(db, testContext(), 'Esimerkkilä', 2027);
    const counts = async () =>
      Promise.all([
        db.units.count(),
        db.controlActions.count(),
        db.planYears.count(),
        db.auditEvents.count(),
      ]);
    const before = await counts();
    // A second organisation is refused after the settings and plan year were already written.
    await expect(loadExampleOrganisation(db, testContext())).rejects.toMatchObject({
      key: 'units.errors.secondOrganisation',
    });
    expect(await counts()).toEqual(before);
    expect(await readSetting(db, 'organisation')).toMatchObject({ name: 'Esimerkkilä' });
  });
});
