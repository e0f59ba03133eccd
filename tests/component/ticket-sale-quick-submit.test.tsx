import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { demoTypes } from '../support/tickets';
import { signIn, useMountDesk, type MountedDesk } from './desk';

const mountDesk = useMountDesk();

/** The ticket page with 2D in stock, signed in as a receptionist; the sale form has its type. */
async function openSale({ user, desk }: MountedDesk) {
  const { twoD } = await demoTypes(desk);
  await signIn(user, '王芳', '3333');
  await desk.ok('tickets.receive', { typeId: twoD, count: 12 });
  await user.click(await screen.findByRole('menuitem', { name: '电影票' }));
  const sale = await screen.findByRole('form', { name: '快速售票' });
  await waitFor(() => expect(within(sale).getAllByText(/2D 电影票/).length).toBeGreaterThan(0));
  return sale;
}

const sold = async (desk: MountedDesk['desk']) =>
  (await desk.ok('tickets.movements', {})).filter((m) => m.kind === 'sold');

// The form learns of a tick on a timer; a quick click on 售出 right after ticking 价格不同 is
// handled first. The sale must still ask for the exception's price, reason and manager's PIN.
test('价格不同 ticked and sold in one go asks for the exception’s fields; nothing is sold', async () => {
  const mounted = await mountDesk();
  const { user, desk } = mounted;
  const sale = await openSale(mounted);

  await user.pointer([
    { keys: '[MouseLeft]', target: within(sale).getByRole('checkbox', { name: '价格不同' }) },
    { keys: '[MouseLeft]', target: within(sale).getByRole('button', { name: '确认售出（Enter）' }) },
  ]);

  const exception = await within(sale).findByRole('group', { name: '例外价格' });
  // price, reason, manager and PIN
  await waitFor(() => expect(within(exception).getAllByText('请填写此项')).toHaveLength(4));
  expect(within(exception).getByLabelText('另价原因')).toHaveAccessibleDescription('请填写此项');
  expect(within(exception).getByLabelText('经理 PIN')).toHaveAccessibleDescription('请填写此项');
  expect(screen.queryByText(/^已售出/)).toBeNull();
  expect(sale.parentElement!.querySelector('.error-alert')).toBeNull();
  expect(await sold(desk)).toEqual([]);

  // asked for, then given: sold at the other price with the manager's countersign
  await user.type(within(exception).getByLabelText('实售单价（元）'), '30');
  await user.type(within(exception).getByLabelText('另价原因'), '团购八五折');
  await user.click(within(exception).getByRole('combobox', { name: '同意的经理' }));
  await user.click(await screen.findByTitle('李经理'));
  await user.type(within(exception).getByLabelText('经理 PIN'), '1111{Enter}');
  await screen.findByText('已售出 1 张 2D 电影票，¥30.00');
  expect(await sold(desk)).toEqual([
    expect.objectContaining({ unitPriceFen: 3000, amountFen: 3000, reason: '团购八五折' }),
  ]);
  await waitFor(() => expect(within(sale).queryByRole('group', { name: '例外价格' })).toBeNull());
});

// The exception's fields stay in the form while the box is unticked, only hidden: what was typed
// into them then is neither checked nor sent.
test('an exception begun and then unticked sells at the catalogue’s price', async () => {
  const mounted = await mountDesk();
  const { user, desk } = mounted;
  const sale = await openSale(mounted);
  await user.click(within(sale).getByRole('checkbox', { name: '价格不同' }));
  const exception = await within(sale).findByRole('group', { name: '例外价格' });
  await user.type(within(exception).getByLabelText('实售单价（元）'), 'abc');
  await waitFor(() =>
    expect(within(exception).getByText('请输入大于 0 的金额，最多两位小数')).toBeInTheDocument(),
  );

  await user.pointer([
    { keys: '[MouseLeft]', target: within(sale).getByRole('checkbox', { name: '价格不同' }) },
    { keys: '[MouseLeft]', target: within(sale).getByRole('button', { name: '确认售出（Enter）' }) },
  ]);

  await screen.findByText('已售出 1 张 2D 电影票，¥35.00');
  expect(await sold(desk)).toEqual([expect.objectContaining({ unitPriceFen: 3500, reason: null })]);
});
