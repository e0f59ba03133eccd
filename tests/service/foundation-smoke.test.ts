import { afterEach, expect, test } from 'vitest';
import { testDesk, type TestDesk } from '../support/desk';

let desk: TestDesk;
afterEach(async () => desk?.close());

test('demo desk: sign in, verify chain, tamper detected', async () => {
  desk = await testDesk();
  await desk.signInAs('王芳');
  const session = await desk.ok<{ user: { name: string } }>('auth.session');
  expect(session.user.name).toBe('王芳');
  await desk.signInAs('系统管理员');
  const report = await desk.ok<{ ok: boolean }>('audit.verify');
  expect(report).toMatchObject({ ok: true });
});
