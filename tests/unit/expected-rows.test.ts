import { describe, expect, test } from 'vitest';
import { ExpectedRows } from '../../electron/core/audit/expectedRows';

const hash = (n: number) => n.toString(16).padStart(64, '0');

describe('the rows the audit log expects', () => {
  test('a key compares as its text does: 5 and "5" are one row, "05" and 5.5 others', () => {
    const rows = new ExpectedRows();
    rows.set('visits', 5, 1, hash(1));
    expect(rows.has('visits', '5')).toBe(true);
    expect(rows.has('visits', '05')).toBe(false);
    expect(rows.has('visits', 5.5)).toBe(false);
    expect(rows.has('calls', 5)).toBe(false);
    rows.set('settings', 'projectName', 2, hash(2));
    rows.set('odd', 5.5, 3, hash(3));
    rows.set('odd', -0, 4, hash(4));
    rows.set('odd', 2 ** 60, 5, hash(5));
    expect(rows.take('odd', '5.5')).toEqual({ auditId: 3, hash: hash(3) });
    expect(rows.take('odd', '0')).toEqual({ auditId: 4, hash: hash(4) });
    expect(rows.take('odd', String(2 ** 60))).toEqual({ auditId: 5, hash: hash(5) });
    expect(rows.take('visits', '5')).toEqual({ auditId: 1, hash: hash(1) });
    expect(rows.take('visits', 5)).toBeUndefined(); // taken once
  });

  test('a row written again answers its last write, and keeps the place of its first', () => {
    const rows = new ExpectedRows();
    rows.set('settings', 'a', 1, hash(11));
    rows.set('visits', 7, 2, hash(12));
    rows.set('settings', 'a', 3, hash(13));
    expect(rows.remaining()).toEqual([
      { table: 'settings', key: 'a', auditId: 3 },
      { table: 'visits', key: 7, auditId: 2 },
    ]);
    expect(rows.take('settings', 'a')).toEqual({ auditId: 3, hash: hash(13) });
  });

  test('a hash that is not 64 hex digits is kept as written, never read back as another', () => {
    const rows = new ExpectedRows();
    rows.set('visits', 1, 1, 'ab');
    rows.set('visits', 2, 2, 'AB'.repeat(32));
    expect(rows.take('visits', 1)).toEqual({ auditId: 1, hash: 'ab' });
    expect(rows.take('visits', 2)).toEqual({ auditId: 2, hash: 'AB'.repeat(32) });
  });

  test('thousands of rows across tables: what is left comes in the order first written', () => {
    const rows = new ExpectedRows();
    const model: [string, number][] = [];
    for (let i = 0; i < 5000; i++) {
      const table = ['visits', 'calls', 'customers'][i % 3]!;
      rows.set(table, i, i + 1, hash(i));
      model.push([table, i]);
    }
    for (let i = 0; i < 5000; i += 2)
      expect(rows.take(model[i]![0], i)).toEqual({ auditId: i + 1, hash: hash(i) });
    expect(rows.remaining()).toEqual(
      model.filter((_, i) => i % 2 === 1).map(([table, key]) => ({ table, key, auditId: key + 1 })),
    );
  });
});
