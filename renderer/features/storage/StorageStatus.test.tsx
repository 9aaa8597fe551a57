import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../i18n';
import { StorageStatus } from './StorageStatus';

const GIGABYTE = 1024 ** 3;

/** navigator.storage as a browser gives it; jsdom has none. */
const stubStorage = (persisted: boolean, grants: boolean) => {
  const state = { persisted };
  const persist = vi.fn(async () => {
    state.persisted = grants;
    return grants;
  });
  Object.defineProperty(navigator, 'storage', {
    configurable: true,
    value: {
      estimate: async () => ({ usage: 1.5 * GIGABYTE, quota: 10 * GIGABYTE }),
      persisted: async () => state.persisted,
      persist,
    },
  });
  return persist;
};

beforeAll(async () => {
  await initI18n('fi');
});
afterEach(() => {
  cleanup();
  Reflect.deleteProperty(navigator, 'storage');
});

describe('the storage status in the settings', () => {
  it('shows the use of the quota and asks for persistent storage on request', async () => {
    const user = userEvent.setup();
    const persist = stubStorage(false, true);
    render(<StorageStatus />);
    expect(await screen.findByText(/Pysyvä tallennus ei ole käytössä/)).toBeInTheDocument();
    expect(
      screen.getByText(/^Käytössä 1,5\sGt enimmäismäärästä 10\sGt \(15\s%\)\. Vapaana 8,5\sGt\.$/),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Pyydä pysyvää tallennusta' }));
    expect(persist).toHaveBeenCalledOnce();
    expect(await screen.findByText(/Pysyvä tallennus on käytössä/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Pyydä pysyvää tallennusta' })).toBeNull();
  });

  it('says so when the browser refuses, and when it tells nothing', async () => {
    const user = userEvent.setup();
    stubStorage(false, false);
    render(<StorageStatus />);
    await user.click(await screen.findByRole('button', { name: 'Pyydä pysyvää tallennusta' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Selain ei myöntänyt pysyvää tallennusta.',
    );
    cleanup();

    Reflect.deleteProperty(navigator, 'storage');
    render(<StorageStatus />);
    expect(
      await screen.findByText('Selain ei kerro, onko pysyvä tallennus käytössä.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Selain ei kerro tallennustilan käyttöä.')).toBeInTheDocument();
  });
});
