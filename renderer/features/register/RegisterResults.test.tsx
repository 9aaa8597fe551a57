import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_COLUMNS } from '../../../shared/worklists/register-columns';
import { buildActionRows, unitPlaces } from '../../../shared/worklists/register-rows';
import { CITY, action } from '../../../shared/worklists/register.test-support';
import { initI18n } from '../../i18n';
import { RegisterResults } from './RegisterResults';
import { ACTION_COLUMN_WIDTHS, useActionColumns } from './useActionColumns';

const TODAY = '2026-06-15';
const ROWS = buildActionRows(
  [action(12, { objective: 'Ensimmäinen' }), action(21, { objective: 'Toinen' })],
  unitPlaces(CITY),
  TODAY,
);

const Results = ({ isPartial }: { isPartial: boolean }) => {
  const columns = useActionColumns(2026, TODAY, undefined);
  return (
    <RegisterResults
      total={ROWS.length}
      rows={ROWS}
      isPartial={isPartial}
      isFiltered={false}
      onClearFilters={() => undefined}
      empty={{ text: 'Tyhjä', hint: '' }}
      columns={columns}
      allColumns={ACTION_COLUMNS}
      visibleColumns={['objective', 'unit']}
      onColumnsChange={() => undefined}
      columnLabel={(column) => column}
      widths={ACTION_COLUMN_WIDTHS}
      sort={null}
      onSortChange={() => undefined}
      caption="Toimenpiteet"
      rowName={(row) => row.objective}
      selection={{ canEdit: true }}
    />
  );
};

const show = (isPartial: boolean) =>
  render(
    <MemoryRouter>
      <Results isPartial={isPartial} />
    </MemoryRouter>,
  );

beforeAll(() => initI18n('fi'));
afterEach(cleanup);

describe('register results while only the first rows are read', () => {
  it('say that the rest is being read and offer no "select all"', () => {
    show(true);
    const count = document.querySelector('.register-toolbar__count')!;
    expect(count).toHaveTextContent('Ensimmäiset 2 riviä näkyvät, loput luetaan…');
    expect(count).toHaveAttribute('aria-busy', 'true');
    const table = screen.getByRole('table', { name: 'Toimenpiteet' });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Ensimmäinen', 'Toinen']);
    expect(screen.getByRole('button', { name: /Valitse kaikki/ })).toBeDisabled();
    expect(within(table).getByRole('checkbox', { name: /Valitse kaikki/ })).toBeDisabled();
    // A row of those shown can still be chosen.
    expect(within(table).getByRole('checkbox', { name: /Ensimmäinen/ })).toBeEnabled();
  });

  it('count every row and offer "select all" once the whole year is read', () => {
    show(false);
    const count = document.querySelector('.register-toolbar__count')!;
    expect(count).toHaveTextContent('2 riviä');
    expect(count).not.toHaveAttribute('aria-busy');
    expect(screen.getByRole('button', { name: /Valitse kaikki/ })).toBeEnabled();
    const table = screen.getByRole('table', { name: 'Toimenpiteet' });
    expect(within(table).getByRole('checkbox', { name: /Valitse kaikki/ })).toBeEnabled();
  });
});
