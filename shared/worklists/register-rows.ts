import type { IsoDate } from '../dates';
import { isOverdue } from '../deadlines';
import type { ActionStatus, ControlAction } from '../domain/control-action';
import type { Judgement } from '../domain/indicator';
import type { Assessment, Risk } from '../domain/risk';
import type { RiskCategory, RiskMatrix } from '../domain/risk-matrix';
import type { Unit } from '../domain/unit';
import type { RiskLevel } from '../risk-analysis';
import { bandIndex } from '../scoring';
import { currentLevel } from '../risk-analysis';
import { buildUnitTree } from '../unit-tree';
import { searchTextOf } from './register-search';

type PlacedUnit = Pick<
  Unit,
  'id' | 'parentId' | 'kind' | 'name' | 'sortOrder' | 'active' | 'deletedAt'
>;

/** Where a unit sits: its division and area (itself when it is one) and its place in tree order. */
export type UnitPlace = {
  unitId: string;
  unitName: string;
  divisionId: string | null;
  divisionName: string;
  areaId: string | null;
  areaName: string;
  /** Depth-first position in the organisation tree: the register's default order. */
  unitOrder: number;
};

/** Every live unit's place, walking the tree once (a register of 50,000 rows asks per row). */
export const unitPlaces = (units: readonly PlacedUnit[]): Map<string, UnitPlace> => {
  const places = new Map<string, UnitPlace>();
  type Node = ReturnType<typeof buildUnitTree<PlacedUnit>>[number];
  const walk = (nodes: readonly Node[], division: PlacedUnit | null, area: PlacedUnit | null) => {
    for (const { unit, children } of nodes) {
      const ownDivision = unit.kind === 'division' ? unit : division;
      const ownArea = unit.kind === 'area' ? unit : unit.kind === 'division' ? null : area;
      places.set(unit.id, {
        unitId: unit.id,
        unitName: unit.name,
        divisionId: ownDivision?.id ?? null,
        divisionName: ownDivision?.name ?? '',
        areaId: ownArea?.id ?? null,
        areaName: ownArea?.name ?? '',
        unitOrder: places.size,
      });
      walk(children, ownDivision, ownArea);
    }
  };
  walk(buildUnitTree(units), null, null);
  return places;
};

/** A row whose unit is gone from the tree still lists, last, without a unit to link to. */
const placeOf = (places: ReadonlyMap<string, UnitPlace>, unitId: string): UnitPlace =>
  places.get(unitId) ?? {
    unitId,
    unitName: '',
    divisionId: null,
    divisionName: '',
    areaId: null,
    areaName: '',
    unitOrder: Number.MAX_SAFE_INTEGER,
  };

/** One control action as the register lists it: its fields, its place and its search text. */
export type ActionRegisterRow = UnitPlace & {
  id: string;
  rev: number;
  year: number;
  objective: string;
  actions: string;
  indicator: string;
  owner: string;
  deadline: IsoDate | null;
  status: ActionStatus;
  sortOrder: number;
  isOverdue: boolean;
  /** The budget table the row is in, and that table's place in the organisation's order. */
  kindId: string;
  kindOrder: number;
  /** A person's judgement of the row in place of the rule's, if there is one. */
  override: Judgement | null;
  /**
   * The row's indicators: how many, how many judged and met, and the row's judgement (the
   * override, else the rule's). Null until the year's indicators are read, after the rows
   * (see register-indicators.ts); the judgement is the override's from the start.
   */
  indicatorCount: number | null;
  indicatorsJudged: number | null;
  indicatorsMet: number | null;
  judgement: Judgement | null;
  /** Objective, actions, indicator and owner (and, once read, the indicators) folded for search. */
  searchText: string;
  ownerText: string;
};

/**
 * The live actions as register rows in the register's default order: organisation tree order,
 * then each unit's own row order. Overdue is derived against `today`; `kindOrder` gives each
 * kind id its place in the organisation's kinds (a kind not there sorts last).
 */
