// `npm run simulator -- --port 8181 [--host 127.0.0.1] [--now ISO] [--scale 1] [--quiet]`: runs
// the simulated arXiv API until interrupted. SIM_NOW, SIM_SCALE, SIM_FAULTS and
// SIM_ENFORCE_INTERVAL_MS apply (--now and --scale win over SIM_NOW and SIM_SCALE).
import { parseArgs } from "node:util";
import { startSimulator } from "./server";

const USAGE = "usage: tsx lib/simulator/cli.ts [--port 8181] [--host 127.0.0.1] [--now ISO] [--scale 1] [--quiet]";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: process.env.SIM_PORT ?? "8181" },
      host: { type: "string", default: "127.0.0.1" },
      now: { type: "string" },
      scale: { type: "string" },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port ${values.port} is not a port\n${USAGE}`);

  const scale = values.scale === undefined || values.scale.trim() === "" ? Number.NaN : Number(values.scale);
  if (values.scale !== undefined && !(Number.isFinite(scale) && scale > 0)) {
    throw new Error(`--scale ${values.scale} is not a positive number (1 = real arXiv magnitudes)\n${USAGE}`);
  }

  const started = performance.now();
  const sim = await startSimulator({ port, host: values.host, now: values.now, scale: values.scale === undefined ? undefined : scale, logRequests: !values.quiet });
  const ms = Math.round(performance.now() - started);
  console.log(`arXiv simulator on ${sim.url}/api/query (ready in ${ms} ms; scale ${sim.scale}; control at ${sim.url}/_control/)`);

  const stop = () => {
    sim.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
