// Moved to lib/geo (geometry lives in the domain; the scorer uses it). Kept so existing imports still work.
export { haversineKm } from '@/lib/geo/haversine';
