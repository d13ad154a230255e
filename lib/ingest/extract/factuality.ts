/**
 * Tells reported events from everything else a sentence can say about a trigger word: negations ("failed to
 * arrest"), hypotheticals and law descriptions ("face up to five years in a camp", "may be expelled"),
 * instructions ("told residents to report"), background and habitual statements ("previously reported",
 * "every year since the 1990s") and generic talk about kinds of people ("those who cross the border").
 */

const NEGATION_BEFORE = /\b(?:not|never|no|n't|failed to|fail to|without|unable to|avoid(?:ed|ing)?|to (?:stop|halt|end)|eluded?|evaded?|escaped)\s+(?:\S+\s+){0,4}$/i;

const HYPOTHETICAL_BEFORE =
  /\b(?:may|might|could|would|will|can|should|must|shall|expects? to|expected to|likely to|threat(?:en(?:ed|s)?)? to|warn(?:ed|s|ing)? (?:that|of)|faces?|faced with|facing|punishable|calls? for|liable|risks?|risking|if|unless|whether|prevent(?:s|ed|ing)?|deter(?:s|red|ring)?|aimed at|desire to|attempt to stop|in order to|so as to|plans? to|planning to|prepar(?:es|ed|ing) to|intends? to|vowed to|presumably|probably|possibly|perhaps|up to|fears?|feared|fearing|afraid|worried|criticiz(?:e|ed|ing)|criticism (?:of|on|toward|against)|condemn(?:s|ed|ing)?|denounc(?:e|ed|ing)|warn(?:s|ed|ing)? (?:against|about)|against)\b(?:\s+\S+){0,8}\s*$/i;

// An instruction or request reports what someone wanted done, not that it happened (except repatriation,
// where the request to a foreign force is itself the incident).
const INSTRUCTION_BEFORE =
  /\b(?:request(?:ed|s|ing)?|ask(?:ed|s|ing)?|instruct(?:ed|s|ing)?|urg(?:ed|es|ing)|call(?:ed|s)? on|order(?:ed|s|ing)? (?:\w+ ){0,3}to|told (?:\w+ ){0,3}to)\b(?:\s+\S+){0,9}\s*$/i;

const BACKGROUND_SENTENCE =
  /\b(?:criminal (?:code|law)|article \d+|law stipulates|stipulat\w+|previously reported|reported earlier|earlier reported|had reported|as reported|(?:Daily NK|NK Times|RFA|we) (?:previously |has |have |had )?reported|in the past(?! (?:week|month|few (?:days|weeks)|\d+ (?:days|weeks)))|every year|each year|since the \d{4}s|since the Arduous March|over the past (?:few |\d+ |\w+ )?(?:years|decades)|historically|(?:has|have|had) long|is known to|are known to|traditionally)\b/i;

const GENERIC_SENTENCE =
  /\b(?:there (?:are|were|is) (?:even |also |still )?(?:cases|many|quite a few|some|people)|those who|anyone who|whoever|(?<!the |other |these |those )people who (?!were|had been|was)|(?:residents|people) (?:often|usually|generally|typically|sometimes)|is a (?:problem|betrayal|crime)|are (?:anti-national|criminals|traitors)|tends? to|typically|estimates? that|(?:hundreds|thousands) of|in general|any (?:of (?:these|the|them)|\w+ who|(?:\w+ ){1,2}(?:detained|arrested|caught|held))|(?:defections|arrests|executions|crackdowns|cases|incidents) (?:\w+ ){0,10}?(?:increased|decreased|rose|fell|surged|declined|have grown|are (?:increasing|rising|growing)))\b/i;

const GERUND_SUBJECT = /^(?:using|crossing|attempting|trying|watching|fleeing|defecting)\b/i;

/** The part of the sentence before the trigger that belongs to the same clause. */
function clauseBefore(sentence: string, start: number): string {
  const before = sentence.slice(0, start);
  const cut = Math.max(...[';', ':', ',', '“', '"', '(', '—'].map((mark) => before.lastIndexOf(mark)));
  return before.slice(cut + 1);
}

export function isNegated(sentence: string, start: number): boolean {
  return NEGATION_BEFORE.test(clauseBefore(sentence, start).slice(-40));
}

// "an aunt who had defected to China": a past-perfect relative clause describes a person, not the news.
const RELATIVE_BACKGROUND = /\bwho (?:had|has) (?:long |once |already |previously )?(?:been )?$/i;

// "competed to arrest", "plans to defect": an infinitive names an aim. Trying to escape is an attempt, though.
const INFINITIVE_BEFORE = /\bto\s+$/i;
const ATTEMPT_BEFORE = /\b(?:try|tries|tried|trying|attempt(?:s|ed|ing)?)\s+to\s+$/i;

export function isHypothetical(sentence: string, start: number, allowRequests: boolean, isAttemptType = false): boolean {
  const before = clauseBefore(sentence, start).slice(-70);
  if (RELATIVE_BACKGROUND.test(before)) return true;
  if (!allowRequests && INFINITIVE_BEFORE.test(before) && !(isAttemptType && ATTEMPT_BEFORE.test(before))) return true;
  if (HYPOTHETICAL_BEFORE.test(before)) return true;
  // Instructions often quote what was asked for, so look past the opening quote mark.
  const raw = sentence.slice(Math.max(0, start - 90), start);
  return !allowRequests && INSTRUCTION_BEFORE.test(raw.slice(raw.lastIndexOf(';') + 1));
}

export function isBackground(sentence: string): boolean {
  return BACKGROUND_SENTENCE.test(sentence);
}

export function isGeneric(sentence: string): boolean {
  return GENERIC_SENTENCE.test(sentence) || GERUND_SUBJECT.test(sentence.replace(/^[“"'\s]+/, ''));
}
