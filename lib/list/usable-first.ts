/**
 * Options that cannot be chosen are listed only up to this many: in a large project they are most
 * of them (protected servers, DR servers, paired disks), and thousands of them help nobody.
 */
export const UNUSABLE_LISTED = 50;

/** Every usable option, then the first unusable ones with their reason; the total counts them all. */
export function usableFirst<T>(
  items: readonly T[],
  problemOf: (item: T) => string | null,
  order: (a: T, b: T) => number = () => 0,
): { listed: T[]; total: number } {
  const sorted = [...items].sort(
    (a, b) => Number(Boolean(problemOf(a))) - Number(Boolean(problemOf(b))) || order(a, b),
  );
  const usable = sorted.filter((item) => !problemOf(item)).length;
  return { listed: sorted.slice(0, usable + UNUSABLE_LISTED), total: items.length };
}
