import type { Widen } from '../widen';
import type { languages as source } from '../fi/languages';

export const languages: Widen<typeof source> = {
  languages: {
    heading: 'Språk',
    label: 'Kieli / Språk / Language',
    help: 'Valvos språk byts genast och sparas i din profil. Datum skrivs alltid i formen d.m.åååå.',
    saved: 'Språket har bytts: svenska',
    names: { fi: 'suomi', sv: 'svenska', en: 'English' },
  },
};
