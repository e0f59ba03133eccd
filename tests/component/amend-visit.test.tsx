import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { setTodaysOrder, walkIn } from '../support/visits';
import { signIn, useMountDesk } from './desk';

const mountDesk = useMountDesk();

test('the desk corrects a recorded outcome with a reason and appends a note; the slip keeps both entries', async () => {
  const mounted = await mountDesk();
  const { user, desk } = mounted;
  await signIn(user, '王芳', '3333');
  await setTodaysOrder(desk);
  const visit = await walkIn(desk, { name: '李女士', phone: '13812345678' });
  const visitId = visit.visit.id;
  await desk.ok('visits.amend', { visitId, outcome: 'browse' });

  await user.click(await screen.findByRole('menuitem', { name: '来访登记' }));
  await user.click(await screen.findByRole('button', { name: '更正或备注 李女士' }));
  const dialog = await screen.findByRole('dialog', { name: '来人条：李女士' });
  await user.click(within(dialog).getByRole('combobox', { name: '结果' }));
  await user.click(await screen.findByTitle('留电'));
  // a changed outcome asks for its reason before anything is sent
  await user.click(within(dialog).getByRole('button', { name: '追加到来人条' }));
  expect(await within(dialog).findByText('请填写此项', {}, { timeout: 10_000 })).toBeInTheDocument();
  await user.type(within(dialog).getByLabelText('更正原因'), '客户补留了电话');
  await user.type(within(dialog).getByLabelText('备注'), '周末再来看样板间');
  await user.click(within(dialog).getByRole('button', { name: '追加到来人条' }));

  await waitFor(async () => {
    const day = await desk.ok('visits.day', {});
    expect(day.visits.find((v) => v.id === visitId)).toMatchObject({
      outcome: 'left_phone',
      notes: ['周末再来看样板间'],
    });
  });
  // appended, never overwritten: the first outcome and the correction are both on the slip
  const entries = desk.ledger.sqlite
    .prepare('SELECT count(*) n FROM visit_updates WHERE visit_id = ?')
    .get(visitId);
  expect((entries as { n: number }).n).toBeGreaterThanOrEqual(3);
});

test('a changed outcome still asks for its reason when the button is pressed at once, before the reason field is drawn', async () => {
  const mounted = await mountDesk();
  const { user, desk } = mounted;
  await signIn(user, '王芳', '3333');
  await setTodaysOrder(desk);
  const visit = await walkIn(desk, { name: '李女士', phone: '13812345678' });
  const visitId = visit.visit.id;
  await desk.ok('visits.amend', { visitId, outcome: 'browse' });

  await user.click(await screen.findByRole('menuitem', { name: '来访登记' }));
  await user.click(await screen.findByRole('button', { name: '更正或备注 李女士' }));
  const dialog = await screen.findByRole('dialog', { name: '来人条：李女士' });
  await user.click(within(dialog).getByRole('combobox', { name: '结果' }));
  const option = await screen.findByTitle('留电');
  const save = within(dialog).getByRole('button', { name: '追加到来人条' });
  // One quick hand: the pick and the click in one go, so the form has not yet drawn the reason
  // field the new outcome calls for (it learns of the pick on a timer) when the button is pressed.
  await user.pointer([
    { keys: '[MouseLeft]', target: option },
    { keys: '[MouseLeft]', target: save },
  ]);
  expect(await within(dialog).findByText('请填写此项')).toBeInTheDocument();
  expect(within(dialog).getByLabelText('更正原因')).toBeInTheDocument();
  // nothing was sent: the outcome is still the first one
  const day = await desk.ok('visits.day', {});
  expect(day.visits.find((v) => v.id === visitId)?.outcome).toBe('browse');
});
