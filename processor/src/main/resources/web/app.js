// factwire live page: events and their facts, updated from the SSE feed; an ops panel polled from the API.
// Every string that comes from an article (labels, sentences, outlets, attributions, ids) reaches the page
// through textContent or setAttribute only: never innerHTML, so markup in an article is shown, not run.
"use strict";

const OUTCOMES = ["killed", "injured", "missing", "arrested", "kidnapped"];
const SVG = "http://www.w3.org/2000/svg";
const HIGHLIGHT_MS = 4000;

const state = {
  events: new Map(),   // event id -> event JSON (from /api/events)
  facts: new Map(),    // fact key -> fact JSON
  selected: null,      // key of the fact shown in the detail panel
  loaded: false,
  pending: [],         // updates that arrived before the first load finished
  lastOps: null,       // previous /api/ops answer, for rates
  eventsRefresh: null, // pending timer of a debounced /api/events reload
};

// --- DOM helpers: text only ---------------------------------------------------------------------------------

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (name === "className") node.className = value;
    else node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function svg(tag, attributes) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

function setText(id, text) {
  document.getElementById(id).textContent = text;
}

function time(iso) {
  if (!iso) return "time unknown";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toISOString().replace("T", " ").slice(0, 16) + " UTC";
}

function plural(count, noun) {
  return count + " " + noun + (count === 1 ? "" : "s");
}

function label(text) {
  return String(text).replaceAll("_", " ");
}

async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw new Error(path + ": " + response.status + " " + (body.reason || ""));
  return body;
}

// --- events and facts ---------------------------------------------------------------------------------------

function factOrder(a, b) {
  const outcome = OUTCOMES.indexOf(a.outcome) - OUTCOMES.indexOf(b.outcome);
  if (outcome !== 0) return outcome;
  if (a.group === "all" || b.group === "all") return a.group === "all" ? -1 : 1;
  return a.group.localeCompare(b.group);
}

function eventCard(eventId) {
  const container = document.getElementById("events");
  for (const card of container.querySelectorAll("article.event")) {
    if (card.dataset.event === eventId) return card;
  }
  const title = el("h2");
  const meta = el("p", { className: "meta" });
  const rows = el("tbody");
  const table = el("table", { className: "facts" },
    el("thead", {}, el("tr", {},
      el("th", {}, "outcome"), el("th", {}, "group"), el("th", { className: "num" }, "low"),
      el("th", { className: "num" }, "best"), el("th", { className: "num" }, "high"),
      el("th", { className: "num" }, "sources"), el("th", { className: "num" }, "origins"))),
    rows);
  const card = el("article", { className: "event", "data-event": eventId }, el("header", {}, title, meta), table);
  container.prepend(card);
  describeEvent(card, eventId);
  document.getElementById("empty").hidden = true;
  return card;
}

function describeEvent(card, eventId) {
  const event = state.events.get(eventId);
  card.querySelector("h2").textContent = event ? event.label : eventId;
  card.querySelector(".meta").textContent = event
    ? eventId + " · " + time(event.firstSeen) + " – " + time(event.lastSeen) + " · " + plural(event.articles.length, "article")
    : eventId;
}

function factRow(fact) {
  const row = el("tr", { "data-key": fact.key, tabindex: "0" },
    el("td", { className: "outcome" }), el("td", { className: "group" }), el("td", { className: "num low" }),
    el("td", { className: "num best" }), el("td", { className: "num high" }), el("td", { className: "num sources" }),
    el("td", { className: "num origins" }));
  row.addEventListener("click", () => select(fact.key));
  row.addEventListener("keydown", (keyEvent) => { if (keyEvent.key === "Enter") select(fact.key); });
  return row;
}

function findRow(key) {
  for (const row of document.querySelectorAll("tr[data-key]")) {
    if (row.dataset.key === key) return row;
  }
  return null;
}

function fillRow(row, fact, before) {
  row.classList.toggle("total", fact.group === "all");
  row.querySelector(".outcome").textContent = label(fact.outcome);
  row.querySelector(".group").textContent = label(fact.group);
  row.querySelector(".low").textContent = fact.low;
  row.querySelector(".best").textContent = fact.best;
  row.querySelector(".high").textContent = fact.high;
  row.querySelector(".sources").textContent = fact.sources;
  row.querySelector(".origins").textContent = fact.origins;
  row.classList.toggle("contested", Boolean(fact.contested));
  if (fact.contested) row.querySelector(".best").append(el("span", { className: "flag", title: competingText(fact) }, "contested"));
  row.title = "qualifier: " + label(fact.qualifier) + " · version " + fact.version + " · updated " + time(fact.updated);
  if (before && before.best !== fact.best) {
    const change = fact.best - before.best;
    row.querySelector(".best").append(el("span", { className: "delta " + (change > 0 ? "up" : "down") },
      (change > 0 ? "▲ +" : "▼ ") + change));
  }
}

