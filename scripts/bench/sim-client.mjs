// Talks to the simulated cloud directly, as demo-operator: what the console's figures are compared with.
export { demoOperatorToken as simToken } from '../lib/sim-token.mjs';

export const PROJECT = 'cf122c6f0cde5f56f9c616c94f2a7d6e';

export const simPath = (path) => path.replace('{pid}', PROJECT);

export async function sim(simUrl, token, path) {
  return (await fetch(`${simUrl}${simPath(path)}`, { headers: { 'x-auth-token': token } })).json();
}
