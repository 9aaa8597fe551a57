/** The language switch. The label names itself in all three languages, so anyone can find it. */
export const languages = {
  languages: {
    heading: 'Kieli',
    label: 'Kieli / Språk / Language',
    help: 'Valvon kieli vaihtuu heti ja säilyy profiilissasi. Päivämäärät kirjoitetaan aina muodossa p.k.vvvv.',
    saved: 'Kieli vaihdettu: suomi',
    names: { fi: 'suomi', sv: 'svenska', en: 'English' },
  },
} as const;
