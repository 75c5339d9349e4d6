// The page's state: the filters, the sort and the open event, kept in the URL.
export const FILTERS = ["since", "until", "country", "admin1", "type", "sub_type", "actor",
  "min_fatalities", "text"];

export const TYPES = {
  "Battles": { cls: "battles", color: "#c0392b" },
  "Explosions/Remote violence": { cls: "explosions", color: "#e67e22" },
  "Violence against civilians": { cls: "vac", color: "#8e44ad" },
  "Protests": { cls: "protests", color: "#2980b9" },
  "Riots": { cls: "riots", color: "#16a085" },
  "Strategic developments": { cls: "strategic", color: "#7f8c8d" },
};

export function typeStyle(type) {
  return TYPES[type] || { cls: "strategic", color: "#7f8c8d" };
}

const listeners = [];
export const state = { filters: {}, sort: "date", event: null };

export function readUrl() {
  const params = new URLSearchParams(window.location.search);
  state.filters = {};
  for (const key of FILTERS) {
    if (params.get(key)) state.filters[key] = params.get(key);
  }
  state.sort = params.get("sort") || "date";
  state.event = params.get("event");
}

function writeUrl() {
  const params = new URLSearchParams(filterQuery());
  if (state.sort !== "date") params.set("sort", state.sort);
  if (state.event) params.set("event", state.event);
  const search = params.toString();
  window.history.replaceState(null, "", search ? `?${search}` : window.location.pathname);
}

// The filters as a query string (the API's parameter names), plus extra parameters.
export function filterQuery(extra = {}, omit = []) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state.filters)) {
    if (value !== undefined && value !== null && value !== "" && !omit.includes(key)) {
      params.set(key, value);
    }
  }
  for (const [key, value] of Object.entries(extra)) {
    if (value !== undefined && value !== null) params.set(key, value);
  }
  return params.toString();
}

export function onChange(listener) {
  listeners.push(listener);
}

// Change filters (a null value removes one) and tell every view.
export function setFilters(changes) {
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === "") delete state.filters[key];
    else state.filters[key] = String(value);
  }
  writeUrl();
  for (const listener of listeners) listener("filters");
}

export function setSort(sort) {
  state.sort = sort;
  writeUrl();
  for (const listener of listeners) listener("sort");
}

export function setEvent(uid) {
  state.event = uid;
  writeUrl();
}
