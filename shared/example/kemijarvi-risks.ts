import type { Risk } from '../domain/risk';

/**
 * Example risks drawn from the operating environment the Kemijärvi 2026 budget describes. The
 * budget gives no scores: the assessments here are illustrative and are stored as examples.
 */
export type ExampleAssessment = { likelihood: number; impact: number };
export type ExampleRisk = Pick<Risk, 'title' | 'description' | 'category' | 'cause' | 'consequence' | 'owner' | 'treatment' | 'controls' | 'status'> & {
  unitName: string;
  reviewDate: string;
  inherent: ExampleAssessment;
  residual: ExampleAssessment;
  /** Objectives of the unit's 2026 rows that reduce this risk. */
  reducedBy: string[];
};

export const EXAMPLE_ASSESSMENT_DATE = '2026-01-15';
export const EXAMPLE_ASSESSOR = 'Valvon esimerkkiaineisto';
export const EXAMPLE_RATIONALE =
  'Esimerkkiarvio Valvon esimerkkiaineistossa. Talousarvio nimeää riskin, mutta ei arvioi sitä; luvut ovat havainnollistavia.';

export const KEMIJARVI_RISKS: ExampleRisk[] = [
  {
    unitName: 'Konserni- ja elinvoimapalvelut',
    title: 'Valtionosuusuudistus vaikeuttaa talouden suunnittelua',
    owner: 'Talousjohtaja',
    description: 'Kuntien valtionosuusjärjestelmän uudistus muuttaa tulopohjaa tavalla, jota ei vielä tunneta tarkasti.',
    category: 'financial',
    cause: 'Valtionosuusuudistuksen sisältö ja aikataulu ovat auki.',
    consequence: 'Talousarvion ja -suunnitelman tulot arvioidaan väärin; sopeutustarve yllättää.',
    treatment: 'mitigate',
    controls: 'Talousennusteen päivitys neljännesvuosittain; herkkyyslaskelmat.',
    status: 'open',
    reviewDate: '2026-09-30',
    inherent: { likelihood: 4, impact: 4 },
    residual: { likelihood: 3, impact: 4 },
    reducedBy: ['Riskienhallinnan systemaattinen kehittäminen'],
  },
  {
    unitName: 'Konserni- ja elinvoimapalvelut',
    title: 'Hyvinvointialueen palveluverkon muutokset heikentävät asukkaiden palveluja',
    owner: 'Kaupunginjohtaja',
    description: 'Lapin hyvinvointialueen palveluverkkoratkaisut vaikuttavat kaupungin asukkaiden palveluihin.',
    category: 'strategic',
    cause: 'Hyvinvointialueen säästöpäätökset ja palveluverkon supistaminen.',
    consequence: 'Palvelut etääntyvät; kaupungin vetovoima ja asukastyytyväisyys heikkenevät.',
    treatment: 'mitigate',
    controls: 'Edunvalvonta ja säännölliset neuvottelut hyvinvointialueen kanssa.',
    status: 'monitoring',
    reviewDate: '2026-05-31',
    inherent: { likelihood: 3, impact: 4 },
    residual: { likelihood: 3, impact: 3 },
    reducedBy: [],
  },
  {
    unitName: 'Konserni- ja elinvoimapalvelut',
    title: 'Organisaatiomuutos ei toteudu hallitusti',
    owner: 'Hallintojohtaja',
    description: '1.1.2026 voimaan tullut organisaatiomuutos on vietävä käytäntöön sujuvasti.',
    category: 'operational',
    cause: 'Uudet vastuut ja prosessit ovat vielä vakiintumatta.',
    consequence: 'Tehtäviä jää hoitamatta tai ne tehdään kahteen kertaan; henkilöstö kuormittuu.',
    treatment: 'mitigate',
    controls: 'Muutoksen seuranta johtoryhmässä; tehtävänkuvien päivitys.',
    status: 'open',
    reviewDate: '2026-10-31',
    inherent: { likelihood: 3, impact: 3 },
    residual: { likelihood: 2, impact: 3 },
    reducedBy: ['Sopimushallinnan kehittäminen'],
  },
  {
    unitName: 'Hallintopalvelut',
    title: 'Hankintalain uudistus edellyttää kilpailutuksia, esimerkiksi palkanlaskennan',
    owner: 'Hallintojohtaja',
    description: 'Hankintalain uudistus vaatii työtä, kuten palkanlaskentapalvelujen uudelleenkilpailutuksen.',
    category: 'compliance',
    cause: 'Lainsäädännön muutokset ja päättyvät sopimukset.',
    consequence: 'Hankinta viivästyy tai on lainvastainen; palvelun jatkuvuus vaarantuu.',
    treatment: 'mitigate',
    controls: 'Sopimusten seuranta Cloudia-järjestelmässä; hankintaosaamisen koulutus.',
    status: 'open',
    reviewDate: '2026-08-31',
    inherent: { likelihood: 4, impact: 3 },
    residual: { likelihood: 2, impact: 3 },
    reducedBy: ['Sopimushallinnan kehittäminen'],
  },
  {
    unitName: 'Hallintopalvelut',
    title: 'Digitaalisten palvelujen kasvu ylittää tuen ja osaamisen',
    owner: 'Tietohallintopäällikkö',
    description: 'Digitaaliset palvelut lisääntyvät ja vaativat koulutusta, tukea ja uusia toimintatapoja.',
    category: 'operational',
    cause: 'Uusia järjestelmiä otetaan käyttöön nopeammin kuin osaaminen kasvaa.',
    consequence: 'Virheitä, tietoturvapoikkeamia ja asiakkaiden asioinnin vaikeutumista.',
    treatment: 'mitigate',
    controls: 'Käyttäjätuki, koulutussuunnitelma.',
    status: 'open',
    reviewDate: '2026-11-30',
    inherent: { likelihood: 4, impact: 3 },
    residual: { likelihood: 3, impact: 3 },
    reducedBy: [],
  },
  {
    unitName: 'Viestintä ja markkinointi',
    title: 'Väärinymmärrykset, epäselvä viestintä ja ylikuormitus',
    owner: 'Viestintäpäällikkö',
    description: 'Viestinnälliset riskit heikentävät luottamusta kaupungin toimintaan.',
    category: 'reputation',
    cause: 'Viestintäprosessit ovat epäselviä ja tehtäviä on enemmän kuin resursseja.',
    consequence: 'Asukkaiden ja henkilöstön luottamus heikkenee; kriisiviestintä epäonnistuu.',
    treatment: 'mitigate',
    controls: 'Viestintäsuunnitelma ja vastuunjako.',
    status: 'open',
    reviewDate: '2026-09-30',
    inherent: { likelihood: 4, impact: 3 },
    residual: { likelihood: 2, impact: 3 },
    reducedBy: [
      'Varmistaa viestinnän johdonmukaisuus, selkeys ja vastuullisuus sekä ehkäistä viestinnällisiä riskejä.',
      'Vähennetään väärinymmärrysten, epäselvän viestinnän ja ylikuormituksen riskiä.',
      'Säilytetään luottamus ja läpinäkyvyys kaupungin toimintaan.',
    ],
  },
  {
    unitName: 'Elinkeino- ja työllisyyspalvelut',
    title: 'Väestön ikääntyminen ja työikäisten väheneminen heikentävät elinvoimaa',
    owner: 'Elinkeinojohtaja',
    description: 'Ikääntyvä väestö ja supistuva työikäinen väestö heikentävät vetovoimaa ja kilpailukykyä.',
    category: 'strategic',
    cause: 'Muuttotappio ja syntyvyyden lasku.',
    consequence: 'Yritysten työvoimapula, verotulojen lasku, palvelujen kysynnän muutos.',
    treatment: 'mitigate',
    controls: 'Elinkeinostrategia, työvoiman houkuttelu.',
    status: 'open',
    reviewDate: '2026-12-31',
    inherent: { likelihood: 5, impact: 4 },
    residual: { likelihood: 4, impact: 4 },
    reducedBy: ['Riskienhallinnan parantaminen'],
  },
];
