import { Space, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComplaintSummary } from '../../../shared/contract/complaints';
import { RowButton } from '../../components/RowButton';
import { when } from './format';

/** Complaints as lines: number, customer, what and about whom, where it stands, what is due. */
export function ComplaintList(props: {
  items: readonly ComplaintSummary[];
  loading?: boolean;
  onOpen: (id: number) => void;
  /** Fewer columns where the list sits inside another page (a customer's complaints). */
  compact?: boolean;
  label: string;
}) {
  const { t } = useTranslation('complaints');
  const about = (c: ComplaintSummary) =>
    c.target === 'staff'
      ? c.subjectName
      : c.target === 'department'
        ? c.department && t(`department.${c.department}`)
        : t('list.product');
  const columns: TableColumnsType<ComplaintSummary> = [
    { key: 'no', title: t('list.no'), dataIndex: 'no' },
    { key: 'received', title: t('list.received'), render: (_, c) => when(c.receivedAt) },
    ...(props.compact
      ? []
      : [
          {
            key: 'customer',
            title: t('list.customer'),
            render: (_: unknown, c: ComplaintSummary) => `${c.customerName} ${c.customerPhone ?? ''}`,
          },
        ]),
    { key: 'kind', title: t('list.kind'), render: (_, c) => t(`kind.${c.kind}`) },
    { key: 'about', title: t('list.about'), render: (_, c) => about(c) },
    ...(props.compact
      ? []
      : [
          {
            key: 'urgency',
            title: t('list.urgency'),
            render: (_: unknown, c: ComplaintSummary) =>
              c.urgency === 'normal' ? (
                t('urgency.normal')
              ) : (
                <Tag color="volcano">{t(`urgency.${c.urgency}`)}</Tag>
              ),
          },
        ]),
    { key: 'state', title: t('list.state'), render: (_, c) => t(`state.${c.state}`) },
    { key: 'handler', title: t('list.handler'), render: (_, c) => c.handlerName ?? t('list.unassigned') },
    {
      key: 'next',
      title: t('list.next'),
      render: (_, c) => (
        <Space size={4} wrap>
          {c.overdue.map((d) => (
            <Tag key={d} color="red">
              {t('list.overdue', { deadline: t(`deadline.${d}`) })}
            </Tag>
          ))}
          {c.nextDue && `${t(`deadline.${c.nextDue.deadline}`)} ${when(c.nextDue.due)}`}
        </Space>
      ),
    },
    {
      key: 'open',
      title: t('list.open'),
      render: (_, c) => <RowButton label={t('list.open')} of={c.no} onClick={() => props.onOpen(c.id)} />,
    },
  ];
  return (
    <Table<ComplaintSummary>
      rowKey="id"
      size="small"
      aria-label={props.label}
      loading={props.loading ?? false}
      columns={columns}
      dataSource={[...props.items]}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: t('list.empty') }}
    />
  );
}
