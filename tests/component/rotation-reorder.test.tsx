import { screen, waitFor } from '@testing-library/react';
import { expect, test } from 'vitest';
import { queueNames, setTodaysOrder } from '../support/visits';
import { signIn, useMountDesk } from './desk';

const SLOW = { timeout: 8000 };
const mountDesk = useMountDesk();

// The queue reorders after every visit, often while the receptionist's pointer is already on a
// row: the button she aimed at must still act on the consultant whose name it carried.
test('a rotation button keeps its consultant when the queue reorders under it', async () => {
  const { user, desk } = await mountDesk();
  await signIn(user, '王芳', '3333');
  await setTodaysOrder(desk);
  await user.click(await screen.findByRole('menuitem', { name: '来访登记' }));
  const aimedAt = await screen.findByRole('button', { name: '张伟 暂离' }, SLOW);

  await waitFor(() => expect(screen.getByLabelText('电话')).toHaveFocus(), SLOW);
  await user.keyboard('{Tab}王先生{Enter}'); // 张伟 receives; he goes to the back of the queue
  await waitFor(() => expect(screen.getByText('下一位接待：孙丽')).toBeInTheDocument(), SLOW);

  await user.click(aimedAt);
  await waitFor(() => expect(screen.getByRole('button', { name: '张伟 回来' })).toBeInTheDocument(), SLOW);
  expect(await queueNames(desk)).toEqual(['孙丽', '周强', '吴娜', '(张伟)']);
});
