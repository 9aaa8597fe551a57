import type { Widen } from '../widen';
import type { packages as source } from '../fi/packages';

export const packages: Widen<typeof source> = {
  packages: {
    nav: 'Enhetspaket',
    heading: 'Enhetspaket',
    help: 'Gör en egen fil för varje enhet: enhetens rader, risker och riskbedömningar för det valda året. Enhetens chef öppnar paketet i sitt eget Valvo, uppdaterar det och returnerar det till dig för sammanslagning.',
    year: 'År',
    unitsHeading: 'Enheter',
    unitsHelp:
      'Välj de enheter som paketet görs för. Som mottagare föreslås enhetens chef; du kan ändra det.',
    pickerLabel: 'Enheter som paketet görs för',
    selectAllIn: 'Välj alla: {{unit}}',
    clearAllIn: 'Ta bort valen: {{unit}}',
    expand: 'Visa underenheter: {{unit}}',
    collapse: 'Dölj underenheter: {{unit}}',
    issuedTo: 'Utfärdat till',
    issuedToFor: 'Utfärdat till: {{unit}}',
    selected_one: '{{count}} enhet vald.',
    selected_other: '{{count}} enheter valda.',
    export: 'Exportera paketen',
    closedYear: 'Året {{year}} är stängt: inga paket utfärdas längre för det.',
    progressBuilding: 'Paketen görs…',
    progressZip: '{{count}} paket packas i en ZIP-fil…',
    exported_one: 'Enhetspaketet sparades: {{fileName}}.',
    exported_other: '{{count}} enhetspaket sparades i filen {{fileName}}.',
    issuedHeading: 'Utfärdade paket',
    issuedCaption: 'Enhetspaket utfärdade för år {{year}}',
    issuedNone: 'Inga paket har utfärdats för det här året.',
    showMore: 'Visa fler ({{count}} kvar)',
    columns: {
      unit: 'Enhet',
      year: 'År',
      issuedTo: 'Utfärdat till',
      issuedAt: 'Utfärdat (tid)',
      state: 'Läge',
    },
    states: {
      awaiting: 'Väntar på retur',
      merged: 'Returnerat och sammanslaget {{date}} (returnerat av {{name}})',
      mergedAgain: 'Sammanslaget {{count}} gånger, senast {{date}} (returnerat av {{name}})',
    },
    kinds: {
      issue: 'ett utfärdat enhetspaket',
      return: 'ett returpaket',
    },
    open: {
      heading: 'Öppna ett enhetspaket',
      help: 'Om controllern har skickat dig din enhets paket (.valvo-paketti.json), öppna det här. Därefter visar Valvo endast paketets enhet.',
      laterHelp:
        'Ett nytt paket (till exempel för följande år) kan öppnas här. Det ersätter det paket som är öppet nu.',
      file: 'Enhetspaketets fil',
      reading: 'Paketet läses…',
      opened: 'Enhetspaketet öppnades: {{unit}}, {{year}}.',
      replaceTitle: 'Ska det öppna paketet ersättas?',
      replaceHelp:
        'I det här Valvo är paketet {{unit}}, {{year}} öppet. Det nya paketet ({{newUnit}}, {{newYear}}) ersätter dess uppgifter.',
      notReturned:
        'Det öppna paketet har inte returnerats. Returnera det först om du har gjort ändringar i det.',
      returnedAt: 'Det öppna paketet returnerades senast {{date}}.',
      webBackup:
        'I webbläsaren kan Valvo inte själv ta en säkerhetskopia: ladda ner en säkerhetskopia först om du vill behålla de nuvarande uppgifterna.',
      downloadFirst: 'Ladda ner en säkerhetskopia',
      confirm: 'Öppna paketet',
    },
    problems: {
      heading: 'Filen {{fileName}} öppnades inte',
      summary_one: 'Filen har {{count}} problem. Ingenting ändrades.',
      summary_other: 'Filen har {{count}} problem. Ingenting ändrades.',
      listLabel: 'Problem i filen',
      place: 'Ställe {{path}}',
      wholeFile: 'Hela filen',
      more_one: 'Dessutom {{count}} annat problem.',
      more_other: 'Dessutom {{count}} andra problem.',
      refused: 'Paketet {{fileName}} öppnades inte. Ingenting ändrades.',
    },
    banner: {
      label: 'Öppet enhetspaket',
      text: 'Enhetspaket: {{unit}}, {{year}} — utfärdat till {{name}}',
      returnPackage: 'Returnera paketet',
      returning: 'Returpaketet görs…',
      returned: 'Returpaketet sparades: {{fileName}}. Skicka det till controllern.',
      lastReturned: 'Senast returnerat {{date}}.',
    },
    modeNav: {
      unit: 'Rader och risker',
      riskMap: 'Riskkarta',
      summary: 'Enhetens sammandrag',
      settings: 'Inställningar',
      profile: 'Profil',
    },
    errors: {
      tooLarge: 'Filen är för stor för ett enhetspaket (över 20 MB).',
      notJson:
        'Filen är inte giltig JSON – den har kanske redigerats för hand. Parserns meddelande: {{detail}}',
      notText:
        'Filen är inte ett enhetspaket från Valvo: den är inte text utan något annat, till exempel en bild, ett program eller en skadad fil.',
      notPackage: 'Filen är inte ett enhetspaket från Valvo.',
      newerFormat:
        'Paketet har gjorts med ett nyare Valvo. Uppdatera Valvo och öppna paketet på nytt.',
      newerSchema:
        'Paketets uppgifter är i ett nyare Valvos format. Uppdatera Valvo och öppna paketet på nytt.',
      wrongKind: 'Fel paket: här behövs {{expected}}, men filen är {{found}}.',
      forbiddenKey: 'Filen innehåller ett förbjudet fältnamn.',
      tooLong: 'Texten är längre än Valvo någonsin skriver: filen har redigerats eller är skadad.',
      tooDeep:
        'Uppgifterna är kapslade djupare än i någon av Valvos filer: filen har redigerats eller är skadad.',
      unknownField: 'Okänt fält: filen har redigerats eller gjorts med ett annat program.',
      badRecord: 'En uppgift saknas eller har fel format.',
      badHeader: 'En av paketets grunduppgifter saknas eller har fel format.',
      hashMismatch:
        'Filens innehåll motsvarar inte dess kontrollsumma: filen har ändrats efter att Valvo skrev den.',
      duplicateId: 'Samma identifierare finns två gånger i filen.',
      outsideScope: 'Uppgiften hör inte till paketets enhet eller år.',
      baseMismatch: 'Paketets uppgifter motsvarar inte dess utgångsläge.',
      unitMissing: 'Paketets enhet saknas i filen.',
      badAuditChain:
        'Ändringshistorikens kedja stämmer inte: händelser har ändrats, tagits bort eller flyttats.',
      openReturn:
        'Det här är ett returpaket. Enhetens chef öppnar det paket som controllern har utfärdat; returen slås samman av controllern.',
      closedYear: 'Paketets år {{year}} är stängt, så paketet kan inte öppnas för redigering.',
      ownRegister:
        'Det här Valvo har redan ett eget register. Ett enhetspaket kan endast öppnas i ett Valvo som inte har annat än en profil eller ett tidigare öppnat paket från samma organisation.',
      otherOrganisation:
        'Paketet kommer från en annan organisation ({{name}}) än det paket som är öppet i det här Valvo ({{current}}).',
      noOpenedPackage: 'Det finns inget öppnat enhetspaket i det här Valvo.',
      outsidePackage:
        'I det här Valvo är ett enhetspaket öppet ({{unit}}, {{year}}): endast den enhetens rader, risker och riskbedömningar kan ändras.',
      packageMode:
        'I det här Valvo är ett enhetspaket öppet ({{unit}}, {{year}}): organisationen, inställningarna och åren kan inte ändras. Dem ändrar controllern.',
      noUnits: 'Välj minst en enhet.',
      duplicateUnit: 'Samma enhet har valts två gånger.',
      issuedToMissing: 'Ange mottagare (Utfärdat till) för enheten {{unit}}.',
      noOrganisation: 'Organisationens uppgifter saknas, så paketet kan inte göras.',
      saveFailed: 'Filen kunde inte sparas: {{message}}',
    },
  },
};
