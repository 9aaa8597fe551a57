export const goals = {
  goals: {
    kindNames: {
      strategyGoal: 'Strategiset tavoitteet',
      otherGoal: 'Muut tavoitteet',
      productivity: 'Tuottavuustoimenpiteet ja -hankkeet',
      internalControl: 'Sisäinen valvonta ja riskienhallinta',
      companyGoal: 'Konserniyhteisöjen tavoitteet',
    },
    kind: 'Taulukko',
    priority: 'Painopiste',
    yes: 'Kyllä',
    no: 'Ei',
    noPriority: 'Ilman painopistettä',
    target: 'tavoite {{value}}',
    actual: 'toteuma {{value}} ({{date}})',
    noActual: 'ei toteumaa',
    notJudged: 'arvioimatta',
    byRule: 'Säännön mukaan: {{judgement}} ({{met}}/{{count}} mittaria toteutunut)',
    pending: 'Arvioitu {{judged}}/{{count}} mittaria',
    overridden: 'Arvioitu toisin: {{judgement}} ({{by}}). Perustelu: {{reason}}',
    indicatorTypes: {
      number: 'Luku',
      percentage: 'Prosentti',
      euros: 'Euroa',
      yesNo: 'Kyllä/ei',
      date: 'Päivämäärä',
      text: 'Teksti',
    },
    judgements: {
      met: 'Toteutunut',
      partlyMet: 'Osittain toteutunut',
      notMet: 'Ei toteutunut',
      notAssessable: 'Ei arvioitavissa',
    },
    indicators: {
      errors: {
        typeHasValues:
          'Mittarilla on jo {{count}} toteumaa. Tyyppiä ei voi vaihtaa, koska ne on kirjattu nykyisellä tyypillä.',
        wrongType: 'Arvo ei sovi mittarin tyyppiin.',
      },
    },
    values: {
      errors: {
        empty: 'Anna arvo.',
        notNumber: 'Anna luku, esimerkiksi 12 tai 1 250,5.',
        otherUnit: 'Arvo on annettu yksikössä ”{{given}}”, mittarin yksikkö on ”{{unit}}”.',
        percentRange: 'Osuus voi olla 0–100 %.',
        notYesNo: 'Vastaa kyllä tai ei.',
        notDate: 'Anna päivämäärä muodossa p.k.vvvv, esimerkiksi 30.4.2026.',
      },
    },
    kinds: {
      errors: {
        builtIn:
          'Valvon valmiita taulukkotyyppejä ei poisteta. Voit nimetä tyypin uudelleen tai poistaa sen käytöstä.',
        duplicateId: 'Kahdella taulukkotyypillä on sama tunniste.',
        inUse:
          'Tyyppiä käyttää {{count}} riviä. Siirrä rivit toiseen tyyppiin tai poista tyyppi käytöstä.',
        lastActive: 'Ainakin yhden taulukkotyypin on oltava käytössä.',
        nameTaken: 'Taulukkotyyppi ”{{name}}” on jo olemassa.',
        retired: 'Taulukkotyyppi ”{{name}}” on poistettu käytöstä, eikä siihen lisätä rivejä.',
        unknown: 'Taulukkotyyppiä ”{{kind}}” ei ole.',
      },
    },
    priorities: {
      errors: {
        duplicateId: 'Kahdella painopisteellä on sama tunniste.',
        inUse: 'Painopistettä käyttää {{count}} riviä. Siirrä rivit toiseen painopisteeseen ensin.',
        nameTaken: 'Painopiste ”{{name}}” on jo tämän vuoden luettelossa.',
        unknown: 'Painopistettä ei ole tämän vuoden luettelossa.',
      },
    },
  },
} as const;
