// A token of the demo tenant's operator, asked of the simulated cloud's IAM, for tests and the bench
// that prepare or compare data straight at the cloud.
export async function demoOperatorToken(simUrl) {
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
  return res.headers.get('x-subject-token') ?? '';
}
