import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { signIn, useMountDesk } from './desk';

// Its own file: it injects antd's CSS (for the real focus traps), which would slow the others.

const mountDesk = useMountDesk();

test('Ctrl+L locks; a manager takes over and the half-typed form underneath is still there', async () => {
  const mounted = await mountDesk({ styles: true }); // with the real focus trap of the dialog underneath
  const { user, desk } = mounted;
  await signIn(user, '系统管理员', '900000');
  await user.click(await screen.findByRole('menuitem', { name: '用户' }));
  await user.click(await screen.findByRole('button', { name: '添加用户' }));
  const addDialog = await screen.findByRole('dialog', { name: '添加用户' });
  await user.type(within(addDialog).getByLabelText('姓名'), '新来的');

  await user.keyboard('{Control>}l{/Control}');
  const lock = await screen.findByRole('dialog', { name: '屏幕已锁定' });
  expect(desk.session.locked).toBe(true);
  // The one who locked is preselected, so unlocking is just the PIN.
  expect(within(lock).getByRole('radio', { name: '系统管理员' })).toBeChecked();
  // The lock screen moves the caret into its PIN field once the dialog underneath lets go of it.
  // Its field is looked up afresh on every check, not inside the dialog found above: on the
  // loaded CI machine that element was once no longer in the page when this was checked (read
  // through a detached node, the label names no field at all).
  await waitFor(() => {
    const pin = screen.getByLabelText('PIN 码');
    expect(pin.closest('.signin-overlay')).not.toBeNull();
    expect(pin).toHaveFocus();
  });

  await signIn(user, '李经理', '1111');
  await waitFor(() => expect(screen.queryByRole('dialog', { name: '屏幕已锁定' })).not.toBeInTheDocument());
  expect(within(screen.getByRole('banner')).getByText('李经理')).toBeInTheDocument();
  expect(within(screen.getByRole('dialog', { name: '添加用户' })).getByLabelText('姓名')).toHaveValue(
    '新来的',
  );
  // With antd's CSS injected jsdom matches every rule on every query, and each ledger's menu item
  // adds to it: on a shared two-core machine this test alone needs more than the default 30 s.
}, 90_000);
