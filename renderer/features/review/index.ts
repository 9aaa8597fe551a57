/** What the review feature offers the rest of the app; other features import it only from here. */
export { ReviewScreen } from './ReviewScreen';
export { UnitReviewBanner } from './UnitReviewBanner';
