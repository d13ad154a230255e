import { describe, expect, it } from 'vitest';
import { neutraliseCell } from '@/lib/export/neutralise-cell';

describe('neutraliseCell', () => {
  it.each(['=HYPERLINK("http://x","y")', '+1+2', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1'])(
    'prefixes a quote to %j so no spreadsheet evaluates it',
    (cell) => {
      expect(neutraliseCell(cell)).toBe(`'${cell}`);
    },
  );

  it.each(['Arrest in Rason', '회령', ' =not at the start', '1=1', "'already quoted", ''])('leaves %j as it is', (cell) => {
    expect(neutraliseCell(cell)).toBe(cell);
  });
});
