import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { signIn, useMountDesk } from './desk';

const mountDesk = useMountDesk();

test('the switch-user button locks too, and the same person unlocks with the PIN alone', async () => {
  const mounted = await mountDesk();
  const { user } = mounted;
  await signIn(user, '王芳', '3333');
  await user.click(await screen.findByRole('button', { name: '切换用户' }));
  const lock = await screen.findByRole('dialog', { name: '屏幕已锁定' });
  expect(lock).toHaveTextContent('王芳 锁定了屏幕');
  // Nothing of the last sign-in is left in the form: the PIN must be typed again.
  expect(within(lock).getByLabelText('PIN 码')).toHaveValue('');
  await user.keyboard('3333{Enter}');
  expect(await screen.findByRole('heading', { name: '您好，王芳' })).toBeInTheDocument();
  await waitFor(() => expect(screen.queryByRole('dialog', { name: '屏幕已锁定' })).not.toBeInTheDocument());
});

test('a call that finds the desk locked by the main process brings up the lock screen', async () => {
  const mounted = await mountDesk();
  const { user, desk } = mounted;
  await signIn(user, '系统管理员', '900000');
  await user.click(await screen.findByRole('menuitem', { name: '审计' }));
  desk.session.lock(); // as the main process does after the idle time
  await user.click(await screen.findByRole('button', { name: '校验台账' }));
  expect(await screen.findByRole('dialog', { name: '屏幕已锁定' })).toBeInTheDocument();
});
