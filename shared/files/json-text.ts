import { looksBinary } from './text-content';
import type { FileProblem } from './verified';

/**
 * The first steps of reading a JSON file from outside: its size in bytes, then its text parsed
 * once, with a syntax error told by its place and the parser's own words.
 */

/** UTF-8 size without encoding the whole text again. */
export const utf8Length = (text: string) => {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && index + 1 < text.length) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
};

/** Over `maxBytes` in UTF-8; the count is made only when the length alone cannot tell. */
export const isOverBytes = (text: string, maxBytes: number) =>
  text.length > maxBytes || (text.length * 3 > maxBytes && utf8Length(text) > maxBytes);

/**
 * Where the parser stopped: its `position N` when it gives one, else the place of the quoted
 * excerpt V8 shows (`Unexpected token 'x', ..."ten before x ten after"...`), else the end.
 */
const syntaxErrorOffset = (text: string, message: string) => {
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const excerpt =
    /^Unexpected token '(.+?)', (\.\.\.)?"([\s\S]*)"(?:\.\.\.)? is not valid JSON$/.exec(message);
  if (excerpt) {
    const [, token = '', cut, quoted = ''] = excerpt;
    const at = text.indexOf(quoted);
    if (at >= 0) return at + (cut ? 10 : Math.max(0, quoted.indexOf(token)));
  }
  return text.length;
};

/** `line:column` (1-based) of a JSON syntax error. */
const syntaxErrorLocation = (text: string, message: string) => {
  const offset = Math.min(syntaxErrorOffset(text, message), text.length);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${line}:${column}`;
};

export type JsonText = { ok: true; raw: unknown } | { ok: false; problem: FileProblem };

/**
 * The text parsed as JSON. Refused: bytes that are not text at all (an image or a program
 * chosen by mistake, whose parser message would quote its bytes: `<messages>.notText`), and
 * text that is not JSON (`<messages>.notJson?detail=<the parser's message>`), placed at
 * `line:column` or at the whole file (`$`).
 */
export const parseJsonText = (
  text: string,
  messages: string,
  syntaxErrorAt: 'lineColumn' | 'file' = 'file',
): JsonText => {
  try {
    return { ok: true, raw: JSON.parse(text) as unknown };
  } catch (error) {
    if (looksBinary(text))
      return { ok: false, problem: { path: '$', message: `${messages}.notText` } };
    const detail = error instanceof Error ? error.message : String(error);
    const path = syntaxErrorAt === 'lineColumn' ? syntaxErrorLocation(text, detail) : '$';
    return {
      ok: false,
      problem: { path, message: `${messages}.notJson?detail=${encodeURIComponent(detail)}` },
    };
  }
};
