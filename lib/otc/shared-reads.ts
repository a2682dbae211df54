import 'server-only';

/**
 * Identical cloud reads of one project share one upstream request: a read that starts while the
 * same one is in flight waits for it (single flight), and an answer stays fresh for a short window
 * (`CLOUD_READ_SHARE_MS`), so ten viewers of a refreshing list cost one upstream read, not ten.
 * Only answers are shared, never errors: a failed shared read is made again by each waiter with
 * its own credentials. Writes and job changes drop the project's answers at once.
 *
 * Sharing assumes what SDRS grants: reading is project-wide for every role, with no per-resource
 * policies, so two users of one project see the same answer.
 */
interface Entry {
  at: number;
  value?: unknown;
  flight?: Promise<unknown>;
}

/** Enough for every list and detail a busy project's pages read; the oldest go first. */
const MAX_ENTRIES = 2000;

const holder = globalThis as unknown as { sdrsSharedReads?: Map<string, Entry> };
const entries = (holder.sdrsSharedReads ??= new Map());

const projectOf = (key: string) => key.slice(0, key.indexOf(' '));

export async function sharedRead<T>(
  projectId: string,
  request: string,
  freshMs: number,
  read: () => Promise<T>,
  now: () => number = Date.now,
): Promise<T> {
  const key = `${projectId} ${request}`;
  const known = entries.get(key);
  if (known?.value !== undefined && now() - known.at < freshMs) return known.value as T;
  if (known?.flight) {
    try {
      return (await known.flight) as T;
    } catch {
      return read();
    }
  }
  const entry: Entry = { at: now() };
  const flight = read();
  entry.flight = flight;
  entries.set(key, entry);
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
  try {
    const value = await flight;
    // Still ours (not dropped by a write meanwhile): keep the answer for the window.
    if (entries.get(key) === entry) entries.set(key, { at: entry.at, value });
    return value;
  } catch (e) {
    if (entries.get(key) === entry) entries.delete(key);
    throw e;
  }
}

/** Something in the project changed: its next reads go upstream. */
export function dropProjectReads(projectId: string): void {
  for (const key of entries.keys()) if (projectOf(key) === projectId) entries.delete(key);
}
