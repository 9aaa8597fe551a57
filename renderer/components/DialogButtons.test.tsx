import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../i18n';
import { DialogButtons } from './DialogButtons';

describe('DialogButtons', () => {
  beforeAll(async () => {
    await initI18n('fi');
  });
  afterEach(() => cleanup());

  it('puts the answer first, the side step next and "Peruuta" last', () => {
    render(
      <DialogButtons
        primary={{ label: 'Palauta', onPress: () => undefined }}
        secondary={{ label: 'Lataa nykyinen tila ensin', onPress: () => undefined }}
        onCancel={() => undefined}
      />,
    );
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Palauta',
      'Lataa nykyinen tila ensin',
      'Peruuta',
    ]);
  });

  it('keeps a busy button focused, says it is busy and ignores the press; cancel still works', async () => {
    const onPress = vi.fn();
    const onCancel = vi.fn();
    render(
      <DialogButtons
        primary={{ label: 'Sulje vuosi', busyLabel: 'Suljetaan…', onPress, isDisabled: true }}
        onCancel={onCancel}
        cancelLabel="Sulje"
      />,
    );
    const busy = screen.getByRole('button', { name: 'Suljetaan…' });
    busy.focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.click(busy);
    expect(onPress).not.toHaveBeenCalled();
    expect(busy).toHaveFocus();
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    expect(busy).not.toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Sulje' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('gives a button a longer name where its label alone is ambiguous', async () => {
    const onPress = vi.fn();
    render(
      <DialogButtons
        secondary={{ label: 'Palauta', accessibleName: 'Palauta varmuuskopio 15.6.2026', onPress }}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Palauta varmuuskopio 15.6.2026' }));
    expect(onPress).toHaveBeenCalledTimes(1);
  });
});
