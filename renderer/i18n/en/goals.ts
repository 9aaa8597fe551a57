import type { Widen } from '../widen';
import type { goals as source } from '../fi/goals';

export const goals: Widen<typeof source> = {
  goals: {
    kindNames: {
      strategyGoal: 'Strategic goals',
      otherGoal: 'Other goals',
      productivity: 'Productivity measures and projects',
      internalControl: 'Internal control and risk management',
      companyGoal: 'Group company goals',
    },
    kind: 'Table',
    priority: 'Priority',
    yes: 'Yes',
    no: 'No',
    noPriority: 'No priority',
    target: 'target {{value}}',
    actual: 'actual {{value}} ({{date}})',
    noActual: 'no actual value',
    notJudged: 'not judged',
    byRule: 'By the rule: {{judgement}} ({{met}}/{{count}} indicators met)',
    pending: '{{judged}}/{{count}} indicators judged',
    overridden: 'Judged otherwise: {{judgement}} ({{by}}). Reason: {{reason}}',
    indicatorTypes: {
      number: 'Number',
      percentage: 'Percentage',
      euros: 'Euros',
      yesNo: 'Yes/no',
      date: 'Date',
      text: 'Text',
    },
    judgements: {
      met: 'Met',
      partlyMet: 'Partly met',
      notMet: 'Not met',
      notAssessable: 'Not assessable',
    },
    indicators: {
      errors: {
        typeHasValues:
          'The indicator already has {{count}} actual values. Its type cannot change, as they were recorded with the current type.',
        wrongType: "The value does not fit the indicator's type.",
      },
    },
    values: {
      errors: {
        empty: 'Enter a value.',
        notNumber: 'Enter a number, for example 12 or 1 250.5.',
        otherUnit: 'The value is given in "{{given}}"; the indicator\'s unit is "{{unit}}".',
        percentRange: 'A share can be 0–100 %.',
        notYesNo: 'Answer yes or no.',
        notDate: 'Enter the date as d.m.yyyy, for example 30.4.2026.',
      },
    },
    kinds: {
      errors: {
        builtIn: "Valvo's own table kinds are not deleted. You can rename the kind or retire it.",
        duplicateId: 'Two table kinds have the same identifier.',
        inUse: '{{count}} rows use the kind. Move them to another kind or retire the kind.',
        lastActive: 'At least one table kind must be in use.',
        nameTaken: 'The table kind "{{name}}" already exists.',
        retired: 'The table kind "{{name}}" is retired and takes no new rows.',
        unknown: 'There is no table kind "{{kind}}".',
      },
    },
    priorities: {
      errors: {
        duplicateId: 'Two priorities have the same identifier.',
        inUse: '{{count}} rows use the priority. Move them to another priority first.',
        nameTaken: 'The priority "{{name}}" is already in this year\'s list.',
        unknown: "The priority is not in this year's list.",
      },
    },
  },
};
