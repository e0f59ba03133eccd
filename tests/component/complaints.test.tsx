import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { fileComplaint, seat } from '../support/complaints';
import { signIn, useMountDesk } from './desk';

const mountDesk = useMountDesk();

/** Several antd forms typed through in jsdom; the shared CI machine is slow. */
const SLOW_UNDER_LOAD = 90_000;

/** Picks an option of an antd select by its label, the way a person does with the mouse. */
async function choose(user: Parameters<typeof signIn>[0], label: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  const options = await screen.findAllByTitle(option);
  await user.click(options[options.length - 1]!);
}

test(
  'the receptionist files the card from the keyboard; a card without its text is refused on the form',
  async () => {
    const { user, desk } = await mountDesk();
    await signIn(user, '王芳', '3333');
    await user.click(await screen.findByRole('menuitem', { name: '客户投诉' }));

    await user.type(await screen.findByLabelText('客户电话'), '13812345678');
    await user.type(screen.getByLabelText('客户姓名'), '李女士');
    await user.click(screen.getByRole('radio', { name: '来电' }));
    await choose(user, '投诉类别', '服务态度');
    await choose(user, '被投诉员工', '张伟');
    await user.click(screen.getByRole('button', { name: '登记投诉' }));
    // the complaint and the request are required: nothing is filed
    expect(await screen.findAllByText('请填写此项')).toHaveLength(2);
    await desk.signInAs('李经理');
    expect(await desk.ok('complaints.list', { view: 'all' })).toEqual([]);
    seat(desk, '王芳');

    await user.type(screen.getByLabelText('投诉内容'), '接待时态度冷淡');
    await user.type(screen.getByLabelText('客户要求'), '道歉并换一位顾问{Control>}{Enter}{/Control}');
    expect(await screen.findByText(/已登记投诉 TS-2026-0001/)).toBeInTheDocument();

    // the card opens beside the list: its deadlines, the first reply first
    const drawer = await screen.findByRole('dialog', { name: '投诉 TS-2026-0001' });
    const deadlines = await within(drawer).findByRole('table', { name: '时限' });
    expect(within(deadlines).getByText('首次回复')).toBeInTheDocument();
    expect(within(deadlines).getByText('最迟结案')).toBeInTheDocument();

    const [filed] = await desk.ok('complaints.list', { view: 'all' });
    expect(filed).toMatchObject({
      no: 'TS-2026-0001',
      channel: 'phone',
      kind: 'service',
      target: 'staff',
      subjectName: '张伟',
      customerName: '李女士',
      state: 'new',
    });
    // the phone is masked as everywhere
    expect(filed!.customerPhone).not.toContain('12345678');
  },
  SLOW_UNDER_LOAD,
);

test(
  'the manager assigns a handler: the person complained about is not offered, and the assignment is kept',
  async () => {
    const { user, desk } = await mountDesk();
    await desk.signInAs('王芳');
    const filed = await fileComplaint(desk);
    await signIn(user, '李经理', '1111');
    await user.click(await screen.findByRole('menuitem', { name: '客户投诉' }));

    await user.click(await screen.findByRole('button', { name: `查看 ${filed.no}` }));
    const drawer = await screen.findByRole('dialog', { name: `投诉 ${filed.no}` });
    await user.click(within(drawer).getByRole('button', { name: '指派处理人' }));
    const dialog = await screen.findByRole('dialog', { name: `指派处理人：${filed.no}` });
    await user.click(within(dialog).getByRole('combobox', { name: '处理人' }));
    await screen.findAllByTitle('孙丽');
    expect(screen.queryByTitle('张伟')).toBeNull();
    const options = await screen.findAllByTitle('孙丽');
    await user.click(options[options.length - 1]!);
    await user.click(within(dialog).getByRole('button', { name: '指派处理人' }));

    expect(await screen.findByText('已指派 孙丽 处理')).toBeInTheDocument();
    const after = await desk.ok('complaints.get', { complaintId: filed.id });
    expect(after).toMatchObject({ state: 'open', handlerName: '孙丽' });
    // the due times were left as offered: the defaults of the settings
    const reply = after.deadlines.find((d) => d.deadline === 'reply')!;
    expect(Date.parse(reply.due!) - Date.parse(after.receivedAt)).toBe(120 * 60_000);
    expect(await within(drawer).findByText(/处理人：孙丽/)).toBeInTheDocument();
  },
  SLOW_UNDER_LOAD,
);

