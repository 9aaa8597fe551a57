import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../hooks/usePageTitle';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotice } from '../../components/Notice';
import { SelectField } from '../../components/SelectField';
import { useOrganisation, useProfile } from '../../session/useProfile';
import { useUnits } from '../../data/units/useUnits';
import { usePlanYears } from '../../data/years/usePlanYears';
import { DialogButtons } from '../../components/DialogButtons';
import { useCommand } from '../../components/useCommand';
import { IssuedPackagesList } from './IssuedPackagesList';
import type { Selection } from './UnitPicker';
import { UnitPicker } from './UnitPicker';
import type { ExportProgress } from '../../data/packages/usePackageCommands';
import { usePackageCommands } from '../../data/packages/usePackageCommands';
import './packages.css';

/**
 * Yksikköpaketit (controllers): pick a year and units, and export one package file per unit (a
 * ZIP when there are several); below, the packages issued for the year and what came back.
 */
export const PackagesScreen = () => {
  const { t } = useTranslation();
  usePageTitle(t('packages.heading'));
  const profile = useProfile();
  const organisation = useOrganisation();
  const planYears = usePlanYears();
  const units = useUnits();
  const commands = usePackageCommands();
  const notice = useNotice();
  const progressId = useId();
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  const [selection, setSelection] = useState<Selection>(new Map());
  const [progress, setProgress] = useState<ExportProgress | 'starting' | null>(null);
  const command = useCommand();

  if (profile === undefined || planYears === undefined || units === undefined)
    return <p>{t('app.loading')}</p>;
  if (profile?.role !== 'controller')
    return (
      <>
        <h1>{t('packages.heading')}</h1>
        <p>{t('errors.controllerOnly')}</p>
      </>
    );

  const year =
    chosenYear ??
    planYears.find((item) => item.year === organisation?.currentYear)?.year ??
    planYears.at(-1)?.year ??
    new Date().getFullYear();
  const planYear = planYears.find((item) => item.year === year);
  const isClosed = planYear?.status === 'closed';
  const isBusy = progress !== null;

  const handleExport = async () => {
    if (isBusy || isClosed) return;
    if (selection.size === 0) {
      command.setError(t('packages.errors.noUnits'));
      return;
    }
    setProgress('starting');
    await command.run(async () => {
      const saved = await commands.issueAndSave(
        { year, units: [...selection].map(([unitId, issuedTo]) => ({ unitId, issuedTo })) },
        setProgress,
      );
      setSelection(new Map());
      if (saved.saved)
        notice.show(t('packages.exported', { count: saved.count, fileName: saved.fileName }));
    });
    setProgress(null);
  };

  const progressText =
    progress === null
      ? ''
      : progress !== 'starting' && progress.phase === 'zipping'
        ? t('packages.progressZip', { count: progress.total })
        : t('packages.progressBuilding');

  return (
    <>
      <h1>{t('packages.heading')}</h1>
      <p>{t('packages.help')}</p>
      <SelectField
        label={t('packages.year')}
        value={String(year)}
        onChange={(event) => {
          setChosenYear(Number(event.target.value));
          command.clearError();
        }}
        options={planYears.map((item) => ({ value: String(item.year), label: String(item.year) }))}
      />
      {isClosed && <p>{t('packages.closedYear', { year })}</p>}
      <section aria-labelledby="packages-units-heading">
        <h2 id="packages-units-heading">{t('packages.unitsHeading')}</h2>
        <p>{t('packages.unitsHelp')}</p>
        <UnitPicker units={units} selection={selection} onChange={setSelection} />
        <p>{t('packages.selected', { count: selection.size })}</p>
        <DialogButtons
          primary={{
            label: t('packages.export'),
            onPress: () => void handleExport(),
            isDisabled: isBusy || isClosed,
          }}
        />
        {progress !== null && (
          <div className="export-progress">
            <p id={progressId} role="status">
              {progressText}
            </p>
            {progress !== 'starting' ? (
              <progress aria-labelledby={progressId} value={progress.done} max={progress.total} />
            ) : (
              <progress aria-labelledby={progressId} />
            )}
          </div>
        )}
        <ErrorAlert message={command.error} />
      </section>
      <section aria-labelledby="packages-issued-heading">
        <h2 id="packages-issued-heading">{t('packages.issuedHeading')}</h2>
        <IssuedPackagesList year={year} />
      </section>
    </>
  );
};
