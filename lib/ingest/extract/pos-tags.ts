import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A word of a sentence with its universal part-of-speech tag and its character span. */
export type TaggedToken = { text: string; pos: string; start: number; end: number };

// Loaded once per process, beside the sentence splitter's instance; tagging a sentence takes well under 1 ms.
const nlp = winkNLP(model, ['pos']);
const its = nlp.its;

let cached: { sentence: string; tokens: TaggedToken[] } | null = null;

/** The sentence's tokens with their parts of speech (wink-nlp), located in the sentence by their text. */
export function tagSentence(sentence: string): TaggedToken[] {
  if (cached?.sentence === sentence) return cached.tokens;
  const doc = nlp.readDoc(sentence);
  const values = doc.tokens().out(its.value);
  const tags = doc.tokens().out(its.pos);
  const tokens: TaggedToken[] = [];
  let at = 0;
  values.forEach((text, i) => {
    const start = sentence.indexOf(text, at);
    if (start < 0) return;
    at = start + text.length;
    tokens.push({ text, pos: tags[i], start, end: at });
  });
  cached = { sentence, tokens };
  return tokens;
}
