import { describe, expect, it } from 'vitest';
import { TEXT_LIMITS } from '../validation';
import type { ExampleUnit } from './kemijarvi-2026';
import { KEMIJARVI_2026 } from './kemijarvi-2026';
import budgetText from './kemijarvi-2026-budget-text.txt?raw';
import type { ExampleGoalTable, ExampleTableKind } from './kemijarvi-2026-goals';
import { KEMIJARVI_2026_GOALS, STRATEGY_PRIORITIES_2026 } from './kemijarvi-2026-goals';

/*
 * The example's goal tables against the budget chapter's own text (the PDF's text, kept beside
 * this file). The text has each table's cells in reading order; where the page had a page break
 * or the key-figures table inside a row, a cell comes in pieces.
 */

/**
 * The text's line breaks read as the module reads them: a break right after a hyphen inside a
 * word joins without a space ("oikea-\naikaisesti", "Cloudia- \nsopimus…"), except a suspended
 * compound ("turvallisuus- \nja").
 */
const joinLines = (text: string): string =>
  text.replace(/-\n/g, '-').replace(/(\p{L})- +\n(?!\s*(?:ja|tai)\b)/gu, '$1-');
const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();
const words = (text: string): string[] => normalise(text).split(' ').filter(Boolean);

const UNIT_HEADINGS: Record<string, string> = {
  'KONSERNI- JA ELINVOIMAPALVELUT TOIMIALA': 'Konserni- ja elinvoimapalvelut',
  'HALLINTOPALVELUT VASTUUALUE': 'Hallintopalvelut',
  'VIESTINTÄ JA MARKKINOINTI VASTUUALUE': 'Viestintä ja markkinointi',
  'ELINKEINO- JA TYÖLLISYYSPALVELUT VASTUUALUE': 'Elinkeino- ja työllisyyspalvelut',
};
const UNIT_NAMES = Object.values(UNIT_HEADINGS);

const TABLE_HEADERS: [RegExp, ExampleTableKind][] = [
  [/^Tavoite Toimenpiteet Mittarit$/, 'strategyGoal'],
  // The second line of "Toiminnalliset tavoitteet ja / painopisteet Toimenpiteet Mittarit".
  [/^painopisteet Toimenpiteet Mittarit$/, 'otherGoal'],
  [/^Tuottavuustoimenpide ?\/ ?Hanke Tulokset Mittarit\/Arviointi$/, 'productivity'],
  [/^Sisäinen valvonta ja riskienhallinta Toimenpiteet Toteutuma$/, 'internalControl'],
];

type Region = { kind: ExampleTableKind; priority?: string; lines: string[] };
type UnitText = { lines: string[]; regions: Region[] };

/**
 * Reads the chapter: per unit its lines, and its goal tables as regions of lines from a table's
 * header to the next heading, without the key-figures table that the layout puts inside some of
 * them, and without page numbers.
 */
const readChapter = (raw: string): Map<string, UnitText> => {
  const units = new Map<string, UnitText>();
  let unit: UnitText | undefined;
  let region: Region | undefined;
  let priority: string | undefined;
  let inKeyFigures = false;
  for (const line of raw.split('\n')) {
    const trimmed = line.trim();
    const unitName = UNIT_HEADINGS[trimmed];
    if (unitName) {
      unit = { lines: [], regions: [] };
      units.set(unitName, unit);
      region = undefined;
      priority = undefined;
      continue;
    }
    if (!unit) continue;
    unit.lines.push(line);
    if (trimmed.startsWith('Tunnusluvut TP ')) inKeyFigures = true;
    if (inKeyFigures) {
      if (trimmed.startsWith('Toimintakate €/asukas')) inKeyFigures = false;
      continue;
    }
    if (/^\d+$/.test(trimmed)) continue;
    const header = TABLE_HEADERS.find(([pattern]) => pattern.test(trimmed));
    if (header) {
      const kind = header[1];
      region = kind === 'strategyGoal' ? { kind, priority, lines: [] } : { kind, lines: [] };
      unit.regions.push(region);
      continue;
    }
    if (STRATEGY_PRIORITIES_2026.includes(trimmed)) {
      priority = trimmed;
      region = undefined;
      continue;
    }
    if (/^\d+\. \S/.test(trimmed)) {
      region = undefined;
      if (!trimmed.startsWith('2. ')) priority = undefined;
      continue;
    }
    region?.lines.push(line);
  }
  return units;
};

