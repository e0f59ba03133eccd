import { Alert, Button, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Preparation } from '../../../shared/contract/dayclose';
import { when } from './format';

type Item = Preparation['keyCheck']['items'][number];

/**
 * Step 3: every key home at its night place, or out overnight with a reason (recorded on the
 * keys page). Only what is out is listed; the close refuses while a copy is out unexplained.
 */
export function KeysStep({ check, onNext }: { check: Preparation['keyCheck']; onNext: () => void }) {
  const { t } = useTranslation('dayclose');
  const out = check.items.filter((i) => i.state !== 'home');
  const columns: TableColumnsType<Item> = [
    { key: 'tag', title: t('keys.tag'), render: (_, i) => `${i.tag} #${i.copyNo}` },
    { key: 'name', title: t('keys.name'), dataIndex: 'name' },
    { key: 'holder', title: t('keys.holder'), render: (_, i) => i.holder?.name ?? '' },
    { key: 'since', title: t('keys.since'), render: (_, i) => when(i.since) },
    {
      key: 'reason',
      title: t('keys.reason'),
      render: (_, i) =>
        i.state === 'lost' ? (
          <Tag>{t('keys.lost')}</Tag>
        ) : (
          (i.overnightReason ?? <Tag color="red">{t('keys.unexplained')}</Tag>)
        ),
    },
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Alert
        type={check.complete ? 'success' : 'error'}
        showIcon
        message={check.complete ? t('keys.complete', { count: check.items.length }) : t('keys.incomplete')}
      />
      {out.length > 0 && (
        <Table
          rowKey={(i) => `${i.keyId}-${i.copyNo}`}
          columns={columns}
          dataSource={out}
          pagination={false}
          size="small"
        />
      )}
      <Button type="primary" autoFocus onClick={onNext} className="step-next">
        {t('next')}
      </Button>
    </Space>
  );
}
