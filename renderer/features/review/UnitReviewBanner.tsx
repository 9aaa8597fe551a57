import { useTranslation } from 'react-i18next';
import { usePlanYear } from '../../data/years/usePlanYear';
import { useUnitReview } from '../../data/reviews/useReviewData';

/**
 * What the unit manager must know on the unit's page: the year is closed, or the controller
 * returned the unit's review with a comment, or an approval was withdrawn.
 */
export const UnitReviewBanner = ({ unitId, year }: { unitId: string; year: number }) => {
  const { t } = useTranslation();
  const review = useUnitReview(unitId, year);
  const planYear = usePlanYear(year);
  return (
    <>
      {planYear?.status === 'closed' && (
        <p className="alert alert--info" role="status">
          {t('years.closedBanner', { year })}
        </p>
      )}
      {review?.state === 'returned' && (
        <p className="alert alert--warning" role="status">
          <span aria-hidden="true">! </span>
          {t('review.returnedBanner', { year, comment: review.comment })}
        </p>
      )}
      {review?.state === 'withdrawn' && (
        <p className="alert alert--info" role="status">
          {t('review.states.withdrawn')}: {t('review.withdrawnReasons.editedAfterApproval')}
        </p>
      )}
    </>
  );
};
