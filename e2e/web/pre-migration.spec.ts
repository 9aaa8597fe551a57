import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyVersion1 } from '../../renderer/data/core/migrations/0001-initial';
import { CURRENT_SCHEMA_VERSION } from '../../renderer/data/core/migrations';
import v1 from '../../renderer/data/core/migrations/fixtures/v1.json';
import { seriousViolations } from '../support/axe';
import { launchChromium, openApp } from '../support/browser';

const PROFILE = {
  id: '10000000-0000-4000-8000-000000000001',
  createdAt: '2026-03-02T08:00:00.000Z',
  updatedAt: '2026-03-02T08:00:00.000Z',
  updatedBy: 'Maija Meikäläinen',
  rev: 1,
  deletedAt: null,
  key: 'profile',
  value: { name: 'Maija Meikäläinen', role: 'controller' },
};
const SEEDED = { ...v1, settings: [...v1.settings, PROFILE] };

/** The Dexie store definitions of schema version 1, as 0001-initial declares them. */
const version1Stores = () => {
  const stores: Record<string, string> = {};
  applyVersion1({
    version: () => ({
      stores: (definitions: Record<string, string>) => Object.assign(stores, definitions),
    }),
  } as never);
  return stores;
};

/**
 * Replaces the app's database with one as Valvo's schema version 1 left it (Dexie stores
 * version × 10), written with the browser's own IndexedDB so no code of today touches it.
 */
const seedVersion1 = (page: Page) =>
  page.evaluate(
    async ({ stores, tables }) => {
      const request = <T>(operation: IDBRequest<T> | IDBOpenDBRequest) =>
        new Promise<T>((resolve, reject) => {
          operation.onsuccess = () => resolve(operation.result as T);
          operation.onerror = () => reject(operation.error);
        });
      // The app's open connection closes itself on versionchange, so the delete goes through.
      await request(indexedDB.deleteDatabase('valvo'));
      const opening = indexedDB.open('valvo', 10);
      opening.onupgradeneeded = () => {
        for (const [name, definition] of Object.entries(stores)) {
          const [primary = '', ...indexes] = definition.split(',').map((part) => part.trim());
          const store = opening.result.createObjectStore(name, {
            keyPath: primary.replace(/^\+\+/, ''),
            autoIncrement: primary.startsWith('++'),
          });
          for (const index of indexes) {
            const bare = index.replace(/^[&*]/, '');
            const keyPath = bare.startsWith('[') ? bare.slice(1, -1).split('+') : bare;
            store.createIndex(bare, keyPath, {
              unique: index.startsWith('&'),
              multiEntry: index.startsWith('*'),
            });
          }
        }
      };
      const db = await request<IDBDatabase>(opening);
      const transaction = db.transaction(Object.keys(tables), 'readwrite');
      for (const [name, rows] of Object.entries(tables)) {
        for (const row of rows) transaction.objectStore(name).add(row);
      }
      await new Promise((resolve, reject) => {
        transaction.oncomplete = resolve;
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
    },
    { stores: version1Stores(), tables: SEEDED as Record<string, unknown[]> },
  );

describe('the backup before a schema migration, in the browser build', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps a copy of a version 1 database before upgrading it, offered in the settings', async () => {
    const { page, context, errors } = await openApp(browser);
    await page.getByRole('button', { name: 'Jatka' }).waitFor();
    await seedVersion1(page);
    await page.reload();

    await page
      .getByRole('navigation', { name: 'Päävalikko' })
      .getByRole('link', { name: 'Asetukset' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Asetukset' }).waitFor();
    const table = page.getByRole('table', { name: 'Ennen päivityksiä otetut varmuuskopiot' });
    const row = table.getByRole('row').nth(1);
    await row.getByText(`Otettu ennen päivitystä versioon ${CURRENT_SCHEMA_VERSION}`).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: /^Lataa ennen päivitystä/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^valvo-varmuuskopio-ennen-versiota-${CURRENT_SCHEMA_VERSION}-.*\\.json$`),
    );
    const copy = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      schemaVersion: number;
      tables: unknown;
    };
    expect(copy.schemaVersion).toBe(1);
    expect(copy.tables).toEqual(SEEDED);

    // The register itself was upgraded, and the copy sits in a database of its own.
    const databases = await page.evaluate(() => indexedDB.databases());
    expect(databases).toEqual(
      expect.arrayContaining([
        { name: 'valvo', version: CURRENT_SCHEMA_VERSION * 10 },
        { name: 'valvo-pre-migration', version: 10 },
      ]),
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
