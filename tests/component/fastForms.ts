import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import { demoTypes } from '../support/tickets';
import { setTodaysOrder } from '../support/visits';
import { signIn, type MountedDesk } from './desk';

// The desk's fast forms, opened as a receptionist opens them: the walk-in slip and the quick sale.

const SLOW = { timeout: 8000 };

/** The walk-in slip of 王芳's desk, once it names who receives (the form is ready for keys). */
export async function openSlip(mounted: MountedDesk) {
  const { user, desk } = mounted;
  await signIn(user, '王芳', '3333');
  await setTodaysOrder(desk);
  await user.click(await screen.findByRole('menuitem', { name: '来访登记' }));
  await waitFor(() => expect(screen.getByLabelText('电话')).toHaveFocus(), SLOW);
  await waitFor(() => expect(document.querySelector('.walk-in-receiver')).toHaveTextContent('张伟'), SLOW);
  return document.querySelector<HTMLFormElement>('form.walk-in-form')!;
}

/**
 * A name of 21 emoji in the slip, and the field left: 21 characters for the rule (at most 40)
 * but 42 UTF-16 units, past the quick count — antd's checks decide, not the send-at-once path.
 */
export async function typeEmojiName({ user }: MountedDesk): Promise<void> {
  const name = '🙂'.repeat(21);
  fireEvent.change(screen.getByLabelText('客户称呼'), { target: { value: name } });
  await waitFor(() => expect(screen.getByLabelText('客户称呼')).toHaveValue(name));
  await user.click(screen.getByLabelText('来访人数'));
}

export const visits = (desk: MountedDesk['desk']) =>
  (desk.ledger.sqlite.prepare('SELECT count(*) AS n FROM visits').get() as { n: number }).n;

/** The ticket page with 2D in stock, signed in as a receptionist; the sale form has its type. */
export async function openSale({ user, desk }: MountedDesk) {
  const types = await demoTypes(desk);
  await signIn(user, '王芳', '3333');
  await desk.ok('tickets.receive', { typeId: types.twoD, count: 12 });
  await user.click(await screen.findByRole('menuitem', { name: '电影票' }));
  const sale = await screen.findByRole('form', { name: '快速售票' });
  await waitFor(() => expect(within(sale).getAllByText(/2D 电影票/).length).toBeGreaterThan(0));
  return sale as HTMLFormElement;
}

export const soldCount = async (desk: MountedDesk['desk']) =>
  (await desk.ok('tickets.movements', {})).filter((m) => m.kind === 'sold').reduce((n, m) => n - m.delta, 0);
