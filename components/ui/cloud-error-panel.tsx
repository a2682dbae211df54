import { adviceFor } from '@/lib/dr/error-catalogue';
import type { CloudErrorView } from '@/lib/write/result';

/** A cloud error as a person needs it: what happened, why, and what to do. */
export function CloudErrorPanel({
  error,
  title = 'The cloud could not answer',
}: {
  error: CloudErrorView;
  title?: string;
}) {
  const advice = adviceFor(error.code, error.status);
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-950">
      <p className="font-semibold">{title}</p>
      <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1">
        <dt className="font-medium">Code</dt>
        <dd>
          <code>{error.code}</code>
          {error.status > 0 ? ` (HTTP ${error.status})` : ''}
        </dd>
        <dt className="font-medium">Cause</dt>
        <dd>{advice.cause}</dd>
        <dt className="font-medium">What to do</dt>
        <dd>{advice.remedy}</dd>
        <dt className="font-medium">Cloud message</dt>
        <dd>{error.message}</dd>
      </dl>
    </div>
  );
}
