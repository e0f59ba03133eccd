import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { signIn, useMountDesk, type MountedDesk } from './desk';

const mountDesk = useMountDesk();

async function openKeysAs(name: string, pin: string): Promise<MountedDesk> {
  const mounted = await mountDesk();
  await signIn(mounted.user, name, pin);
  await mounted.user.click(await screen.findByRole('menuitem', { name: '钥匙' }));
  await screen.findAllByRole('cell', { name: '样板房 A 钥匙' });
  return mounted;
}

/** Each scenario types through several antd dialogs in jsdom; the shared CI machine is slow. */
const SLOW_UNDER_LOAD = 60_000;

const rowOf = (tag: string) =>
  screen.getAllByRole('row').find((r) => within(r).queryByRole('cell', { name: tag }) !== null)!;

test(
  'type the tag and Enter: the key is issued to a consultant; the same again returns it',
  async () => {
    const { user, desk } = await openKeysAs('王芳', '3333');
    const tag = screen.getByLabelText('钥匙编号');
    expect(tag).toHaveFocus();
    await user.type(tag, 'bgs{Enter}');
    const dialog = await screen.findByRole('dialog', { name: '借出 BGS 办公室钥匙' });
    await user.click(within(dialog).getByRole('combobox', { name: '员工' }));
    await user.click(await screen.findByTitle('张伟'));
    await user.type(within(dialog).getByLabelText('用途'), '开会议室{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /借出 BGS/ })).not.toBeInTheDocument());
    await waitFor(() => expect(within(rowOf('BGS')).getByText('张伟')).toBeInTheDocument());
    expect(within(rowOf('BGS')).getByText('借出')).toBeInTheDocument();

    await user.type(screen.getByLabelText('钥匙编号'), 'BGS{Enter}');
    await waitFor(() => expect(within(rowOf('BGS')).getByText('在位')).toBeInTheDocument());
    const board = await desk.ok('keys.board', {});
    expect(board.find((k) => k.tag === 'BGS')!.copyStates[0]!.state).toBe('home');
  },
  SLOW_UNDER_LOAD,
);

test(
  'a restricted key asks for the manager and PIN in the same dialog; a wrong PIN is refused there',
  async () => {
    const { user } = await openKeysAs('王芳', '3333');
    await user.type(screen.getByLabelText('钥匙编号'), 'XK{Enter}');
    const dialog = await screen.findByRole('dialog', { name: /借出 XK/ });
    await user.click(within(dialog).getByRole('combobox', { name: '员工' }));
    await user.click(await screen.findByTitle('刘敏'));
    await user.type(within(dialog).getByLabelText('用途'), '取认购书');
    await user.click(within(dialog).getByRole('combobox', { name: '会签经理' }));
    // the staff list's dropdown stays mounted: the manager's option is the newest one
    await user.click((await screen.findAllByTitle('李经理')).at(-1)!);
    await user.type(within(dialog).getByLabelText('会签 PIN'), '9999{Enter}');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('PIN 或密码错误');
    await user.clear(within(dialog).getByLabelText('会签 PIN'));
    await user.type(within(dialog).getByLabelText('会签 PIN'), '1111{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /借出 XK/ })).not.toBeInTheDocument());
    await waitFor(() => expect(within(rowOf('XK')).getByText('刘敏')).toBeInTheDocument());
  },
  SLOW_UNDER_LOAD,
);

test(
  'an unknown tag is said so; the register tab lists movements',
  async () => {
    const { user } = await openKeysAs('王芳', '3333');
    await user.type(screen.getByLabelText('钥匙编号'), 'ZZ{Enter}');
    expect(await screen.findByText('没有编号为“ZZ”的钥匙')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: '借还登记簿' }));
    expect(await screen.findByLabelText('按编号筛选')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: '日结钥匙检查' }));
    expect(await screen.findByText('全部在位或已说明')).toBeInTheDocument();
  },
  SLOW_UNDER_LOAD,
);
