/**
 * "Allow for 8 hours": remembered per key and per executable, in memory only — a restart of the app
 * forgets every grant (deliberately: nothing that unlocks a key is written to disk). Listed and
 * revocable from the Security page; an expired grant is never used and drops out of the list.
 */
import { randomUUID } from 'node:crypto';
import type { ProviderId } from '../../shared/providers';

export const GRANT_MS = 8 * 3_600_000;

export interface Grant {
  id: string;
  keyId: string;
  keyName: string;
  provider: ProviderId;
  /** The program the key may go to without asking. */
  executable: string;
  grantedAt: number;
  expiresAt: number;
}

export function createGrants(now: () => number) {
  const grants = new Map<string, Grant>();
  const live = () => {
    for (const [id, grant] of grants) if (grant.expiresAt <= now()) grants.delete(id);
    return [...grants.values()];
  };
  return {
    find: (keyId: string, executable: string) =>
      live().find((g) => g.keyId === keyId && g.executable === executable) ?? null,
    add(key: { id: string; name: string; provider: ProviderId }, executable: string): Grant {
      for (const old of live()) if (old.keyId === key.id && old.executable === executable) grants.delete(old.id);
      const at = now();
      const grant = {
        id: randomUUID(),
        keyId: key.id,
        keyName: key.name,
        provider: key.provider,
        executable,
        grantedAt: at,
        expiresAt: at + GRANT_MS,
      };
      grants.set(grant.id, grant);
      return grant;
    },
    /** Newest first, for the Security page. */
    list: (): Grant[] => live().sort((a, b) => b.grantedAt - a.grantedAt),
    /** Answers the revoked grant, or null if it was not there (already expired or revoked). */
    revoke(id: string): Grant | null {
      const grant = grants.get(id) ?? null;
      grants.delete(id);
      return grant;
    },
    /** A deleted or rotated key loses its grants. */
    revokeKey: (keyId: string) => live().filter((g) => g.keyId === keyId && grants.delete(g.id)),
  };
}
export type Grants = ReturnType<typeof createGrants>;
