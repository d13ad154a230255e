import { describe, expect, it } from 'vitest';
import { foldName } from '@/lib/geo/normalise-name';
import { normaliseProvinceKey } from '@/lib/geo/provinces';
import { tokeniseText } from '@/lib/geo/tokenise-text';
import { foldSearchText } from '@/lib/incidents/search-text';
import { slugify } from '@/lib/incidents/slugify';
import { foldText } from '@/lib/text/fold-text';

describe('foldText', () => {
  it('drops case and accents, including breves and marks outside Latin-1', () => {
    expect(foldText('Hamgyŏng')).toBe('hamgyong');
    expect(foldText('Ch’ŏngjin')).toBe('ch’ongjin');
    expect(foldText('Ré Ünsan')).toBe('re unsan');
    expect(foldText('Ǎ')).toBe('a');
  });

  it('turns compatibility forms into their plain letters', () => {
    expect(foldText('ＨＹＥＳＡＮ')).toBe('hyesan');
    expect(foldText('ﬁle')).toBe('file');
    expect(foldText('İ')).toBe('i');
  });

  it('keeps Hangul as whole syllables, so a folded key still equals raw Korean text', () => {
    expect(foldText('회령시')).toBe('회령시');
    expect(foldText('회령시').length).toBe(3);
  });

  it('leaves plain ASCII as lower case and nothing else', () => {
    expect(foldText("Sunan-guyok 12 O'Clock")).toBe("sunan-guyok 12 o'clock");
  });
});

describe('every folder of text uses the one folding', () => {
  const samples = ['Hamgyŏng', 'Ŭiju', 'Kimch’aek', '함경북도', 'Ünsan'];

  it.each(samples)('%s folds the same way for search, names, provinces, tokens and slugs', (sample) => {
    const folded = foldText(sample);
    expect(foldSearchText(sample)).toBe(folded);
    expect(foldName(sample)).toBe(folded.replace(/['’]/g, ''));
    expect(normaliseProvinceKey(sample)).toBe(folded.replace(/['’]/g, ''));
    expect(tokeniseText(sample).map((t) => t.fold).join('')).toBe(folded.replace(/['’]/g, ''));
    const ascii = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    expect(slugify(sample)).toBe(ascii || 'unknown');
  });
});
