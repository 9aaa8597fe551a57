import type { ExampleRow, ExampleUnit } from './kemijarvi-2026';
import { KEMIJARVI_2026 } from './kemijarvi-2026';

/**
 * Every goal, productivity and internal-control table of the budget chapter "Konserni- ja
 * elinvoimapalvelut toimiala" in Kemijärvi's 2026 budget (TA 2026), for the built-in example:
 * the division and its three responsibility areas, each unit's tables in the budget's order.
 *
 * Source: the chapter's text as extracted from the published PDF, kept beside this file as
 * `kemijarvi-2026-budget-text.txt` (the test checks every cell against it). Texts are verbatim,
 * the budget's typos included ("kokoutumisen", "Sotteerin", "parantuntu", "tukievien",
 * "työllisuuspalveluille"). The PDF's line breaks inside a cell are joined with single spaces; a
 * line break right after a hyphen inside a word joins without a space ("oikea-aikaisesti",
 * "hankinta-asiamiehen", "Invest In -viestintä"), a suspended compound keeps its space
 * ("turvallisuus- ja"). No cell of these tables is empty.
 *
 * Left out: the key-figures tables (Talouden ja toiminnan tunnusluvut), which are figures from the
 * finance system, not goals. The internal-control tables are today's rows of `KEMIJARVI_2026`,
 * reused unchanged.
 *
 * Indicators: each Mittarit / Toteutuma cell becomes one indicator with the whole text, or, where
 * the text lists separate measures, one per measure, each a piece of the cell as printed (the
 * joiners between them, "ja", "sekä", "Mittareina seurataan", belong to none). A measure is typed
 * as other than 'text' only where it is plainly one: a count ("määrä", "lukumäärä", "-määrät", or
 * a figure in "kpl", "km", "henkilöä") is a number; the employment rate and a share printed with
 * "(%)" are percentages; "€/asukas" is euros; a done/not-done statement ("laadittu",
 * "toteutettu", "toteutunut", "hyväksytty", "käytössä", "käyttöönotettu", "valmistuminen") is
 * yes/no; a deadline ("30.4.2026 mennessä") is a date. Everything else stays text: surveys,
 * feedback, assessments, and counts the text does not call counts ("Toteutuneet tilaisuudet",
 * "Tehdyt sopimukset", "Sopimushallinnan aktiiviset käyttäjät"). `unit` only where the text
 * prints it. `higherIsBetter` only on numbers, where the text says so ("väh.", "vähintään",
 * "kasvua") or for the standard statistics (employment rate, net change of jobs, new and all
 * businesses, annual margin; loan stock per resident lower) and the local share of procurement
 * that the goal is to grow. No baseline or target is recorded: the figures the budget prints stay
 * in the indicator text.
 */

export type ExampleTableKind = 'strategyGoal' | 'otherGoal' | 'productivity' | 'internalControl';
export type ExampleIndicatorType = 'number' | 'percentage' | 'euros' | 'yesNo' | 'date' | 'text';
export type ExampleIndicator = {
  /** The measure as printed: a piece of the row's Mittarit / Toteutuma cell. */
  text: string;
  type: ExampleIndicatorType;
  /** Only where the text prints it, e.g. '%', '€/asukas', 'kpl', 'km', 'henkilöä'. */
  unit?: string;
  /** Only where the text makes the direction plain. */
  higherIsBetter?: boolean;
};
export type ExampleGoalRow = {
  /**
   * First column: Tavoite / Toiminnalliset tavoitteet ja painopisteet / Tuottavuustoimenpide /
   * Hanke / Sisäinen valvonta ja riskienhallinta.
   */
  objective: string;
  /** Second column: Toimenpiteet / Tulokset. */
  actions: string;
  /** Third column as printed: Mittarit / Mittarit/Arviointi / Toteutuma. */
  indicator: string;
  indicators: ExampleIndicator[];
};
export type ExampleGoalTable = {
  kind: ExampleTableKind;
  priority?: string;
  rows: ExampleGoalRow[];
};

/** The city strategy's priorities (painopisteet), as printed, in the budget's order. */
export const STRATEGY_PRIORITIES_2026: string[] = [
  'HYVÄ JA SUJUVA ARKI',
  'ELÄMÄÄ SYKKIVÄÄ KASVUA YHDESSÄ YRITTÄJIEN KANSSA',
  'UUSIA MAHDOLLISUUKSIA TURVALLISUUSYMPÄRISTÖSSÄ',
  'VAKAA JA ENNAKOIVA KUNTATALOUS',
  'VASTUULLINEN JOHTAMINEN',
];

/** A row whose third cell is one measure: the whole cell is its one indicator. */
const wholeCell = (
  objective: string,
  actions: string,
  indicator: string,
  type: ExampleIndicatorType = 'text',
): ExampleGoalRow => ({ objective, actions, indicator, indicators: [{ text: indicator, type }] });

const findUnit = (unit: ExampleUnit, name: string): ExampleUnit | undefined =>
  unit.kind !== 'costUnit' && unit.name === name
    ? unit
    : (unit.children ?? []).map((child) => findUnit(child, name)).find(Boolean);

/**
 * Yes/no measures among today's Toteutuma texts ("Suunnitelma laadittu", "Suunnitelman
 * valmistuminen ja käyttöönottaminen v. 2026"); the others are text.
 */
const YES_NO_TOTEUTUMA = new Set([
  'Suunnitelma laadittu',
  'Suunnitelman valmistuminen ja käyttöönottaminen v. 2026',
]);

/**
 * A unit's internal-control table: today's rows of `KEMIJARVI_2026`, unchanged, each with its
 * Toteutuma as one indicator (none of them lists separate measures).
 */
const internalControl = (unitName: string): ExampleGoalTable => ({
  kind: 'internalControl',
  rows: (findUnit(KEMIJARVI_2026, unitName)?.rows ?? []).map((row: ExampleRow) => ({
    ...row,
    indicators: [
      { text: row.indicator, type: YES_NO_TOTEUTUMA.has(row.indicator) ? 'yesNo' : 'text' },
    ],
  })),
});

