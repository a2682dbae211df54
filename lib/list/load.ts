import 'server-only';
import { OtcError } from '../otc/errors';
import type { CloudErrorView } from '@/components/ui/cloud-error-panel';

export type Loaded<T> = { ok: true; data: T } | { ok: false; error: CloudErrorView };

/** Runs a cloud read; a cloud error becomes something a page can show instead of a crash. */
export async function load<T>(read: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, data: await read() };
  } catch (e) {
    if (e instanceof OtcError) return { ok: false, error: { code: e.code, status: e.status, message: e.message } };
    throw e;
  }
}
