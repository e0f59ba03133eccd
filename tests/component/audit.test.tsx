import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { signIn, useMountDesk } from './desk';

const mountDesk = useMountDesk();

test('the audit page lists the trail and the verify button reports the ledger intact', async () => {
  const mounted = await mountDesk();
  const { user } = mounted;
  await signIn(user, '系统管理员', '900000');
  await user.click(await screen.findByRole('menuitem', { name: '审计' }));
  const table = await screen.findByRole('table');
  expect((await within(table).findAllByRole('cell', { name: 'users.create' })).length).toBeGreaterThan(0);

  await user.click(screen.getByRole('button', { name: '校验台账' }));
  const report = await screen.findByRole('alert');
  expect(report).toHaveTextContent(/台账完好：\d+ 条审计记录，\d+ 条台账记录/);
  expect(report).toHaveTextContent('数据库自检：ok');
});

test('the trail read back page by page: each "load more" shows the entries just read, one page of the table at a time', async () => {
  const mounted = await mountDesk();
  const { user, desk } = mounted;
  await signIn(user, '系统管理员', '900000');
  // a trail of more than two pages
  for (let i = 0; i < 200; i++) await desk.ok('settings.update', { idleLockMinutes: 5 + (i % 10) });
  await user.click(await screen.findByRole('menuitem', { name: '审计' }));
  const table = await screen.findByRole('table');
  const ids = async () => {
    const rows = (await within(table).findAllByRole('row')).slice(1);
    return rows.map((row) => Number(within(row).getAllByRole('cell')[0]!.textContent));
  };
  await waitFor(async () => expect(await ids()).toHaveLength(100));
  const newest = await ids();
  expect(newest[0]).toBeGreaterThan(newest[99]!);

  await user.click(screen.getByRole('button', { name: '加载更多' }));
  await waitFor(async () => expect((await ids())[0]).toBe(newest[99]! - 1));
  expect(await ids()).toHaveLength(100);
  await user.click(screen.getByTitle('1'));
  await waitFor(async () => expect(await ids()).toEqual(newest));
}, 120_000);

test('verify takes fingerprints typed from printed sheets: a wrong one is pointed out, the head shown', async () => {
  const mounted = await mountDesk();
  const { user } = mounted;
  await signIn(user, '系统管理员', '900000');
  await user.click(await screen.findByRole('menuitem', { name: '审计' }));
  const fingerprints = await screen.findByRole('combobox', { name: '纸面台账指纹（可选）' });
  await user.type(fingerprints, '12:ABCD{Enter}');
  expect(
    await screen.findByText('“12:ABCD”不是台账指纹，格式如 1234:3FA2-9C1B-77E0-D4A5'),
  ).toBeInTheDocument();
  expect(screen.getByRole('button', { name: '校验台账' })).toBeDisabled();
});

test('the verify report shows the fingerprint now, the seals and the witnesses', async () => {
  const mounted = await mountDesk();
  const { user } = mounted;
  await signIn(user, '系统管理员', '900000');
  await user.click(await screen.findByRole('menuitem', { name: '审计' }));
  await user.click(await screen.findByRole('button', { name: '校验台账' }));
  const report = await screen.findByRole('alert');
  expect(report).toHaveTextContent(/当前台账指纹：\s*\d+:[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}/);
  expect(report).toHaveTextContent(/密钥封印：/);
  expect(report).toHaveTextContent(/外部见证：核对 \d+ 份/);
});
