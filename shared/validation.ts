/**
 * Validation messages are i18n keys, optionally with parameters after '?', e.g.
 * `validation.tooLong?max=1000`. The renderer translates them; shared/ never holds UI text.
 */
export const validationMessage = (key: string, params?: Record<string, string | number>) =>
  params
    ? `${key}?${Object.entries(params)
        .map(([name, value]) => `${name}=${value}`)
        .join('&')}`
    : key;

export const parseValidationMessage = (message: string) => {
  const [key = '', query = ''] = message.split('?');
  const params: Record<string, string> = {};
  for (const pair of query.split('&').filter(Boolean)) {
    const [name = '', value = ''] = pair.split('=');
    params[name] = value;
  }
  return { key, params };
};

/** Length limits, in characters, for the register's text fields. */
export const TEXT_LIMITS = {
  name: 200,
  code: 50,
  person: 200,
  objective: 1_000,
  actions: 4_000,
  indicator: 1_000,
  note: 4_000,
  outcome: 4_000,
} as const;
