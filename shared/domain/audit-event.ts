import { z } from 'zod';

export const AUDIT_OPERATIONS = [
  'create',
  'update',
  'delete',
  'restore',
  'status',
  'move',
  'close-year',
  'reopen-year',
  'import',
  'merge',
] as const;
export type AuditOperation = (typeof AUDIT_OPERATIONS)[number];

export const AUDITED_ENTITIES = [
  'unit',
  'planYear',
  'controlAction',
  'risk',
  'assessment',
  'setting',
  'unitReview',
  'unitPackage',
  'packageMerge',
  'indicator',
] as const;
export type AuditedEntity = (typeof AUDITED_ENTITIES)[number];

/** field → [before, after]; a created record has `null` before, a purged one `null` after. */
export type FieldChanges = Record<string, [unknown, unknown]>;

export const AuditEventSchema = z.object({
  seq: z.number().int().min(1),
  id: z.uuid(),
  at: z.iso.datetime(),
  actor: z.string().min(1),
  entity: z.enum(AUDITED_ENTITIES),
  entityId: z.uuid(),
  op: z.enum(AUDIT_OPERATIONS),
  changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])),
  /** Where a change came from when not typed here, e.g. the unit package a merge applied. */
  source: z.string().max(500).optional(),
  hashVersion: z.literal(1),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;
