// The event panel: the merged record's fields (click one to highlight its evidence in the
// text of every report behind the event), the sources and the merge explanation.
import { el, getJson } from "./api.js";

// field shown → the evidence fields that back it
const FIELDS = [
  ["Date", (e) => e.event_date, ["event_date"]],
  ["Event type", (e) => e.event_type, ["trigger"]],
  ["Sub-type", (e) => e.sub_event_type, ["trigger"]],
  ["Actor 1", (e) => e.actor1?.name, ["actor1"]],
  ["Actor 2", (e) => e.actor2?.name, ["actor2"]],
  ["Location", (e) => place(e.location), ["location"]],
  ["Fatalities", (e) => count(e.fatalities), ["fatalities"]],
  ["Injuries", (e) => count(e.injuries), ["injuries"]],
  ["Abducted", (e) => count(e.abducted), ["abducted"]],
  ["Arrested", (e) => count(e.arrested), ["arrested"]],
  ["Weapons", (e) => (e.weapons || []).map((w) => w.name).join(", "), ["weapons"]],
  ["Attribution", (e) => attribution(e.attribution), ["attribution.claimed_by", "attribution.blamed",
    "attribution.denied_by", "attribution.unclaimed"]],
  ["Cited sources", (e) => (e.sources || []).map((s) => s.name).join(", "), ["sources"]],
];
const PRECISION = { 1: "town", 2: "region", 3: "country" };

let current = null;
let onClose = () => {};

function place(loc) {
  if (!loc) return null;
  const where = [loc.name, loc.admin1, loc.country].filter((v, i, a) => v && a.indexOf(v) === i);
  return `${where.join(", ")} (${PRECISION[loc.geo_precision] || "?"} precision)`;
}

function count(c) {
  if (!c || c.best === null || c.best === undefined) return null;
  return c.low !== c.high && c.low !== null ? `${c.best} (reports: ${c.low}–${c.high})` : String(c.best);
}

function attribution(a) {
  if (!a) return null;
  const parts = [];
  if (a.claimed_by?.length) parts.push(`claimed by ${a.claimed_by.join(", ")}`);
  if (a.blamed?.length) parts.push(`blamed on ${a.blamed.map((b) => b.actor).join(", ")}`);
  if (a.denied_by?.length) parts.push(`denied by ${a.denied_by.join(", ")}`);
  if (a.unclaimed) parts.push("unclaimed");
  return parts.join("; ") || null;
}

export function initPanel(closed) {
  onClose = closed;
}

export async function openPanel(uid) {
  const detail = await getJson(`/api/events/${encodeURIComponent(uid)}`);
  current = detail;
  const panel = document.getElementById("panel");
  panel.hidden = false;
  panel.dataset.uid = uid;
  const e = detail.event;
  panel.replaceChildren(
    el("button", { class: "close", type: "button", onclick: closePanel, "aria-label": "Close" }, "×"),
    el("h2", {}, `${e.sub_event_type || e.event_type} — ${e.event_date || "undated"}`),
    el("dl", { id: "fields" }, FIELDS.flatMap(([label, get, evidence]) => field(label, get(e), evidence))),
    el("p", {}, e.notes || ""),
    el("h3", {}, `Reports (${detail.reports.length})`),
    el("div", { id: "reports" }, detail.reports.map(report)),
    el("h3", {}, "Merge explanation"),
    explanation(detail.explanation),
  );
}

export function closePanel() {
  const panel = document.getElementById("panel");
  panel.hidden = true;
  current = null;
  onClose();
}

function field(label, value, evidence) {
  if (value === null || value === undefined || value === "") return [];
  const has = current.reports.some((r) => r.evidence.some((s) => evidence.includes(s.field)));
  const button = el("button", { type: "button", class: `field${has ? "" : " none"}`,
    dataset: { field: evidence.join(" ") }, title: has ? "Show the evidence" : "No evidence span",
    onclick: (ev) => highlight(ev.currentTarget, evidence) }, value);
  return [el("dt", {}, label), el("dd", {}, button)];
}

function report(r) {
  return el("div", { class: "report", dataset: { article: r.article_id } },
    el("div", { class: "meta" },
      el("strong", {}, r.source || "unknown outlet"), ` · ${r.published || "undated"} · `,
      /^https?:\/\//i.test(r.url || "")
        ? el("a", { href: r.url, target: "_blank", rel: "noopener noreferrer" }, r.title || r.url)
        : (r.title || r.url || r.article_id),
      ` · article ${r.article_id} (${r.role})`),
    el("div", { class: "text" }, marked(r.text, r.evidence)));
}

// The article text cut at every evidence boundary; each piece covered by a span is a
// <mark> listing the fields of all the spans over it (the whole-sentence spans excepted).
function marked(text, spans) {
  const kept = spans.filter((s) => s.field !== "sentence" && s.end > s.start);
  const cuts = [...new Set([0, text.length, ...kept.flatMap((s) => [s.start, s.end])])]
    .filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const fields = [...new Set(kept.filter((s) => s.start <= a && s.end >= b).map((s) => s.field))];
    const piece = text.slice(a, b);
    out.push(fields.length ? el("mark", { class: "ev", dataset: { fields: fields.join(" ") },
      title: fields.join(", ") }, piece) : piece);
  }
  return out;
}

function highlight(button, evidence) {
  for (const b of document.querySelectorAll("#fields button.field")) b.classList.remove("active");
  button.classList.add("active");
  let first = null;
  for (const mark of document.querySelectorAll("#reports mark.ev")) {
    const on = mark.dataset.fields.split(" ").some((f) => evidence.includes(f));
    mark.classList.toggle("hl", on);
    if (on && !first) first = mark;
  }
  first?.scrollIntoView({ block: "center", behavior: "instant" });
}

function explanation(x) {
  const pair = (kind) => (p) => el("li", {},
    `${kind}: ${p.reports.join(" + ")} — score ${p.score === null ? "–" : p.score.toFixed(2)} vs `
    + `${p.threshold.toFixed(2)} (${p.reason}); ${p.distance_km ?? "?"} km; dates ${p.dates.join(" / ")}`);
  const items = [...x.merged.map(pair("merged")), ...x.refused.map(pair("refused"))];
  return el("ul", { class: "explanation" },
    items.length ? items : [el("li", {}, `${x.reports.length} report; no candidate merges`)]);
}
