// The timeline: events per day/week/month stacked by type (every filter but the dates, so
// the context stays), drawn as plain SVG. Drag across it to filter by a range.
import { TYPES, state, typeStyle } from "./state.js";

const NS = "http://www.w3.org/2000/svg";
const PAD = { left: 34, right: 10, top: 8, bottom: 18 };
let layout = null;
let onBrush = () => {};

function svgEl(tag, attrs) {
  const node = document.createElementNS(NS, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  return node;
}

function periodEnd(start, interval) {
  const day = new Date(`${start}T00:00:00Z`);
  if (interval === "week") day.setUTCDate(day.getUTCDate() + 6);
  if (interval === "month") { day.setUTCMonth(day.getUTCMonth() + 1); day.setUTCDate(0); }
  return day.toISOString().slice(0, 10);
}

function nextPeriod(period, interval) {
  const day = new Date(`${period}T00:00:00Z`);
  if (interval === "day") day.setUTCDate(day.getUTCDate() + 1);
  if (interval === "week") day.setUTCDate(day.getUTCDate() + 7);
  if (interval === "month") day.setUTCMonth(day.getUTCMonth() + 1);
  return day.toISOString().slice(0, 10);
}

// Every period from the first to the last with events (empty ones too), at most 2000.
function allPeriods(seen, interval) {
  const sorted = [...new Set(seen)].sort();
  if (!sorted.length) return [];
  const out = [sorted[0]];
  while (out.at(-1) < sorted.at(-1) && out.length < 2000) out.push(nextPeriod(out.at(-1), interval));
  return out;
}

export function initTimeline(brushed) {
  onBrush = brushed;
}

export function drawTimeline(stats) {
  const root = document.getElementById("timeline");
  root.replaceChildren();
  const periods = allPeriods(stats.timeline.map((r) => r.period), stats.interval);
  const width = root.clientWidth || 800;
  const height = root.clientHeight || 120;
  const svg = svgEl("svg", { viewBox: `0 0 ${width} ${height}`, role: "img" });
  root.append(svg);
  layout = { periods, interval: stats.interval, width, height, svg };
  if (!periods.length) return;
  const stacks = {};
  for (const row of stats.timeline) {
    (stacks[row.period] ||= []).push(row);
  }
  const max = Math.max(...periods.map((p) => (stacks[p] || []).reduce((s, r) => s + r.events, 0)));
  const plotH = height - PAD.top - PAD.bottom;
  const step = (width - PAD.left - PAD.right) / periods.length;
  layout.step = step;
  const order = Object.keys(TYPES);
  periods.forEach((period, i) => {
    let y = height - PAD.bottom;
    const rows = (stacks[period] || []).sort((a, b) => order.indexOf(a.event_type) - order.indexOf(b.event_type));
    for (const row of rows) {
      const h = (row.events / max) * plotH;
      y -= h;
      const bar = svgEl("rect", { x: PAD.left + i * step + 0.5, y, width: Math.max(1, step - 1), height: h,
        fill: typeStyle(row.event_type).color });
      bar.append(svgEl("title", {}));
      bar.firstChild.textContent = `${period}: ${row.events} ${row.event_type}`;
      svg.append(bar);
    }
  });
  axis(svg, periods, max, step, height);
  drawBrush();
  listen(svg);
}

function axis(svg, periods, max, step, height) {
  const label = (x, y, text, anchor = "start") => {
    const t = svgEl("text", { x, y, "text-anchor": anchor });
    t.textContent = text;
    svg.append(t);
  };
  label(PAD.left - 4, PAD.top + 8, String(max), "end");
  label(PAD.left - 4, height - PAD.bottom, "0", "end");
  const every = Math.max(1, Math.ceil(periods.length / 8));
  periods.forEach((p, i) => {
    if (i % every === 0) label(PAD.left + i * step, height - 4, p);
  });
}

function indexAt(x) {
  const i = Math.floor((x - PAD.left) / layout.step);
  return Math.max(0, Math.min(layout.periods.length - 1, i));
}

function svgX(event) {
  const box = layout.svg.getBoundingClientRect();
  return ((event.clientX - box.left) / box.width) * layout.width;
}

function listen(svg) {
  let start = null;
  let rect = null;
  svg.addEventListener("mousedown", (event) => {
    start = svgX(event);
    rect = svgEl("rect", { class: "brush", x: start, y: PAD.top, width: 0, height: layout.height - PAD.top - PAD.bottom });
    svg.append(rect);
  });
  svg.addEventListener("mousemove", (event) => {
    if (start === null) return;
    const x = svgX(event);
    rect.setAttribute("x", Math.min(start, x));
    rect.setAttribute("width", Math.abs(x - start));
  });
  window.addEventListener("mouseup", (event) => {
    if (start === null) return;
    const x = svgX(event);
    const from = start;
    start = null;
    const [a, b] = [indexAt(Math.min(from, x)), indexAt(Math.max(from, x))];
    if (Math.abs(x - from) < 3) {
      onBrush(null, null);
      return;
    }
    onBrush(layout.periods[a], periodEnd(layout.periods[b], layout.interval));
  });
}

// Shade the brushed range (from the URL state) over the bars.
function drawBrush() {
  const { since, until } = state.filters;
  if (!layout || !layout.periods.length || (!since && !until)) return;
  const first = layout.periods.findIndex((p) => periodEnd(p, layout.interval) >= (since || ""));
  let last = layout.periods.length - 1;
  while (last > 0 && until && layout.periods[last] > until) last -= 1;
  if (first < 0 || last < first) return;
  layout.svg.append(svgEl("rect", { class: "brush", x: PAD.left + first * layout.step, y: PAD.top,
    width: (last - first + 1) * layout.step, height: layout.height - PAD.top - PAD.bottom }));
}
