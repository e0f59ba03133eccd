import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/contract/settings';
import { setTodaysOrder, walkIn } from '../support/visits';
import { retype, signIn, useMountDesk, type MountedDesk } from './desk';
import { openRevealOfLiNvShi } from './revealDialog';

// A reason the main process trims and then counts (`z.string().trim().min(2)`) is counted the same
// way beside the field: one character between spaces is told there and nothing is sent, where the
// schema would refuse it with its raw English words; a long enough one with spaces around it is
// still taken.

const mountDesk = useMountDesk();
/** One character once trimmed. */
const ONE_CHAR = ' a ';
const REASON_REQUIRED = '请写明原因（至少 2 个字）';
/** Several antd forms typed through in jsdom; the shared machine is slow. */
const SLOW_UNDER_LOAD = 90_000;

async function pick(user: MountedDesk['user'], root: HTMLElement, label: string, name: string) {
  await user.click(within(root).getByRole('combobox', { name: label }));
  await user.click((await screen.findAllByTitle(name)).at(-1)!);
}

/** How many rows of `rows` (a table, with its condition if any) the ledger holds. */
const countOf = (mounted: MountedDesk, rows: string) =>
  mounted.desk.ledger.sqlite.prepare(`SELECT count(*) AS n FROM ${rows}`).get();

test(
  'an outing’s 事由 of one character between spaces is told beside the field; spaced around, it is recorded',
  async () => {
    const mounted = await mountDesk();
    const { user, desk } = mounted;
    await signIn(user, '王芳', '3333');
    await user.click(await screen.findByRole('menuitem', { name: '出勤' }));
    await user.click(await screen.findByRole('tab', { name: '外出登记' }));
    await user.click(await screen.findByRole('button', { name: /外出登记/ }));
    const dialog = await screen.findByRole('dialog', { name: '外出登记（专案签字同意）' });
    await pick(user, dialog, '外出人', '张伟');
    const reason = within(dialog).getByLabelText('事由');
    await user.type(reason, ONE_CHAR);
    await user.type(within(dialog).getByLabelText('去处'), '银行');
    await pick(user, dialog, '批准人（专案）', '李经理');
    await user.type(within(dialog).getByLabelText('批准人 PIN'), '1111{Enter}');
    await waitFor(() => expect(reason).toHaveAccessibleDescription(REASON_REQUIRED));
    expect(mounted.calls).not.toContain('outings.record');
    expect(countOf(mounted, 'outings')).toEqual({ n: 0 });

    await retype(user, reason, '  外出看房  ');
    await user.click(within(dialog).getByRole('button', { name: '外出登记' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /外出登记/ })).not.toBeInTheDocument());
    await desk.signInAs('王芳');
    expect((await desk.ok('outings.list', {})).outings).toMatchObject([{ name: '张伟', reason: '外出看房' }]);
  },
  SLOW_UNDER_LOAD,
);

