import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackageTable } from '../../../shared/packages/format';
import { PACKAGE_TABLES } from '../../../shared/packages/format';
import type { MergeReport } from '../../../shared/packages/merge-report';
import { MergeChangeList } from './MergeChangeList';
import type { MergeText } from './useMergeText';

type Section = 'added' | 'changed' | 'refused';

type Props = {
  report: MergeReport;
  text: MergeText;
  /** The report (past tense, level-2 headings) or the preview (what will happen, level 3). */
  isDone: boolean;
};

const byTable = <T extends { table: PackageTable }>(items: readonly T[]) =>
  PACKAGE_TABLES.map((table) => ({
    table,
    items: items.filter((item) => item.table === table),
  })).filter((group) => group.items.length > 0);

/**
 * What a merge adds, changes (field: before → after) and refuses (with the reason), one table
 * per kind of record. Records that stay as they are appear only in the counts.
 */
export const MergeChangeTables = ({ report, text, isDone }: Props) => {
  const { t } = useTranslation();
  const Heading = isDone ? 'h2' : 'h3';
  const titles: Record<Section, string> = isDone
    ? {
        added: t('merge.report.sections.added'),
        changed: t('merge.report.sections.changed'),
        refused: t('merge.report.sections.refused'),
      }
    : {
        added: t('merge.sections.added'),
        changed: t('merge.sections.changed'),
        refused: t('merge.sections.refused'),
      };
  const section = (
    kind: Section,
    groups: { table: PackageTable; rows: ReactNode }[],
    head: ReactNode,
  ) =>
    groups.length > 0 && (
      <section className="report-section merge-section" key={kind}>
        <Heading>{titles[kind]}</Heading>
        {groups.map(({ table, rows }) => (
          <table className="report-table merge-table" key={table}>
            <caption>
              {t('merge.listCaption', { section: titles[kind], table: text.table(table) })}
            </caption>
            <thead>{head}</thead>
            <tbody>{rows}</tbody>
          </table>
        ))}
      </section>
    );

  return (
    <>
      {section(
        'added',
        byTable(report.added).map(({ table, items }) => ({
          table,
          rows: items.map((item) => (
            <tr key={item.id}>
              <th scope="row">{text.record(item)}</th>
            </tr>
          )),
        })),
        <tr>
          <th scope="col">{t('merge.columns.record')}</th>
        </tr>,
      )}
      {section(
        'changed',
        byTable(report.changed).map(({ table, items }) => ({
          table,
          rows: items.map((item) => (
            <tr key={item.id}>
              <th scope="row">{text.record(item)}</th>
              <td>
                <MergeChangeList table={table} changes={item.changes} text={text} />
              </td>
            </tr>
          )),
        })),
        <tr>
          <th scope="col">{t('merge.columns.record')}</th>
          <th scope="col">{t('merge.columns.change')}</th>
        </tr>,
      )}
      {section(
        'refused',
        byTable(report.refused).map(({ table, items }) => ({
          table,
          rows: items.map((item) => (
            <tr key={item.id}>
              <th scope="row">{text.record(item)}</th>
              <td>{text.refusal(item.reason)}</td>
              <td>{item.fields.map((field) => text.field(field)).join(', ')}</td>
            </tr>
          )),
        })),
        <tr>
          <th scope="col">{t('merge.columns.record')}</th>
          <th scope="col">{t('merge.columns.reason')}</th>
          <th scope="col">{t('merge.columns.fields')}</th>
        </tr>,
      )}
    </>
  );
};
