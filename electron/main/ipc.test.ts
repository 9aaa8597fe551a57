import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_ARGUMENT_SCHEMAS, IPC_CHANNELS } from '../../shared/desktop-api';
import type { IpcChannel } from '../../shared/desktop-api';
import { secureHandle } from './ipc';
import type { InvokeEvent } from './ipc';

type Listener = (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>;

const ourContents = { id: 1 };
const trusted = (url = 'app://valvo/index.html'): InvokeEvent => ({
  sender: ourContents,
  senderFrame: { url, parent: null },
});
const validRequest = { suggestedName: 'riskit.csv', mimeType: 'text/csv', content: 'a;b\n' };

function register<C extends IpcChannel>(
  channel: C,
  handler = vi.fn(async (..._args: unknown[]) => 'done'),
  origins?: string[],
) {
  const listeners = new Map<string, Listener>();
  const ipcMain = {
    handle: (name: string, listener: Listener) => void listeners.set(name, listener),
  };
  secureHandle(ipcMain, channel, handler, (event) => event.sender === ourContents, origins);
  const listener = listeners.get(channel);
  if (listener === undefined) throw new Error(`${channel} was not registered`);
  return { handler, call: (event: InvokeEvent, ...args: unknown[]) => listener(event, ...args) };
}

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('secureHandle: who may call', () => {
  it('runs the handler for the top frame of our window on the app origin', async () => {
    const { handler, call } = register(IPC_CHANNELS.filesSaveAs);
    expect(await call(trusted(), validRequest)).toEqual({ ok: true, value: 'done' });
    expect(handler).toHaveBeenCalledWith(
      expect.objectContaining({ sender: ourContents }),
      validRequest,
    );
  });

  it.each([
    [
      'a foreign origin',
      { sender: ourContents, senderFrame: { url: 'https://evil.example/', parent: null } },
    ],
    [
      'a look-alike host',
      { sender: ourContents, senderFrame: { url: 'app://valvo.evil/index.html', parent: null } },
    ],
    [
      'a file: page',
      { sender: ourContents, senderFrame: { url: 'file:///tmp/index.html', parent: null } },
    ],
    ['a destroyed (null) frame', { sender: ourContents, senderFrame: null }],
    [
      'a subframe, even on the app origin',
      { sender: ourContents, senderFrame: { url: 'app://valvo/index.html', parent: {} } },
    ],
    [
      'a window we did not create',
      { sender: { id: 2 }, senderFrame: { url: 'app://valvo/index.html', parent: null } },
    ],
    [
      'the dev server when it is not trusted',
      { sender: ourContents, senderFrame: { url: 'http://localhost:5173/', parent: null } },
    ],
  ] satisfies [string, InvokeEvent][])('refuses %s', async (_name, event) => {
    const { handler, call } = register(IPC_CHANNELS.filesSaveAs);
    expect(await call(event, validRequest)).toEqual({ ok: false, error: 'forbidden' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('accepts an extra origin only when it is passed in (the unpackaged dev server)', async () => {
    const { call } = register(IPC_CHANNELS.appInfo, undefined, [
      'app://valvo',
      'http://localhost:5173',
    ]);
    expect(await call(trusted('http://localhost:5173/'))).toEqual({ ok: true, value: 'done' });
  });
});

describe('secureHandle: what reaches the handler', () => {
  it('refuses wrong arguments with a plain code', async () => {
    const { handler, call } = register(IPC_CHANNELS.filesSaveAs);
    for (const args of [
      [],
      [{}],
      [validRequest, 'extra'],
      [{ ...validRequest, extra: 1 }],
      [{ ...validRequest, suggestedName: '../x' }],
    ]) {
      expect(await call(trusted(), ...args)).toEqual({ ok: false, error: 'invalid-arguments' });
    }
    const { call: callInfo } = register(IPC_CHANNELS.appInfo, handler);
    expect(await callInfo(trusted(), 'anything')).toEqual({
      ok: false,
      error: 'invalid-arguments',
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('turns a throwing handler into an error code, never a stack trace', async () => {
    const failing = vi.fn(async () => {
      throw new Error('EACCES: permission denied, open /home/user/secret');
    });
    const { call } = register(IPC_CHANNELS.appInfo, failing);
    const result = await call(trusted());
    expect(result).toEqual({ ok: false, error: 'failed' });
    expect(JSON.stringify(result)).not.toMatch(/EACCES|secret|at /);
  });

  it('lets an arbitrary payload through only when the channel schema accepts it', async () => {
    const nearlyValid = fc.record(
      {
        suggestedName: fc.oneof(fc.string(), fc.constant('raportti.pdf')),
        mimeType: fc.oneof(fc.string(), fc.constant('application/pdf')),
        content: fc.oneof(fc.string(), fc.uint8Array(), fc.anything()),
        extra: fc.anything(),
      },
      { requiredKeys: [] },
    );
    const valid = fc.record({
      suggestedName: fc.stringMatching(/^[a-zA-Z0-9äöÅ._ -]{1,30}$/),
      mimeType: fc.constantFrom('text/csv', 'application/pdf', 'application/json'),
      content: fc.oneof(fc.string(), fc.uint8Array()),
    });
    // Mostly garbage, but with enough valid and nearly valid calls that both outcomes are exercised.
    const payload = fc.array(fc.oneof(fc.anything(), nearlyValid, valid), { maxLength: 2 });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.values(IPC_CHANNELS)),
        payload,
        async (channel, args) => {
          const { handler, call } = register(channel);
          const result = await call(trusted(), ...args);
          const expected = IPC_ARGUMENT_SCHEMAS[channel].safeParse(args);
          if (!expected.success) {
            return (
              handler.mock.calls.length === 0 &&
              JSON.stringify(result) === '{"ok":false,"error":"invalid-arguments"}'
            );
          }
          expect(handler.mock.calls[0]?.slice(1)).toEqual(expected.data);
          return handler.mock.calls.length === 1;
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('secureHandle: hostile senders, generated', () => {
  /** Frame URLs that are not our origin: web pages, look-alike app hosts, other schemes. */
  const foreignUrl = fc.oneof(
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    fc
      .tuple(fc.domain(), fc.webPath())
      .filter(([host]) => host !== 'valvo')
      .map(([host, webPath]) => `app://${host}/${webPath}`),
    fc
      .mixedCase(fc.constant('app://valvo'))
      .filter((origin) => origin !== 'app://valvo')
      .map((origin) => `${origin}/index.html`),
    fc.constantFrom(
      'file:///etc/passwd',
      'data:text/html,<script>1</script>',
      'javascript:void(0)',
      'about:blank',
      'devtools://devtools/bundled/inspector.html',
      'blob:app://valvo/0d5e1c2a',
    ),
    fc.string(),
  );

  it('never runs a handler for a frame on another origin, even with valid arguments', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.values(IPC_CHANNELS)),
        foreignUrl,
        async (channel, url) => {
          const { handler, call } = register(channel);
          const args = channel === IPC_CHANNELS.filesSaveAs ? [validRequest] : [];
          const event = { sender: ourContents, senderFrame: { url, parent: null } };
          const result = await call(event, ...args);
          return (
            handler.mock.calls.length === 0 &&
            JSON.stringify(result) === '{"ok":false,"error":"forbidden"}'
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never runs a handler for a subframe or a foreign window, whatever its URL', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          foreignUrl,
          fc.webPath().map((webPath) => `app://valvo/${webPath}`),
        ),
        fc.boolean(),
        async (url, isSubframe) => {
          const { handler, call } = register(IPC_CHANNELS.appInfo);
          const event = isSubframe
            ? { sender: ourContents, senderFrame: { url, parent: {} } }
            : { sender: { id: 99 }, senderFrame: { url, parent: null } };
          const result = await call(event);
          return handler.mock.calls.length === 0 && (result as { ok: boolean }).ok === false;
        },
      ),
    );
  });
});
