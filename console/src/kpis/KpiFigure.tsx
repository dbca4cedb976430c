import { downloadCsv, csvFileName } from './downloadCsv';
import { KpiBarChart } from './KpiBarChart';
import type { KpiChart } from './kpiCharts';
import { hasBars } from './kpiCharts';
import { toCsv } from './toCsv';

/**
 * One chart as a figure: its title, the bars (or why there are none), the exact numbers in a table behind
 * "Show data" (for screen readers, and for anyone who wants the figures rather than the picture) and a CSV download
 * of that same table.
 */
export function KpiFigure({
  chart,
  colour,
  range,
}: {
  chart: KpiChart;
  colour: string;
  range: { from: string; to: string };
}) {
  return (
    <figure className="kpi-figure panel">
      <figcaption className="kpi-figure-title">{chart.title}</figcaption>
      {!hasBars(chart) ? (
        // no empty axes, no table of zeros: one sentence says it
        <p className="kpi-empty muted">{chart.emptyText}</p>
      ) : (
        <>
          {chart.note && <p className="kpi-note muted">{chart.note}</p>}
          <KpiBarChart chart={chart} colour={colour} />
          <div className="kpi-figure-tools">
            <details>
              <summary>Show data</summary>
              <table className="kpi-table">
                <caption>{chart.title}</caption>
                <thead>
                  <tr>
                    {chart.header.map((heading, index) => (
                      <th key={heading} scope="col" className={index > 0 ? 'num' : undefined}>
                        {heading}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {chart.rows.map((row, rowIndex) => (
                    <tr key={rowIndex}>
                      {row.map((cell, cellIndex) =>
                        cellIndex === 0 ? (
                          <th key={cellIndex} scope="row">
                            {cell}
                          </th>
                        ) : (
                          <td key={cellIndex} className={typeof cell === 'number' ? 'num' : undefined}>
                            {cell ?? '—'}
                          </td>
                        ),
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
            <button
              type="button"
              className="secondary"
              aria-label={`Download CSV: ${chart.title}`}
              onClick={() => downloadCsv(csvFileName(chart.id, range.from, range.to), toCsv(chart.header, chart.rows))}
            >
              Download CSV
            </button>
          </div>
        </>
      )}
    </figure>
  );
}
