import { BasicCredentials, GlobalCredentials } from '@huaweicloud/huaweicloud-sdk-core';
import * as ecs from '@huaweicloud/huaweicloud-sdk-ecs';
// The IAM package's main entry also loads its v5 API, which fails to load in this release.
import * as iam from '@huaweicloud/huaweicloud-sdk-iam/v3/public-api';
import * as vpc from '@huaweicloud/huaweicloud-sdk-vpc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../seed/demo-identity';
import { startSimServer, type RunningSim } from '../server';
import { openDatabase } from '../store/database';
import { until } from './until';

/**
 * The Huawei Cloud SDK for Node.js (ECS, VPC, IAM), signing with the demo operator's AK/SK against
 * the simulator over HTTP, its endpoint overridden as a user pointing it at a private cloud would.
 *
 * The SDK hands back the parsed JSON typed as its generated models. A model's constructor takes
 * exactly the fields the API reference marks as required, so `new Model()` names them; reading a
 * response through the model's prototype then uses the SDK's own accessors for every other name.
 */
let running: RunningSim;
let clients: { ecs: ecs.EcsClient; vpc: vpc.VpcClient; iam: iam.IamClient };

type Row = Record<string, unknown>;

// Fields Huawei Cloud's models require that OTC's API reference does not document.
const HUAWEI_ONLY: Record<string, string[]> = { ServerFlavor: ['gpus'] };

/** A response item read as the SDK's model: every field it requires present, its accessors working. */
function asModel<T extends object>(model: new () => T, json: unknown): T {
  const row = json as Row;
  const missing = Object.keys(new model()).filter((k) => row[k] === undefined && !HUAWEI_ONLY[model.name]?.includes(k));
  expect(missing, `${model.name} lacks fields it requires`).toEqual([]);
  return Object.setPrototypeOf({ ...row }, model.prototype) as T;
}
const eachAs = <T extends object>(model: new () => T, items: unknown[] | undefined): T[] => {
  expect(items?.length, `no ${model.name} at all`).toBeGreaterThan(0);
  return (items ?? []).map((i) => asModel(model, i));
};

/** A whole response read as its model, so its own snake_case fields go through the SDK's accessors. */
const reply = async <T extends object>(model: new () => T, call: Promise<unknown>): Promise<T> =>
  asModel(model, await call);

beforeAll(async () => {
  running = await startSimServer({ db: openDatabase(':memory:'), port: 0, settings: { timeScale: 0.05 } });
  const project = new BasicCredentials().withAk(DEMO.accessKey).withSk(DEMO.secretKey).withProjectId(DEMO.project.id);
  const global = new GlobalCredentials().withAk(DEMO.accessKey).withSk(DEMO.secretKey).withDomainId(DEMO.domain.id);
  clients = {
    ecs: ecs.EcsClient.newBuilder().withCredential(project).withEndpoint(running.url).build(),
    vpc: vpc.VpcClient.newBuilder().withCredential(project).withEndpoint(running.url).build(),
    iam: iam.IamClient.newBuilder().withCredential(global).withEndpoint(running.url).build(),
  };
});

afterAll(async () => {
  await running?.close();
});

const seeded = <K extends 'server' | 'volume' | 'vpc' | 'subnet' | 'security_group'>(kind: K) =>
  running.sim.state.where(kind, (r) => r.project_id === DEMO.project.id);

