import { describe, expect, it } from 'vitest';
import { randomBytes } from './bytes.test-support';
import { looksBinary } from './text-content';

describe('telling text from other bytes', () => {
  it('takes CSV and JSON text as text, in any language, with tabs and line breaks', () => {
    expect(looksBinary('Yksikkö;Vuosi\r\nKaupunki;2026\r\n')).toBe(false);
    expect(looksBinary('{\n\t"name": "Österbotten – Åbo",\n\t"€": "“quoted”"\n}')).toBe(false);
    expect(looksBinary('')).toBe(false);
  });

  it('tolerates a stray control character, as pasted from Word or left by DOS', () => {
    expect(looksBinary('Ensimmäinen rivi\vtoinen rivi pehmeällä rivinvaihdolla')).toBe(false);
    expect(looksBinary(`${'Rivi;teksti\r\n'.repeat(20)}\u001a`)).toBe(false);
    expect(looksBinary('a\u001bb')).toBe(false);
  });

  it('refuses NUL anywhere, and text where control or replacement characters are common', () => {
    expect(looksBinary(`${'teksti '.repeat(1000)}\u0000`)).toBe(true);
    expect(looksBinary(`abc\u0001\u0002def`)).toBe(true);
    expect(looksBinary('x\uFFFD'.repeat(50))).toBe(true);
    // Windows-1252 has no character for 0x81: read so, it is a C1 control.
    expect(looksBinary('\u0081\u008d\u008f\u0090\u009d')).toBe(true);
  });

  it('refuses random bytes read as UTF-8 or as Windows-1252', () => {
    const bytes = randomBytes(100_000);
    expect(looksBinary(new TextDecoder('utf-8').decode(bytes))).toBe(true);
    expect(looksBinary(new TextDecoder('windows-1252').decode(bytes))).toBe(true);
  });
});
