import { z } from 'zod';

/** Fields every stored record carries, from the first schema version (merge and audit rely on them). */
export const RecordMetaSchema = z.object({
  id: z.uuid(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  updatedBy: z.string().min(1).max(200),
  rev: z.number().int().min(1),
  deletedAt: z.iso.datetime().nullable(),
});

export type RecordMeta = z.infer<typeof RecordMetaSchema>;
export const META_FIELDS = ['id', 'createdAt', 'updatedAt', 'updatedBy', 'rev'] as const;
