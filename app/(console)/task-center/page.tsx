import type { Metadata } from 'next';
import Link from 'next/link';
import { CloudErrorPanel } from '@/components/ui/cloud-error-panel';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/page-guard';
import { deniedReason } from '@/lib/auth/roles';
import { adviceFor } from '@/lib/dr/error-catalogue';
import { formatCloudTime } from '@/lib/format';
import { jobTypeLabel } from '@/lib/jobs/job-types';
import { load } from '@/lib/list/load';
import { statusesById, taskResolution } from '@/lib/dr/task-resolution';
import {
  listAllFailedTasks,
  listProtectedInstances,
  listProtectionGroups,
  listReplicationPairs,
  type FailedTask,
} from '@/lib/otc/sdrs';
import { listDrills } from '@/lib/otc/sdrs-groups';
import { cloudFor } from '@/lib/otc/session-cloud';
import { FilterForm } from '@/components/ui/filter-form';
import { DismissButton } from './_components/dismiss-button';
import { dismissFailedTasks } from './actions';

export const metadata: Metadata = { title: 'Task center' };

function TaskTable({
  tasks,
  blocked,
  current,
}: {
  tasks: FailedTask[];
  blocked: string | null;
  current: ReadonlyMap<string, string>;
}) {
  return (
    <table className="w-full text-left text-sm" aria-label="Failed tasks">
      <thead>
        <tr className="border-b border-slate-300">
          <th className="py-2 pr-3 font-medium">Resource</th>
          <th className="py-2 pr-3 font-medium">What failed</th>
          <th className="py-2 pr-3 font-medium">Code and reason</th>
          <th className="py-2 pr-3 font-medium">Cause and what to do</th>
          <th className="py-2 pr-3 font-medium">When</th>
          <th className="py-2 font-medium">Action</th>
        </tr>
      </thead>
      <tbody>
        {tasks.map((t) => {
          const advice = adviceFor(t.error_code ?? '');
          const resolved = taskResolution(t.resource_id, current);
          return (
            <tr key={`${t.job_id}-${t.resource_id}`} className="border-b border-slate-200 align-top">
              <td className="py-2 pr-3" title={t.resource_id}>
                {t.resource_name || t.resource_id}
                <span className="block text-xs text-slate-600">{t.resource_type.replace(/_/g, ' ')}</span>
                {resolved ? <span className="block text-xs font-medium text-green-900">{resolved}</span> : null}
              </td>
              <td className="py-2 pr-3">{jobTypeLabel(t.job_type)}</td>
              <td className="py-2 pr-3">
                <code>{t.error_code ?? '—'}</code> {t.fail_reason}
              </td>
              <td className="py-2 pr-3">
                {advice.cause} <span className="block text-slate-700">{advice.remedy}</span>
              </td>
              <td className="py-2 pr-3">{formatCloudTime(t.begin_time)}</td>
              <td className="py-2">
                <DismissButton
                  label={`Dismiss ${t.resource_name || 'task'}`}
                  title="Dismiss this failed task"
                  what={`The failed task of ${t.resource_name || t.resource_id} will`}
                  values={{ scope: 'one', resourceId: t.resource_id, groupId: t.groupId ?? '' }}
                  blocked={blocked}
                  action={dismissFailedTasks}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * The cloud's task center: every failed task of the project, with its code, reason, cause and what
 * to do. The operator dismisses one, all of a group, or all.
 */
export default async function TaskCenterPage(props: PageProps<'/task-center'>) {
  const session = await requireSession();
  const query = await props.searchParams;
  const pick = (v: string | string[] | undefined) => (typeof v === 'string' && v !== '' ? v : undefined);
  const filter = { failureStatus: pick(query.status), resourceType: pick(query.type), groupId: pick(query.group) };
  const loaded = await load(async () => {
    const cloud = await cloudFor(session);
    const groups = await listProtectionGroups(cloud);
    const [tasks, instances, pairs, drills] = await Promise.all([
      listAllFailedTasks(cloud, groups),
      listProtectedInstances(cloud),
      listReplicationPairs(cloud),
      listDrills(cloud),
    ]);
    return { groups, tasks, current: statusesById(groups, instances, pairs, drills) };
  });
  const header = (
    <PageHeader
      title="Task center"
      description="Failed tasks the cloud keeps for this project. Dismissing one does not change the resource it concerns."
    />
  );
  if (!loaded.ok)
    return (
      <>
        {header}
        <CloudErrorPanel error={loaded.error} title="The task center could not be loaded" />
      </>
    );
  const { groups, current } = loaded.data;
  const all = loaded.data.tasks;
  const distinct = (values: string[]) => [...new Set(values.filter(Boolean))].sort();
  const tasks = all.filter(
    (t) =>
      (!filter.failureStatus || t.failure_status === filter.failureStatus) &&
      (!filter.resourceType || t.resource_type === filter.resourceType) &&
      (!filter.groupId || (t.groupId ?? '') === (filter.groupId === 'none' ? '' : filter.groupId)),
  );
  const filters = (
    <FilterForm
      action="/task-center"
      filters={[
        {
          name: 'status',
          label: 'What failed',
          anyLabel: 'Any failure',
          options: distinct(all.map((t) => t.failure_status)).map((v) => ({ value: v, label: v })),
          value: filter.failureStatus,
        },
        {
          name: 'type',
          label: 'Resource type',
          anyLabel: 'Any resource',
          options: distinct(all.map((t) => t.resource_type)).map((v) => ({ value: v, label: v.replace(/_/g, ' ') })),
          value: filter.resourceType,
        },
        {
          name: 'group',
          label: 'Group',
          anyLabel: 'Any group',
          options: [
            { value: 'none', label: 'Group-level tasks' },
            ...groups.map((g) => ({ value: g.id, label: g.name })),
          ],
          value: filter.groupId,
        },
      ]}
    />
  );
  const filtered = Boolean(filter.failureStatus || filter.resourceType || filter.groupId);
  const blocked = deniedReason(session.role, 'delete-resource');
  const sections = [
    { id: '', title: 'Protection groups', href: null as string | null },
    ...groups.map((g) => ({ id: g.id, title: g.name, href: `/protection-groups/${g.id}` })),
  ]
    .map((s) => ({ ...s, tasks: tasks.filter((t) => (t.groupId ?? '') === s.id) }))
    .filter((s) => s.tasks.length > 0);

  return (
    <>
      {header}
      {all.length > 0 ? filters : null}
      {tasks.length === 0 ? (
        filtered ? (
          <EmptyState title="No failed task matches these filters">
            Clear the filters to see every failed task.
          </EmptyState>
        ) : (
          <EmptyState title="No failed tasks">
            Failed operations of this project appear here with what to do.
          </EmptyState>
        )
      ) : (
        <>
          {filtered ? null : (
            <DismissButton
              label={`Dismiss all ${tasks.length} failed tasks`}
              title="Dismiss all failed tasks"
              what={`All ${tasks.length} failed tasks of the project will`}
              values={{ scope: 'all', resourceId: '', groupId: '' }}
              blocked={blocked}
              action={dismissFailedTasks}
            />
          )}
          {sections.map((s) => (
            <section key={s.id || 'groups'} aria-labelledby={`tasks-${s.id || 'groups'}`} className="mt-6">
              <div className="mb-2 flex flex-wrap items-start justify-between gap-3">
                <h2 id={`tasks-${s.id || 'groups'}`} className="text-lg font-semibold">
                  {s.href ? (
                    <Link href={s.href} className="underline">
                      {s.title}
                    </Link>
                  ) : (
                    s.title
                  )}{' '}
                  ({s.tasks.length})
                </h2>
                {s.id ? (
                  <DismissButton
                    label={`Dismiss all of ${s.title}`}
                    title={`Dismiss the failed tasks of ${s.title}`}
                    what={`The ${s.tasks.length} failed tasks of ${s.title} will`}
                    values={{ scope: 'group', resourceId: '', groupId: s.id }}
                    blocked={blocked}
                    action={dismissFailedTasks}
                  />
                ) : null}
              </div>
              <TaskTable tasks={s.tasks} blocked={blocked} current={current} />
            </section>
          ))}
        </>
      )}
    </>
  );
}
