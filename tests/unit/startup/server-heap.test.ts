import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SERVER_HEAP_GROWING_PERCENT, SERVER_HEAP_MB, SERVER_MALLOC_ARENAS, serverNodeFlags, withServerHeapLimit } from '@/lib/startup/server-heap';

describe('the web server heap limit', () => {
  it('is added to NODE_OPTIONS, keeping the options already there', () => {
    expect(withServerHeapLimit<Record<string, string>>({}).NODE_OPTIONS).toBe(`--max-old-space-size=${SERVER_HEAP_MB}`);
    expect(withServerHeapLimit({ NODE_OPTIONS: '--enable-source-maps' }).NODE_OPTIONS).toBe(`--enable-source-maps --max-old-space-size=${SERVER_HEAP_MB}`);
  });

  it("caps glibc's malloc arenas unless MALLOC_ARENA_MAX is set, with or without a heap limit of the operator's", () => {
    type Env = Record<string, string | undefined>;
    expect(withServerHeapLimit<Env>({}).MALLOC_ARENA_MAX).toBe(String(SERVER_MALLOC_ARENAS));
    expect(withServerHeapLimit<Env>({ NODE_OPTIONS: '--max-old-space-size=1024' }).MALLOC_ARENA_MAX).toBe(String(SERVER_MALLOC_ARENAS));
    expect(withServerHeapLimit<Env>({ MALLOC_ARENA_MAX: '8' }).MALLOC_ARENA_MAX).toBe('8');
  });

  it('leaves a limit the operator set alone', () => {
    for (const NODE_OPTIONS of ['--max-old-space-size=1024', '--trace-gc --max-old-space-size 2048']) {
      expect(withServerHeapLimit({ NODE_OPTIONS }).NODE_OPTIONS).toBe(NODE_OPTIONS);
    }
  });

  it('keeps the rest of the environment', () => {
    const env = withServerHeapLimit({ DATABASE_URL: 'file:x.db', PORT: '3000' });
    expect(env.DATABASE_URL).toBe('file:x.db');
    expect(env.PORT).toBe('3000');
  });
});

describe('the web server heap growing factor', () => {
  it('is a node argument, which node accepts (it refuses it in NODE_OPTIONS)', () => {
    const flags = serverNodeFlags({});
    expect(flags).toEqual([`--heap-growing-percent=${SERVER_HEAP_GROWING_PERCENT}`]);
    const run = spawnSync(process.execPath, [...flags, '-e', 'process.exit(0)'], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const refused = spawnSync(process.execPath, ['-e', 'process.exit(0)'], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: flags.join(' ') } });
    expect(refused.status).not.toBe(0);
  });

  it('follows ATLAS_HEAP_GROWING_PERCENT, 0 leaving V8 its own', () => {
    expect(serverNodeFlags({ ATLAS_HEAP_GROWING_PERCENT: '50' })).toEqual(['--heap-growing-percent=50']);
    expect(serverNodeFlags({ ATLAS_HEAP_GROWING_PERCENT: '0' })).toEqual([]);
    expect(() => serverNodeFlags({ ATLAS_HEAP_GROWING_PERCENT: 'lots' })).toThrow(/whole number/);
  });
});
