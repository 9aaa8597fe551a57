import { useTranslation } from 'react-i18next';

/** How far a long report is built on the page; not printed (it is gone before printing). */
export const BuildProgress = ({ done, total }: { done: number; total: number }) => {
  const { t } = useTranslation();
  const percent = total > 0 ? Math.floor((100 * done) / total) : 100;
  const text = t('reports.building', { percent });
  // Said in steps of ten, so a screen reader is not told every step.
  const said = t('reports.building', { percent: Math.floor(percent / 10) * 10 });
  return (
    <div className="report-progress no-print">
      <progress
        max={100}
        value={percent}
        aria-label={t('reports.buildingLabel')}
        aria-valuetext={text}
      />
      <span role="status">{said}</span>
    </div>
  );
};
