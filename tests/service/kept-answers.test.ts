import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import { LEDGER_FILE_NAME } from '../../db/connection';
import { z } from 'zod';
import type { CallContext } from '../../electron/core/context';
import { MOST_KEPT } from '../../electron/core/keptAnswers';
import { contract } from '../../shared/contract';
import { defineCall } from '../../shared/contract/define';
import type { CallDef } from '../../shared/contract/define';
import { tempDir, testDesk, type TestDesk } from '../support/desk';
import { routerWith } from '../support/router';
import { recordStatements, type RanStatement } from '../support/statements';

/**
 * A page's repeated question is answered from memory until the ledger changes
 * (electron/core/keptAnswers.ts). What matters to the desk is that no answer is ever stale: every
 * way the ledger can change is followed by a fresh read.
 */

let desk: TestDesk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

const readsOf = (ran: RanStatement[], table: string) =>
  ran.filter(({ sql }) => new RegExp(`\\b${table}\\b`).test(sql));

async function deskWithOneCall(): Promise<TestDesk> {
  desk = await testDesk();
  await desk.signInAs('王芳');
  await desk.ok('calls.record', { callerName: '钱女士', phone: '13900002222', channel: '其他' });
  return desk;
}

describe('the contract', () => {
  test('only reads are kept, never a background write or an export', () => {
    const kept = Object.entries(contract as Record<string, CallDef>).filter(([, def]) => def.kept);
    expect(kept.length).toBeGreaterThan(40);
    for (const [channel, def] of kept) {
      expect(def.mutates, channel).toBe(false);
      expect(channel, channel).not.toMatch(/export|Xlsx|verify|backups\.|sync\.|auth\./i);
    }
  });
});

describe('a question asked again', () => {
  test('is answered without reading the ledger again, the same answer', async () => {
    const d = await deskWithOneCall();
    const ran = recordStatements(d.ledger.sqlite);
    const first = await d.ok('calls.day', {});
    const readFirst = readsOf(ran, 'calls').length;
    const second = await d.ok('calls.day', {});
    expect(readFirst).toBeGreaterThan(0);
    expect(readsOf(ran, 'calls').length).toBe(readFirst);
    expect(second).toEqual(first);
    expect(first.calls).toHaveLength(1);
  });

  test('is frozen: a caller cannot change what the next one is told', async () => {
    const d = await deskWithOneCall();
    const answer = await d.ok('calls.day', {});
    expect(() => (answer.calls as unknown[]).push({})).toThrow(TypeError);
    expect((await d.ok('calls.day', {})).calls).toHaveLength(1);
  });
});

describe('how many are kept', () => {
  test('beyond the most kept, the oldest question is read from the ledger again', async () => {
    const d = await deskWithOneCall();
    const ran = recordStatements(d.ledger.sqlite);
    const ask = (query: string) => d.ok('customers.search', { query });
    await ask('钱女士');
    const reads = () => readsOf(ran, 'customers').length;
    const once = reads();
    await ask('钱女士');
    expect(reads()).toBe(once); // kept
    for (let i = 0; i < MOST_KEPT; i++) await ask(`客${i}`);
    const before = reads();
    await ask('钱女士');
    expect(reads()).toBeGreaterThan(before); // pushed out by newer questions
  });
});

