import { describe, expect, it } from 'vitest';
import { evsReplicationPairSchema, replicationPairSchema, serverGroupSchema } from './schemas';
import { parseCloudTime } from './time';

describe('response parsing at the boundary', () => {
  it('splits volume_ids, keeps fault_level a string and tolerates unknown fields', () => {
    const p = replicationPairSchema.parse({
      id: 'p1',
      name: 'rp',
      status: 'available',
      progress: 100,
      replication_status: 'active',
      server_group_id: 'g1',
      volume_ids: 'prod-1, dr-1',
      priority_station: 'source',
      fault_level: 2,
      attachment: [],
      record_metadata: { multiattach: false, bootable: true, volume_size: '10', volume_type: 'SSD' },
      something_new: { nested: true },
    });
    expect(p.volume_ids).toEqual(['prod-1', 'dr-1']);
    expect(p.fault_level).toBe('2');
    expect(p.record_metadata?.volume_size).toBe(10);
    expect(p.description).toBeNull();
  });

  it('reads EVS record_metadata sent as a JSON string and progress as a string', () => {
    const p = evsReplicationPairSchema.parse({
      id: 'e1',
      name: null,
      status: 'available',
      volume_ids: 'a,b',
      priority_station: 'eu-de-01',
      progress: '100',
      record_metadata: '{ "volume_size": 5, "volume_type": "ssd", "multiattach": false}',
      updated_at: null,
    });
    expect(p.name).toBe('');
    expect(p.progress).toBe(100);
    expect(p.record_metadata).toMatchObject({ volume_size: 5, volume_type: 'ssd' });
    expect(
      evsReplicationPairSchema.parse({ ...p, record_metadata: 'not json', volume_ids: 'a,b' }).record_metadata,
    ).toBeNull();
  });

  it('tolerates nulls the cloud sends for groups created after an upgrade', () => {
    const g = serverGroupSchema.parse({
      id: 'g',
      name: 'n',
      status: 'available',
      progress: null,
      source_availability_zone: 'eu-de-01',
      target_availability_zone: 'eu-de-02',
      priority_station: 'source',
      protected_instance_num: 0,
      replication_num: 0,
      disaster_recovery_drill_num: 0,
      protected_status: null,
      replication_status: null,
      health_status: null,
      source_vpc_id: 'v',
    });
    expect(g.progress).toBe(0);
    expect(g.replication_status).toBeNull();
  });

  it('reads the three timestamp formats as UTC', () => {
    const expected = Date.UTC(2019, 5, 13, 9, 40, 53, 930);
    expect(parseCloudTime('2019-06-13T09:40:53.930Z')).toBe(expected);
    expect(parseCloudTime('2019-06-13 09:40:53.930')).toBe(expected);
    expect(parseCloudTime('2019-06-13T09:40:53.930526')).toBe(expected);
    expect(parseCloudTime('2018-05-09 22:11:45.0')).toBe(Date.UTC(2018, 4, 9, 22, 11, 45));
    expect(parseCloudTime('yesterday')).toBeNull();
    expect(parseCloudTime(null)).toBeNull();
  });
});
