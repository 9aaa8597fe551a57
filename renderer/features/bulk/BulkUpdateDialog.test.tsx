import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ControlAction } from '../../../shared/domain/control-action';
import { RepositoryProvider } from '../../data/RepositoryProvider';
import { NoticeProvider } from '../../components/Notice';
import { DatabaseProvider } from '../../data/core/DatabaseProvider';
import { ValvoDatabase } from '../../data/core/database';
import { initI18n } from '../../i18n';
import { PlatformProvider } from '../../platform/PlatformContext';
import { createWebApi } from '../../platform/web';
import { testContext } from '../../test/testDatabase';
import { createRepositories } from '../../data/createRepositories';
import { BulkUpdateDialog } from './BulkUpdateDialog';

let databaseCount = 0;

/** Closes the dialog as a screen would, so the notice behind it becomes reachable. */
const Host = ({ actions, onClose }: ComponentProps<typeof BulkUpdateDialog>) => {
  const [isOpen, setOpen] = useState(true);
  return isOpen ? (
    <BulkUpdateDialog
      actions={actions}
      onClose={(result) => {
        setOpen(false);
        onClose(result);
      }}
    />
  ) : null;
};

const seed = async (name: string) => {
  const db = new ValvoDatabase(name);
  const repos = createRepositories(db, testContext('Maija Meikäläinen', '2026-06-15T08:00:00Z'));
  await repos.settings.save('profile', { name: 'Maija Meikäläinen', role: 'controller' });
  const root = await repos.units.create(null, 'organisation', {
    name: 'Kaupunki',
    code: '',
    accountable: '',
    manager: '',
  });
  await repos.years.create(2026, 'active');
  const rows: ControlAction[] = [];
  for (const objective of ['Ensimmäinen', 'Toinen', 'Kolmas'])
    rows.push(
      await repos.actions.create(root.id, 2026, {
        objective,
        actions: '',
        indicator: '',
        owner: 'Vanha',
        deadline: '31.5.2026',
        status: 'not_started',
      }),
    );
  return { db, repos, rows };
};

const renderDialog = async () => {
  databaseCount += 1;
  const name = `bulk-${databaseCount}`;
  const seeded = await seed(name);
  const onClose = vi.fn();
  render(
    <PlatformProvider api={createWebApi('test')}>
      <DatabaseProvider name={name}>
        <RepositoryProvider>
          <NoticeProvider>
            <Host actions={seeded.rows.map(({ id, rev }) => ({ id, rev }))} onClose={onClose} />
          </NoticeProvider>
        </RepositoryProvider>
      </DatabaseProvider>
    </PlatformProvider>,
  );
  await screen.findByRole('dialog', { name: 'Muuta valittuja rivejä' });
  return { ...seeded, onClose };
};

const stored = (db: ValvoDatabase) => db.controlActions.toCollection().sortBy('sortOrder');

describe('BulkUpdateDialog', () => {
  beforeAll(async () => {
    await initI18n('fi');
  });
  afterEach(cleanup);

  it('changes the ticked fields of every row from the keyboard, then undoes it from the notice', async () => {
    const user = userEvent.setup();
    const { db, onClose } = await renderDialog();
    expect(screen.getByText('Muutetaan 3 riviä')).toBeInTheDocument();
    expect(screen.queryByLabelText('Vastuuhenkilö')).toBeNull();

    screen.getByRole('checkbox', { name: 'Muuta vastuuhenkilö' }).focus();
    await user.keyboard(' ');
    await user.type(await screen.findByLabelText('Vastuuhenkilö'), 'Uusi Omistaja');
    await user.click(screen.getByRole('checkbox', { name: 'Muuta tila' }));
    await user.selectOptions(screen.getByLabelText('Tila'), 'Käynnissä');
    await user.type(screen.getByLabelText('Edistymismerkintä'), 'Jaettu uudelleen');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));

    await waitFor(() => expect(onClose).toHaveBeenCalledWith({ changed: 3 }));
    const changed = await stored(db);
    expect(changed.map((row) => [row.owner, row.status, row.deadline])).toEqual([
      ['Uusi Omistaja', 'in_progress', '2026-05-31'],
      ['Uusi Omistaja', 'in_progress', '2026-05-31'],
      ['Uusi Omistaja', 'in_progress', '2026-05-31'],
    ]);
    expect(changed[0]?.notes.map((note) => note.text)).toEqual(['Jaettu uudelleen']);

    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Muutettiin 3 riviä.');
    await user.click(screen.getByRole('button', { name: 'Kumoa' }));
    await waitFor(() => expect(status).toHaveTextContent('Muutos kumottiin 3 riviltä.'));
    expect((await stored(db)).map((row) => [row.owner, row.status, row.notes.length])).toEqual([
      ['Vanha', 'not_started', 0],
      ['Vanha', 'not_started', 0],
      ['Vanha', 'not_started', 0],
    ]);
  });

  it('asks for something to change, and refuses a bad date, writing nothing', async () => {
    const user = userEvent.setup();
    const { db, onClose } = await renderDialog();
    const before = await stored(db);
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(
      await screen.findByText(
        'Valitse vähintään yksi muutettava tieto: vastuuhenkilö, määräaika tai tila.',
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Muuta määräaika' }));
    await user.type(screen.getByLabelText('Määräaika'), '31.2.2026');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(await screen.findByText(/Päivämäärä ei kelpaa/)).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
    expect(await stored(db)).toEqual(before);
  });

  it('keeps the dialog open with the refusal naming the rows that changed meanwhile', async () => {
    const user = userEvent.setup();
    const { db, repos, rows, onClose } = await renderDialog();
    await repos.actions.setStatus(rows[1]!.id, 1, { status: 'done', note: '' }, '2026-06-15');
    const before = await stored(db);
    await user.click(screen.getByRole('checkbox', { name: 'Muuta määräaika' }));
    await user.type(screen.getByLabelText('Määräaika'), '30.9.2026');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Valittu rivi on muuttunut valinnan jälkeen: ”Toinen”. Mitään ei muutettu.',
    );
    expect(onClose).not.toHaveBeenCalled();
    expect(await stored(db)).toEqual(before);
  });
});
