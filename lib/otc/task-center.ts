import 'server-only';
import type { Cloud } from './cloud';
import { idSegment } from './ids';

/**
 * Dismissing failed tasks (reference §2.1 F2–F4), all synchronous (204). A task is addressed by
 * its failed resource's id ([inferred], as the simulator does: the docs name the path parameter
 * `failure_job_id` but list no such field).
 */
export async function deleteFailedTask(cloud: Cloud, resourceId: string): Promise<void> {
  await cloud.send('sdrs', { method: 'DELETE', path: `/task-center/failure-jobs/${idSegment(resourceId)}` });
}

/** F4: every failed task of one group's instances, pairs and drills. */
export async function deleteGroupFailedTasks(cloud: Cloud, groupId: string): Promise<void> {
  await cloud.send('sdrs', { method: 'DELETE', path: `/task-center/${idSegment(groupId)}/failure-jobs/batch` });
}

/** F3: every group-level failed task (group create and delete) of the project. */
export async function deleteGroupLevelFailedTasks(cloud: Cloud): Promise<void> {
  await cloud.send('sdrs', { method: 'DELETE', path: '/task-center/failure-jobs/batch' });
}
