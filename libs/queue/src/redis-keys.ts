/**
 * Every Redis key of the pipeline, the same on one node and on a Redis Cluster.
 *
 * A cluster runs a Lua script or MULTI only when all its keys hash to one slot, and
 * the slot comes from the part of the key between the first `{` and `}` (hash tag).
 * So each group of keys that one operation touches shares a tag, and the tags are
 * chosen so that the data still spreads over the masters:
 * - a queue: BullMQ's scripts touch many keys of one queue, so its prefix is
 *   `<prefix>:{<queue>}` and every key of the queue is in one slot; the four queues
 *   are four tags, so four slots (several masters).
 * - a document: `<prefix>:doc:{<docId>}` and `<prefix>:blob:{<docId>}` share the
 *   document's id as tag, so one document's status and bytes can change in one
 *   MULTI/script, while documents (random-looking sha256 ids) spread over all slots.
 * - a site's line history: `<prefix>:strip:site:{<site>}:lines|docs|seen`, which its
 *   record script updates together (RedisSiteHistory in libs/stripping).
 * On one node the tags are plain characters and change nothing.
 */
export const redisKeys = {
  /** BullMQ `prefix` option of one queue (the queue name follows it in each key). */
  queuePrefix: (prefix: string, queue: string) => `${prefix}:{${queue}}`,
  /** Hash tag of one document: keys containing it land in the same slot. */
  docTag: (docId: string) => `{${docId}}`,
  status: (prefix: string, docId: string) => `${prefix}:doc:{${docId}}`,
  blob: (prefix: string, docId: string) => `${prefix}:blob:{${docId}}`,
  /** Sorted set of document ids by registration time (DocumentActivity): one key, so one slot. */
  registered: (prefix: string) => `${prefix}:docs:registered`,
};
