// Dateline's page: wire the state (kept in the URL) to the map, timeline, facets, table
// and event panel. Every count comes from the server (/api/stats, /api/events, /api/map).
import { getJson, showNotice } from "./api.js";
import { drawFacets } from "./facets.js";
import { initMap, refreshMap } from "./map.js";
import { closePanel, initPanel, openPanel } from "./panel.js";
import { filterQuery, onChange, readUrl, setEvent, setFilters, state } from "./state.js";
import { initTable, refreshTable } from "./table.js";
import { drawTimeline, initTimeline } from "./timeline.js";

async function refreshStats() {
  const stats = await getJson(`/api/stats?${filterQuery()}`);
  drawTimeline(stats);
  drawFacets(stats);
  const { since, until } = state.filters;
  document.getElementById("range").textContent = since || until ? `${since || "…"} → ${until || "…"}` : "";
}

function refreshDownloads() {
  for (const fmt of ["csv", "geojson"]) {
    document.getElementById(`download-${fmt}`).href = `/api/events?${filterQuery({ format: fmt })}`;
  }
  document.getElementById("text").value = state.filters.text || "";
}

async function refreshAll(fitMap = false) {
  refreshDownloads();
  document.body.dataset.loading = "1";
  await Promise.all([refreshStats(), refreshTable(), refreshMap(fitMap)]);
  document.body.dataset.loading = "0";
}

function select(uid) {
  setEvent(uid);
  for (const tr of document.querySelectorAll("#events tbody tr")) {
    tr.classList.toggle("selected", tr.dataset.uid === uid);
  }
  openPanel(uid).catch(() => setEvent(null));
}

function wireControls() {
  document.getElementById("search").addEventListener("submit", (event) => {
    event.preventDefault();
    setFilters({ text: document.getElementById("text").value.trim() || null });
  });
  document.getElementById("clear").addEventListener("click", () => {
    const cleared = Object.fromEntries(Object.keys(state.filters).map((k) => [k, null]));
    setFilters(cleared);
  });
}

function legend(types) {
  const root = document.getElementById("legend");
  root.innerHTML = types.map((t) => `<span><span class="sw" style="background:${
    ({ Battles: "#c0392b", "Explosions/Remote violence": "#e67e22", "Violence against civilians": "#8e44ad",
      Protests: "#2980b9", Riots: "#16a085" })[t] || "#7f8c8d"}"></span>${t}</span>`).join("")
    + "<span>solid: town · dashed: region · dotted: country-level place · size: fatalities</span>";
}

async function main() {
  readUrl();
  const config = await getJson("/api/config");
  legend(config.event_types);
  if (config.stale) {
    showNotice("These events predate the stored reports or the merge settings: "
      + "re-run `dateline ingest --db PATH` to merge them again.");
  }
  initTimeline((since, until) => setFilters({ since, until }));
  initTable(select);
  initPanel(() => setEvent(null));
  wireControls();
  await initMap(config, select);
  onChange((what) => (what === "sort" ? refreshTable() : refreshAll(false)));
  await refreshAll(true);
  if (state.event) select(state.event);
  document.body.dataset.ready = "1";
}

main().catch((error) => {
  console.warn(error);
  document.body.dataset.ready = "error";
});
window.datelineClosePanel = closePanel;
