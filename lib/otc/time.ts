/**
 * Cloud timestamps come in three shapes (all UTC): `2019-06-13T09:40:53.930Z` (jobs),
 * `2019-05-23 03:51:58.256` (groups, instances, drills), `2018-05-04T03:43:24.108526` (pairs, EVS).
 * Returns epoch milliseconds, or null for anything unreadable.
 */
export function parseCloudTime(value: string | null | undefined): number | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:\.(\d{1,9}))?Z?$/.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac = '0'] = m;
  const ms = Math.floor(Number(`0.${frac}`) * 1000);
  return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
}
