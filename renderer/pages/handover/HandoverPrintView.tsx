import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { SavePdfButton } from '../../components/SavePdfButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSession } from '../../desk/DeskContext';
import { useLoaded } from '../../hooks/usePolled';
import { HandoverPrint } from './HandoverPrint';

/** The print view of one handover: the A4 sheet on screen, and the browser's print dialog. */
export function HandoverPrintView({ handoverId, onBack }: { handoverId: number; onBack: () => void }) {
  const { t } = useTranslation('handover');
  const projectName = useSession((s) => s.projectName);
  const answer = useLoaded('handover.get', { handoverId });
  const view = answer.data ?? null;

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
      <ErrorAlert error={answer.error} />
      {view && <HandoverPrint handover={view} projectName={projectName ?? ''} />}
    </div>
  );
}
