import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BackupWriteRequest, DesktopApi } from '../../../shared/desktop-api';
import { randomBytes } from '../../../shared/files/bytes.test-support';
import { serializeUnitPackage } from '../../../shared/packages/format';
import { RepositoryProvider } from '../../data/RepositoryProvider';
import { NoticeProvider } from '../../components/Notice';
import { DatabaseProvider } from '../../data/core/DatabaseProvider';
import { ValvoDatabase } from '../../data/core/database';
import { initI18n } from '../../i18n';
import { PlatformProvider } from '../../platform/PlatformContext';
import { createWebApi } from '../../platform/web';
import { testContext } from '../../test/testDatabase';
import { createRepositories } from '../../data/createRepositories';
import { loadExampleOrganisation } from '../../data/setup/setupOrganisation';
import { OpenPackage } from './OpenPackage';
import { snapshot, unitIdByName } from '../../data/packages/packageTestSupport';

let databaseCount = 0;

/** A package issued from the example register, and a unit manager's Valvo with a profile only. */
const seed = async () => {
  databaseCount += 1;
  const controllerDb = new ValvoDatabase(`open-controller-${databaseCount}`);
  const controller = testContext('Riitta Controller', '2026-03-02T08:00:00.000Z', 'controller');
  await loadExampleOrganisation(controllerDb, controller);
  const unitId = await unitIdByName(controllerDb, 'Viestintä ja markkinointi');
  const [pkg] = await createRepositories(controllerDb, controller).packages.issue({
    year: 2026,
    units: [{ unitId, issuedTo: 'Eero Esihenkilö' }],
  });
  controllerDb.close();
  const name = `open-manager-${databaseCount}`;
  const db = new ValvoDatabase(name);
  await createRepositories(db, testContext('Eero Esihenkilö')).settings.save('profile', {
    name: 'Eero Esihenkilö',
    role: 'unitManager',
  });
  return { name, db, text: serializeUnitPackage(pkg!) };
};

const desktopApi = (write: DesktopApi['backups']['write']): DesktopApi => ({
  ...createWebApi('test'),
  capabilities: { isDesktop: true, canWriteBackupFiles: true, canPrintToPdf: true },
  backups: { ...createWebApi('test').backups, write },
});

const renderOpen = (name: string, api: DesktopApi) =>
  render(
    <PlatformProvider api={api}>
      <DatabaseProvider name={name}>
        <RepositoryProvider>
          <NoticeProvider>
            <OpenPackage headingLevel={3} help="Ohje" />
          </NoticeProvider>
        </RepositoryProvider>
      </DatabaseProvider>
    </PlatformProvider>,
  );

const file = (text: string, name = 'viestinta-2026.valvo-paketti.json') =>
  new File([text], name, { type: 'application/json' });

describe('opening a unit package file', { timeout: 30_000 }, () => {
  beforeAll(async () => {
    await initI18n('fi');
  });
  afterEach(() => cleanup());

  it('lists in Finnish, with their place, why a file is refused, and changes nothing', async () => {
    const { name, db, text } = await seed();
    const write = vi.fn<DesktopApi['backups']['write']>();
    renderOpen(name, desktopApi(write));
    const user = userEvent.setup();
    const input = await screen.findByLabelText('Yksikköpaketin tiedosto');
    const before = await snapshot(db);

    await user.upload(input, file(text.slice(0, -3), 'rikki.valvo-paketti.json'));
    const broken = await screen.findByRole('region', {
      name: 'Tiedostoa rikki.valvo-paketti.json ei avattu',
    });
    expect(within(broken).getByRole('alert')).toHaveTextContent(
      'Tiedostossa on 1 ongelma. Mitään ei muutettu.',
    );
    expect(within(broken).getByRole('listitem')).toHaveTextContent(
      /^Koko tiedosto: Tiedosto ei ole kelvollista JSONia/,
    );

    await user.upload(input, file(text.replace('"Eero Esihenkilö"', '"Joku muu"')));
    const tampered = await screen.findByRole('region', {
      name: 'Tiedostoa viestinta-2026.valvo-paketti.json ei avattu',
    });
    expect(within(tampered).getByRole('listitem')).toHaveTextContent(
      'Kohta contentSha256: Tiedoston sisältö ei vastaa sen tarkistesummaa',
    );
    // Random bytes: one problem in words, not the JSON parser quoting the bytes.
    await user.upload(input, new File([randomBytes(2 * 1024 * 1024)], 'kuva.valvo-paketti.json'));
    const random = await screen.findByRole('region', {
      name: 'Tiedostoa kuva.valvo-paketti.json ei avattu',
    });
    expect(within(random).getByRole('alert')).toHaveTextContent(
      'Tiedostossa on 1 ongelma. Mitään ei muutettu.',
    );
    expect(within(random).getByRole('listitem')).toHaveTextContent(
      'Koko tiedosto: Tiedosto ei ole Valvon yksikköpaketti: se ei ole tekstiä vaan jotakin muuta, esimerkiksi kuva, ohjelma tai vioittunut tiedosto.',
    );
    expect(write).not.toHaveBeenCalled();
    expect(await snapshot(db)).toEqual(before);
    db.close();
  });

  it('takes the automatic backup, then opens the package as this Valvo’s scope', async () => {
    const { name, db, text } = await seed();
    const order: string[] = [];
    const write = vi.fn(async (request: BackupWriteRequest) => {
      order.push(`backup:${request.reason}:${await db.units.count()}`);
      return {
        ok: true as const,
        value: {
          fileName: 'valvo-backup-x-pre-import.json',
          createdAt: '2026-04-01T07:00:00.000Z',
          reason: request.reason,
          sizeBytes: 10,
          verified: true,
          counts: null,
          pinned: false,
        },
      };
    });
    renderOpen(name, desktopApi(write));
    const user = userEvent.setup();
    await user.upload(await screen.findByLabelText('Yksikköpaketin tiedosto'), file(text));

    await screen.findByText('Yksikköpaketti avattu: Viestintä ja markkinointi, 2026.');
    expect(order).toEqual(['backup:pre-import:0']);
    await waitFor(async () => expect(await db.units.count()).toBe(3));
    expect(await db.unitPackages.where('role').equals('opened').count()).toBe(1);
    db.close();
  });
});
