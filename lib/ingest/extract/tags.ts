import type { Tag } from '@/lib/taxonomy';

/** What people were accused of, or what the incident was about, from the words of its evidence. */
const TAG_PATTERNS: [Tag, RegExp][] = [
  ['leaking_secrets', /\b(?:secrets?|classified|leak(?:ed|ing|s)?|espionage|spy(?:ing)?|informant for)\b/i],
  ['foreign_phone', /\b(?:(?:chinese|foreign|smuggled|illegal|unregistered)(?:[- ]made)? (?:mobile |cell |smart)?phones?|(?:mobile|cell) phones? from (?:other countries|china)|phone users|international calls?|calling (?:south korea|china))\b/i],
  ['foreign_media', /\b(?:south korean (?:videos?|dramas?|films?|movies?|songs?|music|shows?|media|broadcasts?)|foreign (?:media|films?|movies?|videos?|dramas?|broadcasts?)|k-?pop|k-?dramas?|usb (?:sticks?|drives?)|sd cards?|hallyu|radio broadcasts?)\b/i],
  ['smuggling', /\bsmuggl\w*|\bcontraband\b/i],
  ['hacking', /\bhack(?:ing|ers?|ed)?\b|\bcyber\w*/i],
  ['overseas_workers', /\b(?:overseas|abroad|dispatched) (?:workers?|labou?rers?|work)\b|\bworkers? (?:abroad|overseas|dispatched|in (?:russia|china))\b|\bworking (?:overseas|abroad|in russia|in china)\b/i],
  ['border', /\bborder|\bdefect\w*|\b(?:river )?crossings?\b|\bcross(?:ed|ing)? the (?:river|tumen|yalu)\b|\bescape\w*|\bfled\b|\brepatriat\w*/i],
  ['drugs', /\b(?:drugs?|narcotics?|methamphetamine|meth|ice|opium|bingdu|crystal)\b/i],
  ['corruption', /\b(?:brib\w+|corrupt\w*|embezzl\w+|pocket(?:ed|ing)|kickbacks?|abuse of power)\b/i],
  ['religion', /\b(?:bibles?|christian\w*|church(?:es)?|religio\w+|missionar\w+|prayer|worship)\b/i],
  ['covid_rules', /\b(?:quarantine|covid(?:-19)?|coronavirus|pandemic|epidemic|disinfect\w*|lockdown)\b/i],
  ['missing_person', /\b(?:missing|whereabouts)\b/i],
];

export function findTags(text: string): Tag[] {
  return TAG_PATTERNS.filter(([, re]) => re.test(text)).map(([tag]) => tag);
}
