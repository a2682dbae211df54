import Link from 'next/link';
import type { GroupReadiness, ReadinessCheck } from '@/lib/dr/readiness';

const LEVEL_STYLE: Record<ReadinessCheck['level'], string> = {
  ok: 'border-green-300 bg-green-50 text-green-950',
  warning: 'border-amber-300 bg-amber-50 text-amber-950',
  problem: 'border-red-300 bg-red-50 text-red-950',
};
const LEVEL_WORD: Record<ReadinessCheck['level'], string> = { ok: 'Passed', warning: 'Warning', problem: 'Problem' };

function Finding({ check }: { check: ReadinessCheck }) {
  return (
    <li className={`rounded-md border p-3 text-sm ${LEVEL_STYLE[check.level]}`} data-check={check.id}>
      <p className="font-semibold">
        <span className="sr-only">{LEVEL_WORD[check.level]}: </span>
        {check.title}
      </p>
      <p>{check.detail}</p>
      {check.items && check.items.length > 0 ? (
        <ul className="ml-5 list-disc">
          {check.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ) : null}
      <p className="mt-1">
        <strong>Why it matters:</strong> {check.why}
      </p>
      <p>
        <strong>What to do:</strong> {check.remedy}{' '}
        {check.href ? (
          <Link href={check.href} className="font-medium underline">
            Go there
          </Link>
        ) : null}
      </p>
    </li>
  );
}

/** A group's findings: what is wrong first, each with why and what to do; what passed, in one line. */
export function ReadinessChecks({ readiness }: { readiness: GroupReadiness }) {
  const findings = readiness.checks.filter((c) => c.level !== 'ok');
  const passed = readiness.checks.filter((c) => c.level === 'ok');
  return (
    <div className="space-y-2">
      {findings.length > 0 ? (
        <ul className="space-y-2">
          {findings
            .sort((a, b) => (a.level === b.level ? 0 : a.level === 'problem' ? -1 : 1))
            .map((c) => (
              <Finding key={c.id} check={c} />
            ))}
        </ul>
      ) : null}
      {passed.length > 0 ? (
        <p className="text-sm text-slate-700">
          <span className="font-medium">Passed:</span> {passed.map((c) => c.title).join(' · ')}
        </p>
      ) : null}
    </div>
  );
}
