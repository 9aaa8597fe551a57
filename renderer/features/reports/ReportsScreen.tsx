import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { buildUnitTree, flattenUnitTree } from '../../../shared/unit-tree';
import { usePageTitle } from '../../hooks/usePageTitle';
import { SelectField } from '../../components/SelectField';
import { useOrganisation } from '../../session/useProfile';
import { useUnits } from '../../data/units/useUnits';
import { usePlanYears } from '../../data/years/usePlanYears';
import type { ReportKind } from './usePrintParams';
import { printRoute } from './usePrintParams';
import { REPORT_KINDS } from './reportKeys';

/** Chooses a report, its scope and year, and opens the print preview. */
export const ReportsScreen = () => {
  const { t } = useTranslation();
  usePageTitle(t('reports.heading'));
  const units = useUnits();
  const organisation = useOrganisation();
  const years = usePlanYears() ?? [];
  const nodes = flattenUnitTree(buildUnitTree(units ?? []));
  const [kind, setKind] = useState<ReportKind>('audit');
  const [scopeId, setScopeId] = useState('');
  const [year, setYear] = useState<number | null>(null);
  const [fromYear, setFromYear] = useState<number | null>(null);
  const chosenScope = scopeId || nodes[0]?.unit.id || '';
  const chosenYear = year ?? organisation?.currentYear ?? new Date().getFullYear();
  const isCompare = kind === 'compare';
  // The comparison starts by default from the plan year before the chosen one.
  const chosenFrom =
    fromYear ??
    years.findLast((item) => item.year < chosenYear)?.year ??
    years[0]?.year ??
    chosenYear - 1;
  const yearOptions = years.map((item) => ({ value: String(item.year), label: String(item.year) }));

  return (
    <>
      <h1>{t('reports.heading')}</h1>
      <p>{t('reports.help')}</p>
      <div className="form">
        <SelectField
          label={t('reports.type')}
          value={kind}
          onChange={(event) => setKind(event.target.value as ReportKind)}
          options={REPORT_KINDS.map((item) => ({
            value: item,
            label: t(`reports.types.${item}`),
          }))}
        />
        <SelectField
          label={t('reports.scope')}
          value={chosenScope}
          onChange={(event) => setScopeId(event.target.value)}
          options={nodes.map(({ unit, depth }) => ({
            value: unit.id,
            label: `${'\u00a0\u00a0'.repeat(depth)}${unit.name}`,
          }))}
        />
        {isCompare && (
          <SelectField
            label={t('compare.from')}
            value={String(chosenFrom)}
            onChange={(event) => setFromYear(Number(event.target.value))}
            options={yearOptions}
          />
        )}
        <SelectField
          label={isCompare ? t('compare.to') : t('reports.year')}
          value={String(chosenYear)}
          onChange={(event) => setYear(Number(event.target.value))}
          options={yearOptions}
        />
        <div>
          <Link
            className="button button--primary"
            to={printRoute(kind, chosenScope, chosenYear, chosenFrom)}
          >
            {t('reports.preview')}
          </Link>
        </div>
      </div>
    </>
  );
};
