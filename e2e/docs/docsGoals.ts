import type { ValvoApp } from '../web/pages/ValvoApp';
import type { GoalSpec } from '../web/pages/goalRows';
import { addGoal, ensurePriority } from '../web/pages/goalRows';

const PRIORITY = 'HYVÄ JA SUJUVA ARKI';

/**
 * Goals of Viestintä ja markkinointi for the report pictures, made through the UI so that they
 * do not depend on what the built-in example holds: a strategy goal partly met by its indicators,
 * another goal judged met with a reason although an indicator was not, and a productivity
 * measure not yet assessed.
 */
const GOALS: GoalSpec[] = [
  {
    kind: 'Strategiset tavoitteet',
    priority: PRIORITY,
    objectiveLabel: 'Tavoite',
    objective:
      'Kemijärveläiset saavat ajantasaista tietoa päätöksenteosta, palveluista ja tapahtumista selkeästi ja oikea-aikaisesti.',
    indicators: [
      {
        text: 'Asukastyytyväisyys kaupungin viestintään (asukaskysely, asteikko 1–5)',
        type: 'Luku',
        fields: { Yksikkö: 'pistettä', Lähtötaso: '3,4', Tavoite: '3,8' },
        actual: '3,6',
      },
      {
        text: 'Verkkosivuston käynnit kuukaudessa',
        type: 'Luku',
        fields: { Yksikkö: 'käyntiä', Lähtötaso: '38 000', Tavoite: '42 000' },
        actual: '45 200',
      },
    ],
  },
  {
    kind: 'Muut tavoitteet',
    objectiveLabel: 'Toiminnalliset tavoitteet ja painopisteet',
    objective: 'Kaupungin verkkopalvelut ovat saavutettavia.',
    indicators: [
      {
        text: 'Saavutettavuusarvion tulos',
        type: 'Prosentti',
        fields: { Lähtötaso: '78', Tavoite: '90' },
        actual: '92',
      },
      {
        text: 'Saavutettavuusseloste päivitetty',
        type: 'Kyllä/ei',
        fields: { Tavoite: 'kyllä' },
        actual: 'ei',
      },
    ],
    override: {
      judgement: 'Toteutunut',
      reason: 'Seloste päivitettiin tammikuussa 2027; arvion tulos ylitti tavoitteen.',
    },
  },
  {
    kind: 'Tuottavuustoimenpiteet ja -hankkeet',
    objectiveLabel: 'Tuottavuustoimenpide / Hanke',
    objective: 'Painetut tiedotteet korvataan sähköisillä julkaisuilla.',
  },
];

/** Adds the goals to the unit open on the page (the priority first, in Settings, if missing). */
export const addDocsGoals = async (app: ValvoApp, unit: string) => {
  await ensurePriority(app, PRIORITY);
  await app.page.getByRole('link', { name: 'Yksiköt' }).click();
  await app.openUnit(unit);
  for (const goal of GOALS) await addGoal(app, goal);
};
