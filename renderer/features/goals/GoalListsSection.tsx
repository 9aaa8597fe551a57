import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGoalLists } from '../../data/goals/useGoalLists';
import { usePlanYears } from '../../data/years/usePlanYears';
import { SelectField } from '../../components/SelectField';
import { KindsEditor } from './KindsEditor';
import { PrioritiesEditor } from './PrioritiesEditor';

type Props = { canEdit: boolean; currentYear: number };

/** Settings: the budget's table kinds, and each plan year's strategy priorities. */
export const GoalListsSection = ({ canEdit, currentYear }: Props) => {
  const { t } = useTranslation();
  const years = usePlanYears();
  const [year, setYear] = useState(currentYear);
  const lists = useGoalLists(year);
  return (
    <>
      <section aria-labelledby="settings-kinds-heading">
        <h2 id="settings-kinds-heading">{t('goals.kinds.heading')}</h2>
        <p>{t('goals.kinds.help')}</p>
        {lists === undefined ? (
          <p>{t('app.loading')}</p>
        ) : (
          <KindsEditor kinds={lists.kinds} canEdit={canEdit} />
        )}
      </section>
      <section aria-labelledby="settings-priorities-heading">
        <h2 id="settings-priorities-heading">{t('goals.priorities.heading')}</h2>
        <p>{t('goals.priorities.help')}</p>
        <SelectField
          label={t('goals.priorities.year')}
          value={String(year)}
          onChange={(event) => setYear(Number(event.target.value))}
          options={(years ?? [{ year: currentYear }]).map((item) => ({
            value: String(item.year),
            label: String(item.year),
          }))}
        />
        {lists === undefined ? (
          <p>{t('app.loading')}</p>
        ) : (
          <PrioritiesEditor
            key={year}
            year={year}
            priorities={lists.priorities}
            canEdit={canEdit}
          />
        )}
      </section>
    </>
  );
};
