import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { signIn, useMountDesk } from './desk';

const mountDesk = useMountDesk();

// The form learns of a pick on a timer; a quick click on 借出 right after picking 外来人员 comes
// first. The dialog must still ask for the outsider's name and phone, not check the staff picker.
test('picking an outsider and submitting in one go asks for their name and phone; nothing is lent', async () => {
  const { user, desk } = await mountDesk();
  await signIn(user, '王芳', '3333');
  await user.click(await screen.findByRole('menuitem', { name: '钥匙' }));
  await screen.findAllByRole('cell', { name: '样板房 A 钥匙' });
  await user.type(screen.getByLabelText('钥匙编号'), 'BGS{Enter}');
  const dialog = await screen.findByRole('dialog', { name: '借出 BGS 办公室钥匙' });
  await user.type(within(dialog).getByLabelText('用途'), '维修空调');

  await user.pointer([
    { keys: '[MouseLeft]', target: within(dialog).getByRole('radio', { name: '外来人员' }) },
    { keys: '[MouseLeft]', target: within(dialog).getByRole('button', { name: '借出' }) },
  ]);

  const name = await within(dialog).findByLabelText('姓名');
  const phone = within(dialog).getByLabelText('电话');
  await waitFor(() => expect(name).toHaveAccessibleDescription('请填写此项'));
  expect(phone).toHaveAccessibleDescription('请填写此项');
  expect(screen.getByRole('dialog', { name: '借出 BGS 办公室钥匙' })).toBeInTheDocument();
  const board = await desk.ok('keys.board', {});
  expect(board.find((k) => k.tag === 'BGS')!.copyStates[0]!.state).toBe('home');
});
