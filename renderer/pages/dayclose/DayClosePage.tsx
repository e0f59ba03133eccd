import { Alert, Card, DatePicker, Result, Space, Steps, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useClient, useSession } from '../../desk/DeskContext';
import { askAhead } from '../../hooks/askedAhead';
import { useLoaded } from '../../hooks/usePolled';
import { ClosingCheckStep } from '../people/ClosingCheckStep';
import { CashStep } from './CashStep';
import { CashVariances } from './CashVariances';
import { ClosedDates } from './ClosedDates';
import { KeysStep } from './KeysStep';
import { ReviewStep } from './ReviewStep';
import { SignStep } from './SignStep';
import { StockStep, type StockCount } from './StockStep';
import { TakingsStep } from './TakingsStep';
import './dayclose.css';

const STEPS = ['stock', 'cash', 'takings', 'keys', 'check', 'review', 'sign'] as const;

/**
 * Day close 日结 (SPEC §8): a guided close of one business date in seven steps, keyboard first
 * (each step's first field has the focus, Enter goes on), each fitting a 1366×768 screen with
 * its button, then the list of closed dates, where a manager reopens one with a reason.
 */
export function DayClosePage() {
  const { t } = useTranslation('dayclose');
  const roles = useSession((s) => s.user?.roles);
  const client = useClient();
  const [date, setDate] = useState<string | undefined>(undefined);
  const [step, setStep] = useState(0);
  const [stock, setStock] = useState<StockCount[]>([]);
  const prepAnswer = useLoaded('dayclose.prepare', date ? { businessDate: date } : {});
  // Read again with each date looked at: closing one moves the desk on to the next.
  const listAnswer = useLoaded('dayclose.list', {}, { version: date });
  const prep = prepAnswer.data ?? null;
  const records = listAnswer.data ?? [];
  const refreshPrep = prepAnswer.refresh;
  const refreshList = listAnswer.refresh;
  // Stable, so the memoised list of closes is not redrawn with each step.
  const load = useCallback(async () => {
    await Promise.all([refreshPrep(), refreshList()]);
  }, [refreshPrep, refreshList]);

  const mayClose = mayCall('dayclose.close', roles);
  const closed = prep?.record?.status === 'closed';
  const next = () => {
    // the review's list of visitors still in the office is asked with the key that opens it
    if (STEPS[step + 1] === 'review' && prep)
      askAhead(client, 'visits.closeReview', { businessDate: prep.businessDate });
    setStep((s) => Math.min(s + 1, STEPS.length - 1));
  };

  function pickDate(value: Dayjs | null) {
    if (!value) return;
    setDate(value.format('YYYY-MM-DD'));
    setStep(0);
    setStock([]);
  }

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} className="dayclose-page">
      <div className="page-title-row">
        <Typography.Title level={3} className="dayclose-title">
          {t('title')}
        </Typography.Title>
        {prep && (
          <label className="dayclose-date">
            <span>{t('date')}</span>
            <DatePicker
              aria-label={t('date')}
              allowClear={false}
              value={dayjs(prep.businessDate)}
              disabledDate={(d) => d.format('YYYY-MM-DD') > prep.today}
              onChange={pickDate}
            />
          </label>
        )}
      </div>
      <ErrorAlert from={[prepAnswer, listAnswer]} />
      {prep && (
        <Card size="small">
          {closed ? (
            <>
              <Result
                status="success"
                title={t('closed', { date: prep.businessDate })}
                subTitle={t('closedHint')}
              />
              <CashVariances items={prep.cashVariances} onDecided={load} />
            </>
          ) : !mayClose ? (
            <Alert type="info" showIcon message={t('readOnly')} />
          ) : (
            <>
              <Steps
                size="small"
                current={step}
                onChange={(s) => s <= step && setStep(s)}
                items={STEPS.map((s) => ({ title: t(`steps.${s}`) }))}
                className="dayclose-steps"
              />
              <div className="dayclose-step">
                {STEPS[step] === 'stock' && (
                  <StockStep
                    date={prep.businessDate}
                    lines={prep.stock}
                    initial={stock}
                    onNext={(counts) => {
                      setStock(counts);
                      next();
                    }}
                  />
                )}
                {STEPS[step] === 'cash' && <CashStep prep={prep} onCounted={load} onNext={next} />}
                {STEPS[step] === 'takings' && <TakingsStep prep={prep} onConfirmed={load} onNext={next} />}
                {STEPS[step] === 'keys' && <KeysStep check={prep.keyCheck} onNext={next} />}
                {STEPS[step] === 'check' && <ClosingCheckStep date={prep.businessDate} onNext={next} />}
                {STEPS[step] === 'review' && <ReviewStep prep={prep} onNext={next} />}
                {STEPS[step] === 'sign' && (
                  <SignStep
                    prep={prep}
                    stock={stock}
                    onClosed={(record) => {
                      // the desk has moved on to the next open date: stay on the one just closed
                      setStep(0);
                      if (record.businessDate !== date) setDate(record.businessDate);
                      else void load();
                    }}
                  />
                )}
              </div>
            </>
          )}
          {prep.unacknowledgedHandovers.length > 0 && (
            <Alert
              type="error"
              showIcon
              message={t('handoversOpen', { which: prep.unacknowledgedHandovers.join(t('separator')) })}
            />
          )}
        </Card>
      )}
      <Card title={t('list.title')} size="small">
        <ClosedDates records={records} mayReopen={mayCall('dayclose.reopen', roles)} onChanged={load} />
      </Card>
    </Space>
  );
}
