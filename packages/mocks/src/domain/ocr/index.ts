/**
 * OCR tasks: a task starts `processing` on the file it names and finishes on
 * the first read after its upload (a client that polls sees one `processing`
 * and then the result, whatever the clock does), with its event.
 */
import type { StoredRecord } from '../../shared/stored-record.js';
import type { WriteContext } from '../../state/rules.js';
import { uploadEndpoint } from '../files.js';
import type { DomainModule, Endpoint } from '../module.js';
import { finishedTask } from './recognition.js';

/** The collection of OCR tasks. */
export const OCR_TASKS = '/ocr_tasks';

/** An OCR task starts on the file it names (its URL, or the uploaded file's name); an invoice unless told. */
function deriveOcrTask(task: StoredRecord): StoredRecord {
  const { file, ...rest } = task;
  const source = typeof file === 'string' ? file : rest.file_url;
  return {
    ...rest,
    document_type: rest.document_type ?? 'invoice',
    mock_source: rest.mock_source ?? source,
  } as StoredRecord;
}

/** Finishes every task still processing, each with its event. */
function finishTasks(ctx: WriteContext): void {
  for (const task of ctx.list(OCR_TASKS)) {
    if (task.status !== 'processing') continue;
    const stamp = ctx.stamp();
    const after = { ...finishedTask(task, stamp.slice(0, 10)), updated_at: stamp } as StoredRecord;
    ctx.write({ kind: 'moved', collection: OCR_TASKS, before: task, after });
  }
}

/**
 * An endpoint that answers nothing itself: before any read of OCR tasks
 * (the path starts with the collection) it finishes the processing ones.
 */
export function finishBeforeRead(collection: string, finish: (ctx: WriteContext) => void): Endpoint {
  return {
    matches: (op) => op.method === 'GET' && op.path.startsWith(collection),
    answer: (ctx) => {
      finish(ctx.write());
      return undefined;
    },
  };
}

/** The OCR module. */
export const ocr: DomainModule = {
  name: 'OCR',
  collections: [
    {
      collection: OCR_TASKS,
      events: { objectType: 'ocr_task' },
      initialStatus: 'processing',
      deriveOnSave: deriveOcrTask,
    },
  ],
  endpoints: [finishBeforeRead(OCR_TASKS, finishTasks), uploadEndpoint(OCR_TASKS)],
};
