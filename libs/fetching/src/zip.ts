import * as yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { ZipRejectedError } from './errors';

export interface ZipLimits {
  /** Most members an archive may hold (directories included). */
  maxEntries: number;
  /** Cap on the sum of uncompressed member sizes, counted while inflating. */
  maxTotalBytes: number;
  /** Cap on uncompressed/compressed size, per member and for the whole archive. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 1000, maxTotalBytes: 100 * 1024 * 1024, maxRatio: 100 };
/** Text compresses well: small members may exceed the ratio legitimately, so it bites above this size. */
const RATIO_FLOOR_BYTES = 1024 * 1024;
const NESTED_ARCHIVE = /\.(zip|jar|apk|7z|rar|gz|tgz|tar|bz2|xz)$/i;

export type ZipMember = { path: string; bytes: Buffer } | { path: string; error: string };

/**
 * Reads every member of a zip into memory (never to disk). The whole archive is refused
 * with a ZipRejectedError on a zip bomb (size or ratio, measured on the inflated bytes,
 * not the headers), too many entries, or an absolute or `..` path. A member that cannot
 * be a document (nested archive, encrypted) comes back with an error; the others are kept.
 */
export async function expandZip(bytes: Buffer, limits: Partial<ZipLimits> = {}): Promise<ZipMember[]> {
  const lim = { ...DEFAULT_ZIP_LIMITS, ...limits };
  const zip = await openZip(bytes);
  try {
    if (zip.entryCount > lim.maxEntries) {
      throw new ZipRejectedError('too_many_entries', `the archive has ${zip.entryCount} entries; the limit is ${lim.maxEntries}`);
    }
    return await readMembers(zip, bytes.length, lim);
  } finally {
    zip.close();
  }
}

function openZip(bytes: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, strictFileNames: false, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) reject(new ZipRejectedError('corrupt_zip', `not a readable zip archive: ${err?.message ?? 'unknown error'}`));
      else resolve(zip);
    });
  });
}

function readMembers(zip: ZipFile, archiveBytes: number, lim: ZipLimits): Promise<ZipMember[]> {
  return new Promise((resolve, reject) => {
    const members: ZipMember[] = [];
    let total = 0;
    let settled = false;
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      reject(err);
    };
    zip.on('error', (err: Error) => fail(asRejection(err)));
    zip.on('end', () => {
      if (!settled) {
        settled = true;
        resolve(members);
      }
    });
    zip.on('entry', (entry: Entry) => {
      if (settled) return;
      const path = entry.fileName;
      const unsafe = unsafePath(path);
      if (unsafe) return fail(new ZipRejectedError('unsafe_path', `the archive holds an entry with ${unsafe}: ${JSON.stringify(path)}`));
      if (path.endsWith('/') || isOsJunk(path)) return zip.readEntry();
      // Headers can lie, but an honest header over the cap needs no inflating to refuse.
      if (total + entry.uncompressedSize > lim.maxTotalBytes) return fail(sizeBomb(lim));
      if (NESTED_ARCHIVE.test(path)) {
        members.push({ path, error: 'nested archives are not supported' });
        return zip.readEntry();
      }
      if (entry.isEncrypted()) {
        members.push({ path, error: 'encrypted members are not supported' });
        return zip.readEntry();
      }
      zip.openReadStream(entry, (err, stream) => {
        if (err || !stream) {
          members.push({ path, error: `cannot read this member: ${err?.message ?? 'unknown error'}` });
          return zip.readEntry();
        }
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length;
          total += chunk.length;
          const ratioBomb =
            (size > RATIO_FLOOR_BYTES && size > lim.maxRatio * Math.max(entry.compressedSize, 1)) ||
            (total > RATIO_FLOOR_BYTES && total > lim.maxRatio * archiveBytes);
          if (total > lim.maxTotalBytes || ratioBomb) {
            stream.destroy();
            return fail(ratioBomb && total <= lim.maxTotalBytes ? ratioBombError(lim) : sizeBomb(lim));
          }
          chunks.push(chunk);
        });
        stream.on('error', (e: Error) => fail(asRejection(e)));
        stream.on('end', () => {
          if (settled) return;
          const data = Buffer.concat(chunks);
          if (data.length >= 4 && data.readUInt32LE(0) === 0x04034b50) members.push({ path, error: 'nested archives are not supported' });
          else members.push({ path, bytes: data });
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
}

const sizeBomb = (lim: ZipLimits) =>
  new ZipRejectedError('zip_bomb_size', `the archive expands to more than ${lim.maxTotalBytes} bytes (possible zip bomb)`);
const ratioBombError = (lim: ZipLimits) =>
  new ZipRejectedError('zip_bomb_ratio', `the archive expands more than ${lim.maxRatio} times its compressed size (possible zip bomb)`);

/** yauzl refuses unsafe names itself; its message is mapped to our code. */
function asRejection(err: Error): ZipRejectedError {
  if (err instanceof ZipRejectedError) return err;
  if (/absolute path|invalid relative path/.test(err.message)) return new ZipRejectedError('unsafe_path', `the archive holds an unsafe entry path (${err.message})`);
  // yauzl counts inflated bytes against the header too: a member that outgrows it is lying.
  if (/too many bytes in the stream/.test(err.message)) {
    return new ZipRejectedError('zip_bomb_size', `a member inflates to more bytes than its header declares (possible zip bomb): ${err.message}`);
  }
  return new ZipRejectedError('corrupt_zip', `the archive is damaged: ${err.message}`);
}

/** What is wrong with a member path, or null. Checked here too, not only by yauzl. */
export function unsafePath(path: string): string | null {
  const p = path.replace(/\\/g, '/');
  if (p.startsWith('/') || /^[a-zA-Z]:/.test(p)) return 'an absolute path';
  if (p.split('/').includes('..')) return 'a ".." path';
  if (p.includes('\0')) return 'a NUL byte in its path';
  return null;
}

/** Finder/Explorer leftovers that are never documents. */
function isOsJunk(path: string): boolean {
  return path.startsWith('__MACOSX/') || /(^|\/)(\.DS_Store|Thumbs\.db|desktop\.ini)$/i.test(path);
}
