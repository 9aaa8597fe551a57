import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotice } from '../../components/Notice';
import type { OpenedPackage } from '../../session/usePackageMode';
import { usePackageCommands } from '../../data/packages/usePackageCommands';
import { useCommand } from '../../components/useCommand';
import { usePackageText } from './usePackageText';
import './packages.css';

/** Says which package this Valvo works in, and writes the return for the controller. */
export const PackageBanner = ({ opened }: { opened: OpenedPackage }) => {
  const { t } = useTranslation();
  const commands = usePackageCommands();
  const notice = useNotice();
  const text = usePackageText();
  const command = useCommand();
  const { record, unitName } = opened;

  const handleReturn = () =>
    command.run(async () => {
      const saved = await commands.returnAndSave();
      if (saved.saved) notice.show(t('packages.banner.returned', { fileName: saved.fileName }));
    });

  return (
    <section className="package-banner" aria-label={t('packages.banner.label')}>
      <p className="package-banner__text">
        {t('packages.banner.text', { unit: unitName, year: record.year, name: record.issuedTo })}
      </p>
      {record.returnedAt && (
        <p className="package-banner__returned">
          {t('packages.banner.lastReturned', { date: text.dateTime(record.returnedAt) })}
        </p>
      )}
      <button
        type="button"
        className="button button--primary"
        aria-disabled={command.isBusy}
        onClick={handleReturn}
      >
        {t('packages.banner.returnPackage')}
      </button>
      {command.isBusy && <p role="status">{t('packages.banner.returning')}</p>}
      <ErrorAlert message={command.error} />
    </section>
  );
};
