/**
 * Test support (imported only by *.test.* files): a database that runs out of storage on
 * demand, and the Dexie errors a full disk arrives as, for tests of the screens above the data
 * layer (which do not import Dexie themselves).
 */
import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { Dexie } from 'dexie';

export type StorageFault = { isArmed: boolean; refused: number };

/**
 * While armed, every write to a database whose name starts with `prefix` is refused the way a
 * full IndexedDB refuses it. A Dexie addon, so it also reaches the database DatabaseProvider
 * opens; `uninstall` removes it.
 */
export const installStorageFault = (prefix: string) => {
  const fault: StorageFault = { isArmed: false, refused: 0 };
  const failWritesWhenArmed = (db: Dexie) => {
    if (!db.name.startsWith(prefix)) return;
    db.use({
      stack: 'dbcore',
      name: 'quota-exceeded',
      create: (down: DBCore): Partial<DBCore> => ({
        ...down,
        table: (name: string) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: (request: DBCoreMutateRequest) => {
              if (!fault.isArmed) return table.mutate(request);
              fault.refused += 1;
              return Promise.reject(
                new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
              );
            },
          };
        },
      }),
    });
  };
  Dexie.addons.push(failWritesWhenArmed);
  const uninstall = () => {
    Dexie.addons.splice(Dexie.addons.indexOf(failWritesWhenArmed), 1);
  };
  return { fault, uninstall };
};

/** A failed write that has nothing to do with storage. */
export const constraintError = () => new Dexie.ConstraintError();

/** The AbortError Dexie rejects a transaction with when IndexedDB ran out of quota. */
export const quotaAbortError = () =>
  new Dexie.AbortError(new DOMException('', 'QuotaExceededError'));
