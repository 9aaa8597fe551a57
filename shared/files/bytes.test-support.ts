import { decodeWindows1252 } from './windows-1252';

/** Bytes from the platform's random source: a file no program wrote on purpose. */
export const randomBytes = (length: number): Uint8Array<ArrayBuffer> => {
  const bytes = new Uint8Array(length);
  // getRandomValues fills at most 65,536 bytes at a time.
  for (let start = 0; start < length; start += 65_536) {
    crypto.getRandomValues(bytes.subarray(start, start + 65_536));
  }
  return bytes;
};

const WINDOWS_1252 = new Map(
  [...decodeWindows1252(Uint8Array.from({ length: 256 }, (_, byte) => byte))].map(
    (character, byte) => [character, byte],
  ),
);

/** A text as an old Excel's "CSV (erotin: puolipiste)" stores it: one byte a character. */
export const windows1252Bytes = (text: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from([...text], (character) => {
    const byte = WINDOWS_1252.get(character);
    if (byte === undefined) throw new Error(`not in Windows-1252: ${character}`);
    return byte;
  });
