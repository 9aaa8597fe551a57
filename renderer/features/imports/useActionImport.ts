import { useTranslation } from 'react-i18next';
import type { ActionImportPlan } from '../../../shared/imports/action-import';
import type { ImportTable } from '../../../shared/imports/import-header';
import { planActionImport } from '../../../shared/imports/action-import';
import { MAX_IMPORT_BYTES, readCsvTable } from '../../../shared/imports/csv';
import type { TextEncoding } from '../../../shared/imports/import-file';
import { readImportFile } from '../../../shared/imports/import-file';
import { validationMessage } from '../../../shared/validation';
import type { ImportProgress, ImportResult, ValidPlan } from '../../data/imports/importActions';
import { useImportCommands } from '../../data/imports/useImportCommands';
import { toLanguage } from '../../i18n/locale';
import { readXlsx } from './readXlsx';

/** Where a check or an import is: reading the file, checking its rows, or writing them. */
export type ActionImportProgress =
  | { phase: 'reading'; done: number; total: number }
  | { phase: 'checking' }
  | ({ phase: 'importing' } & ImportProgress);

/**
 * `refused`: the file cannot be used at all (`message` is an i18n key, with parameters).
 * `encoding`: how a CSV file's text was read (null for a workbook).
 */
export type ActionImportCheck =
  | { kind: 'refused'; message: string }
  | { kind: 'checked'; plan: ActionImportPlan; encoding: TextEncoding | null };

/** Lets the window paint the progress before a long synchronous step. */
const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Checking a file of rows against the unit and its subtree, and importing a checked plan as the
 * current profile (with the automatic backup where the platform can write one).
 */
export const useActionImport = (unitId: string) => {
  const commands = useImportCommands(unitId);
  const { i18n } = useTranslation();

  const check = async (
    file: File,
    onProgress: (progress: ActionImportProgress) => void,
    signal?: AbortSignal,
  ): Promise<ActionImportCheck> => {
    if (file.size > MAX_IMPORT_BYTES) {
      return {
        kind: 'refused',
        message: validationMessage('imports.errors.tooLarge', { max: MAX_IMPORT_BYTES / 2 ** 20 }),
      };
    }
    const extension = /\.(csv|xlsx)$/i.exec(file.name)?.[1]?.toLowerCase();
    if (extension !== 'csv' && extension !== 'xlsx') {
      return { kind: 'refused', message: 'imports.errors.fileType' };
    }
    onProgress({ phase: 'reading', done: 0, total: 0 });
    const buffer = await file.arrayBuffer();
    await nextFrame();
    const content = readImportFile(new Uint8Array(buffer), extension);
    let table: ImportTable | ImportTable[];
    if (content.kind === 'refused') return content;
    if (content.kind === 'zip') {
      const result = await readXlsx(
        buffer,
        (progress) => onProgress({ phase: 'reading', done: progress.done, total: progress.total }),
        signal,
      );
      if (!result.ok) return { kind: 'refused', message: result.message };
      table = result.tables;
    } else {
      table = readCsvTable(content.text);
    }
    onProgress({ phase: 'checking' });
    await nextFrame();
    const state = await commands.loadState();
    // The file format is Finnish whatever the screen language: statuses are read as Finnish words.
    // Table kinds are read in any language; a message lists them in the reader's.
    const finnish = i18n.getFixedT('fi');
    const language = toLanguage(i18n.language);
    return {
      kind: 'checked',
      plan: planActionImport(table, state, { t: (key) => finnish(key), language }),
      encoding: content.kind === 'text' ? content.encoding : null,
    };
  };

  const apply = (
    plan: ValidPlan,
    onProgress: (progress: ActionImportProgress) => void,
  ): Promise<ImportResult> =>
    commands.apply(plan, (progress) => onProgress({ phase: 'importing', ...progress }));

  return {
    check,
    apply,
    takesBackup: commands.takesBackup,
  };
};
