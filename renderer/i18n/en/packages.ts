import type { Widen } from '../widen';
import type { packages as source } from '../fi/packages';

export const packages: Widen<typeof source> = {
  packages: {
    nav: 'Unit packages',
    heading: 'Unit packages',
    help: "Make a file of its own for each unit: the unit's rows, risks and risk assessments for the chosen year. The unit manager opens the package in their own Valvo, updates it and returns it to you to merge.",
    year: 'Year',
    unitsHeading: 'Units',
    unitsHelp:
      "Choose the units to make a package for. The recipient defaults to the unit's manager; you can change it.",
    pickerLabel: 'Units to make a package for',
    selectAllIn: 'Select all: {{unit}}',
    clearAllIn: 'Clear selection: {{unit}}',
    expand: 'Show sub-units: {{unit}}',
    collapse: 'Hide sub-units: {{unit}}',
    issuedTo: 'Issued to',
    issuedToFor: 'Issued to: {{unit}}',
    selected_one: '{{count}} unit selected.',
    selected_other: '{{count}} units selected.',
    export: 'Export packages',
    closedYear: 'The year {{year}} is closed: no more packages are issued for it.',
    progressBuilding: 'Making the packages…',
    progressZip: 'Packing {{count}} packages into a ZIP file…',
    exported_one: 'Unit package saved: {{fileName}}.',
    exported_other: '{{count}} unit packages saved in the file {{fileName}}.',
    issuedHeading: 'Issued packages',
    issuedCaption: 'Unit packages issued for {{year}}',
    issuedNone: 'No packages have been issued for this year.',
    showMore: 'Show more ({{count}} left)',
    columns: {
      unit: 'Unit',
      year: 'Year',
      issuedTo: 'Issued to',
      issuedAt: 'Issued (time)',
      state: 'State',
    },
    states: {
      awaiting: 'Awaiting return',
      merged: 'Returned and merged {{date}} (returned by {{name}})',
      mergedAgain: 'Merged {{count}} times, last {{date}} (returned by {{name}})',
    },
    kinds: {
      issue: 'an issued unit package',
      return: 'a return package',
    },
    open: {
      heading: 'Open a unit package',
      help: "If the controller has sent you your unit's package (.valvo-paketti.json), open it here. Valvo then shows only the package's unit.",
      laterHelp:
        'A new package (for example for the next year) can be opened here. It replaces the package open now.',
      file: 'Unit package file',
      reading: 'Reading the package…',
      opened: 'Unit package opened: {{unit}}, {{year}}.',
      replaceTitle: 'Replace the open package?',
      replaceHelp:
        'This Valvo has the package {{unit}}, {{year}} open. The new package ({{newUnit}}, {{newYear}}) replaces its data.',
      notReturned:
        'The open package has not been returned. Return it first if you have made changes to it.',
      returnedAt: 'The open package was last returned {{date}}.',
      webBackup:
        'In a browser Valvo cannot take a backup by itself: download a backup first if you want to keep the current data.',
      downloadFirst: 'Download a backup',
      confirm: 'Open the package',
    },
    problems: {
      heading: 'The file {{fileName}} was not opened',
      summary_one: 'The file has {{count}} problem. Nothing was changed.',
      summary_other: 'The file has {{count}} problems. Nothing was changed.',
      listLabel: 'Problems in the file',
      place: 'At {{path}}',
      wholeFile: 'The whole file',
      more_one: '{{count}} more problem.',
      more_other: '{{count}} more problems.',
      refused: 'The package {{fileName}} was not opened. Nothing was changed.',
    },
    banner: {
      label: 'Open unit package',
      text: 'Unit package: {{unit}}, {{year}} — issued to {{name}}',
      returnPackage: 'Return the package',
      returning: 'Making the return package…',
      returned: 'Return package saved: {{fileName}}. Send it to the controller.',
      lastReturned: 'Last returned {{date}}.',
    },
    modeNav: {
      unit: 'Rows and risks',
      riskMap: 'Risk map',
      summary: 'Unit summary',
      settings: 'Settings',
      profile: 'Profile',
    },
    errors: {
      tooLarge: 'The file is too large for a unit package (over 20 MB).',
      notJson:
        'The file is not valid JSON – it may have been edited by hand. The parser says: {{detail}}',
      notText:
        'The file is not a Valvo unit package: it is not text but something else, such as an image, a program or a damaged file.',
      notPackage: 'The file is not a Valvo unit package.',
      newerFormat:
        'The package was made with a newer Valvo. Update Valvo and open the package again.',
      newerSchema:
        "The package's data is in a newer Valvo's format. Update Valvo and open the package again.",
      wrongKind: 'Wrong package: {{expected}} is needed here, but the file is {{found}}.',
      forbiddenKey: 'The file contains a forbidden field name.',
      tooLong: 'The text is longer than Valvo ever writes: the file has been edited or is damaged.',
      tooDeep:
        'The data is nested deeper than in any Valvo file: the file has been edited or is damaged.',
      unknownField: 'Unknown field: the file has been edited or made by another program.',
      badRecord: 'A value is missing or has the wrong form.',
      badHeader: "One of the package's header values is missing or has the wrong form.",
      hashMismatch:
        "The file's content does not match its checksum: the file has been changed since Valvo wrote it.",
      duplicateId: 'The same identifier appears twice in the file.',
      outsideScope: "The record does not belong to the package's unit or year.",
      baseMismatch: "The package's records do not match its starting point.",
      unitMissing: "The package's unit is missing from the file.",
      badAuditChain:
        'The change history chain does not hold: events have been changed, removed or moved.',
      openReturn:
        'This is a return package. A unit manager opens the package the controller issued; the controller merges the return.',
      closedYear:
        "The package's year {{year}} is closed, so the package cannot be opened for editing.",
      ownRegister:
        'This Valvo already holds a register of its own. A unit package can only be opened in a Valvo that holds nothing but a profile or an earlier package of the same organisation.',
      otherOrganisation:
        'The package is from another organisation ({{name}}) than the package open in this Valvo ({{current}}).',
      noOpenedPackage: 'No unit package is open in this Valvo.',
      outsidePackage:
        "A unit package is open in this Valvo ({{unit}}, {{year}}): only that unit's rows, risks and assessments can be changed.",
      packageMode:
        'A unit package is open in this Valvo ({{unit}}, {{year}}): the organisation, settings and years cannot be changed. The controller changes them.',
      noUnits: 'Choose at least one unit.',
      duplicateUnit: 'The same unit has been chosen twice.',
      issuedToMissing: 'Give a recipient (Issued to) for the unit {{unit}}.',
      noOrganisation: "The organisation's details are missing, so no package can be made.",
      saveFailed: 'The file could not be saved: {{message}}',
    },
  },
};
