import { labelsIn, ROLE_LABELS } from '../../../shared/domain/vocab';
import type { Catalogue } from '../zh-CN';
import { common } from './common';
import { dayclose } from './dayclose';
import { daysheet } from './daysheet';
import { handover } from './handover';
import { holds } from './holds';
import { keys } from './keys';
import { notifications } from './notifications';
import { tickets } from './tickets';
import { visits } from './visits';

/** The English catalogue: the keys of the Chinese one (its type), one file per area. */
export const en: Catalogue = {
  common: { ...common, tickets, visits, keys },
  roles: labelsIn(ROLE_LABELS, 'en'),
  holds,
  daysheet,
  handover,
  dayclose,
  notifications,
};
