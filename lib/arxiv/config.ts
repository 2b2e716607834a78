// ARXIV_* environment variables, parsed once at start. arXiv's terms allow one request every
// three seconds; a shorter interval is only accepted for a server on this machine (the
// project's simulator), never for a remote host.
import { z } from "zod";

export const REAL_ARXIV_API_URL = "https://export.arxiv.org/api/query";
export const ARXIV_TERMS_MIN_INTERVAL_MS = 3000;
const APP_VERSION = "0.1";
const APP_HOME = "https://github.com/roadmap-radar";

export interface ArxivConfig {
  /** The query endpoint, e.g. https://export.arxiv.org/api/query or the local simulator. */
  apiUrl: string;
  /** Least time between the starts of two requests (retries included). */
  minIntervalMs: number;
  /** Per attempt, from sending the request to having read the whole body. */
  timeoutMs: number;
  /** Retries after the first attempt; 5 means up to 6 attempts. */
  maxRetries: number;
  /** First backoff delay; later ones double. Short values only for a server on this machine. */
  retryBaseMs: number;
  /** E-mail or URL for arXiv to reach the operator; goes into the User-Agent. */
  contact: string | null;
  userAgent: string;
}

/** The environment is unusable; the message names the variable and says why. */
export class ArxivConfigError extends Error {
  override readonly name = "ArxivConfigError";
}

/** localhost, 127.0.0.0/8 and ::1: hosts where arXiv's rate limit does not apply. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[(.*)\]$/, "$1");
  return (
    host === "localhost" ||
    host.endsWith(".localhost") ||
    host === "::1" ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
  );
}

/** True when the app talks to anything but the real arXiv (the UI shows a banner). */
export function isSimulatedArxiv(config: Pick<ArxivConfig, "apiUrl">): boolean {
  return new URL(config.apiUrl).hostname.toLowerCase() !== "export.arxiv.org";
}

/** RADAR_SIMULATOR_SCALE (set by scripts/demo.ts): the simulator's share of real volume, for the notice. */
export function simulatorScale(env: Record<string, string | undefined> = process.env): number | null {
  const scale = Number(env.RADAR_SIMULATOR_SCALE);
  return env.RADAR_SIMULATOR_SCALE && Number.isFinite(scale) && scale > 0 ? scale : null;
}

/** Which arXiv the app talks to, as the health check and the sync status report it. */
export interface ArxivSource {
  apiUrl: string;
  simulated: boolean;
  /** The share of real arXiv volume the simulator answers at, when known. */
  simulatorScale: number | null;
}

export function arxivSource(config: Pick<ArxivConfig, "apiUrl"> = loadArxivConfig()): ArxivSource {
  const simulated = isSimulatedArxiv(config);
  return { apiUrl: config.apiUrl, simulated, simulatorScale: simulated ? simulatorScale() : null };
}

/** "RoadmapRadar/0.1 (+https://github.com/roadmap-radar; mailto:ops@example.org)". */
export function arxivUserAgent(contact: string | null): string {
  const reach = contact === null ? "" : contact.includes("@") && !contact.includes("/") ? `; mailto:${contact}` : `; ${contact}`;
  return `RoadmapRadar/${APP_VERSION} (+${APP_HOME}${reach})`;
}