export const buildActionRows = (
  actions: readonly ControlAction[],
  places: ReadonlyMap<string, UnitPlace>,
  today: IsoDate,
  kindOrder: ReadonlyMap<string, number> = new Map(),
): ActionRegisterRow[] => {
  const rows: ActionRegisterRow[] = [];
  for (const action of actions) {
    if (action.deletedAt !== null) continue;
    const place = placeOf(places, action.unitId);
    const override = action.judgementOverride?.judgement ?? null;
    // Fields written out, not spread: this runs for 50,000 rows on every change of the data.
    rows.push({
      unitId: place.unitId,
      unitName: place.unitName,
      divisionId: place.divisionId,
      divisionName: place.divisionName,
      areaId: place.areaId,
      areaName: place.areaName,
      unitOrder: place.unitOrder,
      id: action.id,
      rev: action.rev,
      year: action.year,
      objective: action.objective,
      actions: action.actions,
      indicator: action.indicator,
      owner: action.owner,
      deadline: action.deadline,
      status: action.status,
      sortOrder: action.sortOrder,
      isOverdue: isOverdue(action, today),
      kindId: action.kindId,
      kindOrder: kindOrder.get(action.kindId) ?? Number.MAX_SAFE_INTEGER,
      override,
      indicatorCount: null,
      indicatorsJudged: null,
      indicatorsMet: null,
      judgement: override,
      searchText: searchTextOf([action.objective, action.actions, action.indicator, action.owner]),
      ownerText: searchTextOf([action.owner]),
    });
  }
  return rows.sort((a, b) => a.unitOrder - b.unitOrder || a.sortOrder - b.sortOrder);
};

/** One risk as the register lists it, with its current level (residual, else inherent). */
export type RiskRegisterRow = UnitPlace & {
  id: string;
  rev: number;
  title: string;
  description: string;
  owner: string;
  category: string;
  categoryName: string;
  status: Risk['status'];
  reviewDate: IsoDate | null;
  level: RiskLevel | null;
  levelKind: Assessment['kind'] | null;
  /** Position of the level's band in the matrix (higher is worse); null when not assessed. */
  levelRank: number | null;
  searchText: string;
  ownerText: string;
};

/** The live risks as register rows, in tree order then title order within a unit. */
export const buildRiskRows = (
  risks: readonly Risk[],
  assessments: readonly Assessment[],
  places: ReadonlyMap<string, UnitPlace>,
  matrix: RiskMatrix,
  categories: readonly RiskCategory[],
): RiskRegisterRow[] => {
  const byRisk = new Map<string, Assessment[]>();
  for (const assessment of assessments) {
    const list = byRisk.get(assessment.riskId);
    if (list) list.push(assessment);
    else byRisk.set(assessment.riskId, [assessment]);
  }
  const categoryNames = new Map(categories.map((category) => [category.id, category.name]));
  const byTitle = new Intl.Collator('fi').compare;
  return risks
    .filter((risk) => risk.deletedAt === null)
    .map((risk): RiskRegisterRow => {
      const own = byRisk.get(risk.id) ?? [];
      const residual = currentLevel(own, 'residual', matrix);
      const level = residual ?? currentLevel(own, 'inherent', matrix);
      const place = placeOf(places, risk.unitId);
      return {
        unitId: place.unitId,
        unitName: place.unitName,
        divisionId: place.divisionId,
        divisionName: place.divisionName,
        areaId: place.areaId,
        areaName: place.areaName,
        unitOrder: place.unitOrder,
        id: risk.id,
        rev: risk.rev,
        title: risk.title,
        description: risk.description,
        owner: risk.owner,
        category: risk.category,
        categoryName: categoryNames.get(risk.category) ?? '',
        status: risk.status,
        reviewDate: risk.reviewDate,
        level,
        levelKind: residual ? 'residual' : level ? 'inherent' : null,
        levelRank: level ? bandIndex(matrix, level.band.id) : null,
        searchText: searchTextOf([risk.title, risk.description, risk.owner]),
        ownerText: searchTextOf([risk.owner]),
      };
    })
    .sort((a, b) => a.unitOrder - b.unitOrder || byTitle(a.title, b.title));
};
