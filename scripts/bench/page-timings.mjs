// Server time of the pages that grow with the tenant: the protected-instances list and the server
// picker of the create form, measured as the time to the last byte of the page on loopback.
import { sim, simToken } from './sim-client.mjs';
import { summary, timeRequest } from './stats.mjs';

export async function pageTimings({ simUrl, consoleUrl, cookie, rounds = 40 }) {
  const token = await simToken(simUrl);
  const servers = (await sim(simUrl, token, '/v1/{pid}/cloudservers/detail?limit=1')).count;
  const instances = (await sim(simUrl, token, '/v1/{pid}/protected-instances?limit=1')).count;
  const group = (await sim(simUrl, token, '/v1/{pid}/server-groups')).server_groups.find(
    (g) => g.name === 'crm-staging',
  );
  const pages = {
    protectedInstancesList: '/protected-instances',
    serverPicker: `/protected-instances/new?group=${group.id}`,
  };
  const figures = {};
  for (const [key, path] of Object.entries(pages)) {
    const read = () => timeRequest(`${consoleUrl}${path}`, { headers: { cookie } });
    for (let i = 0; i < 3; i++) await read(); // warm-up
    const samples = [];
    for (let i = 0; i < rounds; i++) samples.push(await read());
    figures[key] = { path, ...summary(samples) };
  }
  return { tenant: { servers, protectedInstances: instances }, ...figures };
}
