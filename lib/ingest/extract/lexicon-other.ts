/**
 * Reported events that fit no other type: prisoners moved between camps, a death in custody or of someone
 * under investigation, a public shaming with no sentence, a deadly accident, workers who strike or protest. Kept narrow on purpose: `other` is only produced
 * when one of these phrases names what happened (and find-mentions also demands a place).
 */
const HELD = '(?:prisoners|inmates|detainees|convicts|political prisoners)';

// Who shoots at the border: guards, troops and their patrols.
const SHOOTERS = 'guards?|soldiers|troops|patrols?|sentries|sentry|marines';
const NOT_CROSSING = String.raw`(?![^.;]{0,80}\b(?:trying|attempting|tried|attempted|about) to (?:cross|wade|swim|flee|escape|defect|slip)\b)`;

export const OTHER_TRIGGERS: RegExp[] = [
  new RegExp(`\\b${HELD}\\b[^;]{0,80}?\\b(?:were|was|have been|had been|are being)\\s+(?:\\w+\\s+)?(?:transferred|moved|relocated|transported|shifted)\\b`, 'gi'),
  new RegExp(`\\b(?:transferred|moved|relocated|transported)\\s+(?:\\w+\\s+){0,4}?${HELD}\\b`, 'gi'),
  /\b(?:was|were|been) found dead\b/gi,
  // Only the verb is the trigger, so words in between ("a cadre being investigated") keep their own reading.
  /\b(?:was|were) (?:found|discovered|pulled|recovered|retrieved|fished)\b(?<=\b(?:body|bodies|corpses?)\b[^;]{0,100})/gi,
  /\b(?:took|taken|take) (?:his|her|their) own li(?:fe|ves)\b/gi,
  /\bcommitted suicide\b/gi,
  /\b(?:killed|hanged|hung|shot|poisoned|drowned|stabbed) (?:him|her|them)sel(?:f|ves)\b/gi,
  /\b(?:took|swallowed|drank) (?:rat )?poison\b/gi,
  /\b(?:threw|thrown|jumped|flung) (?:him|her|them)sel(?:f|ves) (?:from|off|out of|into|in front of)\b/gi,
  /\bdied (?:in custody|in detention|during (?:interrogation|questioning)|under (?:interrogation|torture)|after (?:being beaten|a beating|torture))\b/gi,
  // "died at the holding center of the county security department": a death where the state holds people.
  /\bdied (?:at|in) (?:a |an |the )?(?:[\w'’-]+ ){0,4}?(?:holding (?:center|centre|facility)|detention (?:center|centre|facility)|jail|prison|labou?r camp|prison camp|jipkyulso)\b/gi,
  /\bbeaten to death\b/gi,
  // "Soldiers from a nearby unit stole corn from cooperative farm fields": hungry troops looting (only the verb).
  /\b(?:stole|looted|plundered|pillaged)\b(?<=\b(?:soldiers|troops|servicemen|conscripts)\b[^.;]{0,80})/gi,
  // An abduction: "is believed to have been taken across the border by North Korean agents", "was kidnapped".
  /\b(?:abducted|kidnapped|snatched)\b/gi,
  /\b(?:taken|dragged|carried|spirited|forced) (?:back )?(?:across the (?:border|river)|into North Korea|to the North) by (?:the )?(?:[\w-]+ ){0,2}?(?:agents|operatives|security|spies|police|men)\b/gi,
  /\bdied\b(?<=\bbeat(?:en|ing|s)?\b[^.;]{0,80})/gi,
  /\bparaded (?:\w+ ){0,2}?(?:in front of|before|through|around)\b/gi,
  /\bpublicly (?:humiliated|shamed)\b/gi,
  /\b(?:made|forced|ordered) to (?:stand|kneel|parade|confess|apologi[sz]e|bow) (?:\w+ ){0,3}?(?:before|in front of|in public|publicly|outside)\b/gi,
  // A deadly accident: an explosion, a collapse or a derailment the same clause ties to deaths or injuries.
  /\b(?:explosions?|blasts?|exploded|collapsed?|cave-ins?|derail(?:ed|ment)|(?:industrial |construction |mining |mine |traffic |deadly |fatal )?accidents?|(?:large |major |deadly )?fires? (?:that )?(?:broke out|swept|gutted|destroyed))\b(?=[^.;]{0,120}?\b(?:killed|killing|dead|died|deaths|death toll|injured|injuring|wounded|casualties|bodies|lives|trapp(?:ed|ing))\b)/gi,
  // "were killed when scaffolding on a hotel collapsed", "died when a retaining wall gave way".
  /\b(?:killed|died|injured|crushed)\b[^.;]{0,20}?\bwhen\b[^.;]{0,80}?\b(?:collapsed|gave way|exploded|caught fire|derailed|sank|capsized)\b/gi,
  // A train off its rails, a boat lost with its crew, an explosion that tears through a plant: news in themselves.
  /\b(?:train|locomotive|carriages?|wagons?)\b[^.;]{0,60}?\b(?:derailed|(?:came|went|ran) off the (?:tracks|rails)|jumped the (?:tracks|rails))\b/gi,
  /\b(?:boat|ship|vessel|ferry|trawler)\b[^.;]{0,60}?\b(?:sank|capsized|went down)\b/gi,
  /\b(?:explosion|blast)\b[^.;]{0,20}?\b(?:tore|ripped|swept) through\b/gi,
  // "Three students drowned in a reservoir while mobilized": not someone drowned crossing the river (that is the escape's story).
  new RegExp(String.raw`(?<!\b(?:cross|crossing|crossed|escape|escaping|flee|fleeing|swim|swimming)\b[^.;]{0,60})\bdrowned\b(?! (?:him|her|them)sel)${NOT_CROSSING}`, 'gi'),
  /\b(?:killed|deaths|injured)\b[^.;]{0,40}?\b(?:in|after|when|during) (?:an?|the) (?:\w+ ){0,2}?(?:explosion|blast|collapse|cave-in|derailment|accident|fire)\b/gi,
  // A fire that destroys a market, a plant or homes is news in itself, deaths or not.
  /\b(?:(?:large |major |big |huge )?fire|blaze) (?:broke out|destroyed|gutted|swept through|ravaged|burned down|tore through)\b/gi,
  // Guards or troops who shoot a person at the border, and warning shots at the MDL, are no sentence carried out.
  // (Someone shot while trying to cross is an escape stopped: that is the defection's story, not another event.)
  new RegExp(String.raw`\b(?:${SHOOTERS}|units?)\b(?:[^.;]{0,40}?)\b(?:shot (?:and killed|and wounded|dead)|opened fire on|fired (?:up)?on|fired at|fired without warning|gunned down)\b${NOT_CROSSING}`, 'gi'),
  new RegExp(String.raw`\b(?:was|were) (?:shot (?:and killed |dead |to death )?|gunned down |fired (?:up)?on )by (?:the |a |an )?(?:[\w'’-]+ ){0,3}?(?:${SHOOTERS})\b${NOT_CROSSING}`, 'gi'),
  /\bfired (?:\w+ ){0,2}?warning (?:shots|rounds)\b/gi,
  // Soldiers who steal from residents: "soldiers from a frontline unit broke into a farm storehouse", "deserters robbed
  // two households". (A raid for loot is retyped in event-frames.)
  /\b(?:broke into|robbed|looted|plundered|ransacked|stole from)\b(?<=\b(?:soldiers|troops|deserters|servicemen|conscripts)\b[^.;]{0,90})/gi,
  // Workers who stop work or protest (most often North Koreans sent abroad, over unpaid wages).
  // Traders or workers who stand up to officials: "scuffled with market inspectors", "confronted market managers",
  // "refused to begin their shift in protest over unpaid wages".
  /\b(?:scuffled|clashed|brawled|confronted)\b(?= (?:with )?(?:the )?(?:[\w-]+ ){0,2}?(?:inspectors|managers|officials|officers|police|guards|agents|cadres|supervisors|security)\b)/gi,
  /\b(?:in protest (?:over|against|at)|refused to (?:begin|start) (?:their|his|her|the) (?:shift|work))\b/gi,
  /\b(?:went on strike|staged (?:an? )?(?:strike|sit-in|protest|walkout)|work stoppages?|sit-ins?|walked off the job|downed tools|refused to (?:work|return to work)|protested (?:over|against|about|to))\b/gi,
];
