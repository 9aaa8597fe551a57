import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DesktopApi } from '../../../shared/desktop-api';
import type { Unit } from '../../../shared/domain/unit';
import { RepositoryProvider } from '../../data/RepositoryProvider';
import { NoticeProvider } from '../../components/Notice';
import { DatabaseProvider } from '../../data/core/DatabaseProvider';
import { ValvoDatabase } from '../../data/core/database';
import {
  constraintError,
  installStorageFault,
  quotaAbortError,
} from '../../data/core/storageFaults.test-support';
import { initI18n } from '../../i18n';
import { PlatformProvider } from '../../platform/PlatformContext';
import { createWebApi } from '../../platform/web';
import { testContext } from '../../test/testDatabase';
import { ActionsSection } from '../actions';
import { loadExampleOrganisation } from '../../data/setup/setupOrganisation';
import { createSettingsRepository } from '../../data/settings/settingsRepository';
import { StorageHealthProvider } from './StorageHealthProvider';

const DATABASE_PREFIX = 'storage-full-';
const MEGABYTE = 1024 * 1024;
let storage: ReturnType<typeof installStorageFault>;

let databaseCount = 0;

/** The example organisation with a controller profile; returns an area that has rows. */
const seed = async () => {
  databaseCount += 1;
  const name = `${DATABASE_PREFIX}${databaseCount}`;
  const db = new ValvoDatabase(name);
  const context = testContext('Maija Meikäläinen');
  await loadExampleOrganisation(db, context);
  await createSettingsRepository(db, context).save('profile', {
    name: 'Maija Meikäläinen',
    role: 'controller',
  });
  const withRows = new Set((await db.controlActions.toArray()).map((row) => row.unitId));
  const unit = (await db.units.filter((item) => withRows.has(item.id) && item.active).first())!;
  db.close();
  return { name, unit };
};

const rowsNamed = async (name: string, objective: string) => {
  const db = new ValvoDatabase(name);
  try {
    return await db.controlActions.filter((row) => row.objective === objective).toArray();
  } finally {
    db.close();
  }
};

const renderSection = (name: string, unit: Unit, api: DesktopApi = createWebApi('test')) =>
  render(
    <PlatformProvider api={api}>
      <DatabaseProvider name={name}>
        <RepositoryProvider>
          <StorageHealthProvider>
            <NoticeProvider>
              <ActionsSection unit={unit} year={2026} canEdit />
            </NoticeProvider>
          </StorageHealthProvider>
        </RepositoryProvider>
      </DatabaseProvider>
    </PlatformProvider>,
  );

const stubStorage = (estimate: { usage: number; quota: number }) =>
  Object.defineProperty(navigator, 'storage', {
    configurable: true,
    value: { estimate: async () => estimate, persisted: async () => true },
  });

beforeAll(async () => {
  await initI18n('fi');
  // The provider logs what it caught; the tests assert what the user sees instead.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  storage = installStorageFault(DATABASE_PREFIX);
});
afterAll(() => {
  storage.uninstall();
});
afterEach(() => {
  cleanup();
  storage.fault.isArmed = false;
  Reflect.deleteProperty(navigator, 'storage');
});

