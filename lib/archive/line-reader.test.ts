import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readLines, type FileLine } from "./line-reader";

async function lines(chunks: string[], max: number): Promise<FileLine[]> {
  const out: FileLine[] = [];
  for await (const l of readLines(Readable.from(chunks.map((c) => Buffer.from(c))), max)) out.push(l);
  return out;
}

describe("readLines", () => {
  it("splits across chunks, drops CR of CRLF, keeps a last line without newline", async () => {
    expect(await lines(["ab", "c\r\nde", "f\n\nlast"], 100)).toEqual([
      { kind: "line", text: "abc", number: 1 },
      { kind: "line", text: "def", number: 2 },
      { kind: "line", text: "", number: 3 },
      { kind: "line", text: "last", number: 4 },
    ]);
  });

  it("reports an over-long line by its size without keeping it, and goes on", async () => {
    const out = await lines(["ok\n", "x".repeat(30), "x".repeat(30), "\nafter\n"], 50);
    expect(out).toEqual([
      { kind: "line", text: "ok", number: 1 },
      { kind: "too-long", bytes: 60, number: 2 },
      { kind: "line", text: "after", number: 3 },
    ]);
  });

  it("keeps multi-byte characters split between chunks whole", async () => {
    const bytes = Buffer.from("Balázs\n");
    const out: FileLine[] = [];
    for await (const l of readLines(Readable.from([bytes.subarray(0, 4), bytes.subarray(4)]), 100)) out.push(l);
    expect(out).toEqual([{ kind: "line", text: "Balázs", number: 1 }]);
  });
});
