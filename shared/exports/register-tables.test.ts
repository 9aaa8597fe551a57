import { describe, expect, it } from 'vitest';
import type { ControlAction } from '../domain/control-action';
import type { Assessment, Risk } from '../domain/risk';
import type { Unit } from '../domain/unit';
import { PRESET_CATEGORIES, presetMatrix } from '../risk-presets';
import { PRESET_TABLE_KINDS } from '../table-kind-presets';
import { ACTION_COLUMNS } from './action-columns';
import { RISK_COLUMNS } from './columns';
import { exportFileName, slugify } from './file-name';
import type { RegisterData } from './register-tables';
import { registerTables, scopeUnits } from './register-tables';

const meta = (id: string) => ({
  id,
  createdAt: '2026-01-01T08:00:00.000Z',
  updatedAt: '2026-01-01T08:00:00.000Z',
  updatedBy: 'Testi',
  rev: 1,
  deletedAt: null as string | null,
});

const unit = (id: string, parentId: string | null, name: string, sortOrder = 0): Unit => ({
  ...meta(id),
  parentId,
  name,
  code: id === 'area' ? '1200' : '',
  accountable: '',
  manager: '',
  kind: parentId === null ? 'organisation' : 'area',
  sortOrder,
  active: true,
});

const action = (
  id: string,
  unitId: string,
  sortOrder: number,
  changes: Partial<ControlAction> = {},
): ControlAction => ({
  ...meta(id),
  year: 2026,
  unitId,
  objective: `Tavoite ${id}`,
  actions: '',
  indicator: '',
  owner: 'Hallintojohtaja',
  deadline: null,
  status: 'not_started',
  sortOrder,
  notes: [],
  outcome: null,
  riskIds: [],
  carriedFromId: null,
  kindId: 'internalControl',
  priorityId: null,
  judgementOverride: null,
  ...changes,
});

const risk = (id: string, unitId: string, title: string, changes: Partial<Risk> = {}): Risk => ({
  ...meta(id),
  unitId,
  title,
  description: '',
  category: 'financial',
  cause: '',
  consequence: '',
  owner: 'Talousjohtaja',
  treatment: 'mitigate',
  controls: '',
  status: 'open',
  reviewDate: '2026-09-30',
  toleranceOverride: null,
  objectiveActionId: null,
  objectiveText: '',
  ...changes,
});

const assessment = (
  riskId: string,
  kind: Assessment['kind'],
  likelihood: number,
  impact: number,
): Assessment => ({
  ...meta(`${riskId}-${kind}`),
  riskId,
  date: '2026-01-15',
  assessor: 'Testi',
  likelihood,
  impact,
  scale: 5,
  kind,
  rationale: '',
  isExample: false,
});

const FINNISH: Record<string, string> = {
  'app.yes': 'Kyllä',
  'app.no': 'Ei',
  'actions.statuses.not_started': 'Ei aloitettu',
  'actions.statuses.in_progress': 'Käynnissä',
  'actions.statuses.done': 'Toteutunut',
  'risks.statuses.open': 'Avoin',
  'risks.treatments.mitigate': 'Vähentää',
  'risks.notAssessed': 'Ei arvioitu',
};
const t = (key: string) => FINNISH[key] ?? `MISSING ${key}`;

const data: RegisterData = {
  indicators: [],
  kinds: PRESET_TABLE_KINDS,
  priorities: [],
  units: [
    unit('org', null, 'Kaupunki'),
    unit('other', 'org', 'Ääripää', 1),
    unit('area', 'org', 'Hallinto', 0),
    unit('child', 'area', 'Talous'),
  ],
  actions: [
    action('a2', 'area', 1, {
      deadline: '2026-05-31',
      status: 'in_progress',
      notes: [
        { id: 'n1', date: '2026-03-01', author: 'Maija', text: 'Aloitettu', status: 'in_progress' },
        { id: 'n2', date: '2026-04-01', author: 'Matti', text: '', status: null },
      ],
    }),
    action('a1', 'area', 0, {
      deadline: '2026-09-30',
      status: 'done',
      outcome: {
        status: 'done',
        text: 'Valmis',
        evidence: [],
        assessedBy: 'Maija',
        assessedAt: '2026-10-01T08:00:00.000Z',
      },
    }),
    action('c1', 'child', 0),
    action('o1', 'other', 0),
    action('old', 'area', 2, { year: 2025 }),
    action('gone', 'area', 3, { deletedAt: '2026-02-01T08:00:00.000Z' }),
  ],
  risks: [
    risk('r2', 'area', 'Öljyvahinko', { category: 'none', treatment: null, reviewDate: null }),
    risk('r1', 'area', 'Alijäämä'),
    risk('r3', 'child', 'Avustukset'),
  ],
  assessments: [assessment('r1', 'inherent', 4, 4), assessment('r1', 'residual', 2, 3)],
  matrix: presetMatrix(5),
  categories: PRESET_CATEGORIES,
};

