import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ControlAction } from '../../../shared/domain/control-action';
import { NoticeProvider } from '../../components/Notice';
import { createRepositories } from '../../data/createRepositories';
import { DatabaseProvider } from '../../data/core/DatabaseProvider';
import { ValvoDatabase } from '../../data/core/database';
import { RepositoryProvider } from '../../data/RepositoryProvider';
import { initI18n } from '../../i18n';
import { PlatformProvider } from '../../platform/PlatformContext';
import { createWebApi } from '../../platform/web';
import { testContext } from '../../test/testDatabase';
import { ActionFormDialog } from './ActionFormDialog';
import { StatusDialog } from './StatusDialog';

let databaseCount = 0;

/** A row saved twice: `shown` is the first version, as a table still shows it for a moment. */
const seed = async () => {
  databaseCount += 1;
  const name = `as-opened-${databaseCount}`;
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
  const shown = await repos.actions.create(root.id, 2026, {
    objective: 'Hankinnat kilpailutetaan',
    actions: '',
    indicator: '',
    owner: 'Vanha',
    deadline: '31.5.2026',
    status: 'not_started',
  });
  await repos.actions.setStatus(
    shown.id,
    shown.rev,
    { status: 'in_progress', note: 'Aloitettu' },
    '2026-06-15',
  );
  return { name, db, shown };
};

const inApp = (name: string, dialog: React.ReactNode) => (
  <PlatformProvider api={createWebApi('test')}>
    <DatabaseProvider name={name}>
      <RepositoryProvider>
        <NoticeProvider>{dialog}</NoticeProvider>
      </RepositoryProvider>
    </DatabaseProvider>
  </PlatformProvider>
);

const stored = async (db: ValvoDatabase, id: string) => (await db.controlActions.get(id))!;

describe('a dialog opened on a row the table still shows as before its last save', () => {
  beforeAll(async () => {
    await initI18n('fi');
  });
  afterEach(cleanup);

  it('changes the status from the row as stored, not refused as changed meanwhile', async () => {
    const { name, db, shown } = await seed();
    const onSaved = vi.fn();
    render(inApp(name, <StatusDialog action={shown} onClose={vi.fn()} onSaved={onSaved} />));
    const dialog = await screen.findByRole('dialog');
    // The form starts from the stored status, not the stale one.
    expect(screen.getByLabelText('Tila')).toHaveValue('in_progress');
    await userEvent.selectOptions(screen.getByLabelText('Tila'), 'done');
    await userEvent.type(screen.getByLabelText('Edistymismerkintä'), 'Valmis');
    await userEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(dialog).not.toHaveTextContent('Tieto on muuttunut');
    const row: ControlAction = await stored(db, shown.id);
    expect(row.status).toBe('done');
    expect(row.notes.map((note) => note.text)).toEqual(['Aloitettu', 'Valmis']);
  });

  it('edits the row as stored, and still refuses a change made elsewhere while it is open', async () => {
    const { name, db, shown } = await seed();
    const onSaved = vi.fn();
    render(
      inApp(
        name,
        <ActionFormDialog
          unitId={shown.unitId}
          year={2026}
          action={shown}
          onClose={vi.fn()}
          onSaved={onSaved}
        />,
      ),
    );
    await screen.findByRole('dialog');
    expect(screen.getByLabelText('Tila', { exact: false })).toHaveValue('in_progress');
    // Someone else saves the row while the dialog is open: this save must not overwrite it.
    const current = await stored(db, shown.id);
    const repos = createRepositories(db, testContext('Toinen', '2026-06-15T09:00:00Z'));
    await repos.actions.setStatus(
      current.id,
      current.rev,
      { status: 'done', note: 'Muualla' },
      '2026-06-15',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    await screen.findByText(/Tieto on muuttunut sen jälkeen/);
    expect(onSaved).not.toHaveBeenCalled();
    expect((await stored(db, shown.id)).status).toBe('done');
  });
});
