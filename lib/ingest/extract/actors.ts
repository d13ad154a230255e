/** A sentence's plain "police", before the incident's country says whose police they are. */
const POLICE = 'police';

/**
 * Who acted, from the names the outlets use for each force (including machine-translated ones). Listed with
 * the forces that detain and punish first, so the summary names them rather than a party committee.
 */
const ACTOR_PATTERNS: [string, RegExp][] = [
  ['foreign_police', /\b(?:chinese|russian|china's|russia's) (?:border guards?|police|public security|security (?:forces|services|officials)|intelligence|authorities|border (?:police|patrol))\b|\bpublic security bureau\b/i],
  ['MSS', /\b(?:ministry of state security|state security|MSS|bowibu|bowiseong|national security agency|(?<!social |public |people'?s )security (?:officials|agents|workers|officers|department)|border security command)\b/i],
  ['MSoS', /\b(?:ministry of (?:social|public|people'?s) security|social security|people'?s security|MSoS|MPS|anjeon\w*|safety (?:agents|officers))\b/i],
  // Plain "police": whose force depends on where the incident happens (see `actorsAt`).
  [POLICE, /\b(?<!chinese |russian |public security |military )police\b/i],
  ['court', /\b(?:court|judges?|prosecutors?|prosecution|trial)\b/i],
  ['military', /\b(?:soldiers?|army|KPA|military (?:police|units?|officers?)|troops)\b/i],
  ['border_guard', /\b(?:border guards?|border patrol|border security)\b/i],
  ['task_force', /\b(?:109 (?:group|unit|squad|sangmu)|task ?force|(?:anti|non)-socialist (?:group|squad|unit))\b/i],
  ['party', /\b(?:party committee|party officials?|workers'? party|party cell|party secretary|party organi[sz]ation|propaganda department|(?:city|county|provincial) party)\b/i],
];

export function findActors(text: string): string[] {
  const found = ACTOR_PATTERNS.filter(([, re]) => re.test(text)).map(([actor]) => actor);
  // A foreign force's border guards are not North Korea's own.
  if (found.includes('foreign_police') && /\b(?:chinese|russian) border guards?\b/i.test(text) && !/\b(?:north korean|kpa) border guards?\b/i.test(text)) {
    return found.filter((a) => a !== 'border_guard');
  }
  return found;
}

/**
 * The actors of an incident once its place is known: plain police are North Korea's Ministry of Social Security
 * at home (or where the place is unknown) and a foreign force abroad ("police in Khabarovsk detained him").
 */
export function actorsAt(actors: string[], country: string | null): string[] {
  if (!actors.includes(POLICE)) return actors;
  const force = country === null || country === 'KP' ? 'MSoS' : 'foreign_police';
  return [...new Set(actors.map((a) => (a === POLICE ? force : a)))];
}
