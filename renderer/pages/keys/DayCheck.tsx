import { Alert, Input, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../shared/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCall } from '../../hooks/useCall';
import { useLoaded } from '../../hooks/usePolled';
import { useToast } from '../../hooks/useToast';
import { holderText, when } from './format';

type Check = OutputOf<'keys.dayCheck'>;
type Item = Check['items'][number];

/** The day-close key check: every copy home at its night place, or out with a reason. */
export function DayCheck({ version, mayExplain }: { version: number; mayExplain: boolean }) {
  const { t } = useTranslation();
  const message = useToast();
  const answer = useLoaded('keys.dayCheck', {}, { version });
  const explanation = useCall('keys.explainOvernight');
  const check = answer.data ?? null;

  async function explain(item: Item, reason: string) {
    if (!reason.trim()) return;
    const done = await explanation.run({ tag: item.tag, copyNo: item.copyNo, reason });
    if (!done) return;
    message.success(t('keys.dayCheck.explained', { tag: item.tag, n: item.copyNo }));
    await answer.refresh();
  }

  const columns: TableColumnsType<Item> = [
    { key: 'tag', title: t('keys.tag'), dataIndex: 'tag' },
    { key: 'name', title: t('keys.name'), dataIndex: 'name' },
    { key: 'copy', title: t('keys.copy'), render: (_, i) => t('keys.copyOf', { n: i.copyNo }) },
    {
      key: 'state',
      title: t('keys.state'),
      render: (_, i) => (
        <Tag color={i.state === 'home' ? 'green' : i.state === 'out' ? 'orange' : 'default'}>
          {t(`keys.states.${i.state}`)}
        </Tag>
      ),
    },
    { key: 'place', title: t('keys.dayCheck.place'), dataIndex: 'place' },
    { key: 'holder', title: t('keys.holder'), render: (_, i) => holderText(i.holder) },
    { key: 'since', title: t('keys.since'), render: (_, i) => (i.state === 'out' ? when(i.since) : '') },
    {
      key: 'reason',
      title: t('keys.dayCheck.overnightReason'),
      render: (_, i) =>
        i.state !== 'out' ? null : i.overnightReason !== null || !mayExplain ? (
          (i.overnightReason ?? '')
        ) : (
          <Input.Search
            aria-label={t('keys.dayCheck.explainFor', { tag: i.tag, n: i.copyNo })}
            enterButton={t('keys.dayCheck.explain')}
            maxLength={200}
            onSearch={(reason) => void explain(i, reason)}
          />
        ),
    },
  ];

  return (
    <>
      {check && (
        <Alert
          className="page-card"
          type={check.complete ? 'success' : 'warning'}
          showIcon
          title={check.complete ? t('keys.dayCheck.complete') : t('keys.dayCheck.incomplete')}
          description={t('keys.dayCheck.intro', { date: check.businessDate })}
        />
      )}
      <ErrorAlert from={[explanation, answer]} closable />
      <Table<Item>
        rowKey={(i) => `${i.keyId}-${i.copyNo}`}
        columns={columns}
        dataSource={check?.items ?? []}
        pagination={false}
        size="middle"
      />
    </>
  );
}
