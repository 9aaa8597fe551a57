import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRepositories } from '../../data/RepositoryProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotice } from '../../components/Notice';
import { SelectField } from '../../components/SelectField';
import { useCommand } from '../../components/useCommand';
import { LANGUAGES } from '../../i18n';
import { toLanguage } from '../../i18n/locale';
import { useSettingReader } from '../../data/settings/useSettings';

/**
 * Kieli / Språk / Language: the whole app switches at once; the choice is kept in the profile.
 * Before a profile exists (first run) it only switches, and the profile form saves it.
 */
export const LanguageSelect = () => {
  const { t, i18n } = useTranslation();
  const { settings } = useRepositories();
  const readSetting = useSettingReader();
  const notice = useNotice();
  // Arrow keys on the select choose one language after another: the last one must be saved.
  const save = useCommand({ isExclusive: false });

  const handleChange = async (event: ChangeEvent<HTMLSelectElement>) => {
    const language = toLanguage(event.target.value);
    const previous = toLanguage(i18n.language);
    save.clearError();
    await i18n.changeLanguage(language);
    await save.run(async () => {
      try {
        // Read now, not from a live query that may not have answered yet on a screen just opened.
        const profile = await readSetting('profile');
        if (!profile) return;
        await settings.save('profile', { ...profile, language });
        notice.show(i18n.t('languages.saved', { lng: language }));
      } catch (error) {
        // Not saved: go back, so what is shown is what the next start will show.
        await i18n.changeLanguage(previous);
        throw error;
      }
    });
  };

  return (
    <>
      <SelectField
        label={t('languages.label')}
        value={toLanguage(i18n.language)}
        onChange={(event) => void handleChange(event)}
        options={LANGUAGES.map((code) => ({
          value: code,
          label: t(`languages.names.${code}`),
          lang: code,
        }))}
      />
      <ErrorAlert message={save.error} />
    </>
  );
};
