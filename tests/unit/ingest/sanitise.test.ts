import { describe, expect, it } from 'vitest';
import { ArticleReadError } from '@/lib/ingest/read';
import { prepareFeedXml } from '@/lib/ingest/read/feed-guard';
import { assertSentencesFit, dropOverlongWords, longestSentenceLength, MAX_SENTENCE_CHARS, MAX_WORD_CHARS } from '@/lib/ingest/read/prose-guard';
import { sniffFormat } from '@/lib/ingest/read/read-article-file';
import { toSafeArticleUrl } from '@/lib/ingest/read/safe-url';
import { escapeForTerminal, stripControlCharacters, stripToOneLine } from '@/lib/ingest/read/strip-control';

describe('toSafeArticleUrl', () => {
  it.each(['https://example.org/a?b=1#c', 'http://example.org/'])('keeps %s as written', (url) => {
    expect(toSafeArticleUrl(` ${url} `)).toBe(url);
  });
  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'vbscript:msgbox',
    '/relative/path',
    '//example.org/protocol-relative',
    'https://user:pass@example.org/',
    'not a url',
    '',
    `https://example.org/${'a'.repeat(3000)}`,
  ])('refuses %s', (url) => {
    expect(toSafeArticleUrl(url)).toBeNull();
  });
  it('normalises a URL hiding a tab or newline instead of storing it raw', () => {
    expect(toSafeArticleUrl('https://exa\tmple.org/a\nb')).toBe('https://example.org/ab');
  });
});

describe('control characters', () => {
  it('strips ANSI colour, cursor and title sequences, bells, backspaces and bidi overrides, keeping newlines', () => {
    const raw = '\u001b[31mRed\u001b[0m \u001b]0;title\u0007text\u0008\u202e\nnext line\u009b2J';
    expect(stripControlCharacters(raw)).toBe('Red text\nnext line');
    expect(stripToOneLine(' a\n\tb\u0000 ')).toBe('a b');
  });
  it('escapes a file name for printing, so it cannot act on a terminal', () => {
    const escaped = escapeForTerminal('\u001b[2Jevil\nname.txt');
    expect(escaped).toBe('\\u001b[2Jevil\\u000aname.txt');
    expect(escaped).not.toMatch(/[\u0000-\u001f]/);
  });
  it('an ArticleReadError message is escaped, its `file` kept as given', () => {
    const error = new ArticleReadError('\u001b[31mx.txt', 'empty file');
    expect(error.message).toBe('\\u001b[31mx.txt: empty file');
    expect(error.file).toBe('\u001b[31mx.txt');
  });
});

describe('prose guard', () => {
  it('measures the longest run between sentence ends or line breaks', () => {
    expect(longestSentenceLength('Short one. A longer second one! Third?')).toBe(' A longer second one'.length);
    expect(longestSentenceLength('abc\ndefgh')).toBe(5);
  });
  it('refuses a 100 KB sentence with a message that says why', () => {
    const body = `Fine start. ${'word '.repeat(20_000)}`;
    expect(() => assertSentencesFit(body, 'big.txt')).toThrow(/big\.txt: not an article: one sentence runs for 100,001 characters/);
    expect(() => assertSentencesFit('x. '.repeat(MAX_SENTENCE_CHARS), 'ok.txt')).not.toThrow();
  });
  it('drops runs without a space longer than a word can be, and nothing else', () => {
    const long = '&'.repeat(MAX_WORD_CHARS + 1);
    expect(dropOverlongWords(`keep ${'a'.repeat(MAX_WORD_CHARS)} ${long} this`)).toBe(`keep ${'a'.repeat(MAX_WORD_CHARS)}   this`);
  });
});

describe('feeds', () => {
  const item = '<item><title>T</title><description>D</description></item>';
  it('recognises an RSS file that starts with a DOCTYPE, with or without an internal subset', () => {
    expect(sniffFormat(`<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "x.dtd">\n<rss version="0.91">${item}</rss>`)).toBe('feed');
    expect(sniffFormat(`<!DOCTYPE rss [ <!ENTITY a "b"> ]>\n<rss>${item}</rss>`)).toBe('feed');
    expect(sniffFormat('<!DOCTYPE html><html><body><p>x</p></body></html>')).toBe('html');
  });
  it('refuses external entities and entity expansion before the parser sees them', () => {
    expect(() => prepareFeedXml('<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss/>', 'xxe.xml')).toThrow(/xxe\.xml: feed refused: it declares XML entities/);
    expect(() => prepareFeedXml('<!DOCTYPE rss [<!ENTITY % p SYSTEM "http://x/">%p;]><rss/>', 'p.xml')).toThrow(/declares XML entities/);
    expect(() => prepareFeedXml('<!DOCTYPE rss [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><rss/>', 'lol.xml')).toThrow(/declares XML entities/);
  });
  it('removes a harmless DOCTYPE so the parser never reads a DTD', () => {
    expect(prepareFeedXml('<?xml version="1.0"?><!DOCTYPE rss SYSTEM "http://x/rss.dtd"><rss/>', 'ok.xml')).toBe('<?xml version="1.0"?><rss/>');
  });
});
