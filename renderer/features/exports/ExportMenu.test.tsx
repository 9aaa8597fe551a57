import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { fireEvent } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DesktopApi, IpcResult, SaveFileResult } from '../../../shared/desktop-api';
import { NoticeProvider } from '../../components/Notice';
import { DatabaseProvider } from '../../data/core/DatabaseProvider';
import { ValvoDatabase } from '../../data/core/database';
import { initI18n } from '../../i18n';
import { PlatformProvider } from '../../platform/PlatformContext';
import { createWebApi } from '../../platform/web';
import { testContext } from '../../test/testDatabase';
import { createActionRepository } from '../../data/actions/actionRepository';
import { createUnitRepository } from '../../data/units/unitRepository';
import { createYearRepository } from '../../data/years/yearRepository';
import { ExportMenu } from './ExportMenu';

let databaseCount = 0;
let lastSeeded = { name: '', unitId: '' };

/** A database with one unit, a child unit and a row in each; closed again before rendering. */
const seed = async (name: string) => {
  const db = new ValvoDatabase(name);
  const context = testContext();
  const units = createUnitRepository(db, context);
  const people = { code: '', accountable: '', manager: '' };
  const root = await units.create(null, 'organisation', { name: 'Kemijärven kaupunki', ...people });
  const child = await units.create(root.id, 'division', { name: 'Elinvoima', ...people });
  await createYearRepository(db, context).create(2026, 'active');
  const actions = createActionRepository(db, context);
  const row = {
    actions: '',
    indicator: '',
    owner: 'Hallintojohtaja',
    status: 'not_started' as const,
  };
  await actions.create(root.id, 2026, { ...row, objective: '=1+1', deadline: '30.9.2026' });
  await actions.create(child.id, 2026, { ...row, objective: 'Hyvä; "ö"', deadline: '' });
  db.close();
  return root;
};

const renderMenu = async (saveAs: DesktopApi['files']['saveAs']) => {
  databaseCount += 1;
  const name = `exports-${databaseCount}`;
  const root = await seed(name);
  lastSeeded = { name, unitId: root.id };
  const api: DesktopApi = { ...createWebApi('test'), files: { saveAs } };
  render(
    <PlatformProvider api={api}>
      <DatabaseProvider name={name}>
        <NoticeProvider>
          <ExportMenu unitId={root.id} unitName={root.name} year={2026} />
        </NoticeProvider>
      </DatabaseProvider>
    </PlatformProvider>,
  );
  const button = await screen.findByRole('button', { name: 'Vie CSV' });
  await waitFor(() => expect(button).toHaveAttribute('aria-disabled', 'false'));
  return button;
};

const result = (value: IpcResult<SaveFileResult>) =>
  vi.fn<DesktopApi['files']['saveAs']>(async () => value);

describe('ExportMenu', () => {
  beforeAll(async () => {
    await initI18n('fi');
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('hands the CSV of the unit and its subtree to the platform, and shows nothing on cancel', async () => {
    // Mid-June: the September deadline has not passed yet.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-06-15T09:00:00+03:00'));
    const saveAs = result({ ok: true, value: { saved: false, fileName: null } });
    const button = await renderMenu(saveAs);
    await userEvent.click(button);
    await waitFor(() => expect(saveAs).toHaveBeenCalledTimes(1));
    const request = saveAs.mock.calls[0]![0];
    expect(request).toMatchObject({
      suggestedName: 'valvo-toimenpiteet-2026-kemijarven-kaupunki.csv',
      mimeType: 'text/csv;charset=utf-8',
    });
    const lines = String(request.content).split('\r\n');
    expect(lines[0]?.startsWith('\uFEFFYksikkö;Yksikön tunnus;Vuosi;')).toBe(true);
    expect(lines[1]).toMatch(
      /^Kemijärven kaupunki;;2026;"'=1\+1";;;Hallintojohtaja;30\.9\.2026;Ei aloitettu;Ei;;;/,
    );
    expect(lines[2]).toMatch(
      /^Elinvoima;;2026;"Hyvä; ""ö""";;;Hallintojohtaja;;Ei aloitettu;Ei;;;/,
    );
    await waitFor(() => expect(button).toHaveAttribute('aria-disabled', 'false'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('confirms a saved file by its name', async () => {
    const saveAs = result({
      ok: true,
      value: { saved: true, fileName: 'valvo-toimenpiteet-2026-kemijarven-kaupunki.csv' },
    });
    await userEvent.click(await renderMenu(saveAs));
    expect(
      await screen.findByText('Vienti valmis: valvo-toimenpiteet-2026-kemijarven-kaupunki.csv'),
    ).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('explains a failed save in Finnish', async () => {
    const saveAs = result({ ok: false, error: 'EACCES' });
    await userEvent.click(await renderMenu(saveAs));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Vienti epäonnistui, eikä tiedostoa tallennettu. Yritä uudelleen. Virhe: EACCES',
    );
  });

  it('writes a row saved the moment before the click, before the screen could show it', async () => {
    const saveAs = result({ ok: true, value: { saved: false, fileName: null } });
    const button = await renderMenu(saveAs);
    const db = new ValvoDatabase(lastSeeded.name);
    await createActionRepository(db, testContext()).create(lastSeeded.unitId, 2026, {
      objective: 'Tuotu juuri äsken',
      actions: '',
      indicator: '',
      owner: '',
      deadline: '',
      status: 'not_started',
    });
    // Clicked in the same tick: no live query has had the time to read the new row.
    fireEvent.click(button);
    await waitFor(() => expect(saveAs).toHaveBeenCalledTimes(1));
    expect(String(saveAs.mock.calls[0]![0].content)).toContain('Tuotu juuri äsken');
    db.close();
  });
});
