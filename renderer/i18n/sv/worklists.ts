import type { Widen } from '../widen';
import type { worklists as source } from '../fi/worklists';

export const worklists: Widen<typeof source> = {
  worklists: {
    home: {
      nav: 'Mitt arbete',
      heading: 'Mitt arbete',
      intro: 'Raderna för {{year}} där du är ansvarsperson och de enheter där du är chef.',
      profile: '{{name}}, {{role}}',
      readOnly: 'I rollen som läsare kan du se raderna men inte ändra dem.',
      closedYear: 'År {{year}} är stängt, så radernas status kan inte längre uppdateras.',
      cityHeading: 'Hela staden år {{year}}',
      cityOverdue: 'Försenade',
      cityDueSoon: 'Förfaller inom 30 dagar',
      overdueHeading: 'Försenade ({{count}})',
      overdueEmpty: 'Du har inga försenade rader.',
      dueSoonHeading: 'Förfaller inom 30 dagar ({{count}})',
      dueSoonEmpty: 'Du har inga rader som förfaller inom 30 dagar.',
      risksHeading: 'Risker att bedöma ({{count}})',
      risksEmpty: 'Du har inga risker att bedöma.',
      risksHelp:
        'Risker som du äger eller som hör till din enhet, när de inte har bedömts eller deras bedömningsdag har kommit.',
      unitsHeading: 'Dina enheter ({{count}})',
      unitsEmpty: 'Du är inte chef för någon enhet. Enhetens chef anges i enhetens uppgifter.',
      unitRows_one: '{{count}} rad år {{year}}, försenade {{overdue}}',
      unitRows_other: '{{count}} rader år {{year}}, försenade {{overdue}}',
      overdueCaption: 'Dina försenade rader',
      dueSoonCaption: 'Dina rader som förfaller inom 30 dagar',
      unit: 'Enhet',
      daysLate_one: '{{count}} dag försenad',
      daysLate_other: '{{count}} dagar försenad',
      dueToday: 'förfaller i dag',
      daysLeft_one: '{{count}} dag kvar',
      daysLeft_other: '{{count}} dagar kvar',
      more_one: 'Dessutom {{count}} rad. Du ser alla på enheternas sidor.',
      more_other: 'Dessutom {{count}} rader. Du ser alla på enheternas sidor.',
      statusSaved: 'Radens status har uppdaterats.',
    },
    bulk: {
      title: 'Ändra valda rader',
      count_one: '{{count}} rad ändras',
      count_other: '{{count}} rader ändras',
      help: 'Välj vilka uppgifter som ändras. Övriga uppgifter förblir oförändrade.',
      changeOwner: 'Ändra ansvarsperson',
      changeDeadline: 'Ändra tidsfrist',
      changeStatus: 'Ändra status',
      deadlineHelp:
        'I formen d.m.åååå. Tomt fält tar bort tidsfristen. Tidsfristen ska infalla under respektive rads planeringsår.',
      noteHelp: 'Läggs till som en daterad anteckning om framsteg på varje ändrad rad.',
      done_one: '{{count}} rad ändrades.',
      done_other: '{{count}} rader ändrades.',
      noneChanged: 'De valda raderna hade redan dessa uppgifter, så ingenting ändrades.',
      undone_one: 'Ändringen ångrades på {{count}} rad.',
      undone_other: 'Ändringen ångrades på {{count}} rader.',
      errors: {
        notAllowed: 'I rollen som läsare kan rader inte ändras.',
        noRows: 'Välj först de rader som ska ändras.',
        nothingToChange: 'Välj minst en uppgift att ändra: ansvarsperson, tidsfrist eller status.',
        missing_one: 'Den valda raden finns inte längre. Ingenting ändrades.',
        missing_other: '{{count}} av de valda raderna finns inte längre. Ingenting ändrades.',
        deleted_one:
          'Den valda raden har raderats: {{rows}}. Ingenting ändrades. Uppdatera urvalet och försök igen.',
        deleted_other:
          '{{count}} av de valda raderna har raderats: {{rows}}. Ingenting ändrades. Uppdatera urvalet och försök igen.',
        changed_one:
          'Den valda raden har ändrats efter att den valdes: {{rows}}. Ingenting ändrades. Kontrollera raden och försök igen.',
        changed_other:
          '{{count}} av de valda raderna har ändrats efter att de valdes: {{rows}}. Ingenting ändrades. Kontrollera raderna och försök igen.',
        closedYear_one:
          'Den valda raden hör till det stängda året {{years}}: {{rows}}. Rader för ett stängt år kan inte ändras, så ingenting ändrades.',
        closedYear_other:
          '{{count}} av de valda raderna hör till det stängda året {{years}}: {{rows}}. Rader för ett stängt år kan inte ändras, så ingenting ändrades.',
        deadlineOutsideYear_one:
          'Tidsfristen {{date}} infaller inte under den valda radens planeringsår: {{rows}}. Ingenting ändrades.',
        deadlineOutsideYear_other:
          'Tidsfristen {{date}} infaller inte under planeringsåret för {{count}} valda rader: {{rows}}. Ingenting ändrades.',
        undoDeleted_one:
          'Ändringen kan inte ångras: raden har raderats sedan dess: {{rows}}. Ingenting ändrades.',
        undoDeleted_other:
          'Ändringen kan inte ångras: {{count}} rader har raderats sedan dess: {{rows}}. Ingenting ändrades.',
        undoChanged_one:
          'Ändringen kan inte ångras: raden har ändrats sedan dess: {{rows}}. Ingenting ändrades.',
        undoChanged_other:
          'Ändringen kan inte ångras: {{count}} rader har ändrats sedan dess: {{rows}}. Ingenting ändrades.',
      },
    },
  },
};
