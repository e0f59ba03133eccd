import { withVocabulary } from '../vocabulary';
import type { Catalogue, Written } from '../zh-CN';
import { common } from './common';
import { complaints } from './complaints';
import { dayclose } from './dayclose';
import { daysheet } from './daysheet';
import { handover } from './handover';
import { holds } from './holds';
import { keys } from './keys';
import { notifications } from './notifications';
import { sync } from './sync';
import { tickets } from './tickets';
import { visits } from './visits';

const written: Written = {
  common: { ...common, tickets, visits, keys, sync },
  holds,
  daysheet,
  handover,
  dayclose,
  notifications,
  complaints,
};

/** The English catalogue: the keys of the Chinese one (its type), one file per area. */
export const en: Catalogue = withVocabulary(written, 'en');
