// Talks to the simulated cloud directly, as demo-operator: what the console's figures are compared with.
export const PROJECT = 'cf122c6f0cde5f56f9c616c94f2a7d6e';

export async function simToken(simUrl) {
  const res = await fetch(`${simUrl}/v3/auth/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      auth: {
        identity: {
          methods: ['password'],
          password: { user: { name: 'demo-operator', password: 'demo-password', domain: { name: 'demo' } } },
        },
        scope: { project: { name: 'eu-de' } },
      },
    }),
  });
  return res.headers.get('x-subject-token');
}

export const simPath = (path) => path.replace('{pid}', PROJECT);

export async function sim(simUrl, token, path) {
  return (await fetch(`${simUrl}${simPath(path)}`, { headers: { 'x-auth-token': token } })).json();
}
