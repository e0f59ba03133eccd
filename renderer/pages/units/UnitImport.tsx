import { Alert, Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../shared/contract/units';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FigureTable } from '../../components/FigureTable';
import { useClient } from '../../desk/DeskContext';
import { useAction } from '../../hooks/useCall';
import { useToast } from '../../hooks/useToast';

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Pick a file, see what would be imported and what is refused row by row, then import the good
 * rows. The file travels in the call as base64, so the IPC bridge and /rpc carry it alike.
 */
export function UnitImport({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation('holds');
  const client = useClient();
  const message = useToast();
  const [file, setFile] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [done, setDone] = useState(false);
  const action = useAction();

  async function pick(picked: File | undefined) {
    setReport(null);
    setDone(false);
    action.clearError();
    if (!picked) return;
    await action.run(async () => {
      const next = { fileName: picked.name, contentBase64: await toBase64(picked) };
      setFile(next);
      setReport(await client.call('units.import', { ...next, dryRun: true }));
    });
  }

  async function confirm() {
    if (!file) return;
    const result = await action.run(() => client.call('units.import', { ...file, dryRun: false }));
    if (!result) return;
    setReport(result);
    setDone(true);
    message.success(t('units.imported', { imported: result.imported, refused: result.refused.length }));
    onImported();
  }

  return (
    <Card size="small" title={t('units.import')} className="page-card">
      <Typography.Paragraph type="secondary">{t('units.importHelp')}</Typography.Paragraph>
      <label htmlFor="unit-import-file">{t('units.file')}</label>{' '}
      <input
        id="unit-import-file"
        type="file"
        accept=".xlsx,.csv"
        onChange={(e) => void pick(e.target.files?.[0])}
      />
      <ErrorAlert error={action.error} />
      {report && (
        <Space direction="vertical" style={{ width: '100%', marginTop: 12 }}>
          <Alert
            type={report.refused.length ? 'warning' : 'success'}
            title={
              done
                ? t('units.imported', { imported: report.imported, refused: report.refused.length })
                : t('units.preview', {
                    rows: report.rows,
                    imported: report.imported,
                    refused: report.refused.length,
                  })
            }
          />
          {report.refused.length > 0 && (
            <FigureTable
              rowKey="row"
              rows={report.refused}
              columns={[
                { key: 'row', title: t('units.row'), dataIndex: 'row' },
                { key: 'reason', title: t('units.reason'), render: (_, r) => t(`units.refusal.${r.reason}`) },
                { key: 'detail', title: t('units.detail'), dataIndex: 'detail' },
              ]}
            />
          )}
          {!done && report.imported > 0 && (
            <Button type="primary" onClick={() => void confirm()} loading={action.busy}>
              {t('units.confirm')}
            </Button>
          )}
        </Space>
      )}
    </Card>
  );
}
