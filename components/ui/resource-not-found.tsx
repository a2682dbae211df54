import Link from 'next/link';
import { buttonClasses } from './button-classes';

export function ResourceNotFound({ what, listHref, listLabel }: { what: string; listHref: string; listLabel: string }) {
  return (
    <div className="rounded-lg border border-slate-300 bg-white p-8">
      <h1 className="text-xl font-semibold">{what} not found</h1>
      <p className="mt-1 text-sm text-slate-700">It may have been deleted, or it belongs to another project.</p>
      <Link href={listHref} className={`${buttonClasses.secondary} mt-4`}>
        Back to {listLabel}
      </Link>
    </div>
  );
}
