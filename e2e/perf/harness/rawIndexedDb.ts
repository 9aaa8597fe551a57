import type { BackupTables } from '../../../shared/backup/format';

/** Plain IndexedDB, no library: the floor the app's own writes are compared with. */
const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

export const openRaw = (name: string) => done(indexedDB.open(name));

type StoreShape = {
  name: string;
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
};

/** A new database `name` with the stores and indexes of `source`: the same work per record. */
export const copySchema = async (source: IDBDatabase, name: string): Promise<IDBDatabase> => {
  const names = [...source.objectStoreNames];
  const transaction = source.transaction(names, 'readonly');
  const shapes: StoreShape[] = names.map((storeName) => {
    const store = transaction.objectStore(storeName);
    return {
      name: storeName,
      keyPath: store.keyPath,
      autoIncrement: store.autoIncrement,
      indexes: [...store.indexNames].map((indexName) => {
        const index = store.index(indexName);
        return {
          name: indexName,
          keyPath: index.keyPath,
          unique: index.unique,
          multiEntry: index.multiEntry,
        };
      }),
    };
  });
  const request = indexedDB.open(name, 1);
  request.onupgradeneeded = () => {
    for (const shape of shapes) {
      const store = request.result.createObjectStore(shape.name, {
        keyPath: shape.keyPath,
        autoIncrement: shape.autoIncrement,
      });
      for (const index of shape.indexes) {
        store.createIndex(index.name, index.keyPath, {
          unique: index.unique,
          multiEntry: index.multiEntry,
        });
      }
    }
  };
  return done(request);
};

/**
 * Every record of every table added in one transaction with strict durability, as the app's
 * restore does (and as its database is configured): requests issued back to back, one wait.
 */
export const rawInsert = (db: IDBDatabase, tables: BackupTables) =>
  new Promise<void>((resolve, reject) => {
    const names = Object.keys(tables).filter((name) => db.objectStoreNames.contains(name));
    const transaction = db.transaction(names, 'readwrite', { durability: 'strict' });
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
    for (const name of names) {
      const store = transaction.objectStore(name);
      for (const row of tables[name as keyof BackupTables]) store.add(row);
    }
  });

export const deleteDatabase = (name: string) => done(indexedDB.deleteDatabase(name));

const readSome = (db: IDBDatabase, store: string, count: number) =>
  done(db.transaction(store, 'readonly').objectStore(store).getAll(null, count));

const putAll = (db: IDBDatabase, batches: Record<string, unknown[]>) =>
  new Promise<void>((resolve, reject) => {
    const names = Object.keys(batches);
    const transaction = db.transaction(names, 'readwrite', { durability: 'strict' });
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    for (const name of names) {
      const store = transaction.objectStore(name);
      for (const row of batches[name]!) store.put(row);
    }
  });

/**
 * The write floor of an edit: `rows` stored rows and as many audit events read from the app's
 * database and put back unchanged, in one strict transaction, `runs` times: ms per run. Same
 * database, same size, same disk as the app's own writes; the content does not change, so the
 * app's data and its audit chain stay as they were.
 */
export const rawWriteFloor = async (source: string, rows: number, runs: number) => {
  const db = await openRaw(source);
  const batches = {
    controlActions: await readSome(db, 'controlActions', rows),
    auditEvents: await readSome(db, 'auditEvents', rows),
  };
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await putAll(db, batches);
    samples.push(performance.now() - started);
  }
  db.close();
  return samples;
};

/** The read floor of the action register: every unit and one year's rows by the year index: ms. */
export const rawReadFloor = async (source: string, year: number) => {
  const db = await openRaw(source);
  const started = performance.now();
  const transaction = db.transaction(['units', 'controlActions'], 'readonly');
  const [units, rows] = await Promise.all([
    done(transaction.objectStore('units').getAll()),
    done(transaction.objectStore('controlActions').index('year').getAll(year)),
  ]);
  const elapsed = performance.now() - started;
  db.close();
  return { ms: elapsed, units: units.length, rows: rows.length };
};
