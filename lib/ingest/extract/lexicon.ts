import { MONTH_PATTERN } from '@/lib/ingest/dates/calendar';
import type { IncidentType } from '@/lib/taxonomy';
import { CRACKDOWN_TRIGGERS, INDOCTRINATION_TRIGGERS } from './lexicon-control';
import { HANDOVER_TRIGGERS } from './lexicon-handover';
import { OTHER_TRIGGERS } from './lexicon-other';

/**
 * Trigger phrases per incident type: the verbs and nouns reporters in this domain use for each kind of event.
 * Agent nouns ("defectors", "border crossers") are deliberately absent: they name people, not events.
 */
export const FAMILY_NOUN =
  "(?:famil(?:y|ies)(?: members)?|relatives?|parents|wife|wives|husbands?|spouses?|children|sons?|daughters?|father|mother|siblings?|brothers?|sisters?|in-laws|household)";

/** A family noun anywhere in a text ("his parents", "relatives"). */
export const FAMILY_RE = new RegExp(`\\b${FAMILY_NOUN}\\b`, 'i');

const FAMILY_PUNISHMENT_VERB =
  '(?:(?:forcibly|forcefully) (?:moved|relocated|resettled|removed|evicted)|sent (?:away|off|to)|(?:taken|hauled|called) in(?!to)|(?:moved|thrown|kicked|turned) out|taken (?:away|to)|moved (?:to|from|out of)|removed from|told to (?:pack|leave|move)|put on (?:a|an|the) (?:truck|lorry|van|car|train|bus)|banished|exiled|expelled|stripped|robbed|deprived|driven (?:away|out)|relocated|forced to (?:move|relocate|leave)|ordered (?:to (?:leave|move|vacate)|out of)|taken (?:from|out of) (?:their|his|her|the) (?:home|house|apartment|flat)s?|taken away|dragged|detained|arrested|picked up|deported|evicted|disappeared|vanished|put into a (?:car|truck)|punished|interrogated|questioned|grilled|summoned|demoted|fired|dismissed|(?:barred|banned) from \\w+ing|lost (?:his|her|their) (?:jobs?|posts?|positions?|party membership))';

// "questioned neighbours", "interrogated local residents" is a search of a community (control), and
// "questioned her mother" is pressure on a family: neither is a capture.
const NOT_CAPTIVES = String.raw`(?:[\w'’]+ ){0,3}?(?:residents|people|locals|villagers|neighbou?rs|workers|students|acquaintances|room-?mates|colleagues|co-?workers|classmates|friends|${FAMILY_NOUN})\b`;

// "money sent by his daughter in Seoul", "sent cash to her family": the relative sends or receives; nobody is punished.
// "money sent from relatives in China": what comes from relatives is no punishment of them.
// "The arrest has frightened other families": a feeling stirred in families is no punishment of them.
const NOT_PUNISHED_BETWEEN = String.raw`(?:by|from|money|cash|remittances?|letters?|messages?|goods|gifts?|food|has|have|(?:frighten|scar|alarm|terrif|shock|worr|anger|unsettl|upset|rattl)\w*)\b`;

// "detained a North Korean family of five at a guesthouse": a family named as a household of its own is the people
// caught, not relatives punished for someone else ("a defector's family" still is).
const A_HOUSEHOLD = String.raw`(?:an?|one)\s+(?:[\w-]+\s+){0,2}famil(?:y|ies)\b`;

// "sent back to the North", never "to the North Korean bank" (which only says where, not that anyone was handed over).
const TO_THE_NORTH = String.raw`(?:to North Korea|to the North(?! Korean))`;

// "handed over about 80 North Koreans to their home country": the country named as the people's own.
const TO_THEIR_HOME_COUNTRY = String.raw`to (?:their|his|her) (?:home country|homeland|native country)\b`;

// People as the subject of a passive capture ("three men were picked up"), and a counted group ("about 30", "dozens of").
const PEOPLE = String.raw`men|women|people|persons|residents|traders|smugglers|brokers|students|workers|soldiers|villagers|farmers|youths|teenagers`;
const ABOUT = String.raw`(?:about |some |around |nearly |more than |at least |over )?`;
const AMOUNT = String.raw`(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|hundreds of|several hundred|several|a group of)`;

