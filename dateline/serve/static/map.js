// The map: an offline country basemap, events as clustered markers coloured by type and
// sized by fatalities (dashed: region-level place, dotted: country-level), or server-side
// grid cells when the view holds too many events to draw one by one.
import { getJson } from "./api.js";
import { filterQuery, typeStyle } from "./state.js";

const PRECISION = { 1: "town", 2: "region (admin1/admin2)", 3: "country" };
let map;
let clusters;
let cells;
let onSelect = () => {};
let fitted = false;
let request = 0;

export async function initMap(config, select) {
  onSelect = select;
  map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 16 }).setView([25, 30], 3);
  if (config.tile_url) {
    L.tileLayer(config.tile_url, { maxZoom: 18, attribution: "tiles: configured server" }).addTo(map);
  }
  await addOutlines();
  clusters = L.markerClusterGroup({ maxClusterRadius: 40, iconCreateFunction: clusterIcon,
    chunkedLoading: true, showCoverageOnHover: false });
  cells = L.layerGroup();
  map.addLayer(clusters);
  map.addLayer(cells);
  map.on("moveend", () => refreshMap());
}

async function addOutlines() {
  const world = await getJson("/static/vendor/world-atlas/countries-110m.json");
  const countries = topojson.feature(world, world.objects.countries);
  L.geoJSON(countries, {
    style: { color: "#8a99a6", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 1 },
    interactive: false,
  }).addTo(map);
}

function radius(fatalities) {
  return 7 + Math.min(14, Math.sqrt(fatalities || 0) * 2.5);
}

function markerFor([uid, lat, lon, type, fatalities, precision]) {
  const size = Math.round(radius(fatalities) * 2 * (precision === 3 ? 1.6 : 1));
  const style = typeStyle(type);
  const icon = L.divIcon({
    className: "",
    html: `<div class="ev-marker t-${style.cls} p${precision || 1}" data-uid="${uid}"
      style="width:${size}px;height:${size}px"></div>`,
    iconSize: [size, size],
  });
  const marker = L.marker([lat, lon], { icon, title: `${type} — ${PRECISION[precision] || "place"}`,
    alt: uid, keyboard: true });
  marker.options.eventType = type;
  marker.on("click", () => onSelect(uid));
  return marker;
}

function clusterIcon(cluster) {
  const counts = {};
  for (const child of cluster.getAllChildMarkers()) {
    counts[child.options.eventType] = (counts[child.options.eventType] || 0) + 1;
  }
  const top = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
  const n = cluster.getChildCount();
  const size = 26 + Math.min(24, Math.log2(n) * 4);
  return L.divIcon({
    className: "",
    html: `<div class="ev-cluster t-${typeStyle(top).cls}" style="width:${size}px;height:${size}px">${n}</div>`,
    iconSize: [size, size],
  });
}

function cellMarker([lat, lon, n, fatalities, type]) {
  const size = Math.round(22 + Math.min(34, Math.log2(n) * 4));
  const icon = L.divIcon({
    className: "",
    html: `<div class="ev-cell t-${typeStyle(type).cls}" style="width:${size}px;height:${size}px">${n}</div>`,
    iconSize: [size, size],
  });
  const marker = L.marker([lat, lon], { icon, title: `${n} events, ${fatalities} fatalities` });
  marker.on("click", () => map.setView([lat, lon], Math.min(map.getZoom() + 2, 14)));
  return marker;
}

function bbox() {
  const b = map.getBounds();
  const west = Math.max(-180, b.getWest());
  const east = Math.min(180, b.getEast());
  return [west, Math.max(-90, b.getSouth()), east, Math.min(90, b.getNorth())]
    .map((v) => v.toFixed(4)).join(",");
}

// Redraw for the current filters and view; the first draw fits the map to the events.
export async function refreshMap(fit = false) {
  const ticket = ++request;
  const extra = { zoom: map.getZoom() };
  if (fitted && !fit) extra.bbox = bbox();
  const data = await getJson(`/api/map?${filterQuery(extra)}`);
  if (ticket !== request) return;
  clusters.clearLayers();
  cells.clearLayers();
  if (data.mode === "points") {
    clusters.addLayers(data.points.map(markerFor));
  } else {
    for (const cell of data.points) cells.addLayer(cellMarker(cell));
  }
  if ((fit || !fitted) && data.points.length) {
    fitted = true;
    const bounds = L.latLngBounds(data.points.map((p) => (data.mode === "points" ? [p[1], p[2]] : [p[0], p[1]])));
    map.fitBounds(bounds.pad(0.2), { maxZoom: 7, animate: false });
  }
  map.getContainer().dataset.mode = data.mode;
  map.getContainer().dataset.total = data.total;
}