const CHAPTER = readChapter(budgetText);
const unitText = (name: string): UnitText => {
  const text = CHAPTER.get(name);
  if (!text) throw new Error(`No section for ${name} in the budget text`);
  return text;
};

const cellsOf = (table: ExampleGoalTable): string[] =>
  table.rows.flatMap((row) => [row.objective, row.actions, row.indicator]);

/**
 * Where a cell is in `text`, searching from `from`: the fewest in-order pieces (runs of whole words,
 * each found after the one before) it is made of, and where its first piece starts. A cell
 * transcribed as printed and not split by the page layout is one piece; a changed, missing or extra
 * word makes more, or none at all (pieces -1).
 */
const locate = (cell: string, text: string, from: number): { pieces: number; start: number } => {
  const haystack = ` ${text} `;
  const cellWords = words(cell);
  let cursor = from;
  let pieces = 0;
  let start = -1;
  let i = 0;
  while (i < cellWords.length) {
    let found = -1;
    let end = i;
    for (let j = i + 1; j <= cellWords.length; j += 1) {
      const at = haystack.indexOf(` ${cellWords.slice(i, j).join(' ')} `, cursor);
      if (at < 0) break;
      found = at;
      end = j;
    }
    if (found < 0) return { pieces: -1, start };
    if (start < 0) start = found;
    cursor = found + cellWords.slice(i, end).join(' ').length + 1;
    pieces += 1;
    i = end;
  }
  return { pieces, start };
};

/**
 * Cells that the page layout splits (a page break, or the key-figures table, falls inside the
 * row), by unit and the cell's first six words: how many pieces they come in.
 */
const SPLIT_CELLS: Record<string, number> = {
  'Konserni- ja elinvoimapalvelut: Vahvistetaan koko organisaation riskienarvioinnin ymmärrystä ja': 2,
  'Hallintopalvelut: Palvelupiste Sortteerin kehittäminen. Sotteerin palveluvalikoiman laajentaminen': 2,
  'Hallintopalvelut: Yhteistyö ja mahdolliset sopimukset muiden viranomaisten/palveluiden': 2,
  'Viestintä ja markkinointi: Hyödynnetään viestinnässä suunnitelmallista kokonaisuutta, jossa esitellään': 2,
  'Viestintä ja markkinointi: Koostetaan keskeisiä taloustietoja, investointeja ja hankkeita': 2,
  'Elinkeino- ja työllisyyspalvelut: Kemijärveläisillä on mahdollisuus tehdä työtä ja': 2,
  'Elinkeino- ja työllisyyspalvelut: Tuetaan aloittavia ja kasvavia yrityksiä neuvonnan,': 2,
  'Elinkeino- ja työllisyyspalvelut: Uusien yritysten määrä / vuosi Työllisyysaste': 2,
  'Elinkeino- ja työllisyyspalvelut: Kemijärven yritykset hyödyntävät muuttuvan turvallisuus- ja': 2,
  'Elinkeino- ja työllisyyspalvelut: Tuetaan yrityksiä kehittämään toimitusketjujen, kumppanuuksien ja': 2,
  'Elinkeino- ja työllisyyspalvelut: Kehittämis- tai kasvuohjelmiin osallistuneiden yritysten määrä': 2,
  'Elinkeino- ja työllisyyspalvelut: Kemijärven päätöksenteko ja johtamiskulttuuri tukevat yritysten': 2,
  'Elinkeino- ja työllisyyspalvelut: Parannetaan yritysvaikutusten arviointia osana kaupungin päätöksentekoa': 2,
  'Elinkeino- ja työllisyyspalvelut: Toteutettujen yritysvaikutusten arviointien määrä Yrittäjätilaisuuksien ja': 2,
  'Elinkeino- ja työllisyyspalvelut: Hankkeessa suunnitellaan ja luvitetaan noin 155': 2,
  'Elinkeino- ja työllisyyspalvelut: Luvitettujen uusien reittien määrä (km) ja': 2,
  'Elinkeino- ja työllisyyspalvelut: Hankkeessa kehitetään Kemijärven ja Pelkosenniemen alueen': 2,
  'Elinkeino- ja työllisyyspalvelut: Mittareina seurataan kartoitetun yritys- ja osaajamäärän': 2,
};
const cellKey = (unit: string, cell: string): string =>
  `${unit}: ${words(cell).slice(0, 6).join(' ')}`;

