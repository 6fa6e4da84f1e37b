import { writeZip } from '../../../scripts/fetch/zip-writer';
import { ZipRejectedError } from './errors';
import { fixture } from './test-fixtures';
import { expandZip, unsafePath } from './zip';

describe('expandZip', () => {
  it('returns each member in memory, with errors for nested archives', async () => {
    const members = await expandZip(fixture('good.zip'));
    expect(members.map((m) => m.path)).toEqual(['news/seed.txt', 'news/page.html', 'news/more.ndjson', 'inner.zip', 'image.png']);
    const seed = members[0] as { bytes: Buffer };
    expect(seed.bytes.equals(fixture('seed000.utf8.txt'))).toBe(true);
    expect(members[3]).toEqual({ path: 'inner.zip', error: 'nested archives are not supported' });
  });

  it('spots a nested zip by its content, whatever its name', async () => {
    const inner = writeZip([{ name: 'a.txt', data: Buffer.from('a') }]);
    const members = await expandZip(writeZip([{ name: 'notes.txt', data: inner }]));
    expect(members).toEqual([{ path: 'notes.txt', error: 'nested archives are not supported' }]);
  });

  it.each([
    ['bomb-ratio.zip', 'zip_bomb_ratio'],
    ['bomb-lying-header.zip', 'zip_bomb_size'],
    ['dotdot.zip', 'unsafe_path'],
    ['absolute.zip', 'unsafe_path'],
  ])('rejects the whole of %s (%s)', async (file, code) => {
    const err = await expandZip(fixture(file)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZipRejectedError);
    expect((err as ZipRejectedError).code).toBe(code);
    expect((err as Error).message.length).toBeGreaterThan(20);
  });

  it('rejects an archive over the total size cap while inflating', async () => {
    const zip = writeZip([
      { name: 'a.txt', data: Buffer.alloc(300_000, 'a') },
      { name: 'b.txt', data: Buffer.alloc(300_000, 'b'), declaredSize: 10 },
    ]);
    await expect(expandZip(zip, { maxTotalBytes: 400_000 })).rejects.toMatchObject({ code: 'zip_bomb_size' });
  });

  it('rejects an archive with too many entries', async () => {
    const zip = writeZip(Array.from({ length: 12 }, (_, i) => ({ name: `f${i}.txt`, data: Buffer.from('x') })));
    await expect(expandZip(zip, { maxEntries: 10 })).rejects.toMatchObject({ code: 'too_many_entries' });
    await expect(expandZip(zip, { maxEntries: 12 })).resolves.toHaveLength(12);
  });

  it('rejects a damaged archive with a clear reason', async () => {
    const zip = fixture('good.zip');
    await expect(expandZip(zip.subarray(0, zip.length - 30))).rejects.toMatchObject({ code: 'corrupt_zip' });
  });

  it('judges member paths', () => {
    expect(unsafePath('news/a.html')).toBeNull();
    expect(unsafePath('a/../../b')).toMatch(/\.\./);
    expect(unsafePath('..\\b')).toMatch(/\.\./);
    expect(unsafePath('/etc/passwd')).toMatch(/absolute/);
    expect(unsafePath('C:\\x')).toMatch(/absolute/);
  });
});
