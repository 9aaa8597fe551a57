import type { TFunction } from 'i18next';
import type { ActionColumn, RiskColumn } from '../../../shared/worklists/register-columns';
import { SEARCH_MAX_LENGTH } from '../../../shared/worklists/register-search';
import type { ViewIssue } from '../../../shared/worklists/register-view';

// Literal keys (not templates), so the catalogue check sees every one of them.

export const columnLabel = (t: TFunction, column: ActionColumn | RiskColumn): string => {
  switch (column) {
    case 'objective':
      return t('register.columns.objective');
    case 'kind':
      return t('register.columns.kind');
    case 'indicatorCount':
      return t('register.columns.indicatorCount');
    case 'indicatorsJudged':
      return t('register.columns.indicatorsJudged');
    case 'indicatorsMet':
      return t('register.columns.indicatorsMet');
    case 'judgement':
      return t('register.columns.judgement');
    case 'actions':
      return t('register.columns.actions');
    case 'indicator':
      return t('register.columns.indicator');
    case 'division':
      return t('register.columns.division');
    case 'area':
      return t('register.columns.area');
    case 'unit':
      return t('register.columns.unit');
    case 'owner':
      return t('register.columns.owner');
    case 'deadline':
      return t('register.columns.deadline');
    case 'status':
      return t('register.columns.status');
    case 'title':
      return t('register.columns.title');
    case 'category':
      return t('register.columns.category');
    case 'level':
      return t('register.columns.level');
    case 'reviewDate':
      return t('register.columns.reviewDate');
  }
};

const paramLabel = (t: TFunction, param: string): string => {
  switch (param) {
    case 'q':
      return t('register.issues.params.q');
    case 'year':
      return t('register.issues.params.year');
    case 'division':
      return t('register.issues.params.division');
    case 'area':
      return t('register.issues.params.area');
    case 'unit':
      return t('register.issues.params.unit');
    case 'status':
      return t('register.issues.params.status');
    case 'owner':
      return t('register.issues.params.owner');
    case 'overdue':
      return t('register.issues.params.overdue');
    case 'kind':
      return t('register.issues.params.kind');
    case 'category':
      return t('register.issues.params.category');
    case 'level':
      return t('register.issues.params.level');
    case 'sort':
      return t('register.issues.params.sort');
    default:
      return t('register.issues.params.cols');
  }
};

/** A value from the address as shown back: long ones shortened, so a pasted page stays short. */
const shown = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}…` : value);

/** Why a part of the address was not used, in words. */
export const issueText = (t: TFunction, issue: ViewIssue): string => {
  const param = paramLabel(t, issue.param);
  if (issue.reason === 'tooLong')
    return t('register.issues.tooLong', { param, value: issue.value, max: SEARCH_MAX_LENGTH });
  if (issue.reason === 'unknown')
    return t('register.issues.unknown', { param, value: shown(issue.value) });
  return t('register.issues.invalid', { param, value: shown(issue.value) });
};
