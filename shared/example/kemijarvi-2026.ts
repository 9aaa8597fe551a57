import type { UnitKind } from '../domain/unit';

/**
 * The built-in example organisation: Kemijärvi's division Konserni- ja elinvoimapalvelut as in
 * the city's 2026 budget (TA 2026), with the internal-control rows of its section 5/6 tables.
 * Row texts are the budget's own, verbatim (its typos included).
 */
export type ExampleRow = { objective: string; actions: string; indicator: string };
export type ExampleUnit = {
  kind: UnitKind;
  name: string;
  rows?: ExampleRow[];
  children?: ExampleUnit[];
};

export const EXAMPLE_YEAR = 2026;
export const EXAMPLE_ORGANISATION_NAME = 'Kemijärven kaupunki';

const riskManagementRow: ExampleRow = {
  objective: 'Riskienhallinnan systemaattinen kehittäminen',
  actions:
    'Vahvistetaan koko organisaation riskienarvioinnin ymmärrystä ja riskienhallinnan käytänteitä. Järjestetään koulutusta riskienarvioinnista ja vahvistetaan riskienarvioinnin ja -hallinnan käytänteitä.',
  indicator: 'Riskienarviointityökalun käyttö',
};

const contractManagementRow: ExampleRow = {
  objective: 'Sopimushallinnan kehittäminen',
  actions:
    'Käytössä olevan Cloudia-sopimushallintajärjestelmän tehokkaampi ja systemaattinen hyödyntäminen koko organisaation tasolla. Järjestetään koulutusta/ohjausta, jolla varmistetaan yhteisten käytänteiden noudattaminen.',
  indicator: 'Sopimushallinnan aktiiviset käyttäjät',
};

const costUnits = (names: string[]): ExampleUnit[] =>
  names.map((name) => ({ kind: 'costUnit', name }));

export const KEMIJARVI_2026: ExampleUnit = {
  kind: 'organisation',
  name: EXAMPLE_ORGANISATION_NAME,
  children: [
    {
      kind: 'division',
      name: 'Konserni- ja elinvoimapalvelut',
      rows: [riskManagementRow, contractManagementRow],
      children: [
        {
          kind: 'area',
          name: 'Hallintopalvelut',
          rows: [riskManagementRow, contractManagementRow],
          children: costUnits([
            'Keskusvaalilautakunta',
            'Tarkastuslautakunta',
            'Kaupunginvaltuusto',
            'Kaupunginhallitus',
            'Kaupungin johtaminen',
            'Kuntaliitto',
            'Lapin liitto',
            'Itä-Lapin kuntayhtymä',
            'Hallintopalvelut',
            'Henkilöstöpalvelut',
            'Talouspalvelut',
            'Kunnallisverotus ja tasausmaksu',
            'Työterveyshuolto',
            'Yhteistoiminta',
            'Henkilöstön lomaosake',
            'Työsuojelu',
            'Ystävyyskaupunkitoiminta',
            'Muu toiminta ja avustukset',
            'Tietohallinto/ict-palvelut',
            'Sortteeri',
            'Osallistuva budjetointi',
            'Terveys- ja työhyvinvointipalvelut',
            'Kotouttaminen',
            'Tilapäisen suojelun lisätuki/valtio',
          ]),
        },
        {
          kind: 'area',
          name: 'Viestintä ja markkinointi',
          rows: [
            {
              objective:
                'Varmistaa viestinnän johdonmukaisuus, selkeys ja vastuullisuus sekä ehkäistä viestinnällisiä riskejä.',
              actions:
                'Päivitetään viestintäsuunnitelma, jossa määritellään periaatteet, vastuut ja toimintamallit myös poikkeus- ja muutostilanteissa.',
              indicator: 'Suunnitelman valmistuminen ja käyttöönottaminen v. 2026',
            },
            {
              objective:
                'Vähennetään väärinymmärrysten, epäselvän viestinnän ja ylikuormituksen riskiä.',
              actions:
                'Selkeytetään viestintäprosesseja ja priorisoidaan tehtäviä strategisten painopisteiden mukaisesti.',
              indicator:
                'Palaute kaupungin sisäisiltä ja ulkoisilta sidosryhmiltä (esim. kyselyt, tapaamiset).',
            },
            {
              objective: 'Säilytetään luottamus ja läpinäkyvyys kaupungin toimintaan.',
              actions:
                'Kehitetään viestintää ennakoivaksi, saavutettavaksi ja avoimeksi kaikille kohderyhmille.',
              indicator:
                'Luottamusta ja viestinnän selkeyttä mittaavat kyselyt (asukkaat, henkilöstö, yritykset).',
            },
          ],
        },
        {
          kind: 'area',
          name: 'Elinkeino- ja työllisyyspalvelut',
          rows: [
            {
              objective: 'Riskienhallinnan parantaminen',
              actions: 'Laaditaan elinkeino- ja työllisuuspalveluille riskienhallintasuunnitelma',
              indicator: 'Suunnitelma laadittu',
            },
            {
              objective: 'Sisäisen valvonnan suunnitelma',
              actions: 'Suunnitelma laaditaan',
              indicator: 'Suunnitelma laadittu',
            },
          ],
          children: costUnits([
            'Joukkoliikenne',
            'Työllistämispalvelut (yhteistoiminta-alue)',
            'Opiskelijoiden kesätyö',
            'Työmarkkinatuen kuntaosuus',
            'Elinkeinopalvelut',
            'Kehityksen hankkeet',
            'Kehittämisprojektit (KPKI pienet)',
            'Hankepalvelut (KPKI isot hankkeet)',
            'Maaseutuneuvontapalvelut',
          ]),
        },
      ],
    },
  ],
};
