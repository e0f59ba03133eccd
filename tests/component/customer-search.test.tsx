import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { setTodaysOrder, walkIn } from '../support/visits';
import { signIn, useMountDesk } from './desk';

const SLOW = { timeout: 8000 };

const mountDesk = useMountDesk();

test('customer search runs as one types, once per pause, not once per key (issue 10)', async () => {
  const mounted = await mountDesk();
  const { user, desk, calls } = mounted;
  await signIn(user, '王芳', '3333');
  await setTodaysOrder(desk);
  await walkIn(desk, { name: '欧阳女士', phone: '13812345678' });
  await user.click(await screen.findByRole('menuitem', { name: '来访登记' }));

  await user.click(screen.getByRole('searchbox', { name: '查找客户' }));
  await user.keyboard('欧阳女士');
  const results = await screen.findByRole('table', { name: '查找结果' }, SLOW);
  await waitFor(() => expect(within(results).getByText('欧阳女士')).toBeInTheDocument(), SLOW);
  expect(calls.filter((c) => c === 'customers.search')).toHaveLength(1);
});

test('a second search draws its own rows, each masked phone with its reveal button', async () => {
  const { user, desk, calls } = await mountDesk();
  await signIn(user, '王芳', '3333');
  await setTodaysOrder(desk);
  await walkIn(desk, { name: '欧阳女士', phone: '13812345678' });
  await walkIn(desk, { name: '司马先生', phone: '13987654321' });
  await user.click(await screen.findByRole('menuitem', { name: '来访登记' }));
  const box = screen.getByRole('searchbox', { name: '查找客户' });

  await user.click(box);
  await user.keyboard('5678{Enter}');
  const first = await screen.findByRole('table', { name: '查找结果' }, SLOW);
  await waitFor(
    () => expect(within(first).getByRole('button', { name: '查看 欧阳女士 的完整号码' })).toBeInTheDocument(),
    SLOW,
  );

  await user.clear(box);
  await user.keyboard('4321{Enter}');
  await waitFor(() => {
    const results = screen.getByRole('table', { name: '查找结果' });
    expect(within(results).getByRole('button', { name: '查看 司马先生 的完整号码' })).toBeInTheDocument();
    expect(within(results).queryByText('欧阳女士')).not.toBeInTheDocument();
  }, SLOW);
  // each Enter asked once: from its key, and not again when the page drew the new query
  expect(calls.filter((c) => c === 'customers.search')).toHaveLength(2);
});

test('one reveal dialog serves every row: cancelled for one customer, it asks about the next', async () => {
  const { user, desk, calls } = await mountDesk();
  await signIn(user, '王芳', '3333');
  await setTodaysOrder(desk);
  await walkIn(desk, { name: '欧阳女士', phone: '13812345678' });
  await walkIn(desk, { name: '司马先生', phone: '13987655678' });
  await user.click(await screen.findByRole('menuitem', { name: '来访登记' }));
  await user.type(screen.getByRole('searchbox', { name: '查找客户' }), '5678{Enter}');
  const results = await screen.findByRole('table', { name: '查找结果' }, SLOW);
  await waitFor(
    () => expect(within(results).getAllByRole('button', { name: /^查看 .* 的完整号码$/ })).toHaveLength(2),
    SLOW,
  );

  await user.click(within(results).getByRole('button', { name: '查看 欧阳女士 的完整号码' }));
  const first = await screen.findByRole('dialog', { name: '查看 欧阳女士 的完整号码' });
  await user.type(within(first).getByLabelText('原因'), '核对预约');
  await user.click(within(first).getByRole('button', { name: '取消' }));
  await waitFor(
    () => expect(screen.queryByRole('dialog', { name: '查看 欧阳女士 的完整号码' })).not.toBeInTheDocument(),
    SLOW,
  );

  await user.click(within(results).getByRole('button', { name: '查看 司马先生 的完整号码' }));
  const second = await screen.findByRole('dialog', { name: '查看 司马先生 的完整号码' });
  // a new look starts with an empty reason: nothing typed for the last customer is carried over
  expect(within(second).getByLabelText('原因')).toHaveValue('');
  expect(calls).not.toContain('disclosures.reveal');
});
