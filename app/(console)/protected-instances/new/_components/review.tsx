import { formatTags } from '@/lib/format';
import type { ProtectedInstanceInput } from '@/lib/schemas/protected-instance';
import type { ProtectedInstanceFormOptions } from './form-options';

/** Exactly what will be created, before it is. */
export function Review({ values, options }: { values: ProtectedInstanceInput; options: ProtectedInstanceFormOptions }) {
  const server = options.servers.find((s) => s.id === values.serverId);
  const subnet = options.subnets.find((s) => s.id === values.subnetId);
  const flavor = values.flavorRef || server?.flavor.id;
  const rows: [string, string][] = [
    ['Protection group', `${options.group.name} (${options.group.productionAz} → ${options.group.drAz})`],
    ['Production server', server ? `${server.name} (${server.az})` : '—'],
    ['Name', values.name],
    ['Description', values.description || '—'],
    ['DR subnet', subnet ? `${subnet.name} (${subnet.cidr})` : 'Same as the production server'],
    ['DR primary IP', values.ipAddress || 'Assigned automatically'],
    ['DR flavor', values.flavorRef ? values.flavorRef : `${server?.flavor.id ?? '—'} (same as production)`],
    ['Tags', formatTags(values.tags)],
  ];
  return (
    <section aria-labelledby="review-heading" className="space-y-4">
      <h2 id="review-heading" className="text-lg font-semibold">
        Review
      </h2>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 rounded-lg border border-slate-300 bg-white p-4 text-sm sm:grid-cols-[max-content_1fr]">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-medium text-slate-700">{k}</dt>
            <dd className="break-all">{v}</dd>
          </div>
        ))}
      </dl>
      <div className="rounded-md border border-blue-300 bg-blue-50 p-3 text-sm text-blue-950">
        <p className="font-medium">What the cloud will do</p>
        <ul className="mt-1 list-disc pl-5">
          <li>
            Create a DR server named <strong>{server?.name}</strong> in {options.group.drAz}, flavor {flavor},{' '}
            <strong>stopped</strong>.
          </li>
          <li>
            Create a replication pair for each of the server&apos;s {server?.disks.length ?? 0} disks
            {server?.disks.length
              ? `: ${server.disks.map((d) => `${d.device} (${d.sizeGb} GB ${d.type})`).join(', ')}`
              : ''}
            , with DR disks in {options.group.drAz}, and attach them to the instance.
          </li>
          <li>
            Protection starts with the group: at once if the group is protecting, otherwise when protection is enabled.
          </li>
        </ul>
      </div>
    </section>
  );
}
