import 'server-only';
import { notFound } from 'next/navigation';
import type { CloudErrorView } from '../write/result';
import { signInAgain } from '../auth/sign-in-again';
import { isNotFound, OtcError } from '../otc/errors';

export type Loaded<T> = { ok: true; data: T } | { ok: false; error: CloudErrorView };

const view = (e: OtcError): CloudErrorView => ({ code: e.code, status: e.status, message: e.message });

/** A 401 that survived the console's own token renewal means the session's credentials are gone. */
async function failed(e: OtcError): Promise<Loaded<never>> {
  if (e.status === 401) await signInAgain(e);
  return { ok: false, error: view(e) };
}

/** Runs a cloud read; a cloud error becomes something a page can show instead of a crash. */
export async function load<T>(read: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, data: await read() };
  } catch (e) {
    if (e instanceof OtcError) return failed(e);
    throw e;
  }
}

/** A detail read: "not found" (HTTP 400 with SDRS.1013/1320/1608/1902, or 404) shows the not-found page. */
export async function loadOrNotFound<T>(read: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, data: await read() };
  } catch (e) {
    if (isNotFound(e)) notFound();
    if (e instanceof OtcError) return failed(e);
    throw e;
  }
}
