/** Lines that belong to the page around an article rather than to the report itself. */
const BOILERPLATE_LINES: RegExp[] = [
  /^read (?:this )?in korean\.?$/i,
  /^(?:most popular|most read|related|recommended|latest)(?: articles| stories| news| posts)?:?$/i,
  /^(?:translated|edited|translation|written|reporting) by\b/i,
  /^please (?:send|direct|forward|email|e-mail)\b.*\b(?:comments?|questions?|feedback|tips)\b/i,
  /^print friendly\b/i,
  /^(?:leave a (?:comment|reply)|\d+ comments?|comments?)$/i,
  /^views expressed\b/i,
  /^\**\s*this article (?:was|has been) (?:machine[- ])?translated\b/i,
  /^(?:share|tweet|email|print|subscribe)(?: (?:this|on \w+))?:?$/i,
  /^(?:tags?|keywords?|categories|filed under):/i,
  /^(?:copyright|©|\(c\))\s/i,
  /\ball rights reserved\b/i,
  /^for more information about\b/i,
  /^by\s+[\w .'-]+\([^)]*\)$/i,
  /\bworks with a network of sources\b/i,
  /\breports only facts\b/i,
  /^(?:sign up|subscribe) (?:for|to) (?:our|the) newsletter\b/i,
  /^advertisement$/i,
];

/** Image credits in captions: "… / Image: Daily NK", "(Photo = NK Times)", "Photo: Yonhap". */
const CAPTION = /(?:\/\s*|\(\s*|^)(?:image|photo|photograph|picture|graphic|illustration)\s*(?:[:=]|by\b|courtesy\b)/i;

/** A byline with no date ("By Jane Doe"): credits, not report. */
const BARE_BYLINE = /^by\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}$/u;

export function isBoilerplateLine(line: string): boolean {
  return BARE_BYLINE.test(line) || BOILERPLATE_LINES.some((re) => re.test(line));
}

export function isCaptionLine(line: string): boolean {
  return line.length <= 300 && CAPTION.test(line);
}

/** Korean, Chinese or other non-Latin text (a sidebar such as "최근 글") rather than an English sentence. */
export function isMostlyNonLatin(line: string): boolean {
  const letters = line.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return true;
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length;
  return latin / letters.length < 0.5;
}

/** A weather widget or a lone place name left from a page header ("15.1 C", "Delhi"). */
export function isHeaderJunk(line: string): boolean {
  if (/^-?\d+(?:\.\d+)?\s*°?\s*[CF]$/i.test(line)) return true;
  // Menus and breadcrumbs: "Home > News > Society", "World | Asia | Korea".
  if (/(?:\s[|»›>]\s.*){2,}/.test(line)) return true;
  return line.split(/\s+/).length < 3 && !/[.!?]$/.test(line);
}
