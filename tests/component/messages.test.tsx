import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { signIn, useMountDesk, type MountedDesk } from './desk';
import { openRevealOfLiNvShi } from './revealDialog';

const SLOW = { timeout: 8000 };
const SLOW_UNDER_LOAD = 60_000;
const mountDesk = useMountDesk();

async function pick(user: MountedDesk['user'], label: string, name: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click((await screen.findAllByTitle(name)).at(-1)!);
}

test(
  'the desk takes a message for a consultant who is out; it waits in the desk’s list',
  async () => {
    const { user, desk } = await mountDesk();
    await signIn(user, '王芳', '3333');
    await user.click(await screen.findByRole('menuitem', { name: '留言' }));
    await pick(user, '留给谁', '张伟');
    await user.type(screen.getByLabelText('来电/来访人'), '刘先生');
    await user.type(screen.getByLabelText('电话'), '139 0000 1111');
    await user.type(screen.getByLabelText('什么事'), '想再看一次 3-1-302');
    await user.click(screen.getByRole('button', { name: '记下留言' }));
    expect(await screen.findByText('已留言给 张伟', {}, SLOW)).toBeInTheDocument();
    const waiting = screen.getByRole('table', { name: '待回电的留言' });
    await waitFor(() => expect(within(waiting).getByText('想再看一次 3-1-302')).toBeInTheDocument(), SLOW);
    expect(desk.ledger.sqlite.prepare('SELECT caller_phone, about FROM messages').all()).toEqual([
      { caller_phone: '13900001111', about: '想再看一次 3-1-302' },
    ]);
  },
  SLOW_UNDER_LOAD,
);

test(
  'the consultant finds the message left for him and records his call back',
  async () => {
    const { user, desk } = await mountDesk();
    await desk.signInAs('王芳');
    await desk.ok('messages.leave', {
      forUserId: desk.userId('张伟'),
      via: 'visit',
      callerName: '刘先生',
      about: '送来了身份证复印件',
      callBackBy: '2026-11-23T06:00:00.000Z',
    });
    await desk.ok('auth.signOut');
    await signIn(user, '张伟', '5555');
    await user.click(await screen.findByRole('menuitem', { name: '留言' }));
    const mine = await screen.findByRole('table', { name: '给我的留言' }, SLOW);
    await user.click(await within(mine).findByRole('button', { name: '刘先生 的留言已回电' }, SLOW));
    const dialog = await screen.findByRole('dialog', { name: '已回电：刘先生' });
    await user.type(within(dialog).getByLabelText('结果'), '周六来签约{Enter}');
    await waitFor(
      () => expect(within(mine).getByText(/已回电 .*（张伟）：周六来签约/)).toBeInTheDocument(),
      SLOW,
    );
    // a consultant does not get the desk's list of everyone's messages
    expect(screen.queryByRole('table', { name: '待回电的留言' })).not.toBeInTheDocument();
  },
  SLOW_UNDER_LOAD,
);

test(
  'a masked number is shown in full only with a reason and the manager’s PIN, in its own window',
  async () => {
    const mounted = await mountDesk();
    const { user, desk } = mounted;
    const dialog = await openRevealOfLiNvShi(mounted);
    await user.type(within(dialog).getByLabelText('原因'), '客户要求回拨');
    await pick(user, '批准的专案经理', '李经理');
    await user.type(within(dialog).getByLabelText('专案经理 PIN'), '0000{Enter}');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('PIN 或密码错误');
    await user.clear(within(dialog).getByLabelText('专案经理 PIN'));
    await user.type(within(dialog).getByLabelText('专案经理 PIN'), '1111{Enter}');
    expect(await screen.findByText('13812345678', {}, SLOW)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '看完了' }));
    await waitFor(() => expect(screen.queryByText('13812345678')).not.toBeInTheDocument());
    expect(desk.ledger.sqlite.prepare('SELECT reason FROM phone_disclosures').all()).toEqual([
      { reason: '客户要求回拨' },
    ]);
  },
  SLOW_UNDER_LOAD,
);
