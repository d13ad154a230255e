/** Gazetteer records. `level` orders specificity: site < city < province < country. */
export type PlaceLevel = 'country' | 'province' | 'city' | 'county' | 'district' | 'site';

export type Place = {
  /** Stable slug, e.g. `kp-north-hamgyong`, `kp-chongjin`, `kp-chongjin-sunam`, `cn-dandong`. */
  id: string;
  /** Display name in the outlets' usual spelling, e.g. "Chongjin". */
  name: string;
  level: PlaceLevel;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Province or province-level city this place lies in (its own name for a province); null for a country. */
  admin1: string | null;
  /** Parent place id (district → city → province → country). */
  parentId: string | null;
  lat: number;
  lon: number;
  /** Romanisation variants and other spellings, without the display name. */
  aliases: string[];
  /** Korean (or Chinese / Russian) name in its own script, where known. */
  nativeName?: string;
  /** A line or sea area (the MDL, the Yalu): `lat`/`lon` is only a representative point. */
  area?: boolean;
};
