import type { SubnetOption } from '@/lib/schemas/protected-instance';

/** What the form receives: only what it shows, nothing the browser should not see. */
export interface ServerOption {
  id: string;
  name: string;
  status: string;
  az: string;
  flavor: { id: string; vcpus: number; ram: number };
  disks: { device: string; sizeGb: number; type: string; system: boolean }[];
  problem: string | null;
}

export interface FlavorOption {
  id: string;
  vcpus: number;
  ram: number;
  available: boolean;
}

export interface GroupSummary {
  id: string;
  name: string;
  productionAz: string;
  drAz: string;
}

export interface ProtectedInstanceFormOptions {
  group: GroupSummary;
  /** Every server that can be protected, then the first of those that cannot, with the reason. */
  servers: ServerOption[];
  /** How many servers of the project there are in all, listed or not. */
  serverTotal: number;
  subnets: SubnetOption[];
  flavors: FlavorOption[];
}
