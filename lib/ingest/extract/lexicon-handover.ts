/**
 * Handovers with no goal after the verb, where the crossing or town the clause names says where people were given
 * back ("handed over around 60 North Koreans …, sending them across the Friendship Bridge", "were handed over at the
 * Tumen-Namyang bridge"). Part of the repatriation triggers in `lexicon.ts`, in this order.
 */

// Who is handed over: people, counted or named as escapees, not papers or goods.
const HANDED_PEOPLE = String.raw`(?:[\w'’-]+ ){0,4}?(?:North Koreans|escapees|defectors|refugees|people|women|men|workers|residents|detainees)\b`;
// The crossing the same clause names.
const AT_A_CROSSING = String.raw`[^.;]{0,160}?\b(?:bridge|border crossing|customs(?: post| house)?|checkpoint)\b`;

export const HANDOVER_TRIGGERS: RegExp[] = [
  // "handed over around 60 North Koreans who had been held in Liaoning, sending them across the bridge to Sinuiju".
  new RegExp(String.raw`\bhand(?:ed|ing|s)? (?:over|back) (?=${HANDED_PEOPLE})(?=${AT_A_CROSSING})`, 'gi'),
  // "were handed over by Chinese border police at the Tumen-Namyang bridge": a handover at a border crossing.
  /\b(?:was|were|been|being) (?:\w+ly )?handed (?:over|back)\b(?=[^.;]{0,60}?(?:\b(?:bridge|border crossing|customs(?: post| house)?|checkpoint)\b|\b[A-Z][\w'’-]+ crossing\b))/gi,
  // "About 50 people were taken from a detention facility and handed over in Dandong": people handed over at a town.
  /\b(?:was|were|been|being) (?:[^.;]{0,60}? and )?handed (?:over|back) (?:in|at) (?=[A-Z])/g,
];
