import type { Entity } from '@app/contracts';

/**
 * A tagging engine served over HTTP (a larger model on a GPU box, say), speaking
 * the same protocol as the gateway's POST /tag: {"text"} in, {"entities"} out.
 */
export class HttpTaggingEngine {
  constructor(
    private readonly url: string,
    private readonly timeoutMs = 30000,
  ) {}

  async tag(text: string): Promise<Entity[]> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (!response.ok) throw new Error(`tagging engine at ${this.url} answered ${response.status}`);
    const body = (await response.json()) as { entities?: Entity[] };
    if (!Array.isArray(body.entities)) throw new Error(`tagging engine at ${this.url} answered without an entities list`);
    return body.entities;
  }
}
