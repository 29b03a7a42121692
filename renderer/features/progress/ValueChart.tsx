import { useTranslation } from 'react-i18next';
import type { IndicatorValue } from '../../../shared/model/progress.ts';

const W = 360;
const H = 140;
const PAD = 28;

/** An indicator's values over the years, as plain SVG: years along (right to left in Arabic), values up. */
export function ValueChart({ values, label }: { values: readonly IndicatorValue[]; label: string }) {
  const { i18n } = useTranslation();
  const points = values.filter((v) => v.value !== null && !v.disaggregation).sort((a, b) => a.year - b.year);
  if (points.length < 2) return null;
  const rtl = i18n.dir(i18n.language) === 'rtl';
  const years = points.map((p) => p.year);
  const nums = points.map((p) => p.value!);
  const [y0, y1] = [Math.min(...years), Math.max(...years)];
  const [v0, v1] = [Math.min(0, ...nums), Math.max(...nums)];
  const x = (year: number) => {
    const f = y1 === y0 ? 0.5 : (year - y0) / (y1 - y0);
    return PAD + (rtl ? 1 - f : f) * (W - 2 * PAD);
  };
  const y = (v: number) => H - PAD - (v1 === v0 ? 0.5 : (v - v0) / (v1 - v0)) * (H - 2 * PAD);
  const num = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const year = new Intl.NumberFormat(i18n.language, { useGrouping: false });
  return (
    <svg className="value-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      <line x1={PAD} y1={H - PAD} x2={W - PAD} y2={H - PAD} className="value-chart__axis" />
      <polyline points={points.map((p) => `${x(p.year)},${y(p.value!)}`).join(' ')} className="value-chart__line" />
      {points.map((p) => (
        <g key={p.id}>
          <circle cx={x(p.year)} cy={y(p.value!)} r={3.5} className="value-chart__dot">
            <title>{`${year.format(p.year)}: ${num.format(p.value!)}${p.unit ? ` ${p.unit}` : ''}`}</title>
          </circle>
          <text x={x(p.year)} y={y(p.value!) - 8} textAnchor="middle" className="value-chart__value">
            {num.format(p.value!)}
          </text>
          <text x={x(p.year)} y={H - PAD + 16} textAnchor="middle" className="value-chart__year">
            {year.format(p.year)}
          </text>
        </g>
      ))}
    </svg>
  );
}
