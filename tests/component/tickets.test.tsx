import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { demoTypes } from '../support/tickets';
import { signIn, useMountDesk } from './desk';

const mountDesk = useMountDesk();

test('the ticket desk: stock with low lines marked; a keyboard sale updates stock', async () => {
  const mounted = await mountDesk();
  const { user, desk } = mounted;
  const { twoD } = await demoTypes(desk);
  await signIn(user, '王芳', '3333');
  await desk.ok('tickets.receive', { typeId: twoD, count: 12 });
  await user.click(await screen.findByRole('menuitem', { name: '电影票' }));
  const stock = await screen.findByRole('table', { name: '库存' });
  await waitFor(() => expect(within(stock).getByRole('cell', { name: '2D 电影票' })).toBeInTheDocument());
  // 3D has none: low, with whom to call
  expect(within(stock).getByText('请通知影院送票：张经理 13912345678')).toBeInTheDocument();

  // type is pre-selected (2D, first by name); count, cash by default, Enter
  const sale = screen.getByRole('form', { name: '快速售票' });
  const count = within(sale).getByLabelText('张数');
  await user.clear(count);
  await user.type(count, '3{Enter}');
  await waitFor(() => expect(within(stock).getByRole('cell', { name: /^9/ })).toBeInTheDocument());
  expect(within(stock).getAllByText('库存不足')).toHaveLength(2); // 9 ≤ 10 now, and 3D at 0
});
