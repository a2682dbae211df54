'use client';

import { RouteError } from '@/components/ui/route-error';

export default function Error({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <RouteError what="EVS replication pairs" reset={reset} digest={error.digest} />;
}
