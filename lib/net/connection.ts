import 'server-only';
import { headers } from 'next/headers';
import { config } from '../config';
import { readConnection, type Connection } from './connection-headers';

/** Who is connected to this request and by which scheme, as far as the console can know it. */
export async function currentConnection(): Promise<Connection> {
  const c = config();
  return readConnection(await headers(), { publicUrl: c.PUBLIC_URL, trusted: c.TRUSTED_PROXIES });
}
