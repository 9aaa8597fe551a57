import { CSV_BOM } from '../exports/csv';
import { looksBinary } from '../files/text-content';
import { decodeWindows1252 } from '../files/windows-1252';

/**
 * What the bytes of a chosen import file are, before any row is read: an XLSX (a ZIP, read
 * further by the workbook reader), CSV text in an encoding the import reads, or something the
 * import cannot read, refused with one message (an i18n key) that says what the file is.
 */
export type TextEncoding = 'utf-8' | 'windows-1252';

export type ImportFileContent =
  | { kind: 'zip' }
  | { kind: 'text'; text: string; encoding: TextEncoding }
  | { kind: 'refused'; message: string };

export type ImportExtension = 'csv' | 'xlsx';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** UTF-16 LE and BE (UTF-32 LE starts with the first as well). */
const UTF16_BOMS = [
  [0xff, 0xfe],
  [0xfe, 0xff],
];
/** How much of the file the UTF-16 check without a byte order mark looks at. */
const UTF16_SAMPLE = 4096;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((byte, index) => bytes[index] === byte);

/**
 * UTF-16 without a byte order mark: text in Latin letters has a zero byte in every other
 * place (odd places for little-endian, even for big-endian) and almost none in the others.
 */
const looksUtf16 = (bytes: Uint8Array) => {
  const sample = bytes.subarray(0, UTF16_SAMPLE);
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return false;
  let even = 0;
  let odd = 0;
  for (let index = 0; index < pairs * 2; index += 1) {
    if (sample[index] === 0) {
      if (index % 2 === 0) even += 1;
      else odd += 1;
    }
  }
  const [many, few] = even > odd ? [even, odd] : [odd, even];
  return many >= pairs * 0.3 && few <= pairs * 0.05;
};

/**
 * Counts UTF-8 multi-byte sequences that are well formed and bytes above ASCII that are not
 * part of one. Windows-1252 text almost never forms such a sequence ("ä" is one byte, 0xE4,
 * followed by a letter); UTF-8 damaged in a few places (cut short, or a line pasted from
 * another file) is mostly well-formed sequences.
 */
const utf8Sequences = (bytes: Uint8Array) => {
  let valid = 0;
  let invalid = 0;
  for (let index = 0; index < bytes.length;) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    // Lead bytes: C2–DF start two bytes, E0–EF three, F0–F4 four; others never start one.
    const length = lead < 0xc2 ? 0 : lead <= 0xdf ? 2 : lead <= 0xef ? 3 : lead <= 0xf4 ? 4 : 0;
    let isWellFormed = length > 0 && index + length <= bytes.length;
    for (let next = 1; isWellFormed && next < length; next += 1) {
      isWellFormed = ((bytes[index + next] ?? 0) & 0xc0) === 0x80;
    }
    if (isWellFormed) {
      valid += 1;
      index += length;
    } else {
      invalid += 1;
      index += 1;
    }
  }
  return { valid, invalid };
};

const refused = (message: string): ImportFileContent => ({ kind: 'refused', message });

const text = (decoded: string, encoding: TextEncoding): ImportFileContent => {
  if (looksBinary(decoded)) return refused('imports.errors.notText');
  const withoutBom = decoded.startsWith(CSV_BOM) ? decoded.slice(CSV_BOM.length) : decoded;
  return { kind: 'text', text: withoutBom, encoding };
};

/**
 * Tells what the bytes are. A ZIP is passed on as a workbook whatever its name (Excel opens it
 * so too); a file named .xlsx must be one. Text is read as UTF-8 (the export's encoding, with
 * or without its byte order mark) when every byte sequence is valid UTF-8, otherwise as
 * Windows-1252 (Finnish Excel's "CSV (erotin: puolipiste)"), so ä and ö arrive as written.
 * Refused, each with its own message: an empty file, UTF-16, UTF-8 damaged in places, and
 * bytes that are not text in either encoding.
 */
export const readImportFile = (
  bytes: Uint8Array,
  extension: ImportExtension,
): ImportFileContent => {
  if (bytes.length === 0) return refused('imports.errors.emptyFile');
  if (startsWith(bytes, ZIP_MAGIC)) return { kind: 'zip' };
  if (extension === 'xlsx') return refused('imports.errors.notXlsx');
  if (UTF16_BOMS.some((bom) => startsWith(bytes, bom)) || looksUtf16(bytes)) {
    return refused('imports.errors.utf16');
  }
  try {
    return text(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), 'utf-8');
  } catch {
    // Not UTF-8: Windows-1252, or UTF-8 with damage, or not text at all.
  }
  const { valid, invalid } = utf8Sequences(bytes);
  if (valid > invalid) return refused('imports.errors.mixedEncoding');
  return text(decodeWindows1252(bytes), 'windows-1252');
};
