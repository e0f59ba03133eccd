import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { OVERLAY_NAME, signIn, useMountDesk } from './desk';

const mountDesk = useMountDesk();

test('the admin backs up now, then restores it after confirming its date and size; everyone signs in again', async () => {
  const mounted = await mountDesk();
  const { user, desk } = mounted;
  await signIn(user, '系统管理员', '900000');
  await user.click(await screen.findByRole('menuitem', { name: '备份' }));
  await user.click(await screen.findByRole('button', { name: '立即备份' }));
  const table = await screen.findByRole('table');
  const restore = await within(table).findByRole('button', { name: /^恢复 sitedesk-.*-manual\.sqlite$/ });

  await desk.ok('users.create', { name: '备份后新人', roles: ['receptionist'], secret: '1357' });
  await user.click(restore);
  const dialog = await screen.findByRole('dialog', { name: '用这份备份替换当前台账？' });
  expect(dialog).toHaveTextContent(
    /将恢复 \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} 的备份（[\d.]+ [KM]B，sitedesk-/,
  );
  await user.click(within(dialog).getByRole('button', { name: '恢复' }));

  expect(await screen.findByRole('dialog', { name: OVERLAY_NAME })).toBeInTheDocument();
  const names = (await desk.ok('auth.roster')).map((u) => u.name);
  expect(names).not.toContain('备份后新人');
});

test('only the administrator sees the backups page', async () => {
  const mounted = await mountDesk();
  const { user } = mounted;
  await signIn(user, '李经理', '1111');
  await screen.findByRole('menuitem', { name: '首页' });
  expect(screen.queryByRole('menuitem', { name: '备份' })).toBeNull();
});
