import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatDateTime } from '../../../shared/dates';
import type { AppInfo, BackupInfo, DesktopApi, FolderKind } from '../../../shared/desktop-api';
import { RepositoryProvider } from '../../data/RepositoryProvider';
import { NoticeProvider } from '../../components/Notice';
import { DatabaseProvider } from '../../data/core/DatabaseProvider';
import { ValvoDatabase } from '../../data/core/database';
import { CURRENT_SCHEMA_VERSION } from '../../data/core/migrations';
import { initI18n } from '../../i18n';
import { PlatformProvider } from '../../platform/PlatformContext';
import { createWebApi } from '../../platform/web';
import { testContext } from '../../test/testDatabase';
import { loadExampleOrganisation } from '../../data/setup/setupOrganisation';
import { createSettingsRepository } from '../../data/settings/settingsRepository';
import { createUnitRepository } from '../../data/units/unitRepository';
import { AboutScreen } from './AboutScreen';

const ME = 'Maija Meikäläinen';
const UNIT = 'Viestintä ja markkinointi';
const BACKUP_AT = '2026-06-15T06:00:00.000Z';
let databaseCount = 0;

/** The example organisation with a controller profile; returns its counts to compare with. */
const seed = async () => {
  databaseCount += 1;
  const name = `about-${databaseCount}`;
  const db = new ValvoDatabase(name);
  const context = testContext(ME);
  await loadExampleOrganisation(db, context);
  await createSettingsRepository(db, context).save('profile', { name: ME, role: 'controller' });
  const counts = { units: await db.units.count(), auditEvents: await db.auditEvents.count() };
  db.close();
  return { name, counts };
};

const desktopInfo: AppInfo = {
  appVersion: '0.1.0',
  electronVersion: '45.5.0',
  chromiumVersion: '142.0.7444.52',
  nodeVersion: '22.20.0',
  v8Version: '14.2.231',
  osVersion: 'Windows_NT 10.0.22631',
  platform: 'win32',
  arch: 'x64',
  locale: 'fi',
  folders: {
    data: 'C:\\Users\\maija.meikalainen\\AppData\\Roaming\\Valvo',
    backups: 'C:\\Users\\maija.meikalainen\\AppData\\Roaming\\Valvo\\backups',
    logs: 'C:\\Users\\maija.meikalainen\\AppData\\Roaming\\Valvo\\logs',
  },
};

const backup: BackupInfo = {
  fileName: 'valvo-backup-2026-06-15T06-00-00Z-scheduled.json',
  createdAt: BACKUP_AT,
  reason: 'scheduled',
  sizeBytes: 1024,
  verified: true,
  counts: null,
  pinned: false,
};

const desktopApi = (openResult: Awaited<ReturnType<DesktopApi['app']['openFolder']>>) => {
  const openFolder = vi.fn(async (_kind: FolderKind) => openResult);
  const web = createWebApi('0.1.0');
  const api: DesktopApi = {
    ...web,
    capabilities: { isDesktop: true, canWriteBackupFiles: true, canPrintToPdf: true },
    app: { info: async () => ({ ok: true, value: desktopInfo }), openFolder },
    backups: { ...web.backups, list: async () => ({ ok: true, value: [backup] }) },
  };
  return { api, openFolder };
};

/** Renders the screen and waits until the database has opened and the heading shows. */
const renderAbout = async (name: string, api: DesktopApi) => {
  render(
    <PlatformProvider api={api}>
      <DatabaseProvider name={name}>
        <RepositoryProvider>
          <NoticeProvider>
            <AboutScreen />
          </NoticeProvider>
        </RepositoryProvider>
      </DatabaseProvider>
    </PlatformProvider>,
  );
  await screen.findByRole('heading', { level: 1, name: 'Tietoja' });
};

const factsOf = (region: HTMLElement) =>
  Object.fromEntries(
    within(region)
      .getAllByRole('term')
      .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
  );

const setClipboard = (clipboard: Partial<Clipboard> | undefined) =>
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });

