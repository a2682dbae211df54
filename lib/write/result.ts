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

export const fieldFailure = (fieldErrors: Record<string, string>): ActionFailure => ({
  ok: false,
  message: 'Some fields need attention.',
  fieldErrors,
});

/** The first message per field of a failed zod parse, keyed by its dotted path. */
export function issuesByField(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  const fieldErrors: Record<string, string> = {};
  for (const issue of issues) fieldErrors[issue.path.map(String).join('.')] ??= issue.message;
  return fieldErrors;
}
