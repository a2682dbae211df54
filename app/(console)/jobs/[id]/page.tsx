import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { JobProgress } from '@/components/jobs/job-progress';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/page-guard';
import { getJobRow, markViewed } from '@/lib/jobs/server/ledger';
import { toJobView } from '@/lib/jobs/job-view';
import { ensurePoller } from '@/lib/jobs/server/poller';
import { submittedParameters } from '@/lib/jobs/server/job-parameters';
import { JobParameters } from '@/components/jobs/job-parameters';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';

export const metadata: Metadata = { title: 'Job' };

export default async function JobPage(props: PageProps<'/jobs/[id]'>) {
  const { id } = await props.params;
  const session = await requireSession();
  const row = await getJobRow(id);
  if (!row || row.projectId !== session.projectId) notFound();
  await markViewed([id], session.idHash);
  void ensurePoller();
  const job = toJobView(row);
  return (
    <>
      <Breadcrumbs up={[{ href: '/jobs', label: 'Jobs' }]} here={job.typeLabel} />
      <PageHeader title={`${job.typeLabel}: ${job.targetName}`} />
      <JobProgress initial={job} />
      <JobParameters params={submittedParameters(row.params)} />
    </>
  );
}
