'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

const LINKS = [
  { href: '/', label: 'Overview' },
  { href: '/readiness', label: 'Readiness' },
  { href: '/plans', label: 'Recovery plans' },
  { href: '/protection-groups', label: 'Protection groups' },
  { href: '/protected-instances', label: 'Protected instances' },
  { href: '/replication-pairs', label: 'Replication pairs' },
  { href: '/evs-replication-pairs', label: 'EVS replication pairs' },
  { href: '/jobs', label: 'Jobs' },
  { href: '/task-center', label: 'Task center' },
  { href: '/audit', label: 'Audit log' },
] as const;

export function AppNav() {
  const pathname = usePathname();
  const isActive = (href: string) => (href === '/' ? pathname === '/' : pathname.startsWith(href));
  return (
    <nav aria-label="Main" className="border-b border-slate-300 bg-white">
      <ul className="mx-auto flex max-w-7xl flex-wrap gap-1 px-4">
        {LINKS.map((l) => (
          <li key={l.href}>
            <Link
              href={l.href}
              aria-current={isActive(l.href) ? 'page' : undefined}
              className="inline-block border-b-2 border-transparent px-3 py-3 text-sm font-medium text-slate-700 hover:text-slate-950 aria-[current=page]:border-[var(--color-brand)] aria-[current=page]:text-slate-950"
            >
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
