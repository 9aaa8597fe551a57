export const worklists = {
  worklists: {
    home: {
      nav: 'Omat',
      heading: 'Omat',
      intro:
        'Vuoden {{year}} rivit, joiden vastuuhenkilö olet, ja yksiköt, joiden esihenkilö olet.',
      profile: '{{name}}, {{role}}',
      readOnly: 'Lukijan roolissa voit katsoa rivejä, mutta et muuttaa niitä.',
      closedYear: 'Vuosi {{year}} on suljettu, joten sen rivien tilaa ei voi enää päivittää.',
      cityHeading: 'Koko kaupunki vuonna {{year}}',
      cityOverdue: 'Myöhässä',
      cityDueSoon: 'Erääntyy 30 päivän kuluessa',
      overdueHeading: 'Myöhässä ({{count}})',
      overdueEmpty: 'Sinulla ei ole myöhässä olevia rivejä.',
      dueSoonHeading: 'Erääntyy 30 päivän kuluessa ({{count}})',
      dueSoonEmpty: 'Sinulla ei ole rivejä, jotka erääntyvät 30 päivän kuluessa.',
      risksHeading: 'Arvioitavat riskit ({{count}})',
      risksEmpty: 'Sinulla ei ole arvioitavia riskejä.',
      risksHelp:
        'Riskit, joiden omistaja olet tai jotka kuuluvat yksikköösi, kun niitä ei ole arvioitu tai arviointipäivä on tullut.',
      unitsHeading: 'Yksikkösi ({{count}})',
      unitsEmpty:
        'Et ole minkään yksikön esihenkilö. Yksikön esihenkilö merkitään yksikön tietoihin.',
      unitRows_one: '{{count}} rivi vuonna {{year}}, myöhässä {{overdue}}',
      unitRows_other: '{{count}} riviä vuonna {{year}}, myöhässä {{overdue}}',
      overdueCaption: 'Myöhässä olevat rivisi',
      dueSoonCaption: 'Rivisi, jotka erääntyvät 30 päivän kuluessa',
      unit: 'Yksikkö',
      daysLate_one: 'myöhässä {{count}} päivä',
      daysLate_other: 'myöhässä {{count}} päivää',
      dueToday: 'erääntyy tänään',
      daysLeft_one: '{{count}} päivä jäljellä',
      daysLeft_other: '{{count}} päivää jäljellä',
      more_one: 'Lisäksi {{count}} rivi. Näet kaikki yksiköiden sivuilla.',
      more_other: 'Lisäksi {{count}} riviä. Näet kaikki yksiköiden sivuilla.',
      statusSaved: 'Rivin tila päivitetty.',
    },
    bulk: {
      title: 'Muuta valittuja rivejä',
      count_one: 'Muutetaan {{count}} rivi',
      count_other: 'Muutetaan {{count}} riviä',
      help: 'Valitse, mitkä tiedot muutetaan. Muut tiedot pysyvät ennallaan.',
      changeOwner: 'Muuta vastuuhenkilö',
      changeDeadline: 'Muuta määräaika',
      changeStatus: 'Muuta tila',
      deadlineHelp:
        'Muodossa p.k.vvvv. Tyhjä poistaa määräajan. Määräajan on oltava kunkin rivin suunnitteluvuonna.',
      noteHelp: 'Lisätään päivättynä edistymismerkintänä jokaiselle muutetulle riville.',
      done_one: 'Muutettiin {{count}} rivi.',
      done_other: 'Muutettiin {{count}} riviä.',
      noneChanged: 'Valituissa riveissä oli jo nämä tiedot, joten mitään ei muutettu.',
      undone_one: 'Muutos kumottiin {{count}} riviltä.',
      undone_other: 'Muutos kumottiin {{count}} riviltä.',
      errors: {
        notAllowed: 'Lukijan roolissa rivejä ei voi muuttaa.',
        noRows: 'Valitse ensin muutettavat rivit.',
        nothingToChange:
          'Valitse vähintään yksi muutettava tieto: vastuuhenkilö, määräaika tai tila.',
        missing_one: 'Valittua riviä ei enää löydy. Mitään ei muutettu.',
        missing_other: '{{count}} valituista riveistä ei enää löydy. Mitään ei muutettu.',
        deleted_one:
          'Valittu rivi on poistettu: {{rows}}. Mitään ei muutettu. Päivitä valinta ja yritä uudelleen.',
        deleted_other:
          '{{count}} valituista riveistä on poistettu: {{rows}}. Mitään ei muutettu. Päivitä valinta ja yritä uudelleen.',
        changed_one:
          'Valittu rivi on muuttunut valinnan jälkeen: {{rows}}. Mitään ei muutettu. Tarkista rivi ja yritä uudelleen.',
        changed_other:
          '{{count}} valituista riveistä on muuttunut valinnan jälkeen: {{rows}}. Mitään ei muutettu. Tarkista rivit ja yritä uudelleen.',
        closedYear_one:
          'Valittu rivi kuuluu suljettuun vuoteen {{years}}: {{rows}}. Suljetun vuoden rivejä ei voi muuttaa, joten mitään ei muutettu.',
        closedYear_other:
          '{{count}} valituista riveistä kuuluu suljettuun vuoteen {{years}}: {{rows}}. Suljetun vuoden rivejä ei voi muuttaa, joten mitään ei muutettu.',
        deadlineOutsideYear_one:
          'Määräaika {{date}} ei ole valitun rivin suunnitteluvuonna: {{rows}}. Mitään ei muutettu.',
        deadlineOutsideYear_other:
          'Määräaika {{date}} ei ole suunnitteluvuonna {{count}} valitulla rivillä: {{rows}}. Mitään ei muutettu.',
        undoDeleted_one:
          'Muutosta ei voi kumota: rivi on poistettu sen jälkeen: {{rows}}. Mitään ei muutettu.',
        undoDeleted_other:
          'Muutosta ei voi kumota: {{count}} riviä on poistettu sen jälkeen: {{rows}}. Mitään ei muutettu.',
        undoChanged_one:
          'Muutosta ei voi kumota: rivi on muuttunut sen jälkeen: {{rows}}. Mitään ei muutettu.',
        undoChanged_other:
          'Muutosta ei voi kumota: {{count}} riviä on muuttunut sen jälkeen: {{rows}}. Mitään ei muutettu.',
      },
    },
  },
} as const;
