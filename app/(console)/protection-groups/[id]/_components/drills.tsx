'use client';

import { useState } from 'react';
import { useForm, useWatch, type FieldValues } from 'react-hook-form';
import { ActionDialog } from '@/components/dr/action-dialog';
import { ConfirmActionForm } from '@/components/dr/confirm-action-form';
import { DialogFormFooter } from '@/components/dr/dialog-form-footer';
import { ChoiceList, type Choice } from '@/components/forms/choice-list';
import { useActionForm } from '@/components/forms/use-action-form';
import { useLazyResolver } from '@/components/forms/use-lazy-resolver';
import { StatusBadge } from '@/components/status/status-badge';
import { Field } from '@/components/ui/field';
import type { DrillInput } from '@/lib/schemas/cycle';

type Action = (input: FieldValues) => Promise<unknown>;

export interface DrillRow {
  id: string;
  name: string;
  status: string;
  vpcName: string;
  created: string;
  /** Drill servers by the name of the instance they copy. */
  servers: { instance: string; serverId: string }[];
  deleteBlocked: string | null;
  /** What gets a failed drill out of its status. */
  wayOut: string | null;
}

function DrillForm({
  groupId,
  vpcs,
  action,
  onCancel,
}: {
  groupId: string;
  vpcs: Choice[];
  action: Action;
  onCancel: () => void;
}) {
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const form = useForm<DrillInput>({
    resolver: useLazyResolver<DrillInput>(async () => (await import('@/lib/schemas/cycle')).drillSchema),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    defaultValues: { groupId, name: '', vpc: 'new', vpcId: '', idempotencyKey },
  });
  const vpc = useWatch({ control: form.control, name: 'vpc' });
  const { submit, isPending, formError, cloudError } = useActionForm(
    action as (i: DrillInput) => Promise<unknown>,
    form,
  );
  const errors = form.formState.errors;
  return (
    <form noValidate className="space-y-4" onSubmit={form.handleSubmit(submit)}>
      <Field id="drill-name" label="Drill name" error={errors.name?.message} {...form.register('name')} />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Drill VPC</legend>
        <label className="mt-1 flex items-center gap-2 text-sm">
          <input type="radio" value="new" {...form.register('vpc')} /> Create a new drill VPC (same CIDR as the
          group&apos;s)
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" value="existing" {...form.register('vpc')} /> Use an existing VPC
        </label>
      </fieldset>
      {vpc === 'existing' ? (
        <ChoiceList
          legend="Existing VPC"
          choices={vpcs}
          field={form.register('vpcId')}
          error={errors.vpcId?.message}
          errorId="vpcId-error"
        />
      ) : null}
      <p className="text-sm text-slate-700">
        The drill starts a copy of every DR server in the drill VPC from the replicated disks; production and
        replication go on untouched.
      </p>
      <DialogFormFooter
        cloudError={cloudError}
        formError={formError}
        isPending={isPending}
        submitLabel="Create the drill"
        pendingLabel="Creating…"
        onCancel={onCancel}
      />
    </form>
  );
}

/** The group's DR drills with their drill servers, and the way to start or delete one. */
export function Drills({
  groupId,
  drills,
  vpcs,
  createBlocked,
  syncWarning,
  actions,
}: {
  groupId: string;
  drills: DrillRow[];
  vpcs: Choice[];
  createBlocked: string | null;
  syncWarning: string | null;
  actions: { createDrill: Action; deleteDrill: Action };
}) {
  return (
    <div className="space-y-4">
      {syncWarning ? (
        <p role="note" className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm">
          {syncWarning}
        </p>
      ) : null}
      <ActionDialog label="Create DR drill" title="Create a DR drill" disabledReason={createBlocked}>
        {(close) => <DrillForm groupId={groupId} vpcs={vpcs} action={actions.createDrill} onCancel={close} />}
      </ActionDialog>
      {drills.length === 0 ? (
        <p className="text-sm text-slate-700">
          No DR drills. A drill proves the DR servers start, without touching production.
        </p>
      ) : (
        <table className="w-full text-left text-sm" aria-label="DR drills">
          <thead>
            <tr className="border-b border-slate-300">
              <th className="py-2 pr-3 font-medium">Drill</th>
              <th className="py-2 pr-3 font-medium">Status</th>
              <th className="py-2 pr-3 font-medium">Drill VPC</th>
              <th className="py-2 pr-3 font-medium">Drill servers</th>
              <th className="py-2 pr-3 font-medium">Created</th>
              <th className="py-2 font-medium">Action</th>
            </tr>
          </thead>
          <tbody>
            {drills.map((d) => (
              <tr key={d.id} className="border-b border-slate-200 align-top">
                <td className="py-2 pr-3" title={d.id}>
                  {d.name}
                </td>
                <td className="py-2 pr-3">
                  <StatusBadge status={d.status} />
                  {d.wayOut ? <p className="mt-1 max-w-xs text-xs text-red-900">{d.wayOut}</p> : null}
                </td>
                <td className="py-2 pr-3">{d.vpcName}</td>
                <td className="py-2 pr-3">
                  {d.servers.length === 0
                    ? '—'
                    : d.servers.map((s) => (
                        <span key={s.serverId} className="block" title={s.serverId}>
                          copy of {s.instance}
                        </span>
                      ))}
                </td>
                <td className="py-2 pr-3">{d.created}</td>
                <td className="py-2">
                  <ActionDialog
                    label={`Delete ${d.name}`}
                    title={`Delete the drill ${d.name}`}
                    disabledReason={d.deleteBlocked}
                    danger
                  >
                    {(close) => (
                      <ConfirmActionForm
                        action={actions.deleteDrill}
                        values={{ groupId, drillId: d.id }}
                        summary={
                          <p>
                            The drill servers ({d.servers.length}) with their disks and NICs are deleted. The drill VPC{' '}
                            {d.vpcName} and any EIPs stay.
                          </p>
                        }
                        submitLabel="Delete the drill"
                        danger
                        onCancel={close}
                      />
                    )}
                  </ActionDialog>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
