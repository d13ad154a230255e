import { basename, dirname } from 'node:path';

/** Outlets that report on North Korea, with the ways their names appear in articles and folder names. */
const OUTLETS: { name: string; pattern: RegExp }[] = [
  { name: 'Daily NK', pattern: /\bdaily\s?nk\b/gi },
  { name: 'NK Times', pattern: /\bnk\s?times\b/gi },
  { name: 'NK News', pattern: /\bnk\s?(?:news|pro)\b/gi },
  { name: 'Radio Free Asia', pattern: /\b[Rr]adio [Ff]ree [Aa]sia\b|\bRFA\b/g },
  { name: 'Asia Press', pattern: /\basia\s?press\b|\brimjin-?gang\b/gi },
  { name: 'Yonhap', pattern: /\byonhap\b/gi },
  { name: 'KCNA Watch', pattern: /\bkcna\s?watch\b/gi },
  { name: 'New Focus', pattern: /\bnew\s?focus\b/gi },
  { name: 'Voice of America', pattern: /\b[Vv]oice of [Aa]merica\b|\bVOA\b/g },
  { name: '38 North', pattern: /\b38\s?north\b/gi },
  { name: 'The Korea Herald', pattern: /\bkorea\s?herald\b/gi },
  { name: 'The Korea Times', pattern: /\b(?:the\s)?korea\s?times\b/gi },
  { name: 'JoongAng Daily', pattern: /\bjoong\s?ang\b/gi },
  { name: 'Chosun Ilbo', pattern: /\bchosun\s?ilbo\b/gi },
  { name: 'Unification Media Group', pattern: /\bunification media group\b/gi },
  { name: 'Open Radio for North Korea', pattern: /\bopen radio for north korea\b/gi },
];

function countMentions(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * The outlet most mentioned in the text, where mentions in the article's own furniture (captions,
 * credits, footers) count more than quotes of other outlets in the body.
 */
export function detectOutlet(text: string, furniture = ''): string | null {
  let best: { name: string; score: number } | null = null;
  for (const { name, pattern } of OUTLETS) {
    const score = countMentions(text, pattern) + 3 * countMentions(furniture, pattern);
    if (score > 0 && (!best || score > best.score)) best = { name, score };
  }
  return best?.name ?? null;
}

/** The outlet named by a string such as a site name or folder name ("dailynk", "NK News"). */
export function matchOutletName(name: string | null | undefined): string | null {
  if (!name) return null;
  const spaced = name.replace(/[-_.]+/g, ' ');
  // Folder and site names are often lower case ("rfa", "dailynk").
  return OUTLETS.find(({ pattern }) => countMentions(spaced, new RegExp(pattern.source, 'gi')) > 0)?.name ?? null;
}

export function outletFromFolder(path: string): string | null {
  return matchOutletName(basename(dirname(path)));
}
