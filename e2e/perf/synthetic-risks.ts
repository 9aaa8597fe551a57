import type { Assessment, Risk } from '../../shared/domain/risk';
import { PRESET_CATEGORIES } from '../../shared/risk-presets';
import type { DataSetPlan } from './synthetic-plan';
import { PEOPLE, personName } from './synthetic-names';
import { dayOfYear, draw, recordSeed, timeOnDay } from './synthetic-random';

const KIND_RISKS = 3;

const TITLES = [
  'Hankintasäännösten vastainen hankinta',
  'Sopimusvalvonnan puutteet',
  'Henkilötietojen tietoturvaloukkaus',
  'Avainhenkilön äkillinen poissaolo',
  'Talousarvion ylittyminen',
  'Tietojärjestelmän käyttökatko',
  'Rekrytointivaikeudet',
  'Asiakasturvallisuuden vaarantuminen',
  'Kiinteistön kosteusvaurio',
  'Väärinkäytös maksuliikenteessä',
  'Valvontavastuun epäselvyys',
  'Valmiussuunnitelman vanheneminen',
  'Avustusten käytön puutteellinen valvonta',
  'Palvelun saatavuuden heikkeneminen',
  'Maineriski sosiaalisessa mediassa',
  'Tulipalo tai vesivahinko',
  'Toimittajan maksukyvyttömyys',
  'Lakisääteisten määräaikojen ylittyminen',
];
const CAUSES = [
  'Ohjeistus puuttuu tai on vanhentunut.',
  'Henkilöstöä ei ole koulutettu riittävästi.',
  'Vastuut eivät ole selvät.',
  'Resurssit eivät riitä tehtävien hoitamiseen.',
  'Järjestelmät ovat vanhentuneita.',
];
const CONSEQUENCES = [
  'Taloudellinen menetys ja mainehaitta.',
  'Palvelu keskeytyy ja asiakkaat kärsivät.',
  'Seuraamusmaksu tai korvausvelvollisuus.',
  'Tarkastuslautakunnan huomautus arviointikertomuksessa.',
];
const CONTROLS = [
  'Kuukausittainen seuranta johtoryhmässä.',
  'Kahden henkilön hyväksyntä.',
  'Vuosittainen koulutus ja ohjeiden päivitys.',
  'Varahenkilöjärjestelyt.',
];

/** When risks are identified: February, one after another in index order. */
export const RISK_DAYS = { first: 32, last: 58 } as const;
/** When a third assessment, a residual re-assessment, is made: May. */
export const REASSESS_DAYS = { first: 123, last: 150 } as const;

/** The working unit a risk belongs to: skewed, so some units hold many more than others. */
export const riskUnitIndex = (seed: number, index: number, workingCount: number) =>
  Math.floor(draw(recordSeed(seed, KIND_RISKS, index)).next() ** 1.3 * workingCount);

export type RiskWithAssessments = { risk: Risk; assessments: Assessment[] };

/** Risk `index` of the plan with its 1–3 assessments (inherent, residual, later residual). */
export const riskAt = (plan: DataSetPlan, index: number): RiskWithAssessments => {
  const rng = draw(recordSeed(plan.seed, KIND_RISKS, index));
  const unit = plan.working[Math.floor(rng.next() ** 1.3 * plan.working.length)]!;
  const span = (RISK_DAYS.last - RISK_DAYS.first) * 86_400_000;
  const createdAt = timeOnDay(
    plan.year,
    RISK_DAYS.first,
    Math.floor((span * index) / plan.size.risks),
  );
  const status = rng.weighted([
    ['open', 70],
    ['monitoring', 25],
    ['closed', 5],
  ] as const);
  const risk: Risk = {
    id: rng.uuid(),
    createdAt,
    updatedAt: createdAt,
    updatedBy: unit.manager,
    rev: 1,
    deletedAt: null,
    unitId: unit.id,
    title: `${rng.pick(TITLES)} (${unit.code})`,
    description: `${rng.pick(CAUSES)} ${rng.pick(CONSEQUENCES)}`,
    category: rng.pick(PRESET_CATEGORIES).id,
    cause: rng.pick(CAUSES),
    consequence: rng.pick(CONSEQUENCES),
    owner: personName(rng.int(0, PEOPLE - 1)),
    treatment: rng.weighted([
      ['mitigate', 60],
      ['accept', 25],
      ['transfer', 10],
      ['avoid', 5],
      [null, 5],
    ] as const),
    controls: rng.pick(CONTROLS),
    status,
    reviewDate: dayOfYear(plan.year, rng.int(180, 360)),
    toleranceOverride: null,
    objectiveActionId: null,
    objectiveText: '',
  };
  const count = rng.weighted([
    [1, 30],
    [2, 45],
    [3, 25],
  ] as const);
  const assessments: Assessment[] = [];
  for (let order = 0; order < count; order += 1) {
    const isLater = order === 2;
    const at = isLater
      ? timeOnDay(
          plan.year,
          REASSESS_DAYS.first,
          Math.floor(
            ((REASSESS_DAYS.last - REASSESS_DAYS.first) * 86_400_000 * index) / plan.size.risks,
          ),
        )
      : new Date(Date.parse(createdAt) + (order + 1) * 1_000).toISOString();
    const likelihood = rng.int(1, 5);
    assessments.push({
      id: rng.uuid(),
      createdAt: at,
      updatedAt: at,
      updatedBy: unit.manager,
      rev: 1,
      deletedAt: null,
      riskId: risk.id,
      date: at.slice(0, 10),
      assessor: unit.manager,
      likelihood: order === 0 ? likelihood : Math.max(1, likelihood - 1),
      impact: rng.int(1, 5),
      scale: 5,
      kind: order === 0 ? 'inherent' : 'residual',
      rationale: order === 0 ? 'Arvio ilman hallintakeinoja.' : 'Arvio hallintakeinojen jälkeen.',
      isExample: false,
    });
  }
  return { risk, assessments };
};