/** Per unit (named as in `KEMIJARVI_2026`), its tables in the budget's order. */
export const KEMIJARVI_2026_GOALS: Record<string, ExampleGoalTable[]> = {
  'Konserni- ja elinvoimapalvelut': [
    {
      kind: 'strategyGoal',
      priority: 'HYVÄ JA SUJUVA ARKI',
      rows: [
        // Two measures joined by "ja": the employment rate and the net change of jobs, split.
        {
          objective:
            'Tuetaan arjen sujuvuutta mm. kotoutumispalveluilla, viestinnän ja markkinoinnin keinoin sekä työllisyys ja elinkeinopalveluilla.',
          actions:
            'Viestitään selkeästi ajankohtaisista asioita ja kaupungin päätöksistä. Tehdään tiivistä yhteistyötä paikallisten ja alueellisten toimijoiden ja verkostojen kanssa.',
          indicator: 'Työllisyysaste ja työpaikkojen nettomuutos',
          indicators: [
            { text: 'Työllisyysaste', type: 'percentage', higherIsBetter: true },
            { text: 'työpaikkojen nettomuutos', type: 'number', higherIsBetter: true },
          ],
        },
      ],
    },
    {
      kind: 'strategyGoal',
      priority: 'ELÄMÄÄ SYKKIVÄÄ KASVUA YHDESSÄ YRITTÄJIEN KANSSA',
      rows: [
        {
          objective:
            'Rakennetaan kuva elinvoimaisesta, yhteistyöhakuisesta ja avoimesti toimivasta Kemijärvestä.',
          actions:
            'Suunnitelmallinen viestintä. Yritysneuvonnan ja kehittämispalveluiden tarjoaminen uusille ja toimiville yrityksille',
          indicator: 'Uusien yritysten määrä / vuosi Yritysten kokonaismäärä / vuosi',
          indicators: [
            { text: 'Uusien yritysten määrä / vuosi', type: 'number', higherIsBetter: true },
            { text: 'Yritysten kokonaismäärä / vuosi', type: 'number', higherIsBetter: true },
          ],
        },
      ],
    },
    {
      kind: 'strategyGoal',
      priority: 'UUSIA MAHDOLLISUUKSIA TURVALLISUUSYMPÄRISTÖSSÄ',
      rows: [
        wholeCell(
          'Hyödynnetään muuttuvan turvallisuus- ja toimintaympäristön tarjoamat mahdollisuudet liiketoimintaan, kehittämiseen, varautumiseen ja kilpailukyvyn vahvistamiseen.',
          'Edistetään verkostoitumista alueen muiden toimijoiden, viranomaisten ja tutkimuslaitosten kanssa, jotta yritykset voivat osallistua laajempiin kehittämishankkeisiin.',
          'Kehittämis- tai kasvuohjelmiin osallistuneiden yritysten määrä / vuosi.',
          'number',
        ),
      ],
    },
    {
      kind: 'strategyGoal',
      priority: 'VAKAA JA ENNAKOIVA KUNTATALOUS',
      rows: [
        {
          objective: 'Tasapainoinen kuntatalous (koko kaupunki)',
          actions:
            'Talouden seuranta ja muutoksiin reagointi. Kiinnitetään erityistä huomiota investointien suunnitelmallisuuteen.',
          indicator: 'Vuosikate €/asukas Lainamäärä €/asukas.',
          indicators: [
            { text: 'Vuosikate €/asukas', type: 'euros', unit: '€/asukas', higherIsBetter: true },
            {
              text: 'Lainamäärä €/asukas.',
              type: 'euros',
              unit: '€/asukas',
              higherIsBetter: false,
            },
          ],
        },
      ],
    },
    {
      kind: 'strategyGoal',
      priority: 'VASTUULLINEN JOHTAMINEN',
      rows: [
        wholeCell(
          'Organisaatiouudistuksen sujuva toimeenpano yhteistyössä muiden toimialojen kanssa.',
          'Tuloksellisesti toimiva kaupunkiorganisaatio. Tehdään organisaation toiminnan kannalta tarpeenmukaiset muutokset rakenteeseen, käytäntöihin ja toimenkuviin.',
          'Organisaatiouudistus toteutettu valtuuston päätöksen mukaisesti.',
          'yesNo',
        ),
      ],
    },
    {
      kind: 'otherGoal',
      rows: [
        wholeCell(
          'Konsernijaoston toiminnan vakiinnuttaminen siten, että konsernijaosto toimii tehokkaana työvälineenä ja kaupunginjohtajan tukena. Tiivis vuoropuhelu konserniyhtiöiden ja kaupunginhallituksen kanssa.',
          'Uuden toimielimen toimintatapojen luominen ja kehittäminen.',
          'Konsernijaoston esiin tuomat, yhtiöissä sekä kaupungissa hyväksytyt tuottavuustoimenpiteet niin konsernin yhtiöiden ja kaupungin yhteistoiminnassa kuin koko konsernissa.',
        ),
        // Two measures joined by "ja": the employment rate and the net change of jobs, split.
        {
          objective: 'Työllisyysalueen ja Kemijärven kaupungin yhteistyön tiivistäminen.',
          actions:
            'Työllisyysalueen palveluiden yhteensovittaminen osaksi kaupungin palveluita. (mm. elinkeino- ja kotoutumispalvelut) tiiviillä yhteistyöllä ja yhteisiä toimintamalleja kehittämällä.',
          indicator: 'Työllisyysaste ja työpaikkojen nettomuutos.',
          indicators: [
            { text: 'Työllisyysaste', type: 'percentage', higherIsBetter: true },
            { text: 'työpaikkojen nettomuutos.', type: 'number', higherIsBetter: true },
          ],
        },
      ],
    },
    // The page-layout trap: in the text the whole Tunnusluvut table falls inside this table's first
    // row, after "…riskienarvioinnin ymmärrystä ja"; "riskienhallinnan käytänteitä.…" follows it.
    // One row, as in KEMIJARVI_2026.
    internalControl('Konserni- ja elinvoimapalvelut'),
  ],
  Hallintopalvelut: [
    {
      kind: 'strategyGoal',
      priority: 'HYVÄ JA SUJUVA ARKI',
      rows: [
        // The PDF prints the objective and the first line of the actions on one line ("…edistäminen
        // Tiiviillä…"); cut where the actions begin.
        {
          objective: 'Aktiivinen kokoutumisen edistäminen',
          actions:
            'Tiiviillä kaupungin sisäisellä ja ulkopuolisten sidosryhmien välisellä yhteistyöllä mahdollistetaan tulomuuttajien ja esim. maahanmuuttajien hyvä kotoutuminen.',
          indicator:
            'Kaikkien tulomuuttajien määrä, asukasluvun kokonaiskehitys muuttoliikkeen vaikutuksessa',
          indicators: [
            { text: 'Kaikkien tulomuuttajien määrä', type: 'number' },
            { text: 'asukasluvun kokonaiskehitys muuttoliikkeen vaikutuksessa', type: 'text' },
          ],
        },
      ],
    },
    {
      kind: 'strategyGoal',
      priority: 'ELÄMÄÄ SYKKIVÄÄ KASVUA YHDESSÄ YRITTÄJIEN KANSSA',
      rows: [
        wholeCell(
          'Kaupungin ja yrittäjien vuoropuhelun edistäminen',
          'Erilaiset yrittäjätilaisuudet ja kaupunginjohtajan yritysvierailut.',
          'Toteutuneet tilaisuudet',
        ),
      ],
    },
    {
      kind: 'strategyGoal',
      priority: 'UUSIA MAHDOLLISUUKSIA TURVALLISUUSYMPÄRISTÖSSÄ',
      rows: [
        wholeCell(
          'Liikenneyhteyksien turvaaminen ja parantaminen',
          'Aktiivisen edunvalvontatyön jatkaminen ja yhteistyöverkostojen vahvistaminen',
          'Toteutuneet uudistukset',
        ),
      ],
    },
    {
      kind: 'strategyGoal',
      priority: 'VAKAA JA ENNAKOIVA KUNTATALOUS',
      rows: [
        {
          objective: 'Tasapainoinen kuntatalous (koko kaupunki)',
          actions:
            'Talouden seuranta ja muutoksiin reagointi, kaupungin investointien suunnitelmallisuus',
          indicator: 'Vuosikate €/asukas Lainamäärä €/asukas',
          indicators: [
            { text: 'Vuosikate €/asukas', type: 'euros', unit: '€/asukas', higherIsBetter: true },
            { text: 'Lainamäärä €/asukas', type: 'euros', unit: '€/asukas', higherIsBetter: false },
          ],
        },
      ],
    },
    {
      kind: 'strategyGoal',
      priority: 'VASTUULLINEN JOHTAMINEN',
      rows: [
        wholeCell(
          'Organisaatiouudistuksen sujuva toimeenpano yhteistyössä muiden toimialojen kanssa',
          'Tuloksellisesti toimiva kaupunkiorganisaatio, tarpeenmukaiset muutoksen rakenteeseen ja käytäntöihin',
          'Organisaatiouudistus toteutunut valtuuston päätöksen mukaisesti.',
          'yesNo',
        ),
      ],
    },
    {
      kind: 'otherGoal',
      rows: [
        wholeCell(
          'Konsernijaoston toiminnan vakiinnuttaminen. Konsernijaoston toimiminen tehokkaana omista ohjauksen työvälineenä ja kaupunginjohtajan tukena. Tiivis vuoropuhelu konserniyhtiöiden ja kaupunginhallituksen kanssa.',
          'Uuden toimielimen toimintatapojen luominen ja kehittäminen.',
          'Konsernijaoston esiin tuomat, yhtiöissä sekä kaupungissa hyväksytyt tuottavuustoimenpiteet niin konsernin yhtiöiden ja kaupungin yhteistoiminnassa kuin koko konsernissa.',
        ),
        // A page break splits this row: the text gives its three cells' first lines, then
        // "palveluvalikoiman laajentaminen…" (objective) and "tuottajien kanssa…" (actions) from
        // the next page. One row.
        {
          objective:
            'Palvelupiste Sortteerin kehittäminen. Sotteerin palveluvalikoiman laajentaminen palvelemaan monipuolisesti kaupunkilaisten ja matkailijoiden tarpeita.',
          actions:
            'Yhteistyö ja mahdolliset sopimukset muiden viranomaisten/palveluiden tuottajien kanssa sekä kaupungin omien palveluiden tehokkaampi tarjoaminen palvelupisteessä. Kartoitetaan asiakastarpeita.',
          indicator: 'Tehdyt sopimukset Toteutettu asiakaskysely',
          indicators: [
            { text: 'Tehdyt sopimukset', type: 'text' },
            { text: 'Toteutettu asiakaskysely', type: 'yesNo' },
          ],
        },
      ],
    },
    {
      kind: 'productivity',
      rows: [
        {
          objective:
            'Digitiekartan toimenpiteiden toteuttaminen. Hallintopäätösten sähköisen tiedoksiannon käyttöönotto uudistetun lainsäädännön mukaisesti.',
          actions:
            'Digitalisaation edistämisen toimenpiteet etenevät digitiekartan toteuttamissuunnitelman mukaisesti.',
          indicator: 'Toimenpidesuunnitelman toteutuminen Suomi.fi-viestit käytössä',
          indicators: [
            { text: 'Toimenpidesuunnitelman toteutuminen', type: 'text' },
            { text: 'Suomi.fi-viestit käytössä', type: 'yesNo' },
          ],
        },
        wholeCell(
          'Valmiussuunnittelun ja kaupungin tilaturvallisuuden kehittäminen',
          'Hyväksytyn tilaturvallisuussuunnitelman mukaisten toimenpiteiden toteuttaminen',
          'Toimenpiteet toteutettu vuoden 2026 aikana',
          'yesNo',
        ),
        {
          objective: 'Kaupungin sisäisen ja ulkoisen tiedottamisen parantaminen',
          actions:
            'Organisaatiossa tiedetään kuka mitäkin tekee, mistä vastaa ja kuntalaiset, yritykset ja yleisö tietää, kenelle minkäkin asian hoitaminen kuuluu, toiminta, ilmapiiri ja tuloksellisuus paranee.',
          indicator:
            'Organisaatiouudistus toteutunut, parantuneet työolot ja -ilmapiiri, asiakastyytyväisyys parantuntu kuntalaisten, yritysten ym. yleisön keskuudessa.',
          indicators: [
            { text: 'Organisaatiouudistus toteutunut', type: 'yesNo' },
            { text: 'parantuneet työolot ja -ilmapiiri', type: 'text' },
            {
              text: 'asiakastyytyväisyys parantuntu kuntalaisten, yritysten ym. yleisön keskuudessa.',
              type: 'text',
            },
          ],
        },
      ],
    },
    internalControl('Hallintopalvelut'),
  ],
  'Viestintä ja markkinointi': [
    {
      kind: 'strategyGoal',
      priority: 'HYVÄ JA SUJUVA ARKI',
      rows: [
        {
          objective:
            'Viestintä ja markkinointi tukevat arjen sujuvuutta tekemällä kaupungin toiminnasta ymmärrettävää, saavutettavaa ja osallistavaa. Tavoitteena on, että kemijärveläiset saavat ajantasaista tietoa päätöksenteosta, palveluista ja tapahtumista selkeästi ja oikea-aikaisesti. Näin vahvistetaan yhteisöllisyyttä, osallisuutta ja luottamusta arjen tasolla. Kemijärvi halutaan nähdä avoimena, vuorovaikutteisena ja positiivisesti viestivänä kaupunkina, jossa viestintä rakentaa paitsi tiedonkulkua myös hyvää ilmapiiriä ja paikallista ylpeyttä.',
          actions:
            'Parannetaan tiedon saavutettavuutta monikanavaisesti: verkkosivut, sosiaalinen media, sähköiset palvelut ja fyysiset ilmoituspaikat. Varmistetaan, että ajankohtaisista asioista ja päätöksistä viestitään selkeästi kaupungin viestintäkanavissa kuten verkkosivuilla ja sosiaalisessa mediassa. Tarjotaan kuntalaisille mahdollisuus palautteeseen ja ideointiin matalalla kynnyksellä sähköisissä kanavissa, kyselyissä ja kasvokkaisissa tilaisuuksissa. Nostetaan esiin paikallisia tarinoita ja onnistumisia, jotka vahvistavat yhteisöllisyyttä ja ylpeyttä Kemijärvestä. Viestitään kaupungin vahvuuksista: hyvä arki, turvallisuus, yrittäjyys, luonto ja yhteisöllisyys. Kohdennetaan markkinointia uusille asukkaille, etätyöntekijöille ja sijoittuville yrityksille. Tehdään aktiivista yritysviestintää: kerrotaan ajankohtaisista hankkeista, tukimahdollisuuksista ja menestystarinoista.',
          indicator:
            'Asukastyytyväisyys kaupungin viestintään (sisällytetään säännölliseen kyselyyn) Tieto palveluista: koettu saavutettavuus, selkeys ja ajantasaisuus (osaksi samaa kyselyä) Viestintäkanavien tavoittavuus ja sitoutuminen: verkkosivuston analytiikka, somekanavien seuraajamäärät ja reagoinnit',
          indicators: [
            {
              text: 'Asukastyytyväisyys kaupungin viestintään (sisällytetään säännölliseen kyselyyn)',
              type: 'text',
            },
            {
              text: 'Tieto palveluista: koettu saavutettavuus, selkeys ja ajantasaisuus (osaksi samaa kyselyä)',
              type: 'text',
            },
            {
              text: 'Viestintäkanavien tavoittavuus ja sitoutuminen: verkkosivuston analytiikka, somekanavien seuraajamäärät ja reagoinnit',
              type: 'text',
            },
          ],
        },
      ],
    },
    {
      kind: 'strategyGoal',
      priority: 'ELÄMÄÄ SYKKIVÄÄ KASVUA YHDESSÄ YRITTÄJIEN KANSSA',
      rows: [
        // A page break splits the actions: "Kohdennetaan viestintää sijoittumista…" follows the
        // Mittarit cell at the top of the next page; by meaning it continues the actions.
        {
          objective:
            'Viestinnän ja markkinoinnin tehtävänä on tukea Kemijärven elinvoimaa tekemällä kaupungin ja yritysten välistä yhteistyötä näkyväksi ja ymmärrettäväksi. Tavoitteena on vahvistaa luottamusta, lisätä tunnettuutta ja parantaa vetovoimaa siten, että viestintä tukee kaupungin roolia kumppanina ja mahdollistajana. Ulospäin rakennetaan kuva elinvoimaisesta, yhteistyöhakuisesta ja avoimesti toimivasta Kemijärvestä.',
          actions:
            'Hyödynnetään viestinnässä suunnitelmallista kokonaisuutta, jossa esitellään paikallisia yritystarinoita ja kehittämistyön tuloksia. Viestitään avoimesti kaupungin ja yritysten yhteisistä hankkeista, investoinneista ja onnistumisista. Nostetaan esiin yrittäjiä, työntekijöitä ja yhteisöjä, jotka rakentavat alueen elinvoimaa. Kohdennetaan viestintää sijoittumista harkitseville yrityksille ja yhteistyökumppaneille. Invest In -viestintä osana muuta elinvoimatyötä. Vahvistetaan tiedonkulkua kehittämällä kaupungin ja yritysten välisiä viestintätapoja.',
          indicator:
            'Yritysten tyytyväisyys kaupungin viestintään (esim. kysely: ajantasaisuus, avoimuus, yhteistyön toimivuus) Osallistujamäärät elinvoima-, yrittäjä- ja kumppanuustapahtumissa Viestien tavoittavuus ja sitoutuminen eri kanavissa',
          indicators: [
            {
              text: 'Yritysten tyytyväisyys kaupungin viestintään (esim. kysely: ajantasaisuus, avoimuus, yhteistyön toimivuus)',
              type: 'text',
            },
            {
              text: 'Osallistujamäärät elinvoima-, yrittäjä- ja kumppanuustapahtumissa',
              type: 'number',
            },
            { text: 'Viestien tavoittavuus ja sitoutuminen eri kanavissa', type: 'text' },
          ],
        },
      ],
    },
    {
      kind: 'strategyGoal',
      priority: 'UUSIA MAHDOLLISUUKSIA TURVALLISUUSYMPÄRISTÖSSÄ',
      rows: [
        {
          objective:
            'Viestinnän ja markkinoinnin tehtävänä on vahvistaa luottamusta, jatkuvuuden tunnetta ja alueen resilienssiä. Tavoitteena on tuoda esiin, miten turvallinen ja vakaa toimintaympäristö luo Kemijärvelle uusia mahdollisuuksia asumisen, yrittämisen ja investointien näkökulmasta.',
          actions:
            'Viestitään selkeästi ja ymmärrettävästi siitä, miten alueen turvallisuuteen, varautumiseen ja yhteistyöhön liittyvät ratkaisut vaikuttavat arkeen ja yritystoimintaan. Vahvistetaan kaupungin roolia luotettavana ja ajantasaisena tiedonvälittäjänä. Tehdään näkyväksi paikallisten yritysten ja toimijoiden roolia turvallisuuden, huollon, logistiikan ja palvelujen varmistajina. Tuodaan esiin koulutuksen ja innovaatiotoiminnan kytkös turvallisuus- ja varautumisteemoihin. Hyödynnetään viestintää yhteistyön vahvistamisessa esimerkiksi teemallisten kampanjoiden tai sisältökokonaisuuksien kautta.',
          indicator:
            'Asukkaiden ja yritysten luottamus kaupungin viestintään (kysely: ajantasaisuus, selkeys, luotettavuus) Positiivinen turvallisuusimago mediassa (mediaseuranta ja somemainintojen sävyanalyysi)',
          indicators: [
            {
              text: 'Asukkaiden ja yritysten luottamus kaupungin viestintään (kysely: ajantasaisuus, selkeys, luotettavuus)',
              type: 'text',
            },
            {
              text: 'Positiivinen turvallisuusimago mediassa (mediaseuranta ja somemainintojen sävyanalyysi)',
              type: 'text',
            },
          ],
        },
      ],
    },
    {
      kind: 'strategyGoal',
      priority: 'VAKAA JA ENNAKOIVA KUNTATALOUS',
      rows: [
        // A page break splits the actions after "…jatkuvuudelle osana"; "muuta viestintää.
        // Hyödynnetään…" follows the Mittarit cell. One cell.
        {
          objective:
            'Viestinnän ja markkinoinnin tehtävänä on tukea kaupungin talouden vakautta ja ennakoitavuutta tekemällä taloudellisesta päätöksenteosta, investoinneista ja kehittämistyöstä läpinäkyvää ja ymmärrettävää. Tavoitteena on lisätä luottamusta kaupungin pitkäjänteiseen toimintaan ja vahvistaa Kemijärven mielikuvaa turvallisena paikkana elää, yrittää ja investoida.',
          actions:
            'Koostetaan keskeisiä taloustietoja, investointeja ja hankkeita helposti ymmärrettävään ja visuaalisesti kevyesti esitettävään muotoon, resurssien mukaan. Viestitään säännöllisesti olennaisista talouslinjauksista ja niiden vaikutuksista arkeen, mahdollisimman selkeällä ja tiiviillä tavalla. Ennakoidaan talouspäätösten ja organisaatiomuutosten viestintää hyvissä ajoin yhteistyössä johdon kanssa. Tuodaan esiin päätösten merkitys yritystoiminnalle, työllisyydelle ja palveluiden jatkuvuudelle osana muuta viestintää. Hyödynnetään olemassa olevia viestintäkanavia kaupungin taloudellisen vakautta ja vastuullisuutta tukevan imagon rakentamisessa resurssien puitteissa.',
          indicator:
            'Asukkaiden ja yritysten luottamus kaupungin taloudenhoitoon (kysely: avoimuus, ymmärrettävyys, johdonmukaisuus). Positiivinen talous- ja investointimielikuva mediassa (mediaseuranta ja sisällön sävyanalyysi)',
          indicators: [
            {
              text: 'Asukkaiden ja yritysten luottamus kaupungin taloudenhoitoon (kysely: avoimuus, ymmärrettävyys, johdonmukaisuus).',
              type: 'text',
            },
            {
              text: 'Positiivinen talous- ja investointimielikuva mediassa (mediaseuranta ja sisällön sävyanalyysi)',
              type: 'text',
            },
          ],
        },
      ],
    },
    {
      kind: 'strategyGoal',
      priority: 'VASTUULLINEN JOHTAMINEN',
      rows: [
        {
          objective:
            'Viestinnällä ja markkinoinnilla on tärkeä rooli vastuullisen johtamisen tukena. Tavoitteena on rakentaa luottamusta avoimuuden, vuorovaikutuksen ja johdon esimerkin kautta. Vastuullinen johtaminen näkyy siinä, miten kaupungin johto viestii päätöksistään, kuuntelee ja sitouttaa, sekä siinä, miten koko kaupungin toiminta näyttäytyy johdonmukaisena ja luottamusta herättävänä asukkaille, yrityksille ja henkilöstölle.',
          actions:
            'Viestitään kaupungin johdon ja luottamushenkilöiden keskeisistä päätöksistä ja linjauksista selkeästi ja ymmärrettävästi. Tuetaan johdon viestintää, jossa painottuu vuoropuhelu: keskustelut, palautekanavat ja säännölliset kohtaamiset sidosryhmien kanssa. Välitetään vastuullisuutta ja arvoja myös sisäisesti. Kaupungin työntekijät toimivat esimerkkeinä viestinnässä ja arjen kohtaamisissa. Kehitetään kaupungin kykyä viestiä avoimesti myös vaikeista asioista ja muutostilanteista suunnitelmallisesti ja ihmisläheisesti, käytettävissä olevien resurssien mukaisesti.',
          indicator:
            'Asukkaiden ja yritysten luottamus kaupungin johtamiseen (kysely: koettu avoimuus ja johdon läsnäolo) Henkilöstön kokemus sisäisestä viestinnästä (henkilöstökysely: tiedonkulku, ymmärrettävyys, johdon näkyvyys) Johdon ja päättäjien viestintäaktiivisuus (vuosittain julkaistujen tiedotteiden, puheenvuorojen tai tilaisuuksien määrä)',
          indicators: [
            {
              text: 'Asukkaiden ja yritysten luottamus kaupungin johtamiseen (kysely: koettu avoimuus ja johdon läsnäolo)',
              type: 'text',
            },
            {
              text: 'Henkilöstön kokemus sisäisestä viestinnästä (henkilöstökysely: tiedonkulku, ymmärrettävyys, johdon näkyvyys)',
              type: 'text',
            },
            {
              text: 'Johdon ja päättäjien viestintäaktiivisuus (vuosittain julkaistujen tiedotteiden, puheenvuorojen tai tilaisuuksien määrä)',
              type: 'number',
            },
          ],
        },
      ],
    },
    {
      kind: 'otherGoal',
      rows: [
        // The actions cell has an empty paragraph before "Kootaan ja hyödynnetään…" (no cell
        // boundary in the text; the table has three columns): kept in the actions.
        wholeCell(
          'Viestinnän ja markkinoinnin tavoitteena on tukea asukkaiden hyvinvointia ja yhteisöllisyyttä tarjoamalla oikea-aikaista, helposti ymmärrettävää ja saavutettavaa tietoa kaupungin palveluista, päätöksistä ja osallistumisen mahdollisuuksista. Viestintä toimii välineenä, jolla rakennetaan luottamusta, lisätään osallisuutta ja vahvistetaan kokemusta elämänlaadusta Kemijärvellä.',
          'Tehdään kaupungin palvelut ja hyvinvointitarjonta näkyväksi selkeällä, monikanavaisella viestinnällä. Yhdistetään viestintäverkostoja ja -kanavia tarkoituksenmukaisesti: verkkosivut, sosiaalinen media ja paikalliset tiedotuskanavat toimivaksi kokonaisuudeksi. Nostetaan esiin asukkaiden tarinoita, yhteisöjen onnistumisia ja arjen positiivisia tekoja osana viestinnän sisältöjä. Vahvistetaan mielikuvaa Kemijärvestä hyvän elämän ja yhteisöllisyyden paikkana. Kootaan ja hyödynnetään palautetta ja hyvinvointitietoa viestinnän suunnittelussa. Viestitään myös siitä, mihin toimenpiteisiin palaute on johtanut, resurssien puitteissa.',
          'Viestintäsuunnitelma hyväksytty',
          'yesNo',
        ),
      ],
    },
    {
      kind: 'productivity',
      rows: [
        wholeCell(
          'Päivitetään kaupungin viestintäohjelma viestintäsuunnitelmaksi ja laaditaan markkinointisuunnitelma.',
          'Viestintää ja markkinointia ohjaavat ajantasaiset, käytännönläheiset suunnitelmat.',
          'Suunnitelmien valmistuminen ja käyttöönotto vuoden 2026 aikana',
          'yesNo',
        ),
        {
          objective:
            'Kehitetään asukasviestintää kokoamalla palvelut ja osallistumisen mahdollisuudet selkeästi esiin.',
          actions:
            'Asukkaat löytävät tiedon helpommin, kokemus avoimuudesta ja osallisuudesta vahvistuu.',
          indicator: 'Asukastyytyväisyys viestintään (kysely), verkkosisältöjen käyttöaste.',
          indicators: [
            { text: 'Asukastyytyväisyys viestintään (kysely)', type: 'text' },
            { text: 'verkkosisältöjen käyttöaste.', type: 'text' },
          ],
        },
        {
          objective: 'Tehdään näkyväksi kasvavaa matkailua kohdennetulla sisältömarkkinoinnilla.',
          actions: 'Kemijärvi näyttäytyy kiinnostavana ja saavutettavana matkailukohteena.',
          indicator: 'Matkailusisältöjen tavoittavuus (some, verkkosivut), matkailijapalaute.',
          indicators: [
            { text: 'Matkailusisältöjen tavoittavuus (some, verkkosivut)', type: 'text' },
            { text: 'matkailijapalaute.', type: 'text' },
          ],
        },
        {
          objective:
            'Tuodaan esiin kaupungin ja yrittäjien yhteistyötä viestinnässä, resurssien ja yhteistyöhalukkuuden mukaan.',
          actions:
            'Yrittäjien kokemus kumppanuudesta vahvistuu, kaupungin elinvoimatarina selkeytyy.',
          indicator:
            'Yrityspalaute viestinnästä (kysely/tapaamiset), yritysaiheisten julkaisujen määrä.',
          indicators: [
            { text: 'Yrityspalaute viestinnästä (kysely/tapaamiset)', type: 'text' },
            { text: 'yritysaiheisten julkaisujen määrä.', type: 'number' },
          ],
        },
        {
          objective:
            'Viestitään selkeästi kaupungin varautumisesta ja turvallisuuteen liittyvistä ratkaisuista.',
          actions:
            'Asukkaiden ja yritysten kokemus luotettavasta, ennakoitavasta kaupungista vahvistuu.',
          indicator: 'Luottamus kaupungin viestintään (kysely), mediaseuranta.',
          indicators: [
            { text: 'Luottamus kaupungin viestintään (kysely)', type: 'text' },
            { text: 'mediaseuranta.', type: 'text' },
          ],
        },
        // One measure (a staff survey) with the aspects it asks about: not split.
        wholeCell(
          'Vahvistetaan sisäistä viestintää ja henkilöstön sitoutumista yhtenäiseen viestintäkulttuuriin.',
          'Henkilöstö kokee viestinnän ymmärrettäväksi ja ajantasaiseksi. Viestintä tukee työnantajamielikuvaa.',
          'Henkilöstökysely: tiedonkulku, selkeys, viestinnän vaikutus.',
        ),
        // Three cells in reading order: the long text is the measure, "Esite" its result
        // (Tulokset), "Asiakastyytyväisyyskysely" its indicator.
        wholeCell(
          'Lisäksi markkinointiviestinnässä on isossa osassa vapaiden matkailuun liittyvien alueiden markkinointi. Kaupunki laatii esitteen vapaina olevista tonteista ja alueista sekä kohdentaa markkinoinnin matkailualan yrityksille.',
          'Esite',
          'Asiakastyytyväisyyskysely',
        ),
      ],
    },
    internalControl('Viestintä ja markkinointi'),
  ],
  'Elinkeino- ja työllisyyspalvelut': [
    {
      kind: 'strategyGoal',
      priority: 'HYVÄ JA SUJUVA ARKI',
      rows: [
        // A page break splits all three cells: each continues after the first lines of the Mittarit
        // cell ("tarvitsemansa palvelut…", "rahoitusohjauksen ja…", "Yritysneuvonnan ja
        // tukipalveluiden asiakasmäärät"). One row.
        // Two measures joined by "ja": the employment rate and the net change of jobs, split.
        {
          objective:
            'Kemijärveläisillä on mahdollisuus tehdä työtä ja harjoittaa yritystoimintaa omalla paikkakunnalla sekä saada tarvitsemansa palvelut helposti ja saavutettavasti. Elinkeinojen kehittäminen tukee arjen turvallisuutta ja toimeentulon jatkuvuutta.',
          actions:
            'Tuetaan aloittavia ja kasvavia yrityksiä neuvonnan, rahoitusohjauksen ja verkostoyhteistyön kautta. Vahvistetaan paikallisia työpaikkoja ja elinkeinoja mm. matkailussa, luovissa aloissa, sähköisessä liikkumisessa ja biotaloudessa. Edistetään etätyötä ja monipaikkaisuutta tarjoamalla yrityksille ja asukkaille joustavia toimitila- ja palveluratkaisuja. Parannetaan palvelujen saavutettavuutta hyödyntämällä entistä paremmin digipalveluita, etäasiointia ja liikkuvia palvelumuotoja.',
          indicator:
            'Uusien yritysten määrä / vuosi Työllisyysaste ja työpaikkojen nettomuutos Yritysneuvonnan ja tukipalveluiden asiakasmäärät',
          indicators: [
            { text: 'Uusien yritysten määrä / vuosi', type: 'number', higherIsBetter: true },
            { text: 'Työllisyysaste', type: 'percentage', higherIsBetter: true },
            { text: 'työpaikkojen nettomuutos', type: 'number', higherIsBetter: true },
            { text: 'Yritysneuvonnan ja tukipalveluiden asiakasmäärät', type: 'number' },
          ],
        },
      ],
    },
    {
      kind: 'strategyGoal',
      priority: 'ELÄMÄÄ SYKKIVÄÄ KASVUA YHDESSÄ YRITTÄJIEN KANSSA',
      rows: [
        {
          objective:
            'Kemijärvi kasvaa ja uudistuu yhteistyössä yritysten ja yhteisöjen kanssa. Kaupunki tukee yrittäjyyttä, uusia investointeja ja innovatiivisia elinkeinoja, jotka luovat työtä, houkuttelevat osaajia ja vahvistavat paikallista hyvinvointia.',
          actions:
            'Tarjotaan yritysneuvontaa ja kehittämispalveluja uusille ja toimiville yrityksille. Edistetään investointeja, hankkeita ja verkostoja, jotka tukevat kestävää kasvua (esim. matkailu, biotalous, sähköinen liikkuminen, luovat alat). Rakennetaan kumppanuuksia oppilaitosten, kehittäjäorganisaatioiden, työllisyysalueen ja yrittäjäyhdistysten kanssa osaamisen ja työvoiman saatavuuden turvaamiseksi. Tuetaan yritysten digitaalisuutta ja vihreää siirtymää, esimerkiksi neuvonnan ja hankerahoituksen avulla. Markkinoidaan Kemijärveä aktiivisesti yrittämisen ja asumisen paikkana, osana Itä-Lapin yhteistä vetovoimatyötä. Invest in toiminnan tehostaminen.',
          indicator:
            'Uusien yritysten määrä / vuosi Yritysten investointien ja hankkeiden määrä Yritysneuvontapalveluiden asiakasmäärät Toteutettujen yhteistyö- tai verkostohankkeiden määrä',
          indicators: [
            { text: 'Uusien yritysten määrä / vuosi', type: 'number', higherIsBetter: true },
            { text: 'Yritysten investointien ja hankkeiden määrä', type: 'number' },
            { text: 'Yritysneuvontapalveluiden asiakasmäärät', type: 'number' },
            { text: 'Toteutettujen yhteistyö- tai verkostohankkeiden määrä', type: 'number' },
          ],
        },
      ],
    },
    {
      kind: 'strategyGoal',
      priority: 'UUSIA MAHDOLLISUUKSIA TURVALLISUUSYMPÄRISTÖSSÄ',
      rows: [
        // A page break splits all three cells: "kilpailukyvyn vahvistamiseen…" (objective),
        // "Autetaan yrityksiä…" (actions) and "Toteutettujen yritysvalmennusten…" (Mittarit)
        // continue on the next page. One row.
        {
          objective:
            'Kemijärven yritykset hyödyntävät muuttuvan turvallisuus- ja toimintaympäristön tarjoamat mahdollisuudet liiketoimintansa kehittämiseen, varautumiseen ja kilpailukyvyn vahvistamiseen. Tavoitteena on, että yrityksillä on valmiudet toimia luotettavasti, joustavasti ja vastuullisesti myös epävarmoina aikoina.',
          actions:
            'Tuetaan yrityksiä kehittämään toimitusketjujen, kumppanuuksien ja tuotantorakenteiden joustavuutta, jotta ne voivat reagoida markkinamuutoksiin nopeasti. Autetaan yrityksiä laajentamaan palveluvalikoimaansa ja löytämään uusia asiakasryhmiä esimerkiksi turvallisuutta, infrastruktuuria ja energiaa tukevilta toimialoilta. Tarjotaan neuvontaa, koulutusta ja rahoitusohjausta yrityksille, jotka kehittävät varautumista tai turvallisuuteen liittyviä tuotteita ja palveluja. Edistetään verkostoitumista alueen muiden toimijoiden, viranomaisten ja tutkimuslaitosten kanssa, jotta yritykset voivat osallistua laajempiin kehittämishankkeisiin.',
          indicator:
            'Kehittämis- tai kasvuohjelmiin osallistuneiden yritysten määrä Uusien tuotteiden, palvelujen tai markkinoiden määrä / vuosi Toteutettujen yritysvalmennusten ja koulutusten osallistujamäärä (hankkeet)',
          indicators: [
            {
              text: 'Kehittämis- tai kasvuohjelmiin osallistuneiden yritysten määrä',
              type: 'number',
            },
            {
              text: 'Uusien tuotteiden, palvelujen tai markkinoiden määrä / vuosi',
              type: 'number',
            },
            {
              text: 'Toteutettujen yritysvalmennusten ja koulutusten osallistujamäärä (hankkeet)',
              type: 'number',
            },
          ],
        },
      ],
    },
    {
      kind: 'strategyGoal',
      priority: 'VAKAA JA ENNAKOIVA KUNTATALOUS',
      rows: [
        // "Talouden tasapaino (tulos, vuosikate, lainakanta)" is one measure with its parts in
        // brackets: not split further.
        {
          objective:
            'Kemijärven kaupungin talous on kestävällä ja ennakoitavalla pohjalla, mikä mahdollistaa pitkäjänteisen elinvoimatyön ja kannustavan toimintaympäristön yrityksille. Tavoitteena on varmistaa, että kaupungin resurssit, palvelut ja investoinnit tukevat yritystoiminnan kasvua ja työpaikkojen syntymistä.',
          actions:
            'Laaditaan ja päivitetään talouden ennakointimallit ja investointiohjelmat, jotka huomioivat elinkeinoelämän tarpeet ja yritysten kasvumahdollisuudet. Käytetään yritysvaikutusten arviointia kaikissa niissä päätöksissä, joilla arvioidaan olevan vaikutusta alueen yrityksiin. Pidetään veroprosentit, maksut ja lupamenettelyt ennakoitavina ja kilpailukykyisinä suhteessa muihin kuntiin. Kohdennetaan investointeja ja hankintoja siten, että ne vahvistavat paikallista elinkeinorakennetta (esim. reitit, infra, toimitilat, digiverkot). Kehitetään kuntakonsernin omaa hankintaosaamista, jotta paikalliset yritykset voivat osallistua tarjouskilpailuihin helpommin.(hankintakoulutus) Tehostetaan talous- ja elinvoimajohdon yhteistyötä, jotta päätöksenteossa huomioidaan yritysvaikutukset ja työllisyysnäkökulmat.',
          indicator:
            'Talouden tasapaino (tulos, vuosikate, lainakanta). Investointien määrä elinvoimahankkeisiin. Paikallisten toimijoiden osuus kaupungin hankinnoista (%). Yritysten arvio kuntatalouden ennakoitavuudesta (kyselymittari). Hankintakoulutus toteutunut. Toteutettu selvitystyö hankinta-asiamiehen tarpeesta 30.4.2026 mennessä.',
          indicators: [
            { text: 'Talouden tasapaino (tulos, vuosikate, lainakanta).', type: 'text' },
            { text: 'Investointien määrä elinvoimahankkeisiin.', type: 'number' },
            {
              text: 'Paikallisten toimijoiden osuus kaupungin hankinnoista (%).',
              type: 'percentage',
              unit: '%',
              higherIsBetter: true,
            },
            {
              text: 'Yritysten arvio kuntatalouden ennakoitavuudesta (kyselymittari).',
              type: 'text',
            },
            { text: 'Hankintakoulutus toteutunut.', type: 'yesNo' },
            {
              text: 'Toteutettu selvitystyö hankinta-asiamiehen tarpeesta 30.4.2026 mennessä.',
              type: 'date',
            },
          ],
        },
      ],
    },
    {
      kind: 'strategyGoal',
      priority: 'VASTUULLINEN JOHTAMINEN',
      rows: [
        // A page break splits all three cells: "Tavoitteena on vahvistaa…" (objective), "Lisätään
        // säännöllistä vuoropuhelua…" (actions) and "Paikallisten yritysten osuus…" (Mittarit)
        // continue on the next page. One row.
        {
          objective:
            'Kemijärven päätöksenteko ja johtamiskulttuuri tukevat yritysten toimintaa pitkäjänteisesti ja ennakoitavasti. Tavoitteena on vahvistaa yritysten luottamusta kaupunkiin kumppanina, joka toimii johdonmukaisesti, kuuntelee yrittäjiä ja huomioi elinkeinoelämän näkökulmat kaikessa kehittämisessä.',
          actions:
            'Parannetaan yritysvaikutusten arviointia osana kaupungin päätöksentekoa ja investointisuunnittelua. Lisätään säännöllistä vuoropuhelua kaupungin johdon ja yrittäjien välillä Keinoina mm. yrittäjäfoorumit, kehittämisillat, keskustelutilaisuudet ja suorat yrityskäynnit. Johdetaan kaupungin taloutta ja hankintoja siten, että ne tukevat paikallisten yritysten toimintamahdollisuuksia ja kilpailukykyä. Kehitetään kaupungin palvelukulttuuria ja prosesseja niin, että ne ovat yrittäjille selkeitä, nopeita ja ennakoitavia (esim. lupa-asiat, vuokrat, maksut). Vahvistetaan vastuullisuus- ja läpinäkyvyysviestintää, jotta yritykset näkevät kaupungin luotettavana ja reiluna kumppanina.',
          indicator:
            'Toteutettujen yritysvaikutusten arviointien määrä Yrittäjätilaisuuksien ja vuoropuhelutapaamisten määrä Paikallisten yritysten osuus kaupungin hankinnoista (%) Yrittäjätyytyväisyys kaupungin toimintaan (kyselymittari)',
          indicators: [
            { text: 'Toteutettujen yritysvaikutusten arviointien määrä', type: 'number' },
            { text: 'Yrittäjätilaisuuksien ja vuoropuhelutapaamisten määrä', type: 'number' },
            {
              text: 'Paikallisten yritysten osuus kaupungin hankinnoista (%)',
              type: 'percentage',
              unit: '%',
              higherIsBetter: true,
            },
            { text: 'Yrittäjätyytyväisyys kaupungin toimintaan (kyselymittari)', type: 'text' },
          ],
        },
      ],
    },
    {
      kind: 'otherGoal',
      rows: [
        wholeCell(
          'Luodaan yksi selkeä elinvoimapalvelukokonaisuus, jossa kaupungin strategia, hanketoiminta ja yrityspalvelut tukevat toisiaan. Vähennetään päällekkäisyyksiä ja nopeutetaan päätöksentekoa – yritysasiakkaalle näkyy nopeampi, sujuvampi palvelu. Elinkeinopalvelut ovat osa kaupungin talouden ja strategian kokonaisuutta. Näin on helpompi seurata tavoitteita, resursseja ja tuloksia.',
          'Yrityksille ja hanketoimijoille tarjotaan “yhden luukun” palvelu: neuvonta, rahoitus, lupa-asiat ja verkostot samasta organisaatiosta. Tiivistetään yhteistyötä kaupungin hallintokuntien, yrittäjien ja kehittämisverkostojen sekä työllisyysalueen kanssa, Tiedonkulku paranee. Otetaan käyttöön yhtenäiset mittarit, yritysneuvontatapaukset, hankerahoituksen määrä, syntyneet yritykset ja työllisyysvaikutukset.',
          'Yhtenäiset mittarit käyttöönotettu',
          'yesNo',
        ),
        // The first cell holds the objective ("Invest in toiminnan tehostaminen.") and action
        // sentences ("Houkutellaan…"); the text has no cell boundary inside it, so it is kept whole
        // as the first column, as printed.
        wholeCell(
          'Invest in toiminnan tehostaminen. Houkutellaan ulkopuolisia ja paikallisia investointeja alueelle (erityisesti matkailu, teollisuus, energia, logistiikka, luovat alat). Tarjotaan yrityksille valmiita tontti-, toimitila- ja kumppanuusratkaisuja. Viedään maaliin yritysalueiden ja matkailua tukievien maankäytön suunnittelu ( masterplan). Aloitetaan tarvittaessa kaavoitus ja/tai kaavamuutosprosessit.',
          'Rakennetaan kaupungin sisälle selkeä investointiprosessi: sijoittumiskyselyt, luvitus, verkostot ja rahoitusneuvonta yhden yhteyshenkilöiden kautta. Yhdistetään yritysneuvonta ja hanketoiminta tukemaan investointien toteutumista. Autetaan olemassa olevia yrityksiä tekemään laajennus- ja kehitysinvestointeja. Tuetaan yritysverkostojen syntymistä uusien markkinoiden ja toimialojen ympärille.',
          'Masterplan hyväksytty',
          'yesNo',
        ),
        // Starts a new page. As above, the first cell runs on from the objective into actions
        // ("Rakennetaan yhteinen palvelumalli…") with no cell boundary in the text: kept whole as
        // the first column.
        wholeCell(
          'Työllisyysalueen ja elinkeinopalveluiden yhteistyön tiivistäminen. Rakennetaan yhteinen palvelumalli, jossa yritys saa yhdestä paikasta tuen rekrytointiin, osaamisen kehittämiseen ja rahoitusneuvontaan. Varmistetaan, että työllisyysalueen palvelut (rekrytointi, koulutus, tuki) kytkeytyvät osaksi elinvoimapalvelujen ja yritysneuvonnan arkea. Ennakoidaan yritysten työvoimatarpeita yhdessä työllisyysalueen ja oppilaitosten kanssa. Kehitetään kohdennettuja koulutus- ja täydennyskoulutusratkaisuja alueen yritysten tarpeisiin. Rakennetaan yhteinen työnantajaviestintä ja kontaktipiste. yritykselle näkyy “yksi Kemijärvi-työllisyys- ja yrityspalvelu”. Järjestetään yhteisiä rekrytointi- ja verkostoitumistapahtumia työnantajien ja työnhakijoiden kohtaamiseksi.',
          'Työllisyysalueen palvelut (rekrytointi, koulutus, tukityöllistäminen) nivoutuvat osaksi kaupungin elinvoimapalveluiden kokonaisuutta “yksi ovi yrityksille ja työnhakijoille.” Ennakoiva työvoimatarpeiden seuranta ja koulutusyhteistyö – osaamista tuotetaan yritysten tarpeista käsin. Mittarit, palaute ja data yhdistetään – seurataan yhteisvaikutusta työllisyysasteeseen, yritysten rekrytointien onnistumiseen ja koulutuspolkuihin.',
          'Toteutettu yhteinen rekrytointitilaisuus',
          'yesNo',
        ),
      ],
    },
    {
      kind: 'productivity',
      rows: [
        // The PDF prints the measure and the first line of the results on one line ("…brändäyshanke
        // Hankkeessa luodaan…"); cut where the results begin.
        {
          objective: 'Kemijärven kalan brändäyshanke',
          actions:
            'Hankkeessa luodaan Kemijärven kalalle oma tuotemerkki ja visuaalinen brändi, kehitetään uusia paikallisia kalatuotteita sekä toteutetaan säilyvyysmittauksia ja tuotetestauksia. Tuloksena syntyy yhtenäinen brändi-ilme, markkinointi- ja videomateriaali sekä toimiva verkkonäkyvyys, jotka vahvistavat Kemijärven kalan tunnettuutta ja myyntiä. Hanke vahvistaa kaupallisen kalastuksen elinvoimaa ja kannustaa uusien toimijoiden mukaantuloon.',
          indicator:
            'Luotu tuotemerkki ja brändi-ilme (1 kpl) Kehitetyt ja testatut kalatuotteet (määrä: vähintään 3) Toteutetut videot ja markkinointimateriaalit (n. 5 eri lajista) Arvio brändin tunnettuuden ja kalan kysynnän kasvusta paikallisesti ja alueellisesti',
          indicators: [
            { text: 'Luotu tuotemerkki ja brändi-ilme (1 kpl)', type: 'number', unit: 'kpl' },
            {
              text: 'Kehitetyt ja testatut kalatuotteet (määrä: vähintään 3)',
              type: 'number',
              higherIsBetter: true,
            },
            {
              text: 'Toteutetut videot ja markkinointimateriaalit (n. 5 eri lajista)',
              type: 'number',
            },
            {
              text: 'Arvio brändin tunnettuuden ja kalan kysynnän kasvusta paikallisesti ja alueellisesti',
              type: 'text',
            },
          ],
        },
        // A page break splits the results after "…latausinfraopas sähkökelkkailun" and the Mittarit
        // after "…investointisuunnitelmat)"; both continue on the next page. One row. The text has
        // two spaces in "korjataan.  Uudet": one kept. The events measure also names a participant
        // target (40): one measure as printed, not split. "…reittien määrä (km) ja …
        // käyttöoikeussopimusten lukumäärä" is two measures (km, a count): split.
        {
          objective: 'Sähkökelkalla uusille urille Kemijärvellä',
          actions:
            'Hankkeessa suunnitellaan ja luvitetaan noin 155 km uusia yhdys- ja ympyräreittejä sekä viisi pistoreittiä, jotka yhdistävät Kemijärven kyliä pääreittiverkostoon. Tuloksena syntyy reittisuunnitelmat, latausinfraopas sähkökelkkailun kehittämiseksi, investointisuunnitelmat turvallisuutta parantaville toimenpiteille sekä nuorten kelkanhallintakoulutusten malli. Kelkkareittien tiedot tarkistetaan käytetyimmistä kelkkanavigaattori sovelluksista ja virheelliset tiedot korjataan. Uudet urat ja suunnitelmat mahdollistavat sähkökelkkailun kasvun ja parantavat kylien saavutettavuutta sekä palvelujen elinvoimaa. Kehittämishanke, joten tässä ei rakenneta, mutta selvitään reittien rakentamista ja ylläpitäjää.',
          indicator:
            'Luvitettujen uusien reittien määrä (km) ja laadittujen käyttöoikeussopimusten lukumäärä Laaditut suunnitelma- ja opasmateriaalit (reittikartat, latausinfraopas, investointisuunnitelmat) Järjestettyjen turvallisuus- ja kelkanhallintatilaisuuksien määrä (väh. 3 kpl, tavoite 40 osallistujaa) Kylien ja yhteistyötahojen osallistuminen (kylätyöpajat, talkootunnit n. 120 h) Arvio sähkökelkkailun, kylien palvelujen ja liiketoimintamahdollisuuksien lisääntymisestä hankkeen jälkeen',
          indicators: [
            { text: 'Luvitettujen uusien reittien määrä (km)', type: 'number', unit: 'km' },
            { text: 'laadittujen käyttöoikeussopimusten lukumäärä', type: 'number' },
            {
              text: 'Laaditut suunnitelma- ja opasmateriaalit (reittikartat, latausinfraopas, investointisuunnitelmat)',
              type: 'text',
            },
            {
              text: 'Järjestettyjen turvallisuus- ja kelkanhallintatilaisuuksien määrä (väh. 3 kpl, tavoite 40 osallistujaa)',
              type: 'number',
              unit: 'kpl',
              higherIsBetter: true,
            },
            {
              text: 'Kylien ja yhteistyötahojen osallistuminen (kylätyöpajat, talkootunnit n. 120 h)',
              type: 'text',
            },
            {
              text: 'Arvio sähkökelkkailun, kylien palvelujen ja liiketoimintamahdollisuuksien lisääntymisestä hankkeen jälkeen',
              type: 'text',
            },
          ],
        },
        // The Mittarit cell is prose listing the measures ("Mittareina seurataan A, B sekä C.
        // Arvioinnissa…"): split into the listed measures and the evaluation sentence; "Mittareina
        // seurataan" and "sekä" belong to no measure.
        {
          objective: 'Pumppuvoimaloihin liittyvä esiselvitys',
          actions:
            'Hankkeessa tuotetaan riippumatonta ja tutkittua tietoa pumppuvoimaloiden aluetaloudellisista, ympäristöllisistä ja sosiaalisista vaikutuksista Kemijärven alueella sekä vertaillaan vaihtoehtoisia energiavarastointiratkaisuja. Tuloksina syntyy aluetalouden vaikutusarvio, YVA-ohjelmien ymmärrettävä yhteenveto, raportti vaihtoehtoisista teknologioista sekä infopaketti päätöksenteon tueksi.',
          indicator:
            'Mittareina seurataan laadittujen raporttien ja analyysien valmistumista (väh. 3 kpl), järjestettyjen sidosryhmä- ja yleisötilaisuuksien määrää (väh. 3–5 kpl) sekä osallistuneiden sidosryhmien ja asukkaiden määrää. Arvioinnissa painotetaan tiedon hyödynnettävyyttä päätöksenteossa ja vaikutusta kuntalaisten osallistumismahdollisuuksiin.',
          indicators: [
            {
              text: 'laadittujen raporttien ja analyysien valmistumista (väh. 3 kpl)',
              type: 'number',
              unit: 'kpl',
              higherIsBetter: true,
            },
            {
              text: 'järjestettyjen sidosryhmä- ja yleisötilaisuuksien määrää (väh. 3–5 kpl)',
              type: 'number',
              unit: 'kpl',
              higherIsBetter: true,
            },
            { text: 'osallistuneiden sidosryhmien ja asukkaiden määrää', type: 'number' },
            {
              text: 'Arvioinnissa painotetaan tiedon hyödynnettävyyttä päätöksenteossa ja vaikutusta kuntalaisten osallistumismahdollisuuksiin.',
              type: 'text',
            },
          ],
        },
        // Prose Mittarit cell, split as above.
        {
          objective: 'Vitosverkosto -mikro- ja pienyritysten osaamisen vahvistaminen',
          actions:
            'Hankkeessa vahvistetaan Pelkosenniemen ja Kemijärven alueen mikro- ja pienyritysten liiketoiminta- ja markkinointiosaamista, lisätään yritysten välistä yhteistyötä ja kehitetään työllisyydenhoidon paikallisia toimintamalleja. Tuloksina syntyy yrityskohtaisten kehittämistoimenpiteiden lisäksi yhteisiä koulutuksia, markkinointi- ja viestintämateriaaleja sekä kokeiltu malli työnantajien ja työnhakijoiden kohtaamiseen.',
          indicator:
            'Mittareina seurataan osallistuvien yritysten määrää (tavoite 23), kehittämistoimenpiteiden ja koulutusten lukumäärää, osallistujien ja sidosryhmien määrää (väh. 16 henkilöä työllisyystoimista), tuotetun materiaalin ja raporttien valmistumista sekä toiminnan vaikutuksia yritysten osaamiseen ja yhteistyöhön. Arvioinnissa painotetaan hankkeen tulosten hyödynnettävyyttä kuntien työllisyysalueen ja yritysten elinvoiman kehittämisessä.',
          indicators: [
            { text: 'osallistuvien yritysten määrää (tavoite 23)', type: 'number' },
            { text: 'kehittämistoimenpiteiden ja koulutusten lukumäärää', type: 'number' },
            {
              text: 'osallistujien ja sidosryhmien määrää (väh. 16 henkilöä työllisyystoimista)',
              type: 'number',
              unit: 'henkilöä',
              higherIsBetter: true,
            },
            { text: 'tuotetun materiaalin ja raporttien valmistumista', type: 'yesNo' },
            { text: 'toiminnan vaikutuksia yritysten osaamiseen ja yhteistyöhön', type: 'text' },
            {
              text: 'Arvioinnissa painotetaan hankkeen tulosten hyödynnettävyyttä kuntien työllisyysalueen ja yritysten elinvoiman kehittämisessä.',
              type: 'text',
            },
          ],
        },
        // The PDF prints the measure and the first line of the results on one line
        // ("…biolaitosselvitys Kokonaisvaltainen…"); cut where the results begin.
        wholeCell(
          'Kemijärven biolaitosselvitys',
          'Kokonaisvaltainen raportti, joka kokoaa yhteen työpakettien tulokset, analyysit ja johtopäätökset sekä esittää suositukset jatkotoimiksi.',
          'Loppuraportti',
        ),
        // A page break splits the results after "…sekä kolme" and the Mittarit after "…alueelle
        // sijoittuvien"; "verkostotapaamista…" and "AV-tuotantojen lisääntymiseen…" continue them
        // on the next page. One row. Prose Mittarit cell, split into the listed measures
        // ("…seurataan A, B, C sekä D kasvua") and the evaluation sentence.
        {
          objective: 'AV-alan tuotantopalveluja ja osaamista Kemijärvellä ja Pelkosenniemellä',
          actions:
            'Hankkeessa kehitetään Kemijärven ja Pelkosenniemen alueen valmiuksia tarjota audiovisuaalisille tuotannoille laadukkaita paikallisia palveluita ja osaajia. Tuloksina syntyy kartoitus alueen yrityksistä ja osaajista, tuotteistetut palvelut Location Pro -alustalle, kuusi koulutusta ja yksi opintomatka sekä kolme verkostotapaamista tuotantoyhtiöiden ja paikallisten toimijoiden välillä. Lisäksi luodaan pysyvä alueellinen tuotantopalveluverkosto, joka tukee työllisyyttä ja elinvoimaa.',
          indicator:
            'Mittareina seurataan kartoitetun yritys- ja osaajamäärän (väh. 30 yritystä, 15 osaajaa), järjestettyjen koulutusten ja tapahtumien lukumäärän, osallistujamäärien (n. 60 henkilöä) sekä Location Pro -palveluprofiilien määrän kasvua. Arviointi perustuu osallistujapalautteisiin, verkoston pysyvyyteen ja alueelle sijoittuvien AV-tuotantojen lisääntymiseen hankkeen päätyttyä.',
          indicators: [
            {
              text: 'kartoitetun yritys- ja osaajamäärän (väh. 30 yritystä, 15 osaajaa)',
              type: 'number',
              higherIsBetter: true,
            },
            { text: 'järjestettyjen koulutusten ja tapahtumien lukumäärän', type: 'number' },
            { text: 'osallistujamäärien (n. 60 henkilöä)', type: 'number', unit: 'henkilöä' },
            {
              text: 'Location Pro -palveluprofiilien määrän kasvua.',
              type: 'number',
              higherIsBetter: true,
            },
            {
              text: 'Arviointi perustuu osallistujapalautteisiin, verkoston pysyvyyteen ja alueelle sijoittuvien AV-tuotantojen lisääntymiseen hankkeen päätyttyä.',
              type: 'text',
            },
          ],
        },
        // Prose Mittarit cell, split into the listed measures and the evaluation sentence.
        {
          objective: 'Kemijärven yritysalueiden selvityshanke (ei päätöstä)',
          actions:
            'Hankkeessa laaditaan Kemijärven teollisuusalueille kokonaisvaltainen kehittämissuunnitelma, joka kokoaa alueiden vahvuudet, kehittämistarpeet, infrastruktuurin tilan sekä vihreän siirtymän ja kiertotalouden investointimahdollisuudet yhteen. Tuloksina syntyy kehittämissuunnitelma, visuaalinen Invest In -aineisto ja yrityskontaktointien kautta kerätty analyysi potentiaalisten sijoittujien näkemyksistä.',
          indicator:
            'Mittareina seurataan kehittämissuunnitelman ja markkinointimateriaalien valmistumista (1 kpl), toteutettujen yrityskontaktointien määrää (väh. 10 kpl), järjestettyjen esittelytilaisuuksien lukumäärää (väh. 2 kpl) sekä aineistojen hyödyntämistä kaupungin ja kehittäjäorganisaatioiden työssä. Arvioinnissa painotetaan hankkeen tuottamien materiaalien vaikuttavuutta investointien edistämisessä, uusien työpaikkojen ja sijoittumisten mahdollistamisessa sekä Kemijärven elinvoiman vahvistamisessa pitkällä aikavälillä.',
          indicators: [
            {
              text: 'kehittämissuunnitelman ja markkinointimateriaalien valmistumista (1 kpl)',
              type: 'number',
              unit: 'kpl',
            },
            {
              text: 'toteutettujen yrityskontaktointien määrää (väh. 10 kpl)',
              type: 'number',
              unit: 'kpl',
              higherIsBetter: true,
            },
            {
              text: 'järjestettyjen esittelytilaisuuksien lukumäärää (väh. 2 kpl)',
              type: 'number',
              unit: 'kpl',
              higherIsBetter: true,
            },
            {
              text: 'aineistojen hyödyntämistä kaupungin ja kehittäjäorganisaatioiden työssä.',
              type: 'text',
            },
            {
              text: 'Arvioinnissa painotetaan hankkeen tuottamien materiaalien vaikuttavuutta investointien edistämisessä, uusien työpaikkojen ja sijoittumisten mahdollistamisessa sekä Kemijärven elinvoiman vahvistamisessa pitkällä aikavälillä.',
              type: 'text',
            },
          ],
        },
        // Prose Mittarit cell, split into the listed measures and the evaluation sentence.
        {
          objective:
            'Destination Kemijärvi - kansainvälisen matkailun kehittämishanke (ei päätöstä)',
          actions:
            'Hankkeen myötä Kemijärvelle syntyy selkeä kansainvälinen alueellinen matkailubrändi, hyväksytty matkailun kehittämisstrategia ja vuosikello, jotka ohjaavat toimintaa myös hankkeen jälkeen. Tuloksina alueen matkailutuotteet ovat kansainvälisissä digikanavissa, yritysten kansainvälistymis- ja vastuullisuusosaaminen vahvistuu sekä yhteistyö tiivistyy matkailutoimijoiden välillä.',
          indicator:
            'Mittareina seurataan kansainvälisiin varaus- ja myyntikanaviin liittyneiden yritysten määrää (tavoite 7), laadittujen matkailutuotekorttien ja ohjelmapakettien lukumäärää (15 kpl), kansainvälisten matkailijoiden yöpymisten kehitystä, työpajoihin ja sparrauksiin osallistuneiden yritysten määrää (15 kpl) sekä vastuullisuussertifiointiprosessin käynnistäneiden yritysten määrää (3 kpl). Arvioinnissa painotetaan hankkeen vaikutuksia matkailutulojen kasvuun, alueen vetovoiman vahvistumiseen sekä Kemijärven aseman vakiintumista autenttisena ja kestävänä matkailukohteena Lapissa.',
          indicators: [
            {
              text: 'kansainvälisiin varaus- ja myyntikanaviin liittyneiden yritysten määrää (tavoite 7)',
              type: 'number',
            },
            {
              text: 'laadittujen matkailutuotekorttien ja ohjelmapakettien lukumäärää (15 kpl)',
              type: 'number',
              unit: 'kpl',
            },
            { text: 'kansainvälisten matkailijoiden yöpymisten kehitystä', type: 'number' },
            {
              text: 'työpajoihin ja sparrauksiin osallistuneiden yritysten määrää (15 kpl)',
              type: 'number',
              unit: 'kpl',
            },
            {
              text: 'vastuullisuussertifiointiprosessin käynnistäneiden yritysten määrää (3 kpl).',
              type: 'number',
              unit: 'kpl',
            },
            {
              text: 'Arvioinnissa painotetaan hankkeen vaikutuksia matkailutulojen kasvuun, alueen vetovoiman vahvistumiseen sekä Kemijärven aseman vakiintumista autenttisena ja kestävänä matkailukohteena Lapissa.',
              type: 'text',
            },
          ],
        },
      ],
    },
    internalControl('Elinkeino- ja työllisyyspalvelut'),
  ],
};
