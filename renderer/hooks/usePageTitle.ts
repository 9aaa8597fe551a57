import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the window title per screen, so a screen-reader user hears where a navigation landed. */
export const usePageTitle = (title: string) => {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
};