test(
  'an outing cancelled with a reason of one character between spaces is told beside the field; spaced around, it is cancelled',
  async () => {
    const mounted = await mountDesk();
    const { user, desk } = mounted;
    await desk.signInAs('李经理');
    const outing = await desk.ok('outings.record', {
      userId: desk.userId('张伟'),
      reason: '送合同',
      destination: '银行',
      backInMinutes: 60,
    });
    await desk.ok('auth.signOut');
    await signIn(user, '李经理', '1111');
    await user.click(await screen.findByRole('menuitem', { name: '出勤' }));
    await user.click(await screen.findByRole('tab', { name: '外出登记' }));
    const today = await screen.findByRole('table', { name: '今日外出登记' });
    await user.click(await within(today).findByRole('button', { name: '撤销 张伟' }));
    const dialog = await screen.findByRole('dialog', { name: '撤销 张伟 的外出登记' });
    const reason = within(dialog).getByLabelText('原因');
    await user.type(reason, `${ONE_CHAR}{Enter}`);
    await waitFor(() => expect(reason).toHaveAccessibleDescription(REASON_REQUIRED));
    expect(mounted.calls).not.toContain('outings.cancel');
    expect(countOf(mounted, "outing_events WHERE kind = 'cancelled'")).toEqual({ n: 0 });

    await retype(user, reason, '  登记错了人  {Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /撤销/ })).not.toBeInTheDocument());
    await desk.signInAs('李经理');
    const listed = (await desk.ok('outings.list', {})).outings.find((o) => o.id === outing.id);
    expect(listed).toMatchObject({ state: 'cancelled', cancelReason: '登记错了人' });
  },
  SLOW_UNDER_LOAD,
);

test(
  'a clocking corrected with a reason of one character between spaces is told beside the field; spaced around, it is corrected',
  async () => {
    const mounted = await mountDesk();
    const { user, desk } = mounted;
    await desk.signInAs('王芳');
    await desk.ok('attendance.clockIn', { userId: desk.userId('陈静'), secret: '3344' });
    await desk.ok('auth.signOut');
    await signIn(user, '李经理', '1111');
    await user.click(await screen.findByRole('menuitem', { name: '出勤' }));
    const board = await screen.findByRole('table', { name: '今日出勤' });
    await user.click(await within(board).findByRole('button', { name: '更正 陈静' }));
    const dialog = await screen.findByRole('dialog', { name: /^更正考勤：陈静/ });
    await user.click(within(dialog).getByRole('radio', { name: '签到' }));
    await user.click(within(dialog).getByRole('radio', { name: '删除这次打卡' }));
    const reason = within(dialog).getByLabelText('原因');
    await user.type(reason, `${ONE_CHAR}{Enter}`);
    await waitFor(() => expect(reason).toHaveAccessibleDescription(REASON_REQUIRED));
    expect(mounted.calls).not.toContain('attendance.correct');
    expect(countOf(mounted, "attendance_punches WHERE source = 'correction'")).toEqual({ n: 0 });

    await retype(user, reason, '  误点了签到  {Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /^更正考勤/ })).not.toBeInTheDocument());
    await desk.signInAs('李经理');
    const today = await desk.ok('attendance.today', {});
    expect(today.people.find((p) => p.name === '陈静')).toMatchObject({ in: null, inCorrected: true });
  },
  SLOW_UNDER_LOAD,
);

test(
  'an opening check signed again with a reason of one character between spaces is told beside the field; spaced around, it is signed',
  async () => {
    const mounted = await mountDesk();
    const { user, desk } = mounted;
    const list = DEFAULT_SETTINGS.openingChecklist;
    await desk.signInAs('王芳');
    await desk.ok('checks.sign', {
      kind: 'opening',
      items: list.map((name) => ({ name, ticked: true })),
      signer: { userId: desk.userId('王芳'), secret: '3333' },
    });
    await desk.ok('auth.signOut');
    await signIn(user, '王芳', '3333');
    await user.click(await screen.findByRole('menuitem', { name: '出勤' }));
    await user.click(await screen.findByRole('tab', { name: '开/闭店检查' }));
    for (const item of list) await user.click(await screen.findByRole('checkbox', { name: item }));
    await user.type(screen.getAllByLabelText('本人 PIN')[0]!, '3333');
    const reason = screen.getByLabelText('重新检查的原因');
    await user.type(reason, ONE_CHAR);
    await user.click(screen.getByRole('button', { name: '重新检查并签署' }));
    await waitFor(() => expect(reason).toHaveAccessibleDescription(REASON_REQUIRED));
    expect(mounted.calls).not.toContain('checks.sign');
    expect(countOf(mounted, 'desk_checks')).toEqual({ n: 1 });

    await retype(user, reason, '  灯箱修好了  ');
    await user.click(screen.getByRole('button', { name: '重新检查并签署' }));
    await waitFor(() => expect(countOf(mounted, 'desk_checks')).toEqual({ n: 2 }));
    await desk.signInAs('王芳');
    expect((await desk.ok('checks.day', {})).opening).toMatchObject({ version: 2, reason: '灯箱修好了' });
  },
  SLOW_UNDER_LOAD,
);

test(
  'a masked number asked for with a reason of one character between spaces is told beside the field; spaced around, it is shown',
  async () => {
    const mounted = await mountDesk();
    const { user, desk } = mounted;
    const dialog = await openRevealOfLiNvShi(mounted);
    const reason = within(dialog).getByLabelText('原因');
    await user.type(reason, ONE_CHAR);
    await pick(user, dialog, '批准的专案经理', '李经理');
    await user.type(within(dialog).getByLabelText('专案经理 PIN'), '1111{Enter}');
    await waitFor(() => expect(reason).toHaveAccessibleDescription('请填写此项'));
    expect(mounted.calls).not.toContain('disclosures.reveal');
    expect(countOf(mounted, 'phone_disclosures')).toEqual({ n: 0 });

    await retype(user, reason, '  客户要求回拨  ');
    await user.click(within(dialog).getByRole('button', { name: '查看' }));
    expect(await screen.findByText('13812345678')).toBeInTheDocument();
    expect(desk.ledger.sqlite.prepare('SELECT reason FROM phone_disclosures').all()).toEqual([
      { reason: '客户要求回拨' },
    ]);
  },
  SLOW_UNDER_LOAD,
);

test(
  'a dispute decided for a reason of one character between spaces is told beside the field; spaced around, it is decided',
  async () => {
    const mounted = await mountDesk();
    const { user, desk } = mounted;
    await desk.signInAs('王芳');
    await setTodaysOrder(desk);
    const { visit } = await walkIn(desk, { name: '欧阳女士', phone: '13812345678', named: '张伟' });
    await desk.signInAs('孙丽');
    await desk.ok('customers.claim', { customerId: visit.customer.id, note: '之前接待过' });
    await desk.ok('auth.signOut');

    await signIn(user, '李经理', '1111');
    await user.click(await screen.findByRole('menuitem', { name: '客户归属' }));
    await user.click(await screen.findByRole('button', { name: '裁定' }));
    const dialog = await screen.findByRole('dialog', { name: '裁定 欧阳女士 的归属' });
    const reason = within(dialog).getByLabelText('裁定理由');
    await user.type(reason, ONE_CHAR);
    await user.click(within(dialog).getByRole('button', { name: '裁定' }));
    await waitFor(() => expect(reason).toHaveAccessibleDescription('请填写此项'));
    expect(mounted.calls).not.toContain('customers.decide');

    await retype(user, reason, '  首次到访由张伟接待  ');
    await user.click(within(dialog).getByRole('button', { name: '裁定' }));
    await waitFor(() => expect(mounted.calls).toContain('customers.decide'));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: /裁定 欧阳女士/ })).not.toBeInTheDocument(),
    );
  },
  SLOW_UNDER_LOAD,
);

