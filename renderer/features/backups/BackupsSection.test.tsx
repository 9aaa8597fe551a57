import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { serializeBackup } from '../../../shared/backup/format';
import { formatDateTime } from '../../../shared/dates';
import type { BackupInfo, BackupWriteRequest, DesktopApi } from '../../../shared/desktop-api';
import { RepositoryProvider } from '../../data/RepositoryProvider';
import { NoticeProvider } from '../../components/Notice';
import { DatabaseProvider } from '../../data/core/DatabaseProvider';
import { ValvoDatabase } from '../../data/core/database';
import { initI18n } from '../../i18n';
import { PlatformProvider } from '../../platform/PlatformContext';
import { createWebApi } from '../../platform/web';
import { testContext } from '../../test/testDatabase';
import { loadExampleOrganisation } from '../../data/setup/setupOrganisation';
import { createSettingsRepository, readSetting } from '../../data/settings/settingsRepository';
import type { Role } from '../../../shared/domain/settings';
import { randomBytes } from '../../../shared/files/bytes.test-support';
import { BackupsSection } from './BackupsSection';
import { snapshot } from '../../data/backups/snapshot';
import { useAutomaticBackups } from './useAutomaticBackups';

const CREATED_AT = '2026-06-15T06:00:00.000Z';
const FILE_NAME = 'valvo-backup-2026-06-15T06-00-00Z-scheduled.json';
let databaseCount = 0;

/**
 * The example organisation and a profile; the backup file is taken of that, and then the
 * organisation is renamed, so a restore visibly undoes the rename.
 */
const seed = async (role: Role) => {
  databaseCount += 1;
  const name = `backups-${databaseCount}`;
  const db = new ValvoDatabase(name);
  const context = testContext('Maija Meikäläinen', undefined, role);
  await loadExampleOrganisation(db, context);
  const settings = createSettingsRepository(db, context);
  await settings.save('profile', { name: 'Maija Meikäläinen', role });
  const file = serializeBackup(await snapshot(db, 'test', new Date(CREATED_AT)));
  await settings.save('organisation', {
    name: 'Uusi nimi',
    currentYear: 2026,
    isExample: true,
  });
  db.close();
  return { name, file };
};

const listed: BackupInfo = {
  fileName: FILE_NAME,
  createdAt: CREATED_AT,
  reason: 'scheduled',
  sizeBytes: 1.5 * 1024 * 1024,
  verified: true,
  counts: { units: 40, controlActions: 9, risks: 5 },
  pinned: false,
};

const desktopApi = (file: string, write: DesktopApi['backups']['write']) => {
  const quit: (() => Promise<void>)[] = [];
  const api: DesktopApi = {
    ...createWebApi('test'),
    capabilities: { isDesktop: true, canWriteBackupFiles: true, canPrintToPdf: true },
    backups: {
      write,
      list: async () => ({ ok: true, value: [listed] }),
      read: async (fileName) =>
        fileName === FILE_NAME ? { ok: true, value: file } : { ok: false, error: 'ENOENT' },
      onQuitRequested: (callback) => {
        quit.push(callback);
      },
    },
  };
  return { api, quit };
};

const recordingWrite = (result: 'ok' | 'fail' = 'ok') =>
  vi.fn<(request: BackupWriteRequest) => ReturnType<DesktopApi['backups']['write']>>(async () =>
    result === 'ok'
      ? { ok: true, value: { ...listed, reason: 'pre-restore' } }
      : { ok: false, error: 'ENOSPC' },
  );

const organisationName = async (name: string) => {
  const db = new ValvoDatabase(name);
  const organisation = await readSetting(db, 'organisation');
  db.close();
  return organisation?.name;
};

const renderSection = (name: string, api: DesktopApi) =>
  render(
    <PlatformProvider api={api}>
      <DatabaseProvider name={name}>
        <RepositoryProvider>
          <NoticeProvider>
            <BackupsSection />
          </NoticeProvider>
        </RepositoryProvider>
      </DatabaseProvider>
    </PlatformProvider>,
  );

