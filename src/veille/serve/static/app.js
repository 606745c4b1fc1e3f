/* veille: charts and the map, drawn as SVG from the JSON blocks the server put in each page.
   No library, no network but this server; every label goes in as text (textContent), never as HTML. */
"use strict";
(function () {
  const SVG = "http://www.w3.org/2000/svg";
  const PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
    "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd"];

  function el(name, attrs, parent) {
    const node = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, String(value));
    if (parent) parent.appendChild(node);
    return node;
  }

  function tip(node, text) {
    el("title", {}, node).textContent = text;
  }

  function source(node) {
    return JSON.parse(document.getElementById(node.dataset.source).textContent);
  }

  function addDays(iso, n) {
    const d = new Date(iso + "T00:00:00Z");
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  }

  function dayCount(from, to) {
    return Math.round((Date.parse(to + "T00:00:00Z") - Date.parse(from + "T00:00:00Z")) / 86400000) + 1;
  }

  function legend(svg, names, colours, y) {
    let x = 40;
    names.forEach(function (name) {
      el("rect", { x: x, y: y, width: 10, height: 10, fill: colours[name] }, svg);
      const label = el("text", { x: x + 14, y: y + 9, "font-size": 11 }, svg);
      label.textContent = name;
      x += 24 + 7 * name.length;
    });
  }

  function axes(svg, width, height, top, max, first, last) {
    el("line", { x1: 40, y1: top + height, x2: 40 + width, y2: top + height, stroke: "#333" }, svg);
    el("line", { x1: 40, y1: top, x2: 40, y2: top + height, stroke: "#333" }, svg);
    const labels = [[2, top + 10, String(max)], [2, top + height, "0"], [40, top + height + 14, first],
      [40 + width - 70, top + height + 14, last]];
    labels.forEach(function (l) {
      el("text", { x: l[0], y: l[1], "font-size": 11 }, svg).textContent = l[2];
    });
  }

  function daysChart(node, data) {
    const days = data.by_day;
    const width = 760, height = 180, top = 10;
    const svg = el("svg", { viewBox: "0 0 820 250", width: "100%", class: "chart-svg" });
    if (!days.length) {
      el("text", { x: 40, y: 100 }, svg).textContent = "No event in this period.";
      node.appendChild(svg);
      node.dataset.drawn = "true";
      return;
    }
    const first = data.since || days[0].day, last = data.until || days[days.length - 1].day;
    const n = Math.max(1, dayCount(first, last));
    const types = data.by_type.map(function (t) { return t.type; });
    const colours = {};
    types.forEach(function (t, i) { colours[t] = PALETTE[i % PALETTE.length]; });
    const max = Math.max.apply(null, days.map(function (d) { return d.total; }));
    const barWidth = width / n;
    days.forEach(function (d) {
      const x = 40 + dayCount(first, d.day) * barWidth - barWidth;
      let y = top + height;
      types.forEach(function (t) {
        const count = d.types[t] || 0;
        if (!count) return;
        const h = (count / max) * height;
        y -= h;
        const bar = el("rect", { x: x, y: y, width: Math.max(barWidth - 0.5, 1), height: h, fill: colours[t],
          class: "bar" }, svg);
        tip(bar, d.day + " " + t + ": " + count);
      });
    });
    axes(svg, width, height, top, max, first, last);
    legend(svg, types, colours, top + height + 30);
    node.appendChild(svg);
    node.dataset.drawn = "true";
  }

  function timelineChart(node, rows) {
    const width = 760, height = 160, top = 10;
    const svg = el("svg", { viewBox: "0 0 820 220", width: "100%", class: "chart-svg" });
    const colours = { "as actor": PALETTE[0], "as recipient": PALETTE[1] };
    if (rows.length) {
      const max = Math.max.apply(null, rows.map(function (r) { return Math.max(r.as_actor, r.as_recipient); }));
      const slot = width / rows.length;
      rows.forEach(function (r, i) {
        [["as actor", r.as_actor], ["as recipient", r.as_recipient]].forEach(function (pair, j) {
          const h = (pair[1] / max) * height;
          const bar = el("rect", { x: 40 + i * slot + j * slot / 2, y: top + height - h,
            width: Math.max(slot / 2 - 1, 1), height: h, fill: colours[pair[0]], class: "bar" }, svg);
          tip(bar, r.month + " " + pair[0] + ": " + pair[1]);
        });
      });
      axes(svg, width, height, top, max, rows[0].month, rows[rows.length - 1].month);
    } else {
      el("text", { x: 40, y: 80 }, svg).textContent = "No dated event.";
    }
    legend(svg, Object.keys(colours), colours, top + height + 30);
    node.appendChild(svg);
    node.dataset.drawn = "true";
  }

  function drawMap(node, data) {
    return fetch("/static/world.json").then(function (response) {
      if (!response.ok) throw new Error("world.json: HTTP " + response.status);
      return response.json();
    }).then(function (world) {
      const svg = el("svg", { viewBox: "0 0 " + world.width + " " + world.height, width: "100%",
        class: "map-svg" });
      el("rect", { x: 0, y: 0, width: world.width, height: world.height, fill: "#eef4f8" }, svg);
      const counts = data.countries || {};
      const max = Math.max.apply(null, [1].concat(Object.values(counts)));
      world.countries.forEach(function (c) {
        const n = counts[c.iso3] || 0;
        const shade = n ? 0.25 + 0.75 * (n / max) : 0;
        const path = el("path", { d: c.d, fill: n ? "#d62728" : "#d9d9d9", "fill-opacity": n ? shade : 1,
          stroke: "#ffffff", "stroke-width": 0.2, class: "country", "data-iso3": c.iso3 }, svg);
        tip(path, c.name + (n ? ": " + n + " event(s)" : ""));
      });
      (data.places || []).forEach(function (p) {
        if (p.lat === null || p.lon === null) return;
        const dot = el("circle", { cx: p.lon + 180, cy: 90 - p.lat, r: 1 + Math.sqrt(p.events),
          fill: "#1f77b4", "fill-opacity": 0.8, stroke: "#ffffff", "stroke-width": 0.3, class: "place" }, svg);
        tip(dot, p.place + ": " + p.events + " event(s)");
      });
      node.appendChild(svg);
      node.dataset.drawn = "true";
    });
  }

  document.querySelectorAll("[data-chart]").forEach(function (node) {
    const data = source(node);
    if (node.dataset.chart === "days") daysChart(node, data);
    else if (node.dataset.chart === "timeline") timelineChart(node, data);
  });
  document.querySelectorAll("[data-map]").forEach(function (node) {
    drawMap(node, source(node)).catch(function (error) {
      node.dataset.drawn = "failed";
      console.error(error);
    });
  });
})();
