import type { Widen } from '../widen';
import type { goals as source } from '../fi/goals';

export const goals: Widen<typeof source> = {
  goals: {
    kindNames: {
      strategyGoal: 'Strategiska mål',
      otherGoal: 'Övriga mål',
      productivity: 'Produktivitetsåtgärder och -projekt',
      internalControl: 'Intern kontroll och riskhantering',
      companyGoal: 'Koncernsammanslutningarnas mål',
    },
    kind: 'Tabell',
    priority: 'Tyngdpunkt',
    yes: 'Ja',
    no: 'Nej',
    noPriority: 'Utan tyngdpunkt',
    target: 'mål {{value}}',
    actual: 'utfall {{value}} ({{date}})',
    noActual: 'inget utfall',
    notJudged: 'ej bedömd',
    byRule: 'Enligt regeln: {{judgement}} ({{met}}/{{count}} mätare uppnådda)',
    pending: 'Bedömda {{judged}}/{{count}} mätare',
    overridden: 'Bedömt annorlunda: {{judgement}} ({{by}}). Motivering: {{reason}}',
    notJudgedOption: 'Inte bedömd',
    open: 'Mätare',
    form: {
      addTitle: 'Ny mätare',
      editTitle: 'Redigera mätare',
      text: 'Mätare',
      textHelp: 'Mätaren så som budgeten anger den.',
      type: 'Typ',
      unit: 'Enhet',
      unitHelp: 'Till exempel st., personer eller €/invånare. Kan lämnas tom.',
      upTo100: 'Andel av en helhet (högst 100 %)',
      baseline: 'Utgångsläge',
      target: 'Mål',
      direction: 'Riktning',
      directions: {
        higher: 'Större är bättre',
        lower: 'Mindre är bättre',
        none: 'Inte angiven',
      },
      valueHelp: {
        number: 'Ett tal, till exempel 20 eller 1 250,5.',
        percentage: 'En procent, till exempel 75 eller 75 %.',
        euros: 'I euro, till exempel 12 000 eller 12 000 €.',
        yesNo: 'Ja eller nej.',
        date: 'Ett datum i formen d.m.åååå.',
        text: 'Fri text.',
      },
    },
    reading: {
      title: 'Registrera utfall: {{text}}',
      value: 'Utfall',
      date: 'Dagen som utfallet gäller',
      dateHelp: 'I formen d.m.åååå, till exempel 31.12.2026.',
    },
    judge: {
      title: 'Bedöm mätaren: {{text}}',
      judgement: 'Bedömning',
      suggested: 'förslag utifrån utfall och mål: {{judgement}}',
      noSuggestion: 'Mätaren ger inget beräknat förslag: bedöm utfallet själv.',
    },
    override: {
      title: 'Bedöm raden annorlunda än regeln',
      help: 'Regeln: ett mål är uppnått endast när alla dess mätare är uppnådda. En avvikande bedömning förs in i ändringshistoriken med motivering.',
      judgement: 'Radens bedömning',
      reason: 'Motivering',
      reasonHelp: 'Varför raden bedöms annorlunda än mätarna visar.',
      remove: 'Ta bort den avvikande bedömningen',
    },
    card: {
      none: 'inte angivet',
      higherBetter: 'större är bättre',
      lowerBetter: 'mindre är bättre',
      actual: 'Utfall',
      latest: '{{value}} ({{date}}, {{by}}), registreringar {{count}}',
      addReading: 'Registrera utfall',
      judge: 'Bedöm',
      delete: 'Ta bort mätaren',
    },
    dialog: {
      title: 'Mätare: {{objective}}',
      empty: 'Raden har ännu inga mätare.',
      deleted: 'Mätaren ”{{text}}” togs bort.',
      add: 'Lägg till mätare',
      override: 'Bedöm raden annorlunda',
      changeOverride: 'Ändra den avvikande bedömningen',
      rowJudgement: 'Radens bedömning',
    },
    indicatorTypes: {
      number: 'Tal',
      percentage: 'Procent',
      euros: 'Euro',
      yesNo: 'Ja/nej',
      date: 'Datum',
      text: 'Text',
    },
    judgements: {
      met: 'Uppnått',
      partlyMet: 'Delvis uppnått',
      notMet: 'Inte uppnått',
      notAssessable: 'Kan inte bedömas',
    },
    indicators: {
      errors: {
        typeHasValues:
          'Mätaren har redan {{count}} utfall. Typen kan inte ändras, eftersom de har registrerats med den nuvarande typen.',
        wrongType: 'Värdet passar inte mätarens typ.',
      },
    },
    values: {
      errors: {
        empty: 'Ange ett värde.',
        notNumber: 'Ange ett tal, till exempel 12 eller 1 250,5.',
        otherUnit: 'Värdet är angivet i enheten ”{{given}}”, mätarens enhet är ”{{unit}}”.',
        percentRange: 'En andel kan vara 0–100 %.',
        notYesNo: 'Svara ja eller nej.',
        notDate: 'Ange datumet i formen d.m.åååå, till exempel 30.4.2026.',
      },
    },
    kinds: {
      errors: {
        builtIn:
          'Valvos färdiga tabelltyper tas inte bort. Du kan byta namn på typen eller ta den ur bruk.',
        duplicateId: 'Två tabelltyper har samma identifierare.',
        inUse:
          'Typen används av {{count}} rader. Flytta raderna till en annan typ eller ta typen ur bruk.',
        lastActive: 'Minst en tabelltyp måste vara i bruk.',
        nameTaken: 'Tabelltypen ”{{name}}” finns redan.',
        retired: 'Tabelltypen ”{{name}}” har tagits ur bruk och tar inte emot nya rader.',
        unknown: 'Tabelltypen ”{{kind}}” finns inte.',
      },
    },
    priorities: {
      errors: {
        duplicateId: 'Två tyngdpunkter har samma identifierare.',
        inUse:
          'Tyngdpunkten används av {{count}} rader. Flytta raderna till en annan tyngdpunkt först.',
        nameTaken: 'Tyngdpunkten ”{{name}}” finns redan i årets lista.',
        unknown: 'Tyngdpunkten finns inte i årets lista.',
      },
    },
  },
};
