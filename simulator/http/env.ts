import type { Context } from 'hono';
import { sdrsError } from '../core/errors';
import type { ProjectRec, UserRec } from '../core/model';

export interface AuthInfo {
  user: UserRec;
  project: ProjectRec;
  method: 'token' | 'aksk';
}

export type SimEnv = { Variables: { auth: AuthInfo } };
export type SimContext = Context<SimEnv>;

/** Parses a JSON body; an unreadable body is the documented generic parameter error. */
export async function readJson(c: Context, required = true): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') {
    if (required) throw sdrsError('SDRS.0201', 'Invalid request parameters');
    return {};
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw sdrsError('SDRS.0201', 'Invalid request parameters');
  }
}

export const projectOf = (c: SimContext): string => c.get('auth').project.id;
