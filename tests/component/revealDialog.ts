import { screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import { setTodaysOrder, walkIn } from '../support/visits';
import { signIn, type MountedDesk } from './desk';

const SLOW = { timeout: 8000 };

/**
 * 李女士 (13812345678) walked in today; 王芳, at the desk, finds her by the last four digits and
 * asks for her masked number in full: the dialog that asks why, and the manager's PIN.
 */
export async function openRevealOfLiNvShi({ user, desk }: MountedDesk): Promise<HTMLElement> {
  await desk.signInAs('王芳');
  await setTodaysOrder(desk);
  await walkIn(desk, { name: '李女士', phone: '13812345678' });
  await desk.ok('auth.signOut');
  await signIn(user, '王芳', '3333');
  await user.click(await screen.findByRole('menuitem', { name: '来访登记' }));
  await user.type(await screen.findByRole('searchbox', { name: '查找客户' }), '5678{Enter}');
  const results = await screen.findByRole('table', { name: '查找结果' }, SLOW);
  await waitFor(() => expect(within(results).getByText('138****5678')).toBeInTheDocument(), SLOW);
  await user.click(within(results).getByRole('button', { name: '查看 李女士 的完整号码' }));
  return screen.findByRole('dialog', { name: '查看 李女士 的完整号码' });
}
