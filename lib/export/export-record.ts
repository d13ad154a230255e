/** One incident as the exports write it: the API's feature properties plus the permalink and the reviewer. */
export type ExportSource = {
  articleId: number;
  outlet: string | null;
  title: string;
  url: string | null;
  publishedAt: string | null;
};

export type ExportRecord = {
  id: number;
  type: string;
  tags: string[];
  summary: string;
  evidence: string | null;
  date: string | null;
  datePrecision: string;
  placeName: string | null;
  /** The place's Korean name from the gazetteer (회령 for Hoeryong), when known. */
  placeNameKorean: string | null;
  admin1: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  locationPrecision: string;
  actors: string[];
  confidence: number;
  status: string;
  reviewer: string | null;
  sources: ExportSource[];
  permalink: string;
};
