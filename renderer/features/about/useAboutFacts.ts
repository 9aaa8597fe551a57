import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../../../shared/dates';
import { formatDateTime } from '../../../shared/dates';
import type { AppInfo } from '../../../shared/desktop-api';
import { CURRENT_SCHEMA_VERSION } from '../../data/core/migrations';
import { formatNumber, toLanguage } from '../../i18n/locale';
import { APP_VERSION } from '../../platform';
import { usePlatform } from '../../platform/PlatformContext';
import { useBackupList } from '../../data/backups/useBackups';
import { useOrganisation, useProfile } from '../../session/useProfile';
import { storageFigures, useStorageEstimate } from '../storage';
import type { Fact } from './diagnosticsText';
import type { RecordCounts } from '../../data/core/useRecordCounts';
import { useRecordCounts } from '../../data/core/useRecordCounts';
import { useAppInfo } from './useAboutData';

const present = (fact: { label: string; value: string | null | undefined }): fact is Fact =>
  fact.value !== null;

const systemOf = (info: AppInfo) =>
  [info.osVersion, [info.platform, info.arch].filter(Boolean).join(', ')]
    .filter(Boolean)
    .join(' – ');

/**
 * Everything the About screen states, as label–value facts in the current language: the
 * screen renders them and the diagnostics text is built from the same facts. Rows that do not
 * apply (Electron in a browser, the user agent on the desktop) are left out.
 */
export const useAboutFacts = () => {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.language);
  const platform = usePlatform();
  const { info, error: infoError } = useAppInfo();
  const organisation = useOrganisation();
  const profile = useProfile();
  const counts = useRecordCounts();
  const storage = useStorageEstimate();
  const backups = useBackupList();
  const unknown = t('about.unknown');
  const known = (value: string | null | undefined) =>
    info === undefined ? undefined : (value ?? unknown);
  const isBrowser = info !== undefined && info?.electronVersion == null;

  const versions: Fact[] = [
    {
      label: t('about.versions.app'),
      value: info === undefined ? undefined : (info?.appVersion ?? APP_VERSION),
    },
    { label: t('about.versions.schema'), value: String(CURRENT_SCHEMA_VERSION) },
    { label: t('about.versions.electron'), value: isBrowser ? null : known(info?.electronVersion) },
    { label: t('about.versions.chromium'), value: known(info?.chromiumVersion) },
    { label: t('about.versions.node'), value: isBrowser ? null : known(info?.nodeVersion) },
    { label: t('about.versions.v8'), value: isBrowser ? null : known(info?.v8Version) },
    { label: t('about.versions.system'), value: info ? systemOf(info) : known(null) },
    { label: t('about.versions.locale'), value: known(info?.locale) },
    { label: t('about.versions.browser'), value: isBrowser ? navigator.userAgent : null },
  ].filter(present);

  const storageValue =
    storage.estimate === undefined || storage.persisted === undefined
      ? undefined
      : [
          storage.estimate
            ? t('about.data.storageUsage', storageFigures(storage.estimate, language))
            : unknown,
          storage.persisted === true
            ? t('about.data.persisted')
            : storage.persisted === false
              ? t('about.data.notPersisted')
              : null,
        ]
          .filter(Boolean)
          .join('. ');

  const newest = backups.backups?.[0];
  const lastBackup = !platform.capabilities.canWriteBackupFiles
    ? t('about.data.lastBackupBrowser')
    : backups.error !== null
      ? t('about.data.backupsFailed', { message: backups.error })
      : backups.backups === undefined
        ? undefined
        : newest
          ? formatDateTime(newest.createdAt, language)
          : t('about.data.noBackups');

  const data: Fact[] = [
    {
      label: t('about.data.organisation'),
      value:
        organisation === undefined
          ? undefined
          : organisation === null
            ? t('about.data.noOrganisation')
            : organisation.isExample
              ? t('about.data.example', { name: organisation.name })
              : organisation.name,
    },
    {
      label: t('about.data.role'),
      value:
        profile === undefined
          ? undefined
          : profile === null
            ? t('about.data.noProfile')
            : t(`roles.${profile.role}`),
    },
    { label: t('about.data.storage'), value: storageValue },
    { label: t('about.data.lastBackup'), value: lastBackup },
  ];

  return { info, infoError, versions, data, counts: countFacts(t, counts, language) };
};

type Translate = ReturnType<typeof useTranslation>['t'];

const countFacts = (
  t: Translate,
  counts: RecordCounts | undefined,
  language: LanguageCode,
): Fact[] => {
  const labels = {
    units: t('about.data.tables.units'),
    planYears: t('about.data.tables.planYears'),
    controlActions: t('about.data.tables.controlActions'),
    risks: t('about.data.tables.risks'),
    assessments: t('about.data.tables.assessments'),
    settings: t('about.data.tables.settings'),
    unitReviews: t('about.data.tables.unitReviews'),
    unitPackages: t('about.data.tables.unitPackages'),
    packageMerges: t('about.data.tables.packageMerges'),
    indicators: t('about.data.tables.indicators'),
    auditEvents: t('about.data.tables.auditEvents'),
  } satisfies Record<keyof RecordCounts, string>;
  return (Object.keys(labels) as (keyof RecordCounts)[]).map((name) => ({
    label: labels[name],
    value: counts === undefined ? undefined : formatNumber(counts[name], language),
  }));
};
