import { useTranslation } from 'react-i18next';
import type { UnitScope } from '../../../shared/worklists/register-filter';
import { SelectField } from '../../components/SelectField';
import type { RegisterUnits } from '../../data/worklists/useRegisterData';

type Props = {
  scope: UnitScope;
  units: RegisterUnits;
  onChange: (scope: Partial<UnitScope>) => void;
};

/**
 * Division, area and unit, each narrowing the next: the areas of the chosen division, the units
 * of the chosen area. In organisation tree order.
 */
export const UnitScopeFields = ({ scope, units, onChange }: Props) => {
  const { t } = useTranslation();
  const inTreeOrder = [...units.units].sort(
    (a, b) => (units.places.get(a.id)?.unitOrder ?? 0) - (units.places.get(b.id)?.unitOrder ?? 0),
  );
  const inDivision = (unitId: string) =>
    !scope.division || units.places.get(unitId)?.divisionId === scope.division;
  const inArea = (unitId: string) => !scope.area || units.places.get(unitId)?.areaId === scope.area;
  const options = (list: typeof inTreeOrder) => [
    { value: '', label: t('register.all') },
    ...list.map((unit) => ({ value: unit.id, label: unit.name })),
  ];
  return (
    <>
      <SelectField
        label={t('register.division')}
        value={scope.division ?? ''}
        options={options(inTreeOrder.filter((unit) => unit.kind === 'division'))}
        onChange={(event) => onChange({ division: event.target.value || null })}
      />
      <SelectField
        label={t('register.area')}
        value={scope.area ?? ''}
        options={options(
          inTreeOrder.filter(
            (unit) => unit.kind === 'area' && (inDivision(unit.id) || unit.id === scope.area),
          ),
        )}
        onChange={(event) => onChange({ area: event.target.value || null })}
      />
      <SelectField
        label={t('register.unit')}
        value={scope.unit ?? ''}
        options={options(
          inTreeOrder.filter(
            (unit) => (inDivision(unit.id) && inArea(unit.id)) || unit.id === scope.unit,
          ),
        )}
        onChange={(event) => onChange({ unit: event.target.value || null })}
      />
    </>
  );
};
