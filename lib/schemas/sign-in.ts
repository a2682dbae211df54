import { z } from 'zod';

const HOME = '/';
/** Stands for the console's own origin: only the path of a relative `next` depends on it. */
const OWN_ORIGIN = 'http://console.invalid';

/**
 * Where to go after sign-in: a path on this site, never another origin. `next` must resolve to the
 * console's own origin, hold no control character or backslash, and not be read by a browser as
 * another host (`//host`, which `/.//host` and `/..//host` normalise to). The answer is the
 * resolved, percent-encoded path, safe to put in a Location header.
 */
export function safeNextPath(next: string | undefined | null): string {
  if (!next || !next.startsWith('/') || /[\u0000-\u001f\u007f\\]/.test(next)) return HOME;
  let url: URL;
  try {
    url = new URL(next, OWN_ORIGIN);
  } catch {
    return HOME;
  }
  if (url.origin !== OWN_ORIGIN || url.pathname.startsWith('//') || url.pathname.startsWith('/sign-in')) return HOME;
  return `${url.pathname}${url.search}${url.hash}`;
}

const nextField = z.string().max(2000).optional();

export const passwordSignInSchema = z.object({
  domain: z
    .string()
    .trim()
    .min(1, 'Enter the account (domain) name.')
    .max(64, 'An account name has at most 64 characters.'),
  user: z.string().trim().min(1, 'Enter your IAM user name.').max(64, 'A user name has at most 64 characters.'),
  password: z.string().min(1, 'Enter your password.').max(256, 'A password has at most 256 characters.'),
  project: z
    .string()
    .trim()
    .min(1, 'Enter a project name such as eu-de, or a project id.')
    .max(64, 'A project name has at most 64 characters.')
    .regex(/^[A-Za-z0-9_-]+$/, 'A project name or id has only letters, digits, - and _.'),
  next: nextField,
});
export type PasswordSignIn = z.infer<typeof passwordSignInSchema>;

export const accessKeySignInSchema = z.object({
  accessKey: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{16,64}$/, 'An access key (AK) has 16 to 64 letters and digits.'),
  secretKey: z.string().min(1, 'Enter the secret key (SK).').max(128, 'A secret key has at most 128 characters.'),
  projectId: z
    .string()
    .trim()
    .regex(/^[0-9a-f]{32}$/, 'A project id is 32 hexadecimal characters (find it under My Credentials).'),
  next: nextField,
});
export type AccessKeySignIn = z.infer<typeof accessKeySignInSchema>;

export const demoSignInSchema = z.object({
  user: z.enum(['demo-operator', 'demo-support', 'demo-viewer']),
  next: nextField,
});
