export const storage = {
  storage: {
    full: {
      title: 'Muutosta ei tallennettu',
      quota:
        'Valvolle varattu tallennustila on käytetty loppuun, joten viimeisintä muutosta ei tallennettu. Mitään ei muutettu.',
      diskFull:
        'Tietokoneen levy on täynnä, joten viimeisintä muutosta ei tallennettu. Mitään ei muutettu.',
      kept: 'Lomakkeelle kirjoittamasi tiedot ovat yhä tallessa lomakkeella, eikä aiemmin tallennettuja tietoja ole menetetty.',
      stepsHeading: 'Näin jatkat',
      stepFree: 'Vapauta levytilaa: poista tarpeettomia tiedostoja ja tyhjennä roskakori.',
      stepBackup:
        'Jos tilaa ei saa heti vapautettua, tallenna varmuuskopio toiseen paikkaan, esimerkiksi verkkolevylle.',
      stepRetry: 'Sulje sitten tämä ilmoitus ja tallenna uudelleen.',
      usage: 'Valvo käyttää nyt {{used}} enimmäismäärästä {{quota}} ({{percent}}).',
      usageUnknown: 'Tallennustilan käyttöä ei voitu lukea.',
      saveBackup: 'Tallenna varmuuskopio',
      savingBackup: 'Tallennetaan varmuuskopiota…',
      backupSaved: 'Varmuuskopio tallennettu: {{fileName}}',
      backupFailed: 'Varmuuskopiota ei voitu tallentaa: {{message}}',
      close: 'Palaa lomakkeelle',
    },
    status: {
      heading: 'Tallennustila',
      persisted:
        'Pysyvä tallennus on käytössä: selain ei poista Valvon tietoja, vaikka levytila kävisi vähiin.',
      notPersisted:
        'Pysyvä tallennus ei ole käytössä: selain voi poistaa Valvon tietoja, jos levytila käy vähiin. Ota varmuuskopio säännöllisesti.',
      persistUnknown: 'Selain ei kerro, onko pysyvä tallennus käytössä.',
      requestPersist: 'Pyydä pysyvää tallennusta',
      persistRefused:
        'Selain ei myöntänyt pysyvää tallennusta. Se voi myöntää sen myöhemmin, kun Valvoa on käytetty enemmän.',
      usage: 'Käytössä {{used}} enimmäismäärästä {{quota}} ({{percent}}). Vapaana {{available}}.',
      usageUnknown: 'Selain ei kerro tallennustilan käyttöä.',
    },
  },
} as const;
