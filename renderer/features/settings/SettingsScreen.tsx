import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../app/usePageTitle';

/** Organisation settings: the risk matrix and the risk categories. */
export const SettingsScreen = () => {
  const { t } = useTranslation();
  usePageTitle(t('settings.heading'));
  return <h1>{t('settings.heading')}</h1>;
};
