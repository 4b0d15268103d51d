import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Queue, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `gosfacts worker` (dist/cli.js) against a REAL redis-server, started here on a free port and
// stopped at the end. CI sets GOSFACTS_REDIS_SERVER (.ci/run installs the Debian package), so
// there a missing server fails the test instead of skipping it.
const root = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(root, 'dist/cli.js');
const required = process.env.GOSFACTS_REDIS_SERVER;
const which = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout.trim();
const server = required || which;
const built = existsSync(CLI);
if (!built) console.warn('test/worker-redis.test.ts: dist/cli.js is missing, skipping; run `npm run build` first');
if (!server)
  console.warn('test/worker-redis.test.ts: no redis-server on PATH, skipping (apt-get install redis-server)');
if (required && !existsSync(required)) throw new Error(`GOSFACTS_REDIS_SERVER=${required} does not exist`);

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function until(what: string, ok: () => Promise<boolean>, ms = 120_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** A paragraph of a few kilobytes, so that a job takes long enough to be caught mid-way. */
const doc = (i: number): { id: string; text: string; publishedAt: string } => ({
  id: `doc-${i}`,
  text: Array.from(
    { length: 12 },
    (_, k) =>
      `Во Владимирской области ${1 + ((i + k) % 28)} ноября 2025 года министр труда Андрей Григорьев подвёл итоги конкурса: поступило ${100 + i + k} заявок, уровень безработицы составил ${k},${i % 10}%.`,
  ).join(' '),
  publishedAt: '2025-11-10',
});

describe.skipIf(!built || !server)('gosfacts worker on a real redis-server', { timeout: 240_000 }, () => {
  let redis: ChildProcess;
  let url: string;
  let conn: Redis;
  const dir = mkdtempSync(join(tmpdir(), 'gosfacts-redis-'));
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    const port = await freePort();
    redis = spawn(
      server,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
      {
        stdio: 'ignore',
      },
    );
    url = `redis://127.0.0.1:${port}`;
    conn = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: true });
    conn.on('error', () => undefined); // refused while the server starts: retried below
    await until(
      'redis-server',
      async () => {
        try {
          if (conn.status !== 'ready') await conn.connect();
          return (await conn.ping()) === 'PONG';
        } catch {
          return false;
        }
      },
      20_000,
    );
  }, 60_000);

  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill('SIGKILL');
    await conn?.quit().catch(() => undefined);
    redis?.kill('SIGTERM');
    if (redis && redis.exitCode === null) await new Promise((r) => redis.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  });

  const startWorker = (queue: string, extra: string[] = []): ChildProcess & { log: () => string } => {
    const child = spawn(
      process.execPath,
      [
        CLI,
        'worker',
        '--redis',
        url,
        '--queue',
        queue,
        '--lock-duration',
        '1500',
        '--stalled-interval',
        '500',
        ...extra,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let log = '';
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    workers.push(child);
    return Object.assign(child, { log: () => log });
  };
  const exited = (c: ChildProcess): Promise<number | null> =>
    c.exitCode !== null || c.signalCode !== null
      ? Promise.resolve(c.exitCode)
      : new Promise((r) => c.once('exit', (code) => r(code)));

  it('extracts every job into the result queue; a job that is not a document fails without retries', async () => {
    const queue = new Queue('news', { connection: conn });
    const results = new Queue('news-results', { connection: conn });
    await queue.addBulk([0, 1, 2].map((i) => ({ name: 'doc', data: doc(i), opts: { attempts: 3 } })));
    await queue.add('bad', { text: 42 }, { attempts: 3 });
    const w = startWorker('news', ['--concurrency', '2']);
    await until(
      '3 results',
      async () => (await results.getWaitingCount()) === 3 && (await queue.getFailedCount()) === 1,
    );
    const jobs = (await results.getJobs(['waiting'])) as Job<{
      id: string;
      jobId: string;
      entities: { text: string }[];
    }>[];
    expect(jobs.map((j) => j.data.id).sort()).toEqual(['doc-0', 'doc-1', 'doc-2']);
    for (const j of jobs) {
      expect(j.id).toBe(`news-${j.data.jobId}`);
      expect(j.data.entities.map((e) => e.text)).toContain('Владимирской области');
    }
    const [failed] = await queue.getFailed();
    expect(failed?.failedReason).toMatch(/"text" a string/);
    expect(failed?.attemptsMade).toBe(1); // not retried
    w.kill('SIGTERM');
    expect(await exited(w)).toBe(0);
    expect(w.log()).toMatch(/stopped: 3 jobs done, 1 failed/);
    await Promise.all([queue.close(), results.close()]);
  });

  it('a worker killed mid-batch (SIGKILL): its jobs are taken over by another; SIGTERM loses none', async () => {
    const N = 30;
    const queue = new Queue('feed', { connection: conn });
    const results = new Queue('feed-results', { connection: conn });
    await queue.addBulk(Array.from({ length: N }, (_, i) => ({ name: 'doc', data: doc(i), opts: { attempts: 3 } })));

    const a = startWorker('feed');
    await until('a few results from the first worker', async () => (await results.getWaitingCount()) >= 3);
    a.kill('SIGKILL');
    await exited(a);
    // the job it held, read once it is dead: read before the kill, it could be done by then and
    // the one held at the kill the next (BullMQ completes a job and takes the next in one step)
    expect(await queue.getActiveCount()).toBe(1); // killed mid-job
    const [held] = await queue.getActive();

    // the second worker takes over the job the first one held (a stalled job), then stops
    // gracefully half-way: what it took is finished, the rest waits
    const b = startWorker('feed');
    await until(
      'more results, the killed worker’s job among them',
      async () => (await results.getWaitingCount()) >= 12 && (await results.getJob(`feed-${held!.id}`)) !== undefined,
    );
    b.kill('SIGTERM');
    expect(await exited(b)).toBe(0);
    // BullMQ may have fetched one more job as the worker closed: it stays active until the next
    // stalled-job check hands it to another worker (checked below), so none is lost
    const counts = await queue.getJobCounts('completed', 'waiting', 'failed', 'active', 'delayed');
    expect(counts.active ?? 0).toBeLessThanOrEqual(1);
    expect(counts.failed).toBe(0);
    expect((counts.completed ?? 0) + (counts.waiting ?? 0) + (counts.delayed ?? 0) + (counts.active ?? 0)).toBe(N);

    const c = startWorker('feed');
    await until('every result', async () => (await queue.getCompletedCount()) === N);
    // the others may have done every job already: stop it only once it listens (signals included)
    await until('the third worker ready', () => Promise.resolve(/consuming/.test(c.log())));
    c.kill('SIGTERM');
    expect(await exited(c)).toBe(0);

    const out = (await results.getJobs(['waiting'], 0, -1)) as Job<{ id: string }>[];
    expect(out.map((j) => j.data.id).sort()).toEqual(Array.from({ length: N }, (_, i) => `doc-${i}`).sort());
    const done = (await queue.getJobs(['completed'], 0, -1)) as Job[];
    const by = new Set(done.map((j) => j.processedBy?.replace(/.*:/, '')));
    // the first two did jobs; the third did what the second left, if anything
    expect(by.has(String(a.pid)) && by.has(String(b.pid))).toBe(true);
    expect([...by].every((p) => [a.pid, b.pid, c.pid].map(String).includes(p ?? ''))).toBe(true);
    // the job the killed worker held was moved back as stalled and done by another
    expect(
      done.some((j) => j.stalledCounter > 0 && j.processedBy !== undefined && !j.processedBy.endsWith(`:${a.pid}`)),
    ).toBe(true);
    await Promise.all([queue.close(), results.close()]);
  });
});
