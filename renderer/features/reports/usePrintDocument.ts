import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintInfo } from '../../../shared/print/print-document';
import { encodeContentsPages } from '../../../shared/print/print-document';
import { localeOf } from '../../i18n/locale';

type Options = {
  isReady: boolean;
  title: string;
  /** The organisation, printed as the PDF's author. */
  author: string;
  subject: string;
  /** The section ids of the contents list, in order. */
  contents?: readonly string[];
  /** The page numbers the contents list shows, when the shell has told them. */
  pages?: readonly number[] | null;
};

/**
 * Tells a hidden print window (and the tests) that the report is on the page, with what its
 * PDF needs: title, author, subject, language, and the sections its contents list names.
 */
export const usePrintDocument = ({ isReady, title, author, subject, contents, pages }: Options) => {
  const { i18n } = useTranslation();
  const language = localeOf(i18n.language);
  const contentsKey = (contents ?? []).join(' ');
  const pagesKey = pages ? encodeContentsPages(pages) : '';
  useEffect(() => {
    if (!isReady) return;
    const root = document.documentElement;
    const info: PrintInfo = {
      title,
      author,
      subject,
      language,
      contents: contentsKey === '' ? [] : contentsKey.split(' '),
    };
    root.dataset.printInfo = JSON.stringify(info);
    root.dataset.printPages = pagesKey;
    root.dataset.printReady = 'true';
    return () => {
      delete root.dataset.printReady;
      delete root.dataset.printInfo;
      delete root.dataset.printPages;
    };
  }, [isReady, title, author, subject, language, contentsKey, pagesKey]);
};
