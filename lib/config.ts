import 'server-only';
import { z } from 'zod';
import { POSTGRES_URL, SQLITE_URL } from './store/store-url';
import { parseTrustedProxies, type TrustedProxies } from './net/trusted-proxies';

const flag = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1');

const optionalUrl = z
  .string()
  .optional()
  .transform((v) => (v === '' ? undefined : v))
  .pipe(z.url({ protocol: /^https?$/ }).optional());

const configSchema = z.object({
  OTC_REGION: z
    .string()
    .regex(/^[a-z]{2}-[a-z0-9]+$/, 'a region name such as eu-de')
    .default('eu-de'),
  /** IAM endpoint, ending in /v3. */
  OTC_IAM_URL: z.url({ protocol: /^https?$/ }).default('https://iam.eu-de.otc.t-systems.com/v3'),
  /** One base URL for every service (the simulated cloud); otherwise the token's catalog or the region's defaults. */
  OTC_ENDPOINT_URL: optionalUrl,
  OTC_SDRS_URL: optionalUrl,
  OTC_EVS_URL: optionalUrl,
  OTC_ECS_URL: optionalUrl,
  OTC_VPC_URL: optionalUrl,
  OTC_TIMEOUT_MS: z.coerce.number().int().min(500).max(120_000).default(10_000),
  /** Identical cloud reads of a project this close together share one upstream request (0: only in flight). */
  CLOUD_READ_SHARE_MS: z.coerce.number().int().min(0).max(10_000).default(2000),
  SESSION_SECRET: z.string().min(32, 'at least 32 characters'),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  /** A SQLite file (one instance) or PostgreSQL (several); anything else would quietly become a file. */
  DATABASE_URL: z
    .string()
    .refine(
      (url) => SQLITE_URL.test(url) || POSTGRES_URL.test(url),
      'a SQLite file (file:path/to/console.db) or PostgreSQL (postgres://user:password@host:5432/db)',
    )
    .default('file:data/console.db'),
  /** The address users reach the console by; its scheme decides the Secure cookie and HSTS. */
  PUBLIC_URL: optionalUrl,
  /** Proxies in front of the console whose X-Forwarded-For and X-Forwarded-Proto count. */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((value, ctx): TrustedProxies => {
      const parsed = parseTrustedProxies(value);
      if ('error' in parsed) {
        ctx.addIssue({ code: 'custom', message: parsed.error });
        return z.NEVER;
      }
      return parsed;
    }),
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).default(400),
  /** A group whose last successful drill is older than this is at risk. */
  DRILL_MAX_AGE_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  DEMO_MODE: flag,
  /** The demo accounts' password, used server-side by the demo sign-in buttons (demo mode only). */
  DEMO_PASSWORD: z.string().optional(),
});

export type Config = z.infer<typeof configSchema>;

let cached: Config | undefined;

/**
 * Reads the configuration once. A bad value stops the server with a message naming the variable
 * (never its value: it may be a secret).
 */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export function config(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
