import type { FileProblem } from '../files/verified';
import { DEFAULT_MATRIX } from '../risk-presets';
import type { BackupDocument } from './format';

/**
 * What a record's schema cannot say alone but the register always keeps: a year is closed
 * exactly when it names when and by whom; a reopening reason is one the change log recorded;
 * a risk's own tolerance is a band of the organisation's matrix. A file that breaks one of these
 * was changed outside Valvo.
 */
export const recordRuleProblems = (document: BackupDocument): FileProblem[] => {
  const problems: FileProblem[] = [];
  const bad = (path: string) => problems.push({ path, message: 'backup.errors.badRecord' });
  const { planYears, risks, settings, auditEvents } = document.tables;

  const reopenReasons = new Map<string, Set<unknown>>();
  for (const event of auditEvents) {
    const change = event.entity === 'planYear' ? event.changes.reopenReason : undefined;
    if (!change) continue;
    const reasons = reopenReasons.get(event.entityId) ?? new Set<unknown>();
    reasons.add(change[1]);
    reopenReasons.set(event.entityId, reasons);
  }
  planYears.forEach((year, index) => {
    const closed = year.status === 'closed';
    if (closed !== (year.closedAt !== null)) bad(`tables.planYears[${index}].closedAt`);
    if (closed !== (year.closedBy !== null)) bad(`tables.planYears[${index}].closedBy`);
    if (year.reopenReason !== null && !reopenReasons.get(year.id)?.has(year.reopenReason))
      bad(`tables.planYears[${index}].reopenReason`);
  });

  const matrix = settings.find((setting) => setting.key === 'riskMatrix');
  const bands = new Set(
    (matrix?.key === 'riskMatrix' ? matrix.value : DEFAULT_MATRIX).bands.map((band) => band.id),
  );
  risks.forEach((risk, index) => {
    if (risk.toleranceOverride !== null && !bands.has(risk.toleranceOverride))
      bad(`tables.risks[${index}].toleranceOverride`);
  });
  return problems;
};
