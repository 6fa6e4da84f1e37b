/**
 * Names derived from one alias: the alias `news` reads and writes through versioned
 * indices `news-v1`, `news-v2`, ... created from the template `news-template`.
 * A test run passes its own alias (e.g. `t1a2b-news`) so runs never collide.
 */
export interface IndexNames {
  alias: string;
  template: string;
  /** Pattern the template applies to; matches the versioned indices only, never the alias. */
  pattern: string;
  versioned(version: number): string;
  /** Version of a concrete index name, or null when the name is not one of ours. */
  versionOf(index: string): number | null;
}

export function indexNames(alias = 'news'): IndexNames {
  if (!/^[a-z0-9][a-z0-9_.-]*$/.test(alias)) {
    throw new Error(`invalid index alias "${alias}": use lower-case letters, digits, "-", "_" or "."`);
  }
  const prefix = `${alias}-v`;
  return {
    alias,
    template: `${alias}-template`,
    pattern: `${prefix}*`,
    versioned: (version) => `${prefix}${version}`,
    versionOf: (index) => {
      if (!index.startsWith(prefix)) return null;
      const rest = index.slice(prefix.length);
      return /^[1-9][0-9]*$/.test(rest) ? Number(rest) : null;
    },
  };
}