test(
  'a key lent to an outsider whose phone is two characters between spaces is told beside the field; nothing is lent',
  async () => {
    const mounted = await mountDesk();
    const { user, desk } = mounted;
    await signIn(user, '王芳', '3333');
    await user.click(await screen.findByRole('menuitem', { name: '钥匙' }));
    await screen.findAllByRole('cell', { name: '样板房 A 钥匙' });
    await user.type(screen.getByLabelText('钥匙编号'), 'BGS{Enter}');
    const dialog = await screen.findByRole('dialog', { name: '借出 BGS 办公室钥匙' });
    await user.click(within(dialog).getByRole('radio', { name: '外来人员' }));
    await user.type(await within(dialog).findByLabelText('姓名'), '维修工老王');
    const phone = within(dialog).getByLabelText('电话');
    await user.type(phone, ' 12 ');
    await user.type(within(dialog).getByLabelText('用途'), '维修空调');
    await user.click(within(dialog).getByRole('button', { name: '借出' }));
    await waitFor(() => expect(phone).toHaveAccessibleDescription('电话号码格式不对'));
    expect(mounted.calls).not.toContain('keys.issue');
    const board = await desk.ok('keys.board', {});
    expect(board.find((k) => k.tag === 'BGS')!.copyStates[0]!.state).toBe('home');

    await retype(user, phone, ' 13812345678 ');
    await user.click(within(dialog).getByRole('button', { name: '借出' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /借出 BGS/ })).not.toBeInTheDocument());
    const lent = await desk.ok('keys.board', {});
    expect(lent.find((k) => k.tag === 'BGS')!.copyStates[0]!.state).toBe('out');
  },
  SLOW_UNDER_LOAD,
);

test(
  'a make-up turn asked for a reason of one character between spaces is told beside the field; spaced around, it is granted',
  async () => {
    const mounted = await mountDesk();
    const { user, desk } = mounted;
    await desk.signInAs('王芳');
    await setTodaysOrder(desk);
    const { visit } = await walkIn(desk, { name: '市调的钱先生', phone: '13812345678' });
    await desk.ok('visits.amend', { visitId: visit.id, outcome: 'market_research' });
    await desk.ok('auth.signOut');

    await signIn(user, '李经理', '1111');
    await user.click(await screen.findByRole('menuitem', { name: '来访登记' }));
    await user.click(await screen.findByRole('button', { name: '补客户' }, { timeout: 15_000 }));
    const dialog = await screen.findByRole('dialog', { name: `为 ${visit.consultantName} 补客户` });
    const reason = within(dialog).getByLabelText('补客户原因');
    await user.type(reason, ONE_CHAR);
    await user.click(within(dialog).getByRole('button', { name: '补客户' }));
    await waitFor(() => expect(reason).toHaveAccessibleDescription(REASON_REQUIRED));
    expect(mounted.calls).not.toContain('rotation.grantMakeup');

    await retype(user, reason, '  只是来做市调  ');
    await user.click(within(dialog).getByRole('button', { name: '补客户' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /补客户/ })).not.toBeInTheDocument());
    expect(await screen.findByText('已补')).toBeInTheDocument();
    const granted = desk.ledger.sqlite
      .prepare(`SELECT count(*) AS n FROM rotation_events WHERE kind = 'makeup'`)
      .get();
    expect(granted).toEqual({ n: 1 });
  },
  SLOW_UNDER_LOAD,
);
