import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { signIn, useMountDesk } from './desk';

const mountDesk = useMountDesk();

test('a receptionist changes her own PIN: a wrong current PIN is refused in the dialog, then the new one signs in', async () => {
  const mounted = await mountDesk();
  const { user, desk } = mounted;
  await signIn(user, '王芳', '3333');
  await user.click(await screen.findByRole('button', { name: '修改 PIN' }));
  const dialog = await screen.findByRole('dialog', { name: '修改 PIN' });
  expect(screen.getByLabelText('当前 PIN 或密码')).toHaveFocus();

  await user.keyboard('1234');
  await user.type(screen.getByLabelText('新的 PIN 或密码'), '8642');
  await user.type(screen.getByLabelText('再输入一次新的 PIN 或密码'), '8641{Enter}');
  expect(await screen.findByText('两次输入的不一致')).toBeInTheDocument();

  await user.clear(screen.getByLabelText('再输入一次新的 PIN 或密码'));
  await user.type(screen.getByLabelText('再输入一次新的 PIN 或密码'), '8642{Enter}');
  expect(await within(dialog).findByRole('alert')).toHaveTextContent('PIN 或密码错误，还可以再试 4 次');
  expect(dialog).toBeInTheDocument();

  await user.clear(screen.getByLabelText('当前 PIN 或密码'));
  await user.type(screen.getByLabelText('当前 PIN 或密码'), '3333{Enter}');
  expect(
    await screen.findByText('已修改，下次登录请使用新的 PIN', {}, { timeout: 10_000 }),
  ).toBeInTheDocument();
  await waitFor(() => expect(screen.queryByRole('dialog', { name: '修改 PIN' })).not.toBeInTheDocument());

  // The old PIN no longer opens the desk; the new one does.
  const wang = desk.userId('王芳');
  await desk.ok('auth.signOut');
  expect(await desk.refused('auth.signIn', { userId: wang, secret: '3333' })).toBe('WRONG_SECRET');
  await desk.ok('auth.signIn', { userId: wang, secret: '8642' });
});
