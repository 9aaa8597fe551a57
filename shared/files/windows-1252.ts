/**
 * Windows-1252, the encoding of Finnish Excel's "CSV (erotin: puolipiste)" and of Notepad's
 * "ANSI": Latin-1 plus 27 characters (€, curly quotes, dashes, Š, Ž…) in bytes 0x80–0x9F.
 * Browsers' TextDecoder decodes those bytes correctly; Node.js from 20.18.3 and 22.13 decodes
 * them as Latin-1 control characters (nodejs/node#56542, #60888), so the same file would read
 * differently in the unit tests than in the app. The table below, from the WHATWG Encoding
 * Standard, puts them right wherever the decoder got them wrong; in a browser it changes nothing.
 */
const HIGH_BYTES: Readonly<Record<number, number>> = {
  0x80: 0x20ac,
  0x82: 0x201a,
  0x83: 0x0192,
  0x84: 0x201e,
  0x85: 0x2026,
  0x86: 0x2020,
  0x87: 0x2021,
  0x88: 0x02c6,
  0x89: 0x2030,
  0x8a: 0x0160,
  0x8b: 0x2039,
  0x8c: 0x0152,
  0x8e: 0x017d,
  0x91: 0x2018,
  0x92: 0x2019,
  0x93: 0x201c,
  0x94: 0x201d,
  0x95: 0x2022,
  0x96: 0x2013,
  0x97: 0x2014,
  0x98: 0x02dc,
  0x99: 0x2122,
  0x9a: 0x0161,
  0x9b: 0x203a,
  0x9c: 0x0153,
  0x9e: 0x017e,
  0x9f: 0x0178,
};

/** The text of Windows-1252 bytes. 0x81, 0x8D, 0x8F, 0x90 and 0x9D stay control characters. */
export const decodeWindows1252 = (bytes: Uint8Array): string =>
  new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (control) => {
    const code = HIGH_BYTES[control.charCodeAt(0)];
    return code === undefined ? control : String.fromCharCode(code);
  });
