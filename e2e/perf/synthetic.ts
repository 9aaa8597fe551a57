import type { ControlAction } from '../../shared/domain/control-action';
import { ACTION_STATUSES } from '../../shared/domain/control-action';
import { random } from './synthetic-random';

const OBJECTIVES = [
  'Hankintojen valvonta',
  'Sopimushallinnan kehittäminen',
  'Tietosuojan varmistaminen',
  'Talousarvion toteutumisen seuranta',
  'Henkilöstöriskien hallinta',
];
const ACTIONS = [
  'Laaditaan ohje ja koulutetaan henkilöstö.',
  'Päivitetään prosessikuvaus ja vastuut.',
  'Otetaan käyttöön kuukausittainen seuranta.',
  'Tehdään riskiarvio ja sovitaan toimenpiteet.',
];
const INDICATORS = [
  'Ohje hyväksytty',
  'Koulutus pidetty',
  'Seurantaraportti valmis',
  'Arvio tehty',
];
const OWNERS = [
  'Hallintojohtaja',
  'Talouspäällikkö',
  'Tietohallintopäällikkö',
  'Henkilöstöpäällikkö',
  'Kehittämispäällikkö',
];

const uuid = (next: () => number) =>
  'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (char) => {
    const value = Math.floor(next() * 16);
    return (char === 'x' ? value : (value & 0x3) | 0x8).toString(16);
  });

/** `count` schema-valid control actions of one unit and year, with varied text, owners, deadlines and statuses. */
export const syntheticActions = (
  unitId: string,
  year: number,
  count: number,
  seed = 2026,
): ControlAction[] => {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const at = `${year}-01-15T08:00:00.000Z`;
  return Array.from({ length: count }, (_, index) => {
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    return {
      id: uuid(next),
      createdAt: at,
      updatedAt: at,
      updatedBy: 'Synteettinen aineisto',
      rev: 1,
      deletedAt: null,
      year,
      unitId,
      objective: `${pick(OBJECTIVES)} ${index + 1}`,
      actions: `${pick(ACTIONS)} ${pick(ACTIONS)}`,
      indicator: pick(INDICATORS),
      owner: pick(OWNERS),
      deadline: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      status: pick(ACTION_STATUSES),
      sortOrder: index,
      notes: [],
      outcome: null,
      riskIds: [],
      carriedFromId: null,
      kindId: 'internalControl',
      priorityId: null,
      judgementOverride: null,
    };
  });
};
