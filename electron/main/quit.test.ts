import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BEFORE_QUIT_CHANNEL, QUIT_TIMEOUT_MS, createQuitHandshake } from './quit';
import type { QuitTarget } from './quit';

const quietLog = { warn: vi.fn(), error: vi.fn() };

function setup(target: QuitTarget | null = { send: vi.fn() }) {
  const quit = vi.fn();
  const handshake = createQuitHandshake({ quit, getTarget: () => target, log: quietLog });
  const attempt = () => {
    const event = { preventDefault: vi.fn() };
    handshake.onQuitAttempt(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { quit, handshake, attempt, target };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('quit handshake', () => {
  it('holds the first attempt, tells the window, and quits when it answers', () => {
    const { quit, handshake, attempt, target } = setup();
    expect(attempt()).toBe(true);
    expect(target?.send).toHaveBeenCalledExactlyOnceWith(BEFORE_QUIT_CHANNEL);
    expect(handshake.state).toBe('waiting');
    expect(quit).not.toHaveBeenCalled();
    handshake.ready();
    expect(quit).toHaveBeenCalledOnce();
    expect(handshake.state).toBe('done');
    // The quit it started passes through, and the timer it no longer needs is gone.
    expect(attempt()).toBe(false);
    vi.advanceTimersByTime(QUIT_TIMEOUT_MS * 2);
    expect(quit).toHaveBeenCalledOnce();
  });

  it('quits after the timeout when the window never answers, and ignores a late answer', () => {
    const { quit, handshake, attempt } = setup();
    attempt();
    vi.advanceTimersByTime(QUIT_TIMEOUT_MS - 1);
    expect(quit).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(quit).toHaveBeenCalledOnce();
    expect(quietLog.warn).toHaveBeenCalled();
    handshake.ready();
    expect(quit).toHaveBeenCalledOnce();
  });

  it('ignores an answer nobody asked for: the renderer cannot quit the app by itself', () => {
    const { quit, handshake } = setup();
    handshake.ready();
    expect(quit).not.toHaveBeenCalled();
    expect(handshake.state).toBe('idle');
  });

  it('lets the quit pass when there is no window, or the message cannot be sent', () => {
    const none = setup(null);
    expect(none.attempt()).toBe(false);
    expect(none.handshake.state).toBe('done');

    const broken = setup({
      send: () => {
        throw new Error('Object has been destroyed');
      },
    });
    expect(broken.attempt()).toBe(false);
    expect(broken.handshake.state).toBe('done');
    vi.advanceTimersByTime(QUIT_TIMEOUT_MS);
    // Electron quits on its own once the attempt is not prevented; the handshake adds nothing.
    expect(broken.quit).not.toHaveBeenCalled();
  });

  it('whatever happens in whatever order: one message, at most one quit, never a loop', () => {
    const action = fc.oneof(
      fc.constant({ kind: 'attempt' as const }),
      fc.constant({ kind: 'ready' as const }),
      fc.integer({ min: 0, max: QUIT_TIMEOUT_MS }).map((ms) => ({ kind: 'wait' as const, ms })),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        vi.clearAllTimers();
        const { quit, handshake, attempt, target } = setup();
        let firstHeldAt: number | null = null;
        let elapsed = 0;
        for (const step of actions) {
          if (step.kind === 'attempt') {
            const quitBefore = quit.mock.calls.length;
            const held = attempt();
            // Once quitting, nothing is held again.
            if (quitBefore > 0) expect(held).toBe(false);
            if (held && firstHeldAt === null) firstHeldAt = elapsed;
          } else if (step.kind === 'ready') {
            handshake.ready();
          } else {
            vi.advanceTimersByTime(step.ms);
            elapsed += step.ms;
          }
          expect(quit.mock.calls.length).toBeLessThanOrEqual(1);
          expect(vi.mocked(target?.send ?? vi.fn()).mock.calls.length).toBeLessThanOrEqual(1);
          // A held quit is released within the timeout at the latest.
          if (firstHeldAt !== null && elapsed - firstHeldAt >= QUIT_TIMEOUT_MS) {
            expect(quit).toHaveBeenCalledOnce();
          }
          // Never quit without having been asked to.
          if (firstHeldAt === null) expect(quit).not.toHaveBeenCalled();
        }
        vi.advanceTimersByTime(QUIT_TIMEOUT_MS);
        expect(quit.mock.calls.length).toBe(firstHeldAt === null ? 0 : 1);
      }),
      { numRuns: 300 },
    );
  });
});
