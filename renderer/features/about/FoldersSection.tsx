import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, FolderKind } from '../../../shared/desktop-api';
import { FOLDER_KINDS } from '../../../shared/desktop-api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePlatform } from '../../platform/PlatformContext';

/**
 * Where the data lives. On the desktop: the data, backups and logs folders, each with a button
 * that opens it in the file manager (the shell opens only these three). In a browser: the
 * data is in this browser's storage for the site, which has no folder to open.
 */
export const FoldersSection = ({ info }: { info: AppInfo | null | undefined }) => {
  const { t } = useTranslation();
  const platform = usePlatform();
  const [error, setError] = useState<string | null>(null);
  const labels: Record<FolderKind, string> = {
    data: t('about.folders.data'),
    backups: t('about.folders.backups'),
    logs: t('about.folders.logs'),
  };

  const handleOpen = async (kind: FolderKind) => {
    setError(null);
    const result = await platform.app.openFolder(kind).catch((failure: unknown) => ({
      ok: false as const,
      error: failure instanceof Error ? failure.message : String(failure),
    }));
    if (!result.ok) setError(t('about.folders.openFailed', { message: result.error }));
  };

  return (
    <section aria-labelledby="about-folders-heading">
      <h2 id="about-folders-heading">{t('about.folders.heading')}</h2>
      {info === undefined ? (
        <p>{t('app.loading')}</p>
      ) : info?.folders ? (
        <>
          <dl className="about-folders">
            {FOLDER_KINDS.map((kind) => (
              <div key={kind}>
                <dt>{labels[kind]}</dt>
                <dd>
                  <code className="about-folders__path">{info.folders?.[kind]}</code>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('about.folders.openLabel', { folder: labels[kind] })}
                    onClick={() => void handleOpen(kind)}
                  >
                    {t('about.folders.open')}
                  </button>
                </dd>
              </div>
            ))}
          </dl>
          <ErrorAlert message={error} />
        </>
      ) : (
        <>
          <p>{t('about.folders.browser', { origin: window.location.origin })}</p>
          <p>{t('about.folders.browserLogs')}</p>
        </>
      )}
    </section>
  );
};
