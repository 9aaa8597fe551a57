export const data = {
  backup: {
    heading: 'Varmuuskopiot',
    desktopHelp:
      'Valvo ottaa varmuuskopion automaattisesti 15 minuutin välein, kun tietoja on muutettu, sekä ohjelmaa suljettaessa ja aina ennen palautusta ja tuontia. Jokainen varmuuskopio luetaan kirjoittamisen jälkeen uudelleen ja tarkistetaan.',
    webReminder:
      'Selainversiossa tiedot ovat vain tämän selaimen muistissa, eikä varmuuskopioita oteta automaattisesti. Lataa varmuuskopio tiedostoksi säännöllisesti, ainakin jokaisen työpäivän päätteeksi, ja säilytä se turvallisessa paikassa.',
    download: 'Lataa varmuuskopio',
    readerNote:
      'Lukijana et muuta tietoja, joten sinun ei tarvitse ottaa niistä varmuuskopiota. Tiedot varmuuskopioi se, joka niitä muuttaa.',
    downloaded: 'Varmuuskopio tallennettu: {{fileName}}',
    backupNow: 'Ota varmuuskopio nyt',
    backupTaken: 'Varmuuskopio otettu ja tarkistettu.',
    listHeading: 'Tallennetut varmuuskopiot',
    listEmpty: 'Varmuuskopioita ei ole vielä.',
    listFailed: 'Varmuuskopioiden luetteloa ei voitu lukea: {{message}}',
    columns: {
      createdAt: 'Otettu',
      reason: 'Syy',
      size: 'Koko',
      contents: 'Sisältö',
      verified: 'Tarkistus',
      commands: 'Toiminnot',
    },
    reasons: {
      scheduled: 'Ajastettu',
      quit: 'Ohjelman sulkeminen',
      manual: 'Käsin otettu',
      preImport: 'Ennen tuontia',
      preRestore: 'Ennen palautusta',
      preMigration: 'Ennen tietokannan päivitystä',
      yearClose: 'Vuoden sulkeminen',
    },
    verified: 'tarkistettu',
    notVerified: 'ei tarkistettu',
    pinned: 'säilytetään pysyvästi',
    restore: 'Palauta',
    restoreLabel: 'Palauta varmuuskopio {{date}}',
    sizeKilobytes: '{{size}} kt',
    sizeMegabytes: '{{size}} Mt',
    counts: '{{units}} yksikköä, {{actions}} toimenpidettä, {{risks}} riskiä',
    countsUnknown: 'ei tiedossa',
    noOrganisation: 'nimetön organisaatio',
    filesHeading: 'Palauta tai tuo tiedostosta',
    filesHelp:
      'Palautus korvaa kaikki tiedot varmuuskopion tiedoilla. Tuonti yhdistää tiedoston tiedot nykyisiin. Tiedosto tarkistetaan kokonaan ennen kuin mitään muutetaan.',
    restoreFromFile: 'Palauta tiedostosta',
    importFromFile: 'Tuo tiedostosta',
    controllerOnly: 'Varmuuskopion voi palauttaa tai tuoda vain controller-roolissa.',
    reading: 'Luetaan ja tarkistetaan tiedostoa…',
    working: 'Odota hetki…',
    restoreTitle: 'Palautetaanko varmuuskopio?',
    importTitle: 'Tuodaanko tiedoston tiedot?',
    summary: 'Varmuuskopio: {{organisation}}, otettu {{date}}. Sisältö: {{contents}}.',
    restoreWarning: 'Palautus korvaa kaikki nykyiset tiedot varmuuskopion tiedoilla.',
    restoreUndoDesktop:
      'Nykyinen tila tallennetaan ensin omaksi varmuuskopiokseen, joten palautuksen voi perua palauttamalla sen.',
    restoreUndoWeb:
      'Selainversio ei tallenna nykyistä tilaa itse. Jos haluat voida perua palautuksen, lataa ensin varmuuskopio nykyisestä tilasta.',
    importExplain:
      'Uudet tiedot lisätään ja uudemmat versiot korvaavat vanhemmat. Tietoja, joita on muutettu täällä myöhemmin, ei korvata, vaan ne lasketaan ristiriidoiksi. Muutoshistoriaa ei tuoda: jokainen tuotu tieto kirjataan tämän koneen muutoshistoriaan.',
    importUndoDesktop:
      'Nykyinen tila tallennetaan ensin varmuuskopioksi, joten tuonnin voi perua palauttamalla sen.',
    importUndoWeb: 'Jos haluat voida perua tuonnin, lataa ensin varmuuskopio nykyisestä tilasta.',
    downloadCurrent: 'Lataa nykyinen tila ensin',
    confirmRestore: 'Palauta',
    confirmImport: 'Tuo',
    restored: 'Varmuuskopio palautettu (otettu {{date}}).',
    imported:
      'Tuonti valmis: {{added}} uutta, {{updated}} päivitettyä, {{skipped}} ennallaan, {{conflicts}} ristiriitaa (täällä olevat tiedot säilytettiin).',
    preMigration: {
      working:
        'Valvo päivittää tietojen rakenteen versiosta {{from}} versioon {{to}}. Tiedoista otetaan ensin varmuuskopio…',
      failedTitle: 'Tietojen rakennetta ei päivitetty',
      failed:
        'Ennen päivitystä versiosta {{from}} versioon {{to}} tiedoista otetaan varmuuskopio, mutta sen tallentaminen tai tarkistus epäonnistui, joten päivitystä ei tehty. Tiedot ovat ennallaan. Yritä uudelleen, tai vie kaikki tiedot tiedostoon ja ota yhteyttä tukeen. Virhe: {{message}}',
      heading: 'Ennen päivityksiä otetut varmuuskopiot',
      help: 'Valvo otti nämä varmuuskopiot tämän selaimen muistiin ennen kuin se päivitti tietojen rakenteen. Niitä ei poisteta automaattisesti.',
      label: 'Otettu ennen päivitystä versioon {{version}}',
      download: 'Lataa',
      downloadLabel: 'Lataa ennen päivitystä versioon {{version}} otettu varmuuskopio ({{date}})',
      restoreLabel: 'Palauta ennen päivitystä versioon {{version}} otettu varmuuskopio ({{date}})',
      listFailed: 'Ennen päivityksiä otettuja varmuuskopioita ei voitu lukea: {{message}}',
      missing: 'varmuuskopio puuttuu selaimen muistista',
    },
    scheduledFailed: 'Automaattinen varmuuskopio epäonnistui: {{message}}',
    problems: {
      heading: 'Tiedostoa {{fileName}} ei käytetty',
      summary_one: 'Mitään ei muutettu. Tiedostosta löytyi {{count}} ongelma:',
      summary_other: 'Mitään ei muutettu. Tiedostosta löytyi {{count}} ongelmaa:',
      listLabel: 'Tiedoston ongelmat',
      more_one: 'Lisäksi {{count}} muu ongelma. Tallenna luettelo nähdäksesi kaikki.',
      more_other: 'Lisäksi {{count}} muuta ongelmaa. Tallenna luettelo nähdäksesi kaikki.',
      saveList: 'Tallenna ongelmaluettelo',
      wholeFile: 'koko tiedosto',
      lineColumn: 'rivi {{line}}, sarake {{column}}',
    },
    errors: {
      notJson:
        'Tiedosto ei ole eheää JSON-tekstiä: se on katkennut tai muuttunut. Tekninen syy: {{detail}}',
      notText:
        'Tiedosto ei ole Valvon varmuuskopio: se ei ole tekstiä vaan jotakin muuta, esimerkiksi kuva, ohjelma tai vioittunut tiedosto.',
      notBackup: 'Tiedosto ei ole Valvon varmuuskopio.',
      badHeader: 'Varmuuskopion perustieto puuttuu tai on väärän muotoinen.',
      newerFormat:
        'Varmuuskopio on tehty Valvon uudemmalla versiolla, jonka tiedostomuotoa tämä versio ei tunne. Päivitä Valvo.',
      unknownFormat: 'Varmuuskopion tiedostomuodon versio on tuntematon.',
      notEmptyRegister:
        'Tähän Valvoon on jo tallennettu tietoja. Aloitusvaiheen palautus tehdään vain tyhjään rekisteriin; palauta varmuuskopio controllerina Varmuuskopiot-sivulta.',
      newerSchema:
        'Varmuuskopion tietorakenne on uudempi kuin tämän Valvon versio. Päivitä Valvo ennen palautusta tai tuontia.',
      badRecord: 'Tieto puuttuu tai on väärän muotoinen.',
      unknownTable: 'Tuntematon taulukko: Valvo ei tunne tätä tietoa.',
      unknownField: 'Tuntematon kenttä: Valvo ei tunne tätä tietoa.',
      forbiddenKey: 'Kielletty kentän nimi: tiedostoa on muokattu.',
      tooLong:
        'Teksti on pidempi kuin Valvo koskaan kirjoittaa: tiedostoa on muokattu, tai se on vioittunut.',
      tooDeep:
        'Tiedot ovat sisäkkäin syvemmällä kuin missään Valvon tiedostossa: tiedostoa on muokattu, tai se on vioittunut.',
      hashMismatch: 'Tarkistussumma ei täsmää: tiedosto on vioittunut tai sitä on muutettu.',
      tooLarge: 'Tiedosto on liian suuri varmuuskopioksi (yli 250 Mt).',
      duplicateId: 'Sama tunniste on tiedostossa useammin kuin kerran.',
      duplicateKey: 'Sama tieto (asetus, vuosi tai yksikön arvio) on tiedostossa kahdesti.',
      danglingReference: 'Viittaus tietoon, jota tiedostossa ei ole.',
      brokenChain: 'Muutoshistorian ketju katkeaa tässä: historiaa on muutettu.',
      headMismatch: 'Muutoshistorian viimeinen tarkiste ei vastaa tiedoston ilmoittamaa.',
      writeFailed: 'Varmuuskopiota ei voitu tallentaa, joten mitään ei muutettu. Syy: {{message}}',
      notVerified:
        'Varmuuskopio tallentui, mutta sen tarkistus epäonnistui, joten mitään ei muutettu.',
      readFailed: 'Varmuuskopiota ei voitu lukea: {{message}}',
      notUpgraded:
        'Varmuuskopion vanhemman version tietoa ei voitu muuntaa tämän Valvon tietorakenteeseen.',
    },
  },
  imports: {
    heading: 'Tuo rivejä',
    help: 'Tuo toimenpiderivejä yksikköön {{unit}} ja sen alayksiköihin CSV- tai Excel-tiedostosta, jonka muoto on sama kuin viennissä. Rivi, jolla on Id, päivittää saman rivin; rivi ilman Id:tä lisätään uutena, ellei sama rivi ole jo rekisterissä. Sarake Taulukko kertoo rivin taulukon (taulukon nimi suomeksi, ruotsiksi tai englanniksi) ja Painopiste strategisen tavoitteen painopisteen; tiedosto ilman Taulukko-saraketta tuodaan sisäisen valvonnan riveiksi. Sarakkeita Yksikön tunnus, Myöhässä, Mittareiden toteutuminen, Rivin arvio, Viimeisin edistymismerkintä ja Toteuma ei tuoda. Koko tiedosto tarkistetaan ensin, eikä mitään tallenneta ennen vahvistusta.',
    file: 'Tuo rivejä (CSV tai Excel)',
    reading: 'Luetaan tiedostoa…',
    readingRows: 'Luetaan rivejä: {{done}} / {{total}}',
    checking: 'Tarkistetaan rivejä…',
    importing: 'Tuodaan rivejä: {{done}} / {{total}}',
    errorAt: 'Rivi {{row}}, sarake {{column}}: {{message}}',
    errorAtRow: 'Rivi {{row}}: {{message}}',
    errorAtSheet: 'Välilehti {{sheet}}, rivi {{row}}, sarake {{column}}: {{message}}',
    errorAtSheetRow: 'Välilehti {{sheet}}, rivi {{row}}: {{message}}',
    refused: 'Tiedostoa ei tuotu. {{message}}',
    unreadable: 'Tiedostoa ei voitu lukea, eikä mitään tuotu. Virhe: {{message}}',
    invalidHeading: 'Tiedostossa {{fileName}} on virheitä',
    invalid_one:
      'Tiedostosta löytyi 1 virhe. Mitään ei tuotu. Korjaa virhe ja tuo tiedosto uudelleen.',
    invalid_other:
      'Tiedostosta löytyi {{count}} virhettä. Mitään ei tuotu. Korjaa virheet ja tuo tiedosto uudelleen.',
    errorList: 'Virheet',
    moreErrors_one: '…ja 1 muu virhe. Tallenna virheluettelo nähdäksesi kaikki.',
    moreErrors_other: '…ja {{count}} muuta virhettä. Tallenna virheluettelo nähdäksesi kaikki.',
    saveErrors: 'Tallenna virheluettelo',
    saveErrorsFailed: 'Virheluettelon tallennus epäonnistui: {{message}}',
    readyHeading: 'Tiedosto {{fileName}} on tarkistettu',
    summary: 'Rivejä: uusia {{created}}, muuttuu {{updated}}, ennallaan {{unchanged}}.',
    changeList: 'Muutokset',
    rowLine: 'Rivi {{row}}: {{text}}',
    sheetRowLine: 'Välilehti {{sheet}}, rivi {{row}}: {{text}}',
    newRow: 'uusi rivi',
    changedRow: 'muuttuu {{fields}}',
    moreChanges_one: '…ja 1 muu muutos.',
    moreChanges_other: '…ja {{count}} muuta muutosta.',
    backupNote: 'Ennen tuontia otetaan automaattisesti varmuuskopio.',
    noBackupNote: 'Selainversio ei ota varmuuskopiota ennen tuontia.',
    confirm: 'Tuo',
    nothingToImport: 'Tiedoston rivit vastaavat jo rekisteriä: tuotavaa ei ole.',
    done: 'Tuonti valmis: uusia rivejä {{created}}, muutettuja {{updated}}.',
    failed: 'Tuonti epäonnistui, eikä mitään muutettu. {{message}}',
    failedAtRow: 'Tuonti epäonnistui rivillä {{row}}, eikä mitään muutettu. {{message}}',
    windows1252Note: 'Tiedosto luettiin Windows-1252-merkistöllä (vanhemman Excelin CSV-tiedosto).',
    errors: {
      tooLarge: 'Tiedosto on liian suuri: enintään {{max}} Mt.',
      emptyFile: 'Tiedosto on tyhjä: siinä ei ole yhtään riviä.',
      notText:
        'Tiedosto ei ole CSV-tiedosto, jota tuonti voi lukea: siinä on muuta kuin tekstiä. Valitse viennin muotoinen CSV-tiedosto (.csv) tai Excel-tiedosto (.xlsx).',
      utf16:
        'Tiedosto on tallennettu UTF-16-merkistöllä (Excelin ”Unicode-teksti”), jota tuonti ei lue. Tallenna se CSV-tiedostoksi UTF-8-merkistöllä tai Excel-työkirjaksi (.xlsx) ja tuo uudelleen.',
      mixedEncoding:
        'Tiedoston merkistö on sekaisin: suurin osa on UTF-8-tekstiä mutta ei kaikki, joten ä- ja ö-kirjaimet eivät lukeutuisi oikein. Tiedosto on ehkä katkennut tai koottu eri lähteistä. Tallenna se uudelleen UTF-8-merkistöllä tai tuo Excel-tiedosto (.xlsx).',
      notXlsx:
        'Tiedoston nimi päättyy .xlsx, mutta se ei ole Excel-työkirja. Valitse viennin muotoinen Excel-tiedosto (.xlsx) tai CSV-tiedosto (.csv).',
      notRowFile:
        'Tiedosto ei ole viennin muotoinen rivitiedosto: sen ensimmäisellä rivillä ei ole yhtään viennin sarakeotsikoista (kuten Yksikkö, Vuosi, Tila). Vie yksikön rivit ensin ja muokkaa sitä tiedostoa.',
      fileType: 'Tuotavan tiedoston on oltava CSV- tai Excel-tiedosto (.csv tai .xlsx).',
      unreadableXlsx: 'Tiedosto ei ole luettava Excel-tiedosto (.xlsx).',
      noRowSheet:
        'Excel-tiedostossa ei ole yhtään rivivälilehteä: minkään välilehden ensimmäisellä rivillä ei ole viennin sarakeotsikoita Yksikkö, Vuosi ja Tila. Vie yksikön rivit ensin ja muokkaa sitä tiedostoa.',
      noHeader: 'Otsikkorivi puuttuu: ensimmäisellä rivillä on oltava viennin sarakeotsikot.',
      wrongDelimiter:
        'Sarakkeita ei ole erotettu puolipisteellä (;). Tallenna tiedosto CSV-muodossa suomenkielisestä Excelistä tai tuo Excel-tiedosto (.xlsx).',
      noColumnName: 'Sarakkeelta puuttuu otsikko, mutta siinä on tietoja.',
      unknownColumn: 'Tuntematon sarake. Käytä viennin sarakeotsikoita sellaisinaan.',
      duplicateColumn: 'Sarake on tiedostossa kahdesti.',
      missingColumn: 'Pakollinen sarake puuttuu.',
      extraCells:
        'Rivillä on tietoja otsikoitujen sarakkeiden jälkeen. Tarkista, ettei tekstissä ole puolipistettä lainausmerkkien ulkopuolella.',
      unclosedQuote:
        'Lainausmerkillä alkava kenttä ei pääty lainausmerkkiin, joten loppu tiedostosta luettiin tämän kentän osaksi. Tarkista lainausmerkit.',
      badQuote:
        'Lainausmerkit ovat virheelliset: lainausmerkeissä olevan tekstin jälkeen on muuta tekstiä. Tekstin sisällä lainausmerkki kirjoitetaan kahdesti ("").',
      unknownId:
        'Tällä Id:llä ei löydy riviä tästä yksiköstä eikä sen alayksiköistä. Jätä Id tyhjäksi, jos rivi on uusi.',
      deletedId:
        'Rivi on poistettu rekisteristä. Palauta se ensin, tai jätä Id tyhjäksi lisätäksesi rivin uutena.',
      duplicateId: 'Sama Id on jo rivillä {{row}}.',
      duplicateIdOnSheet: 'Sama Id on jo välilehden {{sheet}} rivillä {{row}}.',
      unitChanged:
        'Olemassa olevan rivin yksikköä ei voi vaihtaa tuonnilla. Kirjoita rivin nykyinen yksikkö tai jätä Id tyhjäksi, jos rivi on uusi.',
      yearChanged:
        'Olemassa olevan rivin vuotta ei voi vaihtaa tuonnilla. Kirjoita rivin nykyinen vuosi tai jätä Id tyhjäksi, jos rivi on uusi.',
      unknownUnit:
        'Yksikköä ei löydy tästä yksiköstä eikä sen alayksiköistä. Kirjoita yksikön nimi täsmälleen kuten rekisterissä.',
      ambiguousUnit:
        'Samanniminen yksikkö on useassa kohdassa organisaatiota. Tuo rivi sen yksikön sivulta, jonka alla niistä on vain yksi.',
      unknownStatus: 'Tila ei kelpaa. Käytä jotakin näistä: {{words}}.',
      unknownKind: 'Taulukkoa ”{{kind}}” ei ole. Käytä jotakin näistä: {{kinds}}.',
      ambiguousKind:
        'Nimi ”{{kind}}” on usealla taulukolla. Käytä taulukon nimeä toisella kielellä tai sen tunnistetta. Taulukot: {{kinds}}.',
      retiredKind:
        'Taulukko on poistettu käytöstä, eikä siihen lisätä uusia rivejä eikä siirretä rivejä. Valitse käytössä oleva taulukko.',
      priorityNotUsed:
        'Tämän taulukon rivit eivät ole painopisteiden alla. Jätä Painopiste tyhjäksi.',
      unknownPriority:
        'Painopistettä ”{{priority}}” ei ole vuoden {{year}} luettelossa. Vuoden painopisteet: {{priorities}}.',
      noPriorities:
        'Painopistettä ”{{priority}}” ei ole: vuodelle {{year}} ei ole painopisteitä. Lisää ne asetuksissa tai jätä Painopiste tyhjäksi.',
    },
  },
} as const;
