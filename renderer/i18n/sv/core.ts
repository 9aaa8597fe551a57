import type { Widen } from '../widen';
import type { core as source } from '../fi/core';

export const core: Widen<typeof source> = {
  app: {
    name: 'Valvo',
    tagline: 'Intern kontroll och riskhantering',
    skipToContent: 'Hoppa till innehållet',
    mainNavigation: 'Huvudmeny',
    loading: 'Laddar…',
    saving: 'Sparar…',
    saved: 'Sparat',
    cancel: 'Avbryt',
    close: 'Stäng',
    save: 'Spara',
    edit: 'Redigera',
    undo: 'Ångra',
    yes: 'Ja',
    no: 'Nej',
    required: 'obligatorisk',
    year: 'År',
    profileLabel: 'Användare: {{name}} ({{role}})',
    exampleBadge: 'Exempeldata',
  },
  nav: {
    units: 'Enheter',
    riskMap: 'Riskkarta',
    reports: 'Rapporter',
    review: 'Årsbedömning',
    years: 'År',
    settings: 'Inställningar',
    profile: 'Profil',
  },
  roles: {
    unitManager: 'Enhetens chef',
    controller: 'Controller',
    reader: 'Läsare',
  },
  firstRun: {
    title: 'Välkommen till Valvo',
    intro:
      'Valvo för register över enheternas åtgärder för intern kontroll och riskhantering. Uppgifterna sparas endast på den här datorn.',
    profileHeading: 'Vem använder Valvo på den här datorn?',
    profileHelp: 'Ditt namn registreras vid varje ändring som du gör.',
    name: 'Namn',
    role: 'Roll',
    continue: 'Fortsätt',
    startHeading: 'Hur vill du börja?',
    exampleOption: 'Ladda en exempelorganisation',
    exampleHelp:
      'Kemijärvi stads sektor Konserni- ja elinvoimapalvelut (koncern- och livskraftstjänster): tre ansvarsområden och nio rader ur budgeten för 2026.',
    emptyOption: 'Börja från början',
    emptyHelp: 'Ange organisationens namn och planeringsår.',
    organisationName: 'Organisationens namn',
    planYear: 'Planeringsår',
    start: 'Börja',
    loadExample: 'Ladda exemplet',
    restoreOption: 'Återställ från en säkerhetskopia',
    restoreHelp:
      'Om Valvos uppgifter har försvunnit från den här datorn kan du återställa dem från en säkerhetskopia i stället för att börja från början.',
    restoreNewest: 'Återställ den senaste säkerhetskopian ({{date}})',
    restoreFile: 'Återställ från en säkerhetskopieringsfil',
  },
  profile: {
    heading: 'Profil',
    help: 'Ditt namn registreras i ändringshistoriken för varje ändring.',
    saved: 'Profilen sparades.',
  },
  validation: {
    required: 'En obligatorisk uppgift saknas.',
    tooLong: 'Texten är för lång: högst {{max}} tecken.',
    invalidDate: 'Datumet är ogiltigt. Skriv det i formatet d.m.åååå, t.ex. 30.9.2026.',
    deadlineOutsideYear: 'Tidsfristen ska infalla under planeringsåret {{year}}.',
    invalidYear: 'Ange året med fyra siffror, t.ex. 2026.',
    invalidColour: 'Ange färgen i formatet #rrggbb, t.ex. #c62828.',
  },
  errors: {
    notFound: 'Uppgiften hittades inte. Den kan ha tagits bort.',
    controllerOnly: 'Endast användare med rollen controller kan göra den här ändringen.',
    staleRecord:
      'Uppgiften har ändrats efter att du öppnade formuläret. Stäng formuläret och försök på nytt.',
    invalidRecord: 'Uppgiften sparades inte: fältet {{field}} är ogiltigt.',
    invalidInput: 'Uppgiften är ogiltig.',
    storageFull:
      'Lagringsutrymmet är fullt. Ingenting sparades. Frigör diskutrymme och försök på nytt.',
    unexpected: 'Det gick inte att spara: {{message}}. Ingenting ändrades.',
    otherWindowTitle: 'Valvo är redan öppet',
    otherWindow:
      'Valvo är redan öppet i ett annat fönster eller en annan flik. Använd det: två öppna fönster kunde skriva över varandras uppgifter.',
    databaseUpgraded:
      'Valvo har uppdaterats i ett annat fönster. Ladda om den här sidan för att fortsätta.',
    openFailedTitle: 'Databasen kunde inte öppnas',
    openFailed: 'Inga uppgifter har ändrats eller raderats. Försök på nytt. Fel: {{message}}',
    retry: 'Försök på nytt',
    newerDatabaseTitle: 'Uppgifterna har sparats med en nyare version av Valvo',
    newerDatabase:
      'Databasen har formatet för en nyare version av Valvo ({{installed}}), och den här versionen känner till formaten till och med {{known}}. Ingenting ändras. Uppdatera Valvo eller exportera uppgifterna till en fil.',
    exportRaw: 'Exportera alla uppgifter till en fil',
    exportRawFailed: 'Exporten av uppgifterna misslyckades: {{message}}',
    notFoundPage: 'Sidan hittades inte.',
  },
};
