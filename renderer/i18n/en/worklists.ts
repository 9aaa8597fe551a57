import type { Widen } from '../widen';
import type { worklists as source } from '../fi/worklists';

export const worklists: Widen<typeof source> = {
  worklists: {
    home: {
      nav: 'My work',
      heading: 'My work',
      intro: 'The rows of {{year}} you own and the units you manage.',
      profile: '{{name}}, {{role}}',
      readOnly: 'As a reader you can view the rows but not change them.',
      closedYear:
        'The year {{year}} is closed, so the status of its rows can no longer be updated.',
      cityHeading: 'The whole city in {{year}}',
      cityOverdue: 'Overdue',
      cityDueSoon: 'Due within 30 days',
      overdueHeading: 'Overdue ({{count}})',
      overdueEmpty: 'You have no overdue rows.',
      dueSoonHeading: 'Due within 30 days ({{count}})',
      dueSoonEmpty: 'You have no rows due within 30 days.',
      risksHeading: 'Risks to assess ({{count}})',
      risksEmpty: 'You have no risks to assess.',
      risksHelp:
        'Risks you own or that belong to your unit, when they have never been assessed or their review date has come.',
      unitsHeading: 'Your units ({{count}})',
      unitsEmpty: 'You are not the manager of any unit. A unit’s manager is set in its details.',
      unitRows_one: '{{count}} row in {{year}}, {{overdue}} overdue',
      unitRows_other: '{{count}} rows in {{year}}, {{overdue}} overdue',
      overdueCaption: 'Your overdue rows',
      dueSoonCaption: 'Your rows due within 30 days',
      unit: 'Unit',
      daysLate_one: '{{count}} day late',
      daysLate_other: '{{count}} days late',
      dueToday: 'due today',
      daysLeft_one: '{{count}} day left',
      daysLeft_other: '{{count}} days left',
      more_one: 'And {{count}} more row. The units’ pages show them all.',
      more_other: 'And {{count}} more rows. The units’ pages show them all.',
      statusSaved: 'Row status updated.',
    },
    bulk: {
      title: 'Change the selected rows',
      count_one: 'Changing {{count}} row',
      count_other: 'Changing {{count}} rows',
      help: 'Choose what to change. Everything else stays as it is.',
      changeOwner: 'Change the owner',
      changeDeadline: 'Change the deadline',
      changeStatus: 'Change the status',
      deadlineHelp:
        'As d.m.yyyy. Leave empty to remove the deadline. The deadline must fall within each row’s plan year.',
      noteHelp: 'Added as a dated progress note to every row that changes.',
      done_one: '{{count}} row changed.',
      done_other: '{{count}} rows changed.',
      noneChanged: 'The selected rows already had these values, so nothing was changed.',
      undone_one: 'The change was undone on {{count}} row.',
      undone_other: 'The change was undone on {{count}} rows.',
      errors: {
        notAllowed: 'As a reader you cannot change rows.',
        noRows: 'Select the rows to change first.',
        nothingToChange: 'Choose at least one thing to change: owner, deadline or status.',
        missing_one: 'The selected row no longer exists. Nothing was changed.',
        missing_other: '{{count}} of the selected rows no longer exist. Nothing was changed.',
        deleted_one:
          'The selected row has been deleted: {{rows}}. Nothing was changed. Update your selection and try again.',
        deleted_other:
          '{{count}} of the selected rows have been deleted: {{rows}}. Nothing was changed. Update your selection and try again.',
        changed_one:
          'The selected row has changed since you selected it: {{rows}}. Nothing was changed. Check the row and try again.',
        changed_other:
          '{{count}} of the selected rows have changed since you selected them: {{rows}}. Nothing was changed. Check the rows and try again.',
        closedYear_one:
          'The selected row belongs to the closed year {{years}}: {{rows}}. Rows of a closed year cannot be changed, so nothing was changed.',
        closedYear_other:
          '{{count}} of the selected rows belong to the closed year {{years}}: {{rows}}. Rows of a closed year cannot be changed, so nothing was changed.',
        deadlineOutsideYear_one:
          'The deadline {{date}} is not within the selected row’s plan year: {{rows}}. Nothing was changed.',
        deadlineOutsideYear_other:
          'The deadline {{date}} is not within the plan year of {{count}} selected rows: {{rows}}. Nothing was changed.',
        undoDeleted_one:
          'The change cannot be undone: the row has been deleted since: {{rows}}. Nothing was changed.',
        undoDeleted_other:
          'The change cannot be undone: {{count}} rows have been deleted since: {{rows}}. Nothing was changed.',
        undoChanged_one:
          'The change cannot be undone: the row has changed since: {{rows}}. Nothing was changed.',
        undoChanged_other:
          'The change cannot be undone: {{count}} rows have changed since: {{rows}}. Nothing was changed.',
      },
    },
  },
};
