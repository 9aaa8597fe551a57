import {
  cleanup,
  configure,
  fireEvent,
  render,
  screen,
  waitFor,
  within,
} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RepositoryProvider } from '../../data/RepositoryProvider';
import { NoticeProvider } from '../../components/Notice';
import { DatabaseProvider } from '../../data/core/DatabaseProvider';
import { ValvoDatabase } from '../../data/core/database';
import { initI18n } from '../../i18n';
import { testContext } from '../../test/testDatabase';
import { loadExampleOrganisation } from '../../data/setup/setupOrganisation';
import { ActionRegisterScreen } from './ActionRegisterScreen';
import { RiskRegisterScreen } from './RiskRegisterScreen';

let databaseCount = 0;

/** The example organisation (the budget chapter’s 55 rows of 2026, seven risks) in a database of its own. */
const seed = async () => {
  databaseCount += 1;
  const name = `register-screen-${databaseCount}`;
  const db = new ValvoDatabase(name);
  await loadExampleOrganisation(db, testContext());
  db.close();
  return name;
};

const renderAt = (name: string, path: string) => {
  const router = createMemoryRouter(
    [
      { path: '/register', element: <ActionRegisterScreen /> },
      { path: '/register/risks', element: <RiskRegisterScreen /> },
      { path: '/units/:unitId', element: <p>Yksikön sivu</p> },
      { path: '/risks/:riskId', element: <p>Riskin sivu</p> },
    ],
    { initialEntries: [path] },
  );
  render(
    <DatabaseProvider name={name}>
      <RepositoryProvider>
        <NoticeProvider>
          <RouterProvider router={router} />
        </NoticeProvider>
      </RepositoryProvider>
    </DatabaseProvider>,
  );
  return router;
};

const table = () => screen.findByRole('table', { name: /Kaikkien yksiköiden/ });
/** The row headers' texts: a selector, since computing roles over many rows is slow in jsdom. */
const rowNames = async () =>
  [...(await table()).querySelectorAll('tbody th[scope="row"]')].map((cell) => cell.textContent);
const count = () => screen.getByText(/riviä|rivi\b/, { selector: '.register-toolbar__count' });

beforeAll(async () => {
  await initI18n('fi');
  // The example register (55 rows) renders slowly in jsdom on a busy machine.
  configure({ asyncUtilTimeout: 10_000 });
});
afterEach(cleanup);

