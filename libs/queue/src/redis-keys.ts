/** The pipeline's own Redis keys (beside BullMQ's), all under the queue prefix. */
export const redisKeys = {
  status: (prefix: string, docId: string) => `${prefix}:doc:${docId}`,
  blob: (prefix: string, docId: string) => `${prefix}:blob:${docId}`,
};
