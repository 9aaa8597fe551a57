import type { Locator } from 'playwright-core';
import type { ValvoApp } from './ValvoApp';

/**
 * Goal rows and their indicators made through the UI, as a controller makes them: the row form
 * for the row, the Mittarit dialog for its indicators, values and judgements. The tests that need
 * goals make their own, so they never depend on what the built-in example holds.
 */

export type IndicatorSpec = {
  text: string;
  /** The type as the form names it: Luku, Prosentti, Euroa, Kyllä/ei, Päivämäärä, Teksti. */
  type: string;
  /** Other fields by their label: Yksikkö, Lähtötaso, Tavoite. */
  fields?: Record<string, string>;
  /** An actual value to record; the suggested judgement is then accepted. */
  actual?: string;
};

export type GoalSpec = {
  /** The table kind as the form names it, e.g. Muut tavoitteet. */
  kind: string;
  /** A strategy priority of the year, for a kind with priorities. */
  priority?: string;
  objective: string;
  /** The objective field's label: the kind's own column heading. */
  objectiveLabel: string;
  actions?: string;
  indicators?: IndicatorSpec[];
  /** A person's judgement of the row in place of the rule's, with its reason. */
  override?: { judgement: string; reason: string };
};

const save = (dialog: Locator) => dialog.getByRole('button', { name: 'Tallenna' }).click();

/** Settings: a strategy priority for the plan year 2026. */
export const addPriority = async (app: ValvoApp, name: string) => {
  await app.page.getByRole('link', { name: 'Asetukset' }).click();
  await app.page.getByLabel('Uusi painopiste vuodelle 2026 (pakollinen)').fill(name);
  await app.page.getByRole('button', { name: 'Lisää painopiste' }).click();
  await app.page.getByRole('textbox', { name: `Painopiste: ${name}` }).waitFor();
};

/** The priority, added only where the year does not list it yet (an example may have it). */
export const ensurePriority = async (app: ValvoApp, name: string) => {
  await app.page.getByRole('link', { name: 'Asetukset' }).click();
  await app.page.getByLabel('Uusi painopiste vuodelle 2026 (pakollinen)').waitFor();
  if ((await app.page.getByRole('textbox', { name: `Painopiste: ${name}` }).count()) > 0) return;
  await addPriority(app, name);
};

const addIndicator = async (dialog: Locator, spec: IndicatorSpec) => {
  await dialog.getByRole('button', { name: 'Lisää mittari' }).click();
  await dialog.getByLabel('Mittari (pakollinen)').fill(spec.text);
  await dialog.getByLabel('Tyyppi').selectOption({ label: spec.type });
  for (const [label, value] of Object.entries(spec.fields ?? {}))
    await dialog.getByLabel(label, { exact: true }).fill(value);
  await save(dialog);
  await dialog.getByRole('listitem', { name: spec.text }).waitFor();
};

const recordAndJudge = async (dialog: Locator, text: string, value: string) => {
  const card = dialog.getByRole('listitem', { name: text });
  await card.getByRole('button', { name: 'Kirjaa toteuma' }).click();
  await dialog.getByLabel('Toteuma (pakollinen)').fill(value);
  await save(dialog);
  await card.getByRole('button', { name: 'Arvioi' }).click();
  // The suggestion from actual against target is chosen in advance.
  await save(dialog);
  // The card's buttons are back once the form has closed.
  await card.getByRole('button', { name: 'Arvioi' }).waitFor();
};

/** The unit open on the page gets the goal row, its indicators, values and judgements. */
export const addGoal = async (app: ValvoApp, goal: GoalSpec) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Lisää rivi' }).click();
  const form = app.dialog('Uusi rivi');
  await form.getByLabel('Taulukko', { exact: true }).selectOption({ label: goal.kind });
  if (goal.priority) await form.getByLabel('Painopiste').selectOption({ label: goal.priority });
  await form.getByLabel(goal.objectiveLabel, { exact: false }).fill(goal.objective);
  if (goal.actions) await form.getByLabel('Toimenpiteet').fill(goal.actions);
  await save(form);
  await form.waitFor({ state: 'detached' });
  if (!goal.indicators && !goal.override) return;

  await page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: goal.objective }) })
    .getByRole('button', { name: 'Mittarit' })
    .click();
  const dialog = app.dialog(`Mittarit: ${goal.objective}`);
  for (const indicator of goal.indicators ?? []) await addIndicator(dialog, indicator);
  for (const indicator of goal.indicators ?? [])
    if (indicator.actual !== undefined)
      await recordAndJudge(dialog, indicator.text, indicator.actual);
  if (goal.override) {
    await dialog.getByRole('button', { name: 'Arvioi rivi toisin' }).click();
    await dialog.getByLabel('Rivin arvio').selectOption({ label: goal.override.judgement });
    await dialog.getByLabel('Perustelu (pakollinen)').fill(goal.override.reason);
    await save(dialog);
    await dialog.getByText(/^Arvioitu toisin:/).waitFor();
  }
  await dialog.getByRole('button', { name: 'Sulje' }).click();
  await dialog.waitFor({ state: 'detached' });
};
