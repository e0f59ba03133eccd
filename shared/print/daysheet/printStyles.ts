/**
 * The print page's own styles, carried inside the document (a <style> element) so the same
 * markup prints alike in the app, in a browser on the web host and when the CLI renders it alone.
 * A4; table headers repeat on every page; Chinese set in a CJK font (Noto Sans CJK SC on Linux).
 */
export const PRINT_CSS = `
.daysheet-doc {
  font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
  color: #000;
  background: #fff;
  font-size: 10.5pt;
  line-height: 1.35;
  max-width: 190mm;
  margin: 0 auto;
  padding: 8mm 0;
}
.daysheet-doc h1 { font-size: 17pt; text-align: center; margin: 0 0 4mm; }
.daysheet-doc h2 { font-size: 12pt; margin: 5mm 0 2mm; border-bottom: 1.5px solid #000; padding-bottom: 1mm; break-after: avoid; }
.daysheet-doc h3 { font-size: 10.5pt; margin: 3mm 0 1.5mm; break-after: avoid; }
.daysheet-doc .meta { display: flex; justify-content: space-between; gap: 4mm; margin-bottom: 3mm; }
.daysheet-doc table { width: 100%; border-collapse: collapse; font-size: 9pt; margin-bottom: 2mm; }
.daysheet-doc thead { display: table-header-group; }
.daysheet-doc tr { break-inside: avoid; }
.daysheet-doc th, .daysheet-doc td { border: 0.75px solid #555; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
.daysheet-doc th { background: #eee; font-weight: 600; }
.daysheet-doc td.num, .daysheet-doc th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.daysheet-doc td.short, .daysheet-doc th.short { white-space: nowrap; }
.daysheet-doc tr.total td { font-weight: 700; border-top: 1.5px solid #000; }
.daysheet-doc .summary { display: grid; grid-template-columns: 1fr 1fr; gap: 0 6mm; }
.daysheet-doc .empty { color: #555; font-style: italic; margin: 1mm 0 2mm; }
.daysheet-doc .signatures { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8mm; margin-top: 10mm; break-inside: avoid; }
.daysheet-doc .signature .line { border-bottom: 1px solid #000; height: 12mm; display: flex; align-items: flex-end; }
.daysheet-doc .fingerprint { margin-top: 6mm; break-inside: avoid; }
.daysheet-doc .fingerprint strong { font-family: ui-monospace, monospace; letter-spacing: 0.05em; }
.daysheet-doc .signature .caption { margin-top: 1mm; display: flex; justify-content: space-between; }
.daysheet-paper { border: 1px solid #d9d9d9; background: #fff; padding: 0 10mm; margin-top: 12px; }
@page { size: A4; margin: 12mm 12mm 14mm; }
@media print {
  body * { visibility: hidden; }
  .daysheet-doc, .daysheet-doc * { visibility: visible; }
  .daysheet-paper { border: none; padding: 0; margin: 0; }
  .daysheet-doc { position: absolute; left: 0; top: 0; width: 100%; max-width: none; padding: 0; }
}
`;
