import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveFileRequest } from '../../../shared/desktop-api';
import { TABLE_NAMES } from '../../../shared/exports/columns';
import { CSV_MIME_TYPE, toCsv } from '../../../shared/exports/csv';
import { exportFileName } from '../../../shared/exports/file-name';
import { registerTables } from '../../../shared/exports/register-tables';
import { useToday } from '../../hooks/useToday';
import { DialogButtons } from '../../components/DialogButtons';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotice } from '../../components/Notice';
import { SelectField } from '../../components/SelectField';
import { toLanguage } from '../../i18n/locale';
import { usePlatform } from '../../platform/PlatformContext';
import { ExportProgress } from './ExportProgress';
import { exportXlsx } from './exportXlsx';
import { useExportReader } from '../../data/worklists/readExportData';
import { XLSX_MIME_TYPE } from './xlsxFormat';
import type { XlsxProgress } from './xlsxMessages';

type Props = { unitId: string; unitName: string; year: number };
type CsvTable = 'actions' | 'risks';
type Running = { kind: 'xlsx'; progress: XlsxProgress | null } | { kind: 'csv' } | null;

/**
 * Exports the unit and its subtree: one XLSX (built in a worker, with progress) with a sheet of
 * rows per table kind and the risks, or one table as CSV for Finnish Excel (the rows of every
 * kind in one file, with a kind column). A cancelled save dialog is not an error.
 */
export const ExportMenu = ({ unitId, unitName, year }: Props) => {
  const { t, i18n } = useTranslation();
  const readData = useExportReader(unitId, year);
  const { files } = usePlatform();
  const notice = useNotice();
  const today = useToday();
  const [csvTable, setCsvTable] = useState<CsvTable>('actions');
  const [running, setRunning] = useState<Running>(null);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => () => abort.current?.abort(), []);

  // Read on the click, not kept live: the file holds what is saved now, not what was last shown.
  const tables = async () => {
    const data = await readData();
    // The file format is Finnish whatever the screen language: an import reads these words back.
    // The table kinds, which the organisation names in each language, are named in the reader's.
    const finnish = i18n.getFixedT('fi');
    const language = toLanguage(i18n.language);
    return registerTables(data, unitId, year, {
      t: (key, params) => finnish(key, params),
      today,
      language,
    });
  };

  const save = async (request: SaveFileRequest) => {
    const result = await files.saveAs(request);
    if (!result.ok) throw new Error(result.error);
    if (result.value.saved) {
      notice.show(t('exports.saved', { fileName: result.value.fileName ?? request.suggestedName }));
    }
  };

  const isBusy = running !== null;

  // Buttons stay focusable while busy (aria-disabled), so keyboard focus is not thrown away.
  const run = async (next: NonNullable<Running>, work: (signal: AbortSignal) => Promise<void>) => {
    if (isBusy || abort.current) return;
    const controller = new AbortController();
    abort.current = controller;
    setError(null);
    setRunning(next);
    try {
      await work(controller.signal);
    } catch (failure) {
      if (controller.signal.aborted) return;
      const message = failure instanceof Error ? failure.message : String(failure);
      setError(t('exports.failed', { message }));
    } finally {
      if (!controller.signal.aborted) {
        abort.current = null;
        setRunning(null);
      }
    }
  };

  const handleXlsx = () =>
    run({ kind: 'xlsx', progress: null }, async (signal) => {
      const { kindTables, risks } = await tables();
      const content = await exportXlsx(
        [...kindTables, risks],
        (progress) => setRunning({ kind: 'xlsx', progress }),
        signal,
      );
      await save({
        suggestedName: exportFileName({ table: 'rekisteri', year, scope: unitName }, 'xlsx'),
        mimeType: XLSX_MIME_TYPE,
        content,
      });
    });

  const handleCsv = () =>
    run({ kind: 'csv' }, async () => {
      // Risks are not kept per year, so only the rows' file names carry one.
      const name = { table: TABLE_NAMES[csvTable], scope: unitName };
      await save({
        suggestedName: exportFileName(csvTable === 'actions' ? { ...name, year } : name, 'csv'),
        mimeType: CSV_MIME_TYPE,
        content: toCsv((await tables())[csvTable]),
      });
    });

  return (
    <section aria-labelledby="exports-heading" className="exports">
      <h2 id="exports-heading">{t('exports.heading')}</h2>
      <p>{t('exports.scope', { unit: unitName, year })}</p>
      <DialogButtons
        secondary={{
          label: t('exports.xlsx'),
          onPress: () => void handleXlsx(),
          isDisabled: isBusy,
        }}
      />
      <p className="field__help">{t('exports.xlsxHelp')}</p>
      <SelectField
        label={t('exports.csvTable')}
        value={csvTable}
        onChange={(event) => setCsvTable(event.target.value as CsvTable)}
        options={[
          { value: 'actions', label: t('exports.tables.actions') },
          { value: 'risks', label: t('exports.tables.risks') },
        ]}
      />
      <DialogButtons
        secondary={{ label: t('exports.csv'), onPress: () => void handleCsv(), isDisabled: isBusy }}
      />
      {running?.kind === 'xlsx' && <ExportProgress progress={running.progress} />}
      <ErrorAlert message={error} />
    </section>
  );
};
