import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const TSX = path.resolve("node_modules/.bin/tsx");

describe("simulator CLI", () => {
  it("starts under tsx, answers, logs one line per request and stops on SIGTERM", async () => {
    const child = spawn(TSX, ["lib/simulator/cli.ts", "--port", "0", "--now", "2026-05-15T12:00:00Z", "--scale", "0.05"], {
      env: { ...process.env, SIM_FAULTS: "503" },
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start line in: ${out}`)), 30_000);
      child.stdout.on("data", () => {
        const m = /on (http:\/\/\S+)\/api\/query/.exec(out);
        if (m?.[1]) clearTimeout(timer), resolve(m[1]);
      });
    });
    try {
      const query = `${url}/api/query?search_query=cat:cs.CL&max_results=1`;
      expect((await fetch(query)).status).toBe(503); // from SIM_FAULTS
      expect((await fetch(query)).status).toBe(200);
      await new Promise((r) => setTimeout(r, 100));
      expect(out).toContain("scale 0.05");
      const lines = out.split("\n").filter((l) => l.includes("GET /api/query"));
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT\S+Z GET \/api\/query\?\S+ -> 503 \d+ms fault=503$/);
    } finally {
      const exited = new Promise<number | null>((r) => child.on("exit", r));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    }
  });

  it("refuses a --scale that is not a positive number", async () => {
    const child = spawn(TSX, ["lib/simulator/cli.ts", "--port", "0", "--scale", "0"]);
    let err = "";
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((r) => child.on("exit", r));
    expect(code).toBe(1);
    expect(err).toContain("--scale 0 is not a positive number");
  });
});
