import type { ActionStatus, ControlAction } from '../../shared/domain/control-action';
import type { Unit } from '../../shared/domain/unit';
import type { DataSetPlan } from './synthetic-plan';
import { aprilRank } from './synthetic-plan';
import { PEOPLE, personName } from './synthetic-names';
import type { Draw } from './synthetic-random';
import { dayOfYear, draw, recordSeed, timeOnDay } from './synthetic-random';

const KIND_ACTIONS = 4;

const OBJECTIVES = [
  'Hankintojen valvonta',
  'Sopimushallinnan kehittäminen',
  'Tietosuojan varmistaminen',
  'Talousarvion toteutumisen seuranta',
  'Henkilöstöriskien hallinta',
  'Riskienhallinnan systemaattinen kehittäminen',
  'Asiakasturvallisuuden parantaminen',
  'Valmiussuunnittelu ja jatkuvuus',
  'Avustusten käytön valvonta',
  'Laskujen hyväksymismenettelyn valvonta',
  'Tietoturvan parantaminen',
  'Omavalvonnan kehittäminen',
  'Työturvallisuuden varmistaminen',
  'Kiinteistöjen kunnossapidon seuranta',
  'Sisäisen valvonnan ohjeistuksen päivittäminen',
];
const ACTIONS = [
  'Laaditaan ohje ja koulutetaan henkilöstö.',
  'Päivitetään prosessikuvaus ja vastuut.',
  'Otetaan käyttöön kuukausittainen seuranta.',
  'Tehdään riskiarvio ja sovitaan toimenpiteet.',
  'Järjestetään sisäinen tarkastus otantana.',
  'Nimetään varahenkilöt kriittisiin tehtäviin.',
];
const INDICATORS = [
  'Ohje hyväksytty',
  'Koulutus pidetty',
  'Seurantaraportti valmis',
  'Arvio tehty',
  'Tarkastus tehty',
];
const NOTES = [
  'Työ etenee suunnitellusti.',
  'Aikataulu tarkentui johtoryhmässä.',
  'Odotetaan tietohallinnon kommentteja.',
];

/** The windows of the year in which rows are created and changed (day 0 = 1 January). */
export const ACTION_DAYS = {
  create: { first: 4, last: 29 },
  start: { first: 60, last: 89 },
  april: { first: 90, last: 119 },
  finish: { first: 151, last: 162 },
} as const;
export type ActionRound = Exclude<keyof typeof ACTION_DAYS, 'create'>;

/** "Today" in the e2e tests is 15 June: deadlines before it are past. */
const TODAY_DAY = 165;

export type ActionShape = {
  rng: Draw;
  unit: Unit;
  status: ActionStatus;
  deadlineDay: number;
  /** The status changes after creation: `in_progress` in March, a final status in June. */
  statusPath: { round: 'start' | 'finish'; status: ActionStatus }[];
};

/** The few draws that decide an action's unit, status and how many events it has. */
export const actionShape = (plan: DataSetPlan, index: number): ActionShape => {
  const rng = draw(recordSeed(plan.seed, KIND_ACTIONS, index));
  const unit = plan.working[Math.floor(rng.next() ** 1.3 * plan.working.length)]!;
  const deadlineDay = rng.int(30, 363);
  const status: ActionStatus =
    deadlineDay < TODAY_DAY
      ? rng.weighted([
          ['done', 45],
          ['partly_done', 12],
          ['not_done', 6],
          ['in_progress', 22],
          ['not_started', 8],
          ['postponed', 4],
          ['cancelled', 3],
        ] as const)
      : rng.weighted([
          ['not_started', 40],
          ['in_progress', 50],
          ['done', 6],
          ['postponed', 2],
          ['cancelled', 2],
        ] as const);
  const statusPath: ActionShape['statusPath'] =
    status === 'not_started'
      ? []
      : status === 'in_progress'
        ? [{ round: 'start', status }]
        : status === 'postponed' || status === 'cancelled'
          ? [{ round: 'finish', status }]
          : [
              { round: 'start', status: 'in_progress' },
              { round: 'finish', status },
            ];
  return { rng, unit, status, deadlineDay, statusPath };
};

/** When action `index` changes in a round: spread over the round's days in index order. */
export const actionTime = (plan: DataSetPlan, round: keyof typeof ACTION_DAYS, index: number) => {
  const { first, last } = ACTION_DAYS[round];
  const span = (last - first) * 86_400_000;
  return timeOnDay(plan.year, first, Math.floor((span * index) / plan.size.actions));
};

/** Every version of action `index`, from the created row (rev 1) to the stored one. */
export type ActionHistory = { versions: ControlAction[]; rounds: ActionRound[] };

export const actionAt = (plan: DataSetPlan, index: number): ActionHistory => {
  const { rng, unit, status, deadlineDay, statusPath } = actionShape(plan, index);
  const risks = plan.riskIdsByUnit.get(unit.id) ?? [];
  const createdAt = actionTime(plan, 'create', index);
  const hasAprilEdit = aprilRank(index, plan.size.actions) < plan.aprilEdits;
  const movesDeadline = rng.chance(0.5);
  const firstDeadline =
    hasAprilEdit && movesDeadline ? Math.max(31, deadlineDay - rng.int(14, 60)) : deadlineDay;
  let current: ControlAction = {
    id: rng.uuid(),
    createdAt,
    updatedAt: createdAt,
    updatedBy: unit.manager,
    rev: 1,
    deletedAt: null,
    year: plan.year,
    unitId: unit.id,
    objective: rng.pick(OBJECTIVES),
    actions: `${rng.pick(ACTIONS)} ${rng.pick(ACTIONS)}`,
    indicator: rng.pick(INDICATORS),
    owner: personName(rng.int(0, PEOPLE - 1)),
    deadline: dayOfYear(plan.year, firstDeadline),
    status: 'not_started',
    sortOrder: index,
    notes: [],
    outcome: null,
    riskIds: risks.length > 0 && rng.chance(0.3) ? [rng.pick(risks)] : [],
    carriedFromId: null,
    kindId: 'internalControl',
    priorityId: null,
    judgementOverride: null,
  };
  const history: ActionHistory = { versions: [current], rounds: [] };
  const change = (round: ActionRound, changes: Partial<ControlAction>) => {
    const at = actionTime(plan, round, index);
    current = { ...current, ...changes, rev: current.rev + 1, updatedAt: at };
    history.versions.push(current);
    history.rounds.push(round);
  };
  const note = (round: ActionRound, text: string, noteStatus: ActionStatus) => ({
    notes: [
      ...current.notes,
      {
        id: rng.uuid(),
        date: actionTime(plan, round, index).slice(0, 10),
        author: unit.manager,
        text,
        status: noteStatus,
      },
    ],
  });
  const start = statusPath.find((step) => step.round === 'start');
  if (start) change('start', { status: start.status, ...note('start', '', start.status) });
  if (hasAprilEdit) {
    if (movesDeadline) change('april', { deadline: dayOfYear(plan.year, deadlineDay) });
    else change('april', note('april', rng.pick(NOTES), current.status));
  }
  const finish = statusPath.find((step) => step.round === 'finish');
  if (finish) change('finish', { status: finish.status, ...note('finish', '', finish.status) });
  if (current.status !== status) throw new Error(`action ${index}: status path ends wrong`);
  return history;
};
