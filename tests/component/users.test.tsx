import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { signIn, useMountDesk, type MountedDesk } from './desk';

const mountDesk = useMountDesk();

async function openUsersAsAdmin(): Promise<MountedDesk> {
  const mounted = await mountDesk();
  await signIn(mounted.user, '系统管理员', '900000');
  await mounted.user.click(await screen.findByRole('menuitem', { name: '用户' }));
  await within(await screen.findByRole('table')).findByRole('cell', { name: '王芳' });
  return mounted;
}

test('the administrator adds a user from the keyboard and the user appears in the table', async () => {
  const { user, desk } = await openUsersAsAdmin();
  await user.click(screen.getByRole('button', { name: '添加用户' }));
  const dialog = await screen.findByRole('dialog', { name: '添加用户' });
  await waitFor(() => expect(within(dialog).getByLabelText('姓名')).toHaveFocus());
  await user.keyboard('新同事');
  await user.click(within(dialog).getByRole('checkbox', { name: '置业顾问' }));
  await user.type(within(dialog).getByLabelText('PIN 或密码'), '7777{Enter}');

  await waitFor(() => expect(screen.queryByRole('dialog', { name: '添加用户' })).not.toBeInTheDocument());
  const row = (await within(screen.getByRole('table')).findByRole('cell', { name: '新同事' })).closest('tr');
  expect(row).not.toBeNull();
  expect(within(row!).getByText('置业顾问')).toBeInTheDocument();
  expect(within(row!).getByText('在用')).toBeInTheDocument();
  const roster = await desk.ok('auth.roster');
  expect(roster.map((u) => u.name)).toContain('新同事');
});

test('a refusal such as a short PIN is shown in the dialog, which stays open', async () => {
  const { user } = await openUsersAsAdmin();
  await user.click(screen.getByRole('button', { name: '添加用户' }));
  const dialog = await screen.findByRole('dialog', { name: '添加用户' });
  await user.type(within(dialog).getByLabelText('姓名'), '短 PIN');
  await user.click(within(dialog).getByRole('checkbox', { name: '前台接待员' }));
  await user.type(within(dialog).getByLabelText('PIN 或密码'), '12{Enter}');
  expect(await within(dialog).findByRole('alert')).toHaveTextContent('PIN 必须是 4–8 位数字');
});

test('deactivating the last administrator is refused with the reason', async () => {
  const { user } = await openUsersAsAdmin();
  await user.click(screen.getByRole('button', { name: '停用 系统管理员' }));
  const confirm = await screen.findByRole('dialog', { name: '停用 系统管理员？' });
  await user.click(within(confirm).getByRole('button', { name: '停用' }));
  expect(await screen.findByText('不能停用或撤销最后一位系统管理员')).toBeInTheDocument();
});
