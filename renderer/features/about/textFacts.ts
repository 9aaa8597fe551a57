import type { TFunction } from 'i18next';
import type { AppInfo } from '../../../shared/desktop-api';
import type { ChainCheckState } from '../../data/audit/useAuditData';
import type { Fact } from './diagnosticsText';
import { redactUserFolder } from './diagnosticsText';

/** The chain check's state as one line of the diagnostics text. */
export const chainFact = (t: TFunction, state: ChainCheckState): Fact => ({
  label: t('about.diagnostics.chain'),
  value:
    state.kind === 'idle'
      ? undefined
      : state.kind === 'running'
        ? t('about.diagnostics.chainRunning', state.progress)
        : state.kind === 'failed'
          ? t('about.diagnostics.chainFailed', { message: state.message })
          : !state.verdict.ok
            ? t('about.diagnostics.chainBroken', { seq: state.verdict.brokenAtSeq })
            : state.verdict.count === 0
              ? t('about.diagnostics.chainEmpty')
              : t('about.diagnostics.chainOk', {
                  count: state.verdict.count,
                  head: state.verdict.head,
                }),
});

/**
 * Where the data lives, for the diagnostics text: the shell's folders with the account name
 * left out, or the browser's site storage.
 */
export const folderFacts = (
  t: TFunction,
  info: AppInfo | null | undefined,
  origin: string,
): Fact[] => {
  if (info === undefined) return [{ label: t('about.folders.data'), value: undefined }];
  if (!info?.folders) {
    return [{ label: t('about.folders.data'), value: t('about.folders.browserPlace', { origin }) }];
  }
  const user = t('about.diagnostics.user');
  return [
    { label: t('about.folders.data'), value: redactUserFolder(info.folders.data, user) },
    { label: t('about.folders.backups'), value: redactUserFolder(info.folders.backups, user) },
    { label: t('about.folders.logs'), value: redactUserFolder(info.folders.logs, user) },
  ];
};
