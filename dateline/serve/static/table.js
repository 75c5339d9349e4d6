// The table of the filtered events (server-sorted, paged with the API's cursor).
import { el, getJson } from "./api.js";
import { filterQuery, setSort, state, typeStyle } from "./state.js";

const PAGE = 200;
let cursor = null;
let onSelect = () => {};
let request = 0;

export function initTable(select) {
  onSelect = select;
  for (const th of document.querySelectorAll("#events th[data-sort]")) {
    th.addEventListener("click", () => {
      const key = th.dataset.sort;
      setSort(state.sort === key ? `-${key}` : key);
    });
  }
  document.getElementById("more").addEventListener("click", () => loadPage(false));
}

export async function refreshTable() {
  for (const th of document.querySelectorAll("#events th[data-sort]")) {
    const key = state.sort.replace(/^-/, "");
    th.classList.toggle("sorted", th.dataset.sort === key);
    th.classList.toggle("desc", th.dataset.sort === key && state.sort.startsWith("-"));
  }
  await loadPage(true);
}

async function loadPage(fresh) {
  const ticket = ++request;
  const page = await getJson(`/api/events?${filterQuery({ limit: PAGE, sort: state.sort,
    cursor: fresh ? null : cursor })}`);
  if (ticket !== request) return;
  const body = document.querySelector("#events tbody");
  if (fresh) body.replaceChildren();
  body.append(...page.events.map(row));
  cursor = page.next_cursor;
  document.getElementById("more").hidden = !cursor;
  const count = document.getElementById("count");
  count.textContent = `${page.total} event${page.total === 1 ? "" : "s"}`;
  count.dataset.total = page.total;
}

function row(event) {
  const actors = [event.actor1, event.actor2].filter(Boolean).join(" vs ");
  const place = [event.location, event.admin1, event.country].filter(Boolean)
    .filter((v, i, all) => all.indexOf(v) === i).join(", ");
  return el("tr", { dataset: { uid: event.event_uid }, onclick: () => onSelect(event.event_uid),
    class: state.event === event.event_uid ? "selected" : "" },
    el("td", {}, event.event_date || "—"),
    el("td", {}, el("span", { class: `sw t-${typeStyle(event.event_type).cls}` }), event.event_type),
    el("td", {}, event.sub_event_type),
    el("td", {}, actors),
    el("td", {}, place),
    el("td", {}, event.fatalities ?? "—"),
    el("td", {}, event.n_reports));
}
