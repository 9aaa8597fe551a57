import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../../../shared/dates';
import { formatDate } from '../../../shared/dates';
import type { Indicator } from '../../../shared/domain/indicator';
import { NUMERIC_TYPES } from '../../../shared/domain/indicator';
import { latestReading, suggestJudgement } from '../../../shared/goals/judgement';
import { showIndicatorValue } from './formatIndicatorValue';

export type IndicatorCommand = 'reading' | 'judge' | 'edit' | 'delete';

type Props = {
  indicator: Indicator;
  canEdit: boolean;
  /** Prefix of the command buttons' ids, so that focus can come back to the one pressed. */
  idPrefix: string;
  onCommand: (command: IndicatorCommand, indicator: Indicator) => void;
};

/** One indicator in the dialog: what it measures, its baseline and target, actual values and judgement. */
export const IndicatorCard = ({ indicator, canEdit, idPrefix, onCommand }: Props) => {
  const { t, i18n } = useTranslation();
  const language = i18n.language as LanguageCode;
  const show = (value: Indicator['target']) =>
    value === null ? t('goals.card.none') : showIndicatorValue(indicator, value, language, t);
  const latest = latestReading(indicator.values);
  const suggested = suggestJudgement(indicator);
  const direction =
    NUMERIC_TYPES.includes(indicator.type) && indicator.higherIsBetter !== null
      ? t(indicator.higherIsBetter ? 'goals.card.higherBetter' : 'goals.card.lowerBetter')
      : null;
  const headingId = `${idPrefix}-heading`;
  const button = (command: IndicatorCommand, label: string, danger = false) => (
    <button
      type="button"
      id={`${idPrefix}-${command}`}
      className={danger ? 'button button--small button--danger' : 'button button--small'}
      onClick={() => onCommand(command, indicator)}
    >
      {label}
    </button>
  );
  return (
    <li className="indicator-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="indicator-card__text">
        {indicator.text}
      </h3>
      <dl className="indicator-card__facts">
        <dt>{t('goals.form.type')}</dt>
        <dd>
          {t(`goals.indicatorTypes.${indicator.type}`)}
          {indicator.unit && ` (${indicator.unit})`}
        </dd>
        {indicator.type !== 'text' && (
          <>
            <dt>{t('goals.form.baseline')}</dt>
            <dd>{show(indicator.baseline)}</dd>
            <dt>{t('goals.form.target')}</dt>
            <dd>
              {show(indicator.target)}
              {direction && ` · ${direction}`}
            </dd>
          </>
        )}
        <dt>{t('goals.card.actual')}</dt>
        <dd>
          {latest
            ? t('goals.card.latest', {
                value: showIndicatorValue(indicator, latest.value, language, t),
                date: formatDate(latest.date, language),
                by: latest.by,
                count: indicator.values.length,
              })
            : t('goals.noActual')}
        </dd>
        <dt>{t('goals.judge.judgement')}</dt>
        <dd>
          {indicator.judgement
            ? t(`goals.judgements.${indicator.judgement}`)
            : t('goals.notJudged')}
          {suggested &&
            suggested !== indicator.judgement &&
            ` · ${t('goals.judge.suggested', {
              judgement: t(`goals.judgements.${suggested}`).toLocaleLowerCase(language),
            })}`}
        </dd>
      </dl>
      {canEdit && (
        <div className="row-commands" role="group" aria-labelledby={headingId}>
          {button('reading', t('goals.card.addReading'))}
          {button('judge', t('goals.card.judge'))}
          {button('edit', t('app.edit'))}
          {button('delete', t('goals.card.delete'), true)}
        </div>
      )}
    </li>
  );
};
