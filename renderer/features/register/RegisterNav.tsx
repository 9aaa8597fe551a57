import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';

/** The register's two views; each keeps its own filters in its own URL. */
export const RegisterNav = () => {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('register.views.label')} className="register-nav">
      <NavLink to="/register" end>
        {t('register.views.actions')}
      </NavLink>
      <NavLink to="/register/risks">{t('register.views.risks')}</NavLink>
    </nav>
  );
};
