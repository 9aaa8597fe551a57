import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../../../shared/dates';
import { formatDateTime } from '../../../shared/dates';
import type { PackageProblem } from '../../../shared/packages/parse';
import { parseValidationMessage } from '../../../shared/validation';

const decode = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

/** Finnish sentences for what the package screens show: problems with their place, times. */
export const usePackageText = () => {
  const { t, i18n } = useTranslation();
  const language = (i18n.language as LanguageCode) ?? 'fi';
  const kind = (value: string | undefined) =>
    value === 'issue'
      ? t('packages.kinds.issue')
      : value === 'return'
        ? t('packages.kinds.return')
        : (value ?? '');
  return {
    dateTime: (iso: string) => formatDateTime(iso, language),
    /** A problem's message key (with `?detail=…` parameters) as a sentence. */
    problem: (problem: PackageProblem) => {
      const { key, params } = parseValidationMessage(problem.message);
      const decoded = Object.fromEntries(
        Object.entries(params).map(([name, value]) => [name, decode(value)]),
      );
      return t(key, {
        detail: '',
        ...decoded,
        expected: kind(decoded.expected),
        found: kind(decoded.found),
      });
    },
    /** Where in the file: `records.risks[2].owner`, or the whole file. */
    place: (path: string) =>
      path === '$' || path === ''
        ? t('packages.problems.wholeFile')
        : t('packages.problems.place', { path }),
  };
};