describe('AboutScreen', { timeout: 30_000 }, () => {
  beforeAll(async () => {
    await initI18n('fi');
  });
  afterEach(() => {
    cleanup();
    setClipboard(undefined);
  });

  it('shows the versions, the data, the folders and an intact chain on the desktop', async () => {
    const { name, counts } = await seed();
    const { api, openFolder } = desktopApi({ ok: true, value: undefined });
    await renderAbout(name, api);
    const chain = screen.getByRole('region', { name: 'Muutosketjun tila' });
    await within(chain).findByText(
      `Muutosketju on eheä: ${counts.auditEvents} tapahtumaa tarkistettu.`,
      {},
      { timeout: 15_000 },
    );

    const versions = screen.getByRole('region', { name: 'Versiot' });
    await waitFor(() => expect(factsOf(versions).Electron).toBe('45.5.0'));
    expect(factsOf(versions)).toEqual({
      Valvo: '0.1.0',
      'Tietokannan rakenneversio': String(CURRENT_SCHEMA_VERSION),
      Electron: '45.5.0',
      Chromium: '142.0.7444.52',
      'Node.js': '22.20.0',
      V8: '14.2.231',
      Käyttöjärjestelmä: 'Windows_NT 10.0.22631 – win32, x64',
      Kieliasetus: 'fi',
    });

    const data = screen.getByRole('region', { name: 'Organisaatio ja tiedot' });
    await waitFor(() =>
      expect(factsOf(data)['Viimeisin varmuuskopio']).toBe(formatDateTime(BACKUP_AT, 'fi')),
    );
    await waitFor(() => expect(factsOf(data).Yksiköt).toBe(String(counts.units)));
    expect(factsOf(data)).toMatchObject({
      Organisaatio: expect.stringContaining('(esimerkkiaineisto)'),
      'Profiilin rooli': 'Controller',
      'Muutoshistorian tapahtumat': String(counts.auditEvents),
    });

    const folders = screen.getByRole('region', { name: 'Tietojen sijainti' });
    expect(within(folders).getByText(desktopInfo.folders!.logs)).toBeVisible();
    await userEvent.click(within(folders).getByRole('button', { name: 'Avaa kansio: Lokit' }));
    expect(openFolder).toHaveBeenCalledExactlyOnceWith('logs');
  });

  it('copies a diagnostics text without names, record contents or the account name', async () => {
    const { name, counts } = await seed();
    const writeText = vi.fn(async (_text: string) => undefined);
    setClipboard({ writeText });
    await renderAbout(name, desktopApi({ ok: true, value: undefined }).api);
    const chain = screen.getByRole('region', { name: 'Muutosketjun tila' });
    await within(chain).findByText(/Muutosketju on eheä/, {}, { timeout: 15_000 });
    const data = screen.getByRole('region', { name: 'Organisaatio ja tiedot' });
    await waitFor(() => expect(factsOf(data).Yksiköt).toBe(String(counts.units)));
    await waitFor(() => expect(within(data).queryByText('Ladataan…')).toBeNull());

    await userEvent.click(screen.getByRole('button', { name: 'Kopioi diagnostiikka' }));
    await screen.findByText('Diagnostiikka kopioitu leikepöydälle.');
    expect(writeText).toHaveBeenCalledOnce();
    const text = writeText.mock.calls[0]![0];
    expect(text).toBe(
      (screen.getByRole('textbox', { name: 'Diagnostiikkateksti' }) as HTMLTextAreaElement).value,
    );
    const lines = text.split('\n');
    expect(lines[0]).toBe('Valvo – diagnostiikka');
    expect(lines).toEqual(
      expect.arrayContaining([
        'Valvo: 0.1.0',
        `Tietokannan rakenneversio: ${CURRENT_SCHEMA_VERSION}`,
        'Electron: 45.5.0',
        'Chromium: 142.0.7444.52',
        'Käyttöliittymän kieli: fi',
        'Profiilin rooli: Controller',
        `Yksiköt: ${counts.units}`,
        `Viimeisin varmuuskopio: ${formatDateTime(BACKUP_AT, 'fi')}`,
        'Tiedot: C:\\Users\\<käyttäjä>\\AppData\\Roaming\\Valvo',
        'Lokit: C:\\Users\\<käyttäjä>\\AppData\\Roaming\\Valvo\\logs',
      ]),
    );
    expect(text).toMatch(
      new RegExp(
        `^Muutosketju: eheä, ${counts.auditEvents} tapahtumaa, viimeisin tiiviste [0-9a-f]{64}$`,
        'm',
      ),
    );
    expect(text).toMatch(/^Organisaatio: .+ \(esimerkkiaineisto\)$/m);
    expect(text).not.toContain(ME);
    expect(text).not.toContain('maija.meikalainen');
    expect(text).not.toContain(UNIT);
    expect(text).not.toContain('Ladataan');
  });

  it('in a browser: says the data is in site storage, and selects the text when it cannot copy', async () => {
    const { name } = await seed();
    setClipboard({ writeText: vi.fn(async () => Promise.reject(new Error('NotAllowedError'))) });
    await renderAbout(name, createWebApi('0.1.0'));
    const folders = screen.getByRole('region', { name: 'Tietojen sijainti' });
    await within(folders).findByText(
      `Tiedot ovat tämän selaimen omassa tallennustilassa sivustolle ${window.location.origin}.`,
      { exact: false },
    );
    expect(within(folders).queryByRole('button')).toBeNull();
    // The facts arrive from live queries and the platform: wait for them rather than race them.
    await waitFor(() => {
      const versions = screen.getByRole('region', { name: 'Versiot' });
      expect(factsOf(versions).Selain).toBe(navigator.userAgent);
      expect(factsOf(versions)).not.toHaveProperty('Electron');
      const data = screen.getByRole('region', { name: 'Organisaatio ja tiedot' });
      expect(factsOf(data)['Viimeisin varmuuskopio']).toBe(
        'Selaimessa varmuuskopiot ladataan tiedostoina, eikä Valvo pidä niistä kirjaa.',
      );
    });
    await within(screen.getByRole('region', { name: 'Muutosketjun tila' })).findByText(
      /Muutosketju on eheä/,
      {},
      { timeout: 15_000 },
    );

    await userEvent.click(screen.getByRole('button', { name: 'Kopioi diagnostiikka' }));
    await screen.findByText(
      'Leikepöydälle kopiointi ei onnistunut. Teksti on valittuna: kopioi se näppäimillä Ctrl+C.',
    );
    const textArea = screen.getByRole('textbox', { name: 'Diagnostiikkateksti' });
    await waitFor(() => expect(textArea).toHaveFocus());
    expect(textArea).toHaveAttribute('readonly');
    const { selectionStart, selectionEnd, value } = textArea as HTMLTextAreaElement;
    expect([selectionStart, selectionEnd]).toEqual([0, value.length]);
    expect(value).toContain(`Tiedot: selaimen tallennustila (${window.location.origin})`);
  });

  it('keeps the text selected for Ctrl+C when the facts change after it was selected', async () => {
    const { name, counts } = await seed();
    setClipboard({ writeText: vi.fn(async () => Promise.reject(new Error('NotAllowedError'))) });
    await renderAbout(name, createWebApi('0.1.0'));
    const textArea = screen.getByRole('textbox', {
      name: 'Diagnostiikkateksti',
    }) as HTMLTextAreaElement;
    await waitFor(() => expect(textArea.value).toContain(`Yksiköt: ${counts.units}`));
    await userEvent.click(screen.getByRole('button', { name: 'Kopioi diagnostiikka' }));
    await waitFor(() => expect(textArea).toHaveFocus());
    expect([textArea.selectionStart, textArea.selectionEnd]).toEqual([0, textArea.value.length]);

    // A write while the screen is open: the live counts change the text.
    const db = new ValvoDatabase(name);
    const root = (await db.units.toArray()).find((unit) => unit.parentId === null)!;
    await createUnitRepository(db, testContext(ME)).create(root.id, 'division', {
      name: 'Uusi toimiala',
      code: '',
      accountable: '',
      manager: '',
    });
    db.close();
    await waitFor(() => expect(textArea.value).toContain(`Yksiköt: ${counts.units + 1}`));
    expect(textArea).toHaveFocus();
    expect([textArea.selectionStart, textArea.selectionEnd]).toEqual([0, textArea.value.length]);
  });

  it('says so when a folder cannot be opened', async () => {
    const { name } = await seed();
    await renderAbout(name, desktopApi({ ok: false, error: 'failed' }).api);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Avaa kansio: Varmuuskopiot' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Kansiota ei voitu avata: failed');
  });
});
