import { act, cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRepositories } from '../../data/createRepositories';
import { DatabaseProvider } from '../../data/core/DatabaseProvider';
import { ValvoDatabase } from '../../data/core/database';
import { initI18n } from '../../i18n';
import { testContext } from '../../test/testDatabase';
import { loadExampleOrganisation } from '../../data/setup/setupOrganisation';
import { AuditLogScreen } from './AuditLogScreen';
import { RecordHistory } from './RecordHistory';
import { PROFILE_NAME } from '../../data/audit/testFixtures';

let databaseCount = 0;

/**
 * The example (about 60 events), 60 status changes so the log runs to two pages, and an
 * approval that a later edit withdraws (its comment is stored as a catalogue key).
 */
const seed = async () => {
  databaseCount += 1;
  const name = `audit-screen-${databaseCount}`;
  const db = new ValvoDatabase(name);
  const context = testContext(PROFILE_NAME);
  const repos = createRepositories(db, context);
  await loadExampleOrganisation(db, context);
  const rows = await db.controlActions.toArray();
  const row = rows[0]!;
  await repos.years.setStatus(2026, 'review');
  await repos.reviews.approve(row.unitId, 2026);
  await repos.years.setStatus(2026, 'active');
  for (let index = 0; index < 60; index += 1) {
    const current = (await db.controlActions.get(row.id))!;
    await repos.actions.setStatus(
      row.id,
      current.rev,
      { status: index % 2 ? 'not_started' : 'in_progress', note: `Vaihe ${index}` },
      '2026-03-02',
    );
  }
  const review = (await db.unitReviews.toArray())[0]!;
  const count = await db.auditEvents.count();
  return { db, name, row, review, count };
};

const renderAt = (name: string, path: string) => {
  const router = createMemoryRouter([{ path: '/audit', element: <AuditLogScreen /> }], {
    initialEntries: [path],
  });
  render(
    <DatabaseProvider name={name}>
      <RouterProvider router={router} />
    </DatabaseProvider>,
  );
  return router;
};

const bodyRows = async () => {
  const table = await screen.findByRole('table', { name: 'Muutosloki, uusin ensin' });
  // A selector, not getAllByRole: computing roles over 100 rows is slow in jsdom.
  return [...table.querySelectorAll<HTMLElement>('tbody > tr')];
};

/** The table once it has `count` rows (a live query answers after the URL changes). */
const rowsWhen = async (count: number) => {
  await waitFor(async () => expect(await bodyRows()).toHaveLength(count), {
    timeout: 15_000,
  });
  return bodyRows();
};

beforeAll(async () => {
  await initI18n('fi');
  // Pages of 100 rows render slowly in jsdom, more so beside other test files.
  configure({ asyncUtilTimeout: 5000 });
});
afterEach(cleanup);

