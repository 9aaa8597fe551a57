import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ACTION_STATUSES } from '../../shared/domain/control-action';
import { PLAN_YEAR_STATUSES } from '../../shared/domain/plan-year';
import { UNIT_REVIEW_STATES } from '../../shared/domain/unit-review';
import { ASSESSMENT_KINDS, RISK_STATUSES, RISK_TREATMENTS } from '../../shared/domain/risk';
import { REVIEW_REASONS, TRENDS } from '../../shared/risk-analysis';
import { COMPARED_FIELDS, RISK_MOVES } from '../../shared/review/year-compare';
import {
  GOAL_COUNT_COLUMNS,
  REPORT_KINDS,
  REPORT_SECTIONS,
  SUMMARY_COLUMNS,
} from '../features/reports/reportKeys';
import { ROLES } from '../../shared/domain/settings';
import { UNIT_KINDS } from '../../shared/domain/unit';
import { LANGUAGE_CODES } from '../../shared/dates';
import { en } from './en';
import { fi } from './fi';
import { sv } from './sv';
import { INDICATOR_TYPES, JUDGEMENTS } from '../../shared/domain/indicator';
import { TABLE_KIND_LABEL_FIELDS } from '../../shared/domain/table-kind';

type Tree = { readonly [key: string]: unknown };

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCANNED_DIRS = ['renderer', 'shared'];
/** The catalogues themselves (renderer/i18n/fi/*.ts…): their texts are not uses of keys. */
const CATALOGUE_DIRS = LANGUAGE_CODES.map((code) => join('renderer', 'i18n', code));

/** Template keys such as t(`roles.${role}`) are checked against every member of their union. */
const TEMPLATE_UNIONS: Record<string, readonly string[]> = {
  'roles.': ROLES,
  'units.kinds.': UNIT_KINDS,
  'actions.statuses.': ACTION_STATUSES,
  'risks.statuses.': RISK_STATUSES,
  'risks.kinds.': ASSESSMENT_KINDS,
  'risks.kindHelp.': ASSESSMENT_KINDS,
  'risks.treatments.': RISK_TREATMENTS,
  'risks.trends.': TRENDS,
  'risks.reviewReasons.': REVIEW_REASONS,
  'risks.matrix.': ['likelihoodLabels', 'impactLabels'],
  'reports.types.': REPORT_KINDS,
  'years.statuses.': PLAN_YEAR_STATUSES,
  'review.states.': [...UNIT_REVIEW_STATES, 'none'],
  'reports.sections.': REPORT_SECTIONS,
  'reports.goals.columns.': GOAL_COUNT_COLUMNS,
  'reports.columns.': SUMMARY_COLUMNS,
  'compare.directions.': RISK_MOVES,
  'actions.': COMPARED_FIELDS,
  'languages.names.': LANGUAGE_CODES,
  'goals.judgements.': JUDGEMENTS,
  'goals.indicatorTypes.': INDICATOR_TYPES,
  'goals.kinds.fields.': TABLE_KIND_LABEL_FIELDS,
  'goals.form.valueHelp.': INDICATOR_TYPES,
};

/** Texts that read the same in every language: names of products, a loan word, language names. */
const SAME_IN_ALL = new Set(['Valvo', 'Controller', 'Electron', 'Chromium', 'Node.js', 'V8']);
const SAME_KEYS_IN_ALL = new Set([
  'languages.label',
  'languages.names.fi',
  'languages.names.sv',
  'languages.names.en',
]);

/** DomainError keys and zod messages: `errors.x`, `validation.x`, `risks.matrix.errors.x`… */
const ERROR_KEY = /^(?:[A-Za-z]+\.)*(?:errors|validation)\.[A-Za-z0-9_]+(?:\?.*)?$/;
const PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'];
const PLACEHOLDER = /{{\s*([^{}]+?)\s*}}/g;

