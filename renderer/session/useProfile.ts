import { useSetting } from '../data/settings/useSettings';

/**
 * Who uses this Valvo: the profile saved on this computer. Undefined while loading, null before
 * the first run has saved one.
 */
export const useProfile = () => useSetting('profile');

/** The organisation this register belongs to; undefined while loading, null before the first run. */
export const useOrganisation = () => useSetting('organisation');

/**
 * Whether the current profile is a controller: the screens show the controller's commands only
 * then. The data layer checks the role again on every write (data/door).
 */
export const useIsController = (): boolean => useProfile()?.role === 'controller';
