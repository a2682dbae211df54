'use client';

import Link from 'next/link';
import type { FieldValues } from 'react-hook-form';
import { ActionDialog } from '@/components/dr/action-dialog';
import { ConfirmActionForm } from '@/components/dr/confirm-action-form';
import { StoppedServersStep, type PowerAction } from '@/components/dr/group-servers';
import { RenameForm } from '@/components/dr/rename-form';
import type { RenameInput } from '@/lib/schemas/day-two';
import type { GroupServer } from '@/lib/dr/group-context';

type Action = (input: FieldValues) => Promise<unknown>;

export type BlockedActions = Record<
  'rename' | 'enable' | 'disable' | 'switchover' | 'failover' | 'reprotect' | 'deleteGroup',
  string | null
>;

export interface GroupActionsProps {
  group: { id: string; name: string; productionAz: string; drAz: string };
  /** Why each action is not possible now (role or pre-flight rule), or null when it is. */
  blocked: BlockedActions;
  /** What keeps the group from being deleted, with where to find it. */
  leftovers: { label: string; href: string }[];
  servers: GroupServer[];
  actions: {
    enableProtection: Action;
    disableProtection: Action;
    switchover: Action;
    failover: Action;
    reprotect: Action;
    deleteProtectionGroup: Action;
    renameProtectionGroup: (input: RenameInput) => Promise<unknown>;
    powerServers: PowerAction;
  };
}

/** The group's DR actions: each asks first, says what it will do, and checks again on the server. */
export function GroupActions({ group, blocked, leftovers, servers, actions }: GroupActionsProps) {
  const values = { groupId: group.id };
  return (
    <section aria-labelledby="actions-heading" className="mt-6">
      <h2 id="actions-heading" className="mb-2 text-lg font-semibold">
        Actions
      </h2>
      <div className="flex flex-wrap items-start gap-3">
        <ActionDialog label="Rename" title={`Rename ${group.name}`} disabledReason={blocked.rename}>
          {(close) => (
            <RenameForm
              targetId={group.id}
              current={group.name}
              action={actions.renameProtectionGroup}
              onCancel={close}
            />
          )}
        </ActionDialog>
        <ActionDialog
          label="Enable protection"
          title={`Enable protection of ${group.name}`}
          disabledReason={blocked.enable}
        >
          {(close) => (
            <ConfirmActionForm
              action={actions.enableProtection}
              values={values}
              summary={
                <p>
                  Replication from {group.productionAz} to {group.drAz} starts with a full synchronization of every
                  pair; the group shows its progress until it is in sync.
                </p>
              }
              submitLabel="Enable protection"
              onCancel={close}
            />
          )}
        </ActionDialog>
        <ActionDialog
          label="Disable protection"
          title={`Disable protection of ${group.name}`}
          disabledReason={blocked.disable}
          danger
        >
          {(close) => (
            <ConfirmActionForm
              action={actions.disableProtection}
              values={values}
              summary={
                <p>
                  Replication stops: until protection is enabled again, nothing written at {group.productionAz} reaches{' '}
                  {group.drAz}, and the group cannot be failed over.
                </p>
              }
              submitLabel="Disable protection"
              danger
              onCancel={close}
            />
          )}
        </ActionDialog>
        <ActionDialog
          label="Planned failover"
          title={`Planned failover (switchover) of ${group.name}`}
          disabledReason={blocked.switchover}
        >
          {(close) => (
            <StoppedServersStep
              groupId={group.id}
              initial={servers}
              site="production"
              powerServers={actions.powerServers}
            >
              <ConfirmActionForm
                action={actions.switchover}
                values={values}
                summary={
                  <p>
                    Production moves from {group.productionAz} to {group.drAz}; replication continues in the other
                    direction. Start the servers at {group.drAz} yourself afterwards.
                  </p>
                }
                submitLabel="Start the planned failover"
                onCancel={close}
              />
            </StoppedServersStep>
          )}
        </ActionDialog>
        <ActionDialog label="Failover" title={`Failover of ${group.name}`} disabledReason={blocked.failover} danger>
          {(close) => (
            <ConfirmActionForm
              action={actions.failover}
              values={values}
              confirmName={group.name}
              summary={
                <>
                  <p>Use this when {group.productionAz} is lost or cannot be reached.</p>
                  <ul className="list-disc pl-5">
                    <li>Replication stops.</li>
                    <li>The production servers are force-stopped and cannot be started.</li>
                    <li>Start the DR servers at {group.drAz} yourself once the failover has finished.</li>
                  </ul>
                </>
              }
              submitLabel="Fail over"
              danger
              onCancel={close}
            />
          )}
        </ActionDialog>
        <ActionDialog label="Re-protect" title={`Re-protect ${group.name}`} disabledReason={blocked.reprotect}>
          {(close) => (
            <StoppedServersStep groupId={group.id} initial={servers} site="dr" powerServers={actions.powerServers}>
              <ConfirmActionForm
                action={actions.reprotect}
                values={values}
                summary={
                  <p>
                    Replication starts again from the site that runs production now ({group.productionAz}) to{' '}
                    {group.drAz}, with a full synchronization.
                  </p>
                }
                submitLabel="Re-protect"
                onCancel={close}
              />
            </StoppedServersStep>
          )}
        </ActionDialog>
        <ActionDialog label="Delete group" title={`Delete ${group.name}`} disabledReason={blocked.deleteGroup} danger>
          {(close) => (
            <ConfirmActionForm
              action={actions.deleteProtectionGroup}
              values={values}
              confirmName={group.name}
              summary={<p>The protection group {group.name} is deleted. Its VPC and servers are not touched.</p>}
              submitLabel="Delete the group"
              danger
              onCancel={close}
            />
          )}
        </ActionDialog>
        {leftovers.length > 0 ? (
          <p className="max-w-xs text-xs text-slate-700">
            Left in the group:{' '}
            {leftovers.map((l, i) => (
              <span key={l.href}>
                {i > 0 ? ', ' : ''}
                <Link href={l.href} className="underline">
                  {l.label}
                </Link>
              </span>
            ))}
          </p>
        ) : null}
      </div>
    </section>
  );
}
