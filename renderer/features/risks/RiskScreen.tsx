import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../../../shared/dates';
import { formatDate } from '../../../shared/dates';
import { currentLevel, exceedsTolerance } from '../../../shared/risk-analysis';
import { usePageTitle } from '../../hooks/usePageTitle';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RecordHistory } from '../audit';
import { useNotice } from '../../components/Notice';
import { useProfile } from '../../session/useProfile';
import { useUnits } from '../../data/units/useUnits';
import { AssessmentDialog } from './AssessmentDialog';
import { AssessmentHistory } from './AssessmentHistory';
import { LevelBadge } from './LevelBadge';
import { RiskFormDialog } from './RiskFormDialog';
import { linkedActionIdsOf } from './linkedActions';
import { useRiskCommands } from './useRiskCommands';
import {
  useAssessmentsByRisk,
  useCategories,
  useMatrix,
  useRisk,
  useUnitActionsForLinking,
} from '../../data/risks/useRiskData';

/** One risk: its facts, current levels with trend, the actions that reduce it, and its assessment history. */
export const RiskScreen = () => {
  const { t, i18n } = useTranslation();
  const { riskId = '' } = useParams();
  const risk = useRisk(riskId);
  const assessments = useAssessmentsByRisk([riskId])?.get(riskId) ?? [];
  const matrix = useMatrix();
  const categories = useCategories() ?? [];
  const units = useUnits() ?? [];
  const actions = useUnitActionsForLinking(risk?.unitId ?? '') ?? [];
  const profile = useProfile();
  const notice = useNotice();
  const { dialog, setDialog, error, handleCommand, close } = useRiskCommands();
  usePageTitle(risk?.title ?? t('risks.details'));

  if (risk === undefined || matrix === undefined) return <p>{t('app.loading')}</p>;
  if (risk === null || risk.deletedAt !== null) {
    return (
      <>
        <h1>{t('risks.notFound')}</h1>
        <Link to="/units">{t('nav.units')}</Link>
      </>
    );
  }
  const unit = units.find((item) => item.id === risk.unitId);
  const inherent = currentLevel(assessments, 'inherent', matrix);
  const residual = currentLevel(assessments, 'residual', matrix);
  const current = residual ?? inherent;
  const linked = actions.filter((action) => linkedActionIdsOf(risk.id, [action]).length > 0);
  const objective =
    actions.find((action) => action.id === risk.objectiveActionId)?.objective ?? risk.objectiveText;
  const canEdit = profile !== undefined && profile?.role !== 'reader' && unit?.active === true;
  const language = i18n.language as LanguageCode;
  const fact = (label: string, value: string) => (
    <div>
      <dt>{label}</dt>
      <dd className="cell-text">{value || '–'}</dd>
    </div>
  );

  return (
    <>
      {unit && (
        <p className="breadcrumb">
          <Link to={`/units/${unit.id}`}>{unit.name}</Link>
        </p>
      )}
      <h1>{risk.title}</h1>
      <p className="levels">
        <strong>{t('risks.kinds.inherent')}:</strong> <LevelBadge level={inherent} />
        <br />
        <strong>{t('risks.kinds.residual')}:</strong> <LevelBadge level={residual} />
        {current && exceedsTolerance(risk, current, matrix) && (
          <span className="flag flag--danger">
            <span aria-hidden="true">▲ </span>
            {t('risks.aboveTolerance')}
          </span>
        )}
      </p>
      {canEdit && (
        <div className="toolbar">
          {risk.status !== 'closed' && (
            <button
              type="button"
              className="button button--primary"
              onClick={() => handleCommand('assess', risk)}
            >
              {t('risks.assess')}
            </button>
          )}
          <button
            type="button"
            className="button"
            onClick={() => setDialog({ kind: 'edit', risk })}
          >
            {t('app.edit')}
          </button>
        </div>
      )}
      <ErrorAlert message={error} />
      <h2>{t('risks.details')}</h2>
      <dl className="facts facts--stacked">
        {fact(t('risks.description'), risk.description)}
        {fact(
          t('risks.category'),
          categories.find((item) => item.id === risk.category)?.name ?? '',
        )}
        {fact(t('risks.cause'), risk.cause)}
        {fact(t('risks.consequence'), risk.consequence)}
        {fact(t('risks.owner'), risk.owner)}
        {fact(t('risks.treatment'), risk.treatment ? t(`risks.treatments.${risk.treatment}`) : '')}
        {fact(t('risks.controls'), risk.controls)}
        {fact(t('risks.status'), t(`risks.statuses.${risk.status}`))}
        {fact(t('risks.reviewDate'), risk.reviewDate ? formatDate(risk.reviewDate, language) : '')}
        {fact(t('risks.objective'), objective)}
      </dl>
      <h2>{t('risks.linkedActions')}</h2>
      {linked.length === 0 ? (
        <p className="muted">–</p>
      ) : (
        <ul>
          {linked.map((action) => (
            <li key={action.id}>
              {action.year}: {action.objective}
            </li>
          ))}
        </ul>
      )}
      <h2>{t('risks.history')}</h2>
      <AssessmentHistory assessments={assessments} matrix={matrix} />
      <RecordHistory entity="risk" entityId={risk.id} />
      {dialog?.kind === 'edit' && (
        <RiskFormDialog
          unitId={risk.unitId}
          risk={risk}
          linkedActionIds={linkedActionIdsOf(risk.id, actions)}
          onClose={close}
          onSaved={() => {
            close();
            notice.show(t('app.saved'));
          }}
        />
      )}
      {dialog?.kind === 'assess' && (
        <AssessmentDialog
          risk={risk}
          matrix={matrix}
          assessor={profile?.name ?? ''}
          onClose={close}
          onSaved={() => {
            close();
            notice.show(t('risks.assessment.saved'));
          }}
        />
      )}
    </>
  );
};
