import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DesktopApi, SaveFileRequest } from '../../../shared/desktop-api';
import { RepositoryProvider } from '../../data/RepositoryProvider';
import { createRepositories } from '../../data/createRepositories';
import { NoticeProvider } from '../../components/Notice';
import { DatabaseProvider } from '../../data/core/DatabaseProvider';
import { ValvoDatabase } from '../../data/core/database';
import { initI18n } from '../../i18n';
import { PlatformProvider } from '../../platform/PlatformContext';
import { createWebApi } from '../../platform/web';
import { testContext } from '../../test/testDatabase';
import { loadExampleOrganisation } from '../../data/setup/setupOrganisation';
import { PackagesScreen } from './PackagesScreen';
import { readPackageText } from '../../data/packages/packageFiles';

let databaseCount = 0;

const seed = async () => {
  databaseCount += 1;
  const name = `packages-screen-${databaseCount}`;
  const db = new ValvoDatabase(name);
  const context = testContext('Riitta Controller', '2026-03-02T08:00:00.000Z', 'controller');
  await loadExampleOrganisation(db, context);
  const repos = createRepositories(db, context);
  await repos.settings.save('profile', { name: 'Riitta Controller', role: 'controller' });
  const area = (await db.units.filter((unit) => unit.name === 'Hallintopalvelut').first())!;
  await repos.units.update(area.id, area.rev, {
    name: area.name,
    code: area.code,
    accountable: area.accountable,
    manager: 'Anna Alanen',
  });
  db.close();
  return name;
};

const renderScreen = (name: string) => {
  const saved: SaveFileRequest[] = [];
  const web = createWebApi('test');
  const api: DesktopApi = {
    ...web,
    files: {
      saveAs: vi.fn(async (request: SaveFileRequest) => {
        saved.push(request);
        return { ok: true as const, value: { saved: true, fileName: request.suggestedName } };
      }),
    },
  };
  render(
    <PlatformProvider api={api}>
      <DatabaseProvider name={name}>
        <RepositoryProvider>
          <NoticeProvider>
            <PackagesScreen />
          </NoticeProvider>
        </RepositoryProvider>
      </DatabaseProvider>
    </PlatformProvider>,
  );
  return saved;
};

describe('the Yksikköpaketit screen', { timeout: 30_000 }, () => {
  beforeAll(async () => {
    await initI18n('fi');
  });
  afterEach(() => cleanup());

  it('picks units from the tree by keyboard and exports one file per unit in a ZIP', async () => {
    const saved = renderScreen(await seed());
    const user = userEvent.setup();
    const division = 'Konserni- ja elinvoimapalvelut';
    await user.click(await screen.findByRole('button', { name: `Näytä alayksiköt: ${division}` }));

    // A whole division at once, and off again.
    await user.click(screen.getByRole('button', { name: `Valitse kaikki: ${division}` }));
    expect(screen.getByText('Valittu 37 yksikköä.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `Poista valinnat: ${division}` }));
    expect(screen.getByText('Valittu 0 yksikköä.')).toBeInTheDocument();

    // Space on a focused checkbox selects it; the manager is the default recipient.
    screen.getByRole('checkbox', { name: 'Hallintopalvelut, Vastuualue' }).focus();
    await user.keyboard(' ');
    expect(screen.getByRole('textbox', { name: 'Annettu: Hallintopalvelut' })).toHaveValue(
      'Anna Alanen',
    );
    await user.click(
      screen.getByRole('checkbox', { name: 'Viestintä ja markkinointi, Vastuualue' }),
    );
    const recipient = screen.getByRole('textbox', { name: 'Annettu: Viestintä ja markkinointi' });
    expect(recipient).toHaveValue('');

    // A unit without a recipient is refused by name, and nothing is saved.
    await user.click(screen.getByRole('button', { name: 'Vie paketit' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Anna vastaanottaja (Annettu) yksikölle Viestintä ja markkinointi.',
    );
    expect(saved).toEqual([]);

    await user.type(recipient, 'Eero Esihenkilö');
    await user.click(screen.getByRole('button', { name: 'Vie paketit' }));
    await screen.findByText(
      '2 yksikköpakettia tallennettu tiedostoon valvo-yksikkopaketit-2026.zip.',
    );
    expect(saved.map((request) => [request.suggestedName, request.mimeType])).toEqual([
      ['valvo-yksikkopaketit-2026.zip', 'application/zip'],
    ]);
    const files = unzipSync(saved[0]!.content as Uint8Array);
    expect(Object.keys(files).sort()).toEqual([
      'hallintopalvelut-2026.valvo-paketti.json',
      'viestinta-ja-markkinointi-2026.valvo-paketti.json',
    ]);
    const parsed = readPackageText(
      strFromU8(files['viestinta-ja-markkinointi-2026.valvo-paketti.json']!),
      'issue',
    );
    expect(parsed.ok && parsed.pkg.issuedTo).toBe('Eero Esihenkilö');

    const table = await screen.findByRole('table', { name: 'Vuoden 2026 annetut yksikköpaketit' });
    await within(table).findByRole('rowheader', { name: 'Viestintä ja markkinointi' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').at(-1)?.textContent)).toEqual([
      'Odottaa palautusta',
      'Odottaa palautusta',
    ]);
  });

  it('saves a single package as its own file', async () => {
    const saved = renderScreen(await seed());
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole('button', {
        name: 'Näytä alayksiköt: Konserni- ja elinvoimapalvelut',
      }),
    );
    await user.click(screen.getByRole('checkbox', { name: 'Hallintopalvelut, Vastuualue' }));
    await user.click(screen.getByRole('button', { name: 'Vie paketit' }));
    await screen.findByText(
      'Yksikköpaketti tallennettu: hallintopalvelut-2026.valvo-paketti.json.',
    );
    expect(saved).toHaveLength(1);
    expect(readPackageText(saved[0]!.content as string, 'issue').ok).toBe(true);
  });
});
