import Link from 'next/link';

export function DeprecatedApiNotice() {
  return (
    <div role="note" className="mb-4 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950">
      <strong>Deprecated API.</strong> EVS replication pairs come from the older EVS API, which the cloud no longer
      develops. For new protection use SDRS:{' '}
      <Link href="/protected-instances" className="underline">
        protected instances
      </Link>{' '}
      replicate every disk of a server, and{' '}
      <Link href="/replication-pairs" className="underline">
        SDRS replication pairs
      </Link>{' '}
      cover single disks.
    </div>
  );
}
