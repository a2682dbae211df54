/**
 * What every form action answers when it does not redirect: a message for the form, errors at
 * their fields, and the cloud's refusal with its code. Browser-safe: forms import it.
 */
export interface CloudErrorView {
  code: string;
  status: number;
  message: string;
}

export interface ActionFailure {
  ok: false;
  message: string;
  fieldErrors?: Record<string, string>;
  cloudError?: CloudErrorView;
}

/** A write that stays on its page (a dialog following its job) answers with the job it started. */
export interface WriteStarted {
  ok: true;
  jobId: string;
}

/** The key of a refusal that concerns the whole action rather than one field. */
export const WHOLE_ACTION = '';

/** Refusals by field; one under WHOLE_ACTION becomes the form's message. */
export function fieldFailure(refusals: Record<string, string>): ActionFailure {
  const { [WHOLE_ACTION]: whole, ...fieldErrors } = refusals;
  return {
    ok: false,
    message: whole ?? 'Some fields need attention.',
    ...(Object.keys(fieldErrors).length > 0 ? { fieldErrors } : {}),
  };
}

/** The first message per field of a failed zod parse, keyed by its dotted path. */
export function issuesByField(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  const fieldErrors: Record<string, string> = {};
  for (const issue of issues) fieldErrors[issue.path.map(String).join('.')] ??= issue.message;
  return fieldErrors;
}

/** What became of one item of a batch write. */
export type BatchOutcome =
  | { id: string; name: string; outcome: 'started'; jobId: string }
  | { id: string; name: string; outcome: 'refused'; reason: string }
  | { id: string; name: string; outcome: 'failed'; reason: string; cloudError?: CloudErrorView };

export interface BatchStarted {
  ok: true;
  items: BatchOutcome[];
}
