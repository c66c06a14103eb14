// Charts drawn with ECharts (loaded on demand, only the parts used: bars, lines, SVG renderer).
import type { DyadView, TimelinePoint } from '../api.js';
import { QUAD_COLOUR, QUADS } from '../format.js';

type ECharts = typeof import('echarts/core');
let loading: Promise<ECharts> | null = null;

function echarts(): Promise<ECharts> {
  loading ??= import('./echarts-setup.js').then((m) => m.echarts);
  return loading;
}

async function draw(el: HTMLElement, option: Record<string, unknown>): Promise<void> {
  const core = await echarts();
  const chart = core.init(el, undefined, { renderer: 'svg' });
  chart.setOption(option);
  const resize = () => (el.isConnected ? chart.resize() : window.removeEventListener('resize', resize));
  window.addEventListener('resize', resize);
}

/** Every period key between the first and last present, so gaps show as empty periods. */
export function fillPeriods(periods: string[], interval: string): string[] {
  const sorted = [...new Set(periods)].sort();
  if (sorted.length < 2) return sorted;
  if (interval === 'day') return fillDays(sorted);
  if (interval !== 'month') return sorted;
  const out: string[] = [];
  let [y, m] = sorted[0].split('-').map(Number);
  const [ly, lm] = sorted[sorted.length - 1].split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) { m = 1; y++; }
  }
  return out.length <= 600 ? out : sorted;
}

