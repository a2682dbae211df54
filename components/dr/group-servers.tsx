'use client';

import { useQuery } from '@tanstack/react-query';
import { useAction } from 'next-safe-action/hooks';
import { useState } from 'react';
import { PowerBadge } from '@/components/status/status-badge';
import { buttonClasses } from '@/components/ui/button-classes';
import type { GroupServer } from '@/lib/dr/group-context';
import { groupServersQueryOptions } from '@/lib/dr/keys';
import type { PowerServersInput } from '@/lib/schemas/cycle';
import type { ActionFailure, WriteStarted } from '@/lib/write/result';

export type PowerAction = (input: PowerServersInput) => Promise<unknown>;

const SITE_WORDS = { production: 'Production site', dr: 'DR site' } as const;

/** Starts or stops servers through the write path and says what happened. */
export function usePower(powerServers: PowerAction) {
  const [message, setMessage] = useState('');
  const [asked, setAsked] = useState(false);
  const { execute, isPending } = useAction(powerServers as unknown as Parameters<typeof useAction>[0], {
    onSuccess: ({ data }) => {
      const answer = data as ActionFailure | WriteStarted | undefined;
      if (answer && !answer.ok)
        setMessage(answer.cloudError ? `${answer.message} (${answer.cloudError.code})` : answer.message);
      else setMessage('Sent. The states below follow the servers as they change.');
    },
    onError: ({ error }) =>
      setMessage((error.serverError as { message?: string } | undefined)?.message ?? 'The request was not sent.'),
  });
  const power = (groupId: string, action: 'os-start' | 'os-stop', serverIds: string[]) => {
    setMessage('');
    setAsked(true);
    execute({ groupId, action, serverIds, idempotencyKey: crypto.randomUUID() });
  };
  return { power, isPending, message, asked };
}

/**
 * The group's servers with their power state, live. For an operator, each can be started or
 * stopped here (ECS batch start/stop, audited like every write).
 */
export function GroupServers({
  groupId,
  initial,
  powerServers,
  canPower,
}: {
  groupId: string;
  initial: GroupServer[];
  powerServers: PowerAction;
  canPower: boolean;
}) {
  const { power, isPending, message, asked } = usePower(powerServers);
  const { data: servers = initial } = useQuery(groupServersQueryOptions(groupId, initial, asked));
  if (servers.length === 0) return <p className="text-sm text-slate-700">No servers yet: protect a server first.</p>;
  return (
    <div>
      <table className="w-full text-left text-sm" aria-label="Servers of the group">
        <thead>
          <tr className="border-b border-slate-300">
            <th className="py-2 pr-3 font-medium">Server</th>
            <th className="py-2 pr-3 font-medium">Instance</th>
            <th className="py-2 pr-3 font-medium">Site</th>
            <th className="py-2 pr-3 font-medium">Power</th>
            {canPower ? <th className="py-2 font-medium">Action</th> : null}
          </tr>
        </thead>
        <tbody>
          {servers.map((s) => (
            <tr key={s.id} className="border-b border-slate-200">
              <td className="py-2 pr-3" title={s.id}>
                {s.name}
              </td>
              <td className="py-2 pr-3">{s.instanceName}</td>
              <td className="py-2 pr-3">
                {SITE_WORDS[s.site]} ({s.az})
              </td>
              <td className="py-2 pr-3">
                <PowerBadge status={s.status} />
              </td>
              {canPower ? (
                <td className="py-2">
                  {s.status === 'ACTIVE' || s.status === 'SHUTOFF' ? (
                    <button
                      type="button"
                      className={buttonClasses.secondary}
                      disabled={isPending}
                      onClick={() => power(groupId, s.status === 'ACTIVE' ? 'os-stop' : 'os-start', [s.id])}
                    >
                      {s.status === 'ACTIVE' ? 'Stop' : 'Start'}
                      <span className="sr-only"> {s.name}</span>
                    </button>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      <p role="status" aria-live="polite" className="mt-2 min-h-5 text-sm text-slate-800">
        {message}
      </p>
    </div>
  );
}

/**
 * The first step of a switchover or re-protect: the servers of the site that must be stopped, live,
 * with one button to stop the running ones. The confirmation below opens once all are stopped.
 */
export function StoppedServersStep({
  groupId,
  initial,
  site,
  powerServers,
  children,
}: {
  groupId: string;
  initial: GroupServer[];
  site: GroupServer['site'];
  powerServers: PowerAction;
  children: React.ReactNode;
}) {
  const { power, isPending, message, asked } = usePower(powerServers);
  const { data: all = initial } = useQuery(groupServersQueryOptions(groupId, initial, asked));
  const servers = all.filter((s) => s.site === site);
  const running = servers.filter((s) => s.status !== 'SHUTOFF');
  return (
    <div className="space-y-3">
      <p className="text-sm">Every server at the {SITE_WORDS[site].toLowerCase()} must be stopped first.</p>
      <ul className="space-y-1 text-sm" aria-label={`Servers at the ${SITE_WORDS[site].toLowerCase()}`}>
        {servers.map((s) => (
          <li key={s.id} className="flex items-center gap-2">
            <span title={s.id}>{s.name}</span>
            <PowerBadge status={s.status} />
          </li>
        ))}
      </ul>
      {running.length > 0 ? (
        <button
          type="button"
          className={buttonClasses.primary}
          disabled={isPending || running.every((s) => s.status !== 'ACTIVE')}
          onClick={() =>
            power(
              groupId,
              'os-stop',
              running.filter((s) => s.status === 'ACTIVE').map((s) => s.id),
            )
          }
        >
          {isPending ? 'Stopping…' : `Stop ${running.length} running server${running.length === 1 ? '' : 's'}`}
        </button>
      ) : null}
      <p role="status" aria-live="polite" className="min-h-5 text-sm text-slate-800">
        {running.length === 0 ? 'All stopped.' : message}
      </p>
      {running.length === 0 ? children : null}
    </div>
  );
}