/** Every leaf as `a.b.c` → value; a leaf that is not a string is reported by the caller. */
const flatten = (tree: Tree, prefix = '', into = new Map<string, unknown>()) => {
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key}`;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      flatten(value as Tree, `${path}.`, into);
    } else {
      into.set(path, value);
    }
  }
  return into;
};

const catalogues = { fi, sv, en } as const;
const flat = {
  fi: flatten(fi),
  sv: flatten(sv as Tree),
  en: flatten(en as Tree),
};
const translations = ['sv', 'en'] as const;

const placeholders = (text: unknown) =>
  new Set(typeof text === 'string' ? [...text.matchAll(PLACEHOLDER)].map((match) => match[1]) : []);

/** i18next resolves `key` with a count from `key_one`, `key_other`… as well. */
const hasKey = (key: string) =>
  typeof flat.fi.get(key) === 'string' ||
  PLURAL_SUFFIXES.some((suffix) => typeof flat.fi.get(`${key}_${suffix}`) === 'string');

type KeyUse = { key: string; at: string };
type Scan = { files: number; uses: KeyUse[]; unchecked: KeyUse[] };

const sourceFiles = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    const isSource = /\.tsx?$/.test(entry.name) && !/\.d\.ts$/.test(entry.name);
    const isTest = /\.(test|spec)\.tsx?$/.test(entry.name);
    return isSource && !isTest && !CATALOGUE_DIRS.includes(dir) ? [path] : [];
  });

/** Walks the syntax tree (so comments and unrelated strings are never mistaken for keys). */
const scanSources = (): Scan => {
  const files = SCANNED_DIRS.flatMap(sourceFiles);
  const uses: KeyUse[] = [];
  const unchecked: KeyUse[] = [];

  for (const file of files) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
    const at = (node: ts.Node) =>
      `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const record = (key: string, node: ts.Node) =>
      uses.push({ key: key.split('?')[0] ?? key, at: at(node) });

    /** The key argument of t(…): a literal, a choice between literals or a template over a union. */
    const keyArgument = (node: ts.Expression): void => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        record(node.text, node);
      } else if (ts.isParenthesizedExpression(node)) {
        keyArgument(node.expression);
      } else if (ts.isConditionalExpression(node)) {
        keyArgument(node.whenTrue);
        keyArgument(node.whenFalse);
      } else if (
        ts.isBinaryExpression(node) &&
        [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(
          node.operatorToken.kind,
        )
      ) {
        keyArgument(node.left);
        keyArgument(node.right);
      } else if (ts.isTemplateExpression(node)) {
        const [span, ...rest] = node.templateSpans;
        const union = TEMPLATE_UNIONS[node.head.text];
        if (span && rest.length === 0 && span.literal.text === '' && union) {
          for (const member of union) record(`${node.head.text}${member}`, node);
        } else {
          unchecked.push({ key: node.getText(source), at: at(node) });
        }
      }
      // Anything else (a variable holding a DomainError key or zod message) is checked where
      // that key is written as a literal, by the ERROR_KEY rule below.
    };

    const isModuleSpecifier = (node: ts.Node) =>
      ts.isImportDeclaration(node.parent) ||
      ts.isExportDeclaration(node.parent) ||
      ts.isExternalModuleReference(node.parent) ||
      (ts.isLiteralTypeNode(node.parent) && ts.isImportTypeNode(node.parent.parent));

    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
        const callee = node.expression;
        const name = ts.isIdentifier(callee)
          ? callee.text
          : ts.isPropertyAccessExpression(callee)
            ? callee.name.text
            : '';
        const [first] = node.arguments ?? [];
        if (first && name === 't') keyArgument(first);
        if (
          first &&
          ['DomainError', 'validationMessage'].includes(name) &&
          (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))
        ) {
          record(first.text, first);
        }
      } else if (
        ts.isJsxAttribute(node) &&
        node.name.getText(source) === 'i18nKey' &&
        node.initializer &&
        ts.isStringLiteral(node.initializer)
      ) {
        record(node.initializer.text, node.initializer);
      } else if (
        (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
        ERROR_KEY.test(node.text) &&
        !isModuleSpecifier(node)
      ) {
        record(node.text, node);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { files: files.length, uses, unchecked };
};

const list = (lines: string[]) => (lines.length ? `\n  ${lines.join('\n  ')}\n` : '');

describe('the fi, sv and en catalogues', () => {
  it('have exactly the same nested keys', () => {
    const problems = translations.flatMap((language) => [
      ...[...flat.fi.keys()]
        .filter((key) => !flat[language].has(key))
        .map((key) => `${language}.ts is missing ${key}`),
      ...[...flat[language].keys()]
        .filter((key) => !flat.fi.has(key))
        .map((key) => `${language}.ts has ${key}, which fi.ts does not`),
    ]);
    expect(problems, `Catalogue keys differ:${list(problems)}`).toEqual([]);
  });

  it('have a non-empty text for every key', () => {
    const problems = Object.keys(catalogues).flatMap((language) =>
      [...flat[language as keyof typeof flat]]
        .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
        .map(([key, value]) => `${language}.ts ${key} = ${JSON.stringify(value)}`),
    );
    expect(problems, `Empty or non-text values:${list(problems)}`).toEqual([]);
  });

  it('keep every {{placeholder}} of the Finnish text, and add none', () => {
    const problems = translations.flatMap((language) =>
      [...flat.fi].flatMap(([key, source]) => {
        const wanted = placeholders(source);
        const found = placeholders(flat[language].get(key));
        return [
          ...[...wanted]
            .filter((name) => !found.has(name))
            .map((name) => `${language}.ts ${key} lacks {{${name}}}`),
          ...[...found]
            .filter((name) => !wanted.has(name))
            .map(
              (name) => `${language}.ts ${key} has {{${name}}}, which the Finnish text does not`,
            ),
        ];
      }),
    );
    expect(problems, `Placeholders differ:${list(problems)}`).toEqual([]);
  });

  it('translate every text that has words: none is left as the Finnish text', () => {
    const problems = translations.flatMap((language) =>
      [...flat.fi]
        .filter(([key, source]) => {
          const words = String(source).replace(PLACEHOLDER, '');
          return (
            /\p{L}/u.test(words) &&
            flat[language].get(key) === source &&
            !SAME_IN_ALL.has(String(source)) &&
            !SAME_KEYS_IN_ALL.has(key)
          );
        })
        .map(
          ([key, source]) => `${language}.ts ${key} is still Finnish: ${JSON.stringify(source)}`,
        ),
    );
    expect(problems, `Untranslated texts:${list(problems)}`).toEqual([]);
  });

  it.each(Object.entries(TEMPLATE_UNIONS))(
    'has a text for every member of %s*',
    (prefix, union) => {
      const missing = union.map((member) => `${prefix}${member}`).filter((key) => !hasKey(key));
      expect(missing, `Missing from fi.ts:${list(missing)}`).toEqual([]);
    },
  );
});

describe('the i18n keys the code uses', () => {
  const scan = scanSources();

  it('are found by the scan', () => {
    expect(scan.files).toBeGreaterThan(10);
    expect(scan.uses.length).toBeGreaterThan(20);
  });

  it('all exist in fi.ts', () => {
    const missing = [
      ...new Set(
        scan.uses.filter(({ key }) => !hasKey(key)).map(({ key, at }) => `${key}  (${at})`),
      ),
    ].sort();
    expect(
      missing,
      `Keys used in code but missing from renderer/i18n/fi.ts:${list(missing)}`,
    ).toEqual([]);
  });

  it('use templates only over a known union', () => {
    const unchecked = scan.unchecked.map(({ key, at }) => `${key}  (${at})`);
    expect(
      unchecked,
      `Template keys that cannot be checked; add their prefix and union to TEMPLATE_UNIONS:${list(unchecked)}`,
    ).toEqual([]);
  });
});
