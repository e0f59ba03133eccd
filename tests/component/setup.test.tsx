import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { useMountDesk } from './desk';

const mountDesk = useMountDesk();

test('first run on an empty ledger: name the project, create the administrator, land signed in', async () => {
  const mounted = await mountDesk({ demo: false });
  const { user, desk } = mounted;
  expect(await screen.findByRole('heading', { name: '首次使用：初始化台账' })).toBeInTheDocument();
  // The first field has the focus: the form can be filled from the keyboard alone.
  expect(screen.getByLabelText('项目名称')).toHaveFocus();
  await user.keyboard('星河湾');
  await user.type(screen.getByLabelText('管理员姓名'), '赵管理');
  await user.type(screen.getByLabelText('管理员 PIN 或密码'), '246810');
  await user.type(screen.getByLabelText('确认 PIN 或密码'), '246811{Enter}');
  expect(await screen.findByText('两次输入不一致')).toBeInTheDocument();
  await user.clear(screen.getByLabelText('确认 PIN 或密码'));
  await user.type(screen.getByLabelText('确认 PIN 或密码'), '246810{Enter}');

  expect(await screen.findByRole('heading', { name: '您好，赵管理' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: '星河湾' })).toBeInTheDocument();
  const nav = screen.getByRole('navigation', { name: '主导航' });
  expect(within(nav).getByRole('menuitem', { name: '用户' })).toBeInTheDocument();
  await waitFor(async () => {
    const session = await desk.ok('auth.session');
    expect(session.user?.name).toBe('赵管理');
  });
});
