import { screen, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { mountDesk, signIn, type MountedDesk } from './desk';

let mounted: MountedDesk | undefined;
afterEach(async () => {
  await mounted?.desk.close();
  mounted = undefined;
});

test('the audit page lists the trail and the verify button reports the ledger intact', async () => {
  mounted = await mountDesk();
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
