import { Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoaded } from '../../hooks/usePolled';
import { ComplaintDrawer } from './ComplaintDrawer';
import { ComplaintList } from './ComplaintList';

/** A customer's complaints, finished ones too, under the customer's line (those the person may read). */
export function CustomerComplaints(props: { customerId: number; name: string }) {
  const { t } = useTranslation('complaints');
  const [opened, setOpened] = useState<number | null>(null);
  const [version, setVersion] = useState(0);
  const list = useLoaded('complaints.list', { view: 'all', customerId: props.customerId }, { version });
  const heading = t('customer.heading', { name: props.name });
  return (
    <div>
      <Typography.Text strong>{heading}</Typography.Text>
      <ErrorAlert error={list.error} />
      {list.data && list.data.length === 0 ? (
        <div>
          <Typography.Text type="secondary">{t('customer.none')}</Typography.Text>
        </div>
      ) : (
        <ComplaintList
          label={heading}
          items={list.data ?? []}
          loading={list.loading}
          onOpen={setOpened}
          compact
        />
      )}
      <ComplaintDrawer
        id={opened}
        onClose={() => setOpened(null)}
        onChanged={() => setVersion((v) => v + 1)}
      />
    </div>
  );
}
