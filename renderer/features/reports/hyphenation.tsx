import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../../../shared/dates';
import { LANGUAGE_CODES } from '../../../shared/dates';
import type { Hyphenate, HyphenPatterns } from '../../../shared/print/hyphenation';
import { softHyphenator } from '../../../shared/print/hyphenation';

/** Patterns load on first print only: together they are about 260 kB. */
const PATTERNS: Record<LanguageCode, () => Promise<{ default: HyphenPatterns }>> = {
  fi: () => import('hyphen/patterns/fi'),
  sv: () => import('hyphen/patterns/sv'),
  en: () => import('hyphen/patterns/en-gb'),
};

/** One cached hyphenator per language for the whole session: each text is hyphenated once. */
const hyphenators = new Map<LanguageCode, Promise<Hyphenate>>();

const hyphenatorFor = (language: LanguageCode) => {
  let hyphenator = hyphenators.get(language);
  if (!hyphenator) {
    hyphenator = PATTERNS[language]().then((module) => softHyphenator(module.default));
    hyphenators.set(language, hyphenator);
  }
  return hyphenator;
};

const unchanged: Hyphenate = (text) => text;

type Hyphenation = { hyphenate: Hyphenate; isReady: boolean };
const HyphenationContext = createContext<Hyphenation>({ hyphenate: unchanged, isReady: true });

const languageOf = (code: string): LanguageCode =>
  LANGUAGE_CODES.find((language) => language === code) ?? 'fi';

/**
 * Gives printed reports soft hyphens in the report's language, so a long word breaks only at a
 * hyphenation point and shows its hyphen. Outside it, texts stay as they are (screens, forms).
 */
export const HyphenationProvider = ({ children }: { children: ReactNode }) => {
  const { i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const [loaded, setLoaded] = useState<{ language: LanguageCode; hyphenate: Hyphenate } | null>(
    null,
  );
  useEffect(() => {
    let isCurrent = true;
    void hyphenatorFor(language).then((hyphenate) => {
      if (isCurrent) setLoaded({ language, hyphenate });
    });
    return () => {
      isCurrent = false;
    };
  }, [language]);
  const current = loaded?.language === language ? loaded.hyphenate : null;
  const value = useMemo(
    () => ({ hyphenate: current ?? unchanged, isReady: current !== null }),
    [current],
  );
  return <HyphenationContext.Provider value={value}>{children}</HyphenationContext.Provider>;
};

/** Soft-hyphenates a text for print; unchanged outside a HyphenationProvider. */
export const useHyphenate = () => useContext(HyphenationContext).hyphenate;

/** False while the patterns load: a report says it is ready to print only after. */
export const useIsHyphenationReady = () => useContext(HyphenationContext).isReady;
