import type { ChangeEvent } from 'react';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportError } from '../../../shared/imports/import-header';
import { columnHeader } from '../../../shared/imports/import-header';
import { FIELD_COLUMN } from '../../../shared/imports/action-import';
import { parseValidationMessage } from '../../../shared/validation';
import { useErrorText } from '../../hooks/useErrorText';
import { Alert } from '../../components/Alert';
import { DialogButtons } from '../../components/DialogButtons';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotice } from '../../components/Notice';
import { usePlatform } from '../../platform/PlatformContext';
import { useProfile } from '../../session/useProfile';
import type { ValidPlan } from '../../data/imports/importActions';
import { ActionImportError } from '../../data/imports/importActions';
import type { ActionImportProgress } from './useActionImport';
import { useActionImport } from './useActionImport';

type Props = { unitId: string; unitName: string };

/** How many errors or changes are listed on screen; the rest are counted (and can be saved). */
export const LIST_LIMIT = 50;

/** `isWindows1252`: the CSV was read as an old Excel's encoding, which the user is told. */
type State =
  | { kind: 'idle' }
  | { kind: 'busy'; progress: ActionImportProgress }
  | { kind: 'invalid'; fileName: string; errors: ImportError[]; isWindows1252: boolean }
  | { kind: 'ready'; fileName: string; plan: ValidPlan; isWindows1252: boolean };

const ProgressLine = ({ progress }: { progress: ActionImportProgress }) => {
  const { t } = useTranslation();
  const id = useId();
  const counting = progress.phase !== 'checking' && progress.total > 0;
  const text =
    progress.phase === 'checking'
      ? t('imports.checking')
      : progress.phase === 'importing'
        ? t('imports.importing', { done: progress.done, total: progress.total })
        : counting
          ? t('imports.readingRows', { done: progress.done, total: progress.total })
          : t('imports.reading');
  return (
    <div className="export-progress">
      <p id={id}>{text}</p>
      {counting ? (
        <progress aria-labelledby={id} value={progress.done} max={progress.total} />
      ) : (
        <progress aria-labelledby={id} />
      )}
    </div>
  );
};

/**
 * Imports control-action rows of the unit and its subtree from a CSV or XLSX in the export's
 * format. The whole file is checked first: with any error every error is listed (by Excel row
 * and column) and nothing is written; otherwise a summary waits for the controller to confirm.
 */
