import type { ReactNode } from "react";

// The one table frame of the app's lists: a scrolling wrapper (`table-wrap`), column headers
// with scope="col", and the rows the page renders itself. An optional caption is shown muted.

export function DataTable({ columns, caption, children }: { columns: string[]; caption?: ReactNode; children: ReactNode }) {
  return (
    <div className="table-wrap">
      <table>
        {caption ? <caption className="muted">{caption}</caption> : null}
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