const wholeMs = (name: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${name} must be a number of milliseconds` })
    .int(`${name} must be a whole number of milliseconds`)
    .min(min, `${name} must be at least ${min}`)
    .max(max, `${name} must be at most ${max}`);

const envSchema = z
  .object({
    ARXIV_API_URL: z
      .url({ protocol: /^https?$/, error: "ARXIV_API_URL must be an http(s) URL" })
      .default(REAL_ARXIV_API_URL),
    ARXIV_MIN_INTERVAL_MS: wholeMs("ARXIV_MIN_INTERVAL_MS", 0, 3_600_000).default(ARXIV_TERMS_MIN_INTERVAL_MS),
    ARXIV_TIMEOUT_MS: wholeMs("ARXIV_TIMEOUT_MS", 1, 600_000).default(60_000),
    ARXIV_RETRY_BASE_MS: wholeMs("ARXIV_RETRY_BASE_MS", 0, 600_000).default(3000),
    ARXIV_MAX_RETRIES: z.coerce
      .number({ error: "ARXIV_MAX_RETRIES must be a number" })
      .int("ARXIV_MAX_RETRIES must be a whole number")
      .min(0, "ARXIV_MAX_RETRIES must be at least 0")
      .max(20, "ARXIV_MAX_RETRIES must be at most 20")
      .default(5),
    ARXIV_CONTACT: z
      .union([z.email(), z.url({ protocol: /^https?$/ })], {
        error: "ARXIV_CONTACT must be an e-mail address or an http(s) URL",
      })
      .optional(),
  })
  .superRefine((env, ctx) => {
    const host = new URL(env.ARXIV_API_URL).hostname;
    if (env.ARXIV_MIN_INTERVAL_MS < ARXIV_TERMS_MIN_INTERVAL_MS && !isLoopbackHost(host)) {
      ctx.addIssue({
        code: "custom",
        path: ["ARXIV_MIN_INTERVAL_MS"],
        message:
          `ARXIV_MIN_INTERVAL_MS=${env.ARXIV_MIN_INTERVAL_MS} is below arXiv's limit of one request every ` +
          `${ARXIV_TERMS_MIN_INTERVAL_MS} ms; a shorter interval is only allowed when ARXIV_API_URL points at ` +
          `this machine (localhost, 127.x.x.x, ::1), not at ${host}`,
      });
    }
    if (env.ARXIV_RETRY_BASE_MS < ARXIV_TERMS_MIN_INTERVAL_MS && !isLoopbackHost(host)) {
      ctx.addIssue({
        code: "custom",
        path: ["ARXIV_RETRY_BASE_MS"],
        message: `ARXIV_RETRY_BASE_MS below ${ARXIV_TERMS_MIN_INTERVAL_MS} is only allowed for a server on this machine, not ${host}`,
      });
    }
  });

/** Reads the ARXIV_* variables. Throws `ArxivConfigError` listing every problem. */
export function loadArxivConfig(env: Record<string, string | undefined> = process.env): ArxivConfig {
  // Unset and "" mean the same: .env files often carry empty placeholders.
  const read = (name: string) => {
    const v = env[name]?.trim();
    return v === "" ? undefined : v;
  };
  const parsed = envSchema.safeParse({
    ARXIV_API_URL: read("ARXIV_API_URL"),
    ARXIV_MIN_INTERVAL_MS: read("ARXIV_MIN_INTERVAL_MS"),
    ARXIV_TIMEOUT_MS: read("ARXIV_TIMEOUT_MS"),
    ARXIV_MAX_RETRIES: read("ARXIV_MAX_RETRIES"),
    ARXIV_RETRY_BASE_MS: read("ARXIV_RETRY_BASE_MS"),
    ARXIV_CONTACT: read("ARXIV_CONTACT"),
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const name = String(i.path[0] ?? "environment");
      return i.message.includes(name) ? i.message : `${name}: ${i.message}`;
    });
    throw new ArxivConfigError(`Invalid arXiv configuration:\n- ${lines.join("\n- ")}`);
  }
  const e = parsed.data;
  const contact = e.ARXIV_CONTACT ?? null;
  return {
    apiUrl: e.ARXIV_API_URL,
    minIntervalMs: e.ARXIV_MIN_INTERVAL_MS,
    timeoutMs: e.ARXIV_TIMEOUT_MS,
    maxRetries: e.ARXIV_MAX_RETRIES,
    retryBaseMs: e.ARXIV_RETRY_BASE_MS,
    contact,
    userAgent: arxivUserAgent(contact),
  };
}
