// `npm run snapshot -- export FILE` / `npm run snapshot -- import FILE`.
// Exit status 0 on success, 1 when the file was refused (the store is unchanged), 2 on bad usage.
import { openDb } from "../store";
import { listTopics } from "../topics/registry";
import { recomputeTopics } from "../sync/run";
import { loadScope } from "../index/scope";
import { exportSnapshot, importSnapshot } from "./snapshot";
import { SnapshotError } from "./snapshot-format";

const say = (s: string) => process.stderr.write(`${s}\n`);

async function main(argv: string[]): Promise<number> {
  const [command, file, ...rest] = argv;
  if ((command !== "export" && command !== "import") || !file || rest.length > 0) {
    say("usage: npm run snapshot -- export FILE | import FILE");
    return 2;
  }
  const db = openDb();
  const t = performance.now();
  const secs = () => ((performance.now() - t) / 1000).toFixed(1);
  try {
    if (command === "export") {
      const r = await exportSnapshot(db, file, new Date(), (n) => process.stderr.write(`\r${n.toLocaleString("en-US")} papers written`));
      say(`\nWrote ${file}: ${r.papers.toLocaleString("en-US")} papers, ${r.months} harvest records, ${(r.bytes / 1e6).toFixed(1)} MB in ${secs()} s.`);
      return 0;
    }
    const scope = loadScope();
    const r = await importSnapshot(db, file, scope, (n, total) => process.stderr.write(`\r${n.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} papers read`));
    say(
      `\nImported ${file} (made ${r.header.createdAt}): ${r.added.toLocaleString("en-US")} new papers, ${r.replaced.toLocaleString("en-US")} updated, ` +
        `${r.kept.toLocaleString("en-US")} kept (the store's copy was newer), ${r.months} harvest records merged, in ${secs()} s.`,
    );
    if (r.header.scopeKey !== scope.key) say(`Note: the snapshot was made under another scope; months it lists are harvested again under yours (${scope.source}).`);
    say(`Computing topic counts for ${r.touchedMonths.length} months…`);
    recomputeTopics(db, listTopics(db, { includeBaselines: true }), r.touchedMonths, new Date());
    say(`Done in ${secs()} s. The next \`npm run sync\` asks arXiv only for what the snapshot lacks.`);
    return 0;
  } catch (e) {
    if (e instanceof SnapshotError) {
      say(`\nRefused: ${e.message}`);
      return 1;
    }
    throw e;
  } finally {
    db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    say(`snapshot failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
