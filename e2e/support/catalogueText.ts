import type { LanguageCode } from '../../shared/dates';
import { en } from '../../renderer/i18n/en';
import { fi } from '../../renderer/i18n/fi';
import { sv } from '../../renderer/i18n/sv';

export const CATALOGUES = { fi, sv, en } as const;

/** The text of `key` in `language`, with {{placeholders}} filled: the specs find controls by it. */
export const catalogueText = (
  language: LanguageCode,
  key: string,
  values: Record<string, string> = {},
) => {
  const found = key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      CATALOGUES[language],
    );
  if (typeof found !== 'string') throw new Error(`No text ${key} in ${language}`);
  return found.replace(/{{\s*(\w+)\s*}}/g, (_, name: string) => values[name] ?? '');
};
