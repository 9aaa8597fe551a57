import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

const cssString = (text: string) => `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, ' ')}"`;

/**
 * Puts the report title and "Sivu X / Y" into the page margins. A constructed stylesheet
 * carries the title, since the CSP allows no inline style and CSS cannot read it from the page.
 */
export const usePrintPageStyle = (title: string) => {
  const { t } = useTranslation();
  useEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`@page {
      @top-left { content: ${cssString(title)}; }
      @bottom-right { content: ${cssString(t('reports.pageLabel'))} " " counter(page) " / " counter(pages); }
    }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((item) => item !== sheet);
    };
  }, [title, t]);
};
