// Plain ASCII has no marks to drop and nothing to decompose: the common case skips the normalisation passes.
const ASCII = /^[\x00-\x7f]*$/;

/**
 * The case- and accent-insensitive form of a text, the one folding used for search text, place names,
 * province keys, tokens and slugs. Compatibility decomposition turns full-width `Ａ` into `a` and `ﬁ` into
 * `fi`; combining marks are dropped (`Hamgyŏng` → `hamgyong`, `Ré` → `re`); recomposition puts Hangul
 * jamo back into whole syllables, so folded keys still compare with raw Korean text. Callers add only what
 * is theirs (apostrophes, punctuation, LIKE's wildcards).
 */
export function foldText(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').normalize('NFC').toLowerCase();
}
