import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchText, foldSearchText } from '@/lib/incidents/search-text';

describe('foldSearchText', () => {
  it('drops case and accents, so romanisations with and without breves meet', () => {
    expect(foldSearchText('Hamgyŏng')).toBe(foldSearchText('HAMGYONG'));
    expect(foldSearchText('Chŏngjin Ŭiju')).toBe('chongjin uiju');
    expect(foldSearchText('Réunion')).toBe('reunion');
  });

  it('drops NUL, which PostgreSQL text cannot hold and FTS5 reads as the end of a query', () => {
    expect(foldSearchText('a\0bc\0')).toBe('abc');
  });

  it('keeps Hangul as whole syllables', () => {
    expect(foldSearchText('평양 회령')).toBe('평양 회령');
  });

  it('turns LIKE wildcards and the escape character into characters that are not wildcards', () => {
    const folded = foldSearchText('50%_a\\b');
    expect(folded).not.toMatch(/[%_\\]/);
    expect(folded.startsWith('50')).toBe(true);
    expect(foldSearchText('%')).not.toBe(foldSearchText('_'));
  });

  it('is idempotent, and a substring of a text stays a substring once both are folded', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (a, b, c) => {
        const whole = a + b + c;
        expect(foldSearchText(foldSearchText(whole))).toBe(foldSearchText(whole));
        // Holds for ASCII-and-accent text; compatibility forms (ligatures) may fold to several letters.
        if (/^[\x20-\x7e]*$/.test(b)) expect(foldSearchText(whole)).toContain(foldSearchText(b));
      }),
    );
  });
});

describe('buildSearchText', () => {
  it('joins the present parts, folded', () => {
    expect(buildSearchText(['Arrest in Hyesan', null, 'Ryanggang', undefined])).toBe('arrest in hyesan \n ryanggang');
  });
});
