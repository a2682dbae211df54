import type { RunStep } from './run-state';

const ACTION_WORDS: Record<string, string> = {
  switchover: 'Switch over',
  failover: 'Fail over',
  reprotect: 'Re-protect',
  createDrill: 'Create a DR drill of',
  deleteDrill: 'Delete the DR drills of',
};

/** A step in plain words; group ids are named by `groupName` (the id itself when unknown). */
export function describeStep(step: RunStep, groupName: (id: string) => string): string {
  switch (step.kind) {
    case 'group-action':
      return `${ACTION_WORDS[step.action] ?? step.action} ${groupName(step.groupId)}`;
    case 'start-servers':
      return `Start the servers of ${groupName(step.groupId)} at its production site`;
    case 'start-drill-servers':
      return `Start the drill servers of ${groupName(step.groupId)}`;
    case 'delete-run-drills':
      return `Delete this run's drill of ${groupName(step.groupId)}`;
    case 'wait':
      return `Wait ${step.seconds} s`;
    case 'manual':
      return `Manual: ${step.text}`;
  }
}
