/**
 * A value read from a file that came from outside (a backup, a unit package, a file of rows)
 * and checked completely: its shape, its sizes, its hashes and chains. The writes that take
 * such files (restore, backup import, package open, merge, row import) accept only this type,
 * so data nobody checked cannot reach them by accident.
 *
 * The mark is a type only; nothing is added to the value at run time. It is a class with a
 * private field rather than a symbol property because an object spread (`{ ...verified,
 * tables }`) drops it: an edited copy of a checked file is no longer a checked file.
 */
declare class VerifiedMark {
  private readonly verified: true;
}

export type Verified<T> = T & VerifiedMark;

/** A problem of a file, where it is (`records.risks[2].owner`, `1:5321`, `$`) and an i18n key. */
export type FileProblem = { path: string; message: string };

/**
 * The one way a value becomes `Verified`: a reader calls it after its last check has passed.
 * Only the readers of outside files call it (shared/files/strict-json.ts and the row import's
 * planner); shared/files/verified.test.ts fails when another module does.
 */
export const markVerified = <T>(value: T): Verified<T> => value as Verified<T>;
