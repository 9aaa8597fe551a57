import type { Page } from 'playwright-core';

/**
 * Writes records straight into the app's IndexedDB store in one transaction per chunk: bench
 * data, not user data, so it skips the repositories (and their audit events) on purpose.
 */
export const seedStore = async (
  page: Page,
  store: string,
  records: readonly object[],
  chunk = 2_000,
): Promise<number> => {
  const started = Date.now();
  for (let index = 0; index < records.length; index += chunk) {
    await page.evaluate(
      ({ store: name, rows }) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('valvo');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const db = request.result;
            const transaction = db.transaction(name, 'readwrite');
            const objects = transaction.objectStore(name);
            for (const row of rows) objects.put(row);
            transaction.oncomplete = () => {
              db.close();
              resolve();
            };
            transaction.onerror = () => reject(transaction.error);
          };
        }),
      { store, rows: records.slice(index, index + chunk) },
    );
  }
  return Date.now() - started;
};

/** The id of the unit whose page is open (`#/units/<id>`). */
export const openUnitId = (page: Page) => /#\/units\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
