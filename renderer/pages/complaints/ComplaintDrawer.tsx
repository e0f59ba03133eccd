import { Drawer, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintView } from '../../../shared/contract/complaints';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoaded } from '../../hooks/usePolled';
import { useToast } from '../../hooks/useToast';
import { ActionDialogs, type ComplaintAct } from './ActionDialogs';
import { ComplaintDetail } from './ComplaintDetail';
import { officeStaff } from './people';

/** One complaint opened beside the list: its card and history, and its acts as dialogs. */
export function ComplaintDrawer(props: { id: number | null; onClose: () => void; onChanged: () => void }) {
  const { t } = useTranslation('complaints');
  const message = useToast();
  const [act, setAct] = useState<ComplaintAct | null>(null);
  const [version, setVersion] = useState(0);
  const open = props.id !== null;
  const answer = useLoaded('complaints.get', { complaintId: props.id ?? 1 }, { enabled: open, version });
  const roster = useLoaded('auth.roster', {}, { enabled: open });
  const complaint: ComplaintView | undefined = answer.data?.id === props.id ? answer.data : undefined;

  function done(_c: ComplaintView, words: string) {
    setAct(null);
    message.success(words);
    setVersion((v) => v + 1);
    props.onChanged();
  }

  return (
    <Drawer
      open={open}
      size={720}
      title={complaint ? t('detail.title', { no: complaint.no }) : t('title')}
      onClose={props.onClose}
      destroyOnHidden
    >
      <ErrorAlert error={answer.error} />
      {complaint ? (
        <>
          <ComplaintDetail complaint={complaint} onAct={setAct} />
          <ActionDialogs
            complaint={complaint}
            act={act}
            staff={officeStaff(roster.data)}
            onCancel={() => setAct(null)}
            onDone={done}
          />
        </>
      ) : (
        <Spin spinning={answer.loading} />
      )}
    </Drawer>
  );
}
