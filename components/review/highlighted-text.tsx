/** The article's text with the evidence sentence marked, as plain text nodes (never HTML). */
export function HighlightedText({ text, evidence }: { text: string; evidence: string | null }) {
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim());
  const needle = evidence?.trim() ?? '';
  return (
    <div className="article-text" data-testid="article-text">
      {paragraphs.map((paragraph, i) => {
        const at = needle ? paragraph.indexOf(needle) : -1;
        if (at < 0) return <p key={i}>{paragraph}</p>;
        return (
          <p key={i}>
            {paragraph.slice(0, at)}
            <mark data-testid="evidence-highlight">{needle}</mark>
            {paragraph.slice(at + needle.length)}
          </p>
        );
      })}
    </div>
  );
}
