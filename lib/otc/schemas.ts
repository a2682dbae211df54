import { z } from 'zod';

/**
 * Cloud responses, parsed at the client boundary. Unknown fields are tolerated (loose objects);
 * documented quirks are normalised here so the rest of the console sees one shape.
 */
const nullableString = z
  .string()
  .nullish()
  .transform((v) => v ?? null);

export const serverGroupSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: nullableString,
  status: z.string(),
  progress: z.coerce.number().catch(0),
  source_availability_zone: z.string(),
  target_availability_zone: z.string(),
  domain_id: z.string().optional(),
  domain_name: z.string().optional(),
  priority_station: z.enum(['source', 'target']).catch('source'),
  protected_instance_num: z.coerce.number().catch(0),
  replication_num: z.coerce.number().catch(0),
  disaster_recovery_drill_num: z.coerce.number().catch(0),
  protected_status: nullableString,
  replication_status: nullableString,
  health_status: nullableString,
  source_vpc_id: z.string(),
  created_at: nullableString,
  updated_at: nullableString,
});
export type ServerGroup = z.infer<typeof serverGroupSchema>;

export const protectedInstanceSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: nullableString,
  server_group_id: z.string(),
  status: z.string(),
  progress: z.coerce.number().catch(0),
  source_server: z.string(),
  target_server: z.string(),
  priority_station: z.enum(['source', 'target']).catch('source'),
  attachment: z.array(z.looseObject({ replication: z.string(), device: z.string() })).catch([]),
  tags: z.array(z.looseObject({ key: z.string(), value: z.string().catch('') })).catch([]),
  created_at: nullableString,
  updated_at: nullableString,
});
export type ProtectedInstance = z.infer<typeof protectedInstanceSchema>;

/** `volume_ids` is one comma-separated string ("prod,dr", sometimes with spaces). */
const volumeIdList = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter((s) => s !== ''));

export const replicationPairSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: nullableString,
  status: z.string(),
  progress: z.coerce.number().catch(0),
  replication_status: nullableString,
  server_group_id: z.string(),
  volume_ids: volumeIdList,
  priority_station: z.enum(['source', 'target']).catch('source'),
  // A string on the wire ("0", "2", "5").
  fault_level: z.coerce.string().catch('0'),
  attachment: z.array(z.looseObject({ device: z.string(), protected_instance: z.string() })).catch([]),
  record_metadata: z
    .looseObject({
      volume_size: z.coerce.number().catch(0),
      volume_type: z.string().catch(''),
      multiattach: z.boolean().catch(false),
      bootable: z.boolean().catch(false),
    })
    .nullish(),
  failure_detail: nullableString,
  created_at: nullableString,
  updated_at: nullableString,
});
export type ReplicationPair = z.infer<typeof replicationPairSchema>;

/** EVS `record_metadata` is documented as an object but arrives as a JSON string. */
const evsRecordMetadata = z
  .unknown()
  .transform((v) => {
    if (typeof v !== 'string') return v;
    try {
      return JSON.parse(v) as unknown;
    } catch {
      return null;
    }
  })
  .pipe(
    z
      .looseObject({ volume_size: z.coerce.number().catch(0), volume_type: z.string().catch('') })
      .nullable()
      .catch(null),
  );

export const evsReplicationPairSchema = z.looseObject({
  id: z.string(),
  name: z
    .string()
    .nullish()
    .transform((v) => v ?? ''),
  description: nullableString,
  status: z.string(),
  volume_ids: volumeIdList,
  priority_station: z.string(),
  replication_status: nullableString,
  progress: z.coerce
    .string()
    .nullish()
    .transform((v) => (v === undefined || v === null ? null : Number(v))),
  failure_detail: nullableString,
  fault_level: z.coerce.string().nullish(),
  record_metadata: evsRecordMetadata.optional(),
  created_at: nullableString,
  updated_at: nullableString,
});
export type EvsReplicationPair = z.infer<typeof evsReplicationPairSchema>;

export const drillSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  status: z.string(),
  server_group_id: z.string(),
  drill_vpc_id: nullableString,
  drill_servers: z.array(z.looseObject({ protected_instance: z.string(), drill_server_id: z.string() })).catch([]),
  created_at: nullableString,
});
export type Drill = z.infer<typeof drillSchema>;

/** D1: an active-active domain, the AZ pair a protection group replicates between. */
export const activeDomainSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: nullableString,
  sold_out: z.boolean().catch(false),
  local_replication_cluster: z.looseObject({ availability_zone: z.string() }),
  remote_replication_cluster: z.looseObject({ availability_zone: z.string() }),
});
export type ActiveDomain = z.infer<typeof activeDomainSchema>;

