import { describe, expect, it } from 'vitest';
import { DEFAULT_MATRIX, PRESET_CATEGORIES } from '../risk-presets';
import { buildActionRows, buildRiskRows, unitPlaces } from './register-rows';
import { CITY, action, assessment, id, risk, unit } from './register.test-support';

const places = unitPlaces(CITY);

describe('the register rows', () => {
  it('place every unit in its division and area, in tree order', () => {
    const school = places.get(id(12))!;
    expect(school).toMatchObject({
      unitName: 'Koulu A',
      divisionId: id(10),
      divisionName: 'Sivistys',
      areaId: id(11),
      areaName: 'Opetus',
    });
    expect(places.get(id(11))).toMatchObject({ divisionId: id(10), areaId: id(11) });
    expect(places.get(id(10))).toMatchObject({ divisionId: id(10), areaId: null });
    expect(places.get(id(1))).toMatchObject({ divisionId: null, areaId: null });
    const order = [...places.values()].sort((a, b) => a.unitOrder - b.unitOrder);
    expect(order.map((place) => place.unitName)).toEqual([
      'Kaupunki',
      'Sivistys',
      'Opetus',
      'Koulu A',
      'Varhaiskasvatus',
      'Tekninen',
      'Kadut',
    ]);
  });

  it('leave out deleted units, and their rows still list, last and unplaced', () => {
    const gone = {
      ...unit(30, 1, 'division', 'Lakkautettu'),
      deletedAt: '2026-01-03T08:00:00.000Z',
    };
    const withGone = unitPlaces([...CITY, gone]);
    expect(withGone.has(id(30))).toBe(false);
    const rows = buildActionRows([action(30), action(21)], withGone, '2026-06-15');
    expect(rows.map((row) => row.unitName)).toEqual(['Kadut', '']);
  });

  it('list live actions by unit in tree order, then by their own order', () => {
    const rows = buildActionRows(
      [
        action(21, { objective: 'Kadut 1', sortOrder: 1 }),
        action(12, { objective: 'Koulu 2', sortOrder: 2 }),
        action(12, { objective: 'Koulu 1', sortOrder: 1 }),
        action(12, { objective: 'Poistettu', deletedAt: '2026-03-01T08:00:00.000Z' }),
      ],
      places,
      '2026-06-15',
    );
    expect(rows.map((row) => row.objective)).toEqual(['Koulu 1', 'Koulu 2', 'Kadut 1']);
  });

  it('derive overdue against the day given', () => {
    const late = action(12, { deadline: '2026-05-31', status: 'in_progress' });
    const done = action(12, { deadline: '2026-05-31', status: 'done' });
    const [lateRow, doneRow] = buildActionRows([late, done], places, '2026-06-15');
    expect(lateRow?.isOverdue).toBe(true);
    expect(doneRow?.isOverdue).toBe(false);
    expect(buildActionRows([late], places, '2026-05-31')[0]?.isOverdue).toBe(false);
  });

  it('fold the searched fields once, when the rows are built', () => {
    const [row] = buildActionRows(
      [action(12, { objective: 'ÄÄNI', actions: 'Ohje', indicator: 'Valmis', owner: 'Rehtori' })],
      places,
      '2026-06-15',
    );
    expect(row?.searchText).toBe('ääni\nohje\nvalmis\nrehtori');
    expect(row?.ownerText).toBe('rehtori');
  });

  it('give a risk the level of its latest residual assessment, else of its inherent one', () => {
    const both = risk(12, { title: 'Molemmat', category: 'financial' });
    const inherentOnly = risk(12, { title: 'Brutto' });
    const none = risk(12, { title: 'Arvioimaton', category: 'gone' });
    const rows = buildRiskRows(
      [both, inherentOnly, none],
      [
        assessment(both.id, 'inherent', 5, 5),
        assessment(both.id, 'residual', 4, 4, '2026-01-01'),
        assessment(both.id, 'residual', 1, 2, '2026-03-01'),
        assessment(inherentOnly.id, 'inherent', 3, 4),
      ],
      places,
      DEFAULT_MATRIX,
      PRESET_CATEGORIES,
    );
    const byTitle = new Map(rows.map((row) => [row.title, row]));
    expect(byTitle.get('Molemmat')).toMatchObject({
      levelKind: 'residual',
      levelRank: 0,
      categoryName: 'Taloudellinen',
    });
    expect(byTitle.get('Molemmat')?.level?.score).toBe(2);
    expect(byTitle.get('Brutto')).toMatchObject({ levelKind: 'inherent', levelRank: 2 });
    expect(byTitle.get('Arvioimaton')).toMatchObject({
      level: null,
      levelKind: null,
      levelRank: null,
      categoryName: '',
    });
    expect(rows.map((row) => row.title)).toEqual(['Arvioimaton', 'Brutto', 'Molemmat']);
  });
});