describe('ECS through the SDK', () => {
  it('lists and shows servers in the ECS models, disks, addresses and groups included', async () => {
    const list = await reply(
      ecs.ListServersDetailsResponse,
      clients.ecs.listServersDetails(new ecs.ListServersDetailsRequest().withLimit(1000)),
    );
    expect(list.count).toBe(seeded('server').length);
    for (const server of eachAs(ecs.ServerDetail, list.servers)) {
      const record = seeded('server').find((s) => s.id === server.id);
      expect(server.oSEXTAZAvailabilityZone).toBe(record?.az);
      expect(server.oSEXTSTSPowerState).toBe(record?.status === 'ACTIVE' ? 1 : record?.status === 'SHUTOFF' ? 4 : 0);
      expect(asModel(ecs.ServerFlavor, server.flavor).id).toBe(record?.flavor_id);
      asModel(ecs.ServerImage, server.image);
      const disks = eachAs(ecs.ServerExtendVolumeAttachment, server.osExtendedVolumesVolumesAttached);
      expect(disks.map((d) => d.id).sort()).toEqual(record?.volumes.map((v) => v.volume_id).sort());
      for (const nic of eachAs(ecs.ServerAddress, Object.values(server.addresses ?? {}).flat()))
        expect(record?.nics.map((n) => n.port_id)).toContain(nic.oSEXTIPSPortId);
      const groups = eachAs(ecs.ServerSecurityGroup, server.securityGroups).map((g) => g.id);
      expect(groups).toEqual(record?.security_group_ids);
    }
    const first = list.servers?.[0];
    const shown = await reply(ecs.ShowServerResponse, clients.ecs.showServer(new ecs.ShowServerRequest(first?.id)));
    expect(asModel(ecs.ServerDetail, shown.server).name).toBe(first?.name);
  });

  it('lists flavors with their extra specs, and Nova servers, zones and specs in the Nova models', async () => {
    const flavors = eachAs(
      ecs.Flavor,
      (await reply(ecs.ListFlavorsResponse, clients.ecs.listFlavors(new ecs.ListFlavorsRequest()))).flavors,
    );
    expect(flavors.map((f) => f.id)).toContain('s3.large.2');
    for (const f of flavors) asModel(ecs.FlavorExtraSpec, f.osExtraSpecs);

    const nova = await reply(
      ecs.NovaListServersDetailsResponse,
      clients.ecs.novaListServersDetails(new ecs.NovaListServersDetailsRequest().withLimit(1000)),
    );
    const servers = eachAs(ecs.NovaServer, nova.servers);
    expect(servers.map((s) => s.id).sort()).toEqual(
      seeded('server')
        .map((s) => s.id)
        .sort(),
    );
    for (const s of servers) {
      asModel(ecs.NovaServerFlavor, s.flavor);
      eachAs(ecs.NovaNetwork, Object.values(s.addresses ?? {}).flat());
      eachAs(ecs.NovaServerSecurityGroup, s.securityGroups);
    }
    const simple = await reply(
      ecs.NovaListServersResponse,
      clients.ecs.novaListServers(new ecs.NovaListServersRequest()),
    );
    expect(eachAs(ecs.NovaSimpleServer, simple.servers).length).toBe(servers.length);
    const one = await reply(
      ecs.NovaShowServerResponse,
      clients.ecs.novaShowServer(new ecs.NovaShowServerRequest(servers[0]?.id)),
    );
    expect(asModel(ecs.NovaServer, one.server).name).toBe(servers[0]?.name);

    const zones = await reply(
      ecs.NovaListAvailabilityZonesResponse,
      clients.ecs.novaListAvailabilityZones(new ecs.NovaListAvailabilityZonesRequest()),
    );
    const names = eachAs(ecs.NovaAvailabilityZone, zones.availabilityZoneInfo).map((z) => z.zoneName);
    expect(names).toEqual(['eu-de-01', 'eu-de-02', 'eu-de-03']);
    const specs = await reply(
      ecs.NovaShowFlavorExtraSpecsResponse,
      clients.ecs.novaShowFlavorExtraSpecs(new ecs.NovaShowFlavorExtraSpecsRequest('s3.large.2')),
    );
    expect(specs.extraSpecs?.['cond:operation:status']).toBe('normal');
  });

  it('stops and starts servers in a batch, following the ECS job to its end', async () => {
    const server = seeded('server').find((s) => s.name === 'files-01' && s.status === 'ACTIVE');
    expect(server).toBeDefined();
    const target = [new ecs.ServerId(server?.id)];
    const finish = async (jobId: string | undefined) => {
      const job = await until(`job ${jobId}`, async () => {
        const j = await reply(ecs.ShowJobResponse, clients.ecs.showJob(new ecs.ShowJobRequest(jobId)));
        return j.status === 'SUCCESS' || j.status === 'FAIL' ? j : undefined;
      });
      expect(job.status).toBe('SUCCESS');
      eachAs(ecs.SubJob, asModel(ecs.JobEntities, job.entities).subJobs);
      return (await reply(ecs.ShowServerResponse, clients.ecs.showServer(new ecs.ShowServerRequest(server?.id)))).server
        ?.status;
    };

    const stop = await reply(
      ecs.BatchStopServersResponse,
      clients.ecs.batchStopServers(
        new ecs.BatchStopServersRequest().withBody(
          new ecs.BatchStopServersRequestBody(new ecs.BatchStopServersOption(target).withType('SOFT')),
        ),
      ),
    );
    expect(await finish(stop.jobId)).toBe('SHUTOFF');
    const start = await reply(
      ecs.BatchStartServersResponse,
      clients.ecs.batchStartServers(
        new ecs.BatchStartServersRequest().withBody(
          new ecs.BatchStartServersRequestBody(new ecs.BatchStartServersOption(target)),
        ),
      ),
    );
    expect(await finish(start.jobId)).toBe('ACTIVE');
  });
});

