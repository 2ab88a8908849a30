/**
 * Writes go to Excel in batches, one context.sync each, so that no request passes the 5 MB that Excel
 * on the web accepts. A batch is filled with steps until their estimated size would pass the budget:
 * the number of syncs therefore follows the size of what is written, not the number of rows. Everything
 * under the budget (about 10,000 rows of an appendix) goes in one sync.
 */

/**
 * Estimated request bytes per batch. Excel on the web rejects requests over 5 MB
 * (RequestPayloadSizeLimitExceeded); the estimate leaves room for Office.js's own envelope.
 */
export const REQUEST_BUDGET_BYTES = 4_000_000;

/** What one queued action adds to a request besides its data: the object path and the action record. */
export const ACTION_BYTES = 200;

/** Something to queue on the request context, with what it adds to the request. */
export interface WriteStep {
  bytes: number;
  queue: () => void;
}

/** Steps in order, cut into batches whose estimated size stays under the budget (a step is never split). */
export function packBatches(steps: readonly WriteStep[], budget: number): WriteStep[][] {
  const batches: WriteStep[][] = [];
  let batch: WriteStep[] = [];
  let size = 0;
  for (const step of steps) {
    if (batch.length > 0 && size + step.bytes > budget) {
      batches.push(batch);
      batch = [];
      size = 0;
    }
    batch.push(step);
    size += step.bytes;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/** Queues each batch and syncs it: one context.sync per batch, never one per row. */
export async function runBatches(
  context: Excel.RequestContext,
  batches: readonly WriteStep[][]
): Promise<void> {
  for (const batch of batches) {
    batch.forEach((step) => step.queue());
    // One sync per batch is the point: each request has to stay under the 5 MB limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
}

/** Bytes of the value as JSON in UTF-8, as it travels in the request. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "");
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
