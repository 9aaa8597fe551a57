import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { XlsxProgress } from './xlsxMessages';

/**
 * The running XLSX export: a native <progress> named by the text beside it. It has no value
 * (indeterminate) until the first rows are counted and while the file is being compressed.
 */
export const ExportProgress = ({ progress }: { progress: XlsxProgress | null }) => {
  const { t } = useTranslation();
  const id = useId();
  const counting = progress?.phase === 'rows' && progress.total > 0;
  const text = !progress
    ? t('exports.preparing')
    : progress.phase === 'writing'
      ? t('exports.progressWriting')
      : t('exports.progressRows', { done: progress.done, total: progress.total });
  return (
    <div className="export-progress">
      <p id={id} role="status">
        {text}
      </p>
      {counting ? (
        <progress aria-labelledby={id} value={progress.done} max={progress.total} />
      ) : (
        <progress aria-labelledby={id} />
      )}
    </div>
  );
};
