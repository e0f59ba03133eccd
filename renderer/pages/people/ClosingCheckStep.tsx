import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoaded } from '../../hooks/usePolled';
import { CheckSummary } from './ChecksPanel';
import { DeskCheckForm } from './DeskCheckForm';

/**
 * The closing check 闭店检查 as a step of the day close (004:211-223): signed here for the date
 * being closed, or shown as signed; the close refuses a date without it while the office keeps a
 * closing checklist.
 */
export function ClosingCheckStep({ date, onNext }: { date: string; onNext: () => void }) {
  const { t } = useTranslation('people');
  const { t: tc } = useTranslation('dayclose');
  const day = useLoaded('checks.day', { date });
  const data = day.data;
  if (!data) return <ErrorAlert from={[day]} />;
  const current = data.closing;
  const needed = data.closingList.length > 0;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <ErrorAlert from={[day]} />
      {current ? (
        <>
          <Alert type="success" showIcon message={t('checks.kind.closing') + ' · ' + t('checks.signed')} />
          <CheckSummary check={current} />
        </>
      ) : needed ? (
        <DeskCheckForm
          kind="closing"
          date={date}
          list={data.closingList}
          current={null}
          onSigned={() => void day.refresh()}
        />
      ) : (
        <Alert type="info" showIcon message={t('checks.noList')} />
      )}
      <Button
        type={current || !needed ? 'primary' : 'default'}
        autoFocus={Boolean(current) || !needed}
        disabled={needed && !current}
        onClick={onNext}
        className="step-next"
      >
        {tc('next')}
      </Button>
    </Space>
  );
}
