import { useTranslation } from 'react-i18next';
import { auditCommitteeReport, statementFigures } from '../../../shared/reports/report-model';
import { useToday } from '../../hooks/useToday';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotice } from '../../components/Notice';
import { useCommand } from '../../components/useCommand';
import { toLanguage } from '../../i18n/locale';
import { usePlatform } from '../../platform/PlatformContext';
import { statementDraft } from './statementDraft';
import { useReportData, useSavedStatement } from '../../data/reports/useReportData';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Saves the §115 statement and summary tables as DOCX for the activity report. */
export const DocxButton = ({ scopeId, year }: { scopeId: string; year: number }) => {
  const { t, i18n } = useTranslation();
  const platform = usePlatform();
  const notice = useNotice();
  const today = useToday();
  const data = useReportData(year, today);
  const saved = useSavedStatement(year, scopeId);
  const command = useCommand();
  const report = data ? auditCommitteeReport(data, scopeId) : null;
  if (!report || report.isEmpty || saved === undefined) return null;

  const handleExport = () =>
    command.run(async () => {
      const statement = saved ?? statementDraft(t, statementFigures(report), i18n.language);
      // The Word writer is loaded when first asked for, not with every start of the app.
      const { statementDocx } = await import('./statementDocx');
      const content = await statementDocx(
        t,
        report,
        statement,
        t('reports.auditTitle', { year }),
        toLanguage(i18n.language),
      );
      const result = await platform.files.saveAs({
        suggestedName: `valvo-lausuma-${year}.docx`,
        mimeType: DOCX_MIME,
        content,
      });
      if (!result.ok) throw new Error(result.error);
      if (result.value.saved)
        notice.show(t('reports.docxSaved', { file: result.value.fileName ?? '' }));
    });

  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => void handleExport()}
        // Not disabled while saving: that would drop focus on the page body.
        aria-disabled={command.isBusy}
      >
        {command.isBusy ? t('app.saving') : t('reports.docx')}
      </button>
      <ErrorAlert message={command.error} />
    </>
  );
};
