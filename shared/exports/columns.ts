import type { IsoDate, LanguageCode } from '../dates';
import type { Assessment, Risk } from '../domain/risk';
import type { RiskCategory, RiskMatrix } from '../domain/risk-matrix';
import type { Unit } from '../domain/unit';
import type { AssessmentKind } from '../risk-analysis';
import { currentLevel } from '../risk-analysis';

/**
 * The register's two tables as files: one column list per table, written once here and read by
 * the CSV and XLSX exports (and by a later import, which finds columns by these headers). The
 * headers are part of the file format and therefore always Finnish; status words come from the
 * translate function the caller passes in (the renderer passes i18next fixed to Finnish).
 */

export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** How a value is written: dates are ISO strings in the model and become real dates in XLSX. */
export type ColumnKind = 'text' | 'longText' | 'integer' | 'date';
export type CellValue = string | number | null;

/**
 * `language`: the reader's language, for what the organisation names in three languages (the
 * table kinds); everything else in the file is Finnish, as the import reads it.
 */
export type ExportContext = { t: Translate; today: IsoDate; language: LanguageCode };

export type ColumnSpec<Source> = {
  /** Stable name for code (an import maps headers back to these). */
  key: string;
  header: string;
  kind: ColumnKind;
  /**
   * The widest the column gets in XLSX, in characters; it is narrower when its content is, and
   * never narrower than its longest word.
   */
  width: number;
  /**
   * For machines rather than readers (record id, unit code, year): kept at the right end of the
   * XLSX sheet and left out of its printed pages, where they would crowd the text.
   */
  isIdentifier?: true;
  value: (source: Source, context: ExportContext) => CellValue;
};

export type TableColumn = Pick<
  ColumnSpec<unknown>,
  'key' | 'header' | 'kind' | 'width' | 'isIdentifier'
>;

/**
 * A table ready to write: plain data only, so it can be posted to a worker as is. `title`: the
 * table's full name where the sheet name had to be shortened (printed at the top of each page).
 */
export type ExportTable = {
  name: string;
  title?: string;
  columns: TableColumn[];
  rows: CellValue[][];
};
export type RiskSource = {
  unit: Unit;
  risk: Risk;
  assessments: readonly Assessment[];
  matrix: RiskMatrix;
  categories: readonly RiskCategory[];
};

const RISK_STATUS_KEYS = {
  open: 'risks.statuses.open',
  monitoring: 'risks.statuses.monitoring',
  closed: 'risks.statuses.closed',
} as const satisfies Record<Risk['status'], string>;

const TREATMENT_KEYS = {
  mitigate: 'risks.treatments.mitigate',
  accept: 'risks.treatments.accept',
  transfer: 'risks.treatments.transfer',
  avoid: 'risks.treatments.avoid',
} as const satisfies Record<NonNullable<Risk['treatment']>, string>;

const levelOf = (source: RiskSource, kind: AssessmentKind) =>
  currentLevel(source.assessments, kind, source.matrix);

/** Band name, or "Ei arvioitu" so that an empty cell is never mistaken for a missing column. */
const bandColumn = (kind: AssessmentKind, header: string): ColumnSpec<RiskSource> => ({
  key: `${kind}Band`,
  header,
  kind: 'text',
  width: 16,
  value: (source, { t }) => levelOf(source, kind)?.band.name ?? t('risks.notAssessed'),
});

const scoreColumn = (kind: AssessmentKind, header: string): ColumnSpec<RiskSource> => ({
  key: `${kind}Score`,
  header,
  kind: 'integer',
  width: 10,
  value: (source) => levelOf(source, kind)?.score ?? null,
});

export const RISK_COLUMNS = [
  { key: 'unit', header: 'Yksikkö', kind: 'text', width: 28, value: ({ unit }) => unit.name },
  { key: 'title', header: 'Riski', kind: 'longText', width: 44, value: ({ risk }) => risk.title },
  {
    key: 'category',
    header: 'Riskiluokka',
    kind: 'text',
    width: 18,
    value: ({ risk, categories }) =>
      categories.find((category) => category.id === risk.category)?.name ?? null,
  },
  {
    key: 'owner',
    header: 'Vastuuhenkilö',
    kind: 'text',
    width: 22,
    value: ({ risk }) => risk.owner,
  },
  {
    key: 'status',
    header: 'Tila',
    kind: 'text',
    width: 14,
    value: ({ risk }, { t }) => t(RISK_STATUS_KEYS[risk.status]),
  },
  {
    key: 'treatment',
    header: 'Käsittelytapa',
    kind: 'text',
    width: 14,
    value: ({ risk }, { t }) => (risk.treatment ? t(TREATMENT_KEYS[risk.treatment]) : null),
  },
  bandColumn('inherent', 'Bruttoriskin taso'),
  scoreColumn('inherent', 'Bruttoriskin pisteet'),
  bandColumn('residual', 'Nettoriskin taso'),
  scoreColumn('residual', 'Nettoriskin pisteet'),
  {
    key: 'reviewDate',
    header: 'Seuraava arviointi',
    kind: 'date',
    width: 14,
    value: ({ risk }) => risk.reviewDate,
  },
  {
    key: 'id',
    header: 'Id',
    kind: 'text',
    width: 38,
    isIdentifier: true,
    value: ({ risk }) => risk.id,
  },
] as const satisfies readonly ColumnSpec<RiskSource>[];

/**
 * Table names in file names, and sheet names in XLSX: the rows' sheet is named so only when
 * there are no rows (otherwise there is one sheet per table kind, see ./kind-tables).
 */
export const TABLE_NAMES = { actions: 'Toimenpiteet', risks: 'Riskit' } as const;

export const toTable = <Source>(
  name: string,
  columns: readonly ColumnSpec<Source>[],
  sources: readonly Source[],
  context: ExportContext,
): ExportTable => ({
  name,
  columns: columns.map(({ key, header, kind, width, isIdentifier }) => ({
    key,
    header,
    kind,
    width,
    ...(isIdentifier ? { isIdentifier } : {}),
  })),
  rows: sources.map((source) => columns.map((column) => column.value(source, context))),
});
