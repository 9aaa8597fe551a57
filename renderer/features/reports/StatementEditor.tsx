import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditCommitteeReport, statementFigures } from '../../../shared/reports/report-model';
import { useRepositories } from '../../data/RepositoryProvider';
import { useToday } from '../../hooks/useToday';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCommand } from '../../components/useCommand';
import { useNotice } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { statementDraft } from './statementDraft';
import { useReportData, useSavedStatement } from '../../data/reports/useReportData';

/** Lets the controller edit the drafted §115 paragraph; the saved text is what prints. */
export const StatementEditor = ({ scopeId, year }: { scopeId: string; year: number }) => {
  const today = useToday();
  const data = useReportData(year, today);
  const saved = useSavedStatement(year, scopeId);
  if (data === undefined || saved === undefined) return null;
  const report = auditCommitteeReport(data, scopeId);
  if (!report || report.isEmpty) return null;
  return (
    <StatementForm
      // A new scope, year or saved text starts the form again: an edit never moves to another scope.
      key={`${scopeId}|${year}|${saved ?? ''}`}
      scopeId={scopeId}
      year={year}
      saved={saved}
      figures={statementFigures(report)}
    />
  );
};

type FormProps = {
  scopeId: string;
  year: number;
  saved: string | null;
  figures: ReturnType<typeof statementFigures>;
};

const StatementForm = ({ scopeId, year, saved, figures }: FormProps) => {
  const { t, i18n } = useTranslation();
  const { reportStatements } = useRepositories();
  const notice = useNotice();
  const draft = statementDraft(t, figures, i18n.language);
  const [text, setText] = useState(saved ?? draft);
  const command = useCommand();

  const handleSave = () =>
    command.run(async () => {
      await reportStatements.save({ year, scopeUnitId: scopeId, text });
      notice.show(t('reports.statementSaved'));
    });

  return (
    <section className="statement-editor no-print" aria-labelledby="statement-editor-heading">
      <h2 id="statement-editor-heading">{t('reports.sections.statement')}</h2>
      <TextField
        multiline
        rows={6}
        label={t('reports.statementLabel')}
        help={t('reports.statementHelp')}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <ErrorAlert message={command.error} />
      <div className="toolbar">
        <button type="button" className="button button--primary" onClick={handleSave}>
          {t('reports.statementSave')}
        </button>
        <button type="button" className="button" onClick={() => setText(draft)}>
          {t('reports.statementReset')}
        </button>
      </div>
    </section>
  );
};
