/** One write route of the authorization matrix (scripts/test/directory/authz-matrix.ts). */
export interface WriteRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Under the server root, e.g. `/directory/v1/moderation/audit`. */
  path: string;
  /** The lowest role that may call it: an editor gets `403` on an `admin` route. */
  role: 'editor' | 'admin';
  /** A JSON request body, if the route takes one. */
  body?: unknown;
  /** Extra request headers (`If-Match`, `Content-Type`, …). */
  headers?: Record<string, string>;
  /**
   * The documented status for a caller whose role suffices. The matrix sends the request once per
   * sufficient role, so choose a request whose answer does not change when repeated (an unknown
   * id → 404, a stale `If-Match` → 412, a read → 200).
   */
  allowed: number;
}
