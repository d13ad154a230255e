import { describe, expect, it } from 'vitest';
import { SERVER_HEAP_MB, withServerHeapLimit } from '@/lib/startup/server-heap';

describe('the web server heap limit', () => {
  it('is added to NODE_OPTIONS, keeping the options already there', () => {
    expect(withServerHeapLimit<Record<string, string>>({}).NODE_OPTIONS).toBe(`--max-old-space-size=${SERVER_HEAP_MB}`);
    expect(withServerHeapLimit({ NODE_OPTIONS: '--enable-source-maps' }).NODE_OPTIONS).toBe(`--enable-source-maps --max-old-space-size=${SERVER_HEAP_MB}`);
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
