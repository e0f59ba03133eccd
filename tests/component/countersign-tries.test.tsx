import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { signIn, useMountDesk } from './desk';

const mountDesk = useMountDesk();

/** Several antd dialogs typed through in jsdom; the shared CI machine is slow. */
const SLOW_UNDER_LOAD = 60_000;

/**
 * Every countersign's PIN field says how many wrong PINs the person picked may still type
 * before the lock-out (the shared CountersignPin), read again when the field is entered.
 */
test(
  'the restricted key’s manager PIN shows the tries left, one fewer after a wrong PIN',
  async () => {
    const { user } = await mountDesk();
    await signIn(user, '王芳', '3333');
    await user.click(await screen.findByRole('menuitem', { name: '钥匙' }));
    await screen.findAllByRole('cell', { name: '样板房 A 钥匙' });
    await user.type(screen.getByLabelText('钥匙编号'), 'XK{Enter}');
    const dialog = await screen.findByRole('dialog', { name: /借出 XK/ });
    expect(within(dialog).queryByText(/还可输错/)).toBeNull(); // nobody picked yet
    await user.click(within(dialog).getByRole('combobox', { name: '员工' }));
    await user.click(await screen.findByTitle('刘敏'));
    await user.type(within(dialog).getByLabelText('用途'), '取认购书');
    await user.click(within(dialog).getByRole('combobox', { name: '会签经理' }));
    await user.click((await screen.findAllByTitle('李经理')).at(-1)!);
    expect(await within(dialog).findByText('李经理 还可输错 5 次，之后将被锁定')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('会签 PIN'), '9999{Enter}');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('PIN 或密码错误');
    await user.clear(within(dialog).getByLabelText('会签 PIN')); // typing again: asked again
    expect(await within(dialog).findByText('李经理 还可输错 4 次，之后将被锁定')).toBeInTheDocument();
    // four more wrong PINs lock him out: the line says until when
    for (let left = 3; left >= 0; left--) {
      await user.type(within(dialog).getByLabelText('会签 PIN'), '9999{Enter}');
      await waitFor(() => expect(within(dialog).getByRole('alert')).toHaveTextContent(/PIN|锁定/));
      await user.clear(within(dialog).getByLabelText('会签 PIN'));
      const line =
        left > 0 ? `李经理 还可输错 ${left} 次，之后将被锁定` : /^李经理 已被锁定，请于 \d\d:\d\d 后再试$/;
      expect(await within(dialog).findByText(line)).toBeInTheDocument();
    }
  },
  SLOW_UNDER_LOAD,
);

test(
  'a person given by the dialog (the incoming person of a handover) shows theirs too',
  async () => {
    const { user, desk } = await mountDesk();
    await signIn(user, '王芳', '3333');
    await user.click(await screen.findByRole('menuitem', { name: '交接班' }));
    const incoming = await screen.findByRole('combobox', { name: '接班人' });
    await user.click(incoming);
    await user.click(await screen.findByTitle('陈静'));
    await user.click(screen.getByRole('button', { name: '保存交接，请接班人核对' }));
    await screen.findByRole('heading', { name: /接班核对：王芳 → 陈静/ });
    const { handoverItems } = await desk.ok('settings.get');
    for (const item of handoverItems)
      await user.type(screen.getByLabelText(`${item.name} 清点数`), String(item.count));
    for (const tickets of screen.queryAllByLabelText(/ 清点张数$/)) await user.type(tickets, '0');
    await user.type(screen.getByLabelText('清点票款（元）'), '0');
    for (const group of screen.getAllByRole('radiogroup', { name: / 核对$/ }))
      await user.click(within(group).getByRole('radio', { name: '相符' }));
    await user.click(screen.getByRole('button', { name: '核对差异' }));
    await screen.findByRole('region', { name: '差异汇总' });
    expect(await screen.findByText('陈静 还可输错 5 次，之后将被锁定')).toBeInTheDocument();
    await user.type(screen.getByLabelText('陈静 的 PIN'), '0000{Enter}');
    expect(await screen.findByText(/PIN 或密码错误/)).toBeInTheDocument();
    // the form empties the PIN after a refusal: the count is asked again
    expect(await screen.findByText('陈静 还可输错 4 次，之后将被锁定')).toBeInTheDocument();
  },
  SLOW_UNDER_LOAD,
);
