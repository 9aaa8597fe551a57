import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from './menu';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu) : []),
  ]);
}

const labelled = (template: MenuItemConstructorOptions[]) =>
  template.map((menu) => ({
    label: menu.label,
    items: (menu.submenu as MenuItemConstructorOptions[])
      .filter((item) => item.type !== 'separator')
      .map((item) => [item.label, item.role]),
  }));

describe('buildMenuTemplate', () => {
  it('is in Finnish, with a role behind every command', () => {
    expect(labelled(buildMenuTemplate({ isPackaged: true }))).toEqual([
      { label: 'Tiedosto', items: [['Lopeta', 'quit']] },
      {
        label: 'Muokkaa',
        items: [
          ['Kumoa', 'undo'],
          ['Tee uudelleen', 'redo'],
          ['Leikkaa', 'cut'],
          ['Kopioi', 'copy'],
          ['Liitä', 'paste'],
          ['Valitse kaikki', 'selectAll'],
        ],
      },
      {
        label: 'Näytä',
        items: [
          ['Lataa uudelleen', 'reload'],
          ['Suurenna', 'zoomIn'],
          ['Pienennä', 'zoomOut'],
          ['Palauta koko', 'resetZoom'],
          ['Koko näyttö', 'togglefullscreen'],
        ],
      },
      { label: 'Ohje', items: [['Tietoja Valvosta', 'about']] },
    ]);
  });

  it('offers no developer tools in a packaged build', () => {
    const roles = items(buildMenuTemplate({ isPackaged: true })).map((item) =>
      item.role?.toLowerCase(),
    );
    expect(roles).not.toContain('toggledevtools');
    expect(roles).not.toContain('forcereload');
  });

  it('offers developer tools when unpackaged', () => {
    const devTools = items(buildMenuTemplate({ isPackaged: false })).find(
      (item) => item.role === 'toggleDevTools',
    );
    expect(devTools?.label).toBe('Kehitystyökalut');
  });

  it('leaves no English default label visible', () => {
    for (const item of items(buildMenuTemplate({ isPackaged: false }))) {
      if (item.type !== 'separator') expect(item.label, JSON.stringify(item.role)).toBeTruthy();
    }
  });
});
