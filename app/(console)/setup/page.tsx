import type { Metadata } from 'next';
import Link from 'next/link';
import { StatusBadge } from '@/components/status/status-badge';
import { buttonClasses } from '@/components/ui/button-classes';
import { CloudErrorPanel } from '@/components/ui/cloud-error-panel';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/page-guard';
import { deniedReason } from '@/lib/auth/roles';
import { checkGroupAction, verdictText } from '@/lib/dr/cycle-rules';
import { loadGroupContext } from '@/lib/dr/group-context';
import { drAzOf, productionAzOf } from '@/lib/dr/preflight';
import { statusInfo } from '@/lib/dr/status-map';
import { load } from '@/lib/list/load';
import { isCloudId } from '@/lib/otc/ids';
import { listProtectionGroups } from '@/lib/otc/sdrs';
import { cloudFor } from '@/lib/otc/session-cloud';
import { AutoRefresh } from '@/components/ui/auto-refresh';
import { EnableStep } from './_components/enable-step';

export const metadata: Metadata = { title: 'Set up DR' };

type StepState = 'done' | 'current' | 'later';

function Step({
  n,
  title,
  state,
  children,
}: {
  n: number;
  title: string;
  state: StepState;
  children: React.ReactNode;
}) {
  return (
    <li
      aria-current={state === 'current' ? 'step' : undefined}
      className={`rounded-lg border p-4 ${state === 'current' ? 'border-slate-900 bg-white' : 'border-slate-300 bg-slate-50'}`}
    >
      <h2 className="text-base font-semibold">
        Step {n}: {title}{' '}
        <span className="text-sm font-normal text-slate-700">
          ({state === 'done' ? 'done' : state === 'current' ? 'you are here' : 'next'})
        </span>
      </h2>
      <div className="mt-2 space-y-2 text-sm">{children}</div>
    </li>
  );
}

/**
 * The user guide's three steps of setting up DR, with the same forms and dialogs as elsewhere:
 * create the group, protect servers, enable protection. The page says which step the user is at.
 */
export default async function SetupPage(props: PageProps<'/setup'>) {
  const session = await requireSession();
  const cloud = await cloudFor(session);
  const groupParam = (await props.searchParams).group;
  const groupId = typeof groupParam === 'string' && isCloudId(groupParam) ? groupParam : null;
  const loaded = await load(async () =>
    groupId
      ? { ctx: await loadGroupContext(cloud, groupId), groups: [] }
      : { ctx: null, groups: await listProtectionGroups(cloud) },
  );
  const header = (
    <PageHeader
      title="Set up DR"
      description="Three steps from nothing to replicated servers: a protection group, the servers it protects, and protection enabled."
    />
  );
  if (!loaded.ok)
    return (
      <>
        {header}
        <CloudErrorPanel error={loaded.error} title="The set-up could not be loaded" />
      </>
    );
  const { ctx, groups } = loaded.data;
  const g = ctx?.group;
  const steps: StepState[] = !g
    ? ['current', 'later', 'later']
    : ctx.instances.length === 0 || (statusInfo(g.status).running && g.status === 'creating')
      ? ['done', 'current', 'later']
      : g.status === 'protected'
        ? ['done', 'done', 'done']
        : ['done', 'done', 'current'];
  const unprotected = groups.filter((x) => x.status === 'available');

  return (
    <>
      {header}
      {g ? (
        <AutoRefresh active={[g.status, ...ctx.instances.map((i) => i.status)].some((s) => statusInfo(s).running)} />
      ) : null}
      <ol className="max-w-3xl space-y-4" aria-label="Set-up steps">
        <Step n={1} title="Create a protection group" state={steps[0] ?? 'later'}>
          {g ? (
            <p>
              <Link href={`/protection-groups/${g.id}`} className="underline">
                {g.name}
              </Link>{' '}
              <StatusBadge status={g.status} />: production in {productionAzOf(g)}, DR in {drAzOf(g)}.
            </p>
          ) : (
            <>
              <p>The group says where production runs, where its copy goes, and which VPC its servers are in.</p>
              <Link href="/protection-groups/new?setup=1" className={buttonClasses.primary}>
                Create a protection group
              </Link>
              {unprotected.length > 0 ? (
                <p>
                  Or continue with a group that is not protected yet:{' '}
                  {unprotected.map((x, i) => (
                    <span key={x.id}>
                      {i > 0 ? ', ' : ''}
                      <Link href={`/setup?group=${x.id}`} className="underline">
                        {x.name}
                      </Link>
                    </span>
                  ))}
                </p>
              ) : null}
            </>
          )}
        </Step>
        <Step n={2} title="Protect servers" state={steps[1] ?? 'later'}>
          <p>
            Each protected server gets a stopped copy in the DR AZ and one replication pair per disk.
            {ctx ? ` Protected so far: ${ctx.instances.map((i) => i.name).join(', ') || 'none'}.` : ''}
          </p>
          {g ? (
            <Link href={`/protected-instances/new?group=${g.id}`} className={buttonClasses.secondary}>
              Protect a server
            </Link>
          ) : null}
          {g ? (
            <p className="text-xs text-slate-600">
              When the job has finished, come back to this page: it remembers the group.
            </p>
          ) : null}
        </Step>
        <Step n={3} title="Enable protection" state={steps[2] ?? 'later'}>
          <p>Replication starts with a full synchronization; the group is protected once it is in sync.</p>
          {g && g.status !== 'protected' ? (
            <EnableStep
              group={{ id: g.id, name: g.name, productionAz: productionAzOf(g), drAz: drAzOf(g) }}
              blocked={
                deniedReason(session.role, 'run-group-action') ?? verdictText(checkGroupAction('enable', ctx.facts))
              }
            />
          ) : null}
          {g?.status === 'protected' ? (
            <p role="status">
              {g.name} is protected. Next: run a DR drill from the{' '}
              <Link href={`/protection-groups/${g.id}?tab=drills`} className="underline">
                group&apos;s page
              </Link>
              .
            </p>
          ) : null}
        </Step>
      </ol>
    </>
  );
}
