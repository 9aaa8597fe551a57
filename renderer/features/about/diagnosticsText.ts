/** One line of the About screen: a label and its value (undefined while it loads). */
export type Fact = { label: string; value: string | undefined };

export type FactGroup = { heading: string; facts: readonly Fact[] };

const USER_FOLDER_PATTERNS = [
  /^([A-Za-z]:\\Users\\)[^\\]+/i,
  /^([A-Za-z]:\\Documents and Settings\\)[^\\]+/i,
  /^(\/Users\/)[^/]+/,
  /^(\/home\/)[^/]+/,
];

/**
 * A folder path with the user's account name replaced (`C:\Users\<user>\AppData\…`): the
 * copied text may go to a helpdesk, and the account name is personal data it does not need.
 */
export const redactUserFolder = (folder: string, placeholder: string): string =>
  USER_FOLDER_PATTERNS.reduce(
    (redacted, pattern) =>
      redacted.replace(pattern, (_match, prefix: string) => `${prefix}<${placeholder}>`),
    folder,
  );

/**
 * The plain text "Kopioi diagnostiikka" puts on the clipboard: a title, when it was compiled,
 * and each group's facts as `label: value` lines. It is built from the facts the screen shows,
 * so what is copied is what the user could read first.
 */
export const diagnosticsText = ({
  title,
  createdAt,
  groups,
  pending,
}: {
  title: string;
  createdAt: { label: string; value: string };
  groups: readonly FactGroup[];
  /** Written for a value still loading. */
  pending: string;
}): string =>
  [
    title,
    `${createdAt.label}: ${createdAt.value}`,
    ...groups.flatMap(({ heading, facts }) => [
      '',
      `[${heading}]`,
      ...facts.map(({ label, value }) => `${label}: ${value ?? pending}`),
    ]),
  ].join('\n');
