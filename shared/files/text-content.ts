/**
 * Whether decoded text is really the bytes of a file that is not text (an image, a program, a
 * damaged or encrypted file) read as if it were text.
 *
 * Text files (CSV, JSON) hold letters, digits, punctuation, tabs and line breaks. They never
 * hold NUL and almost never the other control characters; U+FFFD appears where bytes were not
 * in the encoding they were read with, and U+0080–U+009F where Windows-1252 has no character.
 * In random bytes about one character in eight is one of these. A few are tolerated (a
 * vertical tab pasted from Word, a DOS end-of-file mark), so one stray character never makes a
 * text file "binary".
 */

/** More than this share of such characters (and more than one) is not text. */
export const MAX_NOT_TEXT_SHARE = 0.01;

const isNotText = (code: number) =>
  // C0 controls except tab, line feed, vertical tab, form feed and carriage return.
  code <= 0x08 ||
  (code >= 0x0e && code <= 0x1f) ||
  // DEL and the C1 controls.
  (code >= 0x7f && code <= 0x9f) ||
  code === 0xfffd;

export const looksBinary = (text: string): boolean => {
  if (text.includes('\u0000')) return true;
  const limit = Math.max(1, text.length * MAX_NOT_TEXT_SHARE);
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    if (isNotText(text.charCodeAt(index))) {
      count += 1;
      if (count > limit) return true;
    }
  }
  return false;
};
