import type { Page } from 'playwright-core';

/** Reading and writing the app's IndexedDB database behind its back, for setting up a test. */

export type StoreName =
  'units' | 'controlActions' | 'risks' | 'assessments' | 'planYears' | 'indicators';

/** Every record of one store of the app's IndexedDB database 'valvo'. */
export const readStore = (page: Page, store: StoreName) =>
  page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('valvo');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      return await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  }, store);

/**
 * Adds records in one transaction, as a repository would (without the audit events); with
 * `replace`, records already there are overwritten (a changed record, its rev raised by the caller).
 */
export const writeRecords = (
  page: Page,
  records: Partial<Record<StoreName, unknown[]>>,
  { replace = false } = {},
) =>
  page.evaluate(
    async ({ batches, replace }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('valvo');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        const transaction = db.transaction(Object.keys(batches), 'readwrite');
        for (const [name, items] of Object.entries(batches))
          for (const item of items ?? [])
            if (replace) transaction.objectStore(name).put(item);
            else transaction.objectStore(name).add(item);
        await new Promise<void>((resolve, reject) => {
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
          transaction.onabort = () => reject(transaction.error);
        });
      } finally {
        db.close();
      }
    },
    { batches: records, replace },
  );
