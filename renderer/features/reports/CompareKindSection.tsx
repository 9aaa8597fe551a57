import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../../../shared/dates';
import type { ControlAction } from '../../../shared/domain/control-action';
import { labelsOf } from '../../../shared/domain/table-kind';
import type { KindComparison, YearJudgement } from '../../../shared/review/year-compare-kinds';
import type { ComparedField, YearComparison } from '../../../shared/review/year-compare';
import type { ReportColumn } from './ReportTable';
import { ReportTable } from './ReportTable';

type Carried = YearComparison['carried'][number];

type Props = {
  section: KindComparison;
  judgements: ReadonlyMap<string, YearJudgement>;
  unitNames: ReadonlyMap<string, string>;
  fromYear: number;
  toYear: number;
};

/** One part of a kind's comparison: its heading, then its table, or a line saying there is none. */
const Part = ({
  id,
  heading,
  isEmpty,
  children,
}: {
  id: string;
  heading: string;
  isEmpty: boolean;
  children: ReactNode;
}) => {
  const { t } = useTranslation();
  return (
    <section className="report-section" aria-labelledby={id}>
      <h3 id={id}>{heading}</h3>
      {isEmpty ? <p>{t('compare.none')}</p> : children}
    </section>
  );
};

/**
 * One table kind's rows in the comparison of two years: added, continued (with the plan fields
 * rewritten) and dropped, headed with the kind's name and columns as the budget prints them. A
 * goal's judgement is shown for the year it belongs to; a continued goal for both years.
 */
export const CompareKindSection = ({ section, judgements, unitNames, fromYear, toYear }: Props) => {
  const { t, i18n } = useTranslation();
  const labels = labelsOf(section.kind, i18n.language as LanguageCode);
  const ids = {
    kind: `compare-${section.kind.id}`,
    added: `compare-${section.kind.id}-added`,
    carried: `compare-${section.kind.id}-carried`,
    dropped: `compare-${section.kind.id}-dropped`,
  };
  const judgementText = (row: ControlAction) => {
    const judged = judgements.get(row.id) ?? { state: 'none' };
    if (judged.state === 'none') return '–';
    if (judged.state === 'pending') return t('compare.judgementPending');
    const judgement = t(`goals.judgements.${judged.judgement}`);
    return judged.overridden ? t('compare.judgementOverridden', { judgement }) : judgement;
  };
  const hasJudgements = [
    ...section.added,
    ...section.dropped,
    ...section.carried.flatMap(({ from, to }) => [from, to]),
  ].some((row) => judgements.get(row.id)?.state !== 'none');
  const judgementColumn = (year: number, pick: (row: ControlAction) => ControlAction) => ({
    key: `judgement-${year}`,
    kind: 'narrow' as const,
    header: t('compare.judgementIn', { year }),
    text: (row: ControlAction) => judgementText(pick(row)),
  });
  const planColumns: ReportColumn<ControlAction>[] = [
    {
      key: 'unit',
      kind: 'narrow',
      header: t('reports.columns.unit'),
      text: (row) => unitNames.get(row.unitId) ?? '',
    },
    {
      key: 'objective',
      kind: 'text',
      header: labels.objective,
      text: (row) => row.objective,
      isRowHeader: true,
    },
    { key: 'actions', kind: 'text', header: labels.actions, text: (row) => row.actions },
    { key: 'indicator', kind: 'text', header: labels.indicator, text: (row) => row.indicator },
    { key: 'owner', kind: 'narrow', header: t('actions.owner'), text: (row) => row.owner },
  ];
  const fieldLabel = (field: ComparedField) =>
    field === 'owner' ? t('actions.owner') : labels[field];
  const rowsTable = (rows: ControlAction[], id: string, year: number, withStatus: boolean) => (
    <ReportTable
      rows={rows}
      rowKey={(row) => row.id}
      className="report-table--compare"
      labelledBy={`${ids.kind} ${id}`}
      columns={[
        ...planColumns,
        ...(withStatus
          ? [
              {
                key: 'status',
                kind: 'narrow',
                header: t('actions.status'),
                text: (row) => t(`actions.statuses.${row.status}`),
              } satisfies ReportColumn<ControlAction>,
            ]
          : []),
        ...(hasJudgements ? [judgementColumn(year, (row) => row)] : []),
      ]}
    />
  );
  const lift = (
    column: ReportColumn<ControlAction>,
    pick: (pair: Carried) => ControlAction,
  ): ReportColumn<Carried> => ({
    key: column.key,
    kind: column.kind,
    header: column.header,
    isRowHeader: column.isRowHeader,
    text: (pair) => column.text(pick(pair)),
  });

  return (
    <section className="report-section compare-kind" aria-labelledby={ids.kind}>
      <h2 id={ids.kind}>{labels.name}</h2>
      <Part id={ids.added} heading={t('compare.added')} isEmpty={section.added.length === 0}>
        {rowsTable(section.added, ids.added, toYear, false)}
      </Part>
      <Part id={ids.carried} heading={t('compare.carried')} isEmpty={section.carried.length === 0}>
        <ReportTable<Carried>
          rows={section.carried}
          rowKey={({ to }) => to.id}
          className="report-table--compare"
          labelledBy={`${ids.kind} ${ids.carried}`}
          columns={[
            ...planColumns.map((column) => lift(column, ({ to }) => to)),
            {
              key: 'changes',
              kind: 'narrow',
              header: t('compare.changes'),
              text: ({ changedFields }) =>
                changedFields.length === 0
                  ? t('compare.unchanged')
                  : t('compare.changed', { fields: changedFields.map(fieldLabel).join(', ') }),
            },
            ...(hasJudgements
              ? [
                  lift(
                    judgementColumn(fromYear, (row) => row),
                    ({ from }) => from,
                  ),
                  lift(
                    judgementColumn(toYear, (row) => row),
                    ({ to }) => to,
                  ),
                ]
              : []),
          ]}
        />
      </Part>
      <Part id={ids.dropped} heading={t('compare.dropped')} isEmpty={section.dropped.length === 0}>
        {rowsTable(section.dropped, ids.dropped, fromYear, true)}
      </Part>
    </section>
  );
};
