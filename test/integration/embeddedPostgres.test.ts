import childProcess from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEmbeddedPostgres } from '../../subgraphs/shared/db/openEmbeddedPostgres';

// A new data dir is created by a process of its own (creating a cluster left ~500 MB resident in the process that
// did it), then opened here as an existing one would be; the buffer pool is 16 MB, not PostgreSQL's 128 MB.
describe('The embedded PostgreSQL (PGlite) data dir', () => {
  const root = mkdtempSync(join(tmpdir(), 'c360-embedded-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  afterEach(() => jest.restoreAllMocks());

  it('is created by a child process, opened here, and reopened without one', async () => {
    const dataDir = join(root, 'pglite');
    const spawn = jest.spyOn(childProcess, 'spawn');
    const ticks: number[] = [];

    const created = await openEmbeddedPostgres(dataDir, (elapsedMs) => ticks.push(elapsedMs));
    try {
      expect(created.created).toBe(true);
      expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);
      expect(spawn).toHaveBeenCalledTimes(1);
      expect(spawn.mock.calls[0]?.[1]).toEqual(expect.arrayContaining([dataDir]));
      const [pool] = (await created.pglite.query<{ shared_buffers: string }>('SHOW shared_buffers')).rows;
      expect(pool?.shared_buffers).toBe('16MB');
      await created.pglite.exec("CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");
    } finally {
      await created.close();
    }

    const reopened = await openEmbeddedPostgres(dataDir);
    try {
      expect(reopened.created).toBe(false);
      expect(spawn).toHaveBeenCalledTimes(1);
      expect((await reopened.pglite.query<{ note: string }>('SELECT note FROM kept')).rows).toEqual([
        { note: 'still here' },
      ]);
    } finally {
      await reopened.close();
    }
  }, 180_000);

  it('says which data dir it could not create and why, rather than hanging', async () => {
    const file = join(root, 'a-file');
    writeFileSync(file, 'not a folder');
    const dataDir = join(file, 'pglite');

    await expect(openEmbeddedPostgres(dataDir)).rejects.toThrow(
      new RegExp(
        `^Could not create the embedded PostgreSQL data dir ${dataDir}: the process creating it exited with code 1:\\n.*ENOTDIR`,
      ),
    );
  }, 60_000);
});
