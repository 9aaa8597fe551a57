/** What the settings feature offers the rest of the app; other features import it only from here. */
export { LanguageSelect } from './LanguageSelect';
export { ProfileForm } from './ProfileForm';
export { ProfileLanguage } from './ProfileLanguage';
export { ProfileScreen } from './ProfileScreen';
export { SettingsScreen } from './SettingsScreen';
