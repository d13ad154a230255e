/**
 * The crowd of a trial or an execution: residents summoned to watch it, and a verdict read out at a meeting, are part
 * of that event, not a separate session of indoctrination.
 */

// "the trial was held at the sports ground, with residents ordered to attend", "shot in front of 200 officials who
// were ordered to attend": the crowd summoned to watch a trial or an execution is part of that event, not a
// separate session of indoctrination.
const SUMMONED_AUDIENCE = /\bto (?:attend|watch|witness)\b/i;
const TRIAL_OR_EXECUTION = /\b(?:trials?|tried|sentenc\w+|verdicts?|court|tribunal|execut\w+|shot|shooting|firing squad|hang(?:ed|ing))\b/i;

// "the sentences were read out at meetings of the women's union as a warning": the verdict announced, not a session.
const VERDICT_READ_AT_BEFORE = /\b(?:sentences?|verdicts?|rulings?|judgm?ents?) (?:was|were|had been) (?:also )?(?:read out|announced) (?:to [\w'’-]+ )?at\s+(?:[\w'’-]+\s+){0,3}$/i;

export function isSummonedAudience(sentence: string, type: string, triggerText: string): boolean {
  return type === 'indoctrination' && SUMMONED_AUDIENCE.test(triggerText) && TRIAL_OR_EXECUTION.test(sentence);
}

// "residents and students were rounded up and marched to the riverside grounds to watch": a crowd gathered for a
// spectacle, not people taken into custody.
const CROWD_VERB = /\b(?:rounded up|herded|mobili[sz]ed|gathered)\b/i;
const TO_WATCH_AFTER = /^[^.;]{0,100}?\bto (?:watch|attend|witness|see)\b/i;

export function isCrowdRoundedUp(sentence: string, t: { type: string; text: string; end: number }): boolean {
  return t.type === 'arrest' && CROWD_VERB.test(t.text) && TO_WATCH_AFTER.test(sentence.slice(t.end));
}

export function isVerdictReadAt(sentence: string, t: { type: string; start: number }): boolean {
  return t.type === 'indoctrination' && VERDICT_READ_AT_BEFORE.test(sentence.slice(Math.max(0, t.start - 80), t.start));
}

/**
 * "Residents were mobilized to attend": the crowd of a trial or execution told in the sentence before ("forced to attend
 * lectures" names a session of its own).
 */
export function isAudienceOfToldEvent(sentence: string, t: { type: string; text: string; end: number }, told: ReadonlySet<string>): boolean {
  if (t.type !== 'indoctrination' || !SUMMONED_AUDIENCE.test(t.text) || !(told.has('execution') || told.has('trial'))) return false;
  return !/\b(?:lectures?|meetings?|sessions?|rall(?:y|ies)|classes|gatherings?)\b/i.test(sentence.slice(t.end).split(/[.;]/)[0]);
}
