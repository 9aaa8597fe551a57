import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField';
import { usePlanYears } from '../../data/years/usePlanYears';

/** Chooses the plan year shown; the choice lives in the URL so a view can be bookmarked. */
export const YearSelect = ({ year }: { year: number }) => {
  const { t } = useTranslation();
  const planYears = usePlanYears() ?? [];
  const [, setSearchParams] = useSearchParams();
  const years = planYears.some((item) => item.year === year)
    ? planYears.map((item) => item.year)
    : [...planYears.map((item) => item.year), year];
  return (
    <div className="year-select">
      <SelectField
        label={t('years.select')}
        value={String(year)}
        onChange={(event) => setSearchParams({ year: event.target.value })}
        options={years.sort().map((value) => ({ value: String(value), label: String(value) }))}
      />
    </div>
  );
};
