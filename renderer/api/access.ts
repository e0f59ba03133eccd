import { contract, type Channel } from '../../shared/contract';
import { hasAnyRole, type Role } from '../../shared/domain/roles';

/**
 * Whether the signed-in roles may make a call, read from the contract so the renderer never
 * keeps its own copy of who may do what. Only for showing or hiding: the main process decides.
 */
export function mayCall(channel: Channel, roles: readonly Role[] | null | undefined): boolean {
  const access = contract[channel].access;
  if (access === 'public') return true;
  if (!roles) return false;
  if (access === 'signedIn') return true;
  return hasAnyRole(roles, access);
}
