// The browser's one way to read the app's JSON API: a non-2xx answer becomes an ApiRequestError
// carrying the server's own message ({"error": "..."}), so the UI can say what went wrong.

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "ApiRequestError";
  }
}

export async function fetchJson<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: { accept: "application/json", ...init?.headers } });
  } catch {
    throw new ApiRequestError(0, "the Roadmap Radar server could not be reached");
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const message =
      body && typeof body === "object" && "error" in body && typeof body.error === "string"
        ? body.error
        : `${res.status} ${res.statusText}`;
    throw new ApiRequestError(res.status, message);
  }
  return body as T;
}

/** `?a=1&b=2` from the defined entries only, or "" when none. */
export function searchString(params: Record<string, string | number | undefined>): string {
  const defined = Object.entries(params).filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== "");
  if (defined.length === 0) return "";
  return `?${new URLSearchParams(defined.map(([k, v]) => [k, String(v)]))}`;
}
