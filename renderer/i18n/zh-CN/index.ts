import { labelsIn, ROLE_LABELS } from '../../../shared/domain/vocab';
import { common } from './common';
import { dayclose } from './dayclose';
import { daysheet } from './daysheet';
import { handover } from './handover';
import { holds } from './holds';
import { keys } from './keys';
import { notifications } from './notifications';
import { tickets } from './tickets';
import { visits } from './visits';

/**
 * The Simplified Chinese catalogue, the default language (SPEC §9), one file per area. The English
 * catalogue must have exactly the same keys; its type is derived from this object so a missing or
 * extra key fails the build. The names of closed sets (kinds, states, roles, …) are not written
 * here: they come from the labels of shared/domain/vocab.
 */
export const zhCN = {
  common: { ...common, tickets, visits, keys },
  roles: labelsIn(ROLE_LABELS, 'zh-CN'),
  holds,
  daysheet,
  handover,
  dayclose,
  notifications,
} as const;

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
export type Catalogue = Strings<typeof zhCN>;
