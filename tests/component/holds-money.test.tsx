import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { signIn, useMountDesk } from './desk';

const mountDesk = useMountDesk();

test('the cashier confirms a WeChat deposit against the statement and pays a refund once', async () => {
  const { user, desk } = await mountDesk();
  await desk.signInAs('李经理');
  const { units } = await desk.ok('units.directory');
  const [a, b] = [units.find((u) => u.room === '101')!, units.find((u) => u.room === '102')!];
  const holdOn = async (unitId: number, receiptNo: string, method: 'wechat' | 'transfer') => {
    await desk.signInAs('张伟');
    const pending = await desk.ok('holds.request', {
      unitId,
      customerName: '王先生',
      customerPhone: '13812345678',
    });
    await desk.signInAs('李经理');
    await desk.ok('holds.approve', { holdId: pending.id });
    await desk.ok('holds.deposit', {
      holdId: pending.id,
      amountFen: 2_000_000,
      method,
      receiptNo,
      agreementNo: `DG-${receiptNo}`,
      receivedBy: desk.userId('李经理'),
    });
    return pending.id;
  };
  await holdOn(a.id, 'SJ-1', 'wechat');
  const cancelled = await holdOn(b.id, 'SJ-2', 'transfer');
  await desk.ok('holds.cancel', { holdId: cancelled, refundFen: 2_000_000, reason: '客户退定' });
  await desk.ok('auth.signOut');

  await signIn(user, '钱出纳', '6666');
  await user.click(await screen.findByRole('menuitem', { name: '销控表' }));
  await user.click(await screen.findByRole('tab', { name: '定金与退定' }));

  await user.click(await screen.findByRole('button', { name: '核对到账 SJ-1' }));
  const confirm = await screen.findByRole('dialog', { name: '出纳核对到账：收据 SJ-1' });
  expect(within(confirm).queryByLabelText('出纳 PIN')).not.toBeInTheDocument(); // she is signed in
  await user.type(within(confirm).getByLabelText('对账单 / 流水号'), 'WX-88{Enter}');
  await waitFor(() =>
    expect(screen.queryByRole('button', { name: '核对到账 SJ-1' })).not.toBeInTheDocument(),
  );
  const [deposit] = await desk.ok('holds.deposits', { state: 'confirmed' });
  expect(deposit).toMatchObject({ receiptNo: 'SJ-1', confirmedByName: '钱出纳', statementRef: 'WX-88' });

  await user.click(await screen.findByRole('button', { name: '支付退款 1栋-1单元-102' }));
  const pay = await screen.findByRole('dialog', { name: /支付退款 ¥20,000.00/ });
  await user.click(within(pay).getByLabelText('转账'));
  await user.type(within(pay).getByLabelText('凭证号 / 交易流水号'), 'TX-1{Enter}');
  await waitFor(() =>
    expect(screen.queryByRole('button', { name: '支付退款 1栋-1单元-102' })).not.toBeInTheDocument(),
  );
  const [refund] = await desk.ok('holds.refunds', {});
  expect(refund).toMatchObject({
    state: 'paid',
    paid: { cashierName: '钱出纳', method: 'transfer', reference: 'TX-1' },
  });
});

test('the register shows a deposit with its method, agreement, agreed price and the approved discount', async () => {
  const { user, desk } = await mountDesk();
  await desk.signInAs('李经理');
  const board = await desk.ok('holds.board');
  const unit = board.units.find((u) => u.room === '101')!;
  await desk.signInAs('张伟');
  const pending = await desk.ok('holds.request', {
    unitId: unit.id,
    customerName: '王先生',
    customerPhone: '13812345678',
  });
  await desk.signInAs('李经理');
  await desk.ok('holds.approve', { holdId: pending.id });
  await desk.ok('holds.deposit', {
    holdId: pending.id,
    amountFen: 2_000_000,
    method: 'alipay',
    receiptNo: 'SJ-7',
    agreementNo: 'DG-7',
    agreedPriceFen: unit.listPriceFen! - 50_000,
    discount: { reason: '老带新' },
    receivedBy: desk.userId('李经理'),
  });
  await desk.ok('auth.signOut');

  await signIn(user, '李经理', '1111');
  await user.click(await screen.findByRole('menuitem', { name: '销控表' }));
  await user.click(await screen.findByRole('tab', { name: '销控登记表' }));
  const row = (await screen.findByText(/收据号 SJ-7/)).closest('tr')!;
  expect(row).toHaveTextContent('¥20,000.00 · 支付宝 · 收据号 SJ-7 · 协议号 DG-7');
  expect(row).toHaveTextContent('（优惠 ¥500.00，李经理 批准）');
});
