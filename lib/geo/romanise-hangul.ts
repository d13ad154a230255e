/**
 * Revised Romanisation of Hangul, syllable by syllable, for generating gazetteer aliases ("청진" →
 * "cheongjin"). It follows the letter tables and the voicing of a final consonant before a vowel, not the
 * full sound-change rules: outlets mostly write names that way, and an alias that nobody uses costs nothing.
 */
const INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const VOWELS = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
const FINALS = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];
/** A final consonant carried into a following vowel-initial syllable (선악 → seonak, 곽산 → gwaksan). */
const FINALS_BEFORE_VOWEL: Record<string, string> = { k: 'g', t: 'd', p: 'b', l: 'r' };

type Jamo = { initial: number; vowel: number; final: number };

function splitSyllable(char: string): Jamo | null {
  const code = char.charCodeAt(0) - 0xac00;
  if (code < 0 || code > 11171) return null;
  return { initial: Math.floor(code / 588), vowel: Math.floor((code % 588) / 28), final: code % 28 };
}

export function romaniseHangul(text: string): string {
  const syllables = [...text].map(splitSyllable);
  let out = '';
  syllables.forEach((jamo, i) => {
    if (!jamo) return;
    const next = syllables[i + 1];
    let initial = INITIALS[jamo.initial];
    // ㄹ after ㄴ or ㄹ is written l (신라 → silla is beyond us, but 련 after 신 → sinlyeon reads right).
    const prev = syllables[i - 1];
    if (initial === 'r' && prev && (prev.final === 8 || prev.final === 4)) initial = 'l';
    let final = FINALS[jamo.final];
    if (final && next && next.initial === 11) final = FINALS_BEFORE_VOWEL[final] ?? final;
    out += initial + VOWELS[jamo.vowel] + final;
  });
  return out;
}

/**
 * South Korean spelling drops or softens a word-initial ㄹ (and ㄴ before i/y) that North Korea keeps:
 * 룡천 → 용천, 라선 → 나선, 리원 → 이원, 녕변 → 영변. Returns the southern form, or null when no rule applies.
 */
export function applyInitialSoundRule(word: string): string | null {
  const first = splitSyllable(word[0] ?? '');
  if (!first || (first.initial !== 5 && first.initial !== 2)) return null;
  // Before ㅣ and the y-vowels (야 여 예 요 유 얘) ㄹ and ㄴ disappear (녕변 → 영변); elsewhere ㄹ becomes ㄴ.
  const dropsToSilent = [2, 3, 6, 7, 12, 17, 20].includes(first.vowel);
  if (first.initial === 2 && !dropsToSilent) return null;
  const initial = dropsToSilent ? 11 : 2;
  const code = 0xac00 + initial * 588 + first.vowel * 28 + first.final;
  return String.fromCharCode(code) + word.slice(1);
}
