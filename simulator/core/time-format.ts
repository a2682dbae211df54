/**
 * The cloud uses a different timestamp format per resource (reference §1.3); each view picks its own.
 */
const iso = (ms: number): string => new Date(ms).toISOString(); // 2019-06-13T09:40:53.930Z

/** Jobs and failure jobs: `2019-06-13T09:40:53.930Z`. */
export const jobTime = (ms: number): string => iso(ms);

/** Protection groups, protected instances, drills: `2019-05-23 03:51:58.256` (UTC, no zone). */
export const groupTime = (ms: number): string => iso(ms).slice(0, 23).replace('T', ' ');

/** SDRS replication pairs, EVS volumes and pairs: `2018-05-04T03:43:24.108526` (microseconds, no zone). */
export const microTime = (ms: number): string => `${iso(ms).slice(0, 23)}000`;

/** IAM tokens: `2015-11-09T01:42:57.527000Z`. */
export const iamTime = (ms: number): string => `${iso(ms).slice(0, 23)}000Z`;

/** VPC: `2022-12-15T02:11:13`. */
export const vpcTime = (ms: number): string => iso(ms).slice(0, 19);

/** ECS: `2018-08-15T14:21:22Z`. */
export const ecsTime = (ms: number): string => `${iso(ms).slice(0, 19)}Z`;

/** AK/SK `X-Sdk-Date`: `20191115T033655Z`. */
export function parseSdkDate(value: string): number | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi, s);
}
