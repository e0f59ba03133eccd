import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { signIn, useMountDesk } from './desk';

const mountDesk = useMountDesk();

test('the receptionist signs in by picking her name and typing her PIN', async () => {
  const mounted = await mountDesk();
  const { user } = mounted;
  const overlay = await screen.findByRole('dialog', { name: '请登录' });
  expect(await within(overlay).findByRole('radio', { name: '王芳' })).toBeInTheDocument();
  await signIn(user, '王芳', '3333');
  await waitFor(() => expect(screen.queryByRole('dialog', { name: '请登录' })).not.toBeInTheDocument());
  expect(await screen.findByRole('heading', { name: '您好，王芳' })).toBeInTheDocument();
  const nav = screen.getByRole('navigation', { name: '主导航' });
  expect(within(nav).getByRole('menuitem', { name: '首页' })).toBeInTheDocument();
  expect(within(nav).queryByRole('menuitem', { name: '用户' })).not.toBeInTheDocument();
  expect(within(nav).queryByRole('menuitem', { name: '设置' })).not.toBeInTheDocument();
  expect(within(nav).queryByRole('menuitem', { name: '审计' })).not.toBeInTheDocument();
});

test('a wrong PIN shows the translated refusal with the tries left', async () => {
  const mounted = await mountDesk();
  const { user } = mounted;
  await signIn(user, '王芳', '0000');
  const overlay = screen.getByRole('dialog', { name: '请登录' });
  expect(await within(overlay).findByRole('alert')).toHaveTextContent('PIN 或密码错误，还可以再试 4 次');
  // The PIN is cleared for the next try, the name stays picked.
  expect(within(overlay).getByLabelText('PIN 码')).toHaveValue('');
  expect(within(overlay).getByRole('radio', { name: '王芳' })).toBeChecked();
});

test('the administrator sees the users, settings and audit ledgers', async () => {
  const mounted = await mountDesk();
  await signIn(mounted.user, '系统管理员', '900000');
  const nav = await screen.findByRole('navigation', { name: '主导航' });
  const items = within(nav)
    .getAllByRole('menuitem')
    .map((item) => item.textContent);
  // The admin keeps the ticket catalogue, the shifts (on the handover page) and sees closed dates;
  // the 销控表 is the managers' (000:721), not the administrator's.
  expect(items).toEqual([
    '首页',
    '电影票',
    '号码查看登记',
    '房源',
    '钥匙',
    '交接班',
    '日结',
    '用户',
    '设置',
    '审计',
    '备份',
    '总部同步',
  ]);
  expect(screen.getByRole('heading', { name: '魅力晶都' })).toBeInTheDocument();
});

test('signing in with no name or no PIN says what is missing, sends nothing, and clears as it is filled', async () => {
  const mounted = await mountDesk();
  const { user, calls } = mounted;
  const overlay = await screen.findByRole('dialog', { name: '请登录' });
  await within(overlay).findByRole('radio', { name: '王芳' });
  await user.click(within(overlay).getByRole('button', { name: '登录' }));
  expect(
    within(overlay)
      .getAllByRole('alert')
      .map((a) => a.textContent),
  ).toEqual(['请先选择您的名字', '请填写此项']);
  expect(within(overlay).getByLabelText('PIN 码')).toHaveAttribute('aria-invalid', 'true');
  expect(within(overlay).getByRole('radiogroup', { name: '选择您的名字' })).toHaveAccessibleDescription(
    '请先选择您的名字',
  );
  expect(calls).not.toContain('auth.signIn');

  await user.click(within(overlay).getByRole('radio', { name: '王芳' }));
  expect(
    within(overlay)
      .getAllByRole('alert')
      .map((a) => a.textContent),
  ).toEqual(['请填写此项']);
  await user.type(within(overlay).getByLabelText('PIN 码'), '3');
  expect(within(overlay).queryByRole('alert')).not.toBeInTheDocument();
  expect(within(overlay).getByLabelText('PIN 码')).not.toHaveAttribute('aria-invalid');
  expect(calls).not.toContain('auth.signIn');
});
