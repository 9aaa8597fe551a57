import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { DomainError } from './domainError';
import { classifyStorageFailure, isStorageFailure } from './storageFailure';

const quota = (message = '') => new DOMException(message, 'QuotaExceededError');

describe('classifying a failed write', () => {
  it('recognises a QuotaExceededError thrown directly', () => {
    expect(classifyStorageFailure(quota())).toEqual({
      kind: 'quota',
      name: 'QuotaExceededError',
      message: '',
    });
  });

  it('recognises the AbortError Dexie rejects a transaction with, the quota error inside', () => {
    // What Dexie does in idbtrans.onabort: new exceptions.Abort(idbtrans.error).
    const aborted = new Dexie.AbortError(quota('The transaction was aborted.'));
    expect(aborted.name).toBe('AbortError');
    expect(classifyStorageFailure(aborted)).toMatchObject({
      kind: 'quota',
      name: 'QuotaExceededError',
    });
  });

  it('finds the quota error however deep Dexie nests it', () => {
    const opened = new Dexie.DatabaseClosedError(
      'Database has been closed',
      new Dexie.QuotaExceededError(quota('Quota exceeded.')),
    );
    expect(isStorageFailure(opened)).toBe(true);
    const bulk = new Dexie.BulkError('bulkPut(): 1 of 2 operations failed', {
      1: new Dexie.AbortError(quota()),
    });
    expect(isStorageFailure(bulk)).toBe(true);
    const caused = new Error('Saving failed', { cause: new Dexie.AbortError(quota()) });
    expect(isStorageFailure(caused)).toBe(true);
  });

  it("finds it among a year's worth of failed records in one bulk write", () => {
    const failures: Record<number, Error> = {};
    for (let index = 0; index < 150_000; index += 1) failures[index] = new Dexie.AbortError(quota());
    const bulk = new Dexie.BulkError('bulkPut(): 150000 of 150000 operations failed', failures);
    expect(isStorageFailure(bulk)).toBe(true);
  });

  it('reads the cause from the message when the inner error is gone', () => {
    // Dexie's message for an abort is "<inner name> <inner message>".
    const aborted = new Dexie.AbortError('QuotaExceededError ');
    expect(classifyStorageFailure(aborted)).toMatchObject({ kind: 'quota' });
  });

  it("tells Chromium's full disk from a used-up quota", () => {
    const full = quota('Encountered full disk while committing transaction.');
    expect(classifyStorageFailure(new Dexie.AbortError(full))).toMatchObject({
      kind: 'diskFull',
      name: 'QuotaExceededError',
    });
    const unknown = new DOMException(
      'Internal error committing transaction: disk full',
      'UnknownError',
    );
    expect(classifyStorageFailure(new Dexie.AbortError(unknown))).toMatchObject({
      kind: 'diskFull',
      name: 'UnknownError',
    });
  });

  it('leaves every other failure to the ordinary error message', () => {
    const others: unknown[] = [
      new Dexie.AbortError(new DOMException('Key already exists', 'ConstraintError')),
      new Dexie.AbortError(),
      new DOMException('Internal error committing transaction.', 'UnknownError'),
      new DomainError('errors.staleRecord'),
      // A file write elsewhere that failed for space is not a database write.
      new Error('ENOSPC: no space left on device'),
      new TypeError('x is undefined'),
      'QuotaExceededError',
      null,
      undefined,
      42,
    ];
    for (const error of others) expect(classifyStorageFailure(error)).toBeNull();
  });

  it('stops at a cycle instead of looping', () => {
    const first = { name: 'AbortError', message: 'aborted', inner: null as unknown };
    const second = { name: 'AbortError', message: 'aborted', inner: first };
    first.inner = second;
    expect(classifyStorageFailure(first)).toBeNull();
  });
});
