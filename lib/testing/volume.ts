import type { Volume } from '../otc/schemas';

/** An EVS disk as the cloud client parses it, for unit tests: a 40 GB SSD in eu-de-01 unless told. */
export const volume = (id: string, over: Partial<Volume> = {}): Volume =>
  ({
    id,
    name: id,
    status: 'in-use',
    size: 40,
    volume_type: 'SSD',
    availability_zone: 'eu-de-01',
    bootable: false,
    multiattach: false,
    metadata: {},
    attachments: [],
    ...over,
  }) as Volume;
