// A report's id is its obligation and period, joined by "__" (no zod here: the renderer's first
// script needs this, not the schemas).
export function splitReportId(id: string): { obligationId: string; period: string } {
  const cut = id.indexOf('__');
  return { obligationId: id.slice(0, cut), period: id.slice(cut + 2) };
}
