import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskColumn } from '../../../shared/worklists/register-columns';
import { RISK_COLUMNS, RISK_SORT_KEYS } from '../../../shared/worklists/register-columns';
import {
  EMPTY_RISK_FILTERS,
  filterRows,
  hasActiveFilters,
  riskFilter,
} from '../../../shared/worklists/register-filter';
import type { RiskRegisterRow } from '../../../shared/worklists/register-rows';
import { createSorter } from '../../../shared/worklists/register-sort';
import { parseRiskView, riskViewParams } from '../../../shared/worklists/register-view';
import { usePageTitle } from '../../hooks/usePageTitle';
import { IssueList } from './IssueList';
import { RegisterNav } from './RegisterNav';
import { RegisterResults } from './RegisterResults';
import { columnLabel } from './registerText';
import { RiskFilterForm } from './RiskFilterForm';
import { useRiskRegisterData } from '../../data/worklists/useRegisterData';
import { useRegisterView } from './useRegisterView';
import { RISK_COLUMN_WIDTHS, useRiskColumns } from './useRiskColumns';
import './register.css';

const NO_ROWS: readonly RiskRegisterRow[] = [];

/** Every unit's risks in one table (`/register/risks`), with their current level. */
export const RiskRegisterScreen = () => {
  const { t } = useTranslation();
  usePageTitle(t('register.risksTitle'));
  const data = useRiskRegisterData();
  const { view, issues, update } = useRegisterView(parseRiskView, riskViewParams, data?.known);
  const columns = useRiskColumns();
  const sorter = useMemo(() => createSorter(RISK_SORT_KEYS), []);
  const sorted = useMemo(
    () => (data ? sorter(data.rows, view.sort) : NO_ROWS),
    [data, sorter, view.sort],
  );
  const rows = useMemo(() => filterRows(sorted, riskFilter(view.filters)), [sorted, view.filters]);
  const isFiltered = hasActiveFilters(view.filters);
  const clearFilters = useCallback(
    () => update((current) => ({ ...current, filters: EMPTY_RISK_FILTERS })),
    [update],
  );
  const label = useCallback((column: RiskColumn) => columnLabel(t, column), [t]);

  return (
    <>
      <h1>{t('register.risksTitle')}</h1>
      <RegisterNav />
      <p>{t('register.intro')}</p>
      <IssueList issues={issues} />
      <RiskFilterForm
        view={view}
        data={data}
        onUpdate={update}
        onClear={clearFilters}
        isFiltered={isFiltered}
      />
      {data === undefined ? (
        <p role="status">{t('register.loading')}</p>
      ) : (
        <RegisterResults
          total={data.rows.length}
          rows={rows}
          isFiltered={isFiltered}
          onClearFilters={clearFilters}
          empty={{ text: t('register.emptyRisks'), hint: t('register.emptyRisksHint') }}
          columns={columns}
          allColumns={RISK_COLUMNS}
          visibleColumns={view.columns}
          onColumnsChange={(chosen) => update((current) => ({ ...current, columns: chosen }))}
          columnLabel={label}
          widths={RISK_COLUMN_WIDTHS}
          sort={view.sort}
          onSortChange={(sort) => update((current) => ({ ...current, sort }))}
          caption={t('register.risksCaption')}
          rowName={(row) => row.title}
          selection={null}
        />
      )}
    </>
  );
};
