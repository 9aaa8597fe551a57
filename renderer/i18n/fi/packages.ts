export const packages = {
  packages: {
    nav: 'Yksikköpaketit',
    heading: 'Yksikköpaketit',
    help: 'Tee jokaiselle yksikölle oma tiedosto: yksikön rivit, riskit ja riskiarviot valitulta vuodelta. Yksikön esihenkilö avaa paketin omassa Valvossaan, päivittää sen ja palauttaa sen sinulle yhdistettäväksi.',
    year: 'Vuosi',
    unitsHeading: 'Yksiköt',
    unitsHelp:
      'Valitse yksiköt, joille paketti tehdään. Vastaanottajaksi tulee yksikön esihenkilö; voit vaihtaa sen.',
    pickerLabel: 'Yksiköt, joille paketti tehdään',
    selectAllIn: 'Valitse kaikki: {{unit}}',
    clearAllIn: 'Poista valinnat: {{unit}}',
    expand: 'Näytä alayksiköt: {{unit}}',
    collapse: 'Piilota alayksiköt: {{unit}}',
    issuedTo: 'Annettu',
    issuedToFor: 'Annettu: {{unit}}',
    selected_one: 'Valittu {{count}} yksikkö.',
    selected_other: 'Valittu {{count}} yksikköä.',
    export: 'Vie paketit',
    closedYear: 'Vuosi {{year}} on suljettu: sen paketteja ei enää anneta.',
    progressBuilding: 'Tehdään paketteja…',
    progressZip: 'Pakataan {{count}} pakettia ZIP-tiedostoon…',
    exported_one: 'Yksikköpaketti tallennettu: {{fileName}}.',
    exported_other: '{{count}} yksikköpakettia tallennettu tiedostoon {{fileName}}.',
    issuedHeading: 'Annetut paketit',
    issuedCaption: 'Vuoden {{year}} annetut yksikköpaketit',
    issuedNone: 'Tälle vuodelle ei ole annettu paketteja.',
    showMore: 'Näytä lisää ({{count}} jäljellä)',
    columns: {
      unit: 'Yksikkö',
      year: 'Vuosi',
      issuedTo: 'Annettu',
      issuedAt: 'Annettu (aika)',
      state: 'Tila',
    },
    states: {
      awaiting: 'Odottaa palautusta',
      merged: 'Palautettu ja yhdistetty {{date}} (palauttaja {{name}})',
      mergedAgain: 'Yhdistetty {{count}} kertaa, viimeksi {{date}} (palauttaja {{name}})',
    },
    kinds: {
      issue: 'annettu yksikköpaketti',
      return: 'palautuspaketti',
    },
    open: {
      heading: 'Avaa yksikköpaketti',
      help: 'Jos controller on lähettänyt sinulle yksikkösi paketin (.valvo-paketti.json), avaa se tästä. Valvo näyttää sen jälkeen vain paketin yksikön tiedot.',
      laterHelp:
        'Uuden paketin (esimerkiksi seuraavan vuoden) voi avata tästä. Se korvaa nyt avoinna olevan paketin.',
      file: 'Yksikköpaketin tiedosto',
      reading: 'Luetaan pakettia…',
      opened: 'Yksikköpaketti avattu: {{unit}}, {{year}}.',
      replaceTitle: 'Korvataanko avoinna oleva paketti?',
      replaceHelp:
        'Tässä Valvossa on auki paketti {{unit}}, {{year}}. Uusi paketti ({{newUnit}}, {{newYear}}) korvaa sen tiedot.',
      notReturned:
        'Avoinna olevaa pakettia ei ole palautettu. Palauta se ensin, jos siihen on tehty muutoksia.',
      returnedAt: 'Avoinna oleva paketti on palautettu viimeksi {{date}}.',
      webBackup:
        'Selaimessa Valvo ei voi ottaa varmuuskopiota itse: lataa varmuuskopio ensin, jos haluat säilyttää nykyiset tiedot.',
      downloadFirst: 'Lataa varmuuskopio',
      confirm: 'Avaa paketti',
    },
    problems: {
      heading: 'Tiedostoa {{fileName}} ei avattu',
      summary_one: 'Tiedostossa on {{count}} ongelma. Mitään ei muutettu.',
      summary_other: 'Tiedostossa on {{count}} ongelmaa. Mitään ei muutettu.',
      listLabel: 'Tiedoston ongelmat',
      place: 'Kohta {{path}}',
      wholeFile: 'Koko tiedosto',
      more_one: 'Lisäksi {{count}} muu ongelma.',
      more_other: 'Lisäksi {{count}} muuta ongelmaa.',
      refused: 'Pakettia {{fileName}} ei avattu. Mitään ei muutettu.',
    },
    banner: {
      label: 'Avoinna oleva yksikköpaketti',
      text: 'Yksikköpaketti: {{unit}}, {{year}} — annettu {{name}}',
      returnPackage: 'Palauta paketti',
      returning: 'Tehdään palautuspakettia…',
      returned: 'Palautuspaketti tallennettu: {{fileName}}. Lähetä se controllerille.',
      lastReturned: 'Viimeksi palautettu {{date}}.',
    },
    modeNav: {
      unit: 'Rivit ja riskit',
      riskMap: 'Riskikartta',
      summary: 'Yksikön yhteenveto',
      settings: 'Asetukset',
      profile: 'Profiili',
    },
    errors: {
      tooLarge: 'Tiedosto on liian suuri yksikköpaketiksi (yli 20 Mt).',
      notJson:
        'Tiedosto ei ole kelvollista JSONia – sitä on ehkä muokattu käsin. Jäsentimen viesti: {{detail}}',
      notText:
        'Tiedosto ei ole Valvon yksikköpaketti: se ei ole tekstiä vaan jotakin muuta, esimerkiksi kuva, ohjelma tai vioittunut tiedosto.',
      notPackage: 'Tiedosto ei ole Valvon yksikköpaketti.',
      newerFormat: 'Paketti on tehty uudemmalla Valvolla. Päivitä Valvo ja avaa paketti uudelleen.',
      newerSchema:
        'Paketin tiedot ovat uudemman Valvon muodossa. Päivitä Valvo ja avaa paketti uudelleen.',
      wrongKind: 'Väärä paketti: tässä tarvitaan {{expected}}, mutta tiedosto on {{found}}.',
      forbiddenKey: 'Tiedostossa on kielletty kentän nimi.',
      tooLong:
        'Teksti on pidempi kuin Valvo koskaan kirjoittaa: tiedostoa on muokattu, tai se on vioittunut.',
      tooDeep:
        'Tiedot ovat sisäkkäin syvemmällä kuin missään Valvon tiedostossa: tiedostoa on muokattu, tai se on vioittunut.',
      unknownField: 'Tuntematon kenttä: tiedostoa on muokattu, tai se on tehty muulla ohjelmalla.',
      badRecord: 'Tieto puuttuu tai on väärän muotoinen.',
      badHeader: 'Paketin perustieto puuttuu tai on väärän muotoinen.',
      hashMismatch:
        'Tiedoston sisältö ei vastaa sen tarkistesummaa: tiedostoa on muutettu sen jälkeen, kun Valvo kirjoitti sen.',
      duplicateId: 'Sama tunniste on tiedostossa kahdesti.',
      outsideScope: 'Tieto ei kuulu paketin yksikköön tai vuoteen.',
      baseMismatch: 'Paketin tiedot eivät vastaa sen lähtötilannetta.',
      unitMissing: 'Paketin yksikkö puuttuu tiedostosta.',
      badAuditChain:
        'Muutoshistorian ketju ei täsmää: tapahtumia on muutettu, poistettu tai siirretty.',
      openReturn:
        'Tämä on palautuspaketti. Yksikön esihenkilö avaa controllerin antaman paketin; palautuksen yhdistää controller.',
      closedYear: 'Paketin vuosi {{year}} on suljettu, joten pakettia ei voi avata muokattavaksi.',
      ownRegister:
        'Tässä Valvossa on jo oma rekisteri. Yksikköpaketin voi avata vain Valvoon, jossa ei ole muuta kuin profiili tai aiemmin avattu saman organisaation paketti.',
      otherOrganisation:
        'Paketti on eri organisaatiolta ({{name}}) kuin tässä Valvossa avoinna oleva paketti ({{current}}).',
      noOpenedPackage: 'Tässä Valvossa ei ole avattua yksikköpakettia.',
      outsidePackage:
        'Tässä Valvossa on auki yksikköpaketti ({{unit}}, {{year}}): vain sen yksikön rivejä, riskejä ja riskiarvioita voi muuttaa.',
      packageMode:
        'Tässä Valvossa on auki yksikköpaketti ({{unit}}, {{year}}): organisaatiota, asetuksia ja vuosia ei voi muuttaa. Ne muuttaa controller.',
      noUnits: 'Valitse vähintään yksi yksikkö.',
      duplicateUnit: 'Sama yksikkö on valittu kahdesti.',
      issuedToMissing: 'Anna vastaanottaja (Annettu) yksikölle {{unit}}.',
      noOrganisation: 'Organisaation tiedot puuttuvat, joten pakettia ei voi tehdä.',
      saveFailed: 'Tiedoston tallennus epäonnistui: {{message}}',
    },
  },
} as const;
