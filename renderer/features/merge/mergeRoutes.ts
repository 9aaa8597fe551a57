/** The print view of a merge report; `?output=pdf` renders it in the shell's hidden PDF window. */
export const mergePrintRoute = (mergeId: string) => `/print/merge/${encodeURIComponent(mergeId)}`;
