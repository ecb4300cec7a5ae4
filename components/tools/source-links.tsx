/** The sources of a tool's inputs, as a compact list of links. */
export function SourceLinks({ sources }: { sources: ReadonlyArray<{ title: string; url: string }> }) {
  return (
    <ul className="hint sources-inline">
      {sources.map((s) => (
        <li key={s.url}>
          <a href={s.url} rel="noopener">
            {s.title}
          </a>
        </li>
      ))}
    </ul>
  );
}
