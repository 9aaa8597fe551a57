import { isOverBytes, parseJsonText } from './json-text';
import type { FileProblem, Verified } from './verified';
import { markVerified } from './verified';
import { appendReversed } from '../arrays';

/**
 * The one strict reader of JSON files from outside (backups, unit packages, and the imports
 * to come). It reads a file completely before anything uses it and refuses, each problem with
 * its place in the file (`records.controlActions[3].objective`) and an i18n key under the
 * file kind's own namespace (`backup.errors.forbiddenKey`):
 * - a file over its byte limit (`tooLarge`), bytes that are not text (`notText`), text that is
 *   not JSON (`notJson`);
 * - keys that could reach an object's prototype when the data is copied around
 *   (`forbiddenKey`), strings (and keys) over the length limit (`tooLong`), nesting deeper
 *   than any file of ours (`tooDeep`);
 * - whatever the kind's own parse refuses (its schema: wrong types, missing fields), and every
 *   field that parse dropped (`unknownField`): the formats are strict;
 * - whatever the kind's own check refuses (hashes, references, audit chains).
 * What passes is `Verified`: the only type the writes accept.
 */

export type ParsedJson<T> = { ok: true; value: T } | { ok: false; problems: FileProblem[] };
export type StrictRead<T> =
  { ok: true; value: Verified<T> } | { ok: false; problems: FileProblem[] };

export type StrictJsonSpec<T> = {
  /** The namespace of the kind's messages, e.g. `backup.errors`. */
  messages: string;
  maxBytes: number;
  /** More than this many problems are not listed (nobody reads them; the UI shows fewer). */
  maxProblems: number;
  /** Longest string or key, in characters; the record schemas' own limits are far lower. */
  maxStringLength?: number;
  /** Deepest nesting of arrays and objects. */
  maxDepth?: number;
  /** `lineColumn` for files people may open in an editor; `file` names the whole file. */
  syntaxErrorAt?: 'lineColumn' | 'file';
  /** The kind's value from the parsed JSON (its format checks and schemas), or its problems. */
  parse: (raw: unknown) => ParsedJson<T>;
  /** What the whole value must hold besides its shape; `raw` is the file as written. */
  check?: (value: T, raw: unknown) => FileProblem[];
};

export const MAX_STRING_LENGTH = 64 * 1024;
export const MAX_DEPTH = 64;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type Json = unknown;
export const isJsonObject = (value: Json): value is Record<string, Json> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export const childPath = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;

type Limits = { messages: string; maxProblems: number; maxStringLength: number; maxDepth: number };
type Found = { forbidden: FileProblem[]; oversize: FileProblem[] };
type Visit = { value: Json; path: string; depth: number; key?: string };

/** Forbidden keys, and strings, keys and nesting over the limits, in the order of the file. */
const walk = (root: Json, limits: Limits): Found => {
  const found: Found = { forbidden: [], oversize: [] };
  const problem = (path: string, key: string) => ({ path, message: `${limits.messages}.${key}` });
  const stack: Visit[] = [{ value: root, path: '', depth: 0 }];
  while (stack.length > 0 && found.forbidden.length + found.oversize.length < limits.maxProblems) {
    const { value, path, depth, key } = stack.pop()!;
    if (key !== undefined && FORBIDDEN_KEYS.has(key)) {
      found.forbidden.push(problem(path, 'forbiddenKey'));
    } else if (key !== undefined && key.length > limits.maxStringLength) {
      found.oversize.push(problem(path, 'tooLong'));
    } else if (typeof value === 'string') {
      if (value.length > limits.maxStringLength) found.oversize.push(problem(path, 'tooLong'));
    } else if (value !== null && typeof value === 'object') {
      if (depth >= limits.maxDepth) found.oversize.push(problem(path, 'tooDeep'));
      else {
        const children: Visit[] = Array.isArray(value)
          ? value.map((item, index) => ({
              value: item,
              path: childPath(path, index),
              depth: depth + 1,
            }))
          : Object.entries(value).map(([name, item]) => ({
              value: item,
              path: childPath(path, name),
              depth: depth + 1,
              key: name,
            }));
        appendReversed(stack, children);
      }
    }
  }
  return found;
};

type Compare = { raw: Json; parsed: Json; path: string; isDropped?: boolean };

/** Keys of the file that the parse dropped: the formats are strict, so each is a problem. */
const unknownFields = (raw: Json, parsed: Json, limits: Limits): FileProblem[] => {
  const problems: FileProblem[] = [];
  const stack: Compare[] = [{ raw, parsed, path: '' }];
  while (stack.length > 0 && problems.length < limits.maxProblems) {
    const next = stack.pop()!;
    if (next.isDropped) {
      problems.push({ path: next.path, message: `${limits.messages}.unknownField` });
      continue;
    }
    // A part the schema takes as it is (`z.unknown()`) has dropped nothing.
    if (next.raw === next.parsed) continue;
    const { parsed: value, path } = next;
    let children: Compare[] = [];
    if (Array.isArray(next.raw) && Array.isArray(value)) {
      children = next.raw.map((item, index) => ({
        raw: item,
        parsed: value[index],
        path: childPath(path, index),
      }));
    } else if (isJsonObject(next.raw) && isJsonObject(value)) {
      children = Object.entries(next.raw).map(([key, item]) => ({
        raw: item,
        parsed: value[key],
        path: childPath(path, key),
        isDropped: !Object.hasOwn(value, key),
      }));
    }
    appendReversed(stack, children);
  }
  return problems;
};

const refuse = <T>(problems: FileProblem[], maxProblems: number): StrictRead<T> => ({
  ok: false,
  problems: problems
    .slice(0, maxProblems)
    .map((problem) => (problem.path === '' ? { ...problem, path: '$' } : problem)),
});

/** Reads `text` as the kind `spec` describes; see the top of this file for what it refuses. */
export const readStrictJson = <T>(text: string, spec: StrictJsonSpec<T>): StrictRead<T> => {
  const limits: Limits = {
    messages: spec.messages,
    maxProblems: spec.maxProblems,
    maxStringLength: spec.maxStringLength ?? MAX_STRING_LENGTH,
    maxDepth: spec.maxDepth ?? MAX_DEPTH,
  };
  const fail = (problems: FileProblem[]) => refuse<T>(problems, spec.maxProblems);
  if (isOverBytes(text, spec.maxBytes))
    return fail([{ path: '$', message: `${spec.messages}.tooLarge` }]);
  const json = parseJsonText(text, spec.messages, spec.syntaxErrorAt);
  if (!json.ok) return fail([json.problem]);
  const { forbidden, oversize } = walk(json.raw, limits);
  // Nesting too deep to walk safely is not handed to the parse at all.
  if (oversize.some((problem) => problem.message.endsWith('.tooDeep')))
    return fail([...forbidden, ...oversize]);
  // The parse runs even beside a prototype key, so that the list names every problem; its
  // value is never used then. Where the schema already names a place, its problem says enough.
  const parsed = spec.parse(json.raw);
  const named = new Set(parsed.ok ? [] : parsed.problems.map((problem) => problem.path));
  const walked = [...forbidden, ...oversize.filter((problem) => !named.has(problem.path))];
  if (!parsed.ok) return fail([...parsed.problems, ...walked]);
  if (walked.length > 0) return fail(walked);
  const unknown = unknownFields(json.raw, parsed.value, limits);
  if (unknown.length > 0) return fail(unknown);
  const problems = spec.check?.(parsed.value, json.raw) ?? [];
  if (problems.length > 0) return fail(problems);
  return { ok: true, value: markVerified(parsed.value) };
};
