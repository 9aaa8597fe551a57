import { useTranslation } from 'react-i18next';
import type { MergeCounts as Counts } from '../../../shared/domain/unit-package';

/** Lisätään, muutetaan, ristiriidat, hylätään, ennallaan: each with its number, in words. */
export const MergeCounts = ({ counts, isDone = false }: { counts: Counts; isDone?: boolean }) => {
  const { t } = useTranslation();
  // The preview says what will happen; the report what did.
  const items: [string, number][] = isDone
    ? [
        [t('merge.report.counts.added'), counts.added],
        [t('merge.report.counts.changed'), counts.changed],
        [t('merge.report.counts.conflicts'), counts.conflicts],
        [t('merge.report.counts.refused'), counts.refused],
        [t('merge.report.counts.unchanged'), counts.unchanged],
      ]
    : [
        [t('merge.counts.added'), counts.added],
        [t('merge.counts.changed'), counts.changed],
        [t('merge.counts.conflicts'), counts.conflicts],
        [t('merge.counts.refused'), counts.refused],
        [t('merge.counts.unchanged'), counts.unchanged],
      ];
  const label = isDone ? t('merge.report.summary') : t('merge.preview.countsLabel');
  const Heading = isDone ? 'h2' : 'h3';
  return (
    <div className="merge-counts">
      <Heading className="merge-counts__heading">{label}</Heading>
      <dl>
        {items.map(([name, count]) => (
          <div key={name} className="merge-counts__item">
            <dt>{name}</dt>
            <dd>{count}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
};
