// The app's data table: column headings and a body of rows. Headings are column headers for
// screen readers (scope="col"); an empty label is announced through `hiddenLabel`.
export type Column = { label: string; numeric?: boolean; hiddenLabel?: boolean };

export function Table({ columns, children }: { columns: (Column | string)[]; children: React.ReactNode }) {
  return (
    // Wide tables scroll sideways on narrow screens instead of widening the page.
    <div className="table-scroll">
    <table className="table">
      <thead>
        <tr>
          {columns.map((column) => {
            const { label, numeric, hiddenLabel } = typeof column === "string" ? { label: column } : column;
            return (
              <th key={label} scope="col" className={numeric ? "num" : undefined}>
                {hiddenLabel ? <span className="visually-hidden">{label}</span> : label}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
    </div>
  );
}
