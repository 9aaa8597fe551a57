/**
 * An error the user can act on: `key` is an i18n key, `params` fill it. Repositories throw these
 * for refused writes; the UI shows them as they are, and nothing has been written.
 */
export class DomainError extends Error {
  readonly key: string;
  readonly params: Record<string, string | number>;

  constructor(key: string, params: Record<string, string | number> = {}) {
    super(key);
    this.name = 'DomainError';
    this.key = key;
    this.params = params;
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
