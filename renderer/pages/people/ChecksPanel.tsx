import { Card, Descriptions, Empty, List, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CheckDay, DeskCheckView } from '../../../shared/contract/checks';
import { DESK_CHECK_KINDS, type DeskCheckKind } from '../../../shared/domain/vocab';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSession } from '../../desk/DeskContext';
import { useLoaded } from '../../hooks/usePolled';
import { DeskCheckForm } from './DeskCheckForm';
import { when } from './format';

/** A signed check as it stands: who, when, the items not ticked with their notes. */
export function CheckSummary({ check }: { check: DeskCheckView }) {
  const { t } = useTranslation('people');
  const unticked = check.items.filter((i) => !i.ticked);
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label={t('checks.signedBy')}>
        {check.signedBy} · {when(check.at)}
        {check.version > 1 && <Tag style={{ marginLeft: 8 }}>{t('checks.again', { n: check.version })}</Tag>}
      </Descriptions.Item>
      {check.reason && <Descriptions.Item label={t('reason')}>{check.reason}</Descriptions.Item>}
      <Descriptions.Item label={t('checks.items')}>
        {unticked.length === 0 ? (
          <Tag color="green">{t('checks.allTicked', { count: check.items.length })}</Tag>
        ) : (
          <List
            size="small"
            dataSource={unticked}
            renderItem={(i) => (
              <List.Item>
                <Tag color="orange">{i.name}</Tag> {i.note}
              </List.Item>
            )}
          />
        )}
      </Descriptions.Item>
    </Descriptions>
  );
}

/** The day's opening and closing checks: what is signed, and the form to sign (again). */
export function ChecksPanel({ date, onChanged }: { date?: string; onChanged?: () => void }) {
  const { t } = useTranslation('people');
  const roles = useSession((s) => s.user?.roles);
  const day = useLoaded('checks.day', date ? { date } : {});
  const maySign = mayCall('checks.sign', roles);
  const data: CheckDay | undefined = day.data;
  if (!data) return <ErrorAlert from={[day]} />;
  const listOf = (kind: DeskCheckKind) => (kind === 'opening' ? data.openingList : data.closingList);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <ErrorAlert from={[day]} />
      {DESK_CHECK_KINDS.map((kind) => {
        const current = data[kind];
        return (
          <Card
            key={kind}
            title={`${t(`checks.kind.${kind}`)} · ${data.date}`}
            extra={
              current ? (
                <Tag color={current.unticked > 0 ? 'orange' : 'green'}>{t('checks.signed')}</Tag>
              ) : (
                <Tag color="red">{t('checks.notSigned')}</Tag>
              )
            }
          >
            <Space direction="vertical" style={{ width: '100%' }}>
              {current && <CheckSummary check={current} />}
              {listOf(kind).length === 0 ? (
                <Empty description={t('checks.noList')} />
              ) : (
                maySign && (
                  <DeskCheckForm
                    kind={kind}
                    date={data.date}
                    list={listOf(kind)}
                    current={current}
                    onSigned={() => {
                      void day.refresh();
                      onChanged?.();
                    }}
                  />
                )
              )}
            </Space>
          </Card>
        );
      })}
    </Space>
  );
}
