import { useTranslation } from 'react-i18next';
import type { BackupProblem } from '../../../shared/backup/format';
import type { LanguageCode } from '../../../shared/dates';
import { formatDateTime } from '../../../shared/dates';
import type { BackupReason } from '../../../shared/desktop-api';
import { parseValidationMessage } from '../../../shared/validation';

const decode = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

/** Finnish words for what the backup screen shows: reasons, sizes, counts, problems. */
export const useBackupText = () => {
  const { t, i18n } = useTranslation();
  const language = (i18n.language as LanguageCode) ?? 'fi';
  const reasons: Record<BackupReason, string> = {
    scheduled: t('backup.reasons.scheduled'),
    quit: t('backup.reasons.quit'),
    manual: t('backup.reasons.manual'),
    'pre-import': t('backup.reasons.preImport'),
    'pre-restore': t('backup.reasons.preRestore'),
    'pre-migration': t('backup.reasons.preMigration'),
    'year-close': t('backup.reasons.yearClose'),
  };
  const number = new Intl.NumberFormat(language === 'en' ? 'en-GB' : `${language}-FI`, {
    maximumFractionDigits: 1,
  });
  return {
    reason: (reason: BackupReason) => reasons[reason] ?? reason,
    dateTime: (iso: string) => formatDateTime(iso, language),
    size: (bytes: number) =>
      bytes >= 1024 * 1024
        ? t('backup.sizeMegabytes', { size: number.format(bytes / (1024 * 1024)) })
        : t('backup.sizeKilobytes', { size: number.format(Math.max(bytes / 1024, 0.1)) }),
    counts: (counts: Record<string, number> | null | undefined) =>
      counts
        ? t('backup.counts', {
            units: counts.units ?? 0,
            actions: counts.controlActions ?? 0,
            risks: counts.risks ?? 0,
          })
        : t('backup.countsUnknown'),
    /** A problem's message key (with `?detail=…` parameters) as a Finnish sentence. */
    problem: (problem: BackupProblem) => {
      const { key, params } = parseValidationMessage(problem.message);
      const decoded = Object.fromEntries(
        Object.entries(params).map(([name, value]) => [name, decode(value)]),
      );
      return t(key, { detail: '', ...decoded });
    },
    /** Where in the file: `tables.risks[12].owner`, `1:5321` (line:column) or the whole file. */
    place: (path: string) =>
      path === '$' || path === ''
        ? t('backup.problems.wholeFile')
        : /^\d+:\d+$/.test(path)
          ? t('backup.problems.lineColumn', {
              line: path.split(':')[0],
              column: path.split(':')[1],
            })
          : path,
  };
};
