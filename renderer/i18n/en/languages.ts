import type { Widen } from '../widen';
import type { languages as source } from '../fi/languages';

export const languages: Widen<typeof source> = {
  languages: {
    heading: 'Language',
    label: 'Kieli / Språk / Language',
    help: 'Valvo switches language at once and keeps it in your profile. Dates are always typed as d.m.yyyy.',
    saved: 'Language changed: English',
    names: { fi: 'suomi', sv: 'svenska', en: 'English' },
  },
};
