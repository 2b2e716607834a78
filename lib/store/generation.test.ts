import { describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDb } from "./db";
import { generationCache, storeGeneration } from "./generation";
import { ensureQueryVersion, putMonthlyCount } from "./index";
import { parseMonthKey } from "../calendar/months";

describe("the store's data generation", () => {
  it("changes with writes of this connection and of another process's connection", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "radar-gen-")), "radar.db");
    const web = openDb(file);
    const cli = openDb(file);
    const g0 = storeGeneration(web);
    expect(storeGeneration(web)).toBe(g0);
    const v = ensureQueryVersion(web, "data", "ti:data");
    const g1 = storeGeneration(web);
    expect(g1).not.toBe(g0);
    putMonthlyCount(cli, { slug: "data", queryVersion: v }, parseMonthKey("2025-01"), 5, new Date());
    expect(storeGeneration(web)).not.toBe(g1);
    web.close();
    cli.close();
  });

  it("keeps a computed value until the generation or the key changes", () => {
    const db = openDb(":memory:");
    let computed = 0;
    const read = generationCache((_db, key) => `${key}:${++computed}`);
    expect(read(db, "2025-01")).toBe("2025-01:1");
    expect(read(db, "2025-01")).toBe("2025-01:1");
    expect(read(db, "2025-02")).toBe("2025-02:2");
    ensureQueryVersion(db, "data", "ti:data");
    expect(read(db, "2025-02")).toBe("2025-02:3");
  });
});
