import { excel } from '../../excel';
import { XLSX_MIME, type ExportFile } from '../../../../shared/contract/exports';
import type { ReadCallContext } from '../../context';
import { datesBetween } from '../../../../shared/domain/visitAnalysis';
import { callsOn } from '../calls';
import { analysisHandlers } from '../visits/analysis';
import { requireSheetDate } from './daySheet/build';
import { writeTable } from './xlsx/table';

const FIRST_TABLE_ROW = 4;

/**
 * The weekly 来人来电分析 (000:733: reported every Sunday) as .xlsx: by day, by channel, by
 * consultant, by hour. The figures are the analysis service's own (shared/domain/visitAnalysis),
 * so the sheet and the analysis page never disagree.
 */
export async function weekXlsx(ctx: ReadCallContext, date: string): Promise<ExportFile> {
  requireSheetDate(ctx, date);
  const a = await analysisHandlers['visits.analysis']({ date, period: 'week' }, ctx);
  // Calls by who answered them, from the call log's own reader (the analysis counts calls by channel).
  const answered = new Map<string, number>();
  for (const day of datesBetween(a.from, a.to)) {
    for (const c of await callsOn(ctx, day))
      answered.set(c.answeredBy, (answered.get(c.answeredBy) ?? 0) + 1);
  }
  const people = [...new Set([...a.byConsultant.map((c) => c.name), ...answered.keys()])];
  const book = new (await excel()).Workbook();
  book.created = ctx.now;
  const sheet = (name: string) => {
    const ws = book.addWorksheet(name, {
      pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
      headerFooter: {
        oddHeader: `&L${ctx.settings.projectName}&C来人来电周分析 · ${name}&R${a.from} ~ ${a.to}`,
      },
    });
    ws.getCell('A1').value = `${ctx.settings.projectName} 来人来电周分析 · ${name}`;
    ws.getCell('A1').font = { bold: true, size: 14 };
    ws.getCell('A2').value = `${a.from} ~ ${a.to}`;
    ws.pageSetup.printTitlesRow = `${FIRST_TABLE_ROW}:${FIRST_TABLE_ROW}`;
    return ws;
  };
  const int = (header: string) => ({ header, kind: 'int' as const, width: 10, total: true });
  const text = (header: string) => ({ header, kind: 'text' as const, width: 14 });

  writeTable(
    sheet('按日'),
    FIRST_TABLE_ROW,
    [text('营业日'), int('新客来访'), int('老客来访'), int('来电')],
    a.byDay.map((d) => [d.date, d.new, d.returning, d.calls]),
  );
  writeTable(
    sheet('按渠道'),
    FIRST_TABLE_ROW,
    [text('渠道'), int('来访'), int('来电')],
    a.byChannel.map((c) => [c.channel, c.visits, c.calls]),
  );
  writeTable(
    sheet('按顾问'),
    FIRST_TABLE_ROW,
    [text('置业顾问 / 接听人'), int('新客来访'), int('老客来访'), int('接听来电')],
    people.map((name) => {
      const c = a.byConsultant.find((x) => x.name === name);
      return [name, c?.new ?? 0, c?.returning ?? 0, answered.get(name) ?? 0];
    }),
  );
  writeTable(
    sheet('按时段'),
    FIRST_TABLE_ROW,
    [text('时段'), int('来访'), int('来电')],
    a.byHour.map((h) => [`${String(h.hour).padStart(2, '0')}:00`, h.visits, h.calls]),
  );
  // The funnel is the 销控's: only in the file of someone who may read it (000:721 rule 38).
  if (a.funnel) {
    writeTable(
      sheet('转化'),
      FIRST_TABLE_ROW,
      [text('环节'), { ...int('数量'), total: false }],
      [
        ['来访', a.funnel.visits],
        ['申请销控', a.funnel.holdsRequested],
        ['批准保留', a.funnel.holdsApproved],
        ['下定', a.funnel.deposits],
      ],
    );
  }
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  const project = ctx.settings.projectName.replace(/[\\/:*?"<>|]/g, '_');
  return {
    fileName: `来人来电周分析_${a.from}_${a.to}_${project}.xlsx`,
    mime: XLSX_MIME,
    base64: buffer.toString('base64'),
  };
}
