import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../hooks/usePageTitle';

export const NotFoundScreen = () => {
  const { t } = useTranslation();
  usePageTitle(t('errors.notFoundPage'));
  return (
    <>
      <h1>{t('errors.notFoundPage')}</h1>
      <Link to="/units">{t('nav.units')}</Link>
    </>
  );
};
