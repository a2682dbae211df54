import http from 'node:http';
import { expect, type Page } from '@playwright/test';
import { demoOperatorToken } from '../scripts/lib/sim-token.mjs';

export const SIM_URL = `http://127.0.0.1:${process.env.E2E_SIM_PORT ?? 8797}`;
export const DEMO_PASSWORD = 'demo-password';
export const DEMO_SK = 'demoOperatorSecretKeyForTheSimulator0001';
export const DEMO_AK = 'DEMOOPERATORAKSIM001';
export const DEMO_PROJECT_ID = 'cf122c6f0cde5f56f9c616c94f2a7d6e';

export type DemoRole = 'operator' | 'support' | 'viewer';
export const stateFile = (role: DemoRole) => `data/e2e-auth/${role}.json`;

export async function signInWithPassword(page: Page, user: string, password = DEMO_PASSWORD, project = 'eu-de') {
  await page.getByLabel('Account name (domain)').fill('demo');
  await page.getByLabel('IAM user name').fill(user);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Project', { exact: true }).fill(project);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

export async function expectSignedInAs(page: Page, user: string, role: string) {
  const header = page.getByRole('banner');
  await expect(header).toContainText(user);
  await expect(header.getByTitle('Your console role')).toHaveText(role);
}

/** Calls the simulated cloud's control API (`/__sim/…`, loopback only): faults, stats, tokens. */
export function simControl(path: string, body?: unknown, method = 'POST', simUrl = SIM_URL): Promise<Response> {
  return fetch(`${simUrl}/__sim${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** Requests the simulated cloud has answered per route pattern since its stats were last cleared. */
export async function simRequestCounts(): Promise<Record<string, number>> {
  return ((await (await simControl('/stats', undefined, 'GET')).json()) as { requests: Record<string, number> })
    .requests;
}

/** Tokens the simulated cloud has issued (in force, or all), read from its control API (loopback only). */
export async function simTokens(which: 'live' | 'all' = 'live'): Promise<string[]> {
  const res = await simControl(`/tokens${which === 'all' ? '?all=1' : ''}`, undefined, 'GET');
  return ((await res.json()) as { tokens: string[] }).tokens;
}

/** Calls the simulated cloud directly as demo-operator, to prepare data a journey needs. */
export async function simAsOperator(method: string, path: string, body?: unknown, simUrl = SIM_URL): Promise<Response> {
  const token = await demoOperatorToken(simUrl);
  return fetch(`${simUrl}${path.replace('{pid}', DEMO_PROJECT_ID)}`, {
    method,
    headers: { 'content-type': 'application/json', 'x-auth-token': token },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

export const BASE_URL = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;

/**
 * Posts a server action the way a browser does: its id in `Next-Action`, the input as the body,
 * and this site's Origin (pass another to play a cross-site request).
 */
export function postAction(
  request: import('@playwright/test').APIRequestContext,
  id: string,
  input: unknown = {},
  options: { page?: string; origin?: string; headers?: Record<string, string> } = {},
) {
  return request.post(options.page ?? '/', {
    headers: {
      'Next-Action': id,
      'Content-Type': 'text/plain;charset=UTF-8',
      Accept: 'text/x-component',
      Origin: options.origin ?? BASE_URL,
      ...options.headers,
    },
    data: JSON.stringify([input]),
    maxRedirects: 0,
  });
}

/** The address the e2e console trusts as its reverse proxy (`TRUSTED_PROXIES`); any other is a client. */
export const PROXY_ADDRESS = '127.0.0.2';

export interface RawResponse {
  status: number;
  headers: import('node:http').IncomingHttpHeaders;
  body: string;
}

/**
 * Sends a request from a given loopback source address, the way a reverse proxy in front of the
 * console (or a client behind one) would reach it.
 */
export function rawRequest(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; from?: string } = {},
): Promise<RawResponse> {
  const url = new URL(path, BASE_URL);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: options.method ?? 'GET',
        headers: options.headers,
        localAddress: options.from,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A server action posted with `rawRequest`: its id in `Next-Action`, this site's Origin by default. */
export const rawAction = (
  id: string,
  input: unknown,
  options: { page?: string; headers?: Record<string, string>; from?: string } = {},
) =>
  rawRequest(options.page ?? '/sign-in', {
    method: 'POST',
    from: options.from,
    headers: {
      'Next-Action': id,
      'Content-Type': 'text/plain;charset=UTF-8',
      Accept: 'text/x-component',
      Origin: BASE_URL,
      ...options.headers,
    },
    body: JSON.stringify([input]),
  });

/** The session cookie a response sets, as the Set-Cookie line. */
export const setSessionCookie = (headers: import('node:http').IncomingHttpHeaders): string =>
  (headers['set-cookie'] ?? []).find((v) => v.startsWith('sdrs_session=')) ?? '';

/**
 * Creates a protection group straight on the simulated cloud, as another tool would (eu-de-01 to
 * eu-de-02, the demo VPC), and returns the cloud's answer to the create request.
 */
export async function simCreateGroup(name: string): Promise<Response> {
  const json = async (path: string) => (await simAsOperator('GET', path)).json();
  const domains = (await json('/v1/{pid}/active-domains')) as { domains: { id: string }[] };
  const vpcs = (await json('/v1/{pid}/vpcs')) as { vpcs: { id: string; name: string }[] };
  return simAsOperator('POST', '/v1/{pid}/server-groups', {
    server_group: {
      name,
      source_availability_zone: 'eu-de-01',
      target_availability_zone: 'eu-de-02',
      domain_id: domains.domains[0]?.id,
      source_vpc_id: vpcs.vpcs.find((v) => v.name === 'vpc-dr-demo')?.id,
    },
  });
}

/** Opens an action's dialog, lets the caller fill it, submits, and waits on the job page for success. */
export async function runJobAction(
  page: Page,
  trigger: string,
  submit: string,
  fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  await page.getByRole('button', { name: trigger, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await fill?.(dialog);
  await dialog.getByRole('button', { name: submit, exact: true }).click();
  await page.waitForURL(/\/jobs\/[0-9a-f-]{36}$/);
  await expect(page.locator('[data-job-status]')).toHaveAttribute('data-job-status', 'SUCCESS', { timeout: 30_000 });
}

/** The reason shown beside a disabled button. */
export const reasonOf = (page: Page, button: string) =>
  page.getByRole('button', { name: button, exact: true }).first().locator('xpath=following-sibling::p[1]');
