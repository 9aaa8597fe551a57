import { describe, expect, it } from 'vitest';
import { decodeWindows1252 } from './windows-1252';

describe('Windows-1252', () => {
  it('reads Finnish and Swedish letters as the single bytes an old Excel writes', () => {
    const bytes = Uint8Array.of(0x53, 0x69, 0x73, 0xe4, 0x69, 0x6e, 0x65, 0x6e, 0x20, 0xd6, 0xc5);
    expect(decodeWindows1252(bytes)).toBe('Sisäinen ÖÅ');
  });

  it('reads 0x80–0x9F as the WHATWG standard says, whatever the platform decoder does', () => {
    const high = Uint8Array.from({ length: 32 }, (_, index) => 0x80 + index);
    expect(decodeWindows1252(high)).toBe(
      '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ',
    );
  });
});
