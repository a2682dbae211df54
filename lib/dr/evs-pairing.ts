import type { CloudServer, Volume } from '../otc/schemas';
import { isEncrypted, pairUsing, type PairedVolumes } from './preflight';

/**
 * The EVS pair rule (deprecated EVS API, reference §3.1): the DR disk is another disk in another AZ,
 * of the same type and size, in no pair, not encrypted and not attached to a running server. Each
 * disk's facts are worked out once (on the server, from fresh cloud data); the rule is a pure
 * function of two disks' facts, so the browser evaluates it as the user picks and the server
 * applies it again before anything is sent.
 */
export interface EvsDisk {
  id: string;
  label: string;
  detail: string;
  az: string;
  type: string;
  size: number;
  /** Why the disk can be neither disk of a pair, whatever the other one is; null when it can. */
  blocked: string | null;
  /** A server the disk is attached to that is not stopped, by name. */
  runningServer: string | null;
}

export function evsDiskFacts(
  v: Volume,
  paired: PairedVolumes,
  servers: ReadonlyMap<string, Pick<CloudServer, 'name' | 'status'>>,
  detail: string,
): EvsDisk {
  const pair = pairUsing(v.id, paired);
  const running = v.attachments.map((a) => servers.get(a.server_id)).find((s) => s && s.status !== 'SHUTOFF');
  return {
    id: v.id,
    label: v.name || v.id,
    detail,
    az: v.availability_zone,
    type: v.volume_type,
    size: v.size,
    blocked: pair
      ? `Already in replication pair ${pair}.`
      : isEncrypted(v)
        ? 'Encrypted disks cannot be replicated.'
        : null,
    runningServer: running?.name ?? null,
  };
}

/** Why a disk cannot be the production disk of an EVS pair, or null. */
export const evsProductionProblem = (d: EvsDisk): string | null => d.blocked;

/** Why a disk cannot be the DR disk for this production disk, or null. */
export function evsDrProblem(dr: EvsDisk, prod: EvsDisk | undefined): string | null {
  if (!prod) return 'Choose the production disk first.';
  if (dr.id === prod.id) return 'This is the production disk.';
  if (dr.blocked) return dr.blocked;
  if (dr.az === prod.az) return `In the same AZ as the production disk (${prod.az}).`;
  if (dr.type.toLowerCase() !== prod.type.toLowerCase()) return `Type ${dr.type}; the production disk is ${prod.type}.`;
  if (dr.size !== prod.size) return `${dr.size} GB; the production disk has ${prod.size} GB.`;
  if (dr.runningServer) return `Attached to ${dr.runningServer}, which is not stopped; stop it first.`;
  return null;
}
