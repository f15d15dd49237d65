// The actor desk's date filter: a plain GET form (from/to as dates), so it works without script
// and the address can be shared. Shows why a range was refused, next to the fields.
export function DateRangeForm({ action, from, to, error, hidden = {} }: { action: string; from?: string; to?: string; error?: string; hidden?: Record<string, string> }) {
  return (
    <form className="date-range-form" action={action} method="get" aria-describedby={error ? "date-range-error" : undefined}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="field">
        <label htmlFor="range-from">From</label>
        <input id="range-from" name="from" type="date" defaultValue={from ?? ""} aria-invalid={error ? true : undefined} />
      </div>
      <div className="field">
        <label htmlFor="range-to">To</label>
        <input id="range-to" name="to" type="date" defaultValue={to ?? ""} aria-invalid={error ? true : undefined} />
      </div>
      <button className="button button-secondary" type="submit">
        Show this period
      </button>
      {(from || to) && (
        <a className="button button-quiet" href={Object.keys(hidden).length ? `${action}?${new URLSearchParams(hidden)}` : action}>
          All time
        </a>
      )}
      {error && (
        <p id="date-range-error" className="field-error" role="alert">
          {error} Showing all time instead.
        </p>
      )}
    </form>
  );
}
