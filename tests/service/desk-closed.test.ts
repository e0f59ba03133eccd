import { afterEach, expect, test } from 'vitest';
import { openDesk, type Desk } from '../../electron/core/desk';
import { tempDir } from '../support/desk';

/**
 * What the desk answers once it is closed (the app quitting, the web host stopping): work that
 * was already on its way — a request in flight, the HQ sync's report coming back off its worker
 * — is refused in words, and nothing is logged as an unexpected error.
 */
let desk: Desk | null = null;
afterEach(async () => {
  await desk?.close().catch(() => undefined);
  desk = null;
});

test('a call after the desk closed is refused as DESK_CLOSED, in both languages, not as an internal error', async () => {
  const unexpected: string[] = [];
  desk = await openDesk({ dataDir: tempDir(), onInternalError: (channel) => unexpected.push(channel) });
  expect(await desk.router.call('auth.roster', {})).toMatchObject({ ok: true });
  await desk.close();
  const zh = await desk.router.call('auth.roster', {});
  const en = await desk.router.call('sync.noteRefusal', {}, { system: true, locale: 'en' });
  desk = null;
  expect(zh).toMatchObject({
    ok: false,
    error: { code: 'DESK_CLOSED', message: expect.stringContaining('关闭') },
  });
  expect(en).toMatchObject({
    ok: false,
    error: { code: 'DESK_CLOSED', message: expect.stringContaining('closed') },
  });
  expect(unexpected).toEqual([]);
});
