import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../shared/domain/unit';
import { reviewReason } from '../../../shared/risk-analysis';
import { useToday } from '../../hooks/useToday';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotice } from '../../components/Notice';
import { useProfile } from '../../session/useProfile';
import { AssessmentDialog } from './AssessmentDialog';
import { RiskFormDialog } from './RiskFormDialog';
import { RiskRow } from './RiskRow';
import { linkedActionIdsOf } from './linkedActions';
import { useRiskCommands } from './useRiskCommands';
import {
  useCategories,
  useMatrix,
  useRisksWithAssessments,
  useUnitActionsForLinking,
} from '../../data/risks/useRiskData';

type Props = { unit: Unit; canEdit: boolean };

/** The unit's risk register: levels, trends, the ones to assess now, and add/assess/edit/delete. */
export const RisksSection = ({ unit, canEdit: canEditUnit }: Props) => {
  const { t } = useTranslation();
  const read = useRisksWithAssessments([unit.id]);
  // Another unit's risks never show here, not even while this unit's are read.
  const own = read?.isCurrent ? read : undefined;
  const risks = own?.risks;
  const assessments = own?.assessments;
  const matrix = useMatrix();
  const categories = useCategories() ?? [];
  const actions = useUnitActionsForLinking(unit.id) ?? [];
  const profile = useProfile();
  const today = useToday();
  const notice = useNotice();
  const { dialog, setDialog, error, handleCommand, close } = useRiskCommands();
  const canEdit = canEditUnit && unit.active;
  const isLoading = risks === undefined || assessments === undefined || matrix === undefined;
  const sorted = [...(risks ?? [])].sort((a, b) => a.title.localeCompare(b.title, 'fi'));
  const toReview = sorted.filter((risk) =>
    reviewReason(risk, assessments?.get(risk.id) ?? [], today),
  );

  return (
    <section aria-labelledby="risks-heading" className="risks">
      <div className="section-header">
        <h2 id="risks-heading">{t('risks.sectionHeading')}</h2>
        {canEdit && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setDialog({ kind: 'add' })}
          >
            {t('risks.add')}
          </button>
        )}
      </div>
      <ErrorAlert message={error} />
      {isLoading ? (
        <p>{t('app.loading')}</p>
      ) : sorted.length === 0 ? (
        <div className="empty-state">
          <p>{t('risks.empty')}</p>
          {canEdit && <p>{t('risks.emptyHint')}</p>}
        </div>
      ) : (
        <>
          {toReview.length > 0 && (
            <div className="review-list" role="note" aria-labelledby="review-heading">
              <h3 id="review-heading">
                {t('risks.reviewListHeading')} ({toReview.length})
              </h3>
              <ul>
                {toReview.map((risk) => (
                  <li key={risk.id}>
                    {risk.title}:{' '}
                    {t(
                      `risks.reviewReasons.${reviewReason(risk, assessments.get(risk.id) ?? [], today)!}`,
                    )}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div className="table-scroll">
            <table className="register-table">
              <caption className="visually-hidden">
                {t('risks.tableCaption', { unit: unit.name })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('risks.title')}</th>
                  <th scope="col">{t('risks.category')}</th>
                  <th scope="col">{t('risks.owner')}</th>
                  <th scope="col">{t('risks.status')}</th>
                  <th scope="col">{t('risks.kinds.inherent')}</th>
                  <th scope="col">{t('risks.kinds.residual')}</th>
                  <th scope="col">{t('risks.reviewDate')}</th>
                  {canEdit && <th scope="col">{t('risks.commands')}</th>}
                </tr>
              </thead>
              <tbody>
                {sorted.map((risk) => (
                  <RiskRow
                    key={risk.id}
                    risk={risk}
                    assessments={assessments.get(risk.id) ?? []}
                    matrix={matrix}
                    categories={categories}
                    today={today}
                    canEdit={canEdit}
                    onCommand={handleCommand}
                  />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {(dialog?.kind === 'add' || dialog?.kind === 'edit') && (
        <RiskFormDialog
          unitId={unit.id}
          risk={dialog.kind === 'edit' ? dialog.risk : null}
          linkedActionIds={dialog.kind === 'edit' ? linkedActionIdsOf(dialog.risk.id, actions) : []}
          onClose={close}
          onSaved={() => {
            close();
            notice.show(t('app.saved'));
          }}
        />
      )}
      {dialog?.kind === 'assess' && matrix && (
        <AssessmentDialog
          risk={dialog.risk}
          matrix={matrix}
          assessor={profile?.name ?? ''}
          onClose={close}
          onSaved={() => {
            close();
            notice.show(t('risks.assessment.saved'));
          }}
        />
      )}
    </section>
  );
};
