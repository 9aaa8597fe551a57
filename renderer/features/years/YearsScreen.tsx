import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../../../shared/dates';
import { formatDateTime } from '../../../shared/dates';
import type { PlanYearStatus } from '../../../shared/domain/plan-year';
import { useRepositories } from '../../data/RepositoryProvider';
import { usePageTitle } from '../../hooks/usePageTitle';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCommand } from '../../components/useCommand';
import { useNotice } from '../../components/Notice';
import { rescueFocusWith } from '../../components/focusKeeper';
import { useProfile } from '../../session/useProfile';
import { CarryOverDialog } from './CarryOverDialog';
import { CloseYearDialog, ReopenYearDialog } from './YearDialogs';
import { usePlanYears } from '../../data/years/usePlanYears';

type Dialog = { kind: 'close' | 'reopen' | 'carry'; year: number } | null;

const STEP_BUTTONS: Record<PlanYearStatus, { to: PlanYearStatus; label: string }[]> = {
  planning: [{ to: 'active', label: 'years.toActive' }],
  active: [
    { to: 'review', label: 'years.toReview' },
    { to: 'planning', label: 'years.backToPlanning' },
  ],
  review: [{ to: 'active', label: 'years.backToActive' }],
  closed: [],
};

/** Plan years and their phases; a controller moves them on, closes, reopens and carries work over. */
export const YearsScreen = () => {
  const { t, i18n } = useTranslation();
  usePageTitle(t('years.heading'));
  const years = usePlanYears();
  const profile = useProfile();
  const { years: lifecycle } = useRepositories();
  const notice = useNotice();
  const [dialog, setDialog] = useState<Dialog>(null);
  const command = useCommand();
  const isController = profile?.role === 'controller';

  const handleStep = async (year: number, status: PlanYearStatus) => {
    // The pressed step button is replaced by the next phase's buttons: focus the first of those.
    // Said before the write, as the change can reach the screen before the write's promise does.
    rescueFocusWith(() =>
      document.querySelector<HTMLElement>(`[data-year-commands="${year}"] button`),
    );
    await command.run(async () => {
      await lifecycle.setStatus(year, status);
      notice.show(t('years.statusChanged', { year, status: t(`years.statuses.${status}`) }));
    });
  };

  if (!years) return <p>{t('app.loading')}</p>;
  return (
    <>
      <h1>{t('years.heading')}</h1>
      <p>{t('years.help')}</p>
      <ErrorAlert message={command.error} />
      <div className="table-scroll">
        <table className="register-table">
          <caption className="visually-hidden">{t('years.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('years.year')}</th>
              <th scope="col">{t('years.status')}</th>
              {isController && <th scope="col">{t('years.commands')}</th>}
            </tr>
          </thead>
          <tbody>
            {years.map((item) => (
              <tr key={item.id}>
                <th scope="row">{item.year}</th>
                <td>
                  {t(`years.statuses.${item.status}`)}
                  {item.closedAt && (
                    <div className="muted">
                      {t('years.closedInfo', {
                        date: formatDateTime(item.closedAt, i18n.language as LanguageCode),
                        by: item.closedBy ?? '',
                      })}
                    </div>
                  )}
                  {item.reopenReason && item.status !== 'closed' && (
                    <div className="muted">
                      {t('years.reopenedInfo', { reason: item.reopenReason })}
                    </div>
                  )}
                </td>
                {isController && (
                  <td>
                    <div
                      className="row-commands"
                      role="group"
                      aria-label={String(item.year)}
                      data-year-commands={item.year}
                    >
                      {STEP_BUTTONS[item.status].map((step) => (
                        <button
                          key={step.to}
                          type="button"
                          className="button button--small"
                          onClick={() => handleStep(item.year, step.to)}
                        >
                          {t(step.label)}
                        </button>
                      ))}
                      {item.status === 'review' && (
                        <button
                          type="button"
                          className="button button--small button--primary"
                          onClick={() => setDialog({ kind: 'close', year: item.year })}
                        >
                          {t('years.close')}
                        </button>
                      )}
                      {item.status === 'closed' && (
                        <>
                          <button
                            type="button"
                            className="button button--small"
                            onClick={() => setDialog({ kind: 'carry', year: item.year })}
                          >
                            {t('years.carry')}
                          </button>
                          <button
                            type="button"
                            className="button button--small"
                            onClick={() => setDialog({ kind: 'reopen', year: item.year })}
                          >
                            {t('years.reopen')}
                          </button>
                        </>
                      )}
                    </div>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {dialog?.kind === 'close' && (
        <CloseYearDialog year={dialog.year} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'reopen' && (
        <ReopenYearDialog year={dialog.year} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'carry' && (
        <CarryOverDialog fromYear={dialog.year} onClose={() => setDialog(null)} />
      )}
    </>
  );
};
