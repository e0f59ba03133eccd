import { afterEach, describe, expect, test } from 'vitest';
import type { TestDesk } from '../support/desk';
import { fullAck, receptionistAt, snapshot, startHandover } from '../support/handover';
import { rowCount } from '../support/rows';
import { countersign, demoTypes } from '../support/tickets';

/**
 * The incoming person's count (SPEC §5, 000:617-621): every item and ticket counted, every key
 * and letter answered (seen, or marked missing), the differences reviewed before the PIN. The
 * main process refuses a handover signed without counting, whatever sends it.
 */
let desk: TestDesk;
afterEach(async () => desk?.close());

async function deskWithMail() {
  desk = await receptionistAt();
  const { twoD } = await demoTypes(desk);
  await desk.ok('tickets.receive', { typeId: twoD, count: 10, batch: 'C1' });
  await desk.ok('tickets.sell', { typeId: twoD, count: 2, paymentMethod: 'cash' }); // ¥70.00
  await desk.ok('mail.receive', { recipient: '8-1-1201 刘先生', kind: 'letter', count: 2 });
  const h = await startHandover(desk, '陈静');
  return { h, snap: await snapshot(desk), twoD };
}

const SIGNED_TABLES = [
  'handover_acks',
  'handover_differences',
  'key_movements',
  'cash_transfers',
  'ticket_counts',
];

describe('nothing is signed without counting', () => {
  test('a key or a letter left unanswered, an item or a ticket type not counted: refused, nothing written', async () => {
    const { h, snap } = await deskWithMail();
    const full = fullAck(desk, h, snap);
    const before = SIGNED_TABLES.map((t) => rowCount(desk, t));

    const skipped = snap.keys[1]!;
    const noKey = {
      ...full,
      keys: full.keys.filter((k) => !(k.keyId === skipped.keyId && k.copyNo === skipped.copyNo)),
    };
    expect(noKey.keys).toHaveLength(snap.keys.length - 1);
    expect(await desk.refused('handover.acknowledge', noKey)).toBe('HANDOVER_UNCHECKED');
    expect(await desk.refused('handover.acknowledge', { ...full, keys: [] })).toBe('HANDOVER_UNCHECKED');
    expect(await desk.refused('handover.acknowledge', { ...full, mail: [] })).toBe('HANDOVER_UNCHECKED');
    expect(await desk.refused('handover.acknowledge', { ...full, items: full.items.slice(1) })).toBe(
      'HANDOVER_UNCOUNTED',
    );
    expect(await desk.refused('handover.acknowledge', { ...full, tickets: [] })).toBe('HANDOVER_UNCOUNTED');
    // the review refuses the same, before anything is signed
    const { countersign: _pin, reviewedDifferences: _seen, ...counts } = full;
    expect(await desk.refused('handover.review', { ...counts, keys: [] })).toBe('HANDOVER_UNCHECKED');
    expect(await desk.refused('handover.review', { ...counts, items: [] })).toBe('HANDOVER_UNCOUNTED');
    // a count that is not a whole number of zero or more never reaches the ledger
    for (const counted of [-1, 1.5, Number.NaN]) {
      const items = full.items.map((i, n) => (n === 0 ? { ...i, counted } : i));
      const code = await desk.untyped.refused('handover.acknowledge', { ...full, items });
      expect(['INVALID_INPUT', 'HANDOVER_COUNT_NEGATIVE']).toContain(code);
    }
    expect(
      await desk.untyped.refused('handover.acknowledge', { ...full, reviewedDifferences: undefined }),
    ).toBe('INVALID_INPUT');

    expect(SIGNED_TABLES.map((t) => rowCount(desk, t))).toEqual(before);
    expect((await desk.ok('handover.get', { handoverId: h.id })).acknowledgedAt).toBeNull();
  });

  test('the review shows the differences the acknowledgement writes; signing needs them seen', async () => {
    const { h, snap, twoD } = await deskWithMail();
    const full = fullAck(desk, h, snap);
    const missingKey = snap.keys.find((k) => k.tag === 'YBB' && k.copyNo === 2)!;
    const counts = {
      handoverId: h.id,
      items: full.items.map((i) => (i.name === '雨伞' ? { ...i, counted: i.counted - 1 } : i)),
      keys: full.keys.map((k) =>
        k.keyId === missingKey.keyId && k.copyNo === 2 ? { ...k, confirmed: false } : k,
      ),
      mail: full.mail,
      tickets: full.tickets.map((t) => (t.typeId === twoD ? { ...t, counted: t.counted - 1 } : t)),
      cash: { countedFen: 7000 },
    };
    const review = await desk.ok('handover.review', counts);
    // an independent tally of what was changed above: one item, one key, one ticket type
    expect(review.differences.map((d) => [d.section, d.label, d.expected, d.counted])).toEqual([
      ['item', '雨伞', '5', '4'],
      ['key', 'YBB 样板房 B 钥匙 第2把', '在位：前台钥匙箱', '缺失'],
      ['ticket', '2D 电影票', '8 张', '7 张'],
    ]);
    expect(review.differences.map((d) => d.needsExplanation)).toEqual([false, false, true]);
    // the review reads and writes nothing
    expect(rowCount(desk, 'handover_acks')).toBe(0);

    // signed with a different number of differences than were reviewed: refused
    const signed = {
      ...counts,
      countersign: countersign(desk, '陈静'),
      tickets: counts.tickets.map((t) => (t.typeId === twoD ? { ...t, explanation: '少一张，待查' } : t)),
    };
    expect(await desk.refused('handover.acknowledge', { ...signed, reviewedDifferences: 0 })).toBe(
      'HANDOVER_REVIEW_STALE',
    );
    // as many differences as reviewed, but not the ones reviewed (a sale moved the expected stock)
    const shown = review.differences.map(({ section, label, expected, counted }) => ({
      section,
      label,
      expected,
      counted,
    }));
    const before = shown.map((d) => (d.section === 'ticket' ? { ...d, expected: '9 张' } : d));
    expect(
      await desk.refused('handover.acknowledge', { ...signed, reviewedDifferences: 3, reviewed: before }),
    ).toBe('HANDOVER_REVIEW_STALE');
    expect(rowCount(desk, 'handover_acks')).toBe(0);
    const ack = await desk.ok('handover.acknowledge', { ...signed, reviewedDifferences: 3, reviewed: shown });
    expect(ack.differences.map((d) => [d.section, d.label, d.expected, d.counted, d.note])).toEqual([
      ['item', '雨伞', '5', '4', null],
      ['key', 'YBB 样板房 B 钥匙 第2把', '在位：前台钥匙箱', '缺失', null],
      ['ticket', '2D 电影票', '8 张', '7 张', '少一张，待查'],
    ]);
    expect(ack.acknowledgement!.keys.find((k) => k.tag === 'YBB' && k.copyNo === 2)!.confirmed).toBe(false);
  });
});

describe('the blind count setting', () => {
  test('blind by default (the rulebook’s careful count); an office may show the expected figures', async () => {
    desk = await receptionistAt();
    expect((await desk.ok('settings.get')).handoverCountBlind).toBe(true);
    await desk.signInAs('系统管理员');
    expect((await desk.ok('settings.update', { handoverCountBlind: false })).handoverCountBlind).toBe(false);
    await desk.signInAs('王芳');
    expect(await desk.untyped.refused('settings.update', { handoverCountBlind: false })).toBe('FORBIDDEN');
  });
});
