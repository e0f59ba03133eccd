import { screen, waitFor } from '@testing-library/react';
import { expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/contract/settings';
import { signIn, useMountDesk } from './desk';

const mountDesk = useMountDesk();

// The form learns of a tick on a timer; a quick click on the sign button right after unticking
// is handled first. The note the unticked item calls for must still be asked for.
test('an item unticked and signed in one go still asks for its note; nothing is recorded', async () => {
  const { user, desk } = await mountDesk();
  await signIn(user, '王芳', '3333');
  await user.click(await screen.findByRole('menuitem', { name: '出勤' }));
  await user.click(await screen.findByRole('tab', { name: '开/闭店检查' }));
  const [first] = DEFAULT_SETTINGS.openingChecklist;
  for (const item of DEFAULT_SETTINGS.openingChecklist)
    await user.click(await screen.findByRole('checkbox', { name: item }));
  await user.type(screen.getAllByLabelText('本人 PIN')[0]!, '3333');

  await user.pointer([
    { keys: '[MouseLeft]', target: screen.getByRole('checkbox', { name: first! }) },
    { keys: '[MouseLeft]', target: screen.getByRole('button', { name: '签署开店检查' }) },
  ]);

  expect(await screen.findByText('未勾选的项目须写明情况')).toBeInTheDocument();
  // Shown, not just in the form (antd hides by class; this test runs without its stylesheet).
  const note = screen.getByLabelText(`${first!} 的情况说明`);
  await waitFor(() => expect(note.closest('.ant-form-item-hidden, [hidden]')).toBeNull());
  expect((await desk.ok('checks.day', {})).opening).toBeNull();
}, 60_000);
