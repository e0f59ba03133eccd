import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { retype, signIn, useMountDesk } from './desk';

// A required text field typed with spaces only is told beside the field, as an empty one is: the
// main process trims it and would refuse it with the schema's raw English words.

const mountDesk = useMountDesk();
const SPACES = '   ';
/** Several antd forms typed through in jsdom; the shared machine is slow. */
const SLOW_UNDER_LOAD = 90_000;

test(
  'mail arriving for a recipient of spaces is told beside the field and not logged',
  async () => {
    const mounted = await mountDesk();
    const { user, desk } = mounted;
    await signIn(user, '王芳', '3333');
    await user.click(await screen.findByRole('menuitem', { name: '交接班' }));
    await user.click(await screen.findByRole('tab', { name: '信报刊登记' }));
    const recipient = await screen.findByLabelText('收件人（房号 姓名）');
    await user.type(recipient, SPACES);
    await user.click(screen.getByRole('button', { name: '登记到件' }));
    await waitFor(() => expect(recipient).toHaveAccessibleDescription('请填写此项'));
    expect(mounted.calls).not.toContain('mail.receive');
    expect(desk.ledger.sqlite.prepare('SELECT count(*) AS n FROM mail_items').get()).toEqual({ n: 0 });
  },
  SLOW_UNDER_LOAD,
);

test(
  'mail handed to a person of spaces is told beside the field and stays waiting',
  async () => {
    const mounted = await mountDesk();
    const { user, desk } = mounted;
    await desk.signInAs('王芳');
    await desk.ok('mail.receive', { recipient: '3-1-302 刘先生', kind: 'letter', count: 1 });
    await desk.ok('auth.signOut');
    await signIn(user, '王芳', '3333');
    await user.click(await screen.findByRole('menuitem', { name: '交接班' }));
    await user.click(await screen.findByRole('tab', { name: '信报刊登记' }));
    await user.click(await screen.findByRole('button', { name: '发放 3-1-302 刘先生' }));
    const handedTo = await screen.findByLabelText('领取人');
    await retype(user, handedTo, SPACES);
    await user.click(screen.getByRole('button', { name: /^发\s?放$/ }));
    await waitFor(() => expect(handedTo).toHaveAccessibleDescription('请填写此项'));
    expect(mounted.calls).not.toContain('mail.handOut');
    expect(desk.ledger.sqlite.prepare('SELECT count(*) AS n FROM mail_handouts').get()).toEqual({ n: 0 });
  },
  SLOW_UNDER_LOAD,
);

test.each([['班次名称 1'], ['物品 1']])(
  'the handover settings with “%s” of spaces are told beside the field and not saved',
  async (label) => {
    const mounted = await mountDesk();
    const { user, desk } = mounted;
    await desk.signInAs('系统管理员');
    const before = await desk.ok('settings.get');
    await signIn(user, '系统管理员', '900000');
    await user.click(await screen.findByRole('menuitem', { name: '交接班' }));
    await user.click(await screen.findByRole('tab', { name: '班次与物品' }));
    const field = await screen.findByLabelText(label);
    await waitFor(() => expect(field).not.toHaveValue(''));
    await retype(user, field, SPACES);
    await user.click(screen.getByRole('button', { name: /保\s?存/ }));
    await waitFor(() => expect(field).toHaveAccessibleDescription('请填写此项'));
    expect(mounted.calls).not.toContain('settings.update');
    const after = await desk.ok('settings.get');
    expect([after.shifts, after.handoverItems]).toEqual([before.shifts, before.handoverItems]);
  },
  SLOW_UNDER_LOAD,
);

