import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/domain/settings';
import { ACTION_COLUMNS } from '../../../shared/exports/action-columns';
import { randomBytes, windows1252Bytes } from '../../../shared/files/bytes.test-support';
import { RepositoryProvider } from '../../data/RepositoryProvider';
import { NoticeProvider } from '../../components/Notice';
import { DatabaseProvider } from '../../data/core/DatabaseProvider';
import { ValvoDatabase } from '../../data/core/database';
import { initI18n } from '../../i18n';
import { PlatformProvider } from '../../platform/PlatformContext';
import { createWebApi } from '../../platform/web';
import { testContext } from '../../test/testDatabase';
import { createActionRepository } from '../../data/actions/actionRepository';
import { createSettingsRepository } from '../../data/settings/settingsRepository';
import { createUnitRepository } from '../../data/units/unitRepository';
import { createYearRepository } from '../../data/years/yearRepository';
import { ImportActionsSection } from './ImportActionsSection';

let databaseCount = 0;
const HEADER = ACTION_COLUMNS.map((column) => column.header).join(';');

const seed = async (name: string, role: Role) => {
  const db = new ValvoDatabase(name);
  const context = testContext('Maija Meikäläinen', '2026-03-02T08:00:00.000Z', role);
  await createSettingsRepository(db, context).save('profile', { name: 'Maija', role });
  const people = { code: '', accountable: '', manager: '' };
  const root = await createUnitRepository(db, context).create(null, 'organisation', {
    name: 'Kaupunki',
    ...people,
  });
  await createYearRepository(db, context).create(2026, 'active');
  const row = await createActionRepository(db, context).create(root.id, 2026, {
    objective: 'Olemassa oleva',
    actions: '',
    indicator: '',
    owner: 'Hallintojohtaja',
    deadline: '',
    status: 'not_started',
  });
  db.close();
  return { root, row };
};

const renderSection = async (role: Role = 'controller') => {
  databaseCount += 1;
  const name = `imports-${databaseCount}`;
  const seeded = await seed(name, role);
  render(
    <PlatformProvider api={createWebApi('test')}>
      <DatabaseProvider name={name}>
        <RepositoryProvider>
          <NoticeProvider>
            <ImportActionsSection unitId={seeded.root.id} unitName={seeded.root.name} />
          </NoticeProvider>
        </RepositoryProvider>
      </DatabaseProvider>
    </PlatformProvider>,
  );
  return { ...seeded, name };
};

const actionsOf = async (name: string) => {
  const db = new ValvoDatabase(name);
  const rows = await db.controlActions.toArray();
  db.close();
  return rows.sort((a, b) => a.sortOrder - b.sortOrder);
};

const csvFile = (lines: string[], fileName = 'rivit.csv') =>
  new File([`\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`], fileName, { type: 'text/csv' });

