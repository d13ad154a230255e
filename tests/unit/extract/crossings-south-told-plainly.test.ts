import { describe, expect, it } from 'vitest';
import { extractAll, types } from './helpers';

describe('crossings to the South told by how people went', () => {
  it('reads a soldier who dashed across the Joint Security Area as an escape', () => {
    const out = extractAll(['A North Korean soldier was wounded by his own comrades as he dashed across the Joint Security Area on Monday.'], '2020-05-12');
    expect(types(out)).toContain('defection');
  });

  it('reads fishermen who steered their boat into South Korean waters as an escape', () => {
    const out = extractAll(['Three fishermen steered their boat into South Korean waters near Yeonpyeong Island on Monday and asked to stay.'], '2020-05-12');
    expect(types(out)).toContain('defection');
  });

  it('still reads a drift with no wish to stay as no escape', () => {
    const out = extractAll(['Two fishermen whose small boat drifted south across the Northern Limit Line on Sunday were sent back on Friday.'], '2020-05-12');
    expect(types(out)).not.toContain('defection');
  });
});
