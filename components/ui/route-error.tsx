'use client';

import { buttonClasses } from './button-classes';

/** What an error boundary shows: the page failed on the server; retrying re-renders it. */
export function RouteError({ what, reset, digest }: { what: string; reset: () => void; digest?: string }) {
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-950">
      <p className="font-semibold">{what} could not be shown.</p>
      <p className="mt-1">
        The console server hit an unexpected error. Nothing was changed. Try again; if it keeps failing, report the
        reference below.
      </p>
      {digest ? (
        <p className="mt-1">
          Reference: <code>{digest}</code>
        </p>
      ) : null}
      <button type="button" onClick={reset} className={`${buttonClasses.secondary} mt-3`}>
        Try again
      </button>
    </div>
  );
}
