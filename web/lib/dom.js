/**
 * @module DOM building without HTML strings: every text goes in through textContent, so article text
 * such as `<script>alert(1)</script>` is shown as text and never parsed.
 * @example h("a", { href: "#/claims", class: "btn" }, "Claims (", 12, ")")
 */

/**
 * Attributes: `on<event>` functions become listeners, `class`/`data-*`/others are set as attributes
 * (values are strings, never markup); `null`/`false` values are skipped. Children: nodes, strings,
 * numbers, arrays of them; `null`/`undefined`/`false` are skipped.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

/** The same for SVG elements: `svg("circle", { cx: 10, cy: 10, r: 4 })`. */
export function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS("http://www.w3.org/2000/svg", tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

function setAttrs(el, attrs) {
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value == null || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
}

/** Appends children (nodes, strings, numbers, nested arrays) to `el`. */
export function append(el, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Replaces an element's content. */
export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** `shorten("a long sentence …", 20)` */
export function shorten(text, n) {
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}