describe('the action register screen', { timeout: 30_000 }, () => {
  it('lists every unit’s rows of the year, counted', async () => {
    const name = await seed();
    renderAt(name, '/register');
    await waitFor(async () => expect(await rowNames()).toHaveLength(55));
    expect(count()).toHaveTextContent('55 riviä');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Rekisteri: toimenpiteet 2026',
    );
    const link = within(await table()).getAllByRole('link', { name: 'Hallintopalvelut' })[0]!;
    expect(link.getAttribute('href')).toMatch(/^\/units\/[0-9a-f-]{36}\?year=2026$/);
  });

  it('applies the search and filters in the URL, all of them', async () => {
    const name = await seed();
    renderAt(name, '/register?q=SOPIMUSHALLINNAN&status=not_started&sort=-unit');
    await waitFor(async () =>
      expect(await rowNames()).toEqual([
        'Sopimushallinnan kehittäminen',
        'Sopimushallinnan kehittäminen',
      ]),
    );
    expect(count()).toHaveTextContent('2 riviä (suodatettu 55:stä)');
    expect(screen.getByLabelText(/^Hae/)).toHaveValue('SOPIMUSHALLINNAN');
    expect(screen.getByRole('combobox', { name: 'Tila' })).toHaveValue('not_started');
    const units = [...(await table()).querySelectorAll('tbody a')].map((a) => a.textContent);
    // Sorted by unit, descending: the division (K…) after the area (H…), reversed.
    expect(units).toEqual(['Konserni- ja elinvoimapalvelut', 'Hallintopalvelut']);
    const unitHeader = screen.getByRole('columnheader', { name: /Yksikkö/ });
    expect(unitHeader).toHaveAttribute('aria-sort', 'descending');
  });

  it('says when nothing matches and clears the filters on request', async () => {
    const name = await seed();
    const router = renderAt(name, '/register?q=ei-löydy&status=done');
    expect(
      await screen.findByText('Yksikään rivi ei vastaa hakua ja suodattimia.'),
    ).toBeInTheDocument();
    const clear = screen.getAllByRole('button', { name: 'Tyhjennä suodattimet' });
    await userEvent.click(clear[clear.length - 1]!);
    await waitFor(async () => expect(await rowNames()).toHaveLength(55));
    expect(router.state.location.search).toBe('');
    expect(screen.getByLabelText(/^Hae/)).toHaveValue('');
  });

  it('says when the year has no rows', async () => {
    const name = await seed();
    renderAt(name, '/register?year=2030');
    expect(
      await screen.findByText('Vuodelle 2030 ei ole yhtään toimenpidettä.'),
    ).toBeInTheDocument();
  });

  it('takes regular-expression characters literally and survives 5,000 of them', async () => {
    const name = await seed();
    const long = '(.*'.repeat(1_700);
    const router = renderAt(name, `/register?q=${encodeURIComponent(long)}&status=valmis`);
    expect(
      await screen.findByText('Yksikään rivi ei vastaa hakua ja suodattimia.'),
    ).toBeInTheDocument();
    const notice = screen.getByText('Osa osoitteen suodattimista jätettiin pois').closest('div')!;
    expect(notice).toHaveTextContent('Haku: teksti oli 5100 merkkiä');
    expect(notice).toHaveTextContent('Tila: arvo ”valmis” ei kelpaa.');

    const search = screen.getByLabelText(/^Hae/);
    fireEvent.change(search, { target: { value: 'x'.repeat(5_000) } });
    expect(
      await screen.findByText(
        'Tekstissä on 5000 merkkiä. Haussa käytetään vain 200 ensimmäistä merkkiä.',
      ),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('q')).toBe('x'.repeat(200)),
    );
    fireEvent.change(search, { target: { value: '[a-z]+' } });
    expect(
      await screen.findByText('Yksikään rivi ei vastaa hakua ja suodattimia.'),
    ).toBeInTheDocument();
    fireEvent.change(search, { target: { value: '' } });
    await waitFor(async () => expect(await rowNames()).toHaveLength(55));
  });

  it('leaves out a unit the organisation does not have, saying so', async () => {
    const name = await seed();
    renderAt(name, '/register?unit=00000000-0000-4000-8000-000000009999');
    await waitFor(async () => expect(await rowNames()).toHaveLength(55));
    expect(
      screen.getByText('Yksikkö: ”00000000-0000-4000-8000-000000009999” ei löydy.'),
    ).toBeInTheDocument();
  });

  it('sorts by a header and keeps the choice and the columns in the URL', async () => {
    const name = await seed();
    const router = renderAt(name, '/register');
    await waitFor(async () => expect(await rowNames()).toHaveLength(55));
    await userEvent.click(screen.getByRole('button', { name: /^Tavoite/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=objective'));
    const names = await rowNames();
    expect(names).toEqual([...names].sort((a, b) => a!.localeCompare(b!, 'fi')));

    await userEvent.click(screen.getByRole('button', { name: /Sarakkeet/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Toimenpiteet' }));
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('cols')).toBe(
        'objective,kind,unit,owner,deadline,status',
      ),
    );
    expect(screen.queryByRole('columnheader', { name: /^Toimenpiteet/ })).not.toBeInTheDocument();
  });

  it('selects rows one by one and all that match', async () => {
    const name = await seed();
    renderAt(name, '/register?q=sopimushallinnan');
    await waitFor(async () => expect(await rowNames()).toHaveLength(2));
    const boxes = within(await table()).getAllByRole('checkbox', { name: /^Valitse: / });
    await userEvent.click(boxes[0]!);
    expect(screen.getByText('1 rivi valittu')).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Valitse kaikki hakua vastaavat rivit (2)' }),
    );
    expect(screen.getByText('2 riviä valittu')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Muokkaa valittuja (2)' }));
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
  });

  it('counts only selected rows that still match, and clears the selection', async () => {
    const name = await seed();
    const router = renderAt(name, '/register');
    await waitFor(async () => expect(await rowNames()).toHaveLength(55));
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Valitse kaikki hakua vastaavat rivit (55)' }),
    );
    expect(screen.getByRole('button', { name: 'Muokkaa valittuja (55)' })).toBeEnabled();
    await router.navigate('/register?q=sopimushallinnan');
    await waitFor(async () => expect(await rowNames()).toHaveLength(2));
    expect(screen.getByText('2 riviä valittu')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Poista valinnat' }));
    expect(screen.getByText('0 riviä valittu')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Muokkaa valittuja (0)' })).toBeDisabled();
  });
});

describe('the risk register screen', { timeout: 30_000 }, () => {
  it('filters risks by category and level from the URL', async () => {
    const name = await seed();
    renderAt(name, '/register/risks');
    await waitFor(async () => expect(await rowNames()).toHaveLength(7));
    cleanup();
    renderAt(name, '/register/risks?category=operational');
    await waitFor(async () =>
      expect(await rowNames()).toEqual([
        'Organisaatiomuutos ei toteudu hallitusti',
        'Digitaalisten palvelujen kasvu ylittää tuen ja osaamisen',
      ]),
    );
    expect(count()).toHaveTextContent('2 riviä (suodatettu 7:stä)');
    cleanup();
    renderAt(name, '/register/risks?level=none');
    expect(
      await screen.findByText('Yksikään rivi ei vastaa hakua ja suodattimia.'),
    ).toBeInTheDocument();
  });
});
