import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/contract/settings';
import { sellADay } from '../support/dayclose';
import { setTodaysOrder, walkIn } from '../support/visits';
import { signIn, useMountDesk } from './desk';

const SLOW = { timeout: 8000 };
const mountDesk = useMountDesk();

test('at the desk PC the receiving consultant completes the slip with their own PIN; a wrong PIN writes nothing', async () => {
  const { user, desk } = await mountDesk();
  await signIn(user, '王芳', '3333');
  await setTodaysOrder(desk);
  const { visit } = await walkIn(desk, { name: '李女士' }); // 张伟 by rotation
  expect(visit.slipMissing).toEqual(['slip', 'outcome', 'left']);

  await user.click(await screen.findByRole('menuitem', { name: '来访登记' }));
  await user.click(await screen.findByRole('button', { name: '填写 李女士 的来人条' }, SLOW));
  const dialog = await screen.findByRole('dialog', { name: '来人条：李女士（张伟 接待）' });
  await user.click(within(dialog).getByRole('combobox', { name: '接待结果' }));
  await user.click(await screen.findByTitle('留电'));
  await user.type(within(dialog).getByLabelText('意向面积（㎡）'), '-90');
  await user.type(within(dialog).getByLabelText('张伟 的 PIN'), '0000');
  await user.click(within(dialog).getByRole('button', { name: '保存来人条' }));
  await within(dialog).findByText('须为正整数');
  expect(desk.ledger.sqlite.prepare('SELECT count(*) n FROM visit_slips').get()).toEqual({ n: 0 });

  await user.clear(within(dialog).getByLabelText('意向面积（㎡）'));
  await user.type(within(dialog).getByLabelText('意向面积（㎡）'), '90');
  await user.click(within(dialog).getByRole('button', { name: '保存来人条' }));
  await within(dialog).findByText(/PIN 或密码错误/, undefined, SLOW);
  expect(desk.ledger.sqlite.prepare('SELECT count(*) n FROM visit_slips').get()).toEqual({ n: 0 });

  await user.clear(within(dialog).getByLabelText('张伟 的 PIN'));
  await user.type(within(dialog).getByLabelText('张伟 的 PIN'), '5555');
  await user.click(within(dialog).getByRole('button', { name: '保存来人条' }));
  await screen.findByText('李女士 的来人条已保存', undefined, SLOW);
  const day = await desk.ok('visits.day', {});
  expect(day.visits[0]).toMatchObject({ outcome: 'left_phone', slip: { intentAreaSqm: 90 } });
  // no leaving time was recorded, so completing the slip records it (now)
  expect(day.visits[0]!.slipMissing).toEqual([]);
  expect(day.visits[0]!.leftAt).not.toBeNull();
});

test('the close lists the parties with no leaving time and marks them left in one step', async () => {
  const { user, desk } = await mountDesk();
  await sellADay(desk); // as 王芳: tickets in, two 2D sold for ¥70.00 cash
  await setTodaysOrder(desk);
  const left = await walkIn(desk, { name: '李女士' }); // 张伟
  await walkIn(desk, { name: '王先生' }); // 孙丽
  await walkIn(desk, { name: '赵女士' }); // 周强
  await desk.ok('visits.leave', { visitId: left.visit.id });
  await desk.ok('auth.signOut');
  await signIn(user, '王芳', '3333');

  // The close as tests/component/dayclose.test.tsx walks it, up to the review.
  await user.click(await screen.findByRole('menuitem', { name: '日结' }));
  const twoD = await screen.findByLabelText('2D 电影票 实点数', undefined, SLOW);
  await user.type(twoD, '18');
  await user.type(screen.getByLabelText('3D 电影票 实点数'), '10{Enter}');
  await user.type(await screen.findByLabelText('¥50.00 张数', undefined, SLOW), '1');
  await user.type(screen.getByLabelText('¥20.00 张数'), '1');
  await user.click(screen.getByRole('combobox', { name: '财务出纳' }));
  await user.click((await screen.findAllByTitle('钱出纳')).at(-1)!);
  await user.type(screen.getByLabelText('财务出纳 PIN'), '6666{Enter}');
  await screen.findByText('已清点 ¥70.00，交出纳 ¥70.00（钱出纳）', undefined, SLOW);
  await user.click(screen.getByRole('button', { name: '下一步' }));
  // no non-cash takings that day: the cashier has no statement to confirm
  expect(await screen.findByText(/当日没有非现金收款/, undefined, SLOW)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: '下一步' }));
  expect(await screen.findByText(/钥匙检查通过/, undefined, SLOW)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: '下一步' }));
  // the closing check: every item ticked, her own PIN
  for (const item of DEFAULT_SETTINGS.closingChecklist) {
    await user.click(await screen.findByRole('checkbox', { name: item }, SLOW));
  }
  await user.type(screen.getByLabelText('本人 PIN'), '3333');
  await user.click(screen.getByRole('button', { name: '签署闭店检查' }));
  expect(await screen.findByText('6 项全部正常', undefined, SLOW)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: '下一步' }));

  const warning = await screen.findByText('2 组来访客户没有登记离开时间', undefined, SLOW);
  const alert = warning.closest('.ant-alert') as HTMLElement;
  expect(alert).toHaveTextContent(/王先生（孙丽 接待）/);
  expect(alert).toHaveTextContent(/赵女士（周强 接待）/);
  expect(alert).not.toHaveTextContent('李女士');
  // no consultant has completed a slip yet: listed per consultant
  expect(screen.getByText('张伟：1 张')).toBeInTheDocument();

  await user.click(within(alert).getByRole('button', { name: '全部标记为已离开' }));
  const confirm = await screen.findByRole('dialog', { name: '将以下 2 组标记为现在离开？' });
  await user.click(within(confirm).getByRole('button', { name: '全部标记为已离开' }));
  expect(await screen.findByText('来访客户都已登记离开时间', undefined, SLOW)).toBeInTheDocument();
  const day = await desk.ok('visits.day', {});
  expect(day.inOffice).toBe(0);
  expect(day.visits.every((v) => v.leftAt !== null)).toBe(true);
}, 90_000);