export const TRIGGERS: Record<IncidentType, RegExp[]> = {
  family_punishment: [
    // Not "household registers" or "family records": papers about families, not the relatives themselves.
    // "women who had been living with Chinese husbands were taken away": the relatives the people taken live with.
    // "a woman who had arranged calls between families was taken": families only named as whom she served.
    new RegExp(`(?<!\\b(?:living|lived|lives|live|staying|stayed|married|settled) (?:with|to) (?:their |her |his |a |an )?(?:[\\w-]+ )?)(?<!\\bbetween )\\b${FAMILY_NOUN}\\b(?!['’]s\\b|\\s+(?:registers?|registration|records?|lists?|books?|surveys?|census))(?:[^.,;:]{0,110}?)\\b(?:was|were|have been|has been|had been|got|are being|being)?\\s*(?:also\\s+|then\\s+|all\\s+|both\\s+|reportedly\\s+)?(?<!\\bthe )${FAMILY_PUNISHMENT_VERB}`, 'gi'),
    new RegExp(`\\b(?:banish(?:ed|ing)?|exil(?:ed|ing)|expel(?:led|ling)?|strip(?:ped|ping)?|detain(?:ed|ing)?|arrest(?:ed|ing)?|picked up|pick up|took away|taking away|sent away|send away|evict(?:ed|ing)?|punish(?:ed|ing)?|interrogat(?:ed|ing)|summon(?:ed|ing)?|relocat(?:ed|ing)|remov(?:ed|ing)|came for|sent|send)\\s+(?!${A_HOUSEHOLD})(?:(?!${NOT_PUNISHED_BETWEEN})[\\w'’]+\\s+){0,3}?${FAMILY_NOUN}\\b`, 'gi'),
    // "The families of the three, who live in Kanggye, were summoned", "the families of the two, in Hamhung and
    // Kimchaek, were expelled", "the father, a party official in Kilju, was dismissed", "relatives of the three,
    // including his mother, disappeared": an aside between family and verb, which may list towns ("in Nampo, Onchon
    // and Kangso").
    new RegExp(`\\b${FAMILY_NOUN}\\b[^.,;:]{0,80}?,\\s*(?:who|whose|which|in|from|living in|back in|both|including|among them|an?)\\b(?:[^.,;]|,(?=\\s*[A-Z][a-z])){0,60}?,\\s*(?:was|were|have been|has been|had been|are being)?\\s*(?:also\\s+|then\\s+|all\\s+|both\\s+)?${FAMILY_PUNISHMENT_VERB}`, 'gi'),
    // "the families of the three in Kilju County, North Hamgyong Province, have been stripped": a known family (not "a
    // family of four", which may have fled itself) with its province set off by commas.
    new RegExp(`\\b(?:the|his|her|their)\\s+${FAMILY_NOUN}\\b[^.,;:]{0,80}?,\\s*(?:North |South )?[A-Z][a-z]+ [Pp]rovince,\\s*(?:was|were|have been|has been|had been|are being)?\\s*(?:also\\s+|then\\s+|all\\s+|both\\s+)?${FAMILY_PUNISHMENT_VERB}`, 'gi'),
    new RegExp(`\\b(?:took|taken|dragged|led) (?:the |his |her |their )?${FAMILY_NOUN}\\b[^.,;]{0,40}? (?:away|in for questioning)\\b`, 'gi'),
    /\bguilt[- ]by[- ]association\b/gi,
  ],
  execution: [
    /(?<!\b(?:the|those) )\b(?:publicly |secretly )?executed\b/gi,
    // "sentencing four residents to labor camps and executing a fifth".
    /\bexecuting (?:a|an|the|one|two|three|four|five|six|\d+|him|her|them|his|their)\b/gi,
    /\b(?:public |secret )?executions?\b/gi,
    /\bfiring squad\b/gi,
    /\bsentenced to death\b/gi,
    /\bdeath sentences?\b/gi,
    /\b(?:shot|hanged) (?:dead |to death )?(?:in public|publicly|in front of)\b/gi,
    /\bput to death\b/gi,
    // "a public trial ... ended with two men being shot on the spot": shot where the verdict was read.
    /(?<=\b(?:trials?|sentenc\w*|verdicts?|court)\b[^.;]{0,120})\bshot (?:dead )?on the spot\b/gi,
    /\b(?:was|were) (?:publicly |secretly )?hanged\b/gi,
  ],
  trial: [
    /\bsentenced\b/gi,
    /\bsentences (?:two|three|four|five|\d+|several|a|an|the)\b/gi,
    /\b(?:life|prison|jail|labou?r camp|\d+-year|(?:one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)-year) (?:sentence|term)s?\b/gi,
    /\b(?<!pre-)(?:public |open |closed |mass |show )?trials?\b(?! period| run| basis)/gi,
    /\btried (?!to\b|and\b|everything\b|hard\b|in vain\b|desperately\b)(?:\w+ ){0,3}?(?:cadres?|officials?|residents?|people|men|women|him|her|them|\w+s)\b/gi,
    /\b(?:stood|put on|went on) trial\b/gi,
    // "were tried at a public gathering", "was tried by a military court": the passive, with where or by whom.
    /\b(?:was|were|been|being) (?:publicly |secretly |quickly |later |then )?tried (?:at|in|by|before|for)\b/gi,
    /\bconvicted\b/gi,
    // "after a special military tribunal found him guilty": a verdict, whoever gave it.
    /\b(?:found|pronounced|declared) (?:\w+ ){0,2}?guilty\b/gi,
    /\bpassed judg(?:e)?ment\b/gi,
    /\bhanded down (?:an? |the )?(?:\w+[- ]){0,3}?(?:sentences?|verdicts?|punishments?|rulings?|terms?)\b/gi,
    /\b(?:turned|handed) over to (?:the )?(?:court|prosecutors?|prosecution)\b/gi,
    /\b(?:re-?education|reeducation|labou?r|reform|kyohwaso|political prisoner|political prison|prison|concentration) camps?\b/gi,
    /\b(?:forced|hard) labou?r\b/gi,
    /\b(?:labou?r[- ]training (?:camp|unit|center|centre|facility)|kyohwaso|rodong danryeondae)s?\b/gi,
    /\b(?:given|received|handed|got) (?:an? )?(?:\w+[- ]){0,2}?(?:years?|months?) (?:in|of|at)\b/gi,
    /\byears? (?:in prison|in jail|of (?:hard |forced |reform-through-)labou?r|of reform through labou?r|of re-?education|of reeducation)\b/gi,
    /\b(?:public )?denunciation (?:meeting|rally|session)s?\b/gi,
  ],
  arrest: [
    // Not "the arrested official" or "her arrest": these refer back to an arrest already told.
    // Nor "has stepped up arrests of escapees": a campaign told as a trend, not a capture.
    /(?<!\b(?:after|upon|before|the|his|her|their) )(?<!\b(?:stepped up|step up|stepping up|intensified|increased) )\barrest(?:ed|s)?\b/gi,
    /(?<!\bthe )\bdetain(?:ed|ing)?\b/gi,
    // "A woman who sold rice cookers ... was taken away": a person, named before, taken away with no agent given.
    // Not "their phones were taken away": goods are confiscated, not captured.
    /(?<=\b(?:m[ae]n|wom[ae]n|traders?|sellers?|vendors?|he|she|they|people|residents|students?|smugglers?|workers?|boys?|girls?|owners?|drivers?|teachers?|brokers?|youths?)\b[^.;,]{0,80}?)(?<!\b(?:phones?|goods|items|devices|belongings|documents|passports?|books|clothes|cosmetics|televisions?|radios?|computers?|cars?|bikes?|bicycles?)\s)\b(?:was|were) (?:also |later |then |quickly |immediately |eventually )?(?:(?:taken|dragged|led|hauled) away|seized)\b(?! (?:after|following) (?:the |his |her |their )?(?:verdict|trial|sentencing|hearing|sentence))/gi,
    /\bdetention\b(?! (?:cent(?:er|re)s?|facilit(?:y|ies)|camps?))/gi,
    // "have taken a woman in her forties into custody", "took the mine manager and the safety engineer into custody".
    /\b(?:taken|took) (?:[\w'’-]+ ){0,10}?into custody\b/gi,
    // "was seized by Ministry of State Security (MSS) officers": seized by the state's men, whoever the person is.
    /\b(?:was|were) seized by (?:the )?(?:[\w()'’-]+ ){0,6}?(?:officers|agents|police(?:men)?|guards|officials|security|MSS|soldiers|inspectors)\b/gi,
    /\bapprehended\b/gi,
    /\bnabbed\b/gi,
    /\brounded up\b/gi,
    /\b(?:was|were|been|got|get|being) caught\b/gi,
    /\bcaught (?:by|with|red-handed|in the act|while|smuggling|watching|using|selling|carrying|trying|calling|talking|phoning|sending|listening|sharing|distributing)\b/gi,
    /\b(?:taken|brought|led|dragged|hauled) (?:straight |directly |immediately )?to (?:the |an? )?(?:\w+ ){0,2}?(?:security|police|MSS|safety)(?: agency)? (?:office|station|bureau|department|agency|facility|headquarters)\b/gi,
    // "three traders are reportedly being held for questioning".
    /\b(?:being|been|was|were|is|are) held for (?:questioning|interrogation)\b/gi,
    // "was taken from her home by agents of the city MSS bureau": taken by a security force is a capture.
    /\b(?:was|were) (?:taken|dragged|led) (?:away )?from (?:her|his|their|the) (?:home|house|apartment|flat|workplace|office|dormitory)s? by (?:\w+ ){0,3}?(?:agents|officers|police|security|guards|officials)\b/gi,
    // Not "picked up by a car on the highway" or "by a broker": a lift, not a capture.
    /\bpicked up by\b(?! (?:a |an |the |their |his |her )?(?:[\w-]+ )?(?:car|van|truck|taxi|bus|vehicle|boat|broker|smuggler|guide|friend|relative|cousin|uncle|aunt|brother|sister|driver)s?\b)/gi,
    // "were picked up at their homes on the night of March 28", "picked up in a raid": taken from where they live.
    /\b(?:was|were|been|being|got) picked up (?:at|from) (?:her|his|their|the) (?:homes?|houses?|apartments?|flats?|workplaces?|dormitor(?:y|ies)|hiding places?)\b|\b(?:was|were|been|being|got) picked up in (?:a|an|the) (?:[\w-]+ )?(?:raid|sweep|crackdown|search)\b/gi,
    /\b(?:police(?:men)?|officers|agents|guards|security)\b[^.;,]{0,30}?\bpicked (?:him|her|them) up\b/gi,
    // "three men were picked up a week later": people, not goods, picked up in the passive (not "by a car").
    new RegExp(String.raw`(?<=\b(?:${PEOPLE}|defectors|escapees|couple|family|others)\s+(?:were|had been|have been)\s+)picked up\b(?!\s+by\b)`, 'gi'),
    /\b(?:guards?|police(?:men)?|officers|agents|soldiers|patrols?|inspectors) (?:\w+ )?caught\b/gi,
    // "handed to the county branch of the Ministry of State Security": the branch may be named before the body.
    /\bhanded to (?:the )?(?:\w+ ){0,3}?(?:of (?:the )?)?(?:security|police|MSS|Ministry of (?:State|Social) Security)\b/gi,
    // "at least four students remain in custody", "two are still being held in detention".
    /\b(?:remain(?:s|ed)?|(?:is|are|were|was) still) in (?:police |MSS |state security )?(?:custody|detention)\b/gi,
    // "Two crew members were taken away on the 14th": people taken away by no one named, the state's act (relatives
    // are family punishment, read first; the condemned led off after a verdict are the trial's sequel).
    new RegExp(
      String.raw`(?<!\b(?:verdict|sentence|sentencing|trial)\b[^.;]{0,60})(?<=\b(?:${PEOPLE}|members|crew|fishermen|officials|cadres|managers)(?:\s+of\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?\s+(?:was|were|had been|have been)\s+)taken away\b(?! (?:from|for|to be) )`,
      'gi',
    ),
    /\b(?:handcuffed|dragged (?:him|her|them) (?:out|away|off))\b/gi,
    // Not "died at the holding center": the place of a death in custody (lexicon-other).
    /(?<!\bdied (?:at|in) (?:the |a )?(?:[\w'’-]+ ){0,4}?)\b(?:holding (?:center|centre|facility)|jipkyulso|taken in for questioning)\b/gi,
    /\b(?:turned|handed) (?:[\w'’-]+ ){0,3}?over to (?:the )?(?:local |county |city |provincial )?(?:state security|security|police|MSS|Ministry of (?:State|Social) Security|safety)/gi,
    /\bhauled (?:off|away|in)\b/gi,
    // "police stopped one of them at a bus station and held him" (not "held him responsible").
    /\b(?:police|guards?|officers|agents|soldiers|patrols?)\b[^.;]{0,120}?\bheld (?:him|her|them)\b(?! (?:responsible|accountable|liable|up as|in (?:high|low) (?:regard|esteem)))/gi,
    // "Migration police checked his papers and took him away": a force taking one person away captures them.
    /(?<=\b(?:police(?:men)?|guards?|officers|agents|soldiers|security|inspectors)\b[^;]{0,120}?)\btook (?:him|her|them) away\b/gi,
    // "Mongolian police found a worker who had been missing": a force finding a person takes them in.
    /\b(?:police|guards|officers|agents|authorities) (?:\w+ )?(?:found|located|tracked down) (?:a |an |the |two |three |four |\d+ )?(?:[\w-]+ ){0,3}?(?:workers?|m[ae]n|wom[ae]n|defectors?|escapees?|persons?|people|famil(?:y|ies)|soldiers?|girls?|boys?|him|her|them)\b/gi,
    /\b(?:taken|led|dragged) (?:away |off )?for (?:questioning|interrogation)\b/gi,
    /\b(?:dragged|taken) away by\b/gi,
    new RegExp(String.raw`(?<=\b(?:${PEOPLE}|man|woman|he|she|they|smuggler|trader|broker|worker|student|soldier)\b[^.;]{0,110}?)\b(?:was|were) (?:taken|dragged) (?:away )?from (?:his|her|their) homes?\b`, 'gi'),
    // "was taken in by state security agents": taken in by a force (not "took in refugees").
    /\btaken in by (?:the )?(?:[\w-]+ ){0,3}?(?:police(?:men)?|officers|agents|guards|security|soldiers|patrols?|MSS|inspectors)\b/gi,
    /\bdragged to (?:the |an? )?(?:office|station|police|security)/gi,
    new RegExp(String.raw`\b(?:interrogated|being interrogated)\b(?! ${NOT_CAPTIVES})`, 'gi'),
    // Plain questioning is no capture ("officials were being questioned", "pupils were questioned about the
    // film"): it is one when a security force does it ("security agents questioned the crew", "questioned by
    // the police") or it lasts ("questioned for two days").
    new RegExp(String.raw`(?<=\b(?:police(?:men)?|officers|agents|guards|security|MSS|prosecutors?)\b[^.;,]{0,40}?)\bquestioned\b(?! ${NOT_CAPTIVES})`, 'gi'),
    new RegExp(String.raw`\b(?:being )?questioned (?!${NOT_CAPTIVES})(?:by (?:the )?(?:[\w'’-]+ ){0,3}?(?:police|security|MSS|Ministry of (?:State|Social) Security|prosecutors?|agents|officers)\b|(?:[\w'’-]+ ){0,4}?for (?:about |nearly |over |more than |several |a few |\d+ |one |two |three |four |five |ten )?(?:days?|hours?|weeks?|months?)\b)`, 'gi'),
    /\b(?:held|being held|kept|locked up) (?:at|in) (?:a |an |the )?(?:[\w'’-]+ ){0,4}?(?:detention|holding|jail|prison|police station|cell|custody)\b/gi,
  ],
  repatriation: [
    /\brepatriat(?:ed|ion|ions|e|es|ing)\b/gi,
    /\bforcibly (?:returned|sent back|deported)\b/gi,
    new RegExp(String.raw`\bsent back (?:${TO_THE_NORTH}|across|home|from (?:China|Russia|Laos|Vietnam|Thailand|Mongolia))\b`, 'gi'),
    // "China sent back about 30 North Korean escapees": a counted group sent back.
    new RegExp(String.raw`\b(?:sent|handed|shipped|forced) back ${ABOUT}${AMOUNT} (?:[\w-]+ ){0,3}?(?:escapees|defectors|refugees|North Koreans|people|women|men|workers)\b`, 'gi'),
    // "sent back through the border station at Khasan", "returned at the Friendship Bridge".
    /\b(?:sent|handed|taken|driven|returned) back (?:through|via|at) (?:the )?(?:[\w'’-]+ ){0,3}?(?:border station|border post|crossing|checkpoint|customs(?: post| house)?|bridge)\b/gi,
    /\b(?:was|were|been|being) returned (?:at|through|via) (?:the )?(?:[\w'’-]+ ){0,3}?(?:border station|border post|crossing|checkpoint|customs(?: post| house)?|[Bb]ridge)\b/gi,
    // "handed two workers who had fled a logging camp in the Amur region to North Korean officials": the object may be long.
    /\b(?:hand(?:ed|ing|s)?|deliver(?:ed|ing|s)?|transferr(?:ed|ing)|turn(?:ed|ing|s)?) (?:[^.;]{0,90}? )?(?:over |back )?to (?:the )?North Korean?\b/gi,
    // "handed over a group of eight North Koreans to the North at the bridge", "handed three defectors to the North": the
    // object between the verb and its goal.
    /\bhand(?:ed|ing|s)? (?:(?:over|back) )?(?:[\w'’-]+ ){1,8}?to the North\b(?![\w'’-])/gi,
    // "handed over about 80 North Koreans to their home country at the bridge".
    new RegExp(String.raw`\b(?:hand(?:ed|ing|s)?|deport(?:ed|ing|s)?|turn(?:ed|ing|s)?) (?:(?:over|back) )?(?:[\w'’-]+ ){0,8}?(?:over |back )?${TO_THEIR_HOME_COUNTRY}`, 'gi'),
    // "returned around 60 North Korean escapees to their home country": someone returned by another, not going home.
    new RegExp(String.raw`\breturn(?:ed|ing|s)? (?:[\w'’-]+ ){1,8}?${TO_THEIR_HOME_COUNTRY}`, 'gi'),
    // "were handed over to the North at the bridge", "handed back to the North".
    /\b(?:hand(?:ed|ing|s)?|turn(?:ed|ing|s)?) (?:[\w'’-]+ ){0,5}?(?:over|back) to the North\b(?! Korean)/gi,
    ...HANDOVER_TRIGGERS,
    // "forcibly returned dozens of escapees across the bridge at Tumen": people returned over the border by others.
    new RegExp(String.raw`\breturned ${ABOUT}(?:${AMOUNT}|them) (?:[\w'’-]+ ){0,3}?across the (?:[\w-]+ )?(?:border|river|bridge)\b`, 'gi'),
    // "took them across the bridge linking Tumen and Namyang", "were driven across the bridge from Dandong to Sinuiju".
    // "were driven in a police bus across the Sino-Korean Friendship Bridge from Dandong", "taken across the bridge and
    // handed to the State Security people".
    /\b(?:took|taken|driven|drove|escorted|marched|bused|transported|sent|walked|led) (?:them |him |her |the (?:\w+ )?(?:women|men|group|returnees|detainees) )?across the (?:[\w-]+ )?bridge (?:from|between|linking|to|into|over|at|and (?:handed|turned|delivered))\b/gi,
    // A bridge named as such, however the people went: "driven in a police bus across the Sino-Korean Friendship Bridge".
    // "trucking them across the Sino-Korean Friendship Bridge from the Chinese city of Dandong".
    // "bused a large group of detained North Koreans across the Sino-Korean Friendship Bridge": the group may be named.
    /\b(?:[Tt]ook|[Tt]aken|taking|driven|drove|driving|escorted|escorting|marched|bused|bussed|busing|trucked|trucking|transported|transporting|sent) (?:them |him |her |(?:a|an|the|about|some|around|\d+) (?:[\w'’-]+ ){0,7}?)?(?:(?:in|on|aboard|by) (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:bus|van|truck|lorry|car|vehicle|train)e?s? )?across the (?:[A-Z][\w-]* ){1,3}Bridge\b/g,
    new RegExp(String.raw`\b(?:escorted|driven|taken|brought|flown) back (?:${TO_THE_NORTH}|across the (?:border|river|bridge))\b`, 'gi'),
    // "were flown back to Pyongyang via China": people flown home in the passive are sent, not travelling.
    /\b(?:was|were|been|being|be) (?:later |then |eventually )?flown back to Pyongyang\b/gi,
    // "flown back to Pyongyang under the escort of North Korean security agents", "sent home under guard".
    /\b(?:flown|sent|taken|escorted|driven|put on (?:a|the) (?:plane|flight|train)) (?:back )?(?:to (?:Pyongyang|North Korea|the North)|home) under (?:the )?(?:escort|guard)\b/gi,
    // "after the North Korean embassy in Vientiane demanded their return".
    /\b(?:demand|request|ask|press|seek|sought|insist)\w* (?:for |on )?(?:their|his|her|the (?:group['’]s|women['’]s|men['’]s)) (?:return|repatriation|extradition|handover)\b/gi,
    /\b(?:Chinese|Russian) (?:border guards?|police|public security|authorities|security)\b[^.;]{0,60}?\b(?:ask|request|call|sought|seek)\w* (?:for )?(?:their|his|her) (?:arrest|capture|return|extradition)\b/gi,
    /\b(?:deported|extradited)\b/gi,
    /\breturned (?:them |him |her )?to (?:North Korea|the North|North Korean (?:custody|authorities|security|officials|border guards|guards|police))\b/gi,
    // "Russian police, contacted by the embassy, are now searching for him": a foreign force hunting an escapee.
    /\b(?:Chinese|Russian|[A-Z][a-z]+) (?:police|public security|border guards?|authorities)\b[^.;]{0,60}?\b(?:searching|looking|hunting) for (?:him|her|them)\b/g,
    /\b(?:hand(?:ed|ing)?|turn(?:ed|ing)?|deliver(?:ed|ing)?) (?:[\w'’-]+ ){0,4}?(?:over |back )?to (?:the )?(?:North Korean )?(?:embassy|consulate|consular)\b/gi,
    /\brequest(?:ed|s|ing)? (?:the )?(?:cooperation|help|assistance|support) (?:of|from) (?:the )?(?:Chinese|Russian|[A-Z][a-z]+) (?:border guards?|police|public security|security|authorities)\b/g,
    /\b(?:request(?:ed|ing)?|sought|asked for|enlist(?:ed|ing)?) (?:the |their |its )?(?:help|cooperation|assistance) (?:in|with) (?:tracking|finding|locating|catching|capturing|returning|arresting)\b/gi,
    // The state asking another country to catch and return its people: "asked the Russian side to catch the two men",
    // "requested China to return them", "asked Russia's interior ministry to find and send back three loggers",
    // "asked Russian police in early July to locate the man".
    /\b(?:asked|urged|requested|pressed|called on) (?:the )?(?:[\w'’-]+ ){0,3}?(?:side|border guards?|police|public security(?: bureau)?|authorities|government|(?:interior )?ministry|China|Russia|Beijing|Moscow) (?:[\w'’-]+ ){0,4}?to (?:help (?:to )?|assist in )?(?:catch|arrest|detain|apprehend|return|send|hand|find|locate|track (?:[\w'’-]+ ){0,3}?down|search for|look for)\b/g,
    // "asked that they be detained and returned", "asked for them to be caught and returned".
    /\basked (?:that |for )?(?:them|him|her|they|he|she) (?:to )?be (?:caught|detained|arrested|found|located|tracked down) and (?:returned|sent back|handed (?:back|over))\b/gi,
    // "sent five North Koreans back across the bridge": the object can stand between the verb and "back".
    new RegExp(String.raw`\b(?:sent|handed|taken|driven|escorted|marched) (?:[\w'’,-]+ ){1,9}?back (?:${TO_THE_NORTH}|to (?:their|his|her) (?:homeland|home country|country)|across|over the (?:border|river|bridge))\b`, 'gi'),
    // "were returned to the North", "had been returned last week through the bridge": returned, passive, is forced.
    /\b(?:was|were|been|being|be) (?:\w+ )?returned\b(?= (?:[\w'’-]+ ){0,3}?(?:to (?:North Korea|the North)|across|through|via|over the (?:border|river|bridge))\b)/gi,
    // "handed the four over to the North's security agents", "turned over to North Korean border guards".
    /\b(?:hand(?:ed|ing|s)?|turn(?:ed|ing|s)?|deliver(?:ed|ing|s)?|transferr(?:ed|ing)) (?:[\w'’-]+ ){0,5}?(?:over |back )?to (?:the )?(?:North['’]s|North Korea['’]s) (?:[\w-]+ )?(?:border guards?|security|police|agents|officials|authorities|guards)\b/gi,
    /\b(?:returned|sent back|handed back) (?:[\w'’-]+ ){0,4}?(?:to the North )?(?:through|via|at) Panmunjo?m\b/gi,
  ],
  defection: [
    // Not "the defected family": an adjective refers back to an escape already told.
    /(?<!\bthe |newly[- ]|recently[- ])\bdefect(?:ed|ing)\b(?! (?:family|families|group|workers?|soldiers?|persons?|people|man|men|woman|women)\b)/gi,
    /\bdefections?\b/gi,
    // "a couple and their daughter crossed in late April": crossed with no object, then when, is the crossing itself.
    new RegExp(String.raw`\bcrossed(?= (?:(?:in|on|during|around) (?:late |early |mid-?)?(?:${MONTH_PATTERN}|the night|spring|summer|autumn|winter)|(?:late|early) (?:last )?(?:${MONTH_PATTERN}|month|week)|last (?:week|month|year|night)|at night|overnight)\b)`, 'g'),
    // "has expressed his wish to defect": how the South's military reports a crossing that has ended in its custody.
    /\b(?:expressed|stated|voiced|indicated|made clear)\s+(?:his|her|their|a|an)\s+(?:wish|desire|intention|intent|will|willingness)\s+to\s+(?:defect\b|(?:settle|remain|stay|live)\s+in\s+(?:the\s+South|South\s+Korea)\b)/gi,
    // "arrived on the island overnight, saying he wants to defect", "have asked to remain in South Korea". (Not "have
    // said they want to settle": a clause of its own, whose date this extractor does not find in the clause before.)
    /\bsaying (?:that )?(?:he|she|they) (?:wants?|wanted|wish(?:es|ed)?|hoped?|hopes|would like) to (?:defect\b|(?:settle|remain|stay|live) in (?:the South|South Korea)\b)/gi,
    // "were found drifting off the east coast on Saturday and said they wished to defect": the wish told in the
    // clause joined to their arrival.
    /\band (?:later )?(?:said |told (?:[\w'’-]+ ){1,3}?)(?:that )?(?:he|she|they) (?:wanted|wished|hoped|intended) to (?:defect\b|(?:settle|remain|stay|live) in (?:the South|South Korea)\b)/gi,
    /\b(?:asked|asking|applied|requested) (?:to be allowed )?to (?:remain|stay|settle|live) in (?:the South|South Korea)\b/gi,
    // "asked to defect", "seeks asylum", "requested asylum in the South".
    /\b(?:asked|asking|applied|requested|seeks?|sought|seeking) (?:for )?(?:to defect\b|(?:political )?asylum\b(?! (?:seekers?|system|policy|policies|law|laws|applications? (?:is|are|were|was) (?:rare|common))))/gi,
    // "arrived in South Korean waters in a small wooden boat", "reached a South Korean border island", "reached South
    // Korea's Gyodong Island": an arrival from the North by sea (not "drifted", an accident).
    /\b(?:arrived|reached|landed|swam|sailed|came ashore) (?:in |at |on |to )?(?:a |an |the )?(?:South Korean?|S\. Korean?|South Korea['’]s) (?:[\w-]+ ){0,2}?(?:waters|island|islet|shore|coast|territory)\b/gi,
    // "both have said they want to remain in the South": people who have arrived saying where they will stay.
    /\b(?:have|has) (?:said|told (?:investigators|officials|authorities)) (?:that )?(?:he|she|they) (?:want|wants|wish|wishes|would like) to (?:remain|stay|settle|live) in (?:the South|South Korea)\b/gi,
    // Not "the border crossing between Tumen and Namyang" or "the crossing at Tumen": a noun for the place.
    /(?<!\b(?:border|the|a|this|that|main|river|bridge) )\bcross(?:ed|ing)? (?:the |a )?(?:(?!between\b|at\b|near\b|in\b|of\b|on\b|from\b|to\b|into\b|point\b|post\b|and\b|or\b)[\w-]+ ){0,3}?(?:border|river|Tumen|Yalu|Amnok|Duman)\b/gi,
    /\b(?:an |the )?illegal(?:ly)? (?:border )?crossing\b(?!s)/gi,
    // "waded across the Tumen", "trying to wade across the river", "waded into the Yalu".
    // "walked across the heavily fortified border", "slipped across the eastern section of the inter-Korean border".
    /\b(?:wad(?:e|ed|ing)|sw(?:im|am|imming)|walk(?:ed|ing)?|slip(?:ped|ping)?|sneak(?:ed|ing)?|snuck|ran|run|running) (?:back )?(?:across|into) (?:the |a )?(?:frozen |shallow )?(?:[\w-]+ ){0,2}?(?:(?:section|part|stretch|sector) of the (?:[\w-]+ )?)?(?:border|river|estuary|frontier|Tumen|Yalu|Amnok|Duman)\b/gi,
    // "crossed the eastern section of the inter-Korean border".
    /\bcross(?:ed|ing)? the (?:[\w-]+ )?(?:section|part|stretch|sector) of the (?:[\w-]+ )?(?:border|frontier|river|DMZ|MDL)\b/gi,
    // "sailed a small wooden boat across the Northern Limit Line": the crossing told by what carried them.
    /\b(?:sail(?:ed|ing)?|steer(?:ed|ing)?|pilot(?:ed|ing)?|row(?:ed|ing)?|drove|took) (?:a |an |the |his |her |their )?(?:[\w-]+ ){0,3}?(?:boat|vessel|raft|ship|dinghy|skiff) (?:across (?:the )?(?:[\w-]+ )?(?:Northern Limit Line|NLL|maritime (?:border|boundary)|sea (?:border|boundary)|border)|into South Korean waters)\b/gi,
    // Not "send escaped workers back": an adjective names people, like "the defected family".
    // Nor "escape the market life" or "escaped back to their barracks": a way of life left, or a run back to base.
    /\bescap(?:ed|e|es|ing)\b(?! (?:workers?|laborers?|labourers?|prisoners?|inmates?|convicts?|soldiers?|North Koreans|people|persons?|m[ae]n|wom[ae]n)\b)(?! back\b| (?:the |a |her |his |their )?(?:[\w-]+ )?(?:life|lives|poverty|hardship|hunger|famine|boredom|routine|drudgery|reality|heat|cold|pressure|stress)\b)(?! (?:from )?(?:arrest|punishment|capture|detection|the notice)|(?: (?:only|just|off))? with (?:an? |only |just |no )?(?:\w+ )?(?:warning|reprimand|fine|caution|criticism|self-criticism|scolding|bribe|bruises?))/gi,
    // Not "fled before the police arrived": a suspect slipping away from a raid.
    /\bfled\b(?! (?:before|when|as) (?:the )?(?:[\w-]+ )?(?:police|agents|officers|inspectors|security|guards|officials)\b)/gi,
    /\bcross(?:ed|ing)? (?:over )?into (?:China|Russia|South Korea|the South)\b/gi,
    // By sea or through the DMZ: "crossed the Northern Limit Line", "walked across the MDL".
    /\b(?:cross(?:ed|ing)?|(?:walk|swim|sail|dash|sprint|race)(?:ed|ing|d)? across|(?:came|come|went|ran|run|running) across) (?:the )?(?:heavily (?:fortified|armed|guarded|mined) )?(?:(?:eastern|western|east|west|east coast|west coast) )?(?:Northern Limit Line|NLL|Military Demarcation Line|MDL|DMZ|demilitari[sz]ed zone|Joint Security Area|JSA|maritime (?:border|boundary)|sea (?:border|boundary)|inter-Korean (?:maritime |sea )?(?:border|boundary))\b/gi,
    // Drifting across is an accident, unless those aboard then ask to stay: "whose boat drifted south across the
    // Northern Limit Line on Saturday have said they wish to defect".
    /\bdrift(?:ed|ing)? (?:south(?:ward)? )?(?:across|over) (?:the )?(?:Northern Limit Line|NLL|maritime (?:border|boundary)|sea (?:border|boundary))\b(?=[^.]*?\b(?:wish|want|ask|hope|desire|request)(?:s|ed|ing)? to (?:defect|stay|remain|settle|resettle|live in (?:the South|South Korea)))/gi,
    // A boat that "is believed to have headed south" from a North Korean port (drifting south is an accident).
    /\b(?:head(?:ed|ing)|sail(?:ed|ing)|fled) south\b/gi,
    /\bsurrender(?:ed|ing)? (?:himself |herself |themselves )?to (?:a |the )?South Korean?\b/gi,
    /\bflee(?:ing)?\b/gi,
    /\b(?:gone|went|go|going) missing\b/gi,
    /\b(?:has|have|had) been missing\b|\b(?:was|were) reported missing\b/gi,
    /\babsconded\b/gi,
    // Workers sent abroad who "failed to return to their dormitory", "did not come back to the site".
    /\b(?:failed to|did not|didn['’]t|never) (?:return|come back|report back) to (?:the |their |his |her )?(?:\w+ )?(?:dormitor(?:y|ies)|sites?|workplaces?|camps?|ships?|vessels?|lodgings?|quarters|posts?|restaurants?|factor(?:y|ies))\b/gi,
    // "left their dormitory at the end of last month and have not returned".
    /\b(?:have|has|had) not (?:returned|come back)\b(?<=\b(?:left|walked out of|slipped out of)\b[^.;]{0,100})/gi,
    /\b(?:ran|run|runs|running) away\b/gi,
    /\bwalked (?:off|away from) (?:a |the |his |her |their )?(?:[\w-]+ ){0,2}?(?:site|job|post|camp|factory|plant|unit|restaurant|dormitory)\b|\bnever (?:returned|came back)\b/gi,
    // "a waitress at a restaurant in Vientiane disappeared": people sent to work who vanish (only the verb is the trigger).
    // The look-behind sits after the verb so it only runs where the verb is.
    /\b(?:disappeared|vanished)\b(?<=\b(?:workers?|waitress(?:es)?|labou?rers?|loggers?|builders?|employees?|staff|crew(?: members?)?|sailors?|fishermen|fisherman|students?|soldiers?|guards?|employed|hired|dispatched|working at)\b[^.;]{0,130})/gi,
    /\bslipp(?:ed|ing) (?:out|away)\b/gi,
    /\b(?:has|have|had) not been (?:found|seen|heard from) since\b|\b(?:has|have) not been found\b/gi,
    /\b(?:disappeared|vanished) (?:from|while|after|during)\b/gi,
    /\bdeserted\b/gi,
    /\b(?:came|come|arrived|made it) (?:to|in) South Korea\b/gi,
    /\b(?:tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?) to (?:reach|get to|go to|flee to|escape to|enter|cross into) (?:South Korea|the South|China|Russia|Seoul)\b/gi,
    // Escapes by sea stopped on the way: "apparently intended to sail to the South", "trying to head south across the
    // maritime border", "tried to cross the sea to South Korea on a small fishing boat".
    /\b(?:tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?|intend(?:s|ed|ing)?|plann(?:ed|ing)) to (?:sail|head|go|flee|cross(?: the sea)?|row|swim) (?:(?:across|over) (?:the )?(?:maritime border|sea border|NLL|Northern Limit Line) )?(?:to (?:the South|South Korea)|south(?:ward)?(?: across (?:the )?(?:maritime border|sea border|NLL|Northern Limit Line))?)\b/gi,
    /\b(?:steer(?:ed|ing)?|sail(?:ed|ing)?|head(?:ed|ing)?) (?:\w+ ){0,3}?(?:south )?toward (?:the )?(?:maritime border|Northern Limit Line|NLL|South Korea|South)\b/gi,
  ],
  crackdown: CRACKDOWN_TRIGGERS,
  indoctrination: INDOCTRINATION_TRIGGERS,
  other: OTHER_TRIGGERS,
};
