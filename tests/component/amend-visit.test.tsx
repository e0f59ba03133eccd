import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import type { UserEvent } from '@testing-library/user-event';
import type { TestDesk } from '../support/desk';
import { setTodaysOrder, walkIn } from '../support/visits';
import { signIn, useMountDesk } from './desk';

const mountDesk = useMountDesk();

/** 王芳 at the desk; 李女士 walked in and only browsed; the dialog to amend her slip opened. */
async function openSlipOfBrowser(user: UserEvent, desk: TestDesk) {
  await signIn(user, '王芳', '3333');
  await setTodaysOrder(desk);
  const visit = await walkIn(desk, { name: '李女士', phone: '13812345678' });
  const visitId = visit.visit.id;
  await desk.ok('visits.amend', { visitId, outcome: 'browse' });

  await user.click(await screen.findByRole('menuitem', { name: '来访登记' }));
  await user.click(await screen.findByRole('button', { name: '更正或备注 李女士' }));
  const dialog = await screen.findByRole('dialog', { name: '来人条：李女士' });
  return { visitId, dialog };
}

test('the desk corrects a recorded outcome with a reason and appends a note; the slip keeps both entries', async () => {
  const { user, desk } = await mountDesk();
  const { visitId, dialog } = await openSlipOfBrowser(user, desk);
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
  const { user, desk } = await mountDesk();
  const { visitId, dialog } = await openSlipOfBrowser(user, desk);
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
