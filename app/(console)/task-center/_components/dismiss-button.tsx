'use client';

import type { FieldValues } from 'react-hook-form';
import { ActionDialog } from '@/components/dr/action-dialog';
import { ConfirmActionForm } from '@/components/dr/confirm-action-form';

/** Dismissing failed tasks, after saying which and that the resources themselves stay as they are. */
export function DismissButton({
  label,
  title,
  what,
  values,
  blocked,
  action,
}: {
  label: string;
  title: string;
  what: string;
  values: { scope: 'one' | 'group' | 'all'; resourceId: string; groupId: string };
  blocked: string | null;
  action: (input: FieldValues) => Promise<unknown>;
}) {
  return (
    <ActionDialog label={label} title={title} disabledReason={blocked}>
      {(close) => (
        <ConfirmActionForm
          action={action}
          values={values}
          summary={
            <p>
              {what} leave the task center. The failed resources stay as they are: delete or repair them on their own
              pages.
            </p>
          }
          submitLabel="Dismiss"
          pendingLabel="Dismissing…"
          onCancel={close}
        />
      )}
    </ActionDialog>
  );
}
