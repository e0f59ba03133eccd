import { afterEach, expect, test, vi } from 'vitest';
import { ApiError, createClient } from '../../renderer/api/client';
import { autoTransport, httpTransport } from '../../renderer/api/transport';

afterEach(() => {
  delete window.sitedesk;
});

test('the web transport posts JSON with the language and the cookie, and reads refusals from the envelope', async () => {
  const fetchMock = vi.fn(
    async () =>
      new Response(
        JSON.stringify({ ok: false, error: { code: 'SCREEN_LOCKED', message: 'The screen is locked' } }),
        {
          status: 423,
          headers: { 'content-type': 'application/json' },
        },
      ),
  );
  const client = createClient(httpTransport(fetchMock), { locale: 'en' });
  const heard: string[] = [];
  client.onRefusal((e) => heard.push(e.code));

  const failure = await client.call('users.list', { includeInactive: true }).catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(ApiError);
  expect(failure).toMatchObject({ code: 'SCREEN_LOCKED', channel: 'users.list' });
  expect(heard).toEqual(['SCREEN_LOCKED']);
  expect(fetchMock).toHaveBeenCalledWith('/rpc/users.list', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', 'x-sitedesk-lang': 'en' },
    body: JSON.stringify({ includeInactive: true }),
  });
});

test('an answer that is not an envelope becomes an INTERNAL refusal', async () => {
  const fetchMock = vi.fn(async () => new Response('<h1>Bad gateway</h1>', { status: 502 }));
  const client = createClient(httpTransport(fetchMock));
  await expect(client.call('auth.session', {})).rejects.toMatchObject({
    code: 'INTERNAL',
    params: { reason: 'HTTP 502' },
  });
});

test('inside Electron the bridge carries the call', async () => {
  const invoke = vi.fn(async () => ({ ok: true as const, data: { done: true } }));
  window.sitedesk = { invoke, savePdf: vi.fn() };
  const client = createClient(autoTransport(), { locale: 'zh-CN' });
  await expect(client.call('auth.touch', {})).resolves.toEqual({ done: true });
  expect(invoke).toHaveBeenCalledWith('auth.touch', {}, 'zh-CN');
});
