import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSelect, ProfileForm } from '../settings';
import { useOrganisation, useProfile } from '../../session/useProfile';
import { StartChoice } from './StartChoice';

/**
 * Until a profile and an organisation exist, the first run asks for them; afterwards the app
 * itself is shown.
 */
export const FirstRunGate = ({ children }: { children: ReactNode }) => {
  const { t } = useTranslation();
  const profile = useProfile();
  const organisation = useOrganisation();
  const isFirstRun = profile === null || organisation === null;

  useEffect(() => {
    if (isFirstRun) document.title = `${t('firstRun.title')} – ${t('app.name')}`;
  }, [isFirstRun, t]);

  if (profile === undefined || organisation === undefined)
    return <p className="page-status">{t('app.loading')}</p>;
  if (!isFirstRun) return <>{children}</>;
  return (
    <main id="main" className="first-run">
      <h1>{t('firstRun.title')}</h1>
      <p>{t('firstRun.intro')}</p>
      <LanguageSelect />
      {profile === null ? (
        <section aria-labelledby="profile-heading" className="card">
          <h2 id="profile-heading">{t('firstRun.profileHeading')}</h2>
          <p>{t('firstRun.profileHelp')}</p>
          <ProfileForm initial={null} submitLabel={t('firstRun.continue')} />
        </section>
      ) : (
        <StartChoice thisYear={new Date().getFullYear()} />
      )}
    </main>
  );
};
