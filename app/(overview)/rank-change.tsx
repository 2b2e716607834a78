/** ▲2 / ▼1 / = next to a rank; nothing when the topic had no rank to move from. */
export function RankChange({ change }: { change: number | null }) {
  if (change === null) return <span className="muted" title="No rank a month before to compare with">·</span>;
  if (change === 0) return <span className="change-flat" title="Same rank as a month before">=</span>;
  const up = change > 0;
  return (
    <span className={up ? "change-up" : "change-down"} title={`${up ? "Up" : "Down"} ${Math.abs(change)} since a month before`}>
      <span aria-hidden="true">{up ? "▲" : "▼"}</span>
      {Math.abs(change)}
      <span className="visually-hidden"> {up ? "up" : "down"}</span>
    </span>
  );
}