describe('every change of the ledger is seen at once', () => {
  test('a write through the desk', async () => {
    const d = await deskWithOneCall();
    expect((await d.ok('calls.day', {})).calls).toHaveLength(1);
    await d.ok('calls.record', { callerName: '赵先生', phone: '13900003333', channel: '其他' });
    expect((await d.ok('calls.day', {})).calls.map((c) => c.customer.name).sort()).toEqual([
      '赵先生',
      '钱女士',
    ]);
  });

  test('an act that writes no row but its audit row (a screen lock) is in the audit list', async () => {
    desk = await testDesk();
    await desk.signInAs('李经理');
    // the app's own reads (no one signed in asks them), so the lock does not stand in their way
    const auditList = async () => {
      const res = await desk!.router.call('audit.list', {}, { system: true });
      if (!res.ok) throw new Error(res.error.code);
      return (res.data as { entries: { channel: string }[] }).entries.map((e) => e.channel);
    };
    const before = await auditList();
    expect(before).not.toContain('auth.lock');
    await desk.ok('auth.lock', {});
    expect(await auditList()).toContain('auth.lock');
  });

  test('a refused write that wrote nothing leaves the answers as they were, and they stay true', async () => {
    const d = await deskWithOneCall();
    const first = await d.ok('calls.day', {});
    expect(await d.refused('calls.record', { callerName: '', phone: 'x', channel: '其他' })).toBe(
      'INVALID_INPUT',
    );
    expect(await d.ok('calls.day', {})).toEqual(first);
  });

  test('another program writing the file (a second connection)', async () => {
    const dataDir = tempDir();
    desk = await testDesk({ dataDir });
    await desk.signInAs('李经理');
    expect((await desk.ok('settings.get', {})).projectName).not.toBe('别处改的名字');
    const other = new Database(path.join(dataDir, LEDGER_FILE_NAME));
    other
      .prepare(`UPDATE settings SET value = ? WHERE key = 'projectName'`)
      .run(JSON.stringify('别处改的名字'));
    other.close();
    expect((await desk.ok('settings.get', {})).projectName).toBe('别处改的名字');
  });

  test('another program writing the file while a read is under way: its answer is not kept', async () => {
    const dataDir = tempDir();
    desk = await testDesk({ dataDir });
    await desk.signInAs('李经理');
    let writeMidway = true;
    const router = routerWith(
      desk,
      {
        'test.projectName': defineCall({
          summary: 'the project name as stored',
          access: 'signedIn',
          mutates: false,
          kept: true,
          input: z.object({}).strict(),
          output: z.string(),
        }),
      },
      {
        'test.projectName': async (_input: never, ctx: CallContext) => {
          const row = await ctx.db
            .selectFrom('settings')
            .select('value')
            .where('key', '=', 'projectName')
            .executeTakeFirstOrThrow();
          if (writeMidway) {
            // the read's snapshot is taken; another program commits before the read ends
            writeMidway = false;
            const other = new Database(path.join(dataDir, LEDGER_FILE_NAME));
            other
              .prepare(`UPDATE settings SET value = ? WHERE key = 'projectName'`)
              .run(JSON.stringify('读到一半时改的'));
            other.close();
          }
          return JSON.parse(row.value) as string;
        },
      },
    );
    const ask = async () => {
      const res = await router.call('test.projectName', {});
      if (!res.ok) throw new Error(res.error.code);
      return res.data;
    };
    expect(await ask()).not.toBe('读到一半时改的'); // what the read saw: the file before
    expect(await ask()).toBe('读到一半时改的');
  });

  test('a hand edit on the desk’s own connection', async () => {
    desk = await testDesk();
    await desk.signInAs('李经理');
    await desk.ok('settings.get', {});
    desk.ledger.sqlite
      .prepare(`UPDATE settings SET value = ? WHERE key = 'projectName'`)
      .run(JSON.stringify('手改的名字'));
    expect((await desk.ok('settings.get', {})).projectName).toBe('手改的名字');
  });
});

describe('an answer is kept for its question only', () => {
  test('each person is told what they may see: the same question by someone else is theirs', async () => {
    const d = await deskWithOneCall();
    const receptionist = await d.ok('customers.search', { query: '钱女士' });
    expect(receptionist).toHaveLength(1);
    // the app's own call has no one signed in: a customer search needs someone to be shown to
    const system = await d.router.call('customers.search', { query: '钱女士' }, { system: true });
    expect(system.ok).toBe(false);
    expect(await d.ok('customers.search', { query: '钱女士' })).toEqual(receptionist);
  });

  test('the day rolls over at the cutoff: "today" is the new day', async () => {
    // 03:58 in Shanghai, two minutes before the 04:00 cutoff; nobody idles long enough to lock
    desk = await testDesk({ start: '2026-11-23T19:58:00.000Z' });
    await desk.signInAs('王芳');
    await desk.ok('calls.record', { callerName: '钱女士', phone: '13900002222', channel: '其他' });
    const today = await desk.ok('calls.day', {});
    expect(today.calls).toHaveLength(1);
    desk.clock.advance(3 * 60_000);
    const tomorrow = await desk.ok('calls.day', {});
    expect(tomorrow.date).not.toBe(today.date);
    expect(tomorrow.calls).toEqual([]);
  });

  test('a read that looks at the clock is read afresh: the board’s holds lapse with time', async () => {
    desk = await testDesk();
    await desk.signInAs('李经理');
    const first = await desk.ok('holds.board', {});
    desk.clock.advance(1_000);
    const second = await desk.ok('holds.board', {});
    expect(second.now).not.toBe(first.now);
  });
});
