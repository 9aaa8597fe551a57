import type { Widen } from '../widen';
import type { data as source } from '../fi/data';

export const data: Widen<typeof source> = {
  backup: {
    heading: 'Backups',
    desktopHelp:
      'Valvo takes a backup automatically every 15 minutes when data has changed, when the program is closed, and always before a restore or an import. Every backup is read back and verified after it has been written.',
    webReminder:
      "In the browser version the data is kept only in this browser's storage, and no backups are taken automatically. Download a backup as a file regularly, at least at the end of every working day, and keep it in a safe place.",
    download: 'Download backup',
    readerNote:
      'As a reader you do not change the data, so you do not need to back it up. The data is backed up by whoever changes it.',
    downloaded: 'Backup saved: {{fileName}}',
    backupNow: 'Back up now',
    backupTaken: 'Backup taken and verified.',
    listHeading: 'Saved backups',
    listEmpty: 'There are no backups yet.',
    listFailed: 'The list of backups could not be read: {{message}}',
    columns: {
      createdAt: 'Taken',
      reason: 'Reason',
      size: 'Size',
      contents: 'Contents',
      verified: 'Verification',
      commands: 'Commands',
    },
    reasons: {
      scheduled: 'Scheduled',
      quit: 'Program closed',
      manual: 'Taken manually',
      preImport: 'Before import',
      preRestore: 'Before restore',
      preMigration: 'Before database upgrade',
      yearClose: 'Year closed',
    },
    verified: 'verified',
    notVerified: 'not verified',
    pinned: 'kept permanently',
    restore: 'Restore',
    restoreLabel: 'Restore the backup of {{date}}',
    sizeKilobytes: '{{size}} kB',
    sizeMegabytes: '{{size}} MB',
    counts: 'Units: {{units}}, actions: {{actions}}, risks: {{risks}}',
    countsUnknown: 'unknown',
    noOrganisation: 'unnamed organisation',
    filesHeading: 'Restore or import from a file',
    filesHelp:
      'A restore replaces all data with the data in the backup. An import merges the data in the file with the current data. The whole file is checked before anything is changed.',
    restoreFromFile: 'Restore from file',
    importFromFile: 'Import from file',
    controllerOnly: 'Only the controller role can restore or import a backup.',
    reading: 'Reading and checking the file…',
    working: 'Please wait…',
    restoreTitle: 'Restore the backup?',
    importTitle: 'Import the data in the file?',
    summary: 'Backup: {{organisation}}, taken {{date}}. Contents: {{contents}}.',
    restoreWarning: 'A restore replaces all current data with the data in the backup.',
    restoreUndoDesktop:
      'The current state is first saved as a backup of its own, so the restore can be undone by restoring that backup.',
    restoreUndoWeb:
      'The browser version does not save the current state itself. If you want to be able to undo the restore, first download a backup of the current state.',
    importExplain:
      "New records are added and newer versions replace older ones. Records that have been changed here later are not replaced but are counted as conflicts. The change history is not imported: every imported record is entered in this computer's change history.",
    importUndoDesktop:
      'The current state is first saved as a backup, so the import can be undone by restoring that backup.',
    importUndoWeb:
      'If you want to be able to undo the import, first download a backup of the current state.',
    downloadCurrent: 'Download the current state first',
    confirmRestore: 'Restore',
    confirmImport: 'Import',
    restored: 'The backup was restored (taken {{date}}).',
    imported:
      'Import complete: new {{added}}, updated {{updated}}, unchanged {{skipped}}, conflicts {{conflicts}} (the data here was kept).',
    preMigration: {
      working:
        'Valvo is updating the data structure from version {{from}} to version {{to}}. A backup of the data is taken first…',
      failedTitle: 'The data structure was not updated',
      failed:
        'Before the update from version {{from}} to version {{to}} a backup of the data is taken, but it could not be saved or verified, so the update was not made. The data is unchanged. Try again, or export all data to a file and contact support. Error: {{message}}',
      heading: 'Backups taken before updates',
      help: 'Valvo took these backups in this browser’s storage before it updated the data structure. They are not deleted automatically.',
      label: 'Taken before the update to version {{version}}',
      download: 'Download',
      downloadLabel:
        'Download the backup taken before the update to version {{version}} ({{date}})',
      restoreLabel: 'Restore the backup taken before the update to version {{version}} ({{date}})',
      listFailed: 'The backups taken before updates could not be read: {{message}}',
      missing: 'the backup is missing from the browser’s storage',
    },
    scheduledFailed: 'The automatic backup failed: {{message}}',
    problems: {
      heading: 'The file {{fileName}} was not used',
      summary_one: 'Nothing was changed. The file has {{count}} problem:',
      summary_other: 'Nothing was changed. The file has {{count}} problems:',
      listLabel: 'Problems in the file',
      more_one: 'And {{count}} more problem. Save the list to see them all.',
      more_other: 'And {{count}} more problems. Save the list to see them all.',
      saveList: 'Save the list of problems',
      wholeFile: 'whole file',
      lineColumn: 'line {{line}}, column {{column}}',
    },
    errors: {
      notJson:
        'The file is not intact JSON text: it has been truncated or altered. Technical reason: {{detail}}',
      notText:
        'The file is not a Valvo backup: it is not text but something else, such as an image, a program or a damaged file.',
      notBackup: 'The file is not a Valvo backup.',
      badHeader: "The backup's header information is missing or malformed.",
      newerFormat:
        'The backup was made with a newer version of Valvo whose file format this version does not know. Update Valvo.',
      unknownFormat: "The version of the backup's file format is unknown.",
      notEmptyRegister:
        'This Valvo already holds data. The first-run restore only restores into an empty register; restore the backup as a controller on the Backups page.',
      newerSchema:
        'The data structure of the backup is newer than this version of Valvo. Update Valvo before restoring or importing.',
      badRecord: 'The data is missing or malformed.',
      unknownTable: 'Unknown table: Valvo does not recognise this data.',
      unknownField: 'Unknown field: Valvo does not recognise this data.',
      forbiddenKey: 'Forbidden field name: the file has been edited.',
      tooLong: 'The text is longer than Valvo ever writes: the file has been edited or is damaged.',
      tooDeep:
        'The data is nested deeper than in any Valvo file: the file has been edited or is damaged.',
      hashMismatch: 'The checksum does not match: the file is corrupted or has been altered.',
      tooLarge: 'The file is too large to be a backup (over 250 MB).',
      duplicateId: 'The same identifier appears more than once in the file.',
      duplicateKey: 'The same item (setting, year or unit review) appears twice in the file.',
      danglingReference: 'A reference to data that is not in the file.',
      brokenChain: 'The change history chain breaks here: the history has been altered.',
      headMismatch:
        'The last checksum of the change history does not match the one stated in the file.',
      writeFailed: 'The backup could not be saved, so nothing was changed. Reason: {{message}}',
      notVerified: 'The backup was saved, but verifying it failed, so nothing was changed.',
      readFailed: 'The backup could not be read: {{message}}',
      notUpgraded:
        'A record from an older version in the backup could not be converted to the data structure of this version.',
    },
  },
  imports: {
    heading: 'Import rows',
    help: 'Import action rows into unit {{unit}} and its sub-units from a CSV or Excel file in the same format as the export. A row with an Id updates that row; a row without an Id is added as a new row, unless the same row is already in the register. The column Taulukko (table) gives the row’s table (the table’s name in Finnish, Swedish or English) and Painopiste (priority) a strategic goal’s priority; a file without the column Taulukko is imported as internal-control rows. The columns Yksikön tunnus (unit code), Myöhässä (overdue), Mittareiden toteutuminen (indicators’ realisation), Rivin arvio (row judgement), Viimeisin edistymismerkintä (latest progress note) and Toteuma (realisation) are not imported. The whole file is checked first, and nothing is saved until you confirm.',
    file: 'Import rows (CSV or Excel)',
    reading: 'Reading the file…',
    readingRows: 'Reading rows: {{done}} / {{total}}',
    checking: 'Checking the rows…',
    importing: 'Importing rows: {{done}} / {{total}}',
    errorAt: 'Row {{row}}, column {{column}}: {{message}}',
    errorAtRow: 'Row {{row}}: {{message}}',
    errorAtSheet: 'Sheet {{sheet}}, row {{row}}, column {{column}}: {{message}}',
    errorAtSheetRow: 'Sheet {{sheet}}, row {{row}}: {{message}}',
    refused: 'The file was not imported. {{message}}',
    unreadable: 'The file could not be read, and nothing was imported. Error: {{message}}',
    invalidHeading: 'The file {{fileName}} contains errors',
    invalid_one:
      'The file has 1 error. Nothing was imported. Correct the error and import the file again.',
    invalid_other:
      'The file has {{count}} errors. Nothing was imported. Correct the errors and import the file again.',
    errorList: 'Errors',
    moreErrors_one: '…and 1 more error. Save the error list to see them all.',
    moreErrors_other: '…and {{count}} more errors. Save the error list to see them all.',
    saveErrors: 'Save the error list',
    saveErrorsFailed: 'Saving the error list failed: {{message}}',
    readyHeading: 'The file {{fileName}} has been checked',
    summary: 'Rows: new {{created}}, to be changed {{updated}}, unchanged {{unchanged}}.',
    changeList: 'Changes',
    rowLine: 'Row {{row}}: {{text}}',
    sheetRowLine: 'Sheet {{sheet}}, row {{row}}: {{text}}',
    newRow: 'new row',
    changedRow: 'fields to be changed: {{fields}}',
    moreChanges_one: '…and 1 more change.',
    moreChanges_other: '…and {{count}} more changes.',
    backupNote: 'A backup is taken automatically before the import.',
    noBackupNote: 'The browser version does not take a backup before the import.',
    confirm: 'Import',
    nothingToImport: 'The rows in the file already match the register: there is nothing to import.',
    done: 'Import complete: new rows {{created}}, changed rows {{updated}}.',
    failed: 'The import failed, and nothing was changed. {{message}}',
    failedAtRow: 'The import failed at row {{row}}, and nothing was changed. {{message}}',
    windows1252Note:
      'The file was read in the Windows-1252 encoding (a CSV file from an older Excel).',
    errors: {
      tooLarge: 'The file is too large: at most {{max}} MB.',
      emptyFile: 'The file is empty: it has no rows.',
      notText:
        "The file is not a CSV file the import can read: it contains more than text. Choose a CSV file (.csv) or an Excel file (.xlsx) in the export's format.",
      utf16:
        'The file is saved in the UTF-16 encoding (Excel\'s "Unicode Text"), which the import does not read. Save it as a CSV file in UTF-8 or as an Excel workbook (.xlsx) and import it again.',
      mixedEncoding:
        "The file's encoding is mixed: most of it is UTF-8 text but not all, so ä and ö would not be read correctly. The file may be cut short or put together from different sources. Save it again in UTF-8, or import an Excel file (.xlsx).",
      notXlsx:
        "The file name ends in .xlsx, but the file is not an Excel workbook. Choose an Excel file (.xlsx) or a CSV file (.csv) in the export's format.",
      notRowFile:
        "The file is not a row file in the export's format: its first row has none of the export's column headings (such as Yksikkö, Vuosi, Tila). Export the unit's rows first and edit that file.",
      fileType: 'The file to import must be a CSV or Excel file (.csv or .xlsx).',
      unreadableXlsx: 'The file is not a readable Excel file (.xlsx).',
      noRowSheet:
        'The Excel file has no sheet of rows: no sheet has the export’s column headings Yksikkö, Vuosi and Tila on its first row. Export the unit’s rows first and edit that file.',
      noHeader:
        'The header row is missing: the first row must contain the column headings of the export.',
      wrongDelimiter:
        'The columns are not separated by semicolons (;). Save the file as CSV from Excel with Finnish regional settings, or import an Excel file (.xlsx).',
      noColumnName: 'The column has no heading, but it contains data.',
      unknownColumn: 'Unknown column. Use the column headings of the export exactly as they are.',
      duplicateColumn: 'The column appears twice in the file.',
      missingColumn: 'A required column is missing.',
      extraCells:
        'The row has data after the columns that have headings. Check that the text has no semicolon outside quotation marks.',
      unclosedQuote:
        'A field that starts with a quotation mark does not end with one, so the rest of the file was read as part of this field. Check the quotation marks.',
      badQuote:
        'The quotation marks are wrong: there is other text after the quoted text. Inside a text, a quotation mark is written twice ("").',
      unknownId:
        'No row with this Id exists in this unit or its sub-units. Leave the Id empty if the row is new.',
      deletedId:
        'The row has been deleted from the register. Restore it first, or leave the Id empty to add the row as a new one.',
      duplicateId: 'The same Id is already on row {{row}}.',
      duplicateIdOnSheet: 'The same Id is already on row {{row}} of sheet {{sheet}}.',
      unitChanged:
        "An existing row's unit cannot be changed by an import. Enter the row's current unit, or leave the Id empty if the row is new.",
      yearChanged:
        "An existing row's year cannot be changed by an import. Enter the row's current year, or leave the Id empty if the row is new.",
      unknownUnit:
        'The unit is not found in this unit or its sub-units. Enter the unit name exactly as it is in the register.',
      ambiguousUnit:
        'A unit with the same name exists in more than one place in the organisation. Import the row from the page of a unit under which there is only one of them.',
      unknownStatus: 'The status is not valid. Use one of these: {{words}}.',
      unknownKind: 'There is no table “{{kind}}”. Use one of these: {{kinds}}.',
      ambiguousKind:
        'Several tables have the name “{{kind}}”. Use the table’s name in another language or its identifier. Tables: {{kinds}}.',
      retiredKind:
        'The table has been retired: no new rows are added to it and no rows moved into it. Choose a table in use.',
      priorityNotUsed: 'The rows of this table are not under priorities. Leave Painopiste empty.',
      unknownPriority:
        'The priority “{{priority}}” is not in the list for {{year}}. The year’s priorities: {{priorities}}.',
      noPriorities:
        'There is no priority “{{priority}}”: {{year}} has no priorities. Add them in the settings or leave Painopiste empty.',
    },
  },
};
