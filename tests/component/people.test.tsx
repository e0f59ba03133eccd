import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/contract/settings';
import { signIn, useMountDesk, type MountedDesk } from './desk';

const mountDesk = useMountDesk();

/** Each scenario types through antd dialogs in jsdom; the shared machine is slow. */
const SLOW_UNDER_LOAD = 60_000;

async function openAs(name: string, pin: string, menu = '出勤'): Promise<MountedDesk> {
  const mounted = await mountDesk();
  await signIn(mounted.user, name, pin);
  await mounted.user.click(await screen.findByRole('menuitem', { name: menu }));
  return mounted;
}

const rowOf = (table: HTMLElement, name: string) =>
  within(table)
    .getAllByRole('row')
    .find((r) => within(r).queryByRole('cell', { name }) !== null)!;

async function pick(user: MountedDesk['user'], root: HTMLElement, label: string, name: string) {
  await user.click(within(root).getByRole('combobox', { name: label }));
  await user.click((await screen.findAllByTitle(name)).at(-1)!);
}

test(
  'a colleague clocks in with her own PIN; the signed-in person’s PIN for her is refused as 代签',
  async () => {
    const { user, desk } = await openAs('王芳', '3333', '首页');
    // F8 opens the page with the focus on 签到.
    await user.keyboard('{F8}');
    await waitFor(() => expect(screen.getByRole('button', { name: '签到' })).toHaveFocus());
    const board = await screen.findByRole('table', { name: '今日出勤' });
    await waitFor(() => expect(rowOf(board, '陈静')).toBeDefined());
    await user.click(within(rowOf(board, '陈静')).getByRole('button', { name: '签到 陈静' }));
    const dialog = await screen.findByRole('dialog', { name: '签到' });
    expect(within(dialog).getByRole('combobox', { name: '姓名' })).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('本人 PIN（须本人输入）'), '3333{Enter}');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('不能替别人打卡（代签）');
    const proxied = await desk.ok('attendance.today', {});
    expect(proxied.people.find((p) => p.name === '陈静')!.in).toBeNull();

    await user.clear(within(dialog).getByLabelText('本人 PIN（须本人输入）'));
    await user.type(within(dialog).getByLabelText('本人 PIN（须本人输入）'), '3344{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '签到' })).not.toBeInTheDocument());
    await waitFor(() =>
      expect(within(rowOf(board, '陈静')).getByRole('button', { name: '签退 陈静' })).toBeInTheDocument(),
    );
    const today = await desk.ok('attendance.today', {});
    expect(today.people.find((p) => p.name === '陈静')!.in).not.toBeNull();
    // A receptionist does not correct attendance: the manager's button is not there.
    expect(within(rowOf(board, '陈静')).queryByRole('button', { name: '更正 陈静' })).toBeNull();
    expect(screen.queryByRole('tab', { name: '考勤表' })).toBeNull();
  },
  SLOW_UNDER_LOAD,
);