function placeRow(fact, before, highlight) {
  const card = eventCard(fact.event);
  let row = findRow(fact.key);
  if (!row) row = factRow(fact);
  fillRow(row, fact, before);
  const rows = card.querySelector("tbody");
  const sorted = [...rows.querySelectorAll("tr")].filter((other) => other !== row);
  const next = sorted.find((other) => factOrder(fact, state.facts.get(other.dataset.key)) < 0);
  rows.insertBefore(row, next || null);
  if (highlight) {
    row.classList.remove("changed");
    void row.offsetWidth; // restart the animation
    row.classList.add("changed");
    setTimeout(() => row.querySelectorAll(".delta").forEach((delta) => delta.remove()), HIGHLIGHT_MS);
  }
}

function removeFact(key) {
  const row = findRow(key);
  state.facts.delete(key);
  if (row) row.remove();
  if (state.selected === key) document.getElementById("detail").hidden = true;
}

function apply(update) {
  const known = state.facts.get(update.key);
  if (known && known.version >= update.after.version) return; // already shown (the feed overlaps the first load)
  if (update.after.sources === 0) {
    removeFact(update.key);
    return;
  }
  state.facts.set(update.key, update.after);
  placeRow(update.after, update.before || known, true);
  if (state.selected === update.key) showDetail(update.after);
}

// --- detail: claims and the figure's timeline by publication time --------------------------------------------------------------

function select(key) {
  state.selected = key;
  document.querySelectorAll("tr.selected").forEach((row) => row.classList.remove("selected"));
  const row = findRow(key);
  if (row) row.classList.add("selected");
  showDetail(state.facts.get(key));
}

function showDetail(fact) {
  if (!fact) return;
  const event = state.events.get(fact.event);
  document.getElementById("detail").hidden = false;
  setText("detail-title", label(fact.outcome) + " · " + label(fact.group) + " — " + (event ? event.label : fact.event));
  setText("detail-figures", "low " + fact.low + " · best " + fact.best + " · high " + fact.high + " (" + label(fact.qualifier)
    + ") · " + plural(fact.sources, "source") + ", " + plural(fact.origins, "origin"));
  const contested = document.getElementById("detail-contested");
  contested.hidden = !fact.contested;
  contested.textContent = fact.contested ? "Contested: " + competingText(fact) : "";
  drawChart(document.getElementById("chart"), fact.timeline);
  const claims = document.getElementById("claims");
  claims.replaceChildren(...fact.claims.map((claim) => el("li", {},
    el("blockquote", {}, claim.text),
    el("p", { className: "source" }, [claim.outlet || "unknown outlet", claim.attribution ? "citing " + claim.attribution : null,
      time(claim.published), label(claim.qualifier) + " " + claim.count].filter(Boolean).join(" · ")))));
}

// "2500 (more than) from article:a4 · 1000 (exact) from health ministry, reuters"
function competingText(fact) {
  return (fact.competing || []).map((figure) => figure.count + " (" + label(figure.qualifier) + ") from "
    + figure.origins.join(", ")).join(" · ");
}

// The figures by publication time: each holds until the next point, so the chart draws steps.
function steps(history, x, y, field, times) {
  return history.flatMap((point, i) => (i === 0 ? [] : [x(times[i]) + "," + y(history[i - 1][field])])
    .concat([x(times[i]) + "," + y(point[field])]));
}

function drawChart(chart, history) {
  const width = 360, height = 150, left = 34, right = 8, top = 10, bottom = 22;
  chart.replaceChildren();
  if (!history || history.length === 0) return;
  const times = history.map((point) => new Date(point.at).getTime());
  const minTime = Math.min(...times), maxTime = Math.max(...times);
  const maxValue = Math.max(1, ...history.map((point) => point.high));
  const x = (t) => left + (maxTime === minTime ? (width - left - right) / 2 : (t - minTime) / (maxTime - minTime) * (width - left - right));
  const y = (v) => top + (1 - v / maxValue) * (height - top - bottom);
  const upper = steps(history, x, y, "high", times);
  const lower = steps(history, x, y, "low", times).reverse();
  chart.append(svg("polygon", { class: "band", points: upper.concat(lower).join(" ") }));
  chart.append(svg("polyline", { class: "best", points: steps(history, x, y, "best", times).join(" ") }));
  history.forEach((point, i) => {
    const dot = svg("circle", { class: "point", cx: x(times[i]), cy: y(point.best), r: 3 });
    dot.append(svg("title", {}));
    dot.firstChild.textContent = time(point.at) + ": best " + point.best + " (" + point.low + "–" + point.high + "), "
      + plural(point.sources, "source");
    chart.append(dot);
  });
  const axis = (text, attributes) => { const node = svg("text", attributes); node.textContent = text; chart.append(node); };
  axis(String(maxValue), { x: 4, y: top + 4 });
  axis("0", { x: 4, y: height - bottom });
  axis(time(history[0].at), { x: left, y: height - 6 });
  if (history.length > 1) axis(time(history[history.length - 1].at), { x: width - right, y: height - 6, "text-anchor": "end" });
}