export const ImportActionsSection = ({ unitId, unitName }: Props) => {
  const { t } = useTranslation();
  const profile = useProfile();
  const actionImport = useActionImport(unitId);
  const { files } = usePlatform();
  const notice = useNotice();
  const errorText = useErrorText();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const result = useRef<HTMLHeadingElement>(null);
  const abort = useRef<AbortController | null>(null);
  const inputId = useId();
  const helpId = useId();

  useEffect(() => () => abort.current?.abort(), []);
  // In the commit that shows the result, not a task later: until then focus stays on the file
  // input, where a key press (Space, Enter) would open the file dialog again.
  useLayoutEffect(() => {
    if (state.kind === 'invalid' || state.kind === 'ready') result.current?.focus();
  }, [state.kind]);

  if (profile?.role !== 'controller') return null;

  const busy = state.kind === 'busy';

  const messageText = (message: string) => {
    const { key, params } = parseValidationMessage(message);
    return t(key, params);
  };

  // A workbook has a sheet per table kind, so its row numbers say where only with the sheet.
  const errorLine = ({ row, column, message, sheet }: ImportError) => {
    const text = messageText(message);
    if (sheet !== undefined)
      return column
        ? t('imports.errorAtSheet', { sheet, row, column, message: text })
        : t('imports.errorAtSheetRow', { sheet, row, message: text });
    return column
      ? t('imports.errorAt', { row, column, message: text })
      : t('imports.errorAtRow', { row, message: text });
  };

  const handleFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared at once, so that choosing the same file again is a new choice.
    event.target.value = '';
    if (!file || busy) return;
    const controller = new AbortController();
    abort.current = controller;
    setError(null);
    setState({ kind: 'busy', progress: { phase: 'reading', done: 0, total: 0 } });
    try {
      const checked = await actionImport.check(
        file,
        (progress) => !controller.signal.aborted && setState({ kind: 'busy', progress }),
        controller.signal,
      );
      if (controller.signal.aborted) return;
      if (checked.kind === 'refused') {
        setState({ kind: 'idle' });
        setError(t('imports.refused', { message: messageText(checked.message) }));
      } else {
        const isWindows1252 = checked.encoding === 'windows-1252';
        setState(
          checked.plan.ok
            ? { kind: 'ready', fileName: file.name, plan: checked.plan, isWindows1252 }
            : { kind: 'invalid', fileName: file.name, errors: checked.plan.errors, isWindows1252 },
        );
      }
    } catch (failure) {
      if (controller.signal.aborted) return;
      setState({ kind: 'idle' });
      const message = failure instanceof Error ? failure.message : String(failure);
      setError(t('imports.unreadable', { message }));
    } finally {
      if (abort.current === controller) abort.current = null;
    }
  };

  const handleImport = async () => {
    if (state.kind !== 'ready') return;
    const { plan } = state;
    setError(null);
    const total = plan.creates.length + plan.updates.length;
    setState({ kind: 'busy', progress: { phase: 'importing', done: 0, total } });
    try {
      const done = await actionImport.apply(plan, (progress) =>
        setState({ kind: 'busy', progress }),
      );
      setState({ kind: 'idle' });
      notice.show(t('imports.done', { created: done.created, updated: done.updated }));
      input.current?.focus();
    } catch (failure) {
      setState(state);
      const cause = failure instanceof ActionImportError ? failure.cause : failure;
      const message = errorText(cause);
      setError(
        failure instanceof ActionImportError
          ? t('imports.failedAtRow', { row: failure.row, message })
          : t('imports.failed', { message }),
      );
    }
  };

  const handleCancel = () => {
    setState({ kind: 'idle' });
    setError(null);
    input.current?.focus();
  };

  const saveErrors = async (fileName: string, errors: ImportError[]) => {
    const content = `${errors.map(errorLine).join('\r\n')}\r\n`;
    const base = fileName.replace(/\.[^.]*$/, '');
    const saved = await files.saveAs({
      suggestedName: `${base}-virheet.txt`,
      mimeType: 'text/plain;charset=utf-8',
      content,
    });
    if (!saved.ok) setError(t('imports.saveErrorsFailed', { message: saved.error }));
  };

  const changeLines = (plan: ValidPlan) => {
    const order: (string | undefined)[] = plan.sheets ?? [];
    return [
      ...plan.creates.map((create) => ({ ...create, text: t('imports.newRow') })),
      ...plan.updates.map((update) => ({
        ...update,
        text: t('imports.changedRow', {
          fields: update.changed.map((field) => columnHeader(FIELD_COLUMN[field])).join(', '),
        }),
      })),
    ]
      .sort((a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet) || a.row - b.row)
      .map(({ row, sheet, text }) => ({
        key: `${sheet ?? ''}:${row}`,
        line:
          sheet === undefined
            ? t('imports.rowLine', { row, text })
            : t('imports.sheetRowLine', { sheet, row, text }),
      }));
  };
  const changes = state.kind === 'ready' ? changeLines(state.plan) : [];

  return (
    <section aria-labelledby="imports-heading" className="exports">
      <h2 id="imports-heading">{t('imports.heading')}</h2>
      <p id={helpId}>{t('imports.help', { unit: unitName })}</p>
      <div className="field">
        <label htmlFor={inputId}>{t('imports.file')}</label>
        <input
          ref={input}
          id={inputId}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={helpId}
          onChange={(event) => void handleFile(event)}
        />
      </div>
      <div role="status">{state.kind === 'busy' && <ProgressLine progress={state.progress} />}</div>
      <ErrorAlert message={error} />
      {state.kind === 'invalid' && (
        <div className="import-result">
          <h3 ref={result} tabIndex={-1}>
            {t('imports.invalidHeading', { fileName: state.fileName })}
          </h3>
          <Alert>{t('imports.invalid', { count: state.errors.length })}</Alert>
          {state.isWindows1252 && <p>{t('imports.windows1252Note')}</p>}
          <ul aria-label={t('imports.errorList')}>
            {state.errors.slice(0, LIST_LIMIT).map((item, index) => (
              <li key={index}>{errorLine(item)}</li>
            ))}
          </ul>
          {state.errors.length > LIST_LIMIT && (
            <p>{t('imports.moreErrors', { count: state.errors.length - LIST_LIMIT })}</p>
          )}
          <DialogButtons
            secondary={{
              label: t('imports.saveErrors'),
              onPress: () => void saveErrors(state.fileName, state.errors),
            }}
            onCancel={handleCancel}
            cancelLabel={t('app.close')}
          />
        </div>
      )}
      {state.kind === 'ready' && (
        <div className="import-result">
          <h3 ref={result} tabIndex={-1}>
            {t('imports.readyHeading', { fileName: state.fileName })}
          </h3>
          <p>
            {t('imports.summary', {
              created: state.plan.creates.length,
              updated: state.plan.updates.length,
              unchanged: state.plan.unchanged.length,
            })}
          </p>
          {state.isWindows1252 && <p>{t('imports.windows1252Note')}</p>}
          {changes.length > 0 ? (
            <>
              <ul aria-label={t('imports.changeList')}>
                {changes.slice(0, LIST_LIMIT).map((line) => (
                  <li key={line.key}>{line.line}</li>
                ))}
              </ul>
              {changes.length > LIST_LIMIT && (
                <p>{t('imports.moreChanges', { count: changes.length - LIST_LIMIT })}</p>
              )}
              <p className="field__help">
                {actionImport.takesBackup ? t('imports.backupNote') : t('imports.noBackupNote')}
              </p>
              <DialogButtons
                primary={{ label: t('imports.confirm'), onPress: () => void handleImport() }}
                onCancel={handleCancel}
              />
            </>
          ) : (
            <>
              <p>{t('imports.nothingToImport')}</p>
              <DialogButtons onCancel={handleCancel} cancelLabel={t('app.close')} />
            </>
          )}
        </div>
      )}
    </section>
  );
};
