import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { setTodaysOrder, walkIn } from '../support/visits';
import { signIn, useMountDesk } from './desk';

const SLOW = { timeout: 8000 };

const mountDesk = useMountDesk();
afterEach(() => {
  vi.restoreAllMocks(); // after-hooks run in reverse: mocks go before the desk closes
});

function slipValue(slip: HTMLElement, label: string): string {
  const header = within(slip).getByRole('rowheader', { name: label });
  return header.closest('tr')!.querySelector('td')!.textContent ?? '';
}

test('the visit slip prints from today’s visitors: an A4 sheet in Chinese with the phone as masked as the desk sees it', async () => {
  const mounted = await mountDesk();
  const { user, desk } = mounted;
  await signIn(user, '王芳', '3333');
  await setTodaysOrder(desk);
  const recorded = await walkIn(desk, { name: '李女士', phone: '13812345678', partySize: 2 });
  await desk.ok('visits.amend', { visitId: recorded.visit.id, note: '想看南向三房' });
  const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);

  await user.click(await screen.findByRole('menuitem', { name: '来访登记' }));
  await user.click(await screen.findByRole('button', { name: '打印 李女士 的来人条' }, SLOW));
  const dialog = await screen.findByRole('dialog', { name: '打印来人条：李女士' });
  const slip = within(dialog).getByRole('article', { name: '魅力晶都 来人条' });
  expect(slipValue(slip, '来人条编号')).toBe(String(recorded.visit.id));
  expect(slipValue(slip, '客户称呼')).toBe('李女士');
  expect(slipValue(slip, '电话')).toBe('138****5678');
  expect(slip).not.toHaveTextContent('13812345678');
  expect(slipValue(slip, '来访人数')).toBe('2');
  expect(slipValue(slip, '接待顾问')).toBe('张伟（轮排）');
  expect(slipValue(slip, '备注')).toBe('想看南向三房');
  expect(slipValue(slip, '登记人')).toBe('王芳');
  expect(within(slip).getByText('接待顾问签字：')).toBeInTheDocument();
  expect(document.body).toHaveClass('printing-visit-slip'); // print.css shows only the slip

  // the focus starts on Print: Enter prints
  const printButton = within(dialog).getByRole('button', { name: /^打\s?印$/ });
  await waitFor(() => expect(printButton).toHaveFocus());
  await user.keyboard('{Enter}');
  expect(print).toHaveBeenCalledTimes(1);

  await user.keyboard('{Escape}');
  await waitFor(() =>
    expect(screen.queryByRole('dialog', { name: '打印来人条：李女士' })).not.toBeInTheDocument(),
  );
  expect(document.body).not.toHaveClass('printing-visit-slip');
});

test('the slip stays Chinese on an English screen', async () => {
  localStorage.setItem('sitedesk.language', 'en');
  const mounted = await mountDesk({ language: 'en' });
  const { user, desk } = mounted;
  await signIn(user, '王芳', '3333');
  await setTodaysOrder(desk);
  await walkIn(desk, { name: 'Mr Li' });
  await user.click(await screen.findByRole('menuitem', { name: 'Visitors' }));
  await user.click(await screen.findByRole('button', { name: 'Print the visit slip of Mr Li' }, SLOW));
  const dialog = await screen.findByRole('dialog', { name: 'Print visit slip: Mr Li' });
  const slip = within(dialog).getByRole('article', { name: '魅力晶都 来人条' });
  expect(slip).toHaveAttribute('lang', 'zh-CN');
  expect(slipValue(slip, '客户称呼')).toBe('Mr Li');
  expect(within(dialog).getByRole('button', { name: 'Print' })).toBeInTheDocument();
});
