import type { Indicator, IndicatorType, IndicatorValue } from '../../shared/domain/indicator';
import type { DataSetPlan } from './synthetic-plan';
import { FOLLOW_UP_DATE, FOLLOW_UP_DAYS, GOAL_DAYS, goalRowAt, goalTime } from './synthetic-goals';
import type { Draw } from './synthetic-random';
import { dayOfYear, draw, recordSeed } from './synthetic-random';

const KIND_INDICATORS = 7;

const TEXTS: Record<IndicatorType, readonly string[]> = {
  number: [
    'Toteutuneiden tilaisuuksien määrä',
    'Asiakaskäyntien lukumäärä',
    'Uusien yritysten määrä',
    'Koulutuksiin osallistuneet',
  ],
  percentage: [
    'Sähköisten asiointien osuus (%)',
    'Tilojen käyttöaste (%)',
    'Määräajassa käsitellyt hakemukset (%)',
  ],
  euros: ['Nettokustannukset €/asukas', 'Säästö euroina', 'Ulkopuolinen rahoitus'],
  yesNo: ['Toimenpideohjelma hyväksytty', 'Uusi palvelu käytössä', 'Selvitys laadittu'],
  date: ['Suunnitelma valmis', 'Hankinta kilpailutettu'],
  text: ['Asiakaspalaute', 'Henkilöstökyselyn tulokset', 'Arvio kehityksestä'],
};
const UNITS: Record<IndicatorType, string> = {
  number: 'kpl',
  percentage: '%',
  euros: '€',
  yesNo: '',
  date: '',
  text: '',
};
const READINGS = ['Edennyt suunnitellusti', 'Palaute pääosin myönteistä', 'Viivästynyt'];

/** The goal row an indicator belongs to: 2 or 3 per row, in row order, so every row has some. */
export const indicatorRow = (plan: DataSetPlan, index: number) =>
  Math.floor((index * plan.size.goalRows) / plan.size.indicators);

/** The position of indicator `index` among its row's indicators (its sortOrder). */
const orderInRow = (plan: DataSetPlan, index: number) => {
  const row = indicatorRow(plan, index);
  let first = index;
  while (first > 0 && indicatorRow(plan, first - 1) === row) first -= 1;
  return index - first;
};

export type IndicatorShape = { seed: number; type: IndicatorType; read: boolean; judged: boolean };

/** The draws that decide an indicator's type and whether it is read (and judged) in the follow-up. */
export const indicatorShape = (plan: DataSetPlan, index: number): IndicatorShape => {
  const seed = recordSeed(plan.seed, KIND_INDICATORS, index);
  const rng = draw(seed);
  const type = rng.weighted([
    ['number', 35],
    ['percentage', 20],
    ['euros', 10],
    ['yesNo', 15],
    ['date', 5],
    ['text', 15],
  ] as const);
  const read = rng.chance(0.4);
  return { seed, type, read, judged: read && rng.chance(0.3) };
};

type Measure = {
  baseline: IndicatorValue | null;
  target: IndicatorValue | null;
  higherIsBetter: boolean | null;
  reading: IndicatorValue;
};

const measureOf = (rng: Draw, type: IndicatorType, year: number): Measure => {
  if (type === 'yesNo')
    return { baseline: false, target: true, higherIsBetter: null, reading: rng.chance(0.5) };
  if (type === 'date') {
    const target = dayOfYear(year, rng.int(120, 363));
    return {
      baseline: null,
      target,
      higherIsBetter: null,
      reading: dayOfYear(year, rng.int(60, 119)),
    };
  }
  if (type === 'text')
    return { baseline: null, target: null, higherIsBetter: null, reading: rng.pick(READINGS) };
  const higherIsBetter = rng.chance(0.7);
  const top = type === 'percentage' ? 90 : type === 'euros' ? 5_000 : 400;
  const baseline = rng.int(10, top);
  const step = Math.max(1, Math.round(baseline * 0.1));
  const target = Math.min(
    type === 'percentage' ? 100 : Infinity,
    higherIsBetter ? baseline + step : baseline - step,
  );
  return {
    baseline,
    target,
    higherIsBetter,
    reading: Math.max(0, baseline + rng.int(-step, step)),
  };
};

/** Indicator `index` as added (rev 1) and as stored after the follow-up's reading and judgement. */
export const indicatorAt = (
  plan: DataSetPlan,
  index: number,
): { created: Indicator; stored: Indicator } => {
  const shape = indicatorShape(plan, index);
  const rng = draw(shape.seed ^ 0x27d4eb2f);
  const row = indicatorRow(plan, index);
  const order = orderInRow(plan, index);
  const { created: action } = goalRowAt(plan, row);
  const createdAt = goalTime(plan, GOAL_DAYS, row, order + 1);
  const measure = measureOf(rng, shape.type, plan.year);
  const created: Indicator = {
    id: rng.uuid(),
    createdAt,
    updatedAt: createdAt,
    updatedBy: action.updatedBy,
    rev: 1,
    deletedAt: null,
    actionId: action.id,
    unitId: action.unitId,
    year: plan.year,
    text: rng.pick(TEXTS[shape.type]),
    type: shape.type,
    unit: UNITS[shape.type],
    upTo100: shape.type === 'percentage',
    baseline: measure.baseline,
    target: measure.target,
    higherIsBetter: measure.higherIsBetter,
    values: [],
    judgement: null,
    sortOrder: order,
  };
  if (!shape.read) return { created, stored: created };
  const at = goalTime(plan, FOLLOW_UP_DAYS, row, order + 1);
  const stored: Indicator = {
    ...created,
    rev: 2,
    updatedAt: at,
    values: [
      {
        id: rng.uuid(),
        date: FOLLOW_UP_DATE(plan.year),
        value: measure.reading,
        by: action.updatedBy,
        at,
      },
    ],
    judgement: shape.judged
      ? rng.pick(['met', 'partlyMet', 'notMet', 'notAssessable'] as const)
      : null,
  };
  return { created, stored };
};
