import path from 'node:path';
import { screen, within } from '@testing-library/react';
import BetterSqlite3 from 'better-sqlite3';
import { expect, test } from 'vitest';
import { LEDGER_FILE_NAME } from '../../db/connection';
import { writeAcknowledgedHead } from '../../electron/core/sync/acknowledgedHead';
import { saveHqConnection } from '../../electron/core/sync/connection';
import { recordLastSync } from '../../electron/core/sync/lastSync';
import type { SyncReport } from '../../electron/core/sync/run';
import { signIn, useMountDesk } from './desk';

const mountDesk = useMountDesk();

function auditHash(dataDir: string, id: number): string {
  const db = new BetterSqlite3(path.join(dataDir, LEDGER_FILE_NAME), { readonly: true });
  try {
    return (db.prepare('SELECT hash FROM audit_log WHERE id = ?').get(id) as { hash: string }).hash;
  } finally {
    db.close();
  }
}

function report(state: SyncReport['state'], detail: string | null = null): SyncReport {
  return {
    state,
    officeId: 'demo-mljd',
    at: '2026-11-23T01:30:00.000Z',
    head: null,
    localSeq: 0,
    batches: 1,
    sent: 12,
    accepted: state === 'synced' ? 12 : 0,
    acknowledged: 0,
    detail,
    problemSeq: null,
  };
}

test("the manager sees where the sync stands: not set up, then HQ's head and its fingerprint, then a refusal", async () => {
  const { user, desk } = await mountDesk();
  await signIn(user, '李经理', '1111');
  await user.click(await screen.findByRole('menuitem', { name: '总部同步' }));
  await screen.findByRole('heading', { name: '总部同步' });
  const facts = () => screen.getByRole('table');
  expect(await screen.findByText('demo-mljd')).toBeInTheDocument();
  expect(facts()).toHaveTextContent('未设置：台账不会发往总部');
  expect(facts()).toHaveTextContent('总部尚未确认任何记录');
  expect(facts()).toHaveTextContent('尚未同步');
  expect(screen.queryByRole('alert')).toBeNull();

  // the desk's job synced: HQ acknowledged entry #3
  saveHqConnection(desk.dataDir, 'postgres://sitedesk_hq_office_demo-mljd:secret@hq.example.com/sitedesk_hq');
  writeAcknowledgedHead(desk.dataDir, {
    officeId: 'demo-mljd',
    seq: 3,
    hash: auditHash(desk.dataDir, 3),
    at: '2026-11-23T01:30:00.000Z',
  });
  recordLastSync(desk.dataDir, report('synced'));
  await user.click(await screen.findByRole('button', { name: '刷新' }));
  await within(facts()).findByText('总部已收齐');
  expect(facts()).toHaveTextContent('已设置（台账旁的连接文件）');
  expect(facts()).toHaveTextContent('#3（2026-11-23 09:30:00 确认）');
  expect(facts()).toHaveTextContent(/[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}/);
  expect(facts()).toHaveTextContent('发送 12 条，总部新收 12 条');
  expect(screen.queryByRole('alert')).toBeNull();
  expect(facts()).not.toHaveTextContent('secret');

  // HQ refused the ledger as a fork, and the ledger no longer holds the entry HQ acknowledged
  writeAcknowledgedHead(desk.dataDir, {
    officeId: 'demo-mljd',
    seq: 3,
    hash: 'f'.repeat(64),
    at: '2026-11-23T01:30:00.000Z',
  });
  recordLastSync(desk.dataDir, report('fork', 'HQ holds #3 with hash aaaa, the office offered bbbb'));
  await user.click(await screen.findByRole('button', { name: '刷新' }));
  const alerts = await screen.findAllByRole('alert');
  expect(alerts.map((a) => a.textContent).join('\n')).toMatch(/本店台账与总部已确认的记录不一致/);
  expect(alerts.map((a) => a.textContent).join('\n')).toMatch(
    /同步已停止，请联系总部核查.*总部拒收：台账与总部副本不一致（分叉）/,
  );
  expect(facts()).toHaveTextContent('详情: HQ holds #3 with hash aaaa, the office offered bbbb');
});

test('a receptionist has no such page', async () => {
  const { user } = await mountDesk();
  await signIn(user, '王芳', '3333');
  await screen.findByRole('menuitem', { name: '首页' });
  expect(screen.queryByRole('menuitem', { name: '总部同步' })).toBeNull();
});
