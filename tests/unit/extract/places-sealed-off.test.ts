import { describe, expect, it } from 'vitest';
import { extractAll, types } from './helpers';

describe('places sealed off', () => {
  it('reads a town or neighbourhood sealed off by order as a crackdown', () => {
    expect(types(extractAll(['Authorities sealed off the northeastern city of Rason on May 16 after port workers developed fevers.']))).toContain('crackdown');
    expect(types(extractAll(['In Wonsan, an entire neighborhood was sealed off in mid-May after a cluster of fever cases.']))).toContain('crackdown');
    // A mine sealed after a collapse is no control of people.
    expect(types(extractAll(['The mine in Tanchon was sealed off after the collapse in May, and rescuers gave up the search.']))).not.toContain('crackdown');
  });
});
