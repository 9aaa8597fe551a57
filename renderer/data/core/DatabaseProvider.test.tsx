import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Dexie } from 'dexie';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseBackup } from '../../../shared/backup/format';
import type { BackupInfo, BackupWriteRequest, DesktopApi } from '../../../shared/desktop-api';
import { RepositoryProvider } from '../RepositoryProvider';
import { NoticeProvider } from '../../components/Notice';
import { BackupsSection } from '../../features/backups';
import { initI18n } from '../../i18n';
import { PlatformProvider } from '../../platform/PlatformContext';
import { createWebApi } from '../../platform/web';
import { DatabaseGate } from '../../app/DatabaseGate';
import { ValvoDatabase } from './database';
import { applyVersion1 } from './migrations/0001-initial';
import { CURRENT_SCHEMA_VERSION } from './migrations';
import v1 from './migrations/fixtures/v1.json';
import { readInstalledSchemaVersion } from './schemaGuard';

let databaseCount = 0;

const PROFILE = {
  id: '10000000-0000-4000-8000-000000000001',
  createdAt: '2026-03-02T08:00:00.000Z',
  updatedAt: '2026-03-02T08:00:00.000Z',
  updatedBy: 'Maija Meikäläinen',
  rev: 1,
  deletedAt: null,
  key: 'profile',
  value: { name: 'Maija Meikäläinen', role: 'controller' },
};

/** A database as Valvo's schema version 1 left it, with a controller's profile. */
const seedVersion1 = async () => {
  databaseCount += 1;
  const name = `pre-migration-${databaseCount}`;
  const old = new Dexie(name);
  applyVersion1(old);
  await old.open();
  for (const [table, rows] of Object.entries(v1)) await old.table(table).bulkAdd(rows);
  await old.table('settings').add(PROFILE);
  old.close();
  return name;
};

const desktopApi = (write: DesktopApi['backups']['write']): DesktopApi => {
  const web = createWebApi('test');
  return {
    ...web,
    capabilities: { isDesktop: true, canWriteBackupFiles: true, canPrintToPdf: true },
    backups: { ...web.backups, write, list: async () => ({ ok: true, value: [] }) },
  };
};

describe('opening an older database', { timeout: 30_000 }, () => {
  beforeAll(async () => {
    await initI18n('fi');
  });
  afterEach(() => cleanup());

  it('does not upgrade while the backup cannot be written, and says so in Finnish', async () => {
    const name = await seedVersion1();
    let failure: string | null = 'ENOSPC';
    const write = vi.fn(async (request: BackupWriteRequest) =>
      failure === null
        ? { ok: true as const, value: { verified: true, reason: request.reason } as BackupInfo }
        : { ok: false as const, error: failure },
    );
    render(
      <PlatformProvider api={desktopApi(write)}>
        <DatabaseGate name={name}>
          <p>Rekisteri auki</p>
        </DatabaseGate>
      </PlatformProvider>,
    );
    await screen.findByRole('heading', { name: 'Tietojen rakennetta ei päivitetty' });
    expect(screen.getByRole('alert')).toHaveTextContent(
      `Ennen päivitystä versiosta 1 versioon ${CURRENT_SCHEMA_VERSION} tiedoista otetaan varmuuskopio, mutta sen tallentaminen tai tarkistus epäonnistui, joten päivitystä ei tehty. Tiedot ovat ennallaan.`,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Virhe: ENOSPC');
    expect(screen.getByRole('button', { name: 'Vie kaikki tiedot tiedostoon' })).toBeVisible();
    expect(await readInstalledSchemaVersion(name)).toBe(1);

    failure = null;
    await userEvent.click(screen.getByRole('button', { name: 'Yritä uudelleen' }));
    await screen.findByText('Rekisteri auki');
    expect(write.mock.calls.map(([request]) => request.reason)).toEqual([
      'pre-migration',
      'pre-migration',
    ]);
    expect(await readInstalledSchemaVersion(name)).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('keeps the browser’s copy for download and restore in the backup settings', async () => {
    const name = await seedVersion1();
    const web = createWebApi('test');
    const saveAs = vi
      .spyOn(web.files, 'saveAs')
      .mockResolvedValue({ ok: true, value: { saved: true, fileName: 'x.json' } });
    render(
      <PlatformProvider api={web}>
        <DatabaseGate name={name}>
          <RepositoryProvider>
            <NoticeProvider>
              <BackupsSection />
            </NoticeProvider>
          </RepositoryProvider>
        </DatabaseGate>
      </PlatformProvider>,
    );
    const table = await screen.findByRole('table', {
      name: 'Ennen päivityksiä otetut varmuuskopiot',
    });
    const [, row] = within(table).getAllByRole('row');
    expect(row).toHaveTextContent(`Otettu ennen päivitystä versioon ${CURRENT_SCHEMA_VERSION}`);

    await userEvent.click(
      within(row!).getByRole('button', {
        name: new RegExp(`^Lataa ennen päivitystä versioon ${CURRENT_SCHEMA_VERSION} otettu`),
      }),
    );
    await waitFor(() => expect(saveAs).toHaveBeenCalledTimes(1));
    const [request] = saveAs.mock.calls[0]!;
    expect(request.suggestedName).toMatch(
      new RegExp(`^valvo-varmuuskopio-ennen-versiota-${CURRENT_SCHEMA_VERSION}-.*\\.json$`),
    );
    const parsed = parseBackup(String(request.content), CURRENT_SCHEMA_VERSION);
    expect(parsed.ok && parsed.document.schemaVersion).toBe(1);

    // Something changes after the upgrade; restoring the copy brings back the data as it was.
    const db = new ValvoDatabase(name);
    await db.units.clear();
    db.close();
    await userEvent.click(
      await within(row!).findByRole('button', {
        name: new RegExp(`^Palauta ennen päivitystä versioon ${CURRENT_SCHEMA_VERSION} otettu`),
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Palautetaanko varmuuskopio?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Palauta' }));
    await screen.findByText(/^Varmuuskopio palautettu/);
    const check = new ValvoDatabase(name);
    expect(await check.units.count()).toBe(v1.units.length);
    expect(await check.planYears.toArray()).toEqual(
      v1.planYears.map((planYear) => ({ ...planYear, reopenReason: null })),
    );
    check.close();
  });
});
