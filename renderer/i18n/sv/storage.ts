import type { Widen } from '../widen';
import type { storage as source } from '../fi/storage';

export const storage: Widen<typeof source> = {
  storage: {
    full: {
      title: 'Ändringen sparades inte',
      quota:
        'Lagringsutrymmet som reserverats för Valvo är förbrukat, så den senaste ändringen sparades inte. Ingenting ändrades.',
      diskFull: 'Datorns disk är full, så den senaste ändringen sparades inte. Ingenting ändrades.',
      kept: 'Det du har skrivit i formuläret finns kvar i formuläret, och inga tidigare sparade uppgifter har gått förlorade.',
      stepsHeading: 'Så här fortsätter du',
      stepFree: 'Frigör diskutrymme: radera onödiga filer och töm papperskorgen.',
      stepBackup:
        'Om du inte genast kan frigöra utrymme, spara en säkerhetskopia på ett annat ställe, till exempel på en nätverksenhet.',
      stepRetry: 'Stäng sedan det här meddelandet och spara på nytt.',
      usage: 'Valvo använder nu {{used}} av högst {{quota}} ({{percent}}).',
      usageUnknown: 'Det gick inte att läsa hur mycket lagringsutrymme som används.',
      saveBackup: 'Spara säkerhetskopia',
      savingBackup: 'Säkerhetskopian sparas…',
      backupSaved: 'Säkerhetskopian sparades: {{fileName}}',
      backupFailed: 'Det gick inte att spara säkerhetskopian: {{message}}',
      close: 'Tillbaka till formuläret',
    },
    status: {
      heading: 'Lagringsutrymme',
      persisted:
        'Beständig lagring är i bruk: webbläsaren raderar inte Valvos uppgifter även om diskutrymmet blir knappt.',
      notPersisted:
        'Beständig lagring är inte i bruk: webbläsaren kan radera Valvos uppgifter om diskutrymmet blir knappt. Ta säkerhetskopior regelbundet.',
      persistUnknown: 'Webbläsaren uppger inte om beständig lagring är i bruk.',
      requestPersist: 'Begär beständig lagring',
      persistRefused:
        'Webbläsaren beviljade inte beständig lagring. Den kan bevilja den senare, när Valvo har använts mer.',
      usage: 'I bruk {{used}} av högst {{quota}} ({{percent}}). Ledigt {{available}}.',
      usageUnknown: 'Webbläsaren uppger inte hur mycket lagringsutrymme som används.',
    },
  },
};
