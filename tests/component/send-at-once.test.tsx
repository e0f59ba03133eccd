import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { sentDuring, useMountDesk } from './desk';
import { openSale, openSlip, soldCount, typeEmojiName, visits } from './fastForms';

// Enter on the walk-in slip and on the quick sale sends the request within the keypress when
// what is typed certainly passes the form's rules; antd's own submit checked every field first
// (each redrawn twice), ~10 ms before the request left on the desk's PC. Anything in doubt still
// goes through the rules: told beside the field, nothing sent.

const mountDesk = useMountDesk();
const SLOW = { timeout: 8000 };
test('a slip that passes its rules is sent within the keypress, and is the visit written', async () => {
  const mounted = await mountDesk();
  const { user, desk } = mounted;
  const form = await openSlip(mounted);
  await user.type(screen.getByLabelText('电话'), '13812345678');
  await user.type(screen.getByLabelText('客户称呼'), '李女士');
  await user.clear(screen.getByLabelText('来访人数'));
  await user.type(screen.getByLabelText('来访人数'), '3');

  expect(sentDuring(mounted, () => fireEvent.submit(form))).toEqual(['visits.record']);
  await waitFor(() => expect(visits(desk)).toBe(1));
  const row = desk.ledger.sqlite.prepare('SELECT party_size FROM visits').get();
  expect(row).toEqual({ party_size: 3 });
  await waitFor(() => expect(screen.getByLabelText('电话')).toHaveFocus(), SLOW);
});

test('a party typed in full-width digits, as an input method types them, is taken as the number', async () => {
  const mounted = await mountDesk();
  const { user, desk } = mounted;
  const form = await openSlip(mounted);
  await user.type(screen.getByLabelText('客户称呼'), '李女士');
  await user.clear(screen.getByLabelText('来访人数'));
  await user.type(screen.getByLabelText('来访人数'), '１２');

  expect(sentDuring(mounted, () => fireEvent.submit(form))).toEqual(['visits.record']);
  await waitFor(() => expect(visits(desk)).toBe(1));
  expect(desk.ledger.sqlite.prepare('SELECT party_size FROM visits').get()).toEqual({ party_size: 12 });
});

type Typed = { phone?: string; name?: string; party?: string };

test.each<[string, Typed, string, string]>([
  ['a party of 1.5', { party: '1.5' }, '来访人数', '来访人数须为 1–50 的整数'],
  ['a party of -2', { party: '-2' }, '来访人数', '来访人数须为 1–50 的整数'],
  ['a party of 0', { party: '0' }, '来访人数', '来访人数须为 1–50 的整数'],
  ['a party of ５１', { party: '５１' }, '来访人数', '来访人数须为 1–50 的整数'],
  ['a name of spaces', { name: '   ' }, '客户称呼', '请填写此项'],
  ['a phone of letters', { phone: 'abc' }, '电话', '电话号码格式不对'],
])(
  'a slip with %s goes through the rules: told beside the field, nothing sent',
  async (_, typed, field, text) => {
    const mounted = await mountDesk();
    const { user, desk } = mounted;
    const form = await openSlip(mounted);
    if (typed.phone) await user.type(screen.getByLabelText('电话'), typed.phone);
    await user.type(screen.getByLabelText('客户称呼'), typed.name ?? '李女士');
    if (typed.party) {
      await user.clear(screen.getByLabelText('来访人数'));
      await user.type(screen.getByLabelText('来访人数'), typed.party);
    }

    expect(sentDuring(mounted, () => fireEvent.submit(form))).toEqual([]);
    await waitFor(() =>
      expect(screen.getByLabelText(field)).toHaveAccessibleDescription(expect.stringContaining(text)),
    );
    expect(mounted.calls).not.toContain('visits.record');
    expect(visits(desk)).toBe(0);
  },
);

test('a name longer than the rule counts in characters (emoji) goes through the rules, and is taken', async () => {
  const mounted = await mountDesk();
  const { desk } = mounted;
  const form = await openSlip(mounted);
  await typeEmojiName(mounted);

  expect(sentDuring(mounted, () => fireEvent.submit(form))).toEqual([]);
  await waitFor(() => expect(mounted.calls).toContain('visits.record'));
  await waitFor(() => expect(visits(desk)).toBe(1));
});

test('Enter on the closed consultant list sends the slip within the keypress', async () => {
  const mounted = await mountDesk();
  const { user, desk } = mounted;
  await openSlip(mounted);
  await user.type(screen.getByLabelText('客户称呼'), '王先生');
  const dealtWith = screen.getByRole('combobox', { name: '曾与哪位顾问联系过？' });
  dealtWith.focus();
  expect(sentDuring(mounted, () => fireEvent.keyDown(dealtWith, { key: 'Enter', code: 'Enter' }))).toEqual([
    'visits.record',
  ]);
  await waitFor(() => expect(visits(desk)).toBe(1));
});

test('a plain sale that passes its rules is sent within the keypress', async () => {
  const mounted = await mountDesk();
  const { user, desk } = mounted;
  const sale = await openSale(mounted);
  const count = within(sale).getByLabelText('张数');
  await user.clear(count);
  await user.type(count, '2');

  expect(sentDuring(mounted, () => fireEvent.submit(sale))).toEqual(['tickets.sell']);
  await waitFor(async () => expect(await soldCount(desk)).toBe(2));
});

test.each([['1.5'], ['-2'], ['abc'], [''], ['99999999999999999999']])(
  'a sale of %j tickets goes through the rules: told beside the field, nothing sold',
  async (typed) => {
    const mounted = await mountDesk();
    const { user, desk } = mounted;
    const sale = await openSale(mounted);
    const count = within(sale).getByLabelText('张数');
    await user.clear(count);
    if (typed) await user.type(count, typed);

    expect(sentDuring(mounted, () => fireEvent.submit(sale))).toEqual([]);
    await waitFor(() => expect(count.getAttribute('aria-describedby')).toBeTruthy());
    expect(mounted.calls).not.toContain('tickets.sell');
    expect(await soldCount(desk)).toBe(0);
  },
);

test('a sale with 价格不同 ticked goes through the rules: the exception’s fields are asked for', async () => {
  const mounted = await mountDesk();
  const { user, desk } = mounted;
  const sale = await openSale(mounted);
  await user.click(within(sale).getByRole('checkbox', { name: '价格不同' }));

  expect(sentDuring(mounted, () => fireEvent.submit(sale))).toEqual([]);
  const exception = await within(sale).findByRole('group', { name: '例外价格' });
  expect((await within(exception).findAllByText('请填写此项')).length).toBeGreaterThanOrEqual(2);
  expect(mounted.calls).not.toContain('tickets.sell');
  expect(await soldCount(desk)).toBe(0);
});
