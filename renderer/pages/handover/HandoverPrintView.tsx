import { Button, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SavePdfButton } from '../../components/SavePdfButton';
import type { HandoverView } from '../../../shared/contract/handover';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useClient, useSession } from '../../desk/DeskContext';
import { HandoverPrint } from './HandoverPrint';

/** The print view of one handover: the A4 sheet on screen, and the browser's print dialog. */
export function HandoverPrintView({ handoverId, onBack }: { handoverId: number; onBack: () => void }) {
  const { t } = useTranslation('handover');
  const client = useClient();
  const projectName = useSession((s) => s.projectName);
  const [view, setView] = useState<HandoverView | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    client.call('handover.get', { handoverId }).then(setView).catch(setError);
  }, [client, handoverId]);

  return (
    <div className="page handover-print-page">
      <Space className="handover-no-print">
        <Button onClick={onBack} autoFocus>
          {t('print.back')}
        </Button>
        <Button type="primary" disabled={!view} onClick={() => window.print()}>
          {t('print.print')}
        </Button>
        {view && (
          <SavePdfButton fileName={t('common:pdf.handoverFile', { date: view.businessDate, id: view.id })} />
        )}
      </Space>
      <ErrorAlert error={error} />
      {view && <HandoverPrint handover={view} projectName={projectName ?? ''} />}
    </div>
  );
}
