import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { VISITS_PAGE } from '../../shared/contract/visits';
import { setTodaysOrder, walkIn } from '../support/visits';
import { signIn, useMountDesk } from './desk';

const mountDesk = useMountDesk();

test('a busy day’s visitors come a page at a time, the latest first; the in-office filter asks the ledger again', async () => {
  const mounted = await mountDesk();
  const { user, desk } = mounted;
  await signIn(user, '王芳', '3333');
  await setTodaysOrder(desk);
  const ids: number[] = [];
  // a full first page and three more: 客户0 came first, the latest heads page 1
  const last = VISITS_PAGE + 2;
  for (let i = 0; i <= last; i++) {
    desk.clock.advance(60_000);
    ids.push(
      (await walkIn(desk, { name: `客户${i}`, phone: `1390000${String(i).padStart(4, '0')}` })).visit.id,
    );
  }
  await desk.ok('visits.leave', { visitId: ids[1]! });

  await user.click(await screen.findByRole('menuitem', { name: '来访登记' }));
  const table = await screen.findByRole('table', { name: '今日来访' });
  const names = () =>
    within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[1]!.textContent ?? '');
  await waitFor(() => expect(names()).toHaveLength(VISITS_PAGE));
  expect(names()[0]).toContain(`客户${last}`);
  expect(screen.getByText(`共 ${last + 1} 组，最新到访在前`)).toBeInTheDocument();
  expect(screen.getByText(`在场 ${last} 组`)).toBeInTheDocument();

  await user.click(screen.getByTitle('2'));
  await waitFor(() => expect(names()).toHaveLength(3));
  expect(names().map((n) => n.replace(/\s.*$/, ''))).toEqual(['客户2', '客户1', '客户0']);

  // only those still in the office: 客户1 left; the list starts again at its first page
  await user.click(screen.getByText('只看在场'));
  await waitFor(() => expect(screen.getByText(`共 ${last} 组，最新到访在前`)).toBeInTheDocument());
  await waitFor(() => expect(names()[0]).toContain(`客户${last}`));
  await user.click(screen.getByTitle('2'));
  await waitFor(() => expect(names()).toHaveLength(2));
  expect(names().map((n) => n.replace(/\s.*$/, ''))).toEqual(['客户2', '客户0']);
}, 120_000);
