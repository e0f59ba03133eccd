import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { signIn, useMountDesk } from './desk';

const mountDesk = useMountDesk();

/** Several antd fields typed through in jsdom; the shared CI machine is slow. */
const SLOW_UNDER_LOAD = 90_000;

/** Picks an option of an antd select by its label, the way a person does with the mouse. */
async function choose(user: Parameters<typeof signIn>[0], label: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  const options = await screen.findAllByTitle(option);
  await user.click(options[options.length - 1]!);
}

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
