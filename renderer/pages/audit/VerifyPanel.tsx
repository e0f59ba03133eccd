import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VerifyReport } from '../../../shared/contract/audit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCall } from '../../hooks/useCall';

/** Runs the whole-ledger check (SQLite integrity + audit hash chain) and names the first bad row. */
export function VerifyPanel() {
  const { t } = useTranslation();
  const check = useCall('audit.verify');
  const [report, setReport] = useState<VerifyReport | null>(null);

  async function verify() {
    setReport(null);
    setReport((await check.run({})) ?? null);
  }

  return (
    <Space orientation="vertical" className="verify-panel">
      <Button
        icon={<SafetyCertificateOutlined aria-hidden />}
        onClick={() => void verify()}
        loading={check.busy}
      >
        {t('audit.verify')}
      </Button>
      <ErrorAlert error={check.error} />
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
