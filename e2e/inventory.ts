import fs from 'node:fs';
import path from 'node:path';
import { simAsOperator } from './support';
import { DYNAMIC_PAGE_SAMPLES, type SeedIds } from './access-matrix';

/** Every page under app/(console), as a URL with seeded ids in its dynamic segments. */
export function consolePages(ids: SeedIds): string[] {
  const root = path.join('app', '(console)');
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && !entry.name.startsWith('_')) walk(full);
      else if (entry.name === 'page.tsx') {
        const route = path.relative(root, dir).split(path.sep).join('/');
        if (!route.includes('[')) pages.push(`/${route}`);
        else {
          const sample = DYNAMIC_PAGE_SAMPLES[route];
          if (!sample) throw new Error(`page ${route} has no sample in DYNAMIC_PAGE_SAMPLES`);
          pages.push(sample(ids));
        }
      }
    }
  };
  walk(root);
  return pages.map((p) => (p === '/' ? '/' : p.replace(/\/$/, '')));
}

/** Every route handler file under app/api with the methods it exports. */
export function routeHandlers(): { file: string; url: string; methods: string[] }[] {
  const found: { file: string; url: string; methods: string[] }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'route.ts') {
        const source = fs.readFileSync(full, 'utf8');
        const methods = [...source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1] ?? '');
        found.push({
          file: full.split(path.sep).join('/'),
          url: `/${path.relative('app', dir).split(path.sep).join('/')}`,
          methods,
        });
      }
    }
  };
  walk(path.join('app', 'api'));
  return found;
}

/** Every server action in the build: id, file and export name. */
export function serverActions(): { id: string; key: string }[] {
  const manifest = JSON.parse(fs.readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, a]) => ({ id, key: `${a.filename}#${a.exportedName}` }));
}

/** Ids of seeded resources (and an EVS pair made for the purpose). */
export async function seedIds(): Promise<SeedIds> {
  const json = async (p: string) =>
    (await (await simAsOperator('GET', p)).json()) as Record<string, { id: string; name: string }[]>;
  const groups = (await json('/v1/{pid}/server-groups')).server_groups ?? [];
  const instances = (await json('/v1/{pid}/protected-instances')).protected_instances ?? [];
  const pairs = (await json('/v1/{pid}/replications')).replications ?? [];
  let evs = (await json('/v2/{pid}/os-vendor-replications')).replications ?? [];
  if (evs.length === 0) {
    const volumes = ((await json('/v2/{pid}/volumes/detail')).volumes ?? []) as unknown as {
      id: string;
      name: string;
    }[];
    const id = (name: string) => volumes.find((v) => v.name === name)?.id;
    await simAsOperator('POST', '/v2/{pid}/os-vendor-replications', {
      replication: {
        name: 'e2e-evs-pair',
        volume_ids: [id('spare-ssd-100-a'), id('spare-ssd-100-b')],
        priority_station: 'eu-de-01',
        replication_model: 'hypermetro',
      },
    });
    evs = (await json('/v2/{pid}/os-vendor-replications')).replications ?? [];
  }
  const first = <T extends { id: string }>(items: T[], what: string) => {
    if (!items[0]) throw new Error(`the seed has no ${what}`);
    return items[0].id;
  };
  return {
    group: first(
      groups.filter((g) => g.name === 'erp-prod'),
      'erp-prod group',
    ),
    instance: first(instances, 'protected instance'),
    pair: first(pairs, 'replication pair'),
    evsPair: first(evs, 'EVS pair'),
    job: '00000000-0000-4000-8000-000000000000',
  };
}

/** The id of one server action, by file and export name. */
export function actionOf(file: string, exportedName: string): string {
  const found = serverActions().find((a) => a.key === `${file}#${exportedName}`);
  if (!found) throw new Error(`no server action ${file}#${exportedName} in the build`);
  return found.id;
}
