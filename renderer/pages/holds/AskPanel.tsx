import { Alert, Button, Card, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../shared/contract';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSession } from '../../desk/DeskContext';
import { useCall } from '../../hooks/useCall';
import { useLoaded } from '../../hooks/usePolled';
import { RequestDialog, type RequestTarget } from './RequestDialog';

type Answer = OutputOf<'holds.ask'>;

/**
 * "Is 3-1-302 free?" (000:719-721): a named unit is asked about, the answer is free or not free
 * — never who or why — and the question is recorded. A free unit can be asked for at once.
 */
export function AskPanel({ onRequested }: { onRequested: () => void }) {
  const { t } = useTranslation('holds');
  const roles = useSession((s) => s.user?.roles);
  const [building, setBuilding] = useState<string | null>(null);
  const directory = useLoaded('units.directory', building === null ? {} : { building });
  const [unitId, setUnitId] = useState<number | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [requesting, setRequesting] = useState<RequestTarget | null>(null);
  const ask = useCall('holds.ask');
  const canRequest = mayCall('holds.request', roles);

  const options = useMemo(
    () => (directory.data?.units ?? []).map((u) => ({ value: u.id, label: u.label })),
    [directory.data],
  );
  const buildings = directory.data?.buildings ?? [];

  async function submit() {
    if (unitId === null) return;
    setAnswer(null);
    const got = await ask.run({ unitId });
    if (got) setAnswer(got);
  }

  return (
    <Card title={t('ask.title')} size="small" className="ask-panel">
      <ErrorAlert error={directory.error ?? ask.error} onClose={ask.clearError} />
      <Space wrap>
        {buildings.length > 1 && (
          <Select<string>
            aria-label={t('ask.building')}
            value={directory.data?.building ?? undefined}
            onChange={(b) => {
              setBuilding(b);
              setUnitId(null);
              setAnswer(null);
            }}
            style={{ minWidth: 120 }}
            options={buildings.map((b) => ({ value: b, label: b }))}
          />
        )}
        <Select<number>
          aria-label={t('ask.unit')}
          placeholder={t('ask.unitPlaceholder')}
          value={unitId ?? undefined}
          onChange={(id) => {
            setUnitId(id);
            setAnswer(null);
          }}
          showSearch
          optionFilterProp="label"
          style={{ minWidth: 220 }}
          options={options}
        />
        <Button type="primary" disabled={unitId === null} loading={ask.busy} onClick={() => void submit()}>
          {t('ask.submit')}
        </Button>
      </Space>
      {answer && (
        <Alert
          role="status"
          style={{ marginTop: 12 }}
          type={answer.free ? 'success' : 'warning'}
          message={t(answer.free ? 'ask.free' : 'ask.notFree', { unit: answer.unitLabel })}
          action={
            answer.free && canRequest ? (
              <Button
                size="small"
                onClick={() => setRequesting({ id: answer.unitId, label: answer.unitLabel })}
              >
                {t('ask.request')}
              </Button>
            ) : undefined
          }
        />
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t('ask.logged')}
      </Typography.Paragraph>
      <RequestDialog
        unit={requesting}
        onClose={() => setRequesting(null)}
        onDone={() => {
          setRequesting(null);
          setAnswer(null);
          onRequested();
        }}
      />
    </Card>
  );
}