test(
  "the complaint deadlines are on the settings page with the rulebook's words; a change is saved",
  async () => {
    const { user, desk } = await mountDesk();
    await signIn(user, '系统管理员', '900000');
    await user.click(await screen.findByRole('menuitem', { name: '设置' }));
    const reply = await screen.findByLabelText('首次回复时限（分钟）');
    await waitFor(() => expect(reply).toHaveValue('120'));
    expect(screen.getByText(/2 小时内回复客户（000:521）/)).toBeInTheDocument();
    expect(screen.getByLabelText('处理时限（天）')).toHaveValue('3');
    expect(screen.getByLabelText('最迟结案（天）')).toHaveValue('7');

    await user.clear(reply);
    await user.type(reply, '90{Enter}');
    expect(await screen.findByText('设置已保存')).toBeInTheDocument();
    const saved = await desk.ok('settings.get');
    expect(saved.complaintReplyMinutes).toBe(90);
    expect(saved.complaintHandleDays).toBe(3);
  },
  SLOW_UNDER_LOAD,
);

test(
  "a customer's complaints are listed under their line in the customer search, and open there",
  async () => {
    const { user, desk } = await mountDesk();
    await desk.signInAs('王芳');
    const filed = await fileComplaint(desk, {
      customer: { kind: 'person', name: '欧阳女士', phone: '13812345678' },
    });
    await signIn(user, '王芳', '3333');
    await user.click(await screen.findByRole('menuitem', { name: '来访登记' }));

    await user.click(screen.getByRole('searchbox', { name: '查找客户' }));
    await user.keyboard('欧阳女士');
    const results = await screen.findByRole('table', { name: '查找结果' }, { timeout: 8000 });
    await waitFor(() => expect(within(results).getByText('欧阳女士')).toBeInTheDocument(), {
      timeout: 8000,
    });
    await user.click(within(results).getByRole('button', { name: /展开行|Expand row/ }));
    const theirs = await screen.findByRole('table', { name: '欧阳女士 的投诉' });
    await user.click(await within(theirs).findByRole('button', { name: `查看 ${filed.no}` }));
    expect(await screen.findByRole('dialog', { name: `投诉 ${filed.no}` })).toBeInTheDocument();
  },
  SLOW_UNDER_LOAD,
);

// The form learns of a changed choice on a timer; a quick click on submit right after picking
// the department is handled first. The card must still ask for the department, not send the
// complaint without it.
test(
  'picking the department and submitting at once asks for the department; nothing is filed',
  async () => {
    const { user, desk } = await mountDesk();
    await signIn(user, '王芳', '3333');
    await user.click(await screen.findByRole('menuitem', { name: '客户投诉' }));

    await user.type(await screen.findByLabelText('客户姓名'), '李女士');
    await choose(user, '投诉类别', '服务态度');
    await choose(user, '被投诉员工', '张伟');
    await user.type(screen.getByLabelText('投诉内容'), '前台接待态度冷淡');
    await user.type(screen.getByLabelText('客户要求'), '道歉');

    await user.pointer([
      { keys: '[MouseLeft]', target: screen.getByRole('radio', { name: '部门' }) },
      { keys: '[MouseLeft]', target: screen.getByRole('button', { name: '登记投诉' }) },
    ]);

    const department = await screen.findByRole('combobox', { name: '被投诉部门' });
    const item = department.closest<HTMLElement>('.ant-form-item')!;
    expect(await within(item).findByText('请填写此项')).toBeInTheDocument();
    await desk.signInAs('李经理');
    expect(await desk.ok('complaints.list', { view: 'all' })).toEqual([]);
  },
  SLOW_UNDER_LOAD,
);
