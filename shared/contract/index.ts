import type { z } from 'zod';
import type { CallDef } from './define';
import { audit } from './audit';
import { backups } from './backups';
import { auth } from './auth';
import { cash } from './cash';
import { sheetExports } from './exports';
import { dayclose } from './dayclose';
import { holds } from './holds';
import { keys } from './keys';
import { notifications } from './notifications';
import { settings } from './settings';
import { tickets } from './tickets';
import { units } from './units';
import { users } from './users';
import { calls } from './calls';
import { customers } from './customers';
import { rotation } from './rotation';
import { visits } from './visits';
import { handover } from './handover';
import { mail } from './mail';
import { complaints } from './complaints';
import { sync } from './sync';

/**
 * Every call of the API, declared once. Later ledgers add their namespace object here; the
 * registry flattens `{ users: { create } }` into the channel `users.create`.
 */
const namespaces = {
  auth,
  users,
  settings,
  audit,
  notifications,
  backups,
  visits,
  calls,
  rotation,
  customers,
  units,
  holds,
  tickets,
  cash,
  keys,
  exports: sheetExports,
  mail,
  handover,
  dayclose,
  complaints,
  sync,
} as const;

type Namespaces = typeof namespaces;
/** The namespaces of the API; every channel is `<namespace>.<verb>`. */
export type Namespace = keyof Namespaces;
export const NAMESPACES: readonly Namespace[] = Object.keys(namespaces) as Namespace[];
type Flatten<N> = {
  [NS in keyof N & string]: {
    [V in keyof N[NS] & string as `${NS}.${V}`]: N[NS][V];
  };
}[keyof N & string];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;

export type Contract = UnionToIntersection<Flatten<Namespaces>>;
export type Channel = keyof Contract & string;
export type InputOf<C extends Channel> = Contract[C] extends CallDef<infer I, z.ZodType> ? z.input<I> : never;
export type ParsedInputOf<C extends Channel> =
  Contract[C] extends CallDef<infer I, z.ZodType> ? z.output<I> : never;
export type OutputOf<C extends Channel> =
  Contract[C] extends CallDef<z.ZodType, infer O> ? z.output<O> : never;

function flatten(): Contract {
  const flat: Record<string, CallDef> = {};
  for (const [ns, calls] of Object.entries(namespaces)) {
    for (const [verb, def] of Object.entries(calls as Record<string, CallDef>)) {
      flat[`${ns}.${verb}`] = def;
    }
  }
  return flat as Contract;
}

export const contract: Contract = flatten();
export const channels = Object.keys(contract) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}

export type { CallDef, Access } from './define';
