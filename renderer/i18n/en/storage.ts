import type { Widen } from '../widen';
import type { storage as source } from '../fi/storage';

export const storage: Widen<typeof source> = {
  storage: {
    full: {
      title: 'The change was not saved',
      quota:
        'The storage space allowed for Valvo is used up, so the latest change was not saved. Nothing was changed.',
      diskFull:
        "The computer's disk is full, so the latest change was not saved. Nothing was changed.",
      kept: 'What you typed in the form is still there in the form, and no data saved earlier has been lost.',
      stepsHeading: 'How to continue',
      stepFree: 'Free up disk space: delete files you do not need and empty the recycle bin.',
      stepBackup:
        'If you cannot free up space straight away, save a backup somewhere else, for example on a network drive.',
      stepRetry: 'Then close this message and save again.',
      usage: 'Valvo now uses {{used}} of at most {{quota}} ({{percent}}).',
      usageUnknown: 'The storage use could not be read.',
      saveBackup: 'Save a backup',
      savingBackup: 'Saving the backup…',
      backupSaved: 'Backup saved: {{fileName}}',
      backupFailed: 'The backup could not be saved: {{message}}',
      close: 'Back to the form',
    },
    status: {
      heading: 'Storage',
      persisted:
        "Persistent storage is on: the browser will not delete Valvo's data even if disk space runs low.",
      notPersisted:
        "Persistent storage is off: the browser may delete Valvo's data if disk space runs low. Take backups regularly.",
      persistUnknown: 'The browser does not tell whether persistent storage is on.',
      requestPersist: 'Request persistent storage',
      persistRefused:
        'The browser did not grant persistent storage. It may grant it later, once Valvo has been used more.',
      usage: 'In use {{used}} of at most {{quota}} ({{percent}}). Free {{available}}.',
      usageUnknown: 'The browser does not tell how much storage is in use.',
    },
  },
};
