import { XLSX_MIME, type ExportFile } from '../../../../shared/contract/exports';
import type { MonthReport } from '../../../../shared/contract/complaints';
import type { Locale } from '../../../../shared/domain/errors';
import {
  COMPLAINT_CHANNEL_LABELS,
  COMPLAINT_DEADLINE_LABELS,
  COMPLAINT_DEPARTMENT_LABELS,
  COMPLAINT_KIND_LABELS,
  COMPLAINT_STATE_LABELS,
  COMPLAINT_TARGET_LABELS,
  COMPLAINT_URGENCY_LABELS,
  labelsIn,
} from '../../../../shared/domain/vocab';
import type { ReadCallContext } from '../../context';
import { buildXlsxOffThread } from '../exports/xlsx/offThread';
import type { TableBlock } from '../exports/xlsx/tables';
import { monthReport } from './monthReport';
import { localStamp } from './time';

const TEXT = {
  'zh-CN': {
    title: '客户投诉月报',
    file: '投诉月报',
    summarySheet: '月报',
    listSheet: '投诉明细',
    asOf: '统计至',
    summary: '概况',
    item: '项目',
    count: '数量',
    lines: {
      received: '本月受理',
      closed: '本月结案',
      revisited: '本月回访',
      satisfied: '其中满意',
      openAtEnd: '月末未结案',
      awaitingRevisitAtEnd: '月末待回访',
    },
    byKind: '按投诉类别',
    kind: '类别',
    byChannel: '按受理方式',
    channel: '方式',
    byUrgency: '按紧急程度',
    urgency: '紧急程度',
    byTarget: '按投诉对象',
    target: '对象',
    who: '名称',
    deadlines: '时限达成（本月到期的时限）',
    deadline: '时限',
    due: '到期',
    met: '按时',
    missed: '逾期',
    rate: '按时率',
    product: '产品',
    of: '：',
    columns: ['编号', '受理时间', '方式', '客户', '电话', '类别', '对象', '紧急程度', '处理人', '月末状态'],
  },
  en: {
    title: 'Customer complaints: monthly report',
    file: 'complaints-month',
    summarySheet: 'Report',
    listSheet: 'Complaints',
    asOf: 'As at',
    summary: 'Summary',
    item: 'Item',
    count: 'Count',
    lines: {
      received: 'Received in the month',
      closed: 'Closed in the month',
      revisited: 'Revisited in the month',
      satisfied: 'of which satisfied',
      openAtEnd: 'Not closed at month end',
      awaitingRevisitAtEnd: 'Awaiting revisit at month end',
    },
    byKind: 'By kind',
    kind: 'Kind',
    byChannel: 'By channel',
    channel: 'Channel',
    byUrgency: 'By urgency',
    urgency: 'Urgency',
    byTarget: 'By target',
    target: 'Target',
    who: 'Name',
    deadlines: 'Deadlines (falling due in the month)',
    deadline: 'Deadline',
    due: 'Due',
    met: 'On time',
    missed: 'Missed',
    rate: 'On-time rate',
    product: 'Product',
    of: ': ',
    columns: [
      'No.',
      'Received',
      'Channel',
      'Customer',
      'Phone',
      'Kind',
      'Target',
      'Urgency',
      'Handler',
      'At month end',
    ],
  },
} as const satisfies Record<Locale, unknown>;

const text = (header: string, width = 16) => ({ header, kind: 'text' as const, width });
const int = (header: string, total = true) => ({ header, kind: 'int' as const, width: 10, total });

