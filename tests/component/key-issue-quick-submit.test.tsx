import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { sentDuring, signIn, useMountDesk, type MountedDesk } from './desk';

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

/** BGS's issue dialog on 王芳's desk, 张伟 picked as the holder. */
async function issueToZhangWei(mounted: MountedDesk) {
  const { user } = mounted;
  await signIn(user, '王芳', '3333');
  await user.click(await screen.findByRole('menuitem', { name: '钥匙' }));
  await screen.findAllByRole('cell', { name: '样板房 A 钥匙' });
  await user.type(screen.getByLabelText('钥匙编号'), 'BGS{Enter}');
  const dialog = await screen.findByRole('dialog', { name: '借出 BGS 办公室钥匙' });
  await user.click(within(dialog).getByRole('combobox', { name: '员工' }));
  await user.click(await screen.findByTitle('张伟'));
  return dialog;
}

const stateOfBgs = async (desk: MountedDesk['desk']) =>
  (await desk.ok('keys.board', {})).find((k) => k.tag === 'BGS')!.copyStates[0]!.state;

// Enter sends the issue within the keypress when every rule of the dialog certainly passes;
// antd's submit checked each field first (~10 ms on the desk's PC before the request left).
test('a key lent to a staff member for a purpose is sent within the keypress, and is lent', async () => {
  const mounted = await mountDesk();
  const dialog = await issueToZhangWei(mounted);
  await mounted.user.type(within(dialog).getByLabelText('用途'), '开会议室');

  const form = dialog.querySelector('form')!;
  expect(sentDuring(mounted, () => fireEvent.submit(form))).toEqual(['keys.issue']);
  await waitFor(() => expect(screen.queryByRole('dialog', { name: /借出 BGS/ })).not.toBeInTheDocument());
  expect(await stateOfBgs(mounted.desk)).toBe('out');
});

test.each([[''], ['   ']])(
  'a purpose of %j goes through the rules: told beside the field, nothing sent, nothing lent',
  async (purpose) => {
    const mounted = await mountDesk();
    const dialog = await issueToZhangWei(mounted);
    if (purpose) await mounted.user.type(within(dialog).getByLabelText('用途'), purpose);

    const form = dialog.querySelector('form')!;
    expect(sentDuring(mounted, () => fireEvent.submit(form))).toEqual([]);
    await waitFor(() =>
      expect(within(dialog).getByLabelText('用途')).toHaveAccessibleDescription('请填写此项'),
    );
    expect(mounted.calls).not.toContain('keys.issue');
    expect(screen.getByRole('dialog', { name: '借出 BGS 办公室钥匙' })).toBeInTheDocument();
    expect(await stateOfBgs(mounted.desk)).toBe('home');
  },
);

test('an issue sent twice before its answer is one call: nothing refused, the key lent once', async () => {
  const mounted = await mountDesk();
  const dialog = await issueToZhangWei(mounted);
  await mounted.user.type(within(dialog).getByLabelText('用途'), '开会议室');

  const form = dialog.querySelector('form')!;
  expect(
    sentDuring(mounted, () => {
      fireEvent.submit(form);
      fireEvent.submit(form);
    }),
  ).toEqual(['keys.issue']);
  await waitFor(() => expect(screen.queryByRole('dialog', { name: /借出 BGS/ })).not.toBeInTheDocument());
  expect(mounted.calls.filter((c) => c === 'keys.issue')).toHaveLength(1);
  expect(await stateOfBgs(mounted.desk)).toBe('out');
});
