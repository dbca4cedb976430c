/**
 * Saves `csv` as a file in the browser. A byte-order mark goes first: Excel reads a CSV without one in the
 * system's legacy code page, which garbles product names with umlauts; other programs skip it.
 */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // the click started the download; the URL is needed no longer (a tick later, for browsers that read it late)
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** `kpis-volume-by-category-2026-11-01-2026-12-01.csv`: what, and which window (UTC days of `[from, to)`). */
export function csvFileName(chartId: string, from: string, to: string): string {
  return `kpis-${chartId}-${from.slice(0, 10)}-${to.slice(0, 10)}.csv`;
}
