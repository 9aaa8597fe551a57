import type { Widen } from '../widen';
import type { merge as source } from '../fi/merge';

export const merge: Widen<typeof source> = {
  merge: {
    nav: 'Sammanfoga paket',
    heading: 'Sammanfoga ett returnerat paket',
    intro:
      'Välj det paket som enheten har returnerat. Valvo kontrollerar hela filen och jämför varje post med paketets utgångsläge: bara enhetens ändringar tas med, dina egna ändringar bevaras, och om båda har ändrat samma fält väljer du själv. Ingenting ändras innan du trycker på Sammanfoga.',
    controllerOnly: 'Att sammanfoga returnerade paket är controllerns uppgift.',
    file: 'Returnerat paket (.json)',
    reading: 'Paketet läses och kontrolleras…',
    problems: {
      heading: 'Paketet {{fileName}} kunde inte läsas',
      summary_one: 'Filen har {{count}} problem. Ingenting ändrades.',
      summary_other: 'Filen har {{count}} problem. Ingenting ändrades.',
      listLabel: 'Problem i filen',
      wholeFile: 'Hela filen',
      more: 'Dessutom {{count}} andra problem.',
    },
    refusedHeading: 'Paketet {{fileName}} sammanfogades inte',
    nothingChanged: 'Ingenting ändrades.',
    alreadyMerged:
      'Den här returen sammanfogades redan {{date}} (av {{name}}). En ny sammanfogning skulle inte ändra något.',
    openReport: 'Öppna sammanfogningsrapporten',
    preview: {
      heading: 'Förhandsgranskning: {{unit}}, {{year}}',
      issued: 'Utfärdat till: {{name}}, {{date}}',
      returned: 'Returnerat av: {{name}}, {{date}}',
      unitEvents_one:
        'Paketet innehåller {{count}} ändringshändelse från enheten; den sparas i rapporten.',
      unitEvents_other:
        'Paketet innehåller {{count}} ändringshändelser från enheten; de sparas i rapporten.',
      countsLabel: 'Sammanfattning av sammanfogningen',
      nothingToMerge: 'Paketet innehåller inga ändringar som behöver sammanfogas.',
    },
    counts: {
      added: 'Läggs till',
      changed: 'Ändras',
      conflicts: 'Konflikter',
      refused: 'Avvisas',
      unchanged: 'Oförändrade',
    },
    tables: {
      controlActions: 'Rader',
      risks: 'Risker',
      assessments: 'Riskbedömningar',
    },
    sections: {
      added: 'Läggs till',
      changed: 'Ändras',
      refused: 'Avvisas',
      conflicts: 'Konflikter',
    },
    listCaption: '{{section}}: {{table}}',
    columns: {
      record: 'Post',
      fields: 'Fält som ändras',
      field: 'Fält',
      change: 'Ändring',
      reason: 'Orsak',
      base: 'Utgångsläge',
      ours: 'Vår',
      theirs: 'Deras',
      choice: 'Val',
      result: 'Resultat',
    },
    assessmentOf: 'Riskbedömning {{date}} ({{risk}})',
    deleted: 'raderad',
    change: '{{before}} → {{after}}',
    conflictCaption: 'Konflikt: {{record}}',
    conflictAlsoTaken: 'Från enheten tas dessutom:',
    choiceLegend: 'Val: {{field}}',
    choices: {
      theirs: 'Deras',
      ours: 'Vår',
      edited: 'Redigerad',
    },
    editedLabel: 'Redigerat värde: {{field}}',
    editedDateHelp: 'I formen d.m.åååå',
    unresolved_one: '{{count}} konflikt är olöst.',
    unresolved_other: '{{count}} konflikter är olösta.',
    submit: 'Sammanfoga',
    submitBlocked: 'Sammanfoga ({{count}} olösta)',
    cancel: 'Avbryt',
    applying: 'Sammanfogar…',
    backupNote: 'Före sammanfogningen tar Valvo en automatisk säkerhetskopia.',
    webBackupNote:
      'I webbläsaren kan Valvo inte själv ta en säkerhetskopia: ladda ner en säkerhetskopia under Inställningar före sammanfogningen om du vill kunna återgå till nuläget.',
    merged_one: 'Paketet sammanfogat: {{count}} post ändrades.',
    merged_other: 'Paketet sammanfogat: {{count}} poster ändrades.',
    history: {
      heading: 'Tidigare sammanfogningar',
      caption: 'Sammanfogade paket, nyaste först',
      empty: 'Inga paket har sammanfogats ännu.',
      mergedAt: 'Sammanfogat',
      unit: 'Enhet',
      year: 'År',
      returnedBy: 'Returnerat av',
      summary: 'Ändringar',
      report: 'Rapport',
      open: 'Öppna rapporten',
      summaryText:
        '{{added}} tillagda, {{changed}} ändrade, {{conflicts}} konflikter, {{refused}} avvisade',
    },
    report: {
      title: 'Sammanfogningsrapport: {{unit}}, {{year}}',
      summary: 'Sammanfattning',
      counts: {
        added: 'Tillagda',
        changed: 'Ändrade',
        conflicts: 'Konflikter',
        refused: 'Avvisade',
        unchanged: 'Oförändrade',
      },
      sections: {
        added: 'Tillagda',
        changed: 'Ändrade',
        refused: 'Avvisade',
        conflicts: 'Lösta konflikter',
      },
      loading: 'Rapporten laddas…',
      notFound: 'Sammanfogningen hittades inte.',
      back: 'Tillbaka till sammanfogningen',
      printPreview: 'Utskriftsvy',
      meta: {
        issuedTo: 'Paketet utfärdat till',
        returned: 'Returnerat',
        merged: 'Sammanfogat',
        package: 'Returens identifierare',
        unitEvents: 'Enhetens ändringshändelser',
      },
      byAt: '{{name}}, {{date}}',
      none: 'Inga.',
      resolvedAs: '{{choice}}: {{value}}',
    },
    warnings: {
      olderReturn:
        'Den här returen ({{returnedAt}}) är äldre än en retur av samma paket som redan har sammanfogats ({{newerAt}}). Ändringar som sammanfogats senare visas nedan som konflikter: kontrollera varje val.',
    },
    refusals: {
      otherUnit: 'Posten hör till en annan enhet.',
      otherYear: 'Posten hör till ett annat år.',
      riskOutsideScope: 'Riskbedömningen gäller en risk som inte hör till paketets enhet.',
      unitChanged: 'Enheten har flyttat posten till en annan enhet.',
      yearChanged: 'Enheten har flyttat raden till ett annat år.',
      oursOtherUnit: 'Posten har under tiden flyttats till en annan enhet i registret.',
      oursOtherYear: 'Raden har under tiden flyttats till ett annat år i registret.',
      purgedHere: 'Posten har raderats permanent ur registret.',
    },
    errors: {
      notReturn:
        'Paketet saknar uppgifterna om returen (returnerat av, tidpunkt eller identifierare).',
      otherOrganisation:
        'Paketet hör till en annan organisation ({{organisation}}). Det kan inte sammanfogas med det här registret.',
      closedYear: 'År {{year}} är stängt. Paket för ett stängt år kan inte sammanfogas.',
      notIssued:
        'Det här paketet har inte utfärdats från det här registret och kan därför inte sammanfogas här.',
      baseMismatch:
        'Paketets utgångsläge motsvarar inte det som utfärdades från det här registret: paketet har ändrats eller är en retur av ett annat paket.',
      unresolved: 'Lös först alla konflikter ({{count}} olösta).',
      invalidValue: 'Det redigerade värdet passar inte i fältet {{field}}.',
      changedSincePreview:
        'Uppgifter i registret har ändrats efter förhandsgranskningen. Välj paketet på nytt så uppdateras förhandsgranskningen.',
      invalidDate: 'Ange datumet i formen d.m.åååå.',
    },
  },
};
