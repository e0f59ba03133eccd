import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { signIn, useMountDesk } from './desk';

afterEach(() => {
  vi.restoreAllMocks();
});
const mountDesk = useMountDesk(); // after-hooks run in reverse: the desk closes, then mocks go

test("the day sheet page: today's date before any close, the sheet on the page, the .xlsx downloads", async () => {
  const mounted = await mountDesk();
  const { user, calls } = mounted;
  await signIn(user, '王芳', '3333');
  await user.click(await screen.findByRole('menuitem', { name: '日结对账单' }));
  const date = await screen.findByLabelText('营业日');
  expect(date).toHaveFocus();
  await waitFor(() => expect(date).toHaveValue('2026-11-23'));

  // jsdom has no object URLs: stand them in so the download link can be made and clicked.
  const created = vi.fn(() => 'blob:daysheet');
  Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
  const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  await user.click(screen.getByRole('button', { name: '下载对账单 .xlsx' }));
  await waitFor(() => expect(clicked).toHaveBeenCalled());
  expect(calls).toContain('exports.daySheetXlsx');
  expect((clicked.mock.instances[0] as HTMLAnchorElement).download).toBe('日结_2026-11-23_魅力晶都.xlsx');

  const doc = await screen.findByRole('article', { name: '日结对账单' }, { timeout: 15_000 });
  for (const heading of ['汇总', '电影票', '现金', '来访', '来电', '销控', '钥匙', '交接', '签字']) {
    expect(within(doc).getByRole('heading', { name: heading })).toBeInTheDocument();
  }
  expect(within(doc).getByText('未日结')).toBeInTheDocument();
  expect(within(doc).getByText('专案经理')).toBeInTheDocument();
}, 60_000);

test('a future date is refused on the page with the reason', async () => {
  const mounted = await mountDesk();
  const { user } = mounted;
  await signIn(user, '李经理', '1111');
  await user.click(await screen.findByRole('menuitem', { name: '日结对账单' }));
  const date = await screen.findByLabelText('营业日');
  await waitFor(() => expect(date).toHaveValue('2026-11-23'));
  await user.clear(date);
  await user.type(date, '2026-12-01{Enter}');
  expect(await screen.findByText(/2026-12-01 还没到/)).toBeInTheDocument();
}, 60_000);
