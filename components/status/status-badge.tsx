import { powerInfo, replicationInfo, statusInfo, type StatusInfo, type Tone } from '@/lib/dr/status-map';

const TONE: Record<Tone, string> = {
  ok: 'bg-green-100 text-green-900 ring-green-700/30',
  neutral: 'bg-slate-100 text-slate-800 ring-slate-500/30',
  busy: 'bg-blue-100 text-blue-900 ring-blue-700/30',
  warn: 'bg-amber-100 text-amber-950 ring-amber-700/30',
  error: 'bg-red-100 text-red-900 ring-red-700/30',
};

const DOT: Record<Tone, string> = {
  ok: 'bg-green-700',
  neutral: 'bg-slate-500',
  busy: 'bg-blue-700 animate-pulse',
  warn: 'bg-amber-600',
  error: 'bg-red-700',
};

function Badge({ info, code }: { info: StatusInfo; code: string | null | undefined }) {
  return (
    <span
      className={`inline-flex items-center gap-1.5 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONE[info.tone]}`}
      title={code ?? undefined}
      data-status={code ?? ''}
    >
      <span aria-hidden="true" className={`h-1.5 w-1.5 rounded-full ${DOT[info.tone]}`} />
      {info.label}
    </span>
  );
}

export const StatusBadge = ({ status }: { status: string | null | undefined }) => (
  <Badge info={statusInfo(status)} code={status} />
);

export const ReplicationBadge = ({ status }: { status: string | null | undefined }) =>
  status ? <Badge info={replicationInfo(status)} code={status} /> : <span className="text-slate-500">—</span>;

export const PowerBadge = ({ status }: { status: string | null | undefined }) => (
  <Badge info={powerInfo(status)} code={status} />
);
