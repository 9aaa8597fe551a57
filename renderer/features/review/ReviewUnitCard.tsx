import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ControlAction } from '../../../shared/domain/control-action';
import type { Unit } from '../../../shared/domain/unit';
import type { UnitReview as UnitChecklist } from '../../../shared/review/completeness';
import { useRepositories } from '../../data/RepositoryProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCommand } from '../../components/useCommand';
import { useNotice } from '../../components/Notice';
import { useFocusRescue } from '../../components/useFocusRescue';
import { formatPercent } from '../../i18n/locale';
import { IndicatorsDialog } from '../goals';
import { OutcomeDialog } from './OutcomeDialog';
import { ReturnDialog } from './ReturnDialog';

type Props = {
  unit: Unit;
  path: string;
  item: UnitChecklist;
  year: number;
  canDecide: boolean;
  canRecord: boolean;
};

/** One unit in the review: what is still missing, and the controller's approve / return. */
export const ReviewUnitCard = ({ unit, path, item, year, canDecide, canRecord }: Props) => {
  const { t, i18n } = useTranslation();
  const { reviews } = useRepositories();
  const notice = useNotice();
  const [outcomeFor, setOutcomeFor] = useState<ControlAction | null>(null);
  const [judgingFor, setJudgingFor] = useState<ControlAction | null>(null);
  const [isReturning, setIsReturning] = useState(false);
  const command = useCommand();
  const headingId = `review-unit-${unit.id}`;
  const cardRef = useRef<HTMLElement>(null);
  const savedActionId = useRef<string | null>(null);
  // An action whose outcome was saved leaves the list with its button: go on to the next action to
  // record, else to the card's decisions, else to the card itself.
  const rescueFocus = useFocusRescue(() => {
    const card = cardRef.current;
    const buttons = [...(card?.querySelectorAll<HTMLElement>('[data-outcome-row]') ?? [])];
    return (
      buttons.find((button) => button.dataset.outcomeRow !== savedActionId.current) ??
      card?.querySelector<HTMLElement>('.toolbar button') ??
      card?.querySelector<HTMLElement>('h2')
    );
  });

  const handleApprove = () =>
    command.run(async () => {
      await reviews.approve(unit.id, year);
      notice.show(t('review.approved', { unit: unit.name }));
    });

  return (
    <section className="review-card" aria-labelledby={headingId} ref={cardRef}>
      <h2 id={headingId} tabIndex={-1}>
        {unit.name} <span className="review-card__path">{path}</span>
      </h2>
      <p>
        <strong>{t('review.completeness')}:</strong>{' '}
        {formatPercent(item.completeness, i18n.language)} ·{' '}
        <strong>{t(`review.states.${item.approval ?? 'none'}`)}</strong>
      </p>
      {item.isComplete && item.approval === 'approved' ? null : (
        <>
          {item.missingOutcome.length > 0 && (
            <>
              <h3>
                {t('review.missingOutcome')} ({item.missingOutcome.length})
              </h3>
              <ul className="review-card__list">
                {item.missingOutcome.map((action) => (
                  <li key={action.id}>
                    <span>{action.objective}</span>
                    {canRecord && (
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => setOutcomeFor(action)}
                        data-outcome-row={action.id}
                        aria-label={`${t('review.recordOutcome')}: ${action.objective}`}
                      >
                        {t('review.recordOutcome')}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          {item.unjudged.length > 0 && (
            <>
              <h3>
                {t('review.unjudged')} ({item.unjudged.length})
              </h3>
              <ul className="review-card__list">
                {item.unjudged.map(({ action, count }) => (
                  <li key={action.id}>
                    <span>
                      {action.objective} ({t('review.unjudgedCount', { count })})
                    </span>
                    {canRecord && (
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => setJudgingFor(action)}
                        aria-label={`${t('review.judgeIndicators')}: ${action.objective}`}
                      >
                        {t('review.judgeIndicators')}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          {item.risksNotAssessed.length > 0 && (
            <>
              <h3>
                {t('review.risksNotAssessed')} ({item.risksNotAssessed.length})
              </h3>
              <ul className="review-card__list">
                {item.risksNotAssessed.map((risk) => (
                  <li key={risk.id}>
                    <Link to={`/risks/${risk.id}`}>{risk.title}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
          {item.overdue.length > 0 && (
            <p>
              <strong>{t('review.overdue')}:</strong>{' '}
              {item.overdue.map((action) => action.objective).join('; ')}
            </p>
          )}
          {item.isComplete && <p>{t('review.allDone')}</p>}
        </>
      )}
      {canDecide && (
        <div className="toolbar">
          <button
            type="button"
            className="button button--primary"
            onClick={handleApprove}
            aria-label={`${t('review.approve')}: ${unit.name}`}
          >
            {t('review.approve')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => setIsReturning(true)}
            aria-label={`${t('review.return')}: ${unit.name}`}
          >
            {t('review.return')}
          </button>
        </div>
      )}
      <ErrorAlert message={command.error} />
      {outcomeFor && (
        <OutcomeDialog
          action={outcomeFor}
          onClose={() => setOutcomeFor(null)}
          onSaved={() => {
            savedActionId.current = outcomeFor.id;
            setOutcomeFor(null);
            rescueFocus();
            notice.show(t('review.outcomeSaved'));
          }}
        />
      )}
      {judgingFor && (
        <IndicatorsDialog
          action={judgingFor}
          canEdit={canRecord}
          onClose={() => setJudgingFor(null)}
          returnFocus={() =>
            cardRef.current?.querySelector<HTMLElement>('.toolbar button') ??
            cardRef.current?.querySelector<HTMLElement>('h2')
          }
        />
      )}
      {isReturning && (
        <ReturnDialog
          unit={unit}
          year={year}
          onClose={() => setIsReturning(false)}
          onSaved={() => {
            setIsReturning(false);
            notice.show(t('review.returned', { unit: unit.name }));
          }}
        />
      )}
    </section>
  );
};
