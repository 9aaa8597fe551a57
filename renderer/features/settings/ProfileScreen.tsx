import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useNotice } from '../../components/Notice';
import { ProfileForm } from './ProfileForm';
import { useProfile } from '../../session/useProfile';

export const ProfileScreen = () => {
  const { t } = useTranslation();
  const profile = useProfile();
  const notice = useNotice();
  usePageTitle(t('profile.heading'));
  return (
    <>
      <h1>{t('profile.heading')}</h1>
      <p>{t('profile.help')}</p>
      {profile === undefined ? (
        <p>{t('app.loading')}</p>
      ) : (
        <ProfileForm
          key={profile?.name}
          initial={profile}
          submitLabel={t('app.save')}
          onSaved={() => notice.show(t('profile.saved'))}
        />
      )}
    </>
  );
};
