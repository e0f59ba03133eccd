import { Button, DatePicker, Space, Spin, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { SavePdfButton } from '../../components/SavePdfButton';
import type { ExportFile } from '../../../shared/contract/exports';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useClient } from '../../desk/DeskContext';
import { useAction } from '../../hooks/useCall';
import { useLoaded } from '../../hooks/usePolled';
import { downloadBase64 } from '../../api/download';
import { DaySheetDocument } from '../../../shared/print/daysheet/DaySheetDocument';

/**
 * The day sheet 日结对账单 and the exports (SPEC §8). It opens on the latest closed date (the
 * sheet that is signed), or the desk's date before any close; the date is picked as on every
 * other page. The sheet itself is shown on the page, as it prints: print it (or save it as PDF
 * in the app), download its .xlsx — the same DaySheet data — or the week's visitor/call analysis.
 */
export function DaySheetPage() {
  const { t } = useTranslation('daysheet');
  const client = useClient();
  const [picked, setPicked] = useState<string | null>(null);
  const working = useAction();

  const closes = useLoaded('dayclose.list', { limit: 31 });
  const latestClosed = closes.data?.find((r) => r.status === 'closed')?.businessDate;
  // Until the list answers, nothing is asked; a desk with no close yet shows its own date.
  const date = picked ?? latestClosed ?? null;
  const ready = picked !== null || closes.data !== undefined;
  const sheetAnswer = useLoaded('exports.daySheet', date ? { date } : {}, { enabled: ready });
  const sheet = sheetAnswer.data ?? null;
  const shown = date ?? sheet?.businessDate ?? null;
  const input = { date: sheet?.businessDate };

  const save = (file: ExportFile) => downloadBase64(file.fileName, file.base64, file.mime);

  return (
    <div className="daysheet-page">
      <Typography.Title level={2}>{t('page.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('page.hint')}</Typography.Paragraph>
      <Space wrap className="page-card">
        <label className="daysheet-date">
          <span>{t('page.date')} </span>
          <DatePicker
            aria-label={t('page.date')}
            allowClear={false}
            autoFocus
            value={shown ? dayjs(shown) : null}
            onChange={(d: Dayjs | null) => d && setPicked(d.format('YYYY-MM-DD'))}
          />
        </label>
        <Button
          type="primary"
          disabled={!sheet || working.busy}
          onClick={() => void working.run(async () => save(await client.call('exports.daySheetXlsx', input)))}
        >
          {t('page.xlsx')}
        </Button>
        <Button disabled={!sheet} onClick={() => window.print()}>
          {t('page.print')}
        </Button>
        {sheet && (
          <SavePdfButton
            fileName={t('common:pdf.daySheetFile', { date: sheet.businessDate, project: sheet.project })}
          />
        )}
        <Button
          disabled={!sheet || working.busy}
          onClick={() => void working.run(async () => save(await client.call('exports.weekXlsx', input)))}
        >
          {t('page.week')}
        </Button>
      </Space>
      <ErrorAlert from={[working, sheetAnswer, closes]} closable />
      {(working.busy || sheetAnswer.loading) && <Spin description={t('page.loading')} />}
      {sheet && (
        <div className="daysheet-paper">
          <DaySheetDocument sheet={sheet} />
        </div>
      )}
    </div>
  );
}
