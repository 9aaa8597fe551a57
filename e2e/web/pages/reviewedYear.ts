import type { Page } from 'playwright-core';
import { z } from 'zod';
import type { ControlAction } from '../../../shared/domain/control-action';
import { ControlActionSchema } from '../../../shared/domain/control-action';
import { IndicatorSchema } from '../../../shared/domain/indicator';
import { isMeasurableRow } from '../../../shared/goals/judgement';
import { readStore, writeRecords } from '../../support/idb';

const AT = '2027-01-10T08:00:00.000Z';
const BY = 'Maija Meikäläinen';
export const SEEDED_OUTCOME = 'Toteutui suunnitellusti.';

/**
 * The example year's review done behind the app's back for the rows a spec does not review on
 * screen: with the whole budget chapter (55 rows, 122 indicators) a spec reviews a few rows in
 * the dialogs and the rest is written here, straight into IndexedDB. Every row `onScreen` leaves
 * alone gets the outcome "done" and every indicator of those rows is judged met; the indicators
 * of the rows `onScreen` keeps are judged met too unless `judgeKept` is false. Load the app
 * afresh afterwards (Dexie's live queries cache what they read).
 */
export const seedReviewedYear = async (
  page: Page,
  onScreen: (row: ControlAction) => boolean,
  { judgeKept = true } = {},
) => {
  const rows = z
    .array(ControlActionSchema)
    .parse(await readStore(page, 'controlActions'))
    .filter((row) => row.year === 2026 && row.deletedAt === null);
  const kept = new Set(rows.filter(onScreen).map((row) => row.id));
  const indicators = z
    .array(IndicatorSchema)
    .parse(await readStore(page, 'indicators'))
    .filter((item) => item.year === 2026 && item.deletedAt === null);
  const changed = { updatedAt: AT, updatedBy: BY };
  await writeRecords(
    page,
    {
      controlActions: rows
        .filter((row) => !kept.has(row.id))
        .map((row) =>
          ControlActionSchema.parse({
            ...row,
            ...changed,
            rev: row.rev + 1,
            status: 'done',
            outcome: {
              status: 'done',
              text: SEEDED_OUTCOME,
              evidence: [],
              assessedBy: BY,
              assessedAt: AT,
            },
          }),
        ),
      indicators: indicators
        .filter((item) => judgeKept || !kept.has(item.actionId))
        .map((item) =>
          IndicatorSchema.parse({ ...item, ...changed, rev: item.rev + 1, judgement: 'met' }),
        ),
    },
    { replace: true },
  );
  return {
    rows: rows.length,
    kept: kept.size,
    /** Indicators the review counts: those of rows with a measurable one. */
    measurable: indicators.filter((item) =>
      isMeasurableRow(indicators.filter((other) => other.actionId === item.actionId)),
    ).length,
  };
};
