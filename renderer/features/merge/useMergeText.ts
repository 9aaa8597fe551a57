import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../../../shared/dates';
import { formatDate, isIsoDate } from '../../../shared/dates';
import type { PackageTable } from '../../../shared/packages/format';
import type { MergeRefusal } from '../../../shared/packages/merge';
import type { MergeRecordSummary } from '../../../shared/packages/merge-report';
import { fieldLabel, formatValue, useAuditText } from '../audit';
import { useHyphenate } from '../reports';
import { MERGE_ENTITIES } from '../../data/merge/applyMerge';

export type MergeChoice = 'theirs' | 'ours' | 'edited';

/**
 * Words for the merge screens: table and field names, values formatted as the change log shows
 * them (statuses translated, dates in the language's format, ids of risks and rows by name).
 */
export const useMergeText = (names: ReadonlyMap<string, string> | undefined) => {
  const { t, i18n } = useTranslation();
  const words = useAuditText(names);
  // Soft hyphens in the printed merge report only (see HyphenationProvider).
  const hyphenate = useHyphenate();
  const language = i18n.language as LanguageCode;
  const tables: Record<PackageTable, string> = {
    controlActions: t('merge.tables.controlActions'),
    indicators: t('merge.tables.indicators'),
    risks: t('merge.tables.risks'),
    assessments: t('merge.tables.assessments'),
  };
  const refusals: Record<MergeRefusal, string> = {
    'packages.refused.otherUnit': t('merge.refusals.otherUnit'),
    'packages.refused.otherYear': t('merge.refusals.otherYear'),
    'packages.refused.riskOutsideScope': t('merge.refusals.riskOutsideScope'),
    'packages.refused.rowOutsideScope': t('merge.refusals.rowOutsideScope'),
    'packages.refused.rowChanged': t('merge.refusals.rowChanged'),
    'packages.refused.unitChanged': t('merge.refusals.unitChanged'),
    'packages.refused.yearChanged': t('merge.refusals.yearChanged'),
    'packages.refused.oursOtherUnit': t('merge.refusals.oursOtherUnit'),
    'packages.refused.oursOtherYear': t('merge.refusals.oursOtherYear'),
    'packages.refused.purgedHere': t('merge.refusals.purgedHere'),
  };
  const choices: Record<MergeChoice, string> = {
    theirs: t('merge.choices.theirs'),
    ours: t('merge.choices.ours'),
    edited: t('merge.choices.edited'),
  };
  return {
    table: (table: PackageTable) => tables[table],
    field: (field: string) => fieldLabel(field, words),
    value: (table: PackageTable, field: string, value: unknown) =>
      hyphenate(formatValue(MERGE_ENTITIES[table], field, value, words)),
    /** A row by its objective, an indicator by its text and row, a risk by its title, an assessment by its date and risk. */
    record: (summary: MergeRecordSummary) => {
      const label =
        summary.table === 'assessments'
          ? t('merge.assessmentOf', {
              date: isIsoDate(summary.label) ? formatDate(summary.label, language) : summary.label,
              risk: summary.context ?? '',
            })
          : summary.table === 'indicators'
            ? t('merge.indicatorOf', { indicator: summary.label, row: summary.context ?? '' })
            : summary.label;
      return hyphenate(summary.isDeleted ? `${label} (${t('merge.deleted')})` : label);
    },
    refusal: (reason: MergeRefusal) => refusals[reason] ?? reason,
    choice: (choice: MergeChoice) => choices[choice],
  };
};

export type MergeText = ReturnType<typeof useMergeText>;