describe('BackupsSection on desktop', { timeout: 30_000 }, () => {
  beforeAll(async () => {
    await initI18n('fi');
  });
  afterEach(() => cleanup());

  it('lists the backups in words and restores one after saving the current state', async () => {
    const { name, file } = await seed('controller');
    const write = recordingWrite();
    renderSection(name, desktopApi(file, write).api);
    const table = await screen.findByRole('table', { name: 'Tallennetut varmuuskopiot' });
    const date = formatDateTime(CREATED_AT, 'fi');
    // The restore column appears once the profile has loaded.
    await within(table).findByRole('button', { name: `Palauta varmuuskopio ${date}` });
    const [, row] = within(table).getAllByRole('row');
    expect(
      within(row!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      'Ajastettu',
      '1,5 Mt',
      '40 yksikköä, 9 toimenpidettä, 5 riskiä',
      'tarkistettu',
      'Palauta',
    ]);
    expect(within(row!).getByRole('rowheader')).toHaveTextContent(date);

    await userEvent.click(
      within(row!).getByRole('button', { name: `Palauta varmuuskopio ${date}` }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Palautetaanko varmuuskopio?' });
    expect(dialog).toHaveTextContent(
      'Nykyinen tila tallennetaan ensin omaksi varmuuskopiokseen, joten palautuksen voi perua palauttamalla sen.',
    );
    expect(write).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Palauta' }));
    await screen.findByText(`Varmuuskopio palautettu (otettu ${date}).`);
    expect(write).toHaveBeenCalledTimes(1);
    expect(write.mock.calls[0]![0].reason).toBe('pre-restore');
    expect(write.mock.calls[0]![0].content).toContain('Uusi nimi');
    expect(await organisationName(name)).toBe('Kemijärven kaupunki');

    await userEvent.click(screen.getByRole('button', { name: 'Ota varmuuskopio nyt' }));
    await screen.findByText('Varmuuskopio otettu ja tarkistettu.');
    expect(write.mock.calls.map(([request]) => request.reason)).toEqual(['pre-restore', 'manual']);
  });

  it('does not restore when the current state cannot be saved first', async () => {
    const { name, file } = await seed('controller');
    renderSection(name, desktopApi(file, recordingWrite('fail')).api);
    const table = await screen.findByRole('table', { name: 'Tallennetut varmuuskopiot' });
    await userEvent.click(await within(table).findByRole('button', { name: /^Palauta/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Palautetaanko varmuuskopio?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Palauta' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Varmuuskopiota ei voitu tallentaa, joten mitään ei muutettu. Syy: ENOSPC',
    );
    expect(await organisationName(name)).toBe('Uusi nimi');
  });

  it('gives a file of random bytes, or other JSON, one problem and restores nothing', async () => {
    const { name, file } = await seed('controller');
    const write = recordingWrite();
    renderSection(name, desktopApi(file, write).api);
    const input = await screen.findByLabelText('Palauta tiedostosta');
    const cases = [
      {
        file: new File([randomBytes(2 * 1024 * 1024)], 'kuva.json'),
        problem:
          'koko tiedosto: Tiedosto ei ole Valvon varmuuskopio: se ei ole tekstiä vaan jotakin muuta, esimerkiksi kuva, ohjelma tai vioittunut tiedosto.',
      },
      {
        file: new File(['{"format":"valvo-unit-package","formatVersion":1}'], 'paketti.json'),
        problem: 'format: Tiedosto ei ole Valvon varmuuskopio.',
      },
    ];
    for (const { file: chosen, problem } of cases) {
      await userEvent.upload(input, chosen);
      const refusal = await screen.findByRole('region', {
        name: `Tiedostoa ${chosen.name} ei käytetty`,
      });
      expect(within(refusal).getByRole('alert')).toHaveTextContent(
        'Mitään ei muutettu. Tiedostosta löytyi 1 ongelma:',
      );
      expect(
        within(refusal)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual([problem]);
    }
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(write).not.toHaveBeenCalled();
    expect(await organisationName(name)).toBe('Uusi nimi');
  });

  it('offers no restore or import to a unit manager', async () => {
    const { name, file } = await seed('unitManager');
    renderSection(name, desktopApi(file, recordingWrite()).api);
    const table = await screen.findByRole('table', { name: 'Tallennetut varmuuskopiot' });
    await screen.findByText('Varmuuskopion voi palauttaa tai tuoda vain controller-roolissa.');
    expect(within(table).queryByRole('button')).toBeNull();
    expect(screen.queryByLabelText('Palauta tiedostosta')).toBeNull();
    expect(screen.queryByLabelText('Tuo tiedostosta')).toBeNull();
  });
});

const AutomaticBackups = () => {
  useAutomaticBackups();
  return null;
};

describe('useAutomaticBackups', { timeout: 30_000 }, () => {
  afterEach(() => cleanup());

  it('writes a quit backup when something changed, and nothing in the browser', async () => {
    const { name, file } = await seed('controller');
    const write = recordingWrite();
    const { api, quit } = desktopApi(file, write);
    const renderHook = (platform: DesktopApi) =>
      render(
        <PlatformProvider api={platform}>
          <DatabaseProvider name={name}>
            <NoticeProvider>
              <AutomaticBackups />
            </NoticeProvider>
          </DatabaseProvider>
        </PlatformProvider>,
      );
    renderHook(api);
    await waitFor(() => expect(quit).toHaveLength(1));
    // Give the live query its first head before anything changes.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await quit[0]!();
    expect(write).not.toHaveBeenCalled();

    const db = new ValvoDatabase(name);
    await createSettingsRepository(db, testContext()).save('organisation', {
      name: 'Vielä uudempi nimi',
      currentYear: 2026,
      isExample: true,
    });
    db.close();
    await waitFor(async () => {
      await quit[0]!();
      expect(write).toHaveBeenCalledTimes(1);
    });
    expect(write.mock.calls[0]![0].reason).toBe('quit');
    expect(write.mock.calls[0]![0].content).toContain('Vielä uudempi nimi');
    cleanup();

    const web = createWebApi('test');
    const onQuit = vi.spyOn(web.backups, 'onQuitRequested');
    renderHook(web);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onQuit).not.toHaveBeenCalled();
  });
});
