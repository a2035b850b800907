interface PlaceholderViewProps {
  title: string;
  children: string;
}

/** A view still to be built: its heading and one sentence on what will come there. */
export function PlaceholderView({ title, children }: PlaceholderViewProps) {
  return (
    <section className="view">
      <h1>{title}</h1>
      <p className="muted">{children}</p>
    </section>
  );
}
