import { guardRoute } from '@/lib/auth/route-guard';
import { toJobView } from '@/lib/jobs/job-view';
import { onJobChange, onMissedChanges } from '@/lib/jobs/server/job-events';
import { getJobRow, markViewed } from '@/lib/jobs/server/ledger';
import { myJobRows, runningIds } from '@/lib/jobs/server/my-jobs';
import { ensurePoller } from '@/lib/jobs/server/poller';
import { endAtShutdown } from '@/lib/lifecycle';

export const dynamic = 'force-dynamic';

/** At most this many jobs per stream: a page watches one, the header the user's own. */
const MAX_WATCHED = 20;
/** A comment line this often keeps proxies from closing an idle stream. */
const HEARTBEAT_MS = 15_000;
/** Watching counts as looking: the jobs stay polled while the stream is open. */
const VIEW_EVERY_MS = 5_000;
/**
 * A stream ends after this long and the browser opens the next one, which checks the session
 * again: a signed-out or expired session stops receiving within minutes.
 */
const MAX_STREAM_MS = 5 * 60_000;
const MINE_COALESCE_MS = 100;

/**
 * Server-Sent Events for one browser tab: `job` with the view of each watched job whenever it
 * changes, `mine` with the user's running and just-ended jobs. The browser re-reads everything
 * when it reconnects, so a change made while the stream was down is not missed.
 */
export const GET = guardRoute('streamJobs', 'read', async (request, _context, session) => {
  // Only an EventSource asks for this; anything else would hold a stream open that it never reads.
  if (!(request.headers.get('accept') ?? '').includes('text/event-stream')) {
    return Response.json(
      { error: 'not-acceptable', message: 'This is an event stream: ask with Accept: text/event-stream.' },
      { status: 406, headers: { 'cache-control': 'no-store' } },
    );
  }
  const ids = [
    ...new Set(
      (new URL(request.url).searchParams.get('ids') ?? '')
        .split(',')
        .filter((id) => /^[0-9a-f-]{36}$/.test(id))
        .slice(0, MAX_WATCHED),
    ),
  ];
  const rows = await Promise.all(ids.map((id) => getJobRow(id)));
  const watched = ids.filter((_, i) => rows[i]?.projectId === session.projectId);
  void ensurePoller();

  const encoder = new TextEncoder();
  const last = new Map<string, string>();
  let stop = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const write = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      // Sends an event only when its data changed since the last one of the same key.
      const send = (event: string, key: string, data: unknown) => {
        const json = JSON.stringify(data);
        if (last.get(key) === json) return;
        last.set(key, json);
        write(`event: ${event}\ndata: ${json}\n\n`);
      };
      // Events are written in the order they were read, whatever order the store answers in.
      let queue = Promise.resolve();
      const inOrder = (work: () => Promise<void>) => {
        queue = queue.then(work).catch((e: unknown) => console.error(`[stream] ${(e as Error).message}`));
      };
      const sendJob = (id: string) =>
        inOrder(async () => {
          const row = await getJobRow(id);
          if (row && row.projectId === session.projectId) send('job', id, toJobView(row));
        });
      // Several jobs often change in one poll pass: the header's list is sent once for all of them.
      let mineDue: ReturnType<typeof setTimeout> | null = null;
      // The header's running jobs count as looked at, like the watched ones, on the viewing beat:
      // an event only reads the ledger.
      let mineRunning: string[] = [];
      const sendMine = () =>
        inOrder(async () => {
          const mine = await myJobRows(session);
          mineRunning = runningIds(mine);
          send('mine', 'mine', { jobs: mine.map(toJobView) });
        });
      const markLooked = () =>
        void markViewed([...watched, ...mineRunning], session.idHash).catch((e: unknown) =>
          console.error(`[stream] ${(e as Error).message}`),
        );
      const sendMineSoon = () => {
        mineDue ??= setTimeout(() => {
          mineDue = null;
          sendMine();
        }, MINE_COALESCE_MS);
      };

      write('retry: 2000\n\n');
      watched.forEach(sendJob);
      sendMine();
      markLooked();
      const unsubscribe = onJobChange((change) => {
        if (change.projectId !== session.projectId) return;
        if (watched.includes(change.jobId)) sendJob(change.jobId);
        sendMineSoon();
      });
      // The instances' fan-out was down a moment: whatever changed meanwhile is read again.
      const unsubscribeMissed = onMissedChanges(() => {
        watched.forEach(sendJob);
        sendMineSoon();
      });
      const heartbeat = setInterval(() => write(': keep-alive\n\n'), HEARTBEAT_MS);
      const viewing = setInterval(markLooked, VIEW_EVERY_MS);
      const end = setTimeout(() => stop(), MAX_STREAM_MS);
      // An instance that shuts down ends its streams: each browser reconnects to another one.
      const forget = endAtShutdown(() => stop());
      stop = () => {
        forget();
        unsubscribe();
        unsubscribeMissed();
        clearInterval(heartbeat);
        clearInterval(viewing);
        clearTimeout(end);
        if (mineDue) clearTimeout(mineDue);
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      request.signal.addEventListener('abort', () => stop());
    },
    cancel() {
      stop();
    },
  });
  return new Response(body, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      // no-transform: compression would hold events back until a buffer fills.
      'cache-control': 'no-store, no-transform',
      'x-accel-buffering': 'no',
    },
  });
});
