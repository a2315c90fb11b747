import type { Meilisearch, Task } from 'meilisearch';
import { withEngineRetry } from '../../src/infra/meilisearch/retry.ts';

/** A task the engine ran and failed: the publish stops and says why. */
export class TaskFailedError extends Error {
  override name = 'TaskFailedError';
  /** The engine's error code (`index_not_found`, …), when it gave one. */
  readonly code: string | undefined;

  constructor(message: string, code?: string) {
    super(message);
    this.code = code;
  }
}

/** Long enough for a million documents to be indexed on a small machine. */
const TASK_TIMEOUT_MS = 60 * 60 * 1000;

/** Enqueues a task and waits for it; a failed or cancelled task becomes an error naming it. */
export async function settle(
  client: Meilisearch,
  what: string,
  enqueue: () => Promise<{ taskUid: number }>,
): Promise<Task> {
  const { taskUid } = await withEngineRetry(what, enqueue);
  return awaitTask(client, what, taskUid);
}

export async function awaitTask(client: Meilisearch, what: string, taskUid: number): Promise<Task> {
  const task = await withEngineRetry(what, () =>
    client.tasks.waitForTask(taskUid, { timeout: TASK_TIMEOUT_MS, interval: 100 }),
  );
  if (task.status !== 'succeeded') {
    const reason = task.error ? `${task.error.code}: ${task.error.message}` : task.status;
    throw new TaskFailedError(
      `${what} (task ${taskUid}) ${task.status}: ${reason}`,
      task.error?.code,
    );
  }
  return task;
}
