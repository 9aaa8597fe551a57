import { useTranslation } from 'react-i18next';

type Props = {
  sections: readonly { id: string; title: string }[];
  /** The page of each section, in the same order; null when not known (the browser's print). */
  pages: readonly number[] | null;
};

/**
 * The contents list. Its entries link to the sections, which makes the PDF carry a named
 * destination per section: the desktop shell reads their pages from a first print and prints
 * again with the numbers filled in.
 */
export const ReportContents = ({ sections, pages }: Props) => {
  const { t } = useTranslation();
  return (
    <nav className="report-contents" aria-labelledby="contents-heading">
      <h2 id="contents-heading">{t('reports.contents')}</h2>
      <ol>
        {sections.map((section, index) => (
          <li key={section.id}>
            {/* A hash link would change the route here; in the PDF it jumps to the section. */}
            <a href={`#${section.id}`} onClick={(event) => event.preventDefault()}>
              {section.title}
            </a>
            {pages?.[index] !== undefined && (
              <span className="report-contents__page">{pages[index]}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
};
