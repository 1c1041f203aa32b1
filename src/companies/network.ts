import type { AuditAction } from '../audit/actions.ts';
import { audit } from '../audit/audit.ts';
import type { Scope } from '../auth/scope.ts';
import { badRequest, notFound } from '../platform/errors.ts';
import { type NetworkAccess, networkAccess } from './access.ts';

/**
 * The actor's networks, or "not found" for someone who reads none (a company mentor, the young
 * person, an administrator): to them the network does not exist.
 */
export async function readableNetworks(scope: Scope): Promise<NetworkAccess> {
  const access = await networkAccess(scope.tx, scope.actor);
  if (access.reads.length === 0) throw notFound('company network');
  return access;
}

/** The institution a new company or workplace goes into: the writer's one network, or the one the body names. */
export function chosenNetwork(access: NetworkAccess, institutionId: string | undefined): string {
  if (access.writes.length === 0) throw notFound('company network');
  if (institutionId !== undefined) {
    if (!access.writes.includes(institutionId))
      throw badRequest('body.institutionId: not a network you work in', 'body.institutionId');
    return institutionId;
  }
  const [only, ...more] = access.writes;
  if (!only || more.length > 0)
    throw badRequest('body.institutionId: choose which network', 'body.institutionId');
  return only;
}

/** The network's audit row: about the institution's network, never about a young person. */
export const auditNetwork = (
  scope: Scope,
  action: AuditAction,
  objectType: string,
  objectId: string | null,
  detail?: Record<string, unknown>,
) => audit(scope.tx, scope.actor, { action, purpose: 'courseWork', objectType, objectId, detail });
