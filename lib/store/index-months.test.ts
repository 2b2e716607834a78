import { describe, expect, it } from "vitest";
import { openDb } from "./db";
import { listIndexMonths, mergeIndexMonth, type IndexMonth } from "./index-months";
import type { MonthKey } from "../calendar/months";

const month = "2025-03" as MonthKey;
const rec = (o: Partial<IndexMonth>): IndexMonth => ({ month, scopeKey: "A", completeTo: "2025-03-10T00:00:00.000Z", harvestedAt: "2025-03-10T01:00:00.000Z", settled: false, requests: 0, lastError: null, ...o });

describe("mergeIndexMonth", () => {
  it("keeps the further complete_to under the same scope, ORs settled, keeps this store's requests", () => {
    const db = openDb(":memory:");
    mergeIndexMonth(db, rec({ requests: 4, lastError: "boom", settled: true }), "A");
    mergeIndexMonth(db, rec({ completeTo: "2025-03-20T00:00:00.000Z", harvestedAt: "2025-03-21T00:00:00.000Z", requests: 99 }), "A");
    expect(listIndexMonths(db)[0]).toMatchObject({ completeTo: "2025-03-20T00:00:00.000Z", harvestedAt: "2025-03-21T00:00:00.000Z", settled: true, requests: 0, lastError: null });
    // A record that reaches less far changes nothing but settled.
    mergeIndexMonth(db, rec({ completeTo: "2025-03-05T00:00:00.000Z" }), "A");
    expect(listIndexMonths(db)[0]?.completeTo).toBe("2025-03-20T00:00:00.000Z");
  });

  it("across scopes, the current scope's record wins and another scope's never replaces it", () => {
    const db = openDb(":memory:");
    mergeIndexMonth(db, rec({ scopeKey: "old" }), "A");
    mergeIndexMonth(db, rec({ scopeKey: "A", completeTo: "2025-03-02T00:00:00.000Z" }), "A");
    expect(listIndexMonths(db)[0]).toMatchObject({ scopeKey: "A", completeTo: "2025-03-02T00:00:00.000Z" });
    mergeIndexMonth(db, rec({ scopeKey: "B", completeTo: "2025-04-01T00:00:00.000Z", settled: true }), "A");
    expect(listIndexMonths(db)[0]).toMatchObject({ scopeKey: "A", completeTo: "2025-03-02T00:00:00.000Z", settled: false });
  });
});