// The example register's load and pages of 100 rows are slow in jsdom on a busy machine.
describe('the change log screen', { timeout: 60_000 }, () => {
  it('pages newest first, 100 at a time, with the page in the URL', async () => {
    const { name, count } = await seed();
    const router = renderAt(name, '/audit');
    const rows = await bodyRows();
    expect(rows).toHaveLength(100);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent(String(count));
    expect(
      screen.getByText(`Tapahtumat 1–100. Lokissa on yhteensä ${count} tapahtumaa.`),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edellinen' })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Seuraava' }));
    expect(router.state.location.search).toBe('?page=2');
    await rowsWhen(100);
    expect(
      screen.getByText(`Tapahtumat 101–200. Lokissa on yhteensä ${count} tapahtumaa.`),
    ).toBeInTheDocument();

    // The last page holds what is left over the full pages.
    const lastPage = Math.ceil(count / 100);
    expect(lastPage).toBeGreaterThan(2);
    await act(() => router.navigate(`/audit?page=${lastPage}`));
    await rowsWhen(count - (lastPage - 1) * 100);
    expect(
      screen.getByText(
        `Tapahtumat ${(lastPage - 1) * 100 + 1}–${count}. Lokissa on yhteensä ${count} tapahtumaa.`,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Seuraava' })).toBeDisabled();
  });

  it('filters by operation and actor together, keeping them in the URL, and shows before → after in Finnish', async () => {
    const { db, name } = await seed();
    const statusByMaija = await db.auditEvents
      .filter((event) => event.op === 'status' && event.actor === PROFILE_NAME)
      .count();
    const router = renderAt(name, '/audit');
    await bodyRows();
    await userEvent.selectOptions(screen.getByLabelText('Toiminto'), 'Tilan muutos');
    await waitFor(() => expect(router.state.location.search).toBe('?op=status'));
    await userEvent.type(screen.getByLabelText('Tekijä'), 'maija');
    await waitFor(() => expect(router.state.location.search).toBe('?op=status&actor=maija'));
    const rows = await rowsWhen(statusByMaija);
    for (const row of rows) expect(row).toHaveTextContent('Tilan muutos');
    expect(rows[0]).toHaveTextContent(`Tila: Käynnissä → Ei aloitettu`);
    expect(rows[0]).toHaveTextContent('Vaihe 59');

    await userEvent.clear(screen.getByLabelText('Tekijä'));
    await userEvent.type(screen.getByLabelText('Tekijä'), 'Pekka');
    expect(await screen.findByText('Rajauksia vastaavia tapahtumia ei ole.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Tyhjennä rajaukset' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(screen.getByLabelText('Tekijä')).toHaveValue('');
    await rowsWhen(100);
  });

  it('opens a filtered view from its URL, and flags an unreadable date', async () => {
    const { name, row } = await seed();
    renderAt(name, `/audit?entity=controlAction&id=${row.id.slice(-8)}&from=31.2.2026`);
    const rows = await bodyRows();
    expect(rows.length).toBeGreaterThan(60);
    for (const item of rows) expect(item).toHaveTextContent(row.id);
    expect(screen.getByLabelText('Alkaen')).toHaveAccessibleDescription(
      expect.stringContaining('Päivämäärä ei kelpaa'),
    );
  });

  it('verifies the chain, then names the first event changed behind its back', async () => {
    const { db, name, count } = await seed();
    renderAt(name, '/audit');
    await bodyRows();
    await userEvent.click(screen.getByRole('button', { name: 'Tarkista muutosketju' }));
    expect(
      await screen.findByText(`Muutosketju on eheä: ${count} tapahtumaa tarkistettu.`),
    ).toBeInTheDocument();
    const head = (await db.auditEvents.orderBy('seq').last())!.hash;
    expect(screen.getByText(head)).toBeInTheDocument();

    const victim = (await db.auditEvents.get(40))!;
    await db.auditEvents.put({ ...victim, actor: 'Joku muu' });
    await userEvent.click(screen.getByRole('button', { name: 'Tarkista muutosketju' }));
    expect(
      await screen.findByText(/Muutosketju on katkennut tapahtumassa 40:/),
    ).toBeInTheDocument();
  });
});

describe('a record’s history', () => {
  it('shows who changed what, newest first, with stored catalogue keys translated', async () => {
    const { name, review } = await seed();
    render(
      <DatabaseProvider name={name}>
        <RecordHistory entity="unitReview" entityId={review.id} />
      </DatabaseProvider>,
    );
    const table = await screen.findByRole('table', { name: 'Muutoshistoria, uusin ensin' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Muutos');
    expect(rows[0]).toHaveTextContent('Päätös: Hyväksytty → Hyväksyntä peruttu');
    expect(rows[0]).toHaveTextContent(
      'Kommentti: – → Yksikön tietoja muutettiin hyväksynnän jälkeen.',
    );
    expect(rows[0]).not.toHaveTextContent('review.withdrawnReasons');
    expect(rows[1]).toHaveTextContent('Lisäys');
    expect(rows[1]).toHaveTextContent(PROFILE_NAME);
  });

  it('cuts long values and keeps the whole text one click away', async () => {
    const { db, name, row } = await seed();
    const long = `${'Pitkä toimenpidekuvaus '.repeat(10)}loppu`;
    const repos = createRepositories(db, testContext(PROFILE_NAME));
    const current = (await db.controlActions.get(row.id))!;
    await repos.actions.update(row.id, current.rev, {
      objective: current.objective,
      actions: long,
      indicator: current.indicator,
      owner: current.owner,
      deadline: '',
      status: current.status,
    });
    render(
      <DatabaseProvider name={name}>
        <RecordHistory entity="controlAction" entityId={row.id} />
      </DatabaseProvider>,
    );
    const table = await screen.findByRole('table', { name: 'Muutoshistoria, uusin ensin' });
    const newest = within(table).getAllByRole('row')[1]!;
    const summary = within(newest)
      .getAllByText(/Näytä koko teksti/)
      .at(-1)!
      .closest('summary')!;
    expect(summary.textContent!.length).toBeLessThan(120);
    expect(summary.closest('details')).toHaveTextContent('loppu');
  });
});
