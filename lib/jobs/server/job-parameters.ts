import 'server-only';
import { redact } from '../../audit/audit-log';

/**
 * What was submitted for a job, as the job page shows it: each parameter in words, secrets
 * replaced (none should be there; the audit log's redaction makes sure), nested values as JSON.
 */
export function submittedParameters(json: string): { name: string; value: string }[] {
  let params: unknown;
  try {
    params = redact(JSON.parse(json));
  } catch {
    return [];
  }
  if (!params || typeof params !== 'object' || Array.isArray(params)) return [];
  return Object.entries(params as Record<string, unknown>).map(([name, value]) => ({
    name,
    value: typeof value === 'string' ? value : JSON.stringify(value),
  }));
}
