import type { Locator, Page } from 'playwright-core';

/**
 * A unit page's rows and risks read as a person sees them, in an export's column terms: the
 * exports spec compares the files with these.
 */

/** An action row as the register shows it, in the export's column terms. */
export type ShownAction = {
  unit: string;
  objective: string;
  actions: string;
  indicator: string;
  owner: string;
  deadline: string;
  status: string;
  overdue: string;
};

/** The unit's internal-control table: its only table, or the one under its kind's heading. */
export const actionsTable = (page: Page) =>
  page.getByRole('table', {
    name: /^(Sisäinen valvonta ja riskienhallinta: yksikön|Yksikön) .* rivit vuodelle 2026$/,
  });
export const risksTable = (page: Page) => page.getByRole('table', { name: /^Yksikön .* riskit$/ });

/** A row's cells as text; the indicator records listed under the printed text are left out. */
const cellTexts = async (row: Locator) => [
  (await row.getByRole('rowheader').textContent()) ?? '',
  ...(await row.getByRole('cell').evaluateAll((cells) =>
    cells.map((cell) => {
      const copy = cell.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.indicators').forEach((node) => node.remove());
      return copy.textContent ?? '';
    }),
  )),
];

/** The rows of the unit now on screen, read from the register table. */
export const shownActions = async (page: Page, unit: string): Promise<ShownAction[]> => {
  const rows = await actionsTable(page).locator('tbody tr').all();
  return Promise.all(
    rows.map(async (row) => {
      const [objective = '', actions = '', indicator = '', owner = '', deadline = ''] =
        await cellTexts(row);
      const badge = (await row.locator('.status').textContent()) ?? '';
      // "▲ Ei aloitettu · Myöhässä": symbol, status word, overdue flag.
      const status = badge.replace(/^\S+\s/, '').replace(/ · Myöhässä$/, '');
      return {
        unit,
        objective,
        actions,
        indicator,
        owner,
        deadline: deadline === '–' ? '' : deadline,
        status,
        overdue: badge.endsWith('Myöhässä') ? 'Kyllä' : 'Ei',
      };
    }),
  );
};

export type ShownRisk = {
  unit: string;
  title: string;
  category: string;
  owner: string;
  status: string;
  inherent: string;
  residual: string;
  review: string;
};

export const shownRisks = async (page: Page, unit: string): Promise<ShownRisk[]> => {
  if ((await risksTable(page).count()) === 0) return [];
  const rows = await risksTable(page).locator('tbody tr').all();
  return Promise.all(
    rows.map(async (row) => {
      const title = (await row.getByRole('rowheader').getByRole('link').textContent()) ?? '';
      const [category = '', owner = '', status = '', inherent = '', residual = '', review = ''] =
        await row.getByRole('cell').allTextContents();
      // Level cells read "Kriittinen (4 × 4 = 16) ↑ Noussut"; the file has band and score apart.
      const level = (text: string) =>
        text
          .match(/^(.+?) \(\d+ × \d+ = (\d+)\)/)
          ?.slice(1)
          .join(' ') ?? text;
      return {
        unit,
        title,
        category: category === 'Ei luokkaa' ? '' : category,
        owner,
        status,
        inherent: level(inherent),
        residual: level(residual),
        review: review
          .replace(/(Arvioitava|!).*$/, '')
          .trim()
          .replace(/^–$/, ''),
      };
    }),
  );
};
