import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { pdfSaver } from '../api/savePdf';
import { useAction } from '../hooks/useCall';
import { useToast } from '../hooks/useToast';

/** "Save as PDF" in the app (A4, the page's print styles); nothing in the web host, which prints. */
export function SavePdfButton({ fileName, disabled }: { fileName: string; disabled?: boolean }) {
  const { t } = useTranslation();
  const message = useToast();
  const saving = useAction();
  const save = pdfSaver();
  if (!save) return null;
  return (
    <Button
      disabled={disabled}
      loading={saving.busy}
      onClick={() =>
        void saving.run(async () => {
          if ((await save(fileName)).saved) message.success(t('pdf.saved'));
        })
      }
    >
      {t('pdf.save')}
    </Button>
  );
}
