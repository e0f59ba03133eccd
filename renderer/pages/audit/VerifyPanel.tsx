import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VerifyReport } from '../../../shared/contract/audit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useClient } from '../../desk/DeskContext';

/** Runs the whole-ledger check (SQLite integrity + audit hash chain) and names the first bad row. */
export function VerifyPanel() {
  const { t } = useTranslation();
  const client = useClient();
  const [report, setReport] = useState<VerifyReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function verify() {
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      setReport(await client.call('audit.verify', {}));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Space orientation="vertical" className="verify-panel">
      <Button icon={<SafetyCertificateOutlined aria-hidden />} onClick={() => void verify()} loading={busy}>
        {t('audit.verify')}
      </Button>
      <ErrorAlert error={error} />
      {report && (
        <Alert
          showIcon
          type={report.ok ? 'success' : 'error'}
          title={
            report.firstProblem
              ? t('audit.verifyBad', {
                  table: report.firstProblem.table,
                  row: report.firstProblem.rowId,
                  problem: report.firstProblem.problem,
                })
              : t('audit.verifyOk', { audit: report.auditRows, ledger: report.ledgerRows })
          }
          description={t('audit.integrity', { result: report.integrity })}
        />
      )}
    </Space>
  );
}
