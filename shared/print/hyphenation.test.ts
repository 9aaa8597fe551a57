import fi from 'hyphen/patterns/fi';
import sv from 'hyphen/patterns/sv';
import enGb from 'hyphen/patterns/en-gb';
import { describe, expect, it, vi } from 'vitest';
import { SOFT_HYPHEN, cachedHyphenator, softHyphenator, withoutSoftHyphens } from './hyphenation';

const shown = (text: string) => text.replaceAll(SOFT_HYPHEN, '|');

describe('soft hyphens for printed reports', () => {
  it('marks Finnish hyphenation points, so a long word breaks only between syllables', () => {
    const hyphenate = softHyphenator(fi);
    expect(shown(hyphenate('Tietohallintopäällikkö'))).toBe('Tie|to|hal|lin|to|pääl|lik|kö');
    expect(shown(hyphenate('Sopimushallinnan käyttöönottaminen'))).toBe(
      'So|pi|mus|hal|lin|nan käyt|töö|not|ta|mi|nen',
    );
    // Hard hyphens, numbers and punctuation stay as they are.
    expect(shown(hyphenate('Elinkeino- ja e-palvelut 2026–2027 (esim.)'))).toBe(
      'Elin|kei|no- ja e-pal|ve|lut 2026–2027 (esim.)',
    );
  });

  it('has Swedish and English patterns', () => {
    expect(shown(softHyphenator(sv)('riskhanteringen'))).toBe('risk|han|te|ring|en');
    expect(shown(softHyphenator(enGb)('responsibility'))).toBe('re|spons|ib|il|ity');
  });

  it('gives back the text unchanged once the soft hyphens are taken out', () => {
    const text = 'Riskienarviointityökalun käyttöönotto, vastuuhenkilö: Tietohallintopäällikkö.';
    expect(withoutSoftHyphens(softHyphenator(fi)(text))).toBe(text);
  });

  it('hyphenates each distinct text once', () => {
    const hyphenate = vi.fn((text: string) => `${text}!`);
    const cached = cachedHyphenator(hyphenate);
    const texts = ['Vastuuhenkilö', 'Määräaika', 'Vastuuhenkilö', 'Vastuuhenkilö', 'Määräaika'];
    expect(texts.map(cached)).toEqual([
      'Vastuuhenkilö!',
      'Määräaika!',
      'Vastuuhenkilö!',
      'Vastuuhenkilö!',
      'Määräaika!',
    ]);
    expect(hyphenate).toHaveBeenCalledTimes(2);
  });

  it('leaves words too short to break alone, without asking the patterns', () => {
    const hyphenate = vi.fn((text: string) => text);
    const cached = cachedHyphenator(hyphenate);
    expect(['', 'ja', '–', 'Tila'].map(cached)).toEqual(['', 'ja', '–', 'Tila']);
    expect(hyphenate).not.toHaveBeenCalled();
  });
});
