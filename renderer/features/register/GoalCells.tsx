import { useTranslation } from 'react-i18next';
import type { ActionRegisterRow } from '../../../shared/worklists/register-rows';

/** A figure of the row's indicators, or a word while the year's indicators are still read. */
export const IndicatorFigure = ({ value }: { value: number | null }) => {
  const { t } = useTranslation();
  return value === null ? <span className="muted">{t('register.reading')}</span> : <>{value}</>;
};

/**
 * The row's judgement in words (never by colour alone): the person's override, said so, or the
 * rule's; a row without indicators or with one not judged says that instead.
 */
export const JudgementCell = ({ row }: { row: ActionRegisterRow }) => {
  const { t } = useTranslation();
  if (row.judgement !== null)
    return row.override !== null ? (
      <>
        {t(`goals.judgements.${row.judgement}`)}{' '}
        <span className="muted">{t('register.overridden')}</span>
      </>
    ) : (
      <>{t(`goals.judgements.${row.judgement}`)}</>
    );
  if (row.indicatorCount === null) return <span className="muted">{t('register.reading')}</span>;
  if (row.indicatorCount === 0) return <span className="muted">{t('register.noIndicators')}</span>;
  return <>{t('goals.notJudgedOption')}</>;
};
