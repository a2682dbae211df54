// What the console adds to a cloud read: the same protection group read through the console's
// route handler (session look-up, sealed token, cloud client, validation) and straight from the
// simulated cloud, interleaved so both see the same machine load.
import { sim, simPath, simToken } from './sim-client.mjs';
import { summary, timeRequest } from './stats.mjs';

export async function proxyOverhead({ simUrl, consoleUrl, cookie, rounds = 300 }) {
  const token = await simToken(simUrl);
  const group = (await sim(simUrl, token, '/v1/{pid}/server-groups')).server_groups.find((g) => g.name === 'erp-prod');
  const direct = () =>
    timeRequest(`${simUrl}${simPath(`/v1/{pid}/server-groups/${group.id}`)}`, { headers: { 'x-auth-token': token } });
  const viaConsole = () => timeRequest(`${consoleUrl}/api/protection-groups/${group.id}`, { headers: { cookie } });
  for (let i = 0; i < 20; i++) await Promise.all([direct(), viaConsole()]); // warm-up
  const d = [];
  const c = [];
  for (let i = 0; i < rounds; i++) {
    d.push(await direct());
    c.push(await viaConsole());
  }
  const directSummary = summary(d);
  const consoleSummary = summary(c);
  return {
    direct: directSummary,
    console: consoleSummary,
    addedP50Ms: Math.round((consoleSummary.p50Ms - directSummary.p50Ms) * 10) / 10,
    addedP95Ms: Math.round((consoleSummary.p95Ms - directSummary.p95Ms) * 10) / 10,
  };
}