export const vpcSchema = z.looseObject({ id: z.string(), name: z.string(), cidr: z.string(), status: z.string() });
export type Vpc = z.infer<typeof vpcSchema>;

export const failureJobSchema = z.looseObject({
  job_id: z.string(),
  job_type: z.string(),
  resource_id: z.string(),
  resource_name: z.string().catch(''),
  resource_type: z.string().catch(''),
  failure_status: z.string().catch(''),
  begin_time: nullableString,
  error_code: nullableString,
  fail_reason: nullableString,
});
export type FailureJob = z.infer<typeof failureJobSchema>;

export const listOf = <T extends z.ZodType>(key: string, item: T) =>
  z.looseObject({ [key]: z.array(item), count: z.coerce.number().optional() });

/** ECS native server detail (`/cloudservers/detail`): the fields the server picker needs. */
export const serverSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  status: z.string(),
  'OS-EXT-AZ:availability_zone': z.string(),
  flavor: z.looseObject({ id: z.string(), vcpus: z.coerce.number().catch(0), ram: z.coerce.number().catch(0) }),
  metadata: z.looseObject({ vpc_id: z.string().optional() }).catch({}),
  /** The NICs, keyed by network; `OS-EXT-IPS:port_id` is what deleting a NIC names. */
  addresses: z
    .record(
      z.string(),
      z.array(
        z.looseObject({
          addr: z.string(),
          'OS-EXT-IPS:port_id': z.string().optional(),
          'OS-EXT-IPS:type': z.string().optional(),
        }),
      ),
    )
    .catch({}),
  security_groups: z.array(z.looseObject({ id: z.string().optional(), name: z.string() })).catch([]),
  /** ECS tags as `key=value` strings. */
  tags: z.array(z.string()).catch([]),
  'os-extended-volumes:volumes_attached': z
    .array(
      z.looseObject({
        id: z.string(),
        device: z.string().optional(),
        bootIndex: z.union([z.string(), z.null()]).optional(),
      }),
    )
    .catch([]),
});
export type CloudServer = z.infer<typeof serverSchema>;

export const volumeSchema = z.looseObject({
  id: z.string(),
  name: z.string().catch(''),
  status: z.string(),
  size: z.coerce.number(),
  volume_type: z.string().catch(''),
  availability_zone: z.string(),
  // "true"/"false" strings on the wire.
  bootable: z
    .union([z.string(), z.boolean()])
    .transform((v) => v === true || v === 'true')
    .catch(false),
  multiattach: z.boolean().catch(false),
  metadata: z.looseObject({ __system__encrypted: z.string().optional() }).catch({}),
  attachments: z.array(z.looseObject({ server_id: z.string(), device: z.string().optional() })).catch([]),
});
export type Volume = z.infer<typeof volumeSchema>;

export const subnetSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  cidr: z.string(),
  gateway_ip: z.string(),
  vpc_id: z.string(),
  neutron_network_id: z.string().optional(),
});
export type Subnet = z.infer<typeof subnetSchema>;

export const securityGroupSchema = z.looseObject({ id: z.string(), name: z.string(), vpc_id: z.string().optional() });
export type SecurityGroup = z.infer<typeof securityGroupSchema>;

export const flavorSchema = z.looseObject({
  id: z.string(),
  name: z.string().catch(''),
  vcpus: z.coerce.number().catch(0),
  ram: z.coerce.number().catch(0),
  os_extra_specs: z
    .looseObject({ 'cond:operation:status': z.string().optional(), 'cond:operation:az': z.string().optional() })
    .catch({}),
});
export type Flavor = z.infer<typeof flavorSchema>;

export const jobSchema: z.ZodType<CloudJob> = z.lazy(() =>
  z.looseObject({
    job_id: z.string(),
    job_type: z.string(),
    status: z.string(),
    begin_time: nullableString,
    end_time: nullableString,
    error_code: nullableString,
    fail_reason: nullableString,
    entities: z
      .looseObject({ sub_jobs: z.array(jobSchema).optional() })
      .catch({})
      .transform((e) => e as Record<string, unknown> & { sub_jobs?: CloudJob[] }),
  }),
);
export interface CloudJob {
  job_id: string;
  job_type: string;
  status: string;
  begin_time: string | null;
  end_time: string | null;
  error_code: string | null;
  fail_reason: string | null;
  entities: Record<string, unknown> & { sub_jobs?: CloudJob[] };
}
