import 'server-only';
import type { Cloud } from '../otc/cloud';
import { flavorAvailableIn, listFlavors, listResizeFlavors } from '../otc/ecs';
import type { InstanceContext } from './instance-context';
import type { FlavorChoice } from './instance-rules';
import { drAzOf, productionAzOf } from './preflight';

/** Every flavor of the region with what each site of the instance can take (reference §5.2, §5.3). */
export async function loadFlavorChoices(cloud: Cloud, ctx: InstanceContext): Promise<FlavorChoice[]> {
  const prodFlavor = ctx.production?.flavor.id;
  const drFlavor = ctx.dr?.flavor.id;
  const [prodTargets, drTargets, prodSold, drSold] = await Promise.all([
    prodFlavor ? listResizeFlavors(cloud, prodFlavor) : Promise.resolve([]),
    drFlavor ? listResizeFlavors(cloud, drFlavor) : Promise.resolve([]),
    listFlavors(cloud, productionAzOf(ctx.group)),
    listFlavors(cloud, drAzOf(ctx.group)),
  ]);
  const drById = new Map(drSold.map((f) => [f.id, f]));
  return prodSold
    .map((f) => {
      const inDr = drById.get(f.id);
      return {
        id: f.id,
        vcpus: f.vcpus,
        ramMb: f.ram,
        // The present flavor is no resize target, but it is a valid choice for the other site.
        offered: {
          production: prodTargets.includes(f.id) || f.id === prodFlavor,
          dr: drTargets.includes(f.id) || f.id === drFlavor,
        },
        sold: {
          production: flavorAvailableIn(f, productionAzOf(ctx.group)),
          dr: inDr ? flavorAvailableIn(inDr, drAzOf(ctx.group)) : false,
        },
      };
    })
    .sort((a, b) => a.vcpus - b.vcpus || a.ramMb - b.ramMb || a.id.localeCompare(b.id));
}
