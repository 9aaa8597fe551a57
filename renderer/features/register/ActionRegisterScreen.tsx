import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ActionColumn } from '../../../shared/worklists/register-columns';
import { ACTION_COLUMNS, ACTION_SORT_KEYS } from '../../../shared/worklists/register-columns';
import {
  EMPTY_ACTION_FILTERS,
  actionFilter,
  filterRows,
  hasActiveFilters,
} from '../../../shared/worklists/register-filter';
import { withIndicators } from '../../../shared/worklists/register-indicators';
import type { ActionRegisterRow } from '../../../shared/worklists/register-rows';
import { createSorter } from '../../../shared/worklists/register-sort';
import { actionViewParams, parseActionView } from '../../../shared/worklists/register-view';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useToday } from '../../hooks/useToday';
import { useOrganisation, useProfile } from '../../session/useProfile';
import { ActionFilterForm } from './ActionFilterForm';
import { IssueList } from './IssueList';
import { RegisterNav } from './RegisterNav';
import { RegisterResults } from './RegisterResults';
import { columnLabel } from './registerText';
import { ACTION_COLUMN_WIDTHS, useActionColumns } from './useActionColumns';
import { useFirstRegisterRows } from '../../data/worklists/firstRegisterRows';
import { useActionRegisterData, useRegisterIndicators } from '../../data/worklists/useRegisterData';
import { useRegisterView } from './useRegisterView';
import './register.css';

const NO_ROWS: readonly ActionRegisterRow[] = [];

/**
 * Every unit's control actions of one year in one table (`/register`): search, filters, sort
 * and columns live in the URL. Rows of the year are read by index once per change of the data;
 * each search or filter then works on them in memory.
 */
export const ActionRegisterScreen = () => {
  const { t } = useTranslation();
  const organisation = useOrganisation();
  const profile = useProfile();
  const today = useToday();
  const [params] = useSearchParams();
  // The year decides what is read, so it is taken before the data (and its units) are known;
  // without one in the URL, nothing is read until the organisation's current year is.
  const asked = parseActionView(params).view;
  const askedYear = asked.year;
  const resolvedYear =
    askedYear ?? (organisation === undefined ? null : (organisation?.currentYear ?? null));
  const year = resolvedYear ?? new Date().getFullYear();
  const readYear = organisation === undefined && askedYear === null ? null : year;
  // The default view shows its first screenful before the whole year is read.
  const first = useFirstRegisterRows(
    readYear,
    today,
    !hasActiveFilters(asked.filters) && asked.sort === null,
  );
  const data = useActionRegisterData(first.isSettled ? readYear : null, today);
  // The indicator columns fill in after the rows: their read waits until the rows are read.
  const summaries = useRegisterIndicators(readYear, data !== undefined);
  const loaded = useMemo(
    () => (data && summaries ? withIndicators(data.rows, summaries) : data?.rows),
    [data, summaries],
  );
  const { view, issues, update } = useRegisterView(parseActionView, actionViewParams, data?.known);
  usePageTitle(t('register.actionsTitle', { year }));
  const columns = useActionColumns(year, today, data?.kinds);
  const sorter = useMemo(() => createSorter(ACTION_SORT_KEYS), []);
  const sorted = useMemo(
    () => (loaded ? sorter(loaded, view.sort) : NO_ROWS),
    [loaded, sorter, view.sort],
  );
  const rows = useMemo(
    () => filterRows(sorted, actionFilter(view.filters)),
    [sorted, view.filters],
  );
  const isFiltered = hasActiveFilters(view.filters);
  const firstRows = data === undefined ? first.rows : undefined;
  const clearFilters = useCallback(
    () => update((current) => ({ ...current, filters: EMPTY_ACTION_FILTERS })),
    [update],
  );
  const label = useCallback((column: ActionColumn) => columnLabel(t, column), [t]);

  return (
    <>
      <h1>{t('register.actionsTitle', { year })}</h1>
      <RegisterNav />
      <p>{t('register.intro')}</p>
      <IssueList issues={issues} />
      <ActionFilterForm
        view={view}
        year={year}
        units={data}
        kinds={data?.kinds}
        onUpdate={update}
        onClear={clearFilters}
        isFiltered={isFiltered}
      />
      {data === undefined && (firstRows === undefined || firstRows.length === 0) ? (
        <p role="status">{t('register.loading')}</p>
      ) : (
        <RegisterResults
          total={data?.rows.length ?? firstRows?.length ?? 0}
          rows={data ? rows : (firstRows ?? NO_ROWS)}
          isPartial={data === undefined}
          isFiltered={isFiltered}
          onClearFilters={clearFilters}
          empty={{ text: t('register.emptyYear', { year }), hint: t('register.emptyYearHint') }}
          columns={columns}
          allColumns={ACTION_COLUMNS}
          visibleColumns={view.columns}
          onColumnsChange={(chosen) => update((current) => ({ ...current, columns: chosen }))}
          columnLabel={label}
          widths={ACTION_COLUMN_WIDTHS}
          sort={view.sort}
          onSortChange={(sort) => update((current) => ({ ...current, sort }))}
          caption={t('register.actionsCaption', { year })}
          rowName={(row) => row.objective}
          selection={{ canEdit: profile?.role !== 'reader' }}
        />
      )}
    </>
  );
};
