import { Button, Descriptions, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComplaintEventView, ComplaintView } from '../../../shared/contract/complaints';
import type { DeadlineStatus } from '../../../shared/domain/vocab';
import type { ComplaintAct } from './ActionDialogs';
import { when } from './format';

export const STATUS_COLOUR: Record<DeadlineStatus, string> = {
  pending: 'blue',
  met: 'green',
  late: 'orange',
  overdue: 'red',
};

/** The acts the person may take now, in the order a complaint goes through them. */
function actsFor(c: ComplaintView): ComplaintAct[] {
  return [
    ...(c.may.assign ? (['assign'] as const) : []),
    ...(c.may.handle ? (['replied', 'progress', 'result', 'response'] as const) : []),
    ...(c.may.close ? (['close'] as const) : []),
    ...(c.may.revisit ? (['revisit'] as const) : []),
    ...(c.may.reopen ? (['reopen'] as const) : []),
  ];
}

function EventLine({ e }: { e: ComplaintEventView }) {
  const { t } = useTranslation('complaints');
  const verdicts = [
    e.upheld === null ? null : t(e.upheld ? 'detail.upheld' : 'detail.notUpheld'),
    e.accepted === null ? null : t(e.accepted ? 'detail.accepted' : 'detail.notAccepted'),
    e.satisfied === null ? null : t(e.satisfied ? 'detail.satisfied' : 'detail.notSatisfied'),
  ].filter(Boolean);
  return (
    <div>
      <Typography.Text strong>{t(`event.${e.kind}`)}</Typography.Text> · {e.byName} · {when(e.at)}
      {e.recordedAt !== e.at && (
        <Typography.Text type="secondary">
          {' '}
          {t('detail.recordedLater', { at: when(e.recordedAt) })}
        </Typography.Text>
      )}
      {e.kind === 'assigned' && (
        <div>
          {t('detail.dues', {
            handler: e.handlerName ?? '',
            reply: when(e.replyDue),
            handle: when(e.handleDue),
          })}
        </div>
      )}
      {verdicts.length > 0 && <div>{verdicts.join(' · ')}</div>}
      {e.note && <div className="complaint-note">{e.note}</div>}
    </div>
  );
}

/** One complaint: the card, its deadlines, its history, and the acts the person may take. */
export function ComplaintDetail({
  complaint: c,
  onAct,
}: {
  complaint: ComplaintView;
  onAct: (a: ComplaintAct) => void;
}) {
  const { t } = useTranslation('complaints');
  const acts = actsFor(c);
  const about =
    c.target === 'staff'
      ? t('list.aboutOf', { target: t('target.staff'), name: c.subjectName ?? '' })
      : c.target === 'department'
        ? t('list.aboutOf', {
            target: t('target.department'),
            name: c.department ? t(`department.${c.department}`) : '',
          })
        : t('target.product');
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      {acts.length > 0 && (
        <Space wrap>
          {acts.map((a, i) => (
            <Button
              key={a}
              type={i === 0 ? 'primary' : 'default'}
              autoFocus={i === 0}
              onClick={() => onAct(a)}
            >
              {t(`detail.actions.${a}`)}
            </Button>
          ))}
        </Space>
      )}
      <Descriptions
        size="small"
        bordered
        column={2}
        title={t('detail.card')}
        items={[
          { key: 'state', label: t('list.state'), children: t(`state.${c.state}`) },
          { key: 'urgency', label: t('list.urgency'), children: t(`urgency.${c.urgency}`) },
          { key: 'received', label: t('detail.receivedAt'), children: when(c.receivedAt) },
          { key: 'channel', label: t('file.channel'), children: t(`channel.${c.channel}`) },
          { key: 'receivedBy', label: t('detail.receivedBy'), children: c.receivedByName },
          {
            key: 'filed',
            label: t('detail.filed'),
            children: t('detail.filedBy', { name: c.filedByName, at: when(c.filedAt) }),
          },
          { key: 'customer', label: t('detail.customer'), children: c.customerName },
          { key: 'phone', label: t('detail.phone'), children: c.customerPhone ?? '' },
          { key: 'kind', label: t('list.kind'), children: t(`kind.${c.kind}`) },
          { key: 'about', label: t('list.about'), children: about },
          { key: 'note', label: t('detail.subjectNote'), children: c.subjectNote ?? '', span: 2 },
          { key: 'description', label: t('file.description'), children: c.description, span: 2 },
          { key: 'request', label: t('file.request'), children: c.request, span: 2 },
          {
            key: 'handler',
            label: t('list.handler'),
            children: c.handlerName ?? t('list.unassigned'),
            span: 2,
          },
        ]}
      />
      <Table
        size="small"
        rowKey="deadline"
        pagination={false}
        aria-label={t('detail.deadlines')}
        title={() => <strong>{t('detail.deadlines')}</strong>}
        dataSource={c.deadlines}
        columns={[
          { key: 'deadline', title: t('detail.deadline'), render: (_, d) => t(`deadline.${d.deadline}`) },
          { key: 'due', title: t('detail.due'), render: (_, d) => when(d.due) },
          {
            key: 'status',
            title: t('list.state'),
            render: (_, d) => <Tag color={STATUS_COLOUR[d.status]}>{t(`status.${d.status}`)}</Tag>,
          },
          { key: 'done', title: t('detail.doneAt'), render: (_, d) => when(d.doneAt) },
        ]}
      />
      <div>
        <Typography.Title level={5}>{t('detail.history')}</Typography.Title>
        {c.events.length === 0 ? (
          <Typography.Text type="secondary">{t('detail.noHistory')}</Typography.Text>
        ) : (
          <Timeline items={c.events.map((e) => ({ key: e.id, content: <EventLine e={e} /> }))} />
        )}
      </div>
    </Space>
  );
}
