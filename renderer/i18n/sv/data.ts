import type { Widen } from '../widen';
import type { data as source } from '../fi/data';

export const data: Widen<typeof source> = {
  backup: {
    heading: 'Säkerhetskopior',
    desktopHelp:
      'Valvo tar automatiskt en säkerhetskopia var 15:e minut när uppgifter har ändrats, när programmet stängs och alltid före återställning och import. Varje säkerhetskopia läses in på nytt och kontrolleras efter att den har skrivits.',
    webReminder:
      'I webbläsarversionen finns uppgifterna endast i den här webbläsarens minne, och inga säkerhetskopior tas automatiskt. Ladda regelbundet ned en säkerhetskopia som fil, åtminstone i slutet av varje arbetsdag, och förvara den på ett säkert ställe.',
    download: 'Ladda ned säkerhetskopia',
    readerNote:
      'Som läsare ändrar du inte uppgifterna, så du behöver inte ta säkerhetskopior av dem. Uppgifterna säkerhetskopieras av den som ändrar dem.',
    downloaded: 'Säkerhetskopian sparades: {{fileName}}',
    backupNow: 'Ta en säkerhetskopia nu',
    backupTaken: 'Säkerhetskopian togs och kontrollerades.',
    listHeading: 'Sparade säkerhetskopior',
    listEmpty: 'Det finns inga säkerhetskopior ännu.',
    listFailed: 'Förteckningen över säkerhetskopior kunde inte läsas: {{message}}',
    columns: {
      createdAt: 'Tagen',
      reason: 'Orsak',
      size: 'Storlek',
      contents: 'Innehåll',
      verified: 'Kontroll',
      commands: 'Funktioner',
    },
    reasons: {
      scheduled: 'Schemalagd',
      quit: 'Programmet stängdes',
      manual: 'Tagen manuellt',
      preImport: 'Före import',
      preRestore: 'Före återställning',
      preMigration: 'Före uppdatering av databasen',
      yearClose: 'Stängning av året',
    },
    verified: 'kontrollerad',
    notVerified: 'inte kontrollerad',
    pinned: 'bevaras permanent',
    restore: 'Återställ',
    restoreLabel: 'Återställ säkerhetskopian från {{date}}',
    sizeKilobytes: '{{size}} kB',
    sizeMegabytes: '{{size}} MB',
    counts: 'Enheter: {{units}}, åtgärder: {{actions}}, risker: {{risks}}',
    countsUnknown: 'okänt',
    noOrganisation: 'organisation utan namn',
    filesHeading: 'Återställ eller importera från fil',
    filesHelp:
      'Återställningen ersätter alla uppgifter med uppgifterna i säkerhetskopian. Importen sammanför filens uppgifter med de nuvarande uppgifterna. Hela filen kontrolleras innan något ändras.',
    restoreFromFile: 'Återställ från fil',
    importFromFile: 'Importera från fil',
    controllerOnly:
      'Endast en användare med rollen controller kan återställa eller importera en säkerhetskopia.',
    reading: 'Läser och kontrollerar filen…',
    working: 'Vänta ett ögonblick…',
    restoreTitle: 'Vill du återställa säkerhetskopian?',
    importTitle: 'Vill du importera filens uppgifter?',
    summary: 'Säkerhetskopia: {{organisation}}, tagen {{date}}. Innehåll: {{contents}}.',
    restoreWarning:
      'Återställningen ersätter alla nuvarande uppgifter med uppgifterna i säkerhetskopian.',
    restoreUndoDesktop:
      'Det nuvarande läget sparas först som en egen säkerhetskopia, så återställningen kan ångras genom att den säkerhetskopian återställs.',
    restoreUndoWeb:
      'Webbläsarversionen sparar inte själv det nuvarande läget. Om du vill kunna ångra återställningen ska du först ladda ned en säkerhetskopia av det nuvarande läget.',
    importExplain:
      'Nya uppgifter läggs till och nyare versioner ersätter äldre. Uppgifter som har ändrats här senare ersätts inte, utan räknas som konflikter. Ändringshistoriken importeras inte: varje importerad uppgift registreras i ändringshistoriken på den här datorn.',
    importUndoDesktop:
      'Det nuvarande läget sparas först som en säkerhetskopia, så importen kan ångras genom att den säkerhetskopian återställs.',
    importUndoWeb:
      'Om du vill kunna ångra importen ska du först ladda ned en säkerhetskopia av det nuvarande läget.',
    downloadCurrent: 'Ladda först ned det nuvarande läget',
    confirmRestore: 'Återställ',
    confirmImport: 'Importera',
    restored: 'Säkerhetskopian återställdes (tagen {{date}}).',
    imported:
      'Importen är klar: nya {{added}}, uppdaterade {{updated}}, oförändrade {{skipped}}, konflikter {{conflicts}} (uppgifterna här behölls).',
    preMigration: {
      working:
        'Valvo uppdaterar datastrukturen från version {{from}} till version {{to}}. Först tas en säkerhetskopia av uppgifterna…',
      failedTitle: 'Datastrukturen uppdaterades inte',
      failed:
        'Före uppdateringen från version {{from}} till version {{to}} tas en säkerhetskopia av uppgifterna, men den kunde inte sparas eller kontrolleras, så uppdateringen gjordes inte. Uppgifterna är oförändrade. Försök igen, eller exportera alla uppgifter till en fil och kontakta supporten. Fel: {{message}}',
      heading: 'Säkerhetskopior tagna före uppdateringar',
      help: 'Valvo tog de här säkerhetskopiorna i den här webbläsarens minne innan datastrukturen uppdaterades. De raderas inte automatiskt.',
      label: 'Tagen före uppdateringen till version {{version}}',
      download: 'Ladda ned',
      downloadLabel:
        'Ladda ned säkerhetskopian som togs före uppdateringen till version {{version}} ({{date}})',
      restoreLabel:
        'Återställ säkerhetskopian som togs före uppdateringen till version {{version}} ({{date}})',
      listFailed: 'Säkerhetskopiorna som togs före uppdateringar kunde inte läsas: {{message}}',
      missing: 'säkerhetskopian saknas i webbläsarens minne',
    },
    scheduledFailed: 'Den automatiska säkerhetskopieringen misslyckades: {{message}}',
    problems: {
      heading: 'Filen {{fileName}} användes inte',
      summary_one: 'Ingenting ändrades. Filen innehöll {{count}} problem:',
      summary_other: 'Ingenting ändrades. Filen innehöll {{count}} problem:',
      listLabel: 'Problem i filen',
      more_one: 'Dessutom {{count}} annat problem. Spara förteckningen för att se alla.',
      more_other: 'Dessutom {{count}} andra problem. Spara förteckningen för att se alla.',
      saveList: 'Spara förteckningen över problem',
      wholeFile: 'hela filen',
      lineColumn: 'rad {{line}}, kolumn {{column}}',
    },
    errors: {
      notJson:
        'Filen innehåller inte hel JSON-text: den är avbruten eller har ändrats. Teknisk orsak: {{detail}}',
      notText:
        'Filen är inte en säkerhetskopia från Valvo: den är inte text utan något annat, till exempel en bild, ett program eller en skadad fil.',
      notBackup: 'Filen är inte en säkerhetskopia från Valvo.',
      badHeader: 'Säkerhetskopians grunduppgifter saknas eller har fel format.',
      newerFormat:
        'Säkerhetskopian har gjorts med en nyare version av Valvo, vars filformat den här versionen inte känner till. Uppdatera Valvo.',
      unknownFormat: 'Versionen av säkerhetskopians filformat är okänd.',
      notEmptyRegister:
        'Den här Valvo har redan uppgifter. Återställningen vid första start görs bara till ett tomt register; återställ säkerhetskopian som controller på sidan Säkerhetskopior.',
      newerSchema:
        'Säkerhetskopians datastruktur är nyare än den här versionen av Valvo. Uppdatera Valvo före återställningen eller importen.',
      badRecord: 'Uppgiften saknas eller har fel format.',
      unknownTable: 'Okänd tabell: Valvo känner inte till den här uppgiften.',
      unknownField: 'Okänt fält: Valvo känner inte till den här uppgiften.',
      forbiddenKey: 'Otillåtet fältnamn: filen har redigerats.',
      tooLong: 'Texten är längre än Valvo någonsin skriver: filen har redigerats eller är skadad.',
      tooDeep:
        'Uppgifterna är kapslade djupare än i någon av Valvos filer: filen har redigerats eller är skadad.',
      hashMismatch: 'Kontrollsumman stämmer inte: filen är skadad eller har ändrats.',
      tooLarge: 'Filen är för stor för att vara en säkerhetskopia (över 250 MB).',
      duplicateId: 'Samma identifierare förekommer mer än en gång i filen.',
      duplicateKey:
        'Samma uppgift (inställning, år eller enhetens bedömning) förekommer två gånger i filen.',
      danglingReference: 'Hänvisning till en uppgift som inte finns i filen.',
      brokenChain: 'Ändringshistorikens kedja bryts här: historiken har ändrats.',
      headMismatch:
        'Den sista kontrollsumman i ändringshistoriken motsvarar inte den som anges i filen.',
      writeFailed: 'Säkerhetskopian kunde inte sparas, så ingenting ändrades. Orsak: {{message}}',
      notVerified:
        'Säkerhetskopian sparades, men kontrollen av den misslyckades, så ingenting ändrades.',
      readFailed: 'Säkerhetskopian kunde inte läsas: {{message}}',
      notUpgraded:
        'En uppgift från en äldre version i säkerhetskopian kunde inte omvandlas till den här versionens datastruktur.',
    },
  },
  imports: {
    heading: 'Importera rader',
    help: 'Importera åtgärdsrader till enheten {{unit}} och dess underenheter från en CSV- eller Excel-fil i samma format som exporten. En rad med Id uppdaterar samma rad; en rad utan Id läggs till som ny, om inte samma rad redan finns i registret. Kolumnen Taulukko (tabell) anger radens tabell (tabellens namn på finska, svenska eller engelska) och Painopiste (tyngdpunkt) ett strategiskt måls tyngdpunkt; en fil utan kolumnen Taulukko importeras som rader för intern kontroll. Kolumnerna Yksikön tunnus (enhetens kod), Myöhässä (försenad), Mittareiden toteutuminen (mätarnas utfall), Rivin arvio (radens bedömning), Viimeisin edistymismerkintä (senaste anteckning om framsteg) och Toteuma (utfall) importeras inte. Hela filen kontrolleras först, och ingenting sparas innan du bekräftar.',
    file: 'Importera rader (CSV eller Excel)',
    reading: 'Läser filen…',
    readingRows: 'Läser rader: {{done}} / {{total}}',
    checking: 'Kontrollerar raderna…',
    importing: 'Importerar rader: {{done}} / {{total}}',
    errorAt: 'Rad {{row}}, kolumn {{column}}: {{message}}',
    errorAtRow: 'Rad {{row}}: {{message}}',
    errorAtSheet: 'Flik {{sheet}}, rad {{row}}, kolumn {{column}}: {{message}}',
    errorAtSheetRow: 'Flik {{sheet}}, rad {{row}}: {{message}}',
    refused: 'Filen importerades inte. {{message}}',
    unreadable: 'Filen kunde inte läsas, och ingenting importerades. Fel: {{message}}',
    invalidHeading: 'Filen {{fileName}} innehåller fel',
    invalid_one:
      'Filen innehöll 1 fel. Ingenting importerades. Rätta felet och importera filen på nytt.',
    invalid_other:
      'Filen innehöll {{count}} fel. Ingenting importerades. Rätta felen och importera filen på nytt.',
    errorList: 'Fel',
    moreErrors_one: '…och 1 annat fel. Spara förteckningen över fel för att se alla.',
    moreErrors_other: '…och {{count}} andra fel. Spara förteckningen över fel för att se alla.',
    saveErrors: 'Spara förteckningen över fel',
    saveErrorsFailed: 'Förteckningen över fel kunde inte sparas: {{message}}',
    readyHeading: 'Filen {{fileName}} har kontrollerats',
    summary: 'Rader: nya {{created}}, ändras {{updated}}, oförändrade {{unchanged}}.',
    changeList: 'Ändringar',
    rowLine: 'Rad {{row}}: {{text}}',
    sheetRowLine: 'Flik {{sheet}}, rad {{row}}: {{text}}',
    newRow: 'ny rad',
    changedRow: 'fält som ändras: {{fields}}',
    moreChanges_one: '…och 1 annan ändring.',
    moreChanges_other: '…och {{count}} andra ändringar.',
    backupNote: 'En säkerhetskopia tas automatiskt före importen.',
    noBackupNote: 'Webbläsarversionen tar ingen säkerhetskopia före importen.',
    confirm: 'Importera',
    nothingToImport: 'Filens rader motsvarar redan registret: det finns inget att importera.',
    done: 'Importen är klar: nya rader {{created}}, ändrade rader {{updated}}.',
    failed: 'Importen misslyckades, och ingenting ändrades. {{message}}',
    failedAtRow: 'Importen misslyckades på rad {{row}}, och ingenting ändrades. {{message}}',
    windows1252Note:
      'Filen lästes med teckenkodningen Windows-1252 (en CSV-fil från ett äldre Excel).',
    errors: {
      tooLarge: 'Filen är för stor: högst {{max}} MB.',
      emptyFile: 'Filen är tom: den innehåller inga rader.',
      notText:
        'Filen är inte en CSV-fil som importen kan läsa: den innehåller annat än text. Välj en CSV-fil (.csv) eller en Excel-fil (.xlsx) i exportens format.',
      utf16:
        'Filen är sparad med teckenkodningen UTF-16 (Excels ”Unicode-text”), som importen inte läser. Spara den som CSV-fil med UTF-8 eller som Excel-arbetsbok (.xlsx) och importera den igen.',
      mixedEncoding:
        'Filens teckenkodning är blandad: det mesta är UTF-8-text men inte allt, så å, ä och ö skulle inte läsas rätt. Filen kan vara avklippt eller sammansatt av olika källor. Spara den på nytt med UTF-8 eller importera en Excel-fil (.xlsx).',
      notXlsx:
        'Filnamnet slutar på .xlsx, men filen är inte en Excel-arbetsbok. Välj en Excel-fil (.xlsx) eller en CSV-fil (.csv) i exportens format.',
      notRowFile:
        'Filen är inte en radfil i exportens format: den första raden innehåller ingen av exportens kolumnrubriker (till exempel Yksikkö, Vuosi, Tila). Exportera enhetens rader först och redigera den filen.',
      fileType: 'Filen som importeras ska vara en CSV- eller Excel-fil (.csv eller .xlsx).',
      unreadableXlsx: 'Filen är inte en läsbar Excel-fil (.xlsx).',
      noRowSheet:
        'Excel-filen har ingen flik med rader: ingen fliks första rad har exportens kolumnrubriker Yksikkö, Vuosi och Tila. Exportera enhetens rader först och redigera den filen.',
      noHeader: 'Rubrikraden saknas: den första raden ska innehålla exportens kolumnrubriker.',
      wrongDelimiter:
        'Kolumnerna är inte åtskilda med semikolon (;). Spara filen i CSV-format i Excel med finländska regionala inställningar eller importera en Excel-fil (.xlsx).',
      noColumnName: 'Kolumnen saknar rubrik men innehåller uppgifter.',
      unknownColumn: 'Okänd kolumn. Använd exportens kolumnrubriker som de är.',
      duplicateColumn: 'Kolumnen förekommer två gånger i filen.',
      missingColumn: 'En obligatorisk kolumn saknas.',
      extraCells:
        'Raden innehåller uppgifter efter de kolumner som har rubriker. Kontrollera att texten inte innehåller semikolon utanför citattecken.',
      unclosedQuote:
        'Ett fält som börjar med citattecken slutar inte med citattecken, så resten av filen lästes in som en del av det här fältet. Kontrollera citattecknen.',
      badQuote:
        'Citattecknen är felaktiga: efter texten inom citattecken finns annan text. Inne i en text skrivs citattecknet två gånger ("").',
      unknownId:
        'Det finns ingen rad med detta Id i den här enheten eller dess underenheter. Lämna Id tomt om raden är ny.',
      deletedId:
        'Raden har tagits bort ur registret. Återställ den först, eller lämna Id tomt för att lägga till raden som ny.',
      duplicateId: 'Samma Id finns redan på rad {{row}}.',
      duplicateIdOnSheet: 'Samma Id finns redan på rad {{row}} på fliken {{sheet}}.',
      unitChanged:
        'Enheten för en befintlig rad kan inte ändras genom import. Skriv radens nuvarande enhet eller lämna Id tomt om raden är ny.',
      yearChanged:
        'Året för en befintlig rad kan inte ändras genom import. Skriv radens nuvarande år eller lämna Id tomt om raden är ny.',
      unknownUnit:
        'Enheten finns inte i den här enheten eller dess underenheter. Skriv enhetens namn exakt som i registret.',
      ambiguousUnit:
        'En enhet med samma namn finns på flera ställen i organisationen. Importera raden från sidan för en enhet under vilken det bara finns en av dem.',
      unknownStatus: 'Statusen är ogiltig. Använd något av följande: {{words}}.',
      unknownKind: 'Tabellen ”{{kind}}” finns inte. Använd någon av följande: {{kinds}}.',
      ambiguousKind:
        'Namnet ”{{kind}}” har flera tabeller. Använd tabellens namn på ett annat språk eller dess identifierare. Tabeller: {{kinds}}.',
      retiredKind:
        'Tabellen har tagits ur bruk, och inga nya rader läggs till eller flyttas till den. Välj en tabell som används.',
      priorityNotUsed:
        'Raderna i den här tabellen står inte under tyngdpunkter. Lämna Painopiste tom.',
      unknownPriority:
        'Tyngdpunkten ”{{priority}}” finns inte i listan för år {{year}}. Årets tyngdpunkter: {{priorities}}.',
      noPriorities:
        'Tyngdpunkten ”{{priority}}” finns inte: år {{year}} har inga tyngdpunkter. Lägg till dem i inställningarna eller lämna Painopiste tom.',
    },
  },
};