test(
  'a difference explained with spaces only is told beside the field and the handover is not signed',
  async () => {
    const mounted = await mountDesk();
    const { user, desk } = mounted;
    await desk.signInAs('王芳');
    const snapshot = await desk.ok('handover.snapshot', {});
    await desk.ok('handover.start', {
      toUserId: desk.userId('陈静'),
      items: snapshot.items.map((i) => ({ name: i.name, count: i.count ?? 0 })),
      notes: '',
      newTasks: [],
    });
    await desk.ok('auth.signOut');
    await signIn(user, '王芳', '3333');
    await user.click(await screen.findByRole('menuitem', { name: '交接班' }));
    await screen.findByRole('heading', { name: /接班核对：王芳 → 陈静/ });

    for (const item of snapshot.items)
      await user.type(await screen.findByLabelText(`${item.name} 清点数`), String(item.count ?? 0));
    for (const line of snapshot.tickets)
      await user.type(screen.getByLabelText(`${line.name} 清点张数`), String(line.expected));
    // a yuan more than the ledger holds: a cash difference, to be explained
    await user.type(
      screen.getByLabelText(/^清点票款（元）/),
      (((snapshot.cashExpectedFen ?? 0) + 100) / 100).toFixed(2),
    );
    for (const group of screen.queryAllByRole('radiogroup', { name: /核对$/ }))
      await user.click(within(group).getByRole('radio', { name: '相符' }));
    await user.click(screen.getByRole('button', { name: '核对差异' }));
    await screen.findByRole('region', { name: '差异汇总' });

    const explanation = await screen.findByLabelText('王芳 保管的票款 差异说明');
    await user.type(explanation, SPACES);
    await user.type(screen.getByLabelText('陈静 的 PIN'), '3344{Enter}');
    await waitFor(() => expect(explanation).toHaveAccessibleDescription('请说明差异原因'));
    expect(mounted.calls).not.toContain('handover.acknowledge');
    await desk.signInAs('王芳');
    expect(await desk.ok('handover.log', {})).toMatchObject([{ acknowledgedAt: null }]);
  },
  SLOW_UNDER_LOAD,
);

test(
  'a cinema’s contact phone of spaces is told beside the field and not saved',
  async () => {
    const mounted = await mountDesk();
    const { user, desk } = mounted;
    await signIn(user, '李经理', '1111');
    await user.click(await screen.findByRole('menuitem', { name: '电影票' }));
    await user.click(await screen.findByRole('tab', { name: '影院与票种' }));
    await user.click(await screen.findByRole('button', { name: '修改 万达影城' }));
    const dialog = await screen.findByRole('dialog', { name: '修改' });
    const phone = within(dialog).getByLabelText('联系电话');
    const before = (phone as HTMLInputElement).value;
    await retype(user, phone, SPACES);
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(phone).toHaveAccessibleDescription('请填写此项'));
    expect(mounted.calls).not.toContain('tickets.saveCinema');
    const { cinemas } = await desk.ok('tickets.catalogue');
    expect(cinemas.find((c) => c.name === '万达影城')?.contactPhone).toBe(before);
  },
  SLOW_UNDER_LOAD,
);

test(
  'a hold asked for a customer phone of spaces is told beside the field and not requested',
  async () => {
    const mounted = await mountDesk();
    const { user, desk } = mounted;
    const holds = () => desk.ledger.sqlite.prepare('SELECT count(*) AS n FROM holds').get();
    const before = holds();
    await signIn(user, '张伟', '5555');
    await user.click(await screen.findByRole('menuitem', { name: '销控表' }));
    await user.click(await screen.findByRole('combobox', { name: '房源' }));
    await user.click(await screen.findByTitle('1栋-1单元-101'));
    await user.click(screen.getByRole('button', { name: '询问' }));
    await user.click(within(await screen.findByRole('status')).getByRole('button', { name: '申请销控' }));
    const dialog = await screen.findByRole('dialog', { name: /申请销控 1栋-1单元-101/ });
    await user.type(within(dialog).getByLabelText('客户姓名'), '王先生');
    const phone = within(dialog).getByLabelText('客户电话');
    await user.type(phone, `${SPACES}{Enter}`);
    await waitFor(() => expect(phone).toHaveAccessibleDescription('客户电话不能为空字符'));
    expect(mounted.calls).not.toContain('holds.request');
    expect(holds()).toEqual(before);
  },
  SLOW_UNDER_LOAD,
);
