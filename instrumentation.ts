// Runs once when the Next server starts: arms the daily refresh (unless RADAR_SCHEDULE=off).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startRefreshSchedule } = await import("./lib/sync/service");
  startRefreshSchedule();
}
