import type { Unit, UnitKind } from '../../shared/domain/unit';
import {
  COMPANIES,
  DIVISIONS,
  PEOPLE,
  PLACES,
  SYNTHETIC_CITY,
  personName,
} from './synthetic-names';
import { draw, recordSeed } from './synthetic-random';

/** When the organisation tree was set up: the first events of the chain. */
export const UNITS_CREATED_AT = (year: number) => `${year}-01-02T07:00:00.000Z`;
export const SETUP_ACTOR = 'Riitta Controller';

const KIND_UNITS = 1;

/**
 * The organisation tree of `count` units: the city → 6 divisions → ~60 areas → cost units (a
 * fifth of them under another cost unit), plus 4 group companies. Deterministic in `seed`; in
 * depth-first order, so every parent comes before its children.
 */
export const syntheticUnits = (count: number, year: number, seed: number): Unit[] => {
  const rng = draw(recordSeed(seed, KIND_UNITS, 0));
  const at = UNITS_CREATED_AT(year);
  const units: Unit[] = [];
  const used = new Set<string>();
  const make = (parentId: string | null, kind: UnitKind, name: string, code: string) => {
    let unique = name;
    for (let suffix = 2; used.has(unique); suffix += 1) unique = `${name} ${suffix}`;
    used.add(unique);
    const unit: Unit = {
      id: rng.uuid(),
      createdAt: at,
      updatedAt: at,
      updatedBy: SETUP_ACTOR,
      rev: 1,
      deletedAt: null,
      parentId,
      kind,
      name: unique,
      code,
      accountable: personName(rng.int(0, PEOPLE - 1)),
      manager: personName(rng.int(0, PEOPLE - 1)),
      sortOrder: units.filter((other) => other.parentId === parentId).length,
      active: true,
    };
    units.push(unit);
    return unit;
  };
  const root = make(null, 'organisation', SYNTHETIC_CITY, '1');
  const divisions = DIVISIONS.map((division, index) =>
    make(root.id, 'division', division.name, `${index + 1}`),
  );
  const companies = Math.min(COMPANIES.length, Math.max(0, count - 1 - divisions.length - 60));
  const areaCount = DIVISIONS.reduce((sum, division) => sum + division.areas.length, 0);
  const costUnitCount = Math.max(0, count - 1 - divisions.length - areaCount - companies);
  let made = 0;
  DIVISIONS.forEach((division, divisionIndex) => {
    division.areas.forEach((areaName, areaIndex) => {
      const area = make(
        divisions[divisionIndex]!.id,
        'area',
        areaName,
        `${divisionIndex + 1}${String(areaIndex + 1).padStart(2, '0')}`,
      );
      // Cost units share out evenly; the last areas take the remainder.
      const areaOrdinal = units.filter((unit) => unit.kind === 'area').length;
      const target = Math.round((costUnitCount * areaOrdinal) / areaCount);
      let previous: Unit | null = null;
      for (let index = 0; made < target; index += 1, made += 1) {
        const type = rng.pick(division.costUnits);
        const place = PLACES[(index + areaIndex * 7) % PLACES.length]!;
        const nested = previous !== null && rng.chance(0.2);
        const parent: Unit = nested ? previous! : area;
        const unit = make(parent.id, 'costUnit', `${type} ${place}`, `${area.code}-${index + 1}`);
        if (!nested) previous = unit;
      }
    });
  });
  for (const name of COMPANIES.slice(0, companies)) make(root.id, 'company', name, '');
  return units.slice(0, count);
};

/** The units that carry rows and risks: areas, cost units and companies, not the city itself. */
export const workingUnits = (units: readonly Unit[]) =>
  units.filter((unit) => unit.kind !== 'organisation');
