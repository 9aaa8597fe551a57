import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { ValvoDatabase } from '../data/core/database';
import type { Role } from '../../shared/domain/settings';
import type { WriteContext } from '../data/core/writeContext';

/** A fresh, empty database on its own fake-indexeddb factory: no test sees another's data. */
export const openTestDatabase = () =>
  new ValvoDatabase('valvo-test', { indexedDB: new IDBFactory(), IDBKeyRange });

/** Ids stay unique across every context a test file makes. */
let counter = 0;

/** A deterministic clock and id source; `advance` moves the clock by minutes. */
export const testContext = (
  actor = 'Maija Meikäläinen',
  start = '2026-03-02T08:00:00.000Z',
  role: Role | null = 'controller',
) => {
  let now = new Date(start).getTime();
  const context: WriteContext & { advance: (minutes: number) => void } = {
    actor: () => actor,
    role: () => role,
    now: () => new Date(now),
    newId: () => {
      counter += 1;
      return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
    },
    advance: (minutes) => {
      now += minutes * 60_000;
    },
  };
  return context;
};
