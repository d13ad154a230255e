import { describe, expect, it } from 'vitest';
import { hasMalformedEncoding, rejectMalformedPath } from '@/lib/http/malformed-path';

describe('malformed percent-encoding in a path', () => {
  it.each(['/incidents/%E0%A4%A', '/incidents/%ED%A0%80', '/incidents/%', '/incidents/%C0%AE', '/%zz'])('%s is malformed', (path) => {
    expect(hasMalformedEncoding(path)).toBe(true);
  });
  it.each(['/incidents/12', '/incidents/%E2%82%AC', '/a%20b', '/'])('%s decodes', (path) => {
    expect(hasMalformedEncoding(path)).toBe(false);
  });
  it('is answered 400 and logged as one JSON line with the path escaped', async () => {
    const lines: string[] = [];
    const response = rejectMalformedPath('GET', '/incidents/%E0%A4%A\u001b[31m', (line) => lines.push(line));
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/malformed percent-encoding/);
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\u001b');
    expect(JSON.parse(lines[0])).toMatchObject({ event: 'malformed-path-encoding', method: 'GET', path: '/incidents/%E0%A4%A\u001b[31m' });
  });
});
