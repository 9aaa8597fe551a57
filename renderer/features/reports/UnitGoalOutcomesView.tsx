import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../../../shared/dates';
import type { GoalOutcomeGroup, UnitGoalOutcomes } from '../../../shared/reports/goal-outcomes';
import type { GoalLines } from './goalOutcomeTexts';
import { goalLines, groupTitle, outcomeHeaders } from './goalOutcomeTexts';
import { useHyphenate } from './hyphenation';

/**
 * One goal as a group of table rows: the goal with its judgement (and the reason where a person
 * judged it otherwise), then its indicators, or its written outcome where it has no measurable
 * indicator. The group is never split over pages.
 */
const GoalRows = ({ goal }: { goal: GoalLines }) => {
  const hyphenate = useHyphenate();
  return (
    <tbody className="report-goal">
      <tr className="report-goal__head">
        <th scope="rowgroup" colSpan={3}>
          {hyphenate(goal.objective)}
        </th>
        <td>
          <strong>{goal.judgement}</strong>
          {goal.basis && <span className="report-table__meta">{hyphenate(goal.basis)}</span>}
        </td>
      </tr>
      {goal.reason !== null && (
        <tr>
          <td colSpan={4} className="report-goal__note">
            {hyphenate(goal.reason)}
          </td>
        </tr>
      )}
      {goal.indicators.map((line) => (
        <tr key={line.id}>
          <th scope="row" className="report-goal__indicator">
            {hyphenate(line.text)}
          </th>
          <td>{hyphenate(line.target)}</td>
          <td>{hyphenate(line.actual)}</td>
          <td>{line.judgement}</td>
        </tr>
      ))}
      {goal.outcome !== null && (
        <tr>
          <td colSpan={4} className="report-goal__note">
            {hyphenate(goal.outcome)}
          </td>
        </tr>
      )}
    </tbody>
  );
};

const GroupTable = ({ group, level }: { group: GoalOutcomeGroup; level: 'h4' | 'h3' }) => {
  const { t, i18n } = useTranslation();
  const language = i18n.language as LanguageCode;
  const id = useId();
  const Heading = level;
  return (
    <>
      <Heading id={id} className="report-goal-group">
        {groupTitle(t, group, language)}
      </Heading>
      <table className="report-table report-table--outcomes" aria-labelledby={id}>
        <colgroup>
          <col className="report-col--indicator" />
          <col className="report-col--target" />
          <col className="report-col--actual" />
          <col className="report-col--judgement" />
        </colgroup>
        <thead>
          <tr>
            {outcomeHeaders(t).map((header) => (
              <th scope="col" key={header}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        {group.goals.map((goal) => (
          <GoalRows key={goal.row.id} goal={goalLines(t, goal, language)} />
        ))}
      </table>
    </>
  );
};

type Props = {
  outcomes: UnitGoalOutcomes;
  /** In the pack the unit's path is a heading of its own; in the unit summary it is the report's. */
  isTitled: boolean;
};

/** Toiminnallisten tavoitteiden toteutuminen for one unit: its goals, group by group. */
export const UnitGoalOutcomesView = ({ outcomes, isTitled }: Props) => {
  const id = useId();
  const groups = outcomes.groups.map((group) => (
    <GroupTable
      key={`${group.kind.id}-${group.priority?.id ?? ''}`}
      group={group}
      level={isTitled ? 'h4' : 'h3'}
    />
  ));
  return isTitled ? (
    <section className="report-unit" aria-labelledby={id}>
      <h3 id={id}>{outcomes.path.join(' › ')}</h3>
      {groups}
    </section>
  ) : (
    <>{groups}</>
  );
};