test(
  'an outing is approved by the manager’s PIN in the same dialog and the return takes the person’s PIN',
  async () => {
    const { user, desk } = await openAs('王芳', '3333');
    await user.click(await screen.findByRole('tab', { name: '外出登记' }));
    await user.click(await screen.findByRole('button', { name: /外出登记/ }));
    const dialog = await screen.findByRole('dialog', { name: '外出登记（专案签字同意）' });
    await pick(user, dialog, '外出人', '张伟');
    await user.type(within(dialog).getByLabelText('事由'), '送合同');
    await user.type(within(dialog).getByLabelText('去处'), '银行{Enter}');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('外出须经专案经理批准');
    await pick(user, dialog, '批准人（专案）', '李经理');
    await user.type(within(dialog).getByLabelText('批准人 PIN'), '1111{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /外出登记/ })).not.toBeInTheDocument());

    const outNow = await screen.findByRole('table', { name: '正在外出' });
    await waitFor(() => expect(within(outNow).getByRole('cell', { name: '张伟' })).toBeInTheDocument());
    await user.click(within(outNow).getByRole('button', { name: '返回 张伟' }));
    const back = await screen.findByRole('dialog', { name: /张伟 返回/ });
    await user.type(within(back).getByLabelText('张伟 的 PIN'), '5555{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /张伟 返回/ })).not.toBeInTheDocument());
    const list = await desk.ok('outings.list', {});
    expect(list.out).toHaveLength(0);
    expect(list.outings).toMatchObject([{ name: '张伟', state: 'returned', approvedBy: '李经理' }]);
  },
  SLOW_UNDER_LOAD,
);

test(
  'the opening check: an unticked item needs a note; signed with the receptionist’s own PIN',
  async () => {
    const { user, desk } = await openAs('王芳', '3333');
    expect(await screen.findByText('今天还没有做开店检查。')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: '开/闭店检查' }));
    const [first, ...rest] = DEFAULT_SETTINGS.openingChecklist;
    for (const item of rest) await user.click(await screen.findByRole('checkbox', { name: item }));
    await user.type(screen.getAllByLabelText('本人 PIN')[0]!, '3333');
    await user.click(screen.getByRole('button', { name: '签署开店检查' }));
    expect(await screen.findByText('未勾选的项目须写明情况')).toBeInTheDocument();
    await user.type(screen.getByLabelText(`${first!} 的情况说明`), '一盏灯箱不亮，已报修');
    await user.click(screen.getByRole('button', { name: '签署开店检查' }));
    await waitFor(async () => {
      const day = await desk.ok('checks.day', {});
      expect(day.opening).toMatchObject({ signedBy: '王芳', unticked: 1 });
    });
    expect(await screen.findByText('一盏灯箱不亮，已报修')).toBeInTheDocument();
  },
  SLOW_UNDER_LOAD,
);

test(
  'the manager sets a roster cell from the month grid, with the lunch cover',
  async () => {
    const { user, desk } = await openAs('李经理', '1111', '排班');
    const date = (await desk.ok('attendance.today', {})).date;
    const cell = await screen.findByRole('button', { name: `周强 ${date}：不排` });
    await user.click(cell);
    const dialog = await screen.findByRole('dialog', { name: '排班：周强' });
    await user.click(within(dialog).getByRole('checkbox', { name: '午间留守前台' }));
    await user.click(within(dialog).getByRole('button', { name: '保存排班' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '排班：周强' })).not.toBeInTheDocument());
    const month = await desk.ok('roster.month', { month: date.slice(0, 7) });
    const cells = month.people.find((p) => p.name === '周强')!.cells;
    expect(cells.find((c) => c.date === date)).toMatchObject({ duty: 'shift', lunchCover: true });
    expect(
      await screen.findByRole('button', { name: new RegExp(`^周强 ${date}：.+午$`) }),
    ).toBeInTheDocument();
  },
  SLOW_UNDER_LOAD,
);

test(
  'a consultant reads the roster and sets nothing',
  async () => {
    const { desk } = await openAs('张伟', '5555', '排班');
    const date = (await desk.ok('attendance.today', {})).date;
    expect(await screen.findByLabelText(`张伟 ${date}：不排`)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: `张伟 ${date}：不排` })).toBeNull();
    expect(screen.getByRole('menuitem', { name: '出勤' })).toBeInTheDocument();
  },
  SLOW_UNDER_LOAD,
);

test(
  'the admin sets the late grace and takes the lunch break away on the settings page',
  async () => {
    const { user, desk } = await openAs('系统管理员', '900000', '设置');
    const grace = await screen.findByLabelText('迟到宽限（分钟）');
    await waitFor(() => expect(grace).toHaveValue('0'));
    await user.clear(grace);
    await user.type(grace, '5');
    await user.clear(screen.getByLabelText('午休开始'));
    await user.clear(screen.getByLabelText('午休结束'));
    await user.click(screen.getByRole('button', { name: /保\s?存/ }));
    expect(await screen.findByText('设置已保存')).toBeInTheDocument();
    const saved = await desk.ok('settings.get', {});
    expect(saved).toMatchObject({ lateGraceMinutes: 5, lunchBreak: null });
  },
  SLOW_UNDER_LOAD,
);
