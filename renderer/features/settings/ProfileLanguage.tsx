import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { i18next } from '../../i18n';
import { useProfile } from '../../session/useProfile';

/**
 * Applies the language kept in the profile: before the app is first shown (so a report printed
 * to PDF is in the user's language too), and again whenever the saved language changes, e.g.
 * after a restore. A profile without a language leaves the language as it is (Finnish at start).
 */
export const ProfileLanguage = ({ children }: { children: ReactNode }) => {
  const { t, i18n } = useTranslation();
  const profile = useProfile();
  const isLoaded = profile !== undefined;
  const wanted = profile?.language;
  const [isShown, setShown] = useState(false);
  // Once shown, the app stays mounted: the switch changes i18n a moment before the profile.
  if (!isShown && isLoaded && (!wanted || wanted === i18n.language)) setShown(true);

  // Only a change of the saved language applies here, never a change of the shown language:
  // the switch changes that first, and must not be undone while its profile write is on its
  // way. So the effect reads the i18next instance itself (the hook's i18n changes with the
  // language) and depends on the saved language only.
  useEffect(() => {
    if (isLoaded && wanted && wanted !== i18next.language) void i18next.changeLanguage(wanted);
  }, [isLoaded, wanted]);

  return isShown ? children : <p className="page-status">{t('app.loading')}</p>;
};
