import { describe, expect, it } from 'vitest';
import {
  APP_HOST,
  APP_ID,
  APP_ORIGIN,
  APP_SCHEME,
  PRODUCT_NAME,
  USER_DATA_FOLDER_NAME,
} from '../../shared/app-identity';
import { SESSION_PARTITION } from './window';

// IndexedDB is keyed by origin, partition and userData folder. If one of these values changes,
// every installed copy opens an empty database and the users' data looks lost. Changing them
// needs a data migration plan, not an edit to this test.
describe('frozen identity', () => {
  it('pins the origin the renderer and its IndexedDB live on', () => {
    expect(APP_SCHEME).toBe('app');
    expect(APP_HOST).toBe('valvo');
    expect(APP_ORIGIN).toBe('app://valvo');
  });

  it('pins where the data is stored on disk', () => {
    expect(USER_DATA_FOLDER_NAME).toBe('Valvo');
    expect(SESSION_PARTITION).toBe('persist:valvo');
  });

  it('pins the installer identity (a new appId installs a second app beside the first)', () => {
    expect(APP_ID).toBe('fi.valvo.desktop');
    expect(PRODUCT_NAME).toBe('Valvo');
  });
});
