import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES } from '../../../shared/domain/control-action';
import type { TableKind } from '../../../shared/domain/table-kind';
import type { ActionView } from '../../../shared/worklists/register-view';
import { SelectField } from '../../components/SelectField';
import { usePlanYears } from '../../data/years/usePlanYears';
import { DebouncedTextField } from './DebouncedTextField';
import { KindFilterField } from './KindFilterField';
import type { RegisterUnits } from '../../data/worklists/useRegisterData';
import { RegisterFilterShell } from './RegisterFilterShell';
import { UnitScopeFields } from './UnitScopeFields';
import { useFilterSetter } from './useFilterSetter';

type Props = {
  view: ActionView;
  year: number;
  units: RegisterUnits | undefined;
  /** The organisation's table kinds; undefined until read. */
  kinds: readonly TableKind[] | undefined;
  onUpdate: (change: (view: ActionView) => ActionView) => void;
  onClear: () => void;
  isFiltered: boolean;
};

/** Search and filters of the action register; every filter set must hold (AND). */
export const ActionFilterForm = ({
  view,
  year,
  units,
  kinds,
  onUpdate,
  onClear,
  isFiltered,
}: Props) => {
  const { t } = useTranslation();
  const planYears = usePlanYears() ?? [];
  const years = [...new Set([...planYears.map((item) => item.year), year])].sort();
  const setFilters = useFilterSetter(onUpdate);
  const setQuery = useCallback((query: string) => setFilters({ query }), [setFilters]);
  const setOwner = useCallback((owner: string) => setFilters({ owner }), [setFilters]);
  const setKinds = useCallback((chosen: string[]) => setFilters({ kinds: chosen }), [setFilters]);
  const { filters } = view;
  return (
    <RegisterFilterShell
      searchHelp={t('register.searchActionsHelp')}
      query={filters.query}
      onQuery={setQuery}
      onClear={onClear}
      isFiltered={isFiltered}
    >
      <SelectField
        label={t('register.year')}
        value={String(year)}
        options={years.map((value) => ({ value: String(value), label: String(value) }))}
        onChange={(event) =>
          onUpdate((current) => ({ ...current, year: Number(event.target.value) }))
        }
      />
      {units && <UnitScopeFields scope={filters} units={units} onChange={setFilters} />}
      <SelectField
        label={t('register.status')}
        value={filters.status ?? ''}
        options={[
          { value: '', label: t('register.all') },
          ...ACTION_STATUSES.map((status) => ({
            value: status,
            label: t(`actions.statuses.${status}`),
          })),
        ]}
        onChange={(event) =>
          setFilters({
            status: ACTION_STATUSES.find((status) => status === event.target.value) ?? null,
          })
        }
      />
      <DebouncedTextField
        label={t('register.owner')}
        help={t('register.ownerHelp')}
        value={filters.owner}
        onCommit={setOwner}
      />
      <label className="checkbox register-filters__flag">
        <input
          type="checkbox"
          checked={filters.overdueOnly}
          onChange={(event) => setFilters({ overdueOnly: event.target.checked })}
        />
        {t('register.overdueOnly')}
      </label>
      {kinds && <KindFilterField kinds={kinds} chosen={filters.kinds} onChange={setKinds} />}
    </RegisterFilterShell>
  );
};
