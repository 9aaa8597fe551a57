import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../hooks/usePageTitle';
import { BackupsSection } from '../backups';
import { OpenPackage } from '../packages';
import { useOpenedPackage } from '../../session/usePackageMode';
import { CategoriesEditor, RiskMatrixForm } from '../risks';
import { useCategories, useMatrix } from '../../data/risks/useRiskData';
import { LanguageSelect } from './LanguageSelect';
import { useOrganisation, useProfile } from '../../session/useProfile';
import { GoalListsSection } from '../goals';

/**
 * Organisation settings: the risk matrix and categories, the budget's table kinds and the
 * strategy priorities, editable by controllers only.
 */
export const SettingsScreen = () => {
  const { t } = useTranslation();
  const profile = useProfile();
  const matrix = useMatrix();
  const categories = useCategories();
  const openedPackage = useOpenedPackage();
  const organisation = useOrganisation();
  usePageTitle(t('settings.heading'));
  const canEdit = profile?.role === 'controller';

  return (
    <>
      <h1>{t('settings.heading')}</h1>
      <section aria-labelledby="settings-language-heading">
        <h2 id="settings-language-heading">{t('languages.heading')}</h2>
        <p>{t('languages.help')}</p>
        <LanguageSelect />
      </section>
      {profile !== undefined && !canEdit && <p>{t('risks.matrix.readOnly')}</p>}
      <section aria-labelledby="settings-matrix-heading">
        <h2 id="settings-matrix-heading">{t('risks.matrix.heading')}</h2>
        <p>{t('risks.matrix.help')}</p>
        {matrix === undefined || profile === undefined ? (
          <p>{t('app.loading')}</p>
        ) : (
          <RiskMatrixForm matrix={matrix} canEdit={canEdit} />
        )}
      </section>
      <section aria-labelledby="settings-categories-heading">
        <h2 id="settings-categories-heading">{t('risks.categories.heading')}</h2>
        {categories === undefined || profile === undefined ? (
          <p>{t('app.loading')}</p>
        ) : (
          <CategoriesEditor categories={categories} canEdit={canEdit} />
        )}
      </section>
      {organisation && profile !== undefined && (
        <GoalListsSection canEdit={canEdit} currentYear={organisation.currentYear} />
      )}
      {(openedPackage || profile?.role === 'unitManager') && (
        <OpenPackage
          headingLevel={2}
          help={t(openedPackage ? 'packages.open.laterHelp' : 'packages.open.help')}
        />
      )}
      <BackupsSection />
    </>
  );
};