describe('ImportActionsSection', () => {
  beforeAll(async () => {
    await initI18n('fi');
  });
  afterEach(() => cleanup());

  it('lists every error by row and column and writes nothing', async () => {
    const { name } = await renderSection();
    const input = await screen.findByLabelText('Tuo rivejä (CSV tai Excel)');
    await userEvent.upload(
      input,
      csvFile([
        'Kaupunki;;2026;Hyvä;;;Omistaja;31.2.2026;Ei aloitettu;;;;',
        'Tuntematon;;2026;Toinen;;;;;Valmis;;;;',
      ]),
    );
    const list = await screen.findByRole('list', { name: 'Virheet' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Rivi 2, sarake Määräaika: Päivämäärä ei kelpaa. Kirjoita muodossa p.k.vvvv, esim. 30.9.2026.',
      expect.stringMatching(/^Rivi 3, sarake Yksikkö: Yksikköä ei löydy/),
      'Rivi 3, sarake Tila: Tila ei kelpaa. Käytä jotakin näistä: Ei aloitettu, Käynnissä, Toteutunut, Osittain toteutunut, Ei toteutunut, Siirtyy seuraavalle vuodelle, Peruttu.',
    ]);
    expect(screen.getByText(/^Tiedostosta löytyi 3 virhettä\. Mitään ei tuotu\./)).toBeVisible();
    // Focus moves to the result's heading in the commit that shows it.
    expect(
      screen.getByRole('heading', { name: 'Tiedostossa rivit.csv on virheitä' }),
    ).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Tuo' })).toBeNull();
    expect((await actionsOf(name)).map((row) => row.objective)).toEqual(['Olemassa oleva']);
  });

  it('shows at most 50 errors and counts the rest', async () => {
    await renderSection();
    const lines = Array.from(
      { length: 60 },
      (_, index) => `Kaupunki;;2026;Rivi ${index};;;;;x;;;;`,
    );
    await userEvent.upload(
      await screen.findByLabelText('Tuo rivejä (CSV tai Excel)'),
      csvFile(lines),
    );
    const list = await screen.findByRole('list', { name: 'Virheet' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(50);
    expect(
      screen.getByText('…ja 10 muuta virhettä. Tallenna virheluettelo nähdäksesi kaikki.'),
    ).toBeVisible();
  });

  it('summarises a valid file and imports it when confirmed', async () => {
    const { name, row } = await renderSection();
    await userEvent.upload(
      await screen.findByLabelText('Tuo rivejä (CSV tai Excel)'),
      csvFile([
        `Kaupunki;;2026;Olemassa oleva;;;Uusi omistaja;;Käynnissä;Ei;;;${row.id}`,
        "Kaupunki;;2026;'=Uusi;;;;30.9.2026;Ei aloitettu;;;;",
      ]),
    );
    expect(await screen.findByText('Rivejä: uusia 1, muuttuu 1, ennallaan 0.')).toBeVisible();
    const changes = screen.getByRole('list', { name: 'Muutokset' });
    expect(
      within(changes)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Rivi 2: muuttuu Vastuuhenkilö, Tila', 'Rivi 3: uusi rivi']);
    await userEvent.click(screen.getByRole('button', { name: 'Tuo' }));
    expect(await screen.findByText('Tuonti valmis: uusia rivejä 1, muutettuja 1.')).toBeVisible();
    await waitFor(async () =>
      expect(
        (await actionsOf(name)).map((item) => [item.objective, item.owner, item.status]),
      ).toEqual([
        ['Olemassa oleva', 'Uusi omistaja', 'in_progress'],
        ['=Uusi', '', 'not_started'],
      ]),
    );
    expect(screen.getByLabelText('Tuo rivejä (CSV tai Excel)')).toHaveFocus();
  });

  it('refuses a file over 20 MB, or of another type, before reading it', async () => {
    await renderSection();
    const input = await screen.findByLabelText('Tuo rivejä (CSV tai Excel)');
    const big = csvFile([]);
    Object.defineProperty(big, 'size', { value: 20 * 1024 * 1024 + 1 });
    await userEvent.upload(input, big);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Tiedostoa ei tuotu. Tiedosto on liian suuri: enintään 20 Mt.',
    );
    await userEvent.upload(input, new File(['x'], 'rivit.xls'), { applyAccept: false });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Tiedostoa ei tuotu. Tuotavan tiedoston on oltava CSV- tai Excel-tiedosto (.csv tai .xlsx).',
    );
  });

  it('gives random bytes named .csv one message, and writes nothing', async () => {
    const { name } = await renderSection();
    const input = await screen.findByLabelText('Tuo rivejä (CSV tai Excel)');
    await userEvent.upload(input, new File([randomBytes(2 * 1024 * 1024)], 'satunnainen.csv'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Tiedostoa ei tuotu. Tiedosto ei ole CSV-tiedosto, jota tuonti voi lukea: siinä on muuta kuin tekstiä.',
    );
    expect(screen.queryByRole('list', { name: 'Virheet' })).toBeNull();
    expect(screen.queryByRole('heading', { level: 3 })).toBeNull();
    expect((await actionsOf(name)).map((row) => row.objective)).toEqual(['Olemassa oleva']);
  });

  it('reads a CSV from an old Excel (Windows-1252) as written, and says so', async () => {
    const { name } = await renderSection();
    const text = `${HEADER}\r\nKaupunki;;2026;Sisäinen valvonta;Toimet – 5 €;;Päällikkö;;Käynnissä;;;;\r\n`;
    await userEvent.upload(
      await screen.findByLabelText('Tuo rivejä (CSV tai Excel)'),
      new File([windows1252Bytes(text)], 'vanha-excel.csv', { type: 'text/csv' }),
    );
    expect(await screen.findByText('Rivejä: uusia 1, muuttuu 0, ennallaan 0.')).toBeVisible();
    expect(
      screen.getByText(
        'Tiedosto luettiin Windows-1252-merkistöllä (vanhemman Excelin CSV-tiedosto).',
      ),
    ).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Tuo' }));
    await screen.findByText('Tuonti valmis: uusia rivejä 1, muutettuja 0.');
    expect(
      (await actionsOf(name)).map((row) => [row.objective, row.actions, row.owner, row.status]),
    ).toEqual([
      ['Olemassa oleva', '', 'Hallintojohtaja', 'not_started'],
      ['Sisäinen valvonta', 'Toimet – 5 €', 'Päällikkö', 'in_progress'],
    ]);
  });

  it('is shown to controllers only', async () => {
    await renderSection('unitManager');
    // The profile loads first; the section stays absent after it has.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByLabelText('Tuo rivejä (CSV tai Excel)')).toBeNull();
  });
});
