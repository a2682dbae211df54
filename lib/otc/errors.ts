/**
 * One error type for every cloud error body: SDRS `{"error":{code,message}}` and its kind-keyed
 * variants, flat `{"error_code","error_msg"}`, VPC `{"code","message"}`, Cinder/Nova
 * `{"badRequest":{"code":400,...}}` and Keystone `{"error":{"code":401,"title",...}}`.
 */
export type OtcErrorKind = 'http' | 'network' | 'timeout' | 'invalid-response';

export class OtcError extends Error {
  constructor(
    readonly kind: OtcErrorKind,
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'OtcError';
  }
}

const KIND_KEYS = ['error', 'badrequest', 'badRequest', 'itemNotFound', 'conflictingRequest', 'forbidden', 'overLimit'];

const asRecord = (v: unknown): Record<string, unknown> | null =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

const text = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;

/** Reads code and message from any documented error body; falls back to the HTTP status. */
export function errorFromBody(status: number, body: unknown): OtcError {
  const root = asRecord(body);
  let code: string | undefined;
  let message: string | undefined;
  if (root) {
    if (text(root.error_code)) {
      code = text(root.error_code);
      message = text(root.error_msg) ?? text(root.message);
    } else {
      for (const key of KIND_KEYS) {
        const inner = asRecord(root[key]);
        if (inner) {
          code = text(inner.code);
          message = text(inner.message) ?? text(inner.title);
          break;
        }
      }
      if (!code && text(root.code)) {
        code = text(root.code);
        message = text(root.message);
      }
    }
  }
  return new OtcError('http', status, code ?? `HTTP.${status}`, message ?? `The cloud answered HTTP ${status}.`);
}

/** SDRS answers "not found" with HTTP 400 and one of these codes, not with 404. */
const NOT_FOUND_CODES = new Set(['SDRS.1013', 'SDRS.1320', 'SDRS.1608', 'SDRS.1902']);

export const isNotFound = (e: unknown): boolean =>
  e instanceof OtcError && e.kind === 'http' && (e.status === 404 || NOT_FOUND_CODES.has(e.code));
