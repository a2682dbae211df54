// Server time of the pages that grow with the tenant: the protected-instances list, the server
// picker of the create form, the EVS pair form's disk pickers and the readiness page, measured as the time to the last
// byte of the page on loopback; and what the EVS form sends to the browser.
import { gzipSync } from 'node:zlib';
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
    evsPairCreate: '/evs-replication-pairs/new',
    readiness: '/readiness',
  };
  const figures = {};
  for (const [key, path] of Object.entries(pages)) {
    const read = () => timeRequest(`${consoleUrl}${path}`, { headers: { cookie } });
    for (let i = 0; i < 3; i++) await read(); // warm-up
    const samples = [];
    for (let i = 0; i < rounds; i++) samples.push(await read());
    figures[key] = { path, ...summary(samples) };
  }
  let volumes = 0;
  for (let marker = ''; ;) {
    const page = (await sim(simUrl, token, `/v2/{pid}/volumes?limit=1000${marker ? `&marker=${marker}` : ''}`)).volumes;
    volumes += page.length;
    if (page.length < 1000) break;
    marker = page.at(-1).id;
  }
  figures.evsPairCreate.payload = await pagePayload(`${consoleUrl}${pages.evsPairCreate}`, cookie);
  return { tenant: { servers, protectedInstances: instances, volumes }, ...figures };
}

const kb = (bytes) => Math.round(bytes / 102.4) / 10;

/**
 * What a page costs the browser: the HTML of a first visit (it carries the page's RSC payload
 * inline) and the RSC payload alone of a navigation from another page, raw and gzipped.
 */
async function pagePayload(url, cookie) {
  const body = async (headers) =>
    Buffer.from(await (await fetch(url, { headers: { cookie, ...headers } })).arrayBuffer());
  const html = await body({});
  const rsc = await body({ RSC: '1' });
  return {
    htmlKB: kb(html.length),
    htmlGzipKB: kb(gzipSync(html).length),
    rscKB: kb(rsc.length),
    rscGzipKB: kb(gzipSync(rsc).length),
  };
}
