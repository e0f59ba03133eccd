import { Button, Card, Collapse, List, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RotationView } from '../../../shared/contract/rotation';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useClient, useSession } from '../../desk/DeskContext';
import { useAction } from '../../hooks/useCall';
import { useOneAtATime } from '../../hooks/useOneAtATime';
import { clockTime } from './format';

/**
 * The day's queue with the next consultant plainly shown. The order is set each morning from
 * yesterday's ending queue; away/back are one click. Every change comes back as the new view.
 */
export function RotationPanel({
  view,
  onChange,
}: {
  view: RotationView;
  onChange: (v: RotationView) => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const roles = useSession((s) => s.user?.roles);
  const action = useAction();
  const [editing, setEditing] = useState(false);
  const [order, setOrder] = useState<number[]>([]);
  const canRun = mayCall('rotation.setOrder', roles);

  useEffect(() => {
    setOrder(view.set ? view.queue.map((q) => q.id) : view.suggestedOrder.map((c) => c.id));
  }, [view]);

  async function run(work: () => Promise<RotationView>) {
    const next = await action.run(work);
    if (!next) return;
    onChange(next);
    setEditing(false);
  }
  // One change of the order at a time: a double click set it twice (two entries in the audit).
  const runOnce = useOneAtATime(run);

  const showEditor = canRun && (!view.set || editing);
  return (
    <Card
      title={<h3 className="card-title">{t('visits.rotation.title')}</h3>}
      className="page-card rotation-panel"
      extra={
        canRun && view.set && !editing ? (
          <Button size="small" onClick={() => setEditing(true)}>
            {t('visits.rotation.reset')}
          </Button>
        ) : null
      }
    >
      <Typography.Title level={3} className="rotation-next" aria-live="polite">
        {!view.set
          ? t('visits.rotation.notSet')
          : view.next
            ? t('visits.rotation.next', { name: view.next.name })
            : t('visits.rotation.nobodyNext')}
      </Typography.Title>
      <ErrorAlert error={action.error} onClose={action.clearError} />
      {showEditor && (
        <Space direction="vertical" className="rotation-editor">
          <label htmlFor="rotation-order">{t('visits.rotation.order')}</label>
          <Select
            id="rotation-order"
            mode="multiple"
            optionFilterProp="label"
            value={order}
            onChange={setOrder}
            options={view.consultants.map((c) => ({ value: c.id, label: c.name }))}
            className="rotation-order-select"
          />
          {!view.set && view.suggestedOrder.length > 0 && (
            <Typography.Text type="secondary">{t('visits.rotation.copied')}</Typography.Text>
          )}
          <Button
            type="primary"
            disabled={order.length === 0}
            loading={action.busy}
            onClick={() => runOnce(() => client.call('rotation.setOrder', { consultantIds: order }))}
          >
            {t('visits.rotation.setOrder')}
          </Button>
        </Space>
      )}
      {view.set && (
        <List
          size="small"
          aria-label={t('visits.rotation.title')}
          dataSource={view.queue}
          // Keyed by consultant: the queue reorders under the pointer after every visit, and a
          // row keyed by position would hand a click aimed at one consultant to the next.
          rowKey={(c) => c.id}
          renderItem={(c, index) => (
            <List.Item
              actions={
                canRun
                  ? [
                      <Button
                        key={c.away ? 'back' : 'away'}
                        size="small"
                        aria-label={t(c.away ? 'visits.rotation.markBackOf' : 'visits.rotation.markAwayOf', {
                          name: c.name,
                        })}
                        onClick={() =>
                          runOnce(() =>
                            client.call(c.away ? 'rotation.markBack' : 'rotation.markAway', {
                              consultantId: c.id,
                            }),
                          )
                        }
                      >
                        {t(c.away ? 'visits.rotation.back' : 'visits.rotation.away')}
                      </Button>,
                    ]
                  : []
              }
            >
              <span className={c.id === view.next?.id ? 'rotation-current' : undefined}>
                {index + 1}. {c.name}
              </span>
              {c.away && <Tag>{t('visits.rotation.awayTag')}</Tag>}
            </List.Item>
          )}
        />
      )}
      {view.events.length > 0 && (
        <Collapse
          size="small"
          items={[
            {
              key: 'log',
              label: t('visits.rotation.log'),
              children: (
                <ol className="rotation-log">
                  {view.events.map((e) => (
                    <li key={e.id}>
                      {clockTime(e.at)} {t(`visits.rotation.event.${e.kind}`, { name: e.consultant ?? '' })}
                      {e.reason ? `（${e.reason}）` : ''} → {e.queueAfter.join('、')}
                    </li>
                  ))}
                </ol>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
