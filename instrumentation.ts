// Runs once when the Next server starts: refuses a bad RADAR_PUBLIC_URL, answers methods Next
// cannot (TRACE) with a 405, and arms the daily refresh (unless RADAR_SCHEDULE=off).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { configuredPublicOrigin } = await import("./lib/http/public-url");
  configuredPublicOrigin();
  const { installUnsupportedMethodGuard } = await import("./lib/security/http-methods");
  installUnsupportedMethodGuard();
  const { startRefreshSchedule } = await import("./lib/sync/service");
  startRefreshSchedule();
}
