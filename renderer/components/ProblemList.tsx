import type { ReactNode } from 'react';
import { useId } from 'react';
import { Alert } from './Alert';

/** More than this many problems are counted, not listed; a screen may offer the whole list as a file. */
export const VISIBLE_PROBLEMS = 50;

type Props<Problem> = {
  /** "Tiedostoa X ei käytetty": names the file. */
  heading: string;
  headingLevel: 2 | 3;
  /** "Mitään ei muutettu. Tiedostosta löytyi N ongelmaa:", announced as an alert. */
  summary: string;
  listLabel: string;
  problems: readonly Problem[];
  /** Where in the file: a path, a line and column, or the whole file. */
  placeOf: (problem: Problem) => string;
  textOf: (problem: Problem) => string;
  /** "Lisäksi N muuta ongelmaa." for those past VISIBLE_PROBLEMS. */
  moreText: (count: number) => string;
  className?: string;
  /** Commands under the list (save the list, close). */
  children?: ReactNode;
};

/** Why a file from outside was refused: every problem with its place in the file. */
export const ProblemList = <Problem,>({
  heading,
  headingLevel,
  summary,
  listLabel,
  problems,
  placeOf,
  textOf,
  moreText,
  className,
  children,
}: Props<Problem>) => {
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const hidden = Math.max(0, problems.length - VISIBLE_PROBLEMS);
  return (
    <section aria-labelledby={headingId} className={className}>
      <Heading id={headingId}>{heading}</Heading>
      <Alert role="alert">{summary}</Alert>
      <ul aria-label={listLabel}>
        {problems.slice(0, VISIBLE_PROBLEMS).map((problem, index) => {
          const place = placeOf(problem);
          return (
            <li key={`${index}-${place}`}>
              <code>{place}</code>: {textOf(problem)}
            </li>
          );
        })}
      </ul>
      {hidden > 0 && <p>{moreText(hidden)}</p>}
      {children}
    </section>
  );
};