// --- loading and the live feed ---------------------------------------------------------------------------

async function loadAll() {
  const [events, facts] = await Promise.all([getJson("/api/events"), getJson("/api/facts")]);
  for (const event of events.events) state.events.set(event.id, event);
  for (const fact of facts.facts) {
    const known = state.facts.get(fact.key);
    if (!known || known.version < fact.version) state.facts.set(fact.key, fact);
  }
  for (const fact of [...state.facts.values()].sort(factOrder)) placeRow(fact, null, false);
  document.querySelectorAll("article.event").forEach((card) => describeEvent(card, card.dataset.event));
  state.loaded = true;
  state.pending.splice(0).forEach(apply);
}

async function refreshEvents() {
  const events = await getJson("/api/events");
  for (const event of events.events) state.events.set(event.id, event);
  document.querySelectorAll("article.event").forEach((card) => describeEvent(card, card.dataset.event));
}

function connect() {
  // Opened before the first load, so that nothing changing in between is missed; EventSource reconnects by
  // itself and sends Last-Event-ID, so the server resumes right after the last update shown.
  const feed = new EventSource("/api/stream");
  const connection = document.getElementById("connection");
  feed.addEventListener("open", () => { connection.dataset.state = "live"; connection.textContent = "live"; });
  feed.addEventListener("error", () => { connection.dataset.state = "reconnecting"; connection.textContent = "reconnecting…"; });
  feed.addEventListener("fact", (message) => {
    const update = JSON.parse(message.data);
    if (state.loaded) apply(update); else state.pending.push(update);
    // A change of facts usually comes with a change of its event (a new article, a new event): reload the
    // events once the burst is over rather than once per update.
    clearTimeout(state.eventsRefresh);
    state.eventsRefresh = setTimeout(() => refreshEvents().catch(() => {}), 500);
  });
}

async function loadWithRetry() {
  try {
    await loadAll();
  } catch (failure) {
    setText("empty", "Waiting for the processor: " + failure.message);
    setTimeout(loadWithRetry, 2000);
  }
}

// --- ops panel ---------------------------------------------------------------------------------------------

function rate(now, before, name, seconds) {
  if (!before || seconds <= 0) return "";
  return " (" + ((now.counts[name] - before.counts[name]) / seconds).toFixed(1) + "/s)";
}

async function pollOps() {
  try {
    const ops = await getJson("/api/ops");
    const seconds = state.lastOps ? ops.uptimeSeconds - state.lastOps.uptimeSeconds : 0;
    setText("ops-instance", ops.instance + (ops.instances.length > 1 ? " (of " + ops.instances.length + ")" : ""));
    const stateCell = document.getElementById("ops-state");
    stateCell.textContent = ops.state;
    stateCell.className = ops.state === "RUNNING" ? "state-ok" : "state-bad";
    setText("ops-articles", ops.counts["factwire.articles.in"] + rate(ops, state.lastOps, "factwire.articles.in", seconds));
    setText("ops-changes", ops.counts["factwire.fact.changes"] + rate(ops, state.lastOps, "factwire.fact.changes", seconds));
    setText("ops-dead", String(ops.counts["factwire.dead.letters"]));
    setText("ops-latency", ops.latency.count === 0 ? "no sample yet"
      : "mean " + ops.latency.meanMs + " ms, max " + ops.latency.maxMs + " ms (" + ops.latency.count + ")");
    state.lastOps = ops;
  } catch (failure) {
    setText("ops-state", "unreachable: " + failure.message);
  }
}

async function pollLag() {
  try {
    const lag = await getJson("/api/lag");
    setText("ops-lag-total", lag.totalLag + " records, oldest waiting " + lag.maxLagSeconds.toFixed(1) + " s");
    // Kafka Streams' internal topics start with the application id: the rest says which one it is.
    const prefix = lag.group + "-";
    document.getElementById("lag-rows").replaceChildren(...lag.partitions.map((partition) => el("tr", {},
      el("td", { title: partition.topic },
        partition.topic.startsWith(prefix) ? "· " + partition.topic.slice(prefix.length) : partition.topic),
      el("td", { className: "num" }, partition.partition),
      el("td", { className: "num" }, partition.lag), el("td", { className: "num" }, partition.lagSeconds.toFixed(1)))));
  } catch (failure) {
    setText("ops-lag-total", "unavailable: " + failure.message);
  }
}

connect();
loadWithRetry();
pollOps();
pollLag();
setInterval(pollOps, 2000);
setInterval(pollLag, 3000);
setInterval(() => refreshEvents().catch(() => {}), 15000);
