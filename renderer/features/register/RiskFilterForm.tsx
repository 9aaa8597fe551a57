import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { RISK_STATUSES } from '../../../shared/domain/risk';
import { NO_VALUE } from '../../../shared/worklists/register-filter';
import type { RiskView } from '../../../shared/worklists/register-view';
import { SelectField } from '../../components/SelectField';
import type { RiskRegisterData } from '../../data/worklists/useRegisterData';
import { RegisterFilterShell } from './RegisterFilterShell';
import { UnitScopeFields } from './UnitScopeFields';
import { useFilterSetter } from './useFilterSetter';

type Props = {
  view: RiskView;
  data: RiskRegisterData | undefined;
  onUpdate: (change: (view: RiskView) => RiskView) => void;
  onClear: () => void;
  isFiltered: boolean;
};

/** Search and filters of the risk register; every filter set must hold (AND). */
export const RiskFilterForm = ({ view, data, onUpdate, onClear, isFiltered }: Props) => {
  const { t } = useTranslation();
  const setFilters = useFilterSetter(onUpdate);
  const setQuery = useCallback((query: string) => setFilters({ query }), [setFilters]);
  const { filters } = view;
  return (
    <RegisterFilterShell
      searchHelp={t('register.searchRisksHelp')}
      query={filters.query}
      onQuery={setQuery}
      onClear={onClear}
      isFiltered={isFiltered}
    >
      {data && <UnitScopeFields scope={filters} units={data} onChange={setFilters} />}
      <SelectField
        label={t('register.status')}
        value={filters.status ?? ''}
        options={[
          { value: '', label: t('register.all') },
          ...RISK_STATUSES.map((status) => ({
            value: status,
            label: t(`risks.statuses.${status}`),
          })),
        ]}
        onChange={(event) =>
          setFilters({
            status: RISK_STATUSES.find((status) => status === event.target.value) ?? null,
          })
        }
      />
      <SelectField
        label={t('register.category')}
        value={filters.category ?? ''}
        options={[
          { value: '', label: t('register.all') },
          ...(data?.categories ?? []).map(({ id, name }) => ({ value: id, label: name })),
          { value: NO_VALUE, label: t('register.noCategory') },
        ]}
        onChange={(event) => setFilters({ category: event.target.value || null })}
      />
      <SelectField
        label={t('register.level')}
        value={filters.level ?? ''}
        options={[
          { value: '', label: t('register.all') },
          ...(data?.bands ?? []).map(({ id, name }) => ({ value: id, label: name })),
          { value: NO_VALUE, label: t('register.notAssessed') },
        ]}
        onChange={(event) => setFilters({ level: event.target.value || null })}
      />
    </RegisterFilterShell>
  );
};
