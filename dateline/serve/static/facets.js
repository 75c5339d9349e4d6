// The facets: counts by type, sub-type, country, admin1, actor and fatalities; a click
// filters by a value, a second click removes the filter.
import { el } from "./api.js";
import { setFilters, state } from "./state.js";

const GROUPS = [
  ["event_type", "Event type", "type"],
  ["sub_event_type", "Sub-type", "sub_type"],
  ["country", "Country", "country"],
  ["admin1", "Admin1", "admin1"],
  ["actor", "Actor", "actor"],
];

export function drawFacets(stats) {
  const root = document.getElementById("facets");
  root.replaceChildren();
  for (const [name, title, param] of GROUPS) {
    root.append(el("h2", {}, title), list(stats.facets[name] || [], param, (v) => v));
  }
  const fatal = (stats.facets.fatalities || []).filter((f) => f.value > 0);
  root.append(el("h2", {}, "Fatalities"), list(fatal, "min_fatalities", (v) => `≥ ${v}`));
}

function list(items, param, label) {
  const current = state.filters[param];
  const shown = current && !items.some((i) => String(i.value) === current)
    ? [{ value: current, events: 0 }, ...items] : items;
  return el("ul", { "data-facet": param }, shown.map((item) => {
    const on = String(item.value) === current;
    return el("li", {}, el("button", {
      type: "button",
      class: on ? "on" : "",
      title: on ? "Remove this filter" : "Filter by this value",
      dataset: { value: item.value },
      onclick: () => setFilters({ [param]: on ? null : item.value }),
    }, el("span", {}, label(item.value)), el("span", { class: "n" }, item.events)));
  }));
}
