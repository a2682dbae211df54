'use client';

import { RouteError } from '@/components/ui/route-error';

export default function Error({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <RouteError what="Protected instances" reset={reset} digest={error.digest} />;
}
