import { appendAll } from '../../../shared/arrays';

/**
 * Recognises a write that failed because storage ran out, whatever shape the error arrives in.
 * IndexedDB aborts the transaction with a QuotaExceededError; Dexie hands that on as an
 * AbortError (or DatabaseClosedError, BulkError, ModifyError) with the original inside `inner`,
 * sometimes nested, sometimes only in its message; Chromium reports a full disk as a
 * QuotaExceededError ("Encountered full disk while …") and, from older backing stores, as an
 * UnknownError whose message names the disk. Pure: no DOM, no Dexie.
 */

export type StorageFailureKind = 'quota' | 'diskFull';

export type StorageFailure = {
  /** `quota`: the browser's allowance for the app is used up; `diskFull`: the disk itself. */
  kind: StorageFailureKind;
  /** Name and message of the innermost error that told it, for the log. */
  name: string;
  message: string;
};

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
/** Wrappers whose message alone may carry the cause (Dexie: "QuotaExceededError …"). */
const WRAPPER_NAMES = new Set(['AbortError', 'UnknownError']);
const QUOTA_TEXT = /QuotaExceededError|quota (?:has been )?exceeded|exceeded (?:its|the) quota/i;
const DISK_FULL_TEXT =
  /full disk|disk (?:is )?full|no space left|not enough (?:disk )?space|insufficient (?:disk )?space|ENOSPC/i;
/** DOMException's legacy code for QUOTA_EXCEEDED_ERR, still set by every engine. */
const LEGACY_QUOTA_CODE = 22;
const MAX_DEPTH = 8;

type ErrorLike = {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  inner?: unknown;
  cause?: unknown;
  failures?: unknown;
  errors?: unknown;
};

const textOf = (value: unknown) => (typeof value === 'string' ? value : '');

const isDomException = (error: object) =>
  typeof DOMException !== 'undefined' && error instanceof DOMException;

/** What this one error says by itself, without looking inside it. */
const classifyOne = (error: ErrorLike): StorageFailure | null => {
  const name = textOf(error.name);
  const message = textOf(error.message);
  const isQuota =
    QUOTA_NAMES.has(name) ||
    (isDomException(error) && error.code === LEGACY_QUOTA_CODE) ||
    (WRAPPER_NAMES.has(name) && QUOTA_TEXT.test(message));
  const isDiskFull = (isQuota || WRAPPER_NAMES.has(name)) && DISK_FULL_TEXT.test(message);
  if (isDiskFull) return { kind: 'diskFull', name, message };
  if (isQuota) return { kind: 'quota', name, message };
  return null;
};

/** The errors an error carries: Dexie's `inner`, ES2022 `cause`, bulk `failures`, `errors`. */
const childrenOf = (error: ErrorLike): unknown[] => {
  const children: unknown[] = [error.inner, error.cause];
  for (const list of [error.failures, error.errors]) {
    if (Array.isArray(list)) appendAll(children, list as unknown[]);
    else if (list && typeof list === 'object') appendAll(children, Object.values(list));
  }
  return children.filter((child) => child !== null && typeof child === 'object');
};

/**
 * The storage failure inside `error`, or null when it is some other failure. The innermost
 * error decides between quota and full disk; a cycle or a deep chain ends the search.
 */
export const classifyStorageFailure = (error: unknown): StorageFailure | null => {
  const seen = new Set<object>();
  const visit = (value: unknown, depth: number): StorageFailure | null => {
    if (value === null || typeof value !== 'object' || seen.has(value) || depth > MAX_DEPTH)
      return null;
    seen.add(value);
    for (const child of childrenOf(value as ErrorLike)) {
      const found = visit(child, depth + 1);
      if (found) return found;
    }
    return classifyOne(value as ErrorLike);
  };
  return visit(error, 0);
};

export const isStorageFailure = (error: unknown): boolean => classifyStorageFailure(error) !== null;
