import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pdfSaver } from '../api/savePdf';

/** "Save as PDF" in the app (A4, the page's print styles); nothing in the web host, which prints. */
export function SavePdfButton({ fileName, disabled }: { fileName: string; disabled?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const save = pdfSaver();
  if (!save) return null;
  return (
    <Button
      disabled={disabled}
      loading={busy}
      onClick={async () => {
        setBusy(true);
        try {
          if ((await save(fileName)).saved) void message.success(t('pdf.saved'));
        } finally {
          setBusy(false);
        }
      }}
    >
      {t('pdf.save')}
    </Button>
  );
}
