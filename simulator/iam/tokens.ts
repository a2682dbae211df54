import { randomBytes } from 'node:crypto';
import type { ProjectRec, TokenRec, UserRec } from '../core/model';
import type { Sim } from '../core/sim';

export function issueToken(sim: Sim, user: UserRec, project: ProjectRec): TokenRec {
  const now = sim.clock.now();
  // Real tokens are long opaque strings starting with "MII"; the shape matters to header-size limits only.
  const id = `MIIsim${randomBytes(96).toString('base64url')}`;
  return sim.state.put('token', {
    id,
    user_id: user.id,
    project_id: project.id,
    issued_at: now,
    expires_at: now + sim.settings.tokenTtlSeconds * 1000,
  });
}

/** Removes expired tokens so the store does not grow without bound. */
export function pruneTokens(sim: Sim): void {
  const now = sim.clock.now();
  for (const t of sim.state.where('token', (t) => t.expires_at <= now)) sim.state.remove('token', t.id);
}

/** Fault injection: every token issued so far stops working at once. */
export function expireAllTokens(sim: Sim): number {
  const now = sim.clock.now();
  const tokens = sim.state.all('token');
  for (const t of tokens) {
    t.expires_at = Math.min(t.expires_at, now - 1);
    sim.state.put('token', t);
  }
  return tokens.length;
}
