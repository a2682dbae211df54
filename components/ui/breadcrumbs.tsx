import Link from 'next/link';
import { Fragment } from 'react';

/** Where a page sits: links up the way it was reached, then the page itself. */
export function Breadcrumbs({ up, here }: { up: { href: string; label: string }[]; here: string }) {
  return (
    <p className="mb-2 text-sm">
      {up.map((step) => (
        <Fragment key={step.href}>
          <Link href={step.href} className="underline">
            {step.label}
          </Link>
          {' / '}
        </Fragment>
      ))}
      {here}
    </p>
  );
}
