/**
 * Frozen identity of the desktop app. IndexedDB lives per origin and per userData folder:
 * changing any of these hides every user's data, so a test pins them and a change needs a
 * data migration plan.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'valvo';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ID = 'fi.valvo.desktop';
export const PRODUCT_NAME = 'Valvo';
export const USER_DATA_FOLDER_NAME = 'Valvo';
/** The persistent Chromium session holding IndexedDB: renaming it hides the data too. */
export const SESSION_PARTITION = 'persist:valvo';
