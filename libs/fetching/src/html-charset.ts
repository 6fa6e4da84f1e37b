/** Bytes scanned for a <meta> charset; the HTML standard's prescan looks at 1024, real pages put it later. */
const PRESCAN_BYTES = 4096;
const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.+-]+)/i;

/** The charset an HTML page declares in a <meta> (charset= or http-equiv Content-Type), if any. */
export function htmlDeclaredCharset(bytes: Buffer): string | undefined {
  return META_CHARSET.exec(bytes.subarray(0, PRESCAN_BYTES).toString('latin1'))?.[1];
}
