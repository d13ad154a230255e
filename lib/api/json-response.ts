/** A JSON error body every API route uses: `{ "error": "…" }`. */
export function badRequest(message: string): Response {
  return Response.json({ error: message }, { status: 400, headers: { 'cache-control': 'no-store' } });
}
