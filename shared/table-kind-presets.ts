import type { BuiltInTableKind, TableKind, TableKindLabels } from './domain/table-kind';

type Labels = TableKind['labels'];

const labels = (fi: TableKindLabels, sv: TableKindLabels, en: TableKindLabels): Labels => ({
  fi,
  sv,
  en,
});

/** The built-in kinds' names and column headings; the Finnish ones as Finnish budgets print them. */
const PRESET_LABELS: Record<BuiltInTableKind, Labels> = {
  strategyGoal: labels(
    {
      name: 'Strategiset tavoitteet',
      objective: 'Tavoite',
      actions: 'Toimenpiteet',
      indicator: 'Mittarit',
    },
    { name: 'Strategiska mål', objective: 'Mål', actions: 'Åtgärder', indicator: 'Mätare' },
    { name: 'Strategic goals', objective: 'Goal', actions: 'Actions', indicator: 'Indicators' },
  ),
  otherGoal: labels(
    {
      name: 'Muut tavoitteet',
      objective: 'Toiminnalliset tavoitteet ja painopisteet',
      actions: 'Toimenpiteet',
      indicator: 'Mittarit',
    },
    {
      name: 'Övriga mål',
      objective: 'Verksamhetsmål och tyngdpunkter',
      actions: 'Åtgärder',
      indicator: 'Mätare',
    },
    {
      name: 'Other goals',
      objective: 'Operational goals and priorities',
      actions: 'Actions',
      indicator: 'Indicators',
    },
  ),
  productivity: labels(
    {
      name: 'Tuottavuustoimenpiteet ja -hankkeet',
      objective: 'Tuottavuustoimenpide / Hanke',
      actions: 'Tulokset',
      indicator: 'Mittarit/Arviointi',
    },
    {
      name: 'Produktivitetsåtgärder och -projekt',
      objective: 'Produktivitetsåtgärd / Projekt',
      actions: 'Resultat',
      indicator: 'Mätare/Bedömning',
    },
    {
      name: 'Productivity measures and projects',
      objective: 'Productivity measure / Project',
      actions: 'Results',
      indicator: 'Indicators/Assessment',
    },
  ),
  internalControl: labels(
    {
      name: 'Sisäinen valvonta ja riskienhallinta',
      objective: 'Sisäinen valvonta ja riskienhallinta',
      actions: 'Toimenpiteet',
      indicator: 'Toteutuma',
    },
    {
      name: 'Intern kontroll och riskhantering',
      objective: 'Intern kontroll och riskhantering',
      actions: 'Åtgärder',
      indicator: 'Utfall',
    },
    {
      name: 'Internal control and risk management',
      objective: 'Internal control and risk management',
      actions: 'Actions',
      indicator: 'Realisation',
    },
  ),
  companyGoal: labels(
    {
      name: 'Konserniyhteisöjen tavoitteet',
      objective: 'Tavoite',
      actions: 'Toimenpiteet',
      indicator: 'Mittarit',
    },
    {
      name: 'Koncernsammanslutningarnas mål',
      objective: 'Mål',
      actions: 'Åtgärder',
      indicator: 'Mätare',
    },
    { name: 'Group company goals', objective: 'Goal', actions: 'Actions', indicator: 'Indicators' },
  ),
};

/** The kinds an organisation has until a controller changes them, in the budget's order. */
export const PRESET_TABLE_KINDS: readonly TableKind[] = (
  ['strategyGoal', 'otherGoal', 'productivity', 'internalControl', 'companyGoal'] as const
).map((id) => ({
  id,
  builtIn: id,
  labels: PRESET_LABELS[id],
  usesPriorities: id === 'strategyGoal',
  retired: false,
}));
