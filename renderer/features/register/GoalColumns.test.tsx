import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TableKind } from '../../../shared/domain/table-kind';
import { indicatorRecord } from '../../../shared/goals/indicator.test-support';
import { PRESET_TABLE_KINDS } from '../../../shared/table-kind-presets';
import type { ActionColumn } from '../../../shared/worklists/register-columns';
import { ACTION_COLUMNS } from '../../../shared/worklists/register-columns';
import { summariseIndicators, withIndicators } from '../../../shared/worklists/register-indicators';
import type { ActionRegisterRow } from '../../../shared/worklists/register-rows';
import { buildActionRows, unitPlaces } from '../../../shared/worklists/register-rows';
import { CITY, action } from '../../../shared/worklists/register.test-support';
import { initI18n } from '../../i18n';
import { RegisterResults } from './RegisterResults';
import { ACTION_COLUMN_WIDTHS, useActionColumns } from './useActionColumns';

const TODAY = '2026-06-15';
const COLUMNS: ActionColumn[] = [
  'objective',
  'kind',
  'indicatorCount',
  'indicatorsMet',
  'judgement',
];
const met = action(12, { objective: 'Toteutunut tavoite', kindId: 'otherGoal' });
const pending = action(12, { objective: 'Kesken', kindId: 'strategyGoal' });
const overridden = action(12, {
  objective: 'Toisin arvioitu',
  kindId: 'strategyGoal',
  judgementOverride: {
    judgement: 'notMet',
    reason: 'Syy',
    by: 'Maija',
    at: '2026-06-01T08:00:00.000Z',
  },
});
const bare = action(21, { objective: 'Ilman mittareita', kindId: 'oma-taulukko' });
const PLAIN = buildActionRows([met, pending, overridden, bare], unitPlaces(CITY), TODAY);
const JOINED = withIndicators(
  PLAIN,
  summariseIndicators([
    indicatorRecord('a', met.id, 'met'),
    indicatorRecord('b', pending.id, null),
    indicatorRecord('c', overridden.id, 'met'),
  ]),
);

const Results = ({ rows, kinds }: { rows: ActionRegisterRow[]; kinds?: TableKind[] }) => {
  const columns = useActionColumns(2026, TODAY, kinds);
  return (
    <RegisterResults
      total={rows.length}
      rows={rows}
      isFiltered={false}
      onClearFilters={() => undefined}
      empty={{ text: 'Tyhjä', hint: '' }}
      columns={columns}
      allColumns={ACTION_COLUMNS}
      visibleColumns={COLUMNS}
      onColumnsChange={() => undefined}
      columnLabel={(column) => column}
      widths={ACTION_COLUMN_WIDTHS}
      sort={null}
      onSortChange={() => undefined}
      caption="Tavoitteet"
      rowName={(row) => row.objective}
      selection={null}
    />
  );
};

/** Each row's cells after its name, as read on screen. */
const cells = () =>
  Object.fromEntries(
    within(screen.getByRole('table', { name: 'Tavoitteet' }))
      .getAllByRole('row')
      .slice(1)
      .map((row) => [
        within(row).getByRole('rowheader').textContent,
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ]),
  );

beforeAll(() => initI18n('fi'));
afterEach(cleanup);

describe('the register’s kind and indicator columns', () => {
  it('name the kind in Finnish and the judgement in words, the override said so', () => {
    render(
      <MemoryRouter>
        <Results rows={JOINED} kinds={[...PRESET_TABLE_KINDS]} />
      </MemoryRouter>,
    );
    expect(cells()).toEqual({
      'Toteutunut tavoite': ['Muut tavoitteet', '1', '1', 'Toteutunut'],
      Kesken: ['Strategiset tavoitteet', '1', '0', 'Arvioimatta'],
      'Toisin arvioitu': ['Strategiset tavoitteet', '1', '1', 'Ei toteutunut (arvioitu toisin)'],
      // A kind the organisation no longer has is shown by its id rather than hidden.
      'Ilman mittareita': ['oma-taulukko', '0', '0', 'Ei mittareita'],
    });
  });

  it('say the figures are being read until the indicators are, and name no kind unread', () => {
    render(
      <MemoryRouter>
        <Results rows={PLAIN} />
      </MemoryRouter>,
    );
    expect(cells()['Kesken']).toEqual(['', 'luetaan…', 'luetaan…', 'luetaan…']);
    // A person's judgement is known without the indicators.
    expect(cells()['Toisin arvioitu']?.[3]).toBe('Ei toteutunut (arvioitu toisin)');
  });
});