describe('register tables for a scope', () => {
  it('lists the unit and its subtree in tree order', () => {
    expect(scopeUnits(data.units, 'org').map((item) => item.id)).toEqual([
      'org',
      'area',
      'child',
      'other',
    ]);
    expect(scopeUnits(data.units, 'area').map((item) => item.id)).toEqual(['area', 'child']);
    expect(scopeUnits(data.units, 'missing')).toEqual([]);
  });

  it('writes the action rows of the year in the register order with Finnish words', () => {
    const { actions } = registerTables(data, 'area', 2026, {
      t,
      today: '2026-06-15',
      language: 'fi',
    });
    expect(actions.name).toBe('Toimenpiteet');
    expect(actions.columns.map((column) => column.header)).toEqual([
      'Yksikkö',
      'Yksikön tunnus',
      'Vuosi',
      'Sisäinen valvonta ja riskienhallinta',
      'Toimenpiteet',
      'Toteutuma',
      'Vastuuhenkilö',
      'Määräaika',
      'Tila',
      'Myöhässä',
      'Viimeisin edistymismerkintä',
      'Toteuma',
      'Id',
      'Taulukko',
      'Painopiste',
      'Mittareiden toteutuminen',
      'Rivin arvio',
    ]);
    expect(actions.rows.map((row) => row[12])).toEqual(['a1', 'a2', 'c1']);
    const [done, late] = actions.rows;
    expect(done).toEqual([
      'Hallinto',
      '1200',
      2026,
      'Tavoite a1',
      '',
      '',
      'Hallintojohtaja',
      '2026-09-30',
      'Toteutunut',
      'Ei',
      null,
      'Valmis',
      'a1',
      'Sisäinen valvonta ja riskienhallinta',
      null,
      null,
      null,
    ]);
    expect(late?.slice(7, 11)).toEqual(['2026-05-31', 'Käynnissä', 'Kyllä', '1.4.2026 Matti']);
  });

  it('writes risks with their current levels, by Finnish title within a unit', () => {
    const { risks } = registerTables(data, 'area', 2026, {
      t,
      today: '2026-06-15',
      language: 'fi',
    });
    expect(risks.columns.map((column) => column.key)).toEqual(
      RISK_COLUMNS.map((column) => column.key),
    );
    expect(risks.rows).toEqual([
      [
        'Hallinto',
        'Alijäämä',
        'Taloudellinen',
        'Talousjohtaja',
        'Avoin',
        'Vähentää',
        'Kriittinen',
        16,
        'Kohtalainen',
        6,
        '2026-09-30',
        'r1',
      ],
      [
        'Hallinto',
        'Öljyvahinko',
        null,
        'Talousjohtaja',
        'Avoin',
        null,
        'Ei arvioitu',
        null,
        'Ei arvioitu',
        null,
        null,
        'r2',
      ],
      [
        'Talous',
        'Avustukset',
        'Taloudellinen',
        'Talousjohtaja',
        'Avoin',
        'Vähentää',
        'Ei arvioitu',
        null,
        'Ei arvioitu',
        null,
        '2026-09-30',
        'r3',
      ],
    ]);
  });

  it('has unique keys and headers per table', () => {
    for (const columns of [ACTION_COLUMNS, RISK_COLUMNS]) {
      expect(new Set(columns.map((column) => column.key)).size).toBe(columns.length);
      expect(new Set(columns.map((column) => column.header)).size).toBe(columns.length);
    }
  });

  it('names files in ASCII', () => {
    expect(slugify('Elinkeino- ja työllisyyspalvelut')).toBe('elinkeino-ja-tyollisyyspalvelut');
    expect(exportFileName({ table: 'Toimenpiteet', year: 2026, scope: 'Ääripää / Å' }, 'csv')).toBe(
      'valvo-toimenpiteet-2026-aaripaa-a.csv',
    );
    expect(exportFileName({ table: 'Rekisteri', year: 2026 }, 'xlsx')).toBe(
      'valvo-rekisteri-2026.xlsx',
    );
  });
});
