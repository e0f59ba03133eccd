import { Button, Form, Input, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SavePdfButton } from '../../components/SavePdfButton';
import type { DaySheet, ExportFile } from '../../../shared/contract/exports';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useClient } from '../../desk/DeskContext';
import { useAction } from '../../hooks/useCall';
import { useLoaded } from '../../hooks/usePolled';
import { downloadBase64 } from '../../api/download';
import { DaySheetDocument } from '../../../shared/print/daysheet/DaySheetDocument';

/**
 * The day sheet 日结对账单 and the exports (SPEC §8): pick a business date, download the .xlsx,
 * open the A4 print page (print it or save it as PDF from the print dialog), download the
 * week's visitor/call analysis. The print page is the same DaySheet data the .xlsx is made from.
 */
export function DaySheetPage() {
  const { t } = useTranslation('daysheet');
  const client = useClient();
  const [date, setDate] = useState('');
  const [sheet, setSheet] = useState<DaySheet | null>(null);
  const [preview, setPreview] = useState(false);
  const working = useAction();

  // The desk's business date (its day cut-off applied in the main process) is the default.
  const today = useLoaded('exports.daySheet', {});
  const todayDate = today.data?.businessDate;
  useEffect(() => {
    if (todayDate) setDate((current) => current || todayDate);
  }, [todayDate]);

  const save = (file: ExportFile) => downloadBase64(file.fileName, file.base64, file.mime);
  const input = { date: date || undefined };

  const showPreview = () =>
    working.run(async () => {
      setSheet(await client.call('exports.daySheet', input));
      setPreview(true);
    });

  return (
    <div className="daysheet-page">
      <Typography.Title level={2}>{t('page.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('page.hint')}</Typography.Paragraph>
      <Form
        layout="inline"
        className="page-card"
        name="daySheet"
        onFinish={() => void working.run(async () => save(await client.call('exports.daySheetXlsx', input)))}
      >
        <Form.Item label={t('page.date')} htmlFor="daysheet-date">
          <Input
            id="daysheet-date"
            type="date"
            autoFocus
            value={date}
            onChange={(e) => {
              setDate(e.target.value);
              setPreview(false);
            }}
          />
        </Form.Item>
        <Space wrap>
          <Button type="primary" htmlType="submit" disabled={working.busy}>
            {t('page.xlsx')}
          </Button>
          <Button onClick={() => void showPreview()} disabled={working.busy}>
            {t('page.preview')}
          </Button>
          <Button
            onClick={() => void working.run(async () => save(await client.call('exports.weekXlsx', input)))}
            disabled={working.busy}
          >
            {t('page.week')}
          </Button>
        </Space>
      </Form>
      <ErrorAlert from={[working, today]} closable />
      {working.busy && <Spin description={t('page.loading')} />}
      {preview && sheet && (
        <>
          <Space className="filter-row">
            <Button type="primary" onClick={() => window.print()}>
              {t('page.print')}
            </Button>
            <SavePdfButton
              fileName={t('common:pdf.daySheetFile', { date: sheet.businessDate, project: sheet.project })}
            />
            <Button onClick={() => setPreview(false)}>{t('page.close')}</Button>
          </Space>
          <div className="daysheet-paper">
            <DaySheetDocument sheet={sheet} />
          </div>
        </>
      )}
    </div>
  );
}
