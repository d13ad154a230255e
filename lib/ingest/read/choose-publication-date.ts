/** A date line found in a plain-text article, and where it sits relative to the title. */
export type DateLine = {
  date: string;
  /** 'header': above the title; otherwise the count of content lines between the title and it. */
  where: 'header' | number;
  /** The line says what it is: "Published: …", "Posted …", a byline "By … - 2024-03-05". */
  labelled: boolean;
  /** The line names the day of the week ("Wednesday, February 19, 2025"), as a page's running clock does. */
  weekday?: boolean;
};

/**
 * Picks the publication date among the article's date lines:
 * 1. a labelled line ("Published", "Posted", a byline) wins;
 * 2. else a date line directly under the title (within its first two lines);
 * 3. else the last date line below the title (the footer layout: "March 05, 2024 at 01:00PM");
 * 4. else a bare date stamp above the title ("2020.08.12", "March 28, 2016"): outlets print the story's date there;
 * 5. a date above the title that names the weekday gives null: that is the page's clock, which scraped pages carry
 *    with the scrape day ("Wednesday, February 19, 2025" over an older story), so it cannot be trusted.
 */
export function choosePublicationDate(lines: DateLine[]): string | null {
  const below = lines.filter((l) => l.where !== 'header');
  const labelled = below.find((l) => l.labelled) ?? lines.find((l) => l.labelled && l.where === 'header');
  if (labelled) return labelled.date;
  const underTitle = below.find((l) => typeof l.where === 'number' && l.where <= 1);
  if (underTitle) return underTitle.date;
  const footer = below.at(-1)?.date;
  if (footer) return footer;
  const stamps = lines.filter((l) => l.where === 'header' && !l.weekday);
  // Two different stamps above the title leave no way to tell the story's from the page's.
  return stamps.length && stamps.every((s) => s.date === stamps[0].date) ? stamps[0].date : null;
}
