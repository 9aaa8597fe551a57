import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../i18n';
import { ChainVerdict } from './ChainVerdict';

const HEAD = 'a'.repeat(64);

describe('ChainVerdict', () => {
  beforeAll(async () => {
    await initI18n('fi');
  });
  afterEach(() => cleanup());

  it('shows progress while the check runs', () => {
    render(
      <ChainVerdict
        state={{ kind: 'running', progress: { done: 500, total: 2000 } }}
        headClassName="head"
      />,
    );
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '500');
    expect(screen.getByRole('status')).toHaveTextContent('500');
  });

  it('says an intact chain in words and a sign, with the head hash', () => {
    render(
      <ChainVerdict
        state={{ kind: 'done', verdict: { ok: true, count: 12, head: HEAD } }}
        headClassName="head"
      />,
    );
    expect(screen.getByText('Muutosketju on eheä: 12 tapahtumaa tarkistettu.')).toBeInTheDocument();
    expect(screen.getByText(HEAD)).toHaveClass('head');
  });

  it('says where a broken chain breaks, and why a check failed, with the warning sign', () => {
    const { rerender } = render(
      <ChainVerdict
        state={{ kind: 'done', verdict: { ok: false, brokenAtSeq: 7 } }}
        headClassName="head"
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(/^⚠ .*7/);
    rerender(
      <ChainVerdict state={{ kind: 'failed', message: 'levy irti' }} headClassName="head" />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(/^⚠ .*levy irti/);
  });

  it('before a check that starts by itself, says it is loading; otherwise nothing', () => {
    const { rerender } = render(
      <ChainVerdict state={{ kind: 'idle' }} isCheckedOnOpen headClassName="head" />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Ladataan');
    rerender(<ChainVerdict state={{ kind: 'idle' }} headClassName="head" />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