/** Words of an indicator cell that belong to no measure: the lead-in and the list's joiners. */
const JOINERS = new Set(['ja', 'sekä', 'Mittareina', 'seurataan']);

const walk = (unit: ExampleUnit): ExampleUnit[] => [unit, ...(unit.children ?? []).flatMap(walk)];
const exampleUnit = (name: string): ExampleUnit | undefined =>
  walk(KEMIJARVI_2026).find((unit) => unit.kind !== 'costUnit' && unit.name === name);

const allTables = Object.entries(KEMIJARVI_2026_GOALS).flatMap(([unit, tables]) =>
  tables.map((table, index) => ({ unit, index, table })),
);
const allRows = allTables.flatMap(({ unit, index, table }) =>
  table.rows.map((row, rowIndex) => ({
    unit,
    where: `${unit} #${index + 1}.${rowIndex + 1}`,
    row,
  })),
);

describe('the example goal tables of the budget chapter', () => {
  it('are for the division and its three areas, named as in the example organisation', () => {
    const division = KEMIJARVI_2026.children?.[0];
    const names = [division, ...(division?.children ?? [])].map((unit) => unit?.name);
    expect(Object.keys(KEMIJARVI_2026_GOALS)).toEqual(names);
    expect(Object.keys(KEMIJARVI_2026_GOALS)).toEqual(UNIT_NAMES);
  });

  it('has 20 strategy, 4 other-goal, 3 productivity and 4 internal-control tables', () => {
    const count = (kind: ExampleTableKind) =>
      allTables.filter(({ table }) => table.kind === kind).length;
    expect(count('strategyGoal')).toBe(20);
    expect(count('otherGoal')).toBe(4);
    expect(count('productivity')).toBe(3);
    expect(count('internalControl')).toBe(4);
    expect(
      KEMIJARVI_2026_GOALS['Konserni- ja elinvoimapalvelut']?.some(
        (t) => t.kind === 'productivity',
      ),
    ).toBe(false);
  });

  it("puts each unit's strategy tables under the five priorities, in the budget's order", () => {
    expect(STRATEGY_PRIORITIES_2026).toHaveLength(5);
    const headings = budgetText.split('\n').map((line) => line.trim());
    for (const priority of STRATEGY_PRIORITIES_2026) expect(headings).toContain(priority);
    for (const [unit, tables] of Object.entries(KEMIJARVI_2026_GOALS)) {
      const strategy = tables.filter((table) => table.kind === 'strategyGoal');
      expect({ unit, priorities: strategy.map((table) => table.priority) }).toEqual({
        unit,
        priorities: STRATEGY_PRIORITIES_2026,
      });
      for (const table of tables.filter((t) => t.kind !== 'strategyGoal')) {
        expect(table.priority).toBeUndefined();
      }
    }
  });

  it('has the tables the budget text has, in its order, and no key-figures table', () => {
    for (const [unit, tables] of Object.entries(KEMIJARVI_2026_GOALS)) {
      const fromText = unitText(unit).regions.map(({ kind, priority }) => ({ kind, priority }));
      expect({ unit, tables: tables.map(({ kind, priority }) => ({ kind, priority })) }).toEqual({
        unit,
        tables: fromText,
      });
    }
  });

  it('has every word of every table as printed, and no other', () => {
    for (const [unit, tables] of Object.entries(KEMIJARVI_2026_GOALS)) {
      const regions = unitText(unit).regions;
      tables.forEach((table, index) => {
        const printed = words(joinLines(regions[index]?.lines.join('\n') ?? ''));
        const transcribed = cellsOf(table).flatMap(words);
        const missing = [...printed];
        const extra: string[] = [];
        for (const word of transcribed) {
          const at = missing.indexOf(word);
          if (at < 0) extra.push(word);
          else missing.splice(at, 1);
        }
        expect({ table: `${unit} #${index + 1}`, missing, extra }).toEqual({
          table: `${unit} #${index + 1}`,
          missing: [],
          extra: [],
        });
      });
    }
  });

  it('transcribes every cell verbatim, in reading order: one run of the text, or the pieces the layout split it into', () => {
    for (const unit of UNIT_NAMES) {
      const text = normalise(joinLines(unitText(unit).lines.join('\n')));
      // Cells start in reading order: objective, actions, indicator, then the next row and table.
      let from = 0;
      for (const { where, row } of allRows.filter((r) => r.unit === unit)) {
        for (const cell of [row.objective, row.actions, row.indicator]) {
          const key = cellKey(unit, cell);
          const { pieces, start } = locate(cell, text, from);
          expect({ where, cell: key, pieces }).toEqual({
            where,
            cell: key,
            pieces: SPLIT_CELLS[key] ?? 1,
          });
          from = start + 1;
        }
      }
    }
  });

  it('names every split cell it allows, and each of them is one', () => {
    const keys = new Set(
      allRows.flatMap(({ unit, row }) =>
        [row.objective, row.actions, row.indicator].map((cell) => cellKey(unit, cell)),
      ),
    );
    for (const key of Object.keys(SPLIT_CELLS)) expect(keys).toContain(key);
  });

  it("keeps cells whitespace-normalised, not empty, and within the app's field limits", () => {
    for (const { where, row } of allRows) {
      for (const cell of [row.objective, row.actions, row.indicator]) {
        expect({ where, cell }).toEqual({ where, cell: normalise(cell) });
        expect(cell.length, where).toBeGreaterThan(0);
      }
      expect(row.objective.length, where).toBeLessThanOrEqual(TEXT_LIMITS.objective);
      expect(row.actions.length, where).toBeLessThanOrEqual(TEXT_LIMITS.actions);
      expect(row.indicator.length, where).toBeLessThanOrEqual(TEXT_LIMITS.indicator);
    }
  });

  it("keeps the budget's own spelling", () => {
    const all = allRows.flatMap(({ row }) => [row.objective, row.actions, row.indicator]).join(' ');
    for (const typo of [
      'kokoutumisen',
      'Sotteerin',
      'parantuntu',
      'tukievien',
      'työllisuuspalveluille',
    ]) {
      expect(all).toContain(typo);
    }
  });

  it('has as internal-control tables exactly the rows of the example organisation', () => {
    for (const unit of UNIT_NAMES) {
      const tables = KEMIJARVI_2026_GOALS[unit]?.filter((t) => t.kind === 'internalControl') ?? [];
      expect(tables).toHaveLength(1);
      const rows = tables[0]?.rows.map(({ objective, actions, indicator }) => ({
        objective,
        actions,
        indicator,
      }));
      expect(rows).toEqual(exampleUnit(unit)?.rows);
    }
    const icRows = allTables
      .filter(({ table }) => table.kind === 'internalControl')
      .flatMap(({ table }) => table.rows);
    expect(icRows).toHaveLength(9);
  });

  it('splits each indicator cell into its measures, in order, covering every word', () => {
    for (const { where, row } of allRows) {
      expect(row.indicators.length, where).toBeGreaterThan(0);
      if (row.indicators.length === 1) {
        expect({ where, text: row.indicators[0]?.text }).toEqual({ where, text: row.indicator });
        continue;
      }
      let rest = row.indicator;
      let from = 0;
      for (const { text } of row.indicators) {
        const at = rest.indexOf(text, from);
        expect({ where, text, inCell: at >= 0 }).toEqual({ where, text, inCell: true });
        rest = rest.slice(0, at) + ' '.repeat(text.length) + rest.slice(at + text.length);
        from = at + text.length;
      }
      const leftover = words(rest.replace(/[,.;:]/g, ' ')).filter((word) => !JOINERS.has(word));
      expect({ where, leftover }).toEqual({ where, leftover: [] });
    }
  });

  it('types indicators only as the text says', () => {
    for (const { where, row } of allRows) {
      for (const indicator of row.indicators) {
        expect(indicator.text.trim().length, where).toBeGreaterThan(0);
        if (indicator.unit !== undefined) {
          expect({
            where,
            text: indicator.text,
            unitPrinted: indicator.text.includes(indicator.unit),
          }).toEqual({
            where,
            text: indicator.text,
            unitPrinted: true,
          });
        }
        if (indicator.higherIsBetter !== undefined) {
          expect(['number', 'percentage', 'euros'], where).toContain(indicator.type);
        }
        if (indicator.type === 'euros') expect(indicator.text, where).toContain('€');
        if (indicator.type === 'date')
          expect(indicator.text, where).toMatch(/\d{1,2}\.\d{1,2}\.\d{4}/);
      }
    }
  });
});
