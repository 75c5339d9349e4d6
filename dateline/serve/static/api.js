// Fetch JSON from the API; errors come back in one envelope and are shown in a banner.
export async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) {
    const error = body.error || { message: response.statusText, hint: "" };
    showError(`${error.message}${error.hint ? ` — ${error.hint}` : ""}`);
    throw new Error(error.message);
  }
  clearError();
  return body;
}

function banner() {
  let node = document.querySelector(".error-banner");
  if (!node) {
    node = document.createElement("div");
    node.className = "error-banner";
    node.setAttribute("role", "alert");
    document.body.insertBefore(node, document.querySelector("main"));
  }
  return node;
}

export function showNotice(message) {
  const node = document.createElement("div");
  node.className = "notice-banner";
  node.setAttribute("role", "status");
  node.textContent = message;
  document.body.insertBefore(node, document.querySelector("main"));
}

export function showError(message) {
  banner().textContent = message;
}

function clearError() {
  document.querySelector(".error-banner")?.remove();
}

// Create an element with attributes and children (strings become text nodes).
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}
