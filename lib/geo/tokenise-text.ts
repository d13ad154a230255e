/** Words of a text with their offsets, folded once so the place scan compares strings, not regexes. */
import { foldText } from '@/lib/text/fold-text';

export type Script = 'latin' | 'hangul' | 'han' | 'cyrillic';
export type Token = { start: number; end: number; text: string; fold: string; script: Script; capital: boolean };

// Plain character ranges rather than \p{Script=…}: the scan runs over every word of every article, and
// these cover Latin with diacritics, Hangul syllables, CJK ideographs and Cyrillic.
const WORD = /[A-Za-z0-9\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f'’ʼ]+|[\uac00-\ud7a3]+|[\u4e00-\u9fff]+|[\u0400-\u04ff]+/g;

function scriptOf(code: number): Script {
  if (code >= 0xac00 && code <= 0xd7a3) return 'hangul';
  if (code >= 0x4e00 && code <= 0x9fff) return 'han';
  if (code >= 0x0400 && code <= 0x04ff) return 'cyrillic';
  return 'latin';
}

function foldWord(word: string): string {
  if (/^[A-Za-z0-9]+$/.test(word)) return word.toLowerCase();
  return foldText(word).replace(/['’ʼ]/g, '');
}

export function tokeniseText(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    let start = match.index;
    let word = match[0];
    // Quotes and possessives are not part of the name: 'Chongjin' and Chongjin's are Chongjin.
    const lead = /^['’ʼ]+/.exec(word)?.[0].length ?? 0;
    start += lead;
    word = word.slice(lead).replace(/['’ʼ]s$|['’ʼ]+$/u, '');
    if (!word) continue;
    const script = scriptOf(word.charCodeAt(0));
    const fold = script === 'latin' || script === 'cyrillic' ? foldWord(word) : word;
    if (!fold) continue;
    tokens.push({ start, end: start + word.length, text: word, fold, script, capital: word[0] !== word[0].toLowerCase() });
  }
  return tokens;
}
