import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitPackage } from '../../../shared/packages/format';
import { useErrorText } from '../../hooks/useErrorText';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ModalDialog } from '../../components/ModalDialog';
import { usePlatform } from '../../platform/PlatformContext';
import { useBackupCommands } from '../../data/backups/useBackups';
import { unitNameOf } from '../../data/packages/packageFiles';
import type { OpenedPackage } from '../../session/usePackageMode';
import { usePackageText } from './usePackageText';

type Props = {
  opened: OpenedPackage;
  pkg: UnitPackage;
  onConfirm: () => Promise<void>;
  onClose: () => void;
};

/**
 * Before a new package replaces the open one: what goes, whether it was returned, and (in a
 * browser, where Valvo cannot write a backup itself) a download of the current state.
 */
export const ReplacePackageDialog = ({ opened, pkg, onConfirm, onClose }: Props) => {
  const { t } = useTranslation();
  const text = usePackageText();
  const errorText = useErrorText();
  const platform = usePlatform();
  const backups = useBackupCommands();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const act = async (work: () => Promise<unknown>) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  const { record } = opened;
  return (
    <ModalDialog title={t('packages.open.replaceTitle')} isOpen onClose={onClose}>
      <p>
        {t('packages.open.replaceHelp', {
          unit: opened.unitName,
          year: record.year,
          newUnit: unitNameOf(pkg),
          newYear: pkg.year,
        })}
      </p>
      <p>
        {record.returnedAt
          ? t('packages.open.returnedAt', { date: text.dateTime(record.returnedAt) })
          : t('packages.open.notReturned')}
      </p>
      {!platform.capabilities.canWriteBackupFiles && (
        <>
          <p>{t('packages.open.webBackup')}</p>
          <div className="form__buttons">
            <button
              type="button"
              className="button"
              aria-disabled={busy}
              onClick={() => act(backups.download)}
            >
              {t('packages.open.downloadFirst')}
            </button>
          </div>
        </>
      )}
      {busy && <p role="status">{t('packages.open.reading')}</p>}
      <ErrorAlert message={error} />
      <div className="form__buttons">
        <button
          type="button"
          className="button button--primary"
          aria-disabled={busy}
          onClick={() => act(onConfirm)}
        >
          {t('packages.open.confirm')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('app.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
};
