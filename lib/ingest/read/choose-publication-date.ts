/** A date line found in a plain-text article, and where it sits relative to the title. */
export type DateLine = {
  date: string;
  /** 'header': above the title; otherwise the count of content lines between the title and it. */
  where: 'header' | number;
  /** The line says what it is: "Published: …", "Posted …", a byline "By … - 2024-03-05". */
  labelled: boolean;
};

/**
 * Picks the publication date among the article's date lines:
 * 1. a labelled line ("Published", "Posted", a byline) wins;
 * 2. else a date line directly under the title (within its first two lines);
 * 3. else the last date line below the title (the footer layout: "March 05, 2024 at 01:00PM");
 * 4. a date line above the title alone gives null: scraped pages carry the scrape day there
 *    ("Wednesday, February 19, 2025" over an older story), so it cannot be trusted.
 */
export function choosePublicationDate(lines: DateLine[]): string | null {
  const below = lines.filter((l) => l.where !== 'header');
  const labelled = below.find((l) => l.labelled) ?? lines.find((l) => l.labelled && l.where === 'header');
  if (labelled) return labelled.date;
  const underTitle = below.find((l) => typeof l.where === 'number' && l.where <= 1);
  if (underTitle) return underTitle.date;
  return below.at(-1)?.date ?? null;
}
