import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { demoTypes } from '../support/tickets';
import { signIn, useMountDesk, type MountedDesk, type MountOptions } from './desk';
import { openSlip, typeEmojiName, visits } from './fastForms';

// A second Enter pressed once the first submit's checks have passed, while its call is still
// under way (a slow host, a loaded machine): antd hands the values on again, and each press
// wrote again — tickets received twice, a call logged twice, a message left twice. The host
// holds the write's answer here until the second press has had every chance to send.

const SLOW = { timeout: 8000 };
const SLOW_UNDER_LOAD = 60_000;
const mountDesk = useMountDesk();

/** A desk whose answers on `channel` wait until `release()` (the call itself is counted at once). */
async function mountHolding(channel: string): Promise<MountedDesk & { release: () => void }> {
  let release!: () => void;
  const until = new Promise<void>((resolve) => (release = resolve));
  const hold: MountOptions['hold'] = { channel, until };
  return { ...(await mountDesk({ hold })), release };
}

const sent = (mounted: MountedDesk, channel: string) => mounted.calls.filter((c) => c === channel).length;

/**
 * Submits `form` once, waits for its call to go out, then submits again and gives the second
 * submit's checks time to pass and hand the values on (they run within promises; a timer turn
 * is ample), before the first call is answered.
 */
async function pressTwice(
  mounted: MountedDesk & { release: () => void },
  form: HTMLElement,
  channel: string,
) {
  fireEvent.submit(form);
  await waitFor(() => expect(sent(mounted, channel)).toBe(1), SLOW);
  fireEvent.submit(form);
  await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
  mounted.release();
}

async function pick(user: MountedDesk['user'], scope: HTMLElement, label: string, name: string) {
  await user.click(within(scope).getByRole('combobox', { name: label }));
  await user.click((await screen.findAllByTitle(name)).at(-1)!);
}

const count = (mounted: MountedDesk, sql: string) =>
  (mounted.desk.ledger.sqlite.prepare(sql).get() as { n: number }).n;

/** Presses twice on `form` (see pressTwice); one call on `channel`, one toast, one more row. */
async function writtenOnce(
  mounted: MountedDesk & { release: () => void },
  form: HTMLElement,
  { channel, toast, rows }: { channel: string; toast: string | RegExp; rows: string },
) {
  const before = count(mounted, rows);
  await pressTwice(mounted, form, channel);
  await screen.findAllByText(toast, {}, SLOW);
  expect(sent(mounted, channel)).toBe(1);
  expect(screen.getAllByText(toast)).toHaveLength(1);
  expect(count(mounted, rows)).toBe(before + 1);
}

test(
  'tickets received, submitted again while the receipt is under way, are received once',
  async () => {
    const mounted = await mountHolding('tickets.receive');
    const { user, desk } = mounted;
    const { twoD } = await demoTypes(desk);
    await signIn(user, '王芳', '3333');
    await user.click(await screen.findByRole('menuitem', { name: '电影票' }));
    const form = await screen.findByRole('form', { name: '影院送票入库' }, SLOW);
    await pick(user, form, '票种', '2D 电影票');
    await user.type(within(form).getByLabelText('张数'), '20');

    const onHand = (await desk.ok('tickets.stock')).find((l) => l.typeId === twoD)!.onHand;

    await writtenOnce(mounted, form, {
      channel: 'tickets.receive',
      toast: '已入库 20 张 2D 电影票',
      rows: `SELECT count(*) AS n FROM ticket_movements WHERE kind = 'received'`,
    });
    expect((await desk.ok('tickets.stock')).find((l) => l.typeId === twoD)!.onHand).toBe(onHand + 20);
  },
  SLOW_UNDER_LOAD,
);

test(
  'a call submitted again while it is being logged is logged once',
  async () => {
    const mounted = await mountHolding('calls.record');
    const { user } = mounted;
    await signIn(user, '王芳', '3333');
    await user.click(await screen.findByRole('menuitem', { name: '来电登记' }));
    const card = await screen.findByRole('heading', { name: '登记来电' }, SLOW);
    const form = card.closest('.ant-card')!.querySelector<HTMLFormElement>('form')!;
    await user.type(within(form).getByLabelText('来电人称呼'), '周先生');

    await writtenOnce(mounted, form, {
      channel: 'calls.record',
      toast: /已登记 周先生 的来电/,
      rows: 'SELECT count(*) AS n FROM calls',
    });
  },
  SLOW_UNDER_LOAD,
);

test(
  'a message submitted again while it is being left is left once',
  async () => {
    const mounted = await mountHolding('messages.leave');
    const { user } = mounted;
    await signIn(user, '王芳', '3333');
    await user.click(await screen.findByRole('menuitem', { name: '留言' }));
    const button = await screen.findByRole('button', { name: '记下留言' }, SLOW);
    const form = button.closest('form')!;
    await pick(user, form, '留给谁', '张伟');
    await user.type(within(form).getByLabelText('来电/来访人'), '刘先生');
    await user.type(within(form).getByLabelText('什么事'), '想再看一次 3-1-302');

    await writtenOnce(mounted, form, {
      channel: 'messages.leave',
      toast: '已留言给 张伟',
      rows: 'SELECT count(*) AS n FROM messages',
    });
  },
  SLOW_UNDER_LOAD,
);

test(
  'the day’s order set with a double click is set once',
  async () => {
    const mounted = await mountHolding('rotation.setOrder');
    const { user } = mounted;
    await signIn(user, '王芳', '3333');
    await user.click(await screen.findByRole('menuitem', { name: '来访登记' }));
    await user.click(await screen.findByLabelText('当值顾问（按顺序）', {}, SLOW));
    await user.click((await screen.findAllByTitle('张伟')).at(-1)!);
    const button = screen.getByRole('button', { name: '排定今日轮排' });

    await user.click(button);
    await waitFor(() => expect(sent(mounted, 'rotation.setOrder')).toBe(1), SLOW);
    await user.click(button);
    mounted.release();
    await waitFor(
      () => expect(screen.queryByRole('button', { name: '排定今日轮排' })).not.toBeInTheDocument(),
      SLOW,
    );
    expect(sent(mounted, 'rotation.setOrder')).toBe(1);
  },
  SLOW_UNDER_LOAD,
);

test(
  'a walk-in slip that goes through the rules, submitted again while it is being saved, is one visit',
  async () => {
    const mounted = await mountHolding('visits.record');
    const form = await openSlip(mounted);
    await typeEmojiName(mounted); // past the send-at-once count: antd's checks hand the values on

    await pressTwice(mounted, form, 'visits.record');
    await waitFor(() => expect(visits(mounted.desk)).toBe(1), SLOW);
    await waitFor(() => expect(screen.getByLabelText('客户称呼')).toHaveValue(''), SLOW);
    expect(sent(mounted, 'visits.record')).toBe(1);
    expect(visits(mounted.desk)).toBe(1);
  },
  SLOW_UNDER_LOAD,
);
