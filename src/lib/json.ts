/** JSON for files the site publishes: "<", ">" and "&" escaped, so no text in it can ever be read as markup. */
export function safeJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(
    /[<>&]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function jsonResponse(value: unknown, space?: number): Response {
  return new Response(safeJson(value, space), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
