import type { RoledMention, Trigger } from './types';

// Leaving a post without leaving the country: "ran away from a shock brigade", "deserted from his unit",
// "slipped away from the site", "disappeared from his unit". Fleeing, escaping and crossing stay defections.
const LEAVING_A_POST =
  /^(?:ran away|run away|runs away|running away|slipp(?:ed|ing) (?:away|out)|deserted|walked (?:off|away from)|absconded|(?:disappeared|vanished|went missing|gone missing) from (?:his|her|their|the) (?:[\w-]+ ){0,2}?(?:unit|post|barracks|brigade|company|battalion|regiment|base|guard post))\b/i;

// Anything that takes the flight toward or across a border, or abroad.
const BORDER_CUE =
  /\b(?:border|frontier|river|Tumen|Yalu|Amnok|Duman|cross(?:ed|es|ing)?|China|Chinese|Russia|Russian|South Korea|the South|Seoul|abroad|overseas|smuggl\w+|broker|defect\w*|boat|sea|coast guard|DMZ|MDL|demarcation)\b/i;

/**
 * TAXONOMY: a defection is an escape across a border (or a worker abroad gone missing). A soldier who deserts
 * his unit or a worker who runs off a building site inside North Korea, with nothing in the sentence taking
 * them toward a border or abroad, did something else: the event is `other`, at the North Korean places named.
 */
export function isInternalDesertion(sentence: string, trigger: Trigger, mentions: RoledMention[]): boolean {
  if (trigger.type !== 'defection' || !LEAVING_A_POST.test(sentence.slice(trigger.start, trigger.end + 50))) return false;
  if (BORDER_CUE.test(sentence)) return false;
  const scenes = mentions.filter((m) => m.role === 'scene');
  return scenes.length > 0 && scenes.every((m) => m.place.country === 'KP');
}
