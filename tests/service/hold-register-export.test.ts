import ExcelJS from 'exceljs';
import { afterEach, expect, test } from 'vitest';
import { lastXlsxBuiltOn } from '../../electron/core/services/exports/xlsx/offThread';
import { formatFen } from '../../shared/domain/money';
import { maskPhone } from '../../shared/domain/phone';
import { testDesk, type TestDesk } from '../support/desk';
import { requestAs, unitByRoom, depositInput } from '../support/holds';

let desk: TestDesk;
afterEach(async () => desk?.close());

const MIN = 60_000;
const KIND = {
  requested: '申请销控',
  approved: '批准保留',
  extended: '延长保留',
  rejected: '驳回',
  deposit: '登记定金',
  released: '放出',
  signed: '签约',
  cancelled: '退定',
  reported: '报告不定',
};
const METHOD = { cash: '现金', wechat: '微信', alipay: '支付宝', card: '刷卡', transfer: '转账' };

/** Local wall time to the minute, as the register prints it. */
function local(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

test('the whole register as .xlsx: every event of every hold, oldest first, as the register lists them, phones masked', async () => {
  desk = await testDesk();
  await desk.signInAs('李经理');
  const [u101, u102, u103] = await Promise.all(['101', '102', '103'].map((room) => unitByRoom(desk, room)));
  // three holds whose events interleave: the file follows the events, not the holds
  const a = await requestAs(desk, '张伟', u101!.id);
  desk.clock.advance(MIN);
  const b = await requestAs(desk, '孙丽', u102!.id, { customerName: '赵女士', customerPhone: '13987654321' });
  desk.clock.advance(MIN);
  await desk.signInAs('李经理');
  await desk.ok('holds.approve', { holdId: a.id });
  await desk.ok('holds.approve', { holdId: b.id });
  const c = await requestAs(desk, '周强', u103!.id, { customerName: '钱先生', customerPhone: '13700001111' });
  await desk.signInAs('李经理');
  // a deposit at a discount the manager gives himself, received by the cashier's bank transfer
  const list = (await desk.ok('holds.board')).units.find((u) => u.id === u101!.id)!.listPriceFen!;
  await desk.ok('holds.deposit', {
    ...depositInput(desk, a.id, 5_000_012, 'SJ-0001'),
    agreedPriceFen: list - 800_000,
    discount: { reason: '老带新优惠' },
  });
  await desk.ok('holds.reject', { holdId: c.id, reason: '已有客户在谈' });
  desk.clock.advance(40 * MIN); // b's 30 minutes run out: the app releases it
  await desk.signInAs('李经理');
  await desk.ok('holds.expireDue');
  await desk.ok('holds.sign', { holdId: a.id });

  const register = [...(await desk.ok('holds.register'))].reverse();
  expect(register.map((e) => e.kind)).toEqual([
    'requested',
    'requested',
    'approved',
    'approved',
    'requested',
    'deposit',
    'rejected',
    'released',
    'signed',
  ]);
  const file = await desk.ok('holds.exportRegister');
  expect(file.fileName).toBe('销控登记表_2026-11-23.xlsx');
  // built by the export worker, not by the main process's fallback (which would hold its loop)
  expect(lastXlsxBuiltOn()).toBe('worker');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  expect(sheet.name).toBe('销控登记表');
  const rows = (sheet.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
  expect(rows[0]).toEqual([
    '序号',
    '时间',
    '营业日',
    '房源',
    '事项',
    '操作人',
    '置业顾问',
    '客户',
    '电话',
    '到期',
    '金额',
    '收据号',
    '原因',
    '付款方式',
    '定购协议号',
    '收款人',
    '总价',
    '成交价',
    '优惠',
    '优惠审批',
  ]);
  // an empty cell reads back as a hole, and a row ends at its last filled cell
  const cell = (v: string) => (v === '' ? undefined : v);
  const trimmed = (row: unknown[]) => row.slice(0, row.findLastIndex((v) => v !== undefined) + 1);
  expect(rows.slice(1)).toEqual(
    register.map((e) =>
      trimmed([
        e.id,
        local(e.at),
        e.businessDate,
        e.unitLabel,
        KIND[e.kind],
        e.actorName ?? '系统',
        e.consultantName,
        e.customerName,
        maskPhone(e.customerPhone),
        cell(local(e.expiresAt)),
        cell(e.amountFen === null ? '' : formatFen(e.amountFen)),
        cell(e.receiptNo ?? ''),
        cell(e.reason ?? ''),
        ...(e.deposit
          ? [
              METHOD[e.deposit.method],
              e.deposit.agreementNo,
              e.deposit.receivedByName,
              formatFen(e.deposit.listPriceFen!),
              formatFen(e.deposit.agreedPriceFen),
              formatFen(e.deposit.discountFen!),
              `${e.deposit.approvedByName}：${e.deposit.discountReason}`,
            ]
          : []),
      ]),
    ),
  );
  expect(JSON.stringify(rows)).not.toContain('13987654321');
});
