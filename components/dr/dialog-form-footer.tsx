'use client';

import { buttonClasses } from '@/components/ui/button-classes';
import { CloudErrorPanel } from '@/components/ui/cloud-error-panel';
import type { CloudErrorView } from '@/lib/write/result';

/** The end of every dialog's form: the cloud's refusal, the form's message, submit and cancel. */
export function DialogFormFooter({
  cloudError,
  formError,
  isPending,
  submitLabel,
  pendingLabel,
  danger = false,
  disabled = false,
  onCancel,
}: {
  cloudError: CloudErrorView | null;
  formError: string;
  isPending: boolean;
  submitLabel: string;
  pendingLabel: string;
  danger?: boolean;
  disabled?: boolean;
  onCancel: () => void;
}) {
  return (
    <>
      {cloudError ? <CloudErrorPanel error={cloudError} title="The cloud refused the request" /> : null}
      <p role="status" aria-live="polite" className="min-h-5 text-sm text-red-700">
        {formError}
      </p>
      <div className="flex gap-3">
        <button
          type="submit"
          className={danger ? `${buttonClasses.primary} bg-red-800 hover:bg-red-700` : buttonClasses.primary}
          disabled={isPending || disabled}
        >
          {isPending ? pendingLabel : submitLabel}
        </button>
        <button type="button" className={buttonClasses.secondary} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