/** The report's tables, in the language the desk is using. */
export function monthBlocks(
  report: MonthReport,
  locale: Locale,
): { summary: TableBlock[]; list: TableBlock } {
  const t = TEXT[locale];
  const kinds = labelsIn(COMPLAINT_KIND_LABELS, locale);
  const channels = labelsIn(COMPLAINT_CHANNEL_LABELS, locale);
  const urgencies = labelsIn(COMPLAINT_URGENCY_LABELS, locale);
  const targets = labelsIn(COMPLAINT_TARGET_LABELS, locale);
  const departments = labelsIn(COMPLAINT_DEPARTMENT_LABELS, locale);
  const deadlineWords = labelsIn(COMPLAINT_DEADLINE_LABELS, locale);
  const states = labelsIn(COMPLAINT_STATE_LABELS, locale);
  const lines = Object.entries(t.lines) as [keyof typeof t.lines, string][];
  const summary: TableBlock[] = [
    {
      heading: t.summary,
      columns: [text(t.item, 22), int(t.count, false)],
      rows: lines.map(([key, label]) => [label, report[key]]),
    },
    {
      heading: t.byKind,
      columns: [text(t.kind, 22), int(t.count)],
      rows: report.byKind.map((l) => [kinds[l.kind], l.count]),
    },
    {
      heading: t.byChannel,
      columns: [text(t.channel, 22), int(t.count)],
      rows: report.byChannel.map((l) => [channels[l.channel], l.count]),
    },
    {
      heading: t.byUrgency,
      columns: [text(t.urgency, 22), int(t.count)],
      rows: report.byUrgency.map((l) => [urgencies[l.urgency], l.count]),
    },
    {
      heading: t.byTarget,
      columns: [text(t.target, 22), text(t.who), int(t.count)],
      rows: report.byTarget.map((l) => [
        targets[l.target],
        l.name ?? (l.department ? departments[l.department] : t.product),
        l.count,
      ]),
    },
    {
      heading: t.deadlines,
      columns: [
        text(t.deadline, 22),
        int(t.due, false),
        int(t.met, false),
        int(t.missed, false),
        { ...text(t.rate, 10), percent: true },
      ],
      rows: report.deadlines.map((l) => [deadlineWords[l.deadline], l.due, l.met, l.missed, l.rate]),
    },
  ];
  const list: TableBlock = {
    columns: [
      text(t.columns[0], 14),
      { header: t.columns[1], kind: 'datetime', width: 17 },
      text(t.columns[2], 10),
      text(t.columns[3], 12),
      text(t.columns[4], 14),
      text(t.columns[5], 14),
      text(t.columns[6], 16),
      text(t.columns[7], 8),
      text(t.columns[8], 10),
      text(t.columns[9], 10),
    ],
    rows: report.complaints.map((c) => [
      c.no,
      c.receivedAt,
      channels[c.channel],
      c.customerName,
      c.customerPhone,
      kinds[c.kind],
      c.target === 'staff'
        ? `${targets.staff}${t.of}${c.subjectName ?? ''}`
        : c.target === 'department'
          ? `${targets.department}${t.of}${departments[c.department!]}`
          : targets.product,
      urgencies[c.urgency],
      c.handlerName,
      states[c.state],
    ]),
  };
  return { summary, list };
}

/** The month's 投诉月报 as .xlsx: the figures on one sheet, the month's complaints on another. */
export async function monthXlsx(ctx: ReadCallContext, month: string): Promise<ExportFile> {
  const report = await monthReport(ctx, month);
  const t = TEXT[ctx.locale];
  const { summary, list } = monthBlocks(report, ctx.locale);
  const project = ctx.settings.projectName;
  const subtitle = `${month} · ${t.asOf} ${localStamp(report.asOf)}`;
  const buffer = await buildXlsxOffThread({
    kind: 'tables',
    book: {
      created: ctx.now,
      sheets: [
        {
          name: t.summarySheet,
          title: `${project} ${t.title}`,
          subtitle,
          pageHeader: [project, t.title, month],
          blocks: summary,
        },
        {
          name: t.listSheet,
          title: `${project} ${t.title} · ${t.listSheet}`,
          subtitle,
          pageHeader: [project, t.listSheet, month],
          landscape: true,
          blocks: [list],
        },
      ],
    },
  });
  const safe = project.replace(/[\\/:*?"<>|]/g, '_');
  return { fileName: `${t.file}_${month}_${safe}.xlsx`, mime: XLSX_MIME, base64: buffer.toString('base64') };
}
