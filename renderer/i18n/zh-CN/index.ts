import { withVocabulary, type Strings } from '../vocabulary';
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

const written = {
  common: { ...common, tickets, visits, keys, sync },
  holds,
  daysheet,
  handover,
  dayclose,
  notifications,
  complaints,
} as const;

/** What a catalogue writes itself, one file per area: the English one must write the same keys. */
export type Written = Strings<typeof written>;

/**
 * The Simplified Chinese catalogue, the default language (SPEC §9). The names of closed sets
 * (kinds, states, roles, …) are not written here: `withVocabulary` places the vocabularies'
 * labels (renderer/i18n/vocabulary.ts). The English catalogue's type is derived from this one,
 * so a missing or extra key fails the build.
 */
export const zhCN = withVocabulary(written, 'zh-CN');
export type Catalogue = Strings<typeof zhCN>;