/** Every day from the first to the last (when that is at most half a year; else the days given). */
function fillDays(sorted: string[]): string[] {
  const first = Date.parse(`${sorted[0]}T00:00:00Z`);
  const last = Date.parse(`${sorted[sorted.length - 1]}T00:00:00Z`);
  if (!Number.isFinite(first) || !Number.isFinite(last) || last - first > 183 * 86_400_000) return sorted;
  const out: string[] = [];
  for (let t = first; t <= last; t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/** The next 1, 2 or 5 × 10^k at or above n (axis ends that give round ticks). */
export function niceCeil(n: number): number {
  if (n <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(n));
  return [1, 2, 5, 10].map((m) => m * power).find((v) => v >= n - 1e-9) ?? 10 * power;
}

const CATEGORY_SHADES: Record<string, string[]> = {
  'verbal cooperation': ['#9cc3e6', '#6aa5d8', '#3f86c4', '#2c6aa3'],
  'material cooperation': ['#1f5f99', '#17497a', '#103559', '#0b2540'],
  'verbal conflict': ['#f6c28b', '#f0a35e', '#e08733', '#c96f1c', '#a85a12'],
  'material conflict': ['#e57373', '#c0392b', '#962d22', '#6e2019', '#4a1510'],
};

/** On a phone-wide chart the scrolling legend takes the whole top line: the plot starts lower so the axis names sit below it. */
const plotTop = (el: HTMLElement, wide: number) => (el.clientWidth < 560 ? wide + 24 : wide);

/** Axis ticks at 1, 2 or 5 times a power of ten that end exactly at ±top (no 5, 4, 2, 0 ladders). */
export function tickInterval(top: number): number {
  return top >= 5 ? top / 5 : 1;
}

const axisStyle = { axisLine: { lineStyle: { color: '#8a94a6' } }, axisLabel: { color: '#4a5568' }, splitLine: { lineStyle: { color: '#eef1f5' } } };

/** Events per period, stacked by category (coloured by quad class). */
export async function categoryChart(el: HTMLElement, points: TimelinePoint[], interval: string): Promise<void> {
  const periods = fillPeriods(points.map((p) => p.period), interval);
  const categories = [...new Map(points.map((p) => [p.category, p.quad])).entries()]
    .sort((a, b) => QUADS.indexOf(a[1] as never) - QUADS.indexOf(b[1] as never) || a[0].localeCompare(b[0]));
  const used = new Map<string, number>();
  const series = categories.map(([category, quad]) => {
    const shades = CATEGORY_SHADES[quad] ?? ['#888'];
    const i = used.get(quad) ?? 0;
    used.set(quad, i + 1);
    const counts = new Map(points.filter((p) => p.category === category).map((p) => [p.period, p.events]));
    return { name: category, type: 'bar', stack: 'events', color: shades[i % shades.length], barMaxWidth: 28, data: periods.map((p) => counts.get(p) ?? 0) };
  });
  await draw(el, {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 40, right: 16, top: plotTop(el, 36), bottom: periods.length > 24 ? 56 : 28 },
    xAxis: { type: 'category', data: periods, ...axisStyle },
    yAxis: { type: 'value', name: 'events', minInterval: 1, ...axisStyle },
    dataZoom: periods.length > 24 ? [{ type: 'slider', height: 18, bottom: 6 }] : [],
    series,
  });
}

/**
 * A pair over time: bars of events per quad class (cooperation above the axis, conflict below),
 * both directions together, and one line per direction with the sum of PLOVER scores.
 */
export async function dyadChart(el: HTMLElement, view: DyadView): Promise<void> {
  const periods = fillPeriods([...view.points, ...view.combined].map((p) => p.period), view.interval);
  // bars count each event once (combined); the lines keep the two directions apart
  const count = (quad: string, period: string) => view.combined
    .filter((p) => p.quad === quad && p.period === period).reduce((n, p) => n + p.events, 0);
  const bars = QUADS.map((quad) => ({
    name: quad, type: 'bar', stack: quad.endsWith('conflict') ? 'conflict' : 'cooperation', color: QUAD_COLOUR[quad],
    barMaxWidth: 28, data: periods.map((p) => (quad.endsWith('conflict') ? -1 : 1) * count(quad, p)),
  }));
  const scoreLine = (direction: 'a->b' | 'b->a', name: string, colour: string) => ({
    name, type: 'line', yAxisIndex: 1, color: colour, symbolSize: 6, connectNulls: false,
    data: periods.map((p) => {
      const here = view.points.filter((x) => x.period === p && x.direction === direction);
      return here.length ? here.reduce((s, x) => s + x.score, 0) : null;
    }),
  });
  // symmetric axes: zero sits in the middle of both, cooperation above it and conflict below
  const countMax = niceCeil(Math.max(1, ...periods.map((p) => Math.max(
    QUADS.filter((q) => !q.endsWith('conflict')).reduce((n, q) => n + count(q, p), 0),
    QUADS.filter((q) => q.endsWith('conflict')).reduce((n, q) => n + count(q, p), 0)))));
  const scoreMax = niceCeil(Math.max(1, ...view.points.map((p) => Math.abs(p.score)),
    ...periods.map((p) => Math.abs(view.points.filter((x) => x.period === p && x.direction === 'a->b').reduce((s, x) => s + x.score, 0))),
    ...periods.map((p) => Math.abs(view.points.filter((x) => x.period === p && x.direction === 'b->a').reduce((s, x) => s + x.score, 0)))));
  await draw(el, {
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v === null ? '—' : String(Math.abs(v))) },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 48, right: 56, top: plotTop(el, 40), bottom: periods.length > 24 ? 56 : 28 },
    xAxis: { type: 'category', data: periods, ...axisStyle },
    yAxis: [
      { type: 'value', name: 'events: cooperation ↑ conflict ↓', min: -countMax, max: countMax, interval: tickInterval(countMax), axisLabel: { color: '#4a5568', formatter: (v: number) => String(Math.abs(v)) }, splitLine: axisStyle.splitLine },
      { type: 'value', name: 'score sum', min: -scoreMax, max: scoreMax, interval: tickInterval(scoreMax), splitLine: { show: false }, axisLabel: { color: '#4a5568' } },
    ],
    dataZoom: periods.length > 24 ? [{ type: 'slider', height: 18, bottom: 6 }] : [],
    series: [
      ...bars,
      scoreLine('a->b', `score ${view.a.name} → ${view.b.name}`, '#2d3748'),
      scoreLine('b->a', `score ${view.b.name} → ${view.a.name}`, '#8e44ad'),
    ],
  });
}
