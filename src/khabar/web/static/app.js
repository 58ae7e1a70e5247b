// khabar review UI: the events map and the timeline, drawn as SVG from the JSON API and the shipped
// outlines (no tile server, no CDN). Brushing the timeline sets since/until and reloads the page.
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var COLORS = {"Battles": "#c0392b", "Explosions/Remote violence": "#e67e22",
    "Violence against civilians": "#8e44ad", "Protests": "#2980b9", "Riots": "#16a085",
    "Strategic developments": "#7f8c8d"};
  function color(t) { return COLORS[t] || "#555"; }
  function el(name, attrs, parent) {
    var e = document.createElementNS(NS, name);
    for (var k in attrs) { e.setAttribute(k, attrs[k]); }
    if (parent) { parent.appendChild(e); }
    return e;
  }
  function getJSON(url, cb) {
    var x = new XMLHttpRequest();
    x.open("GET", url);
    x.onload = function () { if (x.status === 200) { cb(JSON.parse(x.responseText)); } };
    x.send();
  }

  function drawMap(svg) {
    var q = svg.getAttribute("data-query") || "";
    getJSON("/static/outlines.json", function (outlines) {
      getJSON("/api/map?" + q, function (points) {
        var W = 800, H = 520;
        var lon0 = -18, lon1 = 64, lat0 = 2, lat1 = 44;
        if (points.length) {
          var lons = points.map(function (p) { return p.lon; }), lats = points.map(function (p) { return p.lat; });
          lon0 = Math.min.apply(null, lons) - 3; lon1 = Math.max.apply(null, lons) + 3;
          lat0 = Math.min.apply(null, lats) - 2.5; lat1 = Math.max.apply(null, lats) + 2.5;
          var need = (lon1 - lon0) / W * H - (lat1 - lat0);
          if (need > 0) { lat0 -= need / 2; lat1 += need / 2; } else { lon0 += need / 2 * W / H; lon1 -= need / 2 * W / H; }
        }
        var sx = W / (lon1 - lon0), sy = H / (lat1 - lat0);
        function px(lon) { return ((lon - lon0) * sx).toFixed(1); }
        function py(lat) { return ((lat1 - lat) * sy).toFixed(1); }
        function path(polys) {
          return polys.map(function (ring) {
            return "M" + ring.map(function (c) { return px(c[0]) + "," + py(c[1]); }).join("L") + "Z";
          }).join("");
        }
        outlines.countries.forEach(function (c) { el("path", {"class": "country", d: path(c.polys)}, svg); });
        outlines.admin1.forEach(function (a) { el("path", {"class": "admin1", d: path(a.polys)}, svg); });
        points.sort(function (a, b) { return (b.geo_precision || 1) - (a.geo_precision || 1); });
        points.forEach(function (p) {
          var prec = p.geo_precision || 1;
          var r = 3 + Math.sqrt(p.killed || 0) * 1.6;
          // a province-wide area (~100 km) or the surroundings of a town (~25 km), not a pin-point
          if (prec === 3) { r = Math.max(r, 0.9 * sx, 14); }
          if (prec === 2) { r = Math.max(r, 0.23 * sx, 7); }
          var a = el("a", {href: "/events/" + encodeURIComponent(p.id)}, svg);
          var c = el("circle", {"class": "pt p" + prec, cx: px(p.lon), cy: py(p.lat), r: r.toFixed(1),
            fill: color(p.type), stroke: color(p.type)}, a);
          var t = el("title", {}, c);
          t.textContent = (p.subtype || p.type) + " · " + (p.date || "?") + " · " + (p.location || "") +
            (p.killed != null ? " · " + p.killed : "") + " · precision " + prec;
        });
      });
    });
  }

  function drawTimeline(svg) {
    var q = svg.getAttribute("data-query") || "";
    getJSON("/api/timeline?" + q, function (rows) {
      if (!rows.length) { return; }
      var W = 800, H = 160, pad = 18;
      var days = {}, order = [];
      rows.forEach(function (r) {
        if (!(r.date in days)) { days[r.date] = []; order.push(r.date); }
        days[r.date].push(r);
      });
      order.sort();
      var d0 = new Date(order[0]), d1 = new Date(order[order.length - 1]);
      var span = Math.max(1, (d1 - d0) / 864e5 + 1);
      var bw = (W - 2 * pad) / span;
      var max = 1;
      order.forEach(function (d) { var s = 0; days[d].forEach(function (r) { s += r.n; }); max = Math.max(max, s); });
      function x(date) { return W - pad - ((new Date(date) - d0) / 864e5 + 1) * bw; }  // right-to-left
      order.forEach(function (d) {
        var y = H - pad;
        days[d].forEach(function (r) {
          var h = r.n / max * (H - 2 * pad);
          var b = el("rect", {x: x(d).toFixed(1), y: (y - h).toFixed(1), width: Math.max(1, bw - 1).toFixed(1),
            height: h.toFixed(1), fill: color(r.type)}, svg);
          el("title", {}, b).textContent = d + " · " + r.type + ": " + r.n;
          y -= h;
        });
      });
      el("text", {x: W - pad, y: H - 3, "font-size": 10, "text-anchor": "end"}, svg).textContent = order[0];
      el("text", {x: pad, y: H - 3, "font-size": 10}, svg).textContent = order[order.length - 1];
      // brushing
      var brush = el("rect", {"class": "brush", x: 0, y: 0, width: 0, height: H, visibility: "hidden"}, svg);
      var start = null;
      function sx(ev) { var r = svg.getBoundingClientRect(); return (ev.clientX - r.left) * W / r.width; }
      function dateAt(px) {
        var k = Math.floor((W - pad - px) / bw);
        var d = new Date(d0.getTime() + Math.max(0, Math.min(span - 1, k)) * 864e5);
        return d.toISOString().slice(0, 10);
      }
      svg.addEventListener("mousedown", function (ev) { start = sx(ev); brush.setAttribute("visibility", "visible"); });
      svg.addEventListener("mousemove", function (ev) {
        if (start === null) { return; }
        var cur = sx(ev);
        brush.setAttribute("x", Math.min(start, cur)); brush.setAttribute("width", Math.abs(cur - start));
      });
      svg.addEventListener("mouseup", function (ev) {
        if (start === null) { return; }
        var a = dateAt(start), b = dateAt(sx(ev)); start = null;
        var params = new URLSearchParams(window.location.search);
        params.set("since", a < b ? a : b); params.set("until", a < b ? b : a); params.delete("page");
        window.location.search = params.toString();
      });
    });
  }

  var map = document.getElementById("map");
  if (map) { drawMap(map); }
  var tl = document.getElementById("timeline");
  if (tl) { drawTimeline(tl); }
})();
