import type { ChangeEvent } from 'react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UNIT_PACKAGE_MAX_BYTES } from '../../../shared/packages/format';
import { useErrorText } from '../../hooks/useErrorText';
import type { PackageProblem, VerifiedPackage } from '../../../shared/packages/parse';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotice } from '../../components/Notice';
import { PackageProblems } from './PackageProblems';
import { ReplacePackageDialog } from './ReplacePackageDialog';
import { readPackageText, unitNameOf } from '../../data/packages/packageFiles';
import { useOpenedPackage } from '../../session/usePackageMode';
import { usePackageCommands } from '../../data/packages/usePackageCommands';

type Props = {
  /** h3 inside the first run's choices, h2 as a section of the settings. */
  headingLevel: 2 | 3;
  help: string;
};

type Refusal = { fileName: string; problems: readonly PackageProblem[] };

/**
 * Opens a unit package file (unit manager): the file is checked whole first and a refusal lists
 * every problem with its place; replacing a package already open asks first. Nothing changes
 * until the open succeeds, and then it is one transaction after the automatic backup.
 */
export const OpenPackage = ({ headingLevel, help }: Props) => {
  const { t } = useTranslation();
  const commands = usePackageCommands();
  const opened = useOpenedPackage();
  const notice = useNotice();
  const errorText = useErrorText();
  const inputId = useId();
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<{ fileName: string; pkg: VerifiedPackage } | null>(null);

  const open = async (fileName: string, pkg: VerifiedPackage) => {
    try {
      await commands.open(pkg);
      setPending(null);
      notice.show(t('packages.open.opened', { unit: unitNameOf(pkg), year: pkg.year }));
    } catch (failure) {
      setPending(null);
      setError(`${t('packages.problems.refused', { fileName })} ${errorText(failure)}`);
    }
  };

  const handleFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again is noticed.
    input.value = '';
    if (!file || busy) return;
    setBusy(true);
    setRefusal(null);
    setError(null);
    try {
      const parsed =
        file.size > UNIT_PACKAGE_MAX_BYTES
          ? { ok: false as const, problems: [{ path: '$', message: 'packages.errors.tooLarge' }] }
          : readPackageText(await file.text(), 'issue');
      if (!parsed.ok) setRefusal({ fileName: file.name, problems: parsed.problems });
      else if (opened) setPending({ fileName: file.name, pkg: parsed.pkg });
      else await open(file.name, parsed.pkg);
    } finally {
      setBusy(false);
    }
  };

  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const content = (
    <>
      <Heading id={headingId}>{t('packages.open.heading')}</Heading>
      <p>{help}</p>
      <div className="field">
        <label htmlFor={inputId}>{t('packages.open.file')}</label>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          // Not disabled while reading: that would drop focus on the page body (handleFile
          // ignores a second file meanwhile).
          aria-disabled={busy}
          onChange={handleFile}
        />
      </div>
      {busy && <p role="status">{t('packages.open.reading')}</p>}
      <ErrorAlert message={error} />
      {refusal && (
        <PackageProblems
          fileName={refusal.fileName}
          problems={refusal.problems}
          onDismiss={() => setRefusal(null)}
        />
      )}
      {pending && opened && (
        <ReplacePackageDialog
          opened={opened}
          pkg={pending.pkg}
          onConfirm={() => open(pending.fileName, pending.pkg)}
          onClose={() => setPending(null)}
        />
      )}
    </>
  );
  return headingLevel === 2 ? (
    <section aria-labelledby={headingId}>{content}</section>
  ) : (
    <div className="choice">{content}</div>
  );
};
