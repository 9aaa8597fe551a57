import { useMemo } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { createColumnHelper } from '@tanstack/react-table';
import type { LanguageCode } from '../../../shared/dates';
import { formatDate } from '../../../shared/dates';
import type { ActionColumn } from '../../../shared/worklists/register-columns';
import type { ActionRegisterRow } from '../../../shared/worklists/register-rows';
import { StatusBadge } from '../actions';
import type { RegisterColumnDef, RegisterFeatures } from './registerTable';
import { columnLabel } from './registerText';

const helper = createColumnHelper<RegisterFeatures, ActionRegisterRow>();

/** Column widths in rem: the budget texts get room to wrap, codes and dates little. */
export const ACTION_COLUMN_WIDTHS: Record<ActionColumn | 'select', number> = {
  select: 3,
  objective: 18,
  actions: 22,
  indicator: 14,
  division: 11,
  area: 11,
  unit: 12,
  owner: 10,
  deadline: 8.5,
  status: 12,
};

/** Long budget text, clamped on screen to a few lines; the whole text stays in the DOM. */
const Text = ({ text }: { text: string }) => <span className="register-grid__text">{text}</span>;

/** The action register's columns; the unit links to the unit page for the same year. */
export const useActionColumns = (year: number, today: string) => {
  const { t, i18n } = useTranslation();
  const language = i18n.language as LanguageCode;
  return useMemo(
    (): RegisterColumnDef<ActionRegisterRow>[] => [
      helper.accessor('objective', {
        id: 'objective',
        header: columnLabel(t, 'objective'),
        cell: (info) => <Text text={info.row.original.objective} />,
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
    ],
    [t, language, year, today],
  );
};
