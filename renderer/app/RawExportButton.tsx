import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dumpRegister } from '../data/core/schemaGuard';

/** Saves every record the browser holds as JSON, without needing the schema: the way out of a failed open. */
export const RawExportButton = () => {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);

  const handleExport = async () => {
    setError(null);
    try {
      const dump = await dumpRegister();
      const url = URL.createObjectURL(
        new Blob([JSON.stringify(dump)], { type: 'application/json' }),
      );
      const link = document.createElement('a');
      link.href = url;
      link.download = `valvo-tiedot-${dump.dumpedAt.slice(0, 10)}.json`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return (
    <>
      <button type="button" className="button" onClick={handleExport}>
        {t('errors.exportRaw')}
      </button>
      {error && <p role="alert">{t('errors.exportRawFailed', { message: error })}</p>}
    </>
  );
};
