'use client';

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { buttonClasses } from '@/components/ui/button-classes';

/**
 * A button that opens a modal dialog (the native <dialog>: focus moves into it, Escape closes it).
 * When the action is not possible now, the button is disabled and says why beside it.
 */
export function ActionDialog({
  label,
  title,
  disabledReason,
  danger = false,
  children,
}: {
  label: string;
  title: string;
  disabledReason?: string | null;
  danger?: boolean;
  children: (close: () => void) => ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const reasonId = useId();
  // The element follows the state: showModal() traps focus and makes the rest of the page inert.
  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
  }, [open]);
  const close = () => setOpen(false);
  return (
    <div className="max-w-xs">
      <button
        type="button"
        className={danger ? `${buttonClasses.secondary} border-red-400 text-red-900` : buttonClasses.secondary}
        disabled={Boolean(disabledReason)}
        aria-describedby={disabledReason ? reasonId : undefined}
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      {disabledReason ? (
        <p id={reasonId} className="mt-1 text-xs text-slate-700">
          {disabledReason}
        </p>
      ) : null}
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        onClose={() => setOpen(false)}
        className="w-full max-w-lg rounded-lg border border-slate-300 p-0 shadow-xl backdrop:bg-slate-900/40"
      >
        <div className="space-y-4 p-5">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          {/* Mounted only while open: every opening is a fresh form with a fresh idempotency key. */}
          {open ? children(close) : null}
        </div>
      </dialog>
    </div>
  );
}
