import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../../../shared/dates';
import type { JudgementOverride } from '../../../shared/domain/indicator';
import type { RowJudgement } from '../../../shared/goals/judgement';

type Props = {
  row: RowJudgement;
  count: number;
  override: JudgementOverride | null;
  /** In the dialog, under its own heading; in the unit page's table cell, lines of the cell. */
  isTitled?: boolean;
};

/** The row's judgement by the rule, with its reason (how many indicators are met), and any override. */
export const RowVerdict = ({ row, count, override, isTitled = false }: Props) => {
  const { t, i18n } = useTranslation();
  const language = i18n.language as LanguageCode;
  const lower = (text: string) => text.toLocaleLowerCase(language);
  const judged = count - row.counts.pending;
  return (
    <div className={isTitled ? 'row-verdict' : undefined}>
      {isTitled && <h3 className="dialog__subtitle">{t('goals.dialog.rowJudgement')}</h3>}
      <p className="indicators__verdict">
        {row.derived
          ? t('goals.byRule', {
              judgement: lower(t(`goals.judgements.${row.derived}`)),
              met: row.counts.met,
              count,
            })
          : t('goals.pending', { judged, count })}
      </p>
      {override && (
        <p className="indicators__verdict">
          {t('goals.overridden', {
            judgement: lower(t(`goals.judgements.${override.judgement}`)),
            by: override.by,
            reason: override.reason,
          })}
        </p>
      )}
    </div>
  );
};
