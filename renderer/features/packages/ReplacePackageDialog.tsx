import { useTranslation } from 'react-i18next';
import type { UnitPackage } from '../../../shared/packages/format';
import { DialogButtons } from '../../components/DialogButtons';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ModalDialog } from '../../components/ModalDialog';
import { useCommand } from '../../components/useCommand';
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
  const platform = usePlatform();
  const backups = useBackupCommands();
  const command = useCommand();

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
          <DialogButtons
            secondary={{
              label: t('packages.open.downloadFirst'),
              onPress: () => void command.run(backups.download),
              isDisabled: command.isBusy,
            }}
          />
        </>
      )}
      {command.isBusy && <p role="status">{t('packages.open.reading')}</p>}
      <ErrorAlert message={command.error} />
      <DialogButtons
        primary={{
          label: t('packages.open.confirm'),
          onPress: () => void command.run(onConfirm),
          isDisabled: command.isBusy,
        }}
        onCancel={onClose}
      />
    </ModalDialog>
  );
};
