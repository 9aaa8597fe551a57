import type { MenuItemConstructorOptions } from 'electron';

export type MenuOptions = {
  /** Packaged builds get no developer tools entry (and their windows refuse DevTools anyway). */
  isPackaged: boolean;
};

/**
 * The application menu in Finnish, built from roles so Electron supplies the behaviour and
 * the platform shortcuts. A pure function so the labels are testable without Electron.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { label: 'Lataa uudelleen', role: 'reload' },
    { type: 'separator' },
    { label: 'Suurenna', role: 'zoomIn' },
    { label: 'Pienennä', role: 'zoomOut' },
    { label: 'Palauta koko', role: 'resetZoom' },
    { type: 'separator' },
    { label: 'Koko näyttö', role: 'togglefullscreen' },
  ];
  if (!options.isPackaged) {
    view.push({ type: 'separator' }, { label: 'Kehitystyökalut', role: 'toggleDevTools' });
  }

  return [
    { label: 'Tiedosto', submenu: [{ label: 'Lopeta', role: 'quit' }] },
    {
      label: 'Muokkaa',
      submenu: [
        { label: 'Kumoa', role: 'undo' },
        { label: 'Tee uudelleen', role: 'redo' },
        { type: 'separator' },
        { label: 'Leikkaa', role: 'cut' },
        { label: 'Kopioi', role: 'copy' },
        { label: 'Liitä', role: 'paste' },
        { label: 'Valitse kaikki', role: 'selectAll' },
      ],
    },
    { label: 'Näytä', submenu: view },
    { label: 'Ohje', role: 'help', submenu: [{ label: 'Tietoja Valvosta', role: 'about' }] },
  ];
}
