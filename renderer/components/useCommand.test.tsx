import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../data/core/domainError';
import { initI18n } from '../i18n';
import type { RunOptions } from './useCommand';
import { useCommand } from './useCommand';

/** A write the test finishes by hand, to look at the screen while it is in flight. */
const pendingWrite = () => {
  let finish: (error?: Error) => void = () => undefined;
  const promise = new Promise<void>((resolve, reject) => {
    finish = (error) => (error ? reject(error) : resolve());
  });
  return { promise, finish };
};

type ScreenProps = {
  work: () => Promise<unknown>;
  options?: RunOptions;
  isExclusive?: boolean;
};

const Screen = ({ work, options, isExclusive = true }: ScreenProps) => {
  const command = useCommand({ isExclusive });
  return (
    <>
      <button type="button" onClick={() => void command.run(work, options)}>
        Tallenna
      </button>
      <p>{command.isBusy ? `kiireinen ${command.busyLabel ?? ''}` : 'vapaa'}</p>
      {command.error && <p role="alert">{command.error}</p>}
      <button type="button" onClick={command.clearError}>
        Sulje virhe
      </button>
    </>
  );
};

describe('useCommand', () => {
  beforeAll(async () => {
    await initI18n('fi');
  });
  afterEach(() => cleanup());

  it('says a refused write in Finnish, and the next run clears it', async () => {
    let calls = 0;
    const work = async () => {
      calls += 1;
      if (calls === 1) throw new DomainError('errors.controllerOnly');
    };
    render(<Screen work={work} />);
    await userEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Vain controller-roolissa voi tehdä tämän muutoksen.',
    );
    expect(screen.getByText('vapaa')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(calls).toBe(2);
  });

  it('says an unexpected failure with its message, and clearError hides it', async () => {
    render(<Screen work={() => Promise.reject(new Error('levy irti'))} />);
    await userEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Tallennus epäonnistui: levy irti. Mitään ei muutettu.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Sulje virhe' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('is busy while the write runs, with its label, and ignores a second press', async () => {
    const write = pendingWrite();
    let calls = 0;
    const work = () => {
      calls += 1;
      return write.promise;
    };
    render(<Screen work={work} options={{ label: 'Luetaan…' }} />);
    const button = screen.getByRole('button', { name: 'Tallenna' });
    await userEvent.click(button);
    await userEvent.click(button);
    expect(screen.getByText('kiireinen Luetaan…')).toBeInTheDocument();
    expect(calls).toBe(1);
    await act(async () => write.finish());
    expect(screen.getByText('vapaa')).toBeInTheDocument();
  });

  it('stays busy after success when the work leaves the place, but not after a failure', async () => {
    let fails = true;
    const work = async () => {
      if (fails) throw new Error('ei');
    };
    render(<Screen work={work} options={{ staysBusy: true }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.getByText('vapaa')).toBeInTheDocument();
    fails = false;
    await userEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(screen.getByText(/^kiireinen/)).toBeInTheDocument();
  });

  it('runs every press of a command that is not exclusive, busy until the last ends', async () => {
    const writes = [pendingWrite(), pendingWrite()];
    let calls = 0;
    const work = () => writes[calls++]!.promise;
    render(<Screen work={work} isExclusive={false} />);
    const button = screen.getByRole('button', { name: 'Tallenna' });
    await userEvent.click(button);
    await userEvent.click(button);
    expect(calls).toBe(2);
    await act(async () => writes[0]!.finish());
    expect(screen.getByText(/^kiireinen/)).toBeInTheDocument();
    await act(async () => writes[1]!.finish());
    expect(screen.getByText('vapaa')).toBeInTheDocument();
  });
});
