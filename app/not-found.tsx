import Link from "next/link";

export default function NotFound() {
  return (
    <section className="panel" data-testid="not-found">
      <h1>Not found</h1>
      <p>
        There is no such page or topic here. Roadmap Radar follows the 16 topics of “A Roadmap for
        Big Model”; pick one from the overview.
      </p>
      <p>
        <Link href="/">Back to the overview</Link>
      </p>
    </section>
  );
}
