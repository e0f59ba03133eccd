import { PrinterOutlined } from '@ant-design/icons';
import { Button, Modal } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisitView } from '../../../shared/contract/visits';
import { useSession } from '../../desk/DeskContext';
import { VisitSlip } from './VisitSlip';
import './print.css';

/** While the slip is open, print.css shows only the slip on paper. */
const PRINTING_CLASS = 'printing-visit-slip';

/**
 * The print view of one visit slip: the sheet as it will print, a Print button (the focus
 * starts there, so Enter prints) and Escape to go back to today's visitors.
 */
export function VisitSlipDialog({ visit, onClose }: { visit: VisitView; onClose: () => void }) {
  const { t } = useTranslation();
  const projectName = useSession((s) => s.projectName);
  const [printedAt] = useState(() => dayjs().format('YYYY-MM-DD HH:mm'));
  useEffect(() => {
    document.body.classList.add(PRINTING_CLASS);
    return () => document.body.classList.remove(PRINTING_CLASS);
  }, []);
  // The dialog takes the focus itself as it opens (its own focus trap, after the button's
  // autoFocus when the page came through a Suspense boundary): hand it to Print once open.
  const printRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const timer = window.setTimeout(() => printRef.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, []);
  return (
    <Modal
      open
      title={t('visits.slip.viewTitle', { name: visit.customer.name })}
      onCancel={onClose}
      width={860}
      centered
      rootClassName="visit-slip-modal"
      destroyOnHidden
      footer={[
        <Button key="close" onClick={onClose}>
          {t('visits.slip.back')}
        </Button>,
        <Button
          key="print"
          type="primary"
          ref={printRef}
          autoFocus
          icon={<PrinterOutlined aria-hidden />}
          onClick={() => window.print()}
        >
          {t('visits.slip.print')}
        </Button>,
      ]}
    >
      {/* The A4 preview scrolls inside the dialog (by keyboard too), so Print stays on screen at 1366×768. */}
      <div className="visit-slip-scroll" tabIndex={0} role="region" aria-label={t('visits.slip.column')}>
        <VisitSlip visit={visit} projectName={projectName} printedAt={printedAt} />
      </div>
    </Modal>
  );
}
