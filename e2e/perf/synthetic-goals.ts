import type { ActionStatus, ControlAction } from '../../shared/domain/control-action';
import type { JudgementOverride } from '../../shared/domain/indicator';
import type { StrategyPriority } from '../../shared/domain/priority';
import type { DataSetPlan } from './synthetic-plan';
import { PEOPLE, personName } from './synthetic-names';
import { dayOfYear, draw, recordSeed, timeOnDay } from './synthetic-random';

const KIND_GOALS = 6;
const KIND_PRIORITIES = 8;

/** The plan year's strategy priorities (painopisteet), as a city's strategy names them. */
export const PRIORITY_NAMES = [
  'HYVÄ JA SUJUVA ARKI',
  'ELINVOIMAINEN JA KASVAVA KAUPUNKI',
  'KESTÄVÄ TALOUS',
  'OSAAVA JA HYVINVOIVA HENKILÖSTÖ',
  'TURVALLINEN JA VIIHTYISÄ YMPÄRISTÖ',
];

export const syntheticPriorities = (year: number, seed: number): StrategyPriority[] => {
  const rng = draw(recordSeed(seed, KIND_PRIORITIES, 0));
  return PRIORITY_NAMES.map((name) => ({ id: rng.uuid(), year, name }));
};

type GoalKind = 'strategyGoal' | 'otherGoal' | 'productivity' | 'companyGoal';

const OBJECTIVES: Record<GoalKind, readonly string[]> = {
  strategyGoal: [
    'Asukkaiden hyvinvointi ja osallisuus vahvistuvat',
    'Palvelut ovat saavutettavia ja oikea-aikaisia',
    'Elinkeinoelämän toimintaedellytykset paranevat',
    'Kaupungin vetovoima kasvaa',
    'Talous on tasapainossa',
    'Hiilineutraalius edistyy',
  ],
  otherGoal: [
    'Asiakastyytyväisyys säilyy hyvänä',
    'Sähköinen asiointi lisääntyy',
    'Henkilöstön osaaminen vahvistuu',
    'Sairauspoissaolot vähenevät',
    'Tilojen käyttöaste paranee',
    'Jonotusajat lyhenevät',
  ],
  productivity: [
    'Toimitilojen yhdistäminen',
    'Prosessien automatisointi',
    'Hankintojen keskittäminen',
    'Palveluverkon tarkastelu',
    'Digitaalisten palvelujen kehittämishanke',
  ],
  companyGoal: [
    'Yhtiön talous on tasapainossa',
    'Omistajaohjauksen tavoitteet toteutuvat',
    'Asiakastyytyväisyys paranee',
  ],
};
const ACTIONS = [
  'Kehitetään palveluprosesseja asiakaspalautteen pohjalta.',
  'Otetaan käyttöön uusi sähköinen palvelu.',
  'Laaditaan toimenpideohjelma ja seurataan sitä neljännesvuosittain.',
  'Tehdään yhteistyötä yritysten ja järjestöjen kanssa.',
  'Koulutetaan henkilöstöä ja jaetaan hyviä käytäntöjä.',
  'Tarkastellaan resurssien kohdentamista.',
];
const MEASURES = [
  'Asiakastyytyväisyyskysely',
  'Toteutuneiden toimenpiteiden määrä',
  'Kustannukset €/asukas',
  'Käyttöaste (%)',
  'Sähköisten asiointien osuus (%)',
  'Toimenpideohjelma hyväksytty',
];
const OVERRIDE_REASONS = [
  'Mittarin tieto valmistuu vasta vuoden lopussa.',
  'Toteutuma arvioitu johtoryhmässä laadullisesti.',
];

/** When goal rows are planted (30 January – 1 February), after the internal-control rows. */
export const GOAL_DAYS = { first: 29, last: 31 } as const;
/** The first follow-up after January–April (tertial), entered 1–3 May. */
export const FOLLOW_UP_DAYS = { first: 120, last: 122 } as const;
export const FOLLOW_UP_DATE = (year: number) => `${year}-04-30`;

/** A time in a window, spread by goal row `row` in order; `offsetMs` keeps a row's own events in order. */
export const goalTime = (
  plan: DataSetPlan,
  window: { first: number; last: number },
  row: number,
  offsetMs = 0,
) => {
  const span = (window.last - window.first) * 86_400_000;
  return timeOnDay(
    plan.year,
    window.first,
    Math.floor((span * row) / plan.size.goalRows) + offsetMs,
  );
};

export type GoalShape = {
  seed: number;
  unitIndex: number;
  kind: GoalKind;
  /** The row goes to `in_progress` in the follow-up. */
  starts: boolean;
  /** …and a person's judgement replaces the rule's there. */
  overrides: boolean;
};

/** The draws that decide a goal row's unit, kind and whether it changes in the follow-up. */
export const goalShape = (plan: DataSetPlan, index: number): GoalShape => {
  const seed = recordSeed(plan.seed, KIND_GOALS, index);
  const rng = draw(seed);
  const unitIndex = Math.floor(rng.next() ** 1.2 * plan.working.length);
  const unit = plan.working[unitIndex]!;
  const kind: GoalKind =
    unit.kind === 'company'
      ? 'companyGoal'
      : rng.weighted([
          ['strategyGoal', 40],
          ['otherGoal', 40],
          ['productivity', 20],
        ] as const);
  const starts = rng.chance(0.6);
  return { seed, unitIndex, kind, starts, overrides: starts && rng.chance(0.03) };
};

/** Goal row `index` as planted (rev 1) and as stored after the follow-up. */
export const goalRowAt = (
  plan: DataSetPlan,
  index: number,
): { created: ControlAction; stored: ControlAction } => {
  const shape = goalShape(plan, index);
  const rng = draw(shape.seed ^ 0x5bd1e995);
  const unit = plan.working[shape.unitIndex]!;
  const createdAt = goalTime(plan, GOAL_DAYS, index);
  const created: ControlAction = {
    id: rng.uuid(),
    createdAt,
    updatedAt: createdAt,
    updatedBy: unit.manager,
    rev: 1,
    deletedAt: null,
    year: plan.year,
    unitId: unit.id,
    objective: rng.pick(OBJECTIVES[shape.kind]),
    actions: `${rng.pick(ACTIONS)} ${rng.pick(ACTIONS)}`,
    indicator: `${rng.pick(MEASURES)}; ${rng.pick(MEASURES)}`,
    owner: personName(rng.int(0, PEOPLE - 1)),
    deadline: shape.kind === 'productivity' ? dayOfYear(plan.year, rng.int(150, 363)) : null,
    status: 'not_started',
    sortOrder: index,
    notes: [],
    outcome: null,
    riskIds: [],
    carriedFromId: null,
    kindId: shape.kind,
    priorityId: shape.kind === 'strategyGoal' ? rng.pick(plan.priorities).id : null,
    judgementOverride: null,
  };
  if (!shape.starts) return { created, stored: created };
  const at = goalTime(plan, FOLLOW_UP_DAYS, index);
  const status: ActionStatus = 'in_progress';
  const override: JudgementOverride | null = shape.overrides
    ? {
        judgement: rng.pick(['met', 'partlyMet', 'notMet'] as const),
        reason: rng.pick(OVERRIDE_REASONS),
        by: unit.manager,
        at,
      }
    : null;
  const stored: ControlAction = {
    ...created,
    rev: 2,
    updatedAt: at,
    status,
    notes: [{ id: rng.uuid(), date: at.slice(0, 10), author: unit.manager, text: '', status }],
    judgementOverride: override,
  };
  return { created, stored };
};
