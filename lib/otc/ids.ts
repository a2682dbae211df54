import { OtcError } from './errors';

/**
 * The shapes the cloud's resource ids take (reference §1: UUIDs, and in some examples 32 hex
 * digits). Checked before an id from a URL becomes a path segment: `..` or `%2E%2E` would otherwise
 * send the request somewhere else.
 */
const CLOUD_ID = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32})$/i;

export const isCloudId = (id: string): boolean => CLOUD_ID.test(id);

/** The id as a path segment, or a not-found error that no request was made for. */
export function idSegment(id: string): string {
  if (!isCloudId(id)) throw new OtcError('http', 404, 'CONSOLE.BAD_ID', 'This is not the id of a cloud resource.');
  return id;
}
