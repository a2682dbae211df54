'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useAction } from 'next-safe-action/hooks';
import { useState } from 'react';
import { ActionDialog } from '@/components/dr/action-dialog';
import { buttonClasses } from '@/components/ui/button-classes';
import { CloudErrorPanel } from '@/components/ui/cloud-error-panel';
import type { ActionFailure, BatchOutcome, BatchStarted } from '@/lib/write/result';

export interface BatchItem {
  id: string;
  name: string;
  problem: string | null;
}

type BatchAction = (input: {
  instanceIds: string[];
  deleteDrServer: boolean;
  releaseEip: boolean;
  idempotencyKey: string;
}) => Promise<unknown>;

/**
 * Deleting the selected instances: first each one with "can" or "cannot, because", then one
 * confirmation that sends only those that can go; the server checks each again and reports back.
 */
function BatchDeleteForm({ items, action, onClose }: { items: BatchItem[]; action: BatchAction; onClose: () => void }) {
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [deleteDrServer, setDeleteDrServer] = useState(true);
  const [releaseEip, setReleaseEip] = useState(false);
  const [outcomes, setOutcomes] = useState<BatchOutcome[] | null>(null);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const router = useRouter();
  const { execute, isPending } = useAction(action as unknown as Parameters<typeof useAction>[0], {
    onSuccess: ({ data }) => {
      const answer = data as BatchStarted | ActionFailure | undefined;
      if (answer?.ok) {
        setOutcomes(answer.items);
        router.refresh();
      } else if (answer) setFailure(answer);
    },
    onError: ({ error }) =>
      setFailure({ ok: false, message: (error.serverError as { message?: string })?.message ?? 'Nothing was sent.' }),
  });
  const deletable = items.filter((i) => !i.problem);

  if (outcomes) {
    return (
      <div className="space-y-4 text-sm">
        <ul className="space-y-2" aria-label="What was done">
          {outcomes.map((o) => (
            <li key={o.id}>
              <span className="font-medium">{o.name}</span>:{' '}
              {o.outcome === 'started' ? (
                <Link href={`/jobs/${o.jobId}`} className="underline">
                  deletion started
                </Link>
              ) : (
                <span className="text-red-800">not deleted: {o.reason}</span>
              )}
            </li>
          ))}
        </ul>
        <button type="button" className={buttonClasses.secondary} onClick={onClose}>
          Close
        </button>
      </div>
    );
  }
  return (
    <form
      className="space-y-4 text-sm"
      onSubmit={(e) => {
        e.preventDefault();
        setFailure(null);
        execute({ instanceIds: deletable.map((i) => i.id), deleteDrServer, releaseEip, idempotencyKey });
      }}
    >
      <ul className="space-y-2" aria-label="Selected instances">
        {items.map((i) => (
          <li key={i.id}>
            <span className="font-medium">{i.name}</span>:{' '}
            {i.problem ? <span className="text-red-800">cannot be deleted: {i.problem}</span> : 'can be deleted'}
          </li>
        ))}
      </ul>
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          className="mt-1"
          checked={deleteDrServer}
          onChange={(e) => setDeleteDrServer(e.target.checked)}
        />
        <span>
          Also delete their DR servers
          <span className="block text-xs text-slate-600">
            Without it, the stopped DR servers stay (and are billed).
          </span>
        </span>
      </label>
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          className="mt-1"
          checked={releaseEip && deleteDrServer}
          disabled={!deleteDrServer}
          onChange={(e) => setReleaseEip(e.target.checked)}
        />
        <span>Also release the DR servers&apos; EIPs</span>
      </label>
      {failure?.cloudError ? (
        <CloudErrorPanel error={failure.cloudError} title="The cloud refused the request" />
      ) : null}
      <p role="status" aria-live="polite" className="min-h-5 text-red-700">
        {failure?.message ?? ''}
      </p>
      <div className="flex gap-3">
        <button
          type="submit"
          className={`${buttonClasses.primary} bg-red-800 hover:bg-red-700`}
          disabled={isPending || deletable.length === 0}
        >
          {isPending ? 'Deleting…' : `Delete ${deletable.length} of ${items.length}`}
        </button>
        <button type="button" className={buttonClasses.secondary} onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function BatchDelete({
  items,
  blocked,
  action,
}: {
  items: BatchItem[];
  blocked: string | null;
  action: BatchAction;
}) {
  return (
    <ActionDialog
      label={`Delete selected (${items.length})`}
      title={`Delete ${items.length} protected instance${items.length === 1 ? '' : 's'}`}
      disabledReason={blocked ?? (items.length === 0 ? 'Select instances in the list first.' : null)}
      danger
    >
      {(close) => <BatchDeleteForm items={items} action={action} onClose={close} />}
    </ActionDialog>
  );
}