describe('VPC through the SDK', () => {
  it('lists VPCs, subnets and security groups in the VPC models', async () => {
    const vpcs = eachAs(
      vpc.Vpc,
      (await reply(vpc.ListVpcsResponse, clients.vpc.listVpcs(new vpc.ListVpcsRequest()))).vpcs,
    );
    expect(vpcs.map((v) => v.id).sort()).toEqual(
      seeded('vpc')
        .map((v) => v.id)
        .sort(),
    );
    const subnets = eachAs(
      vpc.Subnet,
      (await reply(vpc.ListSubnetsResponse, clients.vpc.listSubnets(new vpc.ListSubnetsRequest()))).subnets,
    );
    for (const s of subnets) expect(s.neutronNetworkId).toBe(s.id);
    const groups = await reply(
      vpc.ListSecurityGroupsResponse,
      clients.vpc.listSecurityGroups(new vpc.ListSecurityGroupsRequest()),
    );
    expect(eachAs(vpc.SecurityGroup, groups.securityGroups).length).toBe(seeded('security_group').length);
  });

  it('lists Neutron networks, subnets, ports and security groups in the Neutron models', async () => {
    const networks = await reply(
      vpc.NeutronListNetworksResponse,
      clients.vpc.neutronListNetworks(new vpc.NeutronListNetworksRequest()),
    );
    const subnets = await reply(
      vpc.NeutronListSubnetsResponse,
      clients.vpc.neutronListSubnets(new vpc.NeutronListSubnetsRequest()),
    );
    const ports = await reply(
      vpc.NeutronListPortsResponse,
      clients.vpc.neutronListPorts(new vpc.NeutronListPortsRequest()),
    );
    const groups = await reply(
      vpc.NeutronListSecurityGroupsResponse,
      clients.vpc.neutronListSecurityGroups(new vpc.NeutronListSecurityGroupsRequest()),
    );
    const networkIds = eachAs(vpc.NeutronNetwork, networks.networks).map((n) => n.id);
    for (const s of eachAs(vpc.NeutronSubnet, subnets.subnets)) expect(networkIds).toContain(s.networkId);
    const serverNics = seeded('server').flatMap((s) => s.nics.map((n) => n.port_id));
    expect(
      eachAs(vpc.NeutronPort, ports.ports)
        .map((p) => p.id)
        .sort(),
    ).toEqual(serverNics.sort());
    expect(eachAs(vpc.NeutronSecurityGroup, groups.securityGroups).length).toBe(seeded('security_group').length);
  });
});

describe('IAM through the SDK', () => {
  it('finds the project by name, the API version, and the catalog with its services and endpoints', async () => {
    const auth = await reply(
      iam.KeystoneListAuthProjectsResponse,
      clients.iam.keystoneListAuthProjects(new iam.KeystoneListAuthProjectsRequest()),
    );
    expect(eachAs(iam.AuthProjectResult, auth.projects).map((p) => p.id)).toEqual([DEMO.project.id]);
    const named = await reply(
      iam.KeystoneListProjectsResponse,
      clients.iam.keystoneListProjects(new iam.KeystoneListProjectsRequest().withName('eu-de')),
    );
    expect(eachAs(iam.ProjectResult, named.projects).map((p) => p.id)).toEqual([DEMO.project.id]);
    const none = await reply(
      iam.KeystoneListProjectsResponse,
      clients.iam.keystoneListProjects(new iam.KeystoneListProjectsRequest().withName('eu-nl')),
    );
    expect(none.projects).toEqual([]);
    const version = await reply(
      iam.KeystoneShowVersionResponse,
      clients.iam.keystoneShowVersion(new iam.KeystoneShowVersionRequest()),
    );
    expect(asModel(iam.Version, version.version).status).toBe('stable');

    const listed = {
      services: await reply(
        iam.KeystoneListServicesResponse,
        clients.iam.keystoneListServices(new iam.KeystoneListServicesRequest()),
      ),
      endpoints: await reply(
        iam.KeystoneListEndpointsResponse,
        clients.iam.keystoneListEndpoints(new iam.KeystoneListEndpointsRequest()),
      ),
    };
    const services = eachAs(iam.Service, listed.services.services);
    const endpoints = eachAs(iam.Endpoint, listed.endpoints.endpoints);
    const compute = services.find((s) => s.type === 'compute');
    expect(endpoints.find((e) => e.serviceId === compute?.id)?.url).toBe(`${running.url}/v2.1/$(tenant_id)s`);
    // Signed without a project, the catalog holds only the services whose URLs need none.
    const catalog = await reply(
      iam.KeystoneShowCatalogResponse,
      clients.iam.keystoneShowCatalog(new iam.KeystoneShowCatalogRequest()),
    );
    expect(
      eachAs(iam.Catalog, catalog.catalog)
        .map((e) => e.type)
        .sort(),
    ).toEqual(['identity', 'image', 'network']);
    const regions = await reply(
      iam.KeystoneListRegionsResponse,
      clients.iam.keystoneListRegions(new iam.KeystoneListRegionsRequest()),
    );
    expect(eachAs(iam.Region, regions.regions).map((r) => r.id)).toEqual(['eu-de']);
  });
});
