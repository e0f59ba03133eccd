import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VerifyReport } from '../../../shared/contract/audit';
import { parseFingerprint } from '../../../shared/domain/fingerprint';
import { WITNESS_KIND_LABELS, WITNESS_VERDICT_LABELS } from '../../../shared/domain/vocab';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCall } from '../../hooks/useCall';

/**
 * Runs the whole-ledger check — SQLite integrity, the audit hash chain and its seals, and every
 * witness the desk finds (the backups' head files) or is given (fingerprints 台账指纹 typed from
 * printed day sheets) — and names the first bad row and the witness that caught it.
 */
export function VerifyPanel() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'zh-CN';
  const check = useCall('audit.verify');
  const [report, setReport] = useState<VerifyReport | null>(null);
  const [typed, setTyped] = useState<string[]>([]);
  const malformed = typed.filter((text) => parseFingerprint(text) === null);

  async function verify() {
    setReport(null);
    setReport((await check.run({ witnesses: typed })) ?? null);
  }

  const caught =
    report?.witnesses.filter((w) => w.verdict === 'disagrees' || w.verdict === 'truncated') ?? [];
  const held = report?.witnesses.filter((w) => w.verdict === 'extends').length ?? 0;

  return (
    <Space orientation="vertical" className="verify-panel">
      <Form layout="vertical">
        <Form.Item
          label={t('audit.fingerprints')}
          extra={t('audit.fingerprintsHelp')}
          validateStatus={malformed.length > 0 ? 'error' : undefined}
          help={malformed.length > 0 ? t('audit.fingerprintBad', { text: malformed[0] }) : undefined}
        >
          <Select
            mode="tags"
            open={false}
            value={typed}
            onChange={setTyped}
            tokenSeparators={[',', '，', ';']}
            placeholder={t('audit.fingerprintExample')}
            aria-label={t('audit.fingerprints')}
            style={{ minWidth: 360 }}
          />
        </Form.Item>
      </Form>
      <Button
        icon={<SafetyCertificateOutlined aria-hidden />}
        onClick={() => void verify()}
        loading={check.busy}
        disabled={malformed.length > 0}
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
                }) +
                (report.firstProblem.witness
                  ? t('audit.caughtBy', { witness: report.firstProblem.witness })
                  : '')
              : t('audit.verifyOk', { audit: report.auditRows, ledger: report.ledgerRows })
          }
          description={
            <>
              <div>{t('audit.integrity', { result: report.integrity })}</div>
              {report.head && (
                <div>
                  {t('audit.headNow')} <Typography.Text code>{report.head.fingerprint}</Typography.Text>
                </div>
              )}
              <div>
                {report.seals.checked
                  ? t('audit.sealsChecked', { sealed: report.seals.sealed, legacy: report.seals.legacy })
                  : t('audit.sealsNotChecked')}
              </div>
              <div>{t('audit.witnesses', { count: report.witnesses.length, held })}</div>
              {caught.map((w) => (
                <div key={`${w.kind}-${w.label}`}>
                  {WITNESS_VERDICT_LABELS[w.verdict][locale]}: {WITNESS_KIND_LABELS[w.kind][locale]} {w.label}{' '}
                  — {w.detail}
                </div>
              ))}
            </>
          }
        />
      )}
    </Space>
  );
}
