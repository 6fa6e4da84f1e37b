/**
 * The interface an app binds to: loopback unless `HOST` says otherwise, so a fresh
 * install exposes nothing beyond the machine (Redis and Elasticsearch are on loopback too).
 */
export function listenHost(env: NodeJS.ProcessEnv = process.env): string {
  const host = env.HOST?.trim();
  return host ? host : '127.0.0.1';
}
