import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { sentDuring, useMountDesk } from './desk';
import { openSale, openSlip, soldCount, visits } from './fastForms';

// Enter pressed twice before the first answer is in (a double tap, an impatient second press):
// the fast forms send within the key, long before the page shows them busy, and each press sold
// the tickets again or logged the visitor twice. The second press is dropped while the first is
// under way (a slip that goes through antd's checks: double-press-forms.test.tsx).

const mountDesk = useMountDesk();

const movements = async (desk: Parameters<typeof soldCount>[0]) =>
  (await desk.ok('tickets.movements', {})).filter((m) => m.kind === 'sold').length;

test('a sale sent twice before its answer sells once', async () => {
  const mounted = await mountDesk();
  const { user, desk } = mounted;
  const sale = await openSale(mounted);
  const count = within(sale).getByLabelText('张数');
  await user.clear(count);
  await user.type(count, '2');

  const sent = sentDuring(mounted, () => {
    fireEvent.submit(sale);
    fireEvent.submit(sale);
  });
  expect(sent).toEqual(['tickets.sell']);
  await waitFor(async () => expect(await soldCount(desk)).toBe(2));
  await waitFor(() => expect(within(sale).getByLabelText('张数')).toHaveValue('1'));
  expect(mounted.calls.filter((c) => c === 'tickets.sell')).toHaveLength(1);
  expect(await movements(desk)).toBe(1);

  // once answered, the next sale goes as usual
  await user.clear(count);
  await user.type(count, '3');
  expect(sentDuring(mounted, () => fireEvent.submit(sale))).toEqual(['tickets.sell']);
  await waitFor(async () => expect(await soldCount(desk)).toBe(5));
});

test('a walk-in sent twice before its answer is one visit', async () => {
  const mounted = await mountDesk();
  const { user, desk } = mounted;
  const form = await openSlip(mounted);
  await user.type(screen.getByLabelText('客户称呼'), '李女士');

  const sent = sentDuring(mounted, () => {
    fireEvent.submit(form);
    fireEvent.submit(form);
  });
  expect(sent).toEqual(['visits.record']);
  await waitFor(() => expect(visits(desk)).toBe(1));
  await waitFor(() => expect(screen.getByLabelText('客户称呼')).toHaveValue(''));
  expect(mounted.calls.filter((c) => c === 'visits.record')).toHaveLength(1);
  expect(visits(desk)).toBe(1);
});
