import { toIsoDate } from '../../shared/dates';

/** Today's date as the rules take it (passed in, never read inside shared/). */
export const useToday = (): string => toIsoDate(new Date());
