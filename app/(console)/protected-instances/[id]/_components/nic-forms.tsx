'use client';

import { ActionDialog } from '@/components/dr/action-dialog';
import { useWatch } from 'react-hook-form';
import { DialogFormFooter } from '@/components/dr/dialog-form-footer';
import { useDialogForm } from '@/components/dr/use-dialog-form';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { ipProblem } from '@/lib/schemas/ip';
import type { AddNicInput } from '@/lib/schemas/day-two';

export interface NicSubnetOption {
  id: string;
  name: string;
  cidr: string;
  gateway: string;
}

/** A NIC in a subnet of the group's VPC, with security groups and an optional fixed address. */
export function AddNicForm({
  instanceId,
  subnets,
  securityGroups,
  action,
  onCancel,
}: {
  instanceId: string;
  subnets: NicSubnetOption[];
  securityGroups: { id: string; name: string }[];
  action: (input: AddNicInput) => Promise<unknown>;
  onCancel: () => void;
}) {
  const { form, submit, isPending, formError, cloudError } = useDialogForm<AddNicInput>(
    action,
    async () => (await import('@/lib/schemas/day-two')).addNicSchema,
    { instanceId, subnetId: subnets[0]?.id ?? '', securityGroupIds: [], ip: '' },
    onCancel,
  );
  const subnetId = useWatch({ control: form.control, name: 'subnetId' });
  const subnet = subnets.find((s) => s.id === subnetId);
  const errors = form.formState.errors;
  // The address is checked against the chosen subnet before anything is sent.
  const checked = (values: AddNicInput) => {
    const problem =
      values.ip && subnet ? ipProblem(values.ip, { cidr: subnet.cidr, gateway_ip: subnet.gateway }) : null;
    if (problem) form.setError('ip', { message: `${problem} (would fail with SDRS.0219)` }, { shouldFocus: true });
    else submit(values);
  };
  return (
    <form noValidate className="space-y-4" onSubmit={form.handleSubmit(checked)}>
      <SelectField
        id="nic-subnet"
        label="Subnet"
        options={subnets.map((s) => ({ value: s.id, label: `${s.name} (${s.cidr})` }))}
        hint="Subnets of the protection group's VPC."
        error={errors.subnetId?.message}
        {...form.register('subnetId')}
      />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">
          Security groups <span className="font-normal text-slate-600">(none: the VPC&apos;s default)</span>
        </legend>
        {securityGroups.map((g) => (
          <label key={g.id} className="flex items-center gap-2 text-sm">
            <input type="checkbox" value={g.id} {...form.register('securityGroupIds')} />
            {g.name}
          </label>
        ))}
        {errors.securityGroupIds?.message ? (
          <p className="text-sm text-red-700">{errors.securityGroupIds.message}</p>
        ) : null}
      </fieldset>
      <Field
        id="nic-ip"
        label="Fixed IP address (optional)"
        placeholder={subnet ? `inside ${subnet.cidr}` : ''}
        hint={subnet ? `Empty: the cloud picks a free address. Not the gateway ${subnet.gateway}.` : undefined}
        error={errors.ip?.message}
        autoComplete="off"
        {...form.register('ip')}
      />
      <DialogFormFooter
        cloudError={cloudError}
        formError={formError}
        isPending={isPending}
        submitLabel="Add NIC"
        pendingLabel="Adding…"
        onCancel={onCancel}
      />
    </form>
  );
}

/** The "Add NIC" button and its dialog. */
export function AddNic({
  blocked,
  ...props
}: Omit<Parameters<typeof AddNicForm>[0], 'onCancel'> & { blocked: string | null }) {
  return (
    <ActionDialog label="Add NIC" title="Add a NIC" disabledReason={blocked}>
      {(close) => <AddNicForm {...props} onCancel={close} />}
    </ActionDialog>
  );
}