describe('a write that runs out of storage', { timeout: 30_000 }, () => {
  it('opens the blocking dialog over the form, keeps the input, and saves once there is room', async () => {
    const user = userEvent.setup();
    const { name, unit } = await seed();
    stubStorage({ usage: 50 * MEGABYTE, quota: 51 * MEGABYTE });
    renderSection(name, unit);
    const objective = 'Varaston inventointi';
    const longText = 'Inventoidaan varasto ja täsmäytetään kirjanpitoon. '.repeat(70);

    await user.click(await screen.findByRole('button', { name: 'Lisää rivi' }));
    const form = await screen.findByRole('dialog', { name: 'Uusi rivi' });
    // React Aria focuses a dialog again 500 ms after it opens if focus is then on the dialog or
    // the page body (a VoiceOver workaround, useDialog). This test types, saves and closes the
    // alert faster than that; had the timer fired in the moment between the alert leaving and
    // focus coming back to Tallenna, it took focus to the form itself. No person is that quick:
    // let the timer pass first, as it always has by the time a person has typed a row.
    await new Promise((resolve) => setTimeout(resolve, 600));
    await user.type(within(form).getByLabelText(/Sisäinen valvonta ja riskienhallinta/), objective);
    await user.click(within(form).getByLabelText('Toimenpiteet'));
    await user.paste(longText);
    storage.fault.isArmed = true;
    const save = within(form).getByRole('button', { name: 'Tallenna' });
    await user.click(save);

    const alert = await screen.findByRole('alertdialog', { name: /Muutosta ei tallennettu/ });
    expect(storage.fault.refused).toBeGreaterThan(0);
    expect(alert).toHaveTextContent('Mitään ei muutettu');
    expect(alert).toHaveTextContent(/kirjoittamasi tiedot ovat yhä tallessa lomakkeella/);
    expect(alert).toHaveTextContent(/Vapauta levytilaa/);
    // The usage is asked from the browser when the dialog opens, so it arrives a moment later.
    expect(
      await within(alert).findByText(/Valvo käyttää nyt 50\sMt enimmäismäärästä 51\sMt/),
    ).toBeInTheDocument();
    // The form is still open underneath with everything typed, and nothing said "saved".
    expect(screen.getByLabelText('Toimenpiteet', { selector: 'textarea' })).toHaveValue(longText);
    expect(screen.queryByText('Tallennettu')).toBeNull();
    expect(await rowsNamed(name, objective)).toEqual([]);

    await user.click(within(alert).getByRole('button', { name: 'Palaa lomakkeelle' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    const formAgain = screen.getByRole('dialog', { name: 'Uusi rivi' });
    expect(within(formAgain).getByLabelText(/Sisäinen valvonta/)).toHaveValue(objective);
    expect(within(formAgain).getByRole('alert')).toHaveTextContent('Tallennustila on täynnä');
    // React Aria hands focus back in an animation frame after the alert has gone.
    await waitFor(() => expect(save).toHaveFocus(), { timeout: 5_000 });

    storage.fault.isArmed = false;
    await user.click(save);
    await screen.findByText('Tallennettu');
    expect(screen.queryByRole('dialog', { name: 'Uusi rivi' })).toBeNull();
    const [saved] = await rowsNamed(name, objective);
    expect(saved?.actions).toBe(longText.trim());
    expect(await screen.findByRole('rowheader', { name: objective })).toBeInTheDocument();
  });

  it('opens it for a write nobody awaited, and offers a backup from inside it', async () => {
    const user = userEvent.setup();
    const { name, unit } = await seed();
    const saveAs = vi.fn<DesktopApi['files']['saveAs']>(async () => ({
      ok: true,
      value: { saved: true, fileName: 'valvo-varmuuskopio.json' },
    }));
    const web = createWebApi('test');
    renderSection(name, unit, { ...web, files: { ...web.files, saveAs } });
    await screen.findByRole('button', { name: 'Lisää rivi' });

    // Another failure is not the storage dialog's business.
    window.dispatchEvent(
      Object.assign(new Event('unhandledrejection'), { reason: constraintError() }),
    );
    window.dispatchEvent(
      Object.assign(new Event('unhandledrejection'), {
        reason: quotaAbortError(),
      }),
    );
    const alert = await screen.findByRole('alertdialog', { name: /Muutosta ei tallennettu/ });
    // navigator.storage is missing here, as in some embedded browsers.
    expect(await within(alert).findByText('Tallennustilan käyttöä ei voitu lukea.')).toBeVisible();

    await user.click(within(alert).getByRole('button', { name: 'Tallenna varmuuskopio' }));
    await within(alert).findByText('Varmuuskopio tallennettu: valvo-varmuuskopio.json');
    expect(saveAs).toHaveBeenCalledOnce();
    const { content } = saveAs.mock.calls[0]![0];
    expect(typeof content).toBe('string');
    expect(JSON.parse(content as string)).toMatchObject({
      tables: expect.objectContaining({ units: expect.any(Array) }),
    });
  });
});
