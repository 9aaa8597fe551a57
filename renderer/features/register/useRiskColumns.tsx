import { useMemo } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { createColumnHelper } from '@tanstack/react-table';
import type { LanguageCode } from '../../../shared/dates';
import { formatDate } from '../../../shared/dates';
import type { RiskColumn } from '../../../shared/worklists/register-columns';
import type { RiskRegisterRow } from '../../../shared/worklists/register-rows';
import { LevelBadge } from '../risks';
import type { RegisterColumnDef, RegisterFeatures } from './registerTable';
import { columnLabel } from './registerText';

const helper = createColumnHelper<RegisterFeatures, RiskRegisterRow>();

export const RISK_COLUMN_WIDTHS: Record<RiskColumn | 'select', number> = {
  select: 3,
  title: 20,
  division: 11,
  area: 11,
  unit: 12,
  category: 10,
  owner: 10,
  status: 8,
  level: 16,
  reviewDate: 8,
};

/** The risk register's columns; the title opens the risk, the unit its unit page. */
export const useRiskColumns = () => {
  const { t, i18n } = useTranslation();
  const language = i18n.language as LanguageCode;
  return useMemo(
    (): RegisterColumnDef<RiskRegisterRow>[] => [
      helper.accessor('title', {
        id: 'title',
        header: columnLabel(t, 'title'),
        cell: (info) => (
          <Link to={`/risks/${info.row.original.id}`} className="register-grid__text">
            {info.row.original.title}
          </Link>
        ),
      }),
      helper.accessor('divisionName', { id: 'division', header: columnLabel(t, 'division') }),
      helper.accessor('areaName', { id: 'area', header: columnLabel(t, 'area') }),
      helper.accessor('unitName', {
        id: 'unit',
        header: columnLabel(t, 'unit'),
        cell: (info) => {
          const row = info.row.original;
          return row.unitName ? (
            <Link to={`/units/${row.unitId}`}>{row.unitName}</Link>
          ) : (
            <span className="muted">{t('register.noUnit')}</span>
          );
        },
      }),
      helper.accessor('categoryName', {
        id: 'category',
        header: columnLabel(t, 'category'),
        cell: (info) => info.row.original.categoryName || t('register.noCategory'),
      }),
      helper.accessor('owner', { id: 'owner', header: columnLabel(t, 'owner') }),
      helper.accessor('status', {
        id: 'status',
        header: columnLabel(t, 'status'),
        cell: (info) => t(`risks.statuses.${info.row.original.status}`),
      }),
      helper.accessor('levelRank', {
        id: 'level',
        header: columnLabel(t, 'level'),
        cell: (info) => {
          const { level, levelKind } = info.row.original;
          return (
            <>
              <LevelBadge level={level} />
              {levelKind && (
                <span className="register-grid__kind">
                  {' '}
                  {t('register.levelKind', { kind: t(`risks.kinds.${levelKind}`) })}
                </span>
              )}
            </>
          );
        },
      }),
      helper.accessor('reviewDate', {
        id: 'reviewDate',
        header: columnLabel(t, 'reviewDate'),
        cell: (info) => {
          const date = info.row.original.reviewDate;
          return date ? formatDate(date, language) : '–';
        },
      }),
    ],
    [t, language],
  );
};
