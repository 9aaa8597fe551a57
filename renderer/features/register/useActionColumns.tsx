import { useMemo } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { createColumnHelper } from '@tanstack/react-table';
import type { LanguageCode } from '../../../shared/dates';
import { formatDate } from '../../../shared/dates';
import type { TableKind } from '../../../shared/domain/table-kind';
import { labelsOf } from '../../../shared/domain/table-kind';
import type { ActionColumn } from '../../../shared/worklists/register-columns';
import type { ActionRegisterRow } from '../../../shared/worklists/register-rows';
import { StatusBadge } from '../actions';
import { IndicatorFigure, JudgementCell } from './GoalCells';
import type { RegisterColumnDef, RegisterFeatures } from './registerTable';
import { columnLabel } from './registerText';

const helper = createColumnHelper<RegisterFeatures, ActionRegisterRow>();

/** Column widths in rem: the budget texts get room to wrap, codes and dates little. */
export const ACTION_COLUMN_WIDTHS: Record<ActionColumn | 'select', number> = {
  select: 3,
  objective: 18,
  kind: 11,
  actions: 22,
  indicator: 14,
  // Room for the one-word headings and the sort arrow, so no heading breaks inside its word.
  indicatorCount: 9.5,
  indicatorsJudged: 9.5,
  indicatorsMet: 10.5,
  judgement: 11,
  division: 11,
  area: 11,
  unit: 12,
  owner: 10,
  deadline: 8.5,
  status: 12,
};

/** Long budget text, clamped on screen to a few lines; the whole text stays in the DOM. */
const Text = ({ text }: { text: string }) => <span className="register-grid__text">{text}</span>;

/**
 * The action register's columns; the unit links to the unit page for the same year. A row's
 * kind is named in the user's language from the organisation's kinds (its id if unknown).
 */
export const useActionColumns = (
  year: number,
  today: string,
  kinds: readonly TableKind[] | undefined,
) => {
  const { t, i18n } = useTranslation();
  const language = i18n.language as LanguageCode;
  return useMemo((): RegisterColumnDef<ActionRegisterRow>[] => {
    const kindNames = new Map(
      (kinds ?? []).map((kind) => [kind.id, labelsOf(kind, language).name]),
    );
    return [
      helper.accessor('objective', {
        id: 'objective',
        header: columnLabel(t, 'objective'),
        cell: (info) => <Text text={info.row.original.objective} />,
      }),
      helper.accessor('kindId', {
        id: 'kind',
        header: columnLabel(t, 'kind'),
        // The first screenful shows before the kinds are read: no id passes for a name there.
        cell: (info) =>
          kinds === undefined
            ? ''
            : (kindNames.get(info.row.original.kindId) ?? info.row.original.kindId),
      }),
      helper.accessor('actions', {
        id: 'actions',
        header: columnLabel(t, 'actions'),
        cell: (info) => <Text text={info.row.original.actions} />,
      }),
      helper.accessor('indicator', {
        id: 'indicator',
        header: columnLabel(t, 'indicator'),
        cell: (info) => <Text text={info.row.original.indicator} />,
      }),
      helper.accessor('indicatorCount', {
        id: 'indicatorCount',
        header: columnLabel(t, 'indicatorCount'),
        cell: (info) => <IndicatorFigure value={info.row.original.indicatorCount} />,
      }),
      helper.accessor('indicatorsJudged', {
        id: 'indicatorsJudged',
        header: columnLabel(t, 'indicatorsJudged'),
        cell: (info) => <IndicatorFigure value={info.row.original.indicatorsJudged} />,
      }),
      helper.accessor('indicatorsMet', {
        id: 'indicatorsMet',
        header: columnLabel(t, 'indicatorsMet'),
        cell: (info) => <IndicatorFigure value={info.row.original.indicatorsMet} />,
      }),
      helper.accessor('judgement', {
        id: 'judgement',
        header: columnLabel(t, 'judgement'),
        cell: (info) => <JudgementCell row={info.row.original} />,
      }),
      helper.accessor('divisionName', {
        id: 'division',
        header: columnLabel(t, 'division'),
      }),
      helper.accessor('areaName', { id: 'area', header: columnLabel(t, 'area') }),
      helper.accessor('unitName', {
        id: 'unit',
        header: columnLabel(t, 'unit'),
        cell: (info) => {
          const row = info.row.original;
          return row.unitName ? (
            <Link to={`/units/${row.unitId}?year=${year}`}>{row.unitName}</Link>
          ) : (
            <span className="muted">{t('register.noUnit')}</span>
          );
        },
      }),
      helper.accessor('owner', { id: 'owner', header: columnLabel(t, 'owner') }),
      helper.accessor('deadline', {
        id: 'deadline',
        header: columnLabel(t, 'deadline'),
        cell: (info) => {
          const deadline = info.row.original.deadline;
          return deadline ? formatDate(deadline, language) : t('actions.noDeadline');
        },
      }),
      helper.accessor('status', {
        id: 'status',
        header: columnLabel(t, 'status'),
        cell: (info) => <StatusBadge action={info.row.original} today={today} />,
      }),
    ];
  }, [t, language, year, today, kinds]);
};
