// The graph page of resparse (render/html.py inlines this file; the data are the JSON of graph_data()).
// Every text reaches the page through textContent or a text node: never innerHTML.
(function () {
  "use strict";
  var marks = window.resparseMarks = {start: performance.now()};   // stages of the opening, for bench/
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  marks.parsed = performance.now();
  var citations = data.view === "citations";
  var byId = {}, out = {}, inc = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; out[n.id] = []; inc[n.id] = []; });
  data.edges.forEach(function (e) { out[e.from].push(e); inc[e.to].push(e); });
  // a page of several resolutions opens on one node per resolution (data.overview, a network of its own above
  // the paragraphs'); opening one shows its region: its paragraphs in reading order and what they cite
  var overview = data.overview || null;
  // the corpus view (a database): groups of resolutions and the most cited documents, at positions computed in
  // Python; a group opens into its resolutions (state.open), drawn in its place
  var corpus = data.corpus || null;
  var fixed = !!overview || data.nodes.some(function (n) { return n.x !== undefined; });
  var labelledIds = data.labelled, labelled = {}, readable = {}, allLabels = false;
  var inView = null;   // the nodes of the region open (null: every node)
  function setLabels(ids, readableIds, total) {
    labelledIds = ids; labelled = {}; readable = {};   // readable: kept readable at any zoom (most cited, milestones)
    ids.forEach(function (id) { labelled[id] = true; });
    readableIds.forEach(function (id) { readable[id] = true; });
    allLabels = ids.length === total;
  }
  setLabels(data.labelled, data.readable, data.nodes.length);
  // a footnote's label ("fn 14") is drawn only beside the node focused (it or its neighbours), and its tooltip names
  // it on hover: the footnotes of a paragraph stand a row's step apart, closer than their labels are wide ("fn 1fn
  // 1fn 14" drawn over each other, a fresh-user trial, 2026-12-03)
  // a text cut for display after the last whole word that fits in n characters, "…" where it is cut: the rule of
  // resparse.clip.clip (a sub-paragraph's text and a search result's were cut mid-word)
  function clip(t, n) {
    t = t.replace(/\s+/g, " ").trim();
    if (t.length <= n) { return t; }
    var room = Math.max(n - 1, 1), head = t.slice(0, room + 1);
    var cut = head.indexOf(" ") >= 0 ? head.slice(0, head.lastIndexOf(" ")) : t.slice(0, room);
    return cut.replace(/[ ,;:]+$/, "") + "…";
  }
  function quiet(n) { return n.kind === "footnote" && !corpus; }
  // and, shown, every other one of a row drawn above its shape (vis-network's font.vadjust, canvas units): two
  // footnotes side by side, DX_ROW (layout.py) apart, keep their labels apart at any zoom
  var DX_ROW = 40;
  function stagger(n) {
    if (n.x === undefined || Math.abs(Math.round(n.x / DX_ROW)) % 2 === 0) { return 0; }
    return -(2 * ((n.size || 0) + 3) + 18);
  }
  function viewNodes() {   // the nodes of the region open, or those in the network (the corpus view adds them as shown)
    return data.nodes.filter(function (n) { return inView ? inView[n.id] : !present || present[n.id]; });
  }
  var labelSize = 0, CIRCLE_FONT = 22;   // a circle holds its label: at most this font, it fits between rows
  // an actor's or cited document's label wraps at this width, at most CIRCLE_FONT high (its column is spaced for
  // that: layout.py, LABEL_WRAP)
  var LABEL_WRAP = data.label_wrap || 240;
  function wraps(n) { return !corpus && (n.kind === "actor" || n.kind === "document"); }
  var status = document.getElementById("status");
  var panel = document.getElementById("panel");

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  function tip(text) { return el("div", text, "tip"); }     // vis shows a DOM element as it is

  // ------------------------------------------------------------------ the network
  var state = {nodeKinds: {}, edgeKinds: {}, linked: false, raw: false, sessions: {}, cited: "", focus: null,
               zoomLabels: false, region: null, open: {}};
  document.querySelectorAll("input[data-node-kind]").forEach(function (c) { state.nodeKinds[c.dataset.nodeKind] = c.checked; });
  document.querySelectorAll("input[data-edge-kind]").forEach(function (c) { state.edgeKinds[c.dataset.edgeKind] = c.checked; });
  data.sessions.forEach(function (s) { state.sessions[s[0]] = true; });

  function nodeColor(n, faded) {
    var c = faded ? "#e4e4e4" : n.color;
    return {background: c, border: faded ? "#d0d0d0" : "#444444",
            highlight: {background: c, border: "#000000"}, hover: {background: c, border: "#000000"}};
  }
  function visNode(n) {
    var o = {id: n.id, label: labelled[n.id] && !corpus && !quiet(n) ? n.label : "", title: tip(n.tip), shape: n.shape,
             size: n.size,
             color: nodeColor(n, false),
             font: n.kind === "resolution" && !citations ? {color: "#ffffff", strokeWidth: 0} : {color: "#222222"}};
    if (n.x !== undefined) { o.x = n.x; o.y = n.y; }
    // an actor's or cited document's long label wraps ("Food and Agriculture Organization of the United Nations"):
    // its columns are spaced for it (layout.py, LABEL_WRAP)
    if (wraps(n)) { o.widthConstraint = {maximum: LABEL_WRAP}; }
    if (overview) { o.hidden = true; o.physics = false; }   // shown when its resolution is opened
    return o;
  }
  function edgeShown(e) {
    if (!state.edgeKinds.hasOwnProperty(e.kind)) { return true; }
    return state.edgeKinds[e.kind];
  }
  function visEdge(e) {
    return {id: e.id, from: e.from, to: e.to, title: tip(e.tip), arrows: "to", hidden: !edgeShown(e),
            color: {color: e.color, highlight: e.color, hover: e.color, opacity: citations ? 0.35 : 0.9},
            dashes: e.dashes, width: e.width,
            smooth: fixed ? {type: "curvedCW", roundness: 0.15} : false};
  }
  // with an overview, the paragraph network holds only the regions opened so far (added as they open)
  var present = null;   // ids in the paragraph network (null: every node and edge)
  // the corpus view too: it holds what has been shown so far (applyFilters adds a group's resolutions as it opens)
  var nodes = new vis.DataSet(overview || corpus ? [] : data.nodes.map(visNode));
  var edges = new vis.DataSet(overview || corpus ? [] : data.edges.map(visEdge));
  if (overview || corpus) { present = {}; }
  var physics = {
    solver: "forceAtlas2Based",
    forceAtlas2Based: {gravitationalConstant: citations ? -40 : -60, centralGravity: 0.01,
                       springLength: citations ? 120 : 90, springConstant: 0.08, avoidOverlap: 0.3},
    maxVelocity: 60, minVelocity: 1, timestep: 0.5,
    // bounded: a corpus of a thousand resolutions and more gets fewer rounds, and is usable in seconds
    stabilization: {enabled: true, iterations: data.nodes.length > 1000 ? 120 : 250, updateInterval: 25, fit: true}
  };
  var options = {
    layout: {improvedLayout: false, randomSeed: 7},
    nodes: {font: {size: 15, face: "sans-serif", strokeWidth: 3, strokeColor: "#ffffff"}, borderWidth: 1},
    edges: {font: {size: 10, align: "middle", color: "#555555", strokeWidth: 3},
            arrows: {to: {scaleFactor: 0.5}}, selectionWidth: 2},
    interaction: {hover: true, tooltipDelay: 150, hideEdgesOnDrag: data.nodes.length > 300},
    physics: fixed ? {enabled: false} : physics
  };
  // the graph fills the window below the header, whatever the header's height: a title of two or three lines, a
  // tools row that wraps in a narrower window (the corpus view's counts take a few lines). A fixed 100vh - 84px put
  // the graph's bottom under the window's edge (19 px at 1400x900 under a title of two lines, 37 px at 1280x1024
  // under one of three) and cut the labels drawn there (a trial of the thirtieth session)
  function fitMain() {
    var main = document.querySelector("main");
    var height = Math.max(420, window.innerHeight - document.querySelector("header").offsetHeight - 2) + "px";
    if (main.style.height !== height) { main.style.height = height; return true; }
    return false;
  }
  fitMain();
  var network = new vis.Network(document.getElementById("graph"), {nodes: nodes, edges: edges}, options);
  window.network = network;
  marks.network = performance.now();
  window.resparseData = {nodes: nodes, edges: edges};

  // The view as fitted stays fitted when the graph's area changes size (a narrower window, a scrollbar appearing):
  // fitted at 1400x900, then narrowed, the labels at both edges were cut, "A/RES/71/280" at the left and the
  // documents' under the reading panel (a new-user trial, 2026-12-04). A view the user moved since (zoomed,
  // dragged, focused on a node) is left as it is; the corpus view and the overview keep theirs.
  // Fitted on the labels as they are drawn at the fitted scale: vis-network fits the nodes' boxes (which hold their
  // labels) as drawn before the fit, and the opening labels then grow as the scale shrinks (12 screen pixels high
  // at any scale), past the area's edge: the actors' labels of A/RES/79/144 drawn with --mandates, cut at the
  // bottom at 1400x900 and 1280x1024 (a trial of the thirtieth session). Fitted again on the labels drawn until the
  // scale holds (a label's height on the screen is fixed, so it holds in two or three rounds).
  var fitted = false;
  function fitView() {
    for (var round = 0; round < 6; round++) {
      var scale = network.getScale();
      network.fit();
      openingLabels();
      if (round > 0 && Math.abs(network.getScale() - scale) <= 0.01 * scale) { break; }
    }
    fitted = true;
  }
  network.on("zoom", function () { fitted = false; });
  network.on("dragEnd", function () { fitted = false; });
  var refit = null;
  network.on("resize", function () {   // vis sets its own camera after this event: fit once it has
    if (corpus || overview || !fitted) { return; }
    clearTimeout(refit);
    refit = setTimeout(function () { if (fitted) { fitView(); } }, 0);
  });
  window.addEventListener("resize", function () {   // the header rewraps: the graph's area follows it
    if (fitMain()) { network.redraw(); }   // (vis reads its area's new size, and says "resize" if it changed)
  });

  function ready() {
    marks.filters = performance.now();
    applyFilters();
    if (fitMain()) { network.redraw(); }   // the status line's counts may wrap the header
    fitView();   // on what is shown, with its opening labels
    marks.ready = performance.now();
    window.resparseReady = true;
  }
  if (overview) {
    // startOverview(), at the end: it uses the panel and the filters defined below
  } else if (fixed) {
    ready();
  } else {
    network.on("stabilizationProgress", function (p) {
      status.textContent = "laying out " + Math.round(100 * p.iterations / p.total) + "%";
    });
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({physics: {enabled: false}});
      ready();
    });
  }

  // Labels: all of them when they are few; else those of the most cited, drawn big enough to read at the opening
  // zoom, and every label once the reader zooms in.
  function openingLabels() {
    if (corpus) { corpusLabels(); return; }
    if (allLabels) {   // every label, at least 11 screen pixels high, while they still fit between the rows
      network.setOptions({nodes: {font: {size: Math.min(CIRCLE_FONT, Math.max(15, 11 / network.getScale()))}}});
      return;
    }
    scaleLabels();
  }
  function scaleLabels() {   // labels 12 screen pixels high whatever the zoom (circles: as rows allow)
    var size = Math.max(15, 12 / network.getScale());
    if (allLabels || Math.abs(size - labelSize) < 0.5) { return; }
    labelSize = size;
    nodes.update(labelledIds.map(function (id) {   // a circle holds its label: it may not outgrow a row
      // the few readable ones may grow; a wrapped label stays the size its column was spaced for
      var capped = (byId[id].shape === "circle" || wraps(byId[id])) && !readable[id];
      var o = {id: id, font: {size: capped ? Math.min(size, CIRCLE_FONT) : size}};
      if (wraps(byId[id])) {   // a grown label wraps where it wraps at CIRCLE_FONT: its lines stay whole words
        // ("Secretary-General", not "Secreta / ry-Gene / ral" at a font twice its column's: A/RES/79/144 --mandates)
        o.widthConstraint = {maximum: LABEL_WRAP * Math.max(1, o.font.size / CIRCLE_FONT)};
      }
      return o;
    }));
  }
  network.on("animationFinished", function () { if (corpus) { corpusLabels(); } else { scaleLabels(); } });
  network.on("dragEnd", function () { if (corpus) { corpusLabels(); } });
  network.on("zoom", function () {
    if (corpus) { corpusLabels(); return; }
    scaleLabels();
    if (allLabels) { return; }
    var want = network.getScale() > 0.8;
    if (want === state.zoomLabels) { return; }
    state.zoomLabels = want;
    nodes.update(viewNodes().filter(function (n) { return !labelled[n.id] && !quiet(n); }).map(function (n) {
      return {id: n.id, label: want ? n.label : ""};
    }));
  });

  // Labels that do not overlap: the nodes in view, largest first (the focused one before all), each label kept
  // where its box, LABEL_PX high on the screen below its shape, else above it, meets no box kept before and no other
  // node's shape (a group's long label over the nodes around it hid them: the corpus view) and lies on the screen
  // whole (not under the reading panel); the others show on
  // hover. ``kept``: by node id, the label's vertical shift in canvas units (vis-network's font.vadjust): 0 below.
  var FOCUS_SCALE = 0.85;
  var LABEL_PX = 12, measure = document.createElement("canvas").getContext("2d");
  measure.font = LABEL_PX + "px sans-serif";
  function meets(a, b) { return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]; }
  function placeLabels(net, items, focus) {
    var scale = net.getScale(), boxes = [], kept = {};
    var ids = items.map(function (n) { return n.id; });
    var at = net.getPositions(ids);
    var box0 = net.body.container.getBoundingClientRect();
    var shown = items.filter(function (n) {   // on the screen (a move or a zoom places them again)
      var p = net.canvasToDOM(at[n.id]);
      return p.x > -100 && p.y > -50 && p.x < box0.width + 100 && p.y < box0.height + 20;
    });
    var shapes = shown.map(function (n) {   // the square around each shape drawn (its size: the radius)
      var p = net.canvasToDOM(at[n.id]), r = (n.size || 0) * scale;
      return {id: n.id, box: [p.x - r, p.y - r, p.x + r, p.y + r]};
    });
    shown.sort(function (a, b) {
      return (b.id === focus) - (a.id === focus) || b.size - a.size || (a.id < b.id ? -1 : 1);
    }).forEach(function (n) {
      if (!n.label) { return; }
      var p = net.canvasToDOM(at[n.id]);
      var w = measure.measureText(n.label).width + 6, h = LABEL_PX * 1.25 + 4;
      var inside = n.shape === "box" || n.shape === "circle";
      var top = inside ? p.y - h / 2 : p.y + (n.size + 3) * scale;   // vis draws it 3 below the shape
      var up = 2 * (n.size + 3) * scale + h;   // from below the shape to above it, on the screen
      (inside ? [0] : [0, up]).some(function (shift) {
        var box = [p.x - w / 2, top - shift, p.x + w / 2, top - shift + h];
        // on the screen whole: a label past the canvas's edge was cut there, by the reading panel beside it
        // ("77/263A · prograr" on the corpus view's right edge); such a node shows its label on hover
        if (box[0] < 0 || box[1] < 0 || box[2] > box0.width || box[3] > box0.height) { return false; }
        if (boxes.some(function (o) { return meets(box, o); })
            || shapes.some(function (s) { return s.id !== n.id && meets(box, s.box); })) { return false; }
        boxes.push(box);
        kept[n.id] = -shift / scale;
        return true;
      });
    });
    return {kept: kept, font: LABEL_PX / scale};
  }
  var labelTimer = null;
  function corpusLabels() {   // after a zoom or a move, once it has stopped for a moment
    clearTimeout(labelTimer);
    labelTimer = setTimeout(function () {
      var shown = data.nodes.filter(function (n) { var v = nodes.get(n.id); return v && !v.hidden; });
      var placed = placeLabels(network, shown, state.focus);
      nodes.update(shown.map(function (n) {
        var on = n.id in placed.kept;
        return {id: n.id, label: on ? n.label : "", font: {size: placed.font, vadjust: on ? placed.kept[n.id] : 0}};
      }));
      window.resparseLabels = Object.keys(placed.kept).length;
      window.resparseLabelScale = network.getScale();
    }, 60);
  }

  // ------------------------------------------------------------------ filters
  function session(n) { return n.kind !== "resolution" || !n.session || state.sessions[n.session] !== false; }
  function applyFilters() {
    var nodeOn = {}, edgeOn = {};
    var cited = state.cited;
    data.nodes.forEach(function (n) {
      nodeOn[n.id] = state.nodeKinds[n.kind] !== false && session(n) && (!inView || !!inView[n.id]);
      if (corpus && n.kind === "group") {   // a group stands for its resolutions until it opens
        nodeOn[n.id] = !state.open[n.id] && n.members.some(function (m) { return session(byId[m]); });
      } else if (corpus && n.group) {
        nodeOn[n.id] = nodeOn[n.id] && !!state.open[n.group];
      }
    });
    if (cited) {
      var keep = {};
      keep[cited] = true;
      inc[cited].forEach(function (e) { keep[e.from] = true; });
      data.nodes.forEach(function (n) { nodeOn[n.id] = nodeOn[n.id] && !!keep[n.id]; });
    }
    function edgeOk(e) {
      return edgeShown(e) && nodeOn[e.from] && nodeOn[e.to] && (!cited || e.to === cited);
    }
    if (state.linked) {      // only what cites or is cited: a visible reference edge
      var linked = {};
      data.edges.forEach(function (e) {
        if (e.kind !== "contains" && edgeOk(e)) { linked[e.from] = true; linked[e.to] = true; }
      });
      data.nodes.forEach(function (n) {
        if (n.kind !== "resolution" || citations) { nodeOn[n.id] = nodeOn[n.id] && !!linked[n.id]; }
      });
    }
    data.edges.forEach(function (e) { edgeOn[e.id] = edgeOk(e); });
    if (corpus) {   // what is shown for the first time joins the network
      var added = data.nodes.filter(function (n) { return nodeOn[n.id] && !present[n.id]; });
      added.forEach(function (n) { present[n.id] = true; });
      if (added.length) { nodes.add(added.map(visNode)); }
      var joined = data.edges.filter(function (e) { return edgeOn[e.id] && !present[e.id]; });
      joined.forEach(function (e) { present[e.id] = true; });
      if (joined.length) { edges.add(joined.map(visEdge)); }
    }
    function there(x) { return !present || present[x.id]; }
    nodes.update(data.nodes.filter(there).map(function (n) { return {id: n.id, hidden: !nodeOn[n.id]}; }));
    edges.update(data.edges.filter(there).map(function (e) { return {id: e.id, hidden: !edgeOn[e.id]}; }));
    var c = counts();
    if (overview && !state.region) { return; }
    if (corpus) { corpusLabels(); }
    var all = inView ? data.edges.filter(function (e) { return inView[e.from] && inView[e.to]; }).length : data.edges.length;
    // the corpus view counts what it draws, a group one shape and its edge one line; the counts of the graph
    // (nodes, edges: what `graph --db` prints) are in the heading, word for word
    status.textContent = c.nodes + " of " + (inView ? viewNodes().length : data.nodes.length) +
      (corpus ? " shapes (groups, resolutions, documents), " : " nodes, ") + c.edges + " of " + all +
      (corpus ? " lines drawn" : " edges shown") + (state.region ? " (" + state.region + " open)" : "");
  }
  function counts() {
    if (overview && !state.region) {
      return {nodes: ov.nodes.get({filter: function (n) { return !n.hidden; }}).length,
              edges: ov.edges.get({filter: function (e) { return !e.hidden; }}).length};
    }
    return {nodes: nodes.get({filter: function (n) { return !n.hidden; }}).length,
            edges: edges.get({filter: function (e) { return !e.hidden; }}).length};
  }
  window.resparseCounts = counts;

  document.querySelectorAll("input[data-node-kind]").forEach(function (c) {
    c.addEventListener("change", function () { state.nodeKinds[c.dataset.nodeKind] = c.checked; applyFilters(); });
  });
  document.querySelectorAll("input[data-edge-kind]").forEach(function (c) {
    c.addEventListener("change", function () {
      state.edgeKinds[c.dataset.edgeKind] = c.checked;
      if (c.dataset.edgeKind === "contains" && raw) { raw.checked = c.checked; setRaw(c.checked); return; }
      applyFilters();
    });
  });
  document.getElementById("linked").addEventListener("change", function (ev) {
    state.linked = ev.target.checked; applyFilters();
  });

  // the raw graph: every edge, the hierarchy too, in a force layout; unchecked, back to reading order
  var raw = document.getElementById("raw");
  function setRaw(on) {
    state.raw = on;
    state.edgeKinds.contains = on;
    var box = document.querySelector("input[data-edge-kind=contains]");
    if (box) { box.checked = on; }
    applyFilters();
    if (on) {
      window.resparseReady = false;
      network.setOptions({physics: physics, edges: {smooth: false}});
      network.once("stabilizationIterationsDone", function () {
        network.setOptions({physics: {enabled: false}});
        fitView();
        window.resparseReady = true;
      });
      network.stabilize(250);
    } else {
      network.setOptions({physics: {enabled: false}, edges: {smooth: {type: "curvedCW", roundness: 0.15}}});
      nodes.update(viewNodes().map(function (n) { return {id: n.id, x: n.x, y: n.y}; }));
      fitView();
    }
  }
  if (raw) { raw.addEventListener("change", function () { setRaw(raw.checked); }); }

  // the citations view: sessions (legend entries become checkboxes) and one cited document
  if (citations) {
    // the view holds no resolution that cites nothing drawn but for the groups' and their own: no such filter
    document.getElementById("linked").parentNode.hidden = true;
    var legend = document.getElementById("legend");
    legend.querySelectorAll("li").forEach(function (li, i) {
      if (i >= data.sessions.length) { return; }
      var s = data.sessions[i][0];
      var box = document.createElement("input");
      box.type = "checkbox"; box.checked = true; box.dataset.session = s;
      box.addEventListener("change", function () { state.sessions[s] = box.checked; applyFilters(); });
      li.insertBefore(box, li.firstChild);
    });
    var sel = document.getElementById("cited-filter");
    sel.hidden = false;
    sel.appendChild(el("option", "every cited document")).value = "";
    data.nodes.filter(function (n) { return n.cited > 0 && n.kind !== "group"; })
      .sort(function (a, b) { return b.cited - a.cited; }).slice(0, 200)
      .forEach(function (n) { sel.appendChild(el("option", n.full + " (" + n.cited + ")")).value = n.id; });
    sel.addEventListener("change", function () {
      state.cited = sel.value;
      if (corpus && sel.value) {   // its citing resolutions: their groups open
        inc[sel.value].forEach(function (e) { if (byId[e.from].group) { state.open[byId[e.from].group] = true; } });
      }
      applyFilters();
      if (sel.value) { go(sel.value); }
    });
  }

  // ------------------------------------------------------------------ focus: centre, highlight with neighbours
  function neighbours(id) {
    var set = {};
    set[id] = true;
    out[id].concat(inc[id]).forEach(function (e) {
      if (e.kind === "contains" && !state.raw) { return; }
      set[e.from] = true; set[e.to] = true;
    });
    return set;
  }
  function highlight(id) {
    var near = id ? neighbours(id) : null;
    nodes.update(viewNodes().map(function (n) {
      var faded = near !== null && !near[n.id];
      var show = ((labelled[n.id] || state.zoomLabels) && !quiet(n)) || (near !== null && near[n.id]);
      if (corpus) { return {id: n.id, color: nodeColor(n, faded)}; }   // its labels: placed, corpusLabels()
      var o = {id: n.id, color: nodeColor(n, faded), label: show ? n.label : ""};
      if (quiet(n)) { o.font = {vadjust: show ? stagger(n) : 0}; }
      return o;
    }));
    if (corpus) { corpusLabels(); }
  }
  function go(id) {
    if (overview && !inRegion(id)) { return; }   // moved to the overview, or into the region that holds it
    if (!byId[id]) { return; }
    if (corpus && byId[id].group && !state.open[byId[id].group]) { openGroup(byId[id].group, true); }
    state.focus = id;
    var n = nodes.get(id);
    if (n && n.hidden) {   // a filter hides it: show it again rather than move to nothing
      nodes.update({id: id, hidden: false});
    }
    highlight(id);
    network.selectNodes([id], true);
    // a fixed scale, just past the one at which every label is drawn (0.8, the zoom handler): the result and its
    // neighbours named, at the size of a reading, not 1.1 or more (three times the opening zoom of a resolution's
    // page, nodes and labels blown up, a fresh-user trial, 2026-12-03); the corpus view keeps its own
    fitted = false;
    network.focus(id, {scale: corpus ? Math.max(network.getScale(), 1.1) : FOCUS_SCALE,
                       animation: {duration: 350, easingFunction: "easeInOutQuad"}});
    showPanel(id);
    window.resparseFocused = id;
  }
  window.resparseGo = go;
  network.on("click", function (p) {
    if (p.nodes.length) { go(p.nodes[0]); }
    else if (!p.edges.length) { state.focus = null; highlight(null); window.resparseFocused = null; }
  });

  // ------------------------------------------------------------------ the reading panel
  function link(id, text) {
    var b = el("button", text || (byId[id] ? byId[id].full : id), "link");
    b.type = "button";
    b.dataset.id = id;
    b.addEventListener("click", function () { go(id); });
    return b;
  }
  var several = data.nodes.filter(function (n) { return n.kind === "resolution"; }).length > 1;
  function section(title, items) {
    if (!items.length) { return; }
    panel.appendChild(el("h3", title));
    var ul = el("ul");
    items.forEach(function (li) { ul.appendChild(li); });
    panel.appendChild(ul);
  }
  function refItem(id, e, other) {
    var li = el("li");
    li.appendChild(link(id, (byId[id] ? byId[id].full : id) + (several && byId[id] && byId[id].res && byId[id].res !== id ? " (" + byId[id].res + ")" : "")));
    var bits = [];
    if (e.phrase) { bits.push(e.kind ? "“" + e.phrase + "”" : e.phrase); }
    if (e.portion) { bits.push(e.portion); }
    if (e.count) { bits.push(e.count + " citing phrase" + (e.count > 1 ? "s" : "")); }
    if (e.status && e.status !== "ok") { bits.push(e.status); }
    if (other) { bits.unshift(other); }
    if (bits.length) { li.appendChild(el("span", " " + bits.join(" · "), "meta")); }
    return li;
  }
  function showPanel(id) {
    var n = byId[id];
    panel.textContent = "";
    if (n.kind === "group") { groupPanel(n); return; }
    var h = el("h2", n.full);
    panel.appendChild(h);
    panel.appendChild(el("p", n.kind + (n.res && n.res !== n.id ? " · " + n.res : "") +
                             (n.cited ? " · cited " + n.cited + "×" : ""), "meta"));
    if (n.text) { panel.appendChild(el("p", n.text, "text")); }
    var o = out[id], i = inc[id];
    var PARTS = {preambular: 1, operative: 1, annex: 1, subparagraph: 1};
    section("Part of", i.filter(function (e) { return e.kind === "contains" && PARTS[byId[e.from].kind]; })
      .map(function (e) { return refItem(e.from, {}); }));
    section("Sub-paragraphs", o.filter(function (e) { return e.kind === "contains" && PARTS[byId[e.to].kind]; })
      .map(function (e) {
        var t = byId[e.to].text || "";
        return refItem(e.to, {phrase: clip(t, 121)});
      }));
    var fns = o.filter(function (e) { return e.kind === "footnote"; });
    if (fns.length) {
      panel.appendChild(el("h3", "Footnotes"));
      fns.forEach(function (e) {
        var d = el("div", null, "fn");
        d.appendChild(link(e.to));
        d.appendChild(el("span", " " + (byId[e.to].text || "")));
        panel.appendChild(d);
      });
    }
    section("Refers to", o.filter(function (e) { return e.kind === "refers_to" || e.kind === "cites"; })
      .map(function (e) { return refItem(e.to, e); })
      .concat(((data.undrawn || {})[id] || []).map(function (t) {   // its targets the page does not draw
        var li = el("li");
        li.appendChild(el("span", t[2] || t[0]));   // its printed symbol: "A/RES/1514 (XV)"
        li.appendChild(el("span", " " + t[1] + " citing phrase" + (t[1] > 1 ? "s" : "") + " · not drawn", "meta"));
        return li;
      })));
    if (!citations) {   // the citations view lists the citing paragraphs themselves, below
      section(n.kind === "footnote" ? "Cited by" : "Referred to by",
              i.filter(function (e) { return e.kind === "refers_to" || e.kind === "cites" || e.kind === "footnote"; })
        .map(function (e) { return refItem(e.from, e); }));
    }
    section("Mandates", o.filter(function (e) { return e.kind === "mandates"; }).map(function (e) {
      var li = el("li");
      li.appendChild(el("strong", e.verb || "mandates"));
      li.appendChild(document.createTextNode(" "));
      li.appendChild(link(e.to));
      if (e.passive) { li.appendChild(el("span", " (passive)", "meta")); }
      li.appendChild(el("div", "deadline: " + (e.deadline || "none stated"), "meta"));
      return li;
    }));
    section("Mandated by", i.filter(function (e) { return e.kind === "mandates"; }).map(function (e) {
      return refItem(e.from, {phrase: e.verb}, e.deadline ? "deadline: " + e.deadline : "");
    }));
    if (citations && data.citing && data.citing[id]) {
      var rows = data.citing[id];
      panel.appendChild(el("h3", "Cited in " + rows.length + " paragraph" + (rows.length > 1 ? "s" : "")));
      rows.forEach(function (r) {
        var d = el("div", null, "citing");
        var head = el("div", null, "meta");
        head.appendChild(byId[r[0]] ? link(r[0]) : el("span", r[0]));
        head.appendChild(el("span", " · " + r[1] + " · “" + r[2] + "”"));
        d.appendChild(head);
        d.appendChild(el("div", data.texts[r[3]], "text"));
        panel.appendChild(d);
      });
    }
  }

  // ------------------------------------------------------------------ search by label or words
  var search = document.getElementById("search");
  var results = document.getElementById("results");
  function norm(s) {
    return s.toLowerCase().replace(/\s+/g, " ").replace(/([^\s(])\(/g, "$1 (").replace(/\)\(/g, ") (").trim();
  }
  function labelKey(s) {   // "OP 23" and "para. 23" name 23; "71/280" names A/RES/71/280; "sect. IV, para. 3" and
    // "section IV, paragraph 3" name IV.3, "section XIX" XIX (a resolution in sections: resparse.labels.section_label)
    return norm(s).replace(/^(op|para\.?|paragraph)\s*(?=\d)/, "")
      .replace(/^(?:sections?|sects?\.|parts?)\s*([ivxl]+)\b(?:\s*,\s*(?:paragraphs?|paras?\.?)\s*(\d+)\b)?/,
               function (_, sec, n) { return sec + (n ? "." + n : ""); });
  }
  // a match of words, how close to what was typed: 0 the phrase itself, as whole words ("Unit to continue to
  // examine"); 1 the phrase from the start of a word, its last word perhaps still being typed ("... to exam");
  // 2 every word whole, in the order typed; 3 every word whole; 4 every word starting a word; 5 every word inside a
  // word ("unit" in "United": what the search found before, listed last). Words of one letter (but digits) are
  // left out of 2 to 5, as of the filter.
  var WORD = /[\p{L}\p{N}]/u;
  function at(hay, w, whole, from) {   // where w next starts a word of hay from ``from`` (and ends one: whole); -1
    for (var i = hay.indexOf(w, from); i >= 0; i = hay.indexOf(w, i + 1)) {
      if ((i === 0 || !WORD.test(hay[i - 1])) && (!whole || !WORD.test(hay.charAt(i + w.length)))) { return i; }
    }
    return -1;
  }
  function wordRank(hay, phrase, terms) {
    if (at(hay, phrase, true, 0) >= 0) { return 0; }
    if (at(hay, phrase, false, 0) >= 0) { return 1; }
    if (terms.every(function (t) { return at(hay, t, true, 0) >= 0; })) {
      var pos = 0;
      return terms.every(function (t) { var i = at(hay, t, true, pos); pos = i + t.length; return i >= 0; }) ? 2 : 3;
    }
    return terms.every(function (t) { return at(hay, t, false, 0) >= 0; }) ? 4 : 5;
  }
  function find(q) {
    var key = labelKey(q);
    if (!key) { return []; }
    var exact = [], within = [], words = [];
    var phrase = norm(q);
    var terms = phrase.split(" ").filter(function (w) { return w.length > 1 || /\d/.test(w); });
    data.nodes.forEach(function (n) {
      var full = norm(n.full);
      if (full === key || ((citations || overview) && full.slice(-key.length - 1) === "/" + key)) { exact.push(n); return; }
      if (full.indexOf(key + " (") === 0) { within.push(n); return; }   // "23" -> 23 (a), 23 (b), ...
      var hay = (full + " " + (n.text || "")).toLowerCase();
      if (terms.length && terms.every(function (t) { return hay.indexOf(t) >= 0; })) {
        words.push({n: n, rank: wordRank(norm(hay), phrase, terms), i: words.length});
      }
    });
    words.sort(function (a, b) { return a.rank - b.rank || a.i - b.i; });   // best first, else in the page's order
    // a document the page does not draw (another session's resolution): the drawn resolutions that cite it
    var citing = [];
    citedHere = {};
    if (citations && data.undrawn && !exact.length) {
      Object.keys(data.undrawn).forEach(function (id) {
        data.undrawn[id].forEach(function (t) {
          var f = norm(t[0]);
          if ((f === key || f.slice(-key.length - 1) === "/" + key) && byId[id] && !citedHere[id]) {
            citedHere[id] = t[2] || t[0];
            citing.push(byId[id]);
          }
        });
      });
    }
    return exact.concat(citing, within, words.map(function (w) { return w.n; }));
  }
  var citedHere = {};   // the last search's: a result that stands for a document not drawn -> that document
  function showResults(list, q) {
    results.textContent = "";
    if (!q) { results.hidden = true; return; }
    if (!list.length) { results.appendChild(el("li", "“" + q + "” not found", "meta")); }
    list.slice(0, 30).forEach(function (n) {
      var li = el("li");
      li.appendChild(link(n.id, n.full + (several && n.res && n.res !== n.id ? " · " + n.res : "")));
      var t = citedHere[n.id] ? "cites " + citedHere[n.id] + " (not drawn)" : n.text || "";
      if (t) { li.appendChild(el("span", " " + clip(t, 91), "meta")); }
      results.appendChild(li);
    });
    if (list.length > 30) { results.appendChild(el("li", (list.length - 30) + " more: add words", "meta")); }
    results.hidden = false;
  }
  function runSearch() {
    var q = search.value.trim();
    var list = find(q);
    showResults(list, q);
    if (list.length) { go(list[0].id); }
    window.resparseSearched = q;
    return list;
  }
  var timer = null;
  search.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(runSearch, 200); });
  search.addEventListener("keydown", function (ev) {
    // go to the first; a search that finds nothing keeps saying so ("“OP 99” not found")
    if (ev.key === "Enter") { clearTimeout(timer); results.hidden = runSearch().length > 0; }
    if (ev.key === "Escape") { search.value = ""; showResults([], ""); }
  });
  results.addEventListener("click", function (ev) { if (ev.target.closest("button")) { results.hidden = true; } });
  function reopen() { if (results.childNodes.length && search.value) { results.hidden = false; } }
  search.addEventListener("focus", reopen);
  search.addEventListener("click", reopen);
  search.addEventListener("blur", function () {   // later, so that a click in the list still lands
    setTimeout(function () { if (document.activeElement !== search) { results.hidden = true; } }, 250);
  });

  // ------------------------------------------------------------------ the reference table, sortable
  var columns = citations ? ["citing", "citations", "cited"] : ["citing paragraph", "phrase", "target", "status"];
  var rows = data.edges.filter(function (e) {
    return citations ? e.kind === "cites" && !e.group : (e.kind === "refers_to" || e.kind === "cites");
  }).map(function (e) {
    var a = byId[e.from], b = byId[e.to];
    var an = a.full + (several && a.res && a.res !== a.id ? " (" + a.res + ")" : "");
    var bn = b.full + (several && b.res && b.res !== b.id ? " (" + b.res + ")" : "");
    return citations ? [[an, e.from], [e.count || 1], [bn, e.to]]
                     : [[an, e.from], [e.phrase || ""], [bn, e.to], [e.status || (e.kind === "cites" ? "external" : "")]];
  });
  (data.unresolved || []).forEach(function (r) {   // references that make no edge: no such paragraph, ...
    var a = byId[r.source];
    rows.push([[a.full + (several && a.res ? " (" + a.res + ")" : ""), r.source], [r.phrase], [r.target], [r.status]]);
  });
  var table = document.getElementById("reftable");
  var sortBy = {col: -1, dir: 1};
  var collator = new Intl.Collator("en", {numeric: true, sensitivity: "base"});
  function drawTable() {
    var head = table.tHead, body = table.tBodies[0];
    head.textContent = ""; body.textContent = "";
    var tr = el("tr");
    columns.forEach(function (c, i) {
      var th = el("th");
      var b = el("button", c + (sortBy.col === i ? (sortBy.dir > 0 ? " ▲" : " ▼") : ""), "sort");
      b.type = "button";
      b.addEventListener("click", function () {
        sortBy = {col: i, dir: sortBy.col === i ? -sortBy.dir : 1};
        drawTable();
      });
      th.appendChild(b);
      tr.appendChild(th);
    });
    head.appendChild(tr);
    var sorted = rows.slice();
    if (sortBy.col >= 0) {
      sorted.sort(function (x, y) {
        var a = x[sortBy.col][0], b = y[sortBy.col][0];
        return sortBy.dir * (typeof a === "number" ? a - b : collator.compare(String(a), String(b)));
      });
    }
    sorted.forEach(function (r) {
      var tr = el("tr");
      r.forEach(function (cell) {
        var td = el("td");
        td.appendChild(cell.length > 1 ? link(cell[1], String(cell[0])) : document.createTextNode(String(cell[0])));
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
  }
  // a long table (a corpus: thousands of citations) is drawn when the reader comes to it, not before the graph
  var TABLE_NOW = 500, drawn = false;
  function ensureTable() { if (!drawn) { drawn = true; drawTable(); } }
  if (rows.length <= TABLE_NOW) {
    ensureTable();
  } else {
    var wait = el("p", rows.length + " rows: drawn when you come here", "meta");
    table.parentNode.insertBefore(wait, table);
    var seen = new IntersectionObserver(function (entries) {
      if (entries.some(function (x) { return x.isIntersecting; })) { seen.disconnect(); wait.remove(); ensureTable(); }
    });
    seen.observe(document.getElementById("table-section"));
  }
  marks.table = performance.now();
  window.resparseSortTable = function (i) { ensureTable(); table.tHead.querySelectorAll("button")[i].click(); };
  table.addEventListener("click", function (ev) {
    if (ev.target.closest("button.link")) { document.getElementById("graph").scrollIntoView(); }
  });
  document.getElementById("to-table").addEventListener("click", function () {
    document.getElementById("table-section").scrollIntoView();
  });

  // ------------------------------------------------------------------ the corpus view: groups that open
  function openGroup(gid, quiet) {
    state.open[gid] = true;
    applyFilters();
    if (!quiet) {
      var members = byId[gid].members.filter(function (m) { return present[m] && !nodes.get(m).hidden; });
      network.fit({nodes: members.length ? members : [gid], animation: {duration: 350, easingFunction: "easeInOutQuad"}});
      setTimeout(corpusLabels, 400);   // at the zoom it comes to
      showPanel(gid);
    }
    window.resparseOpenGroups = Object.keys(state.open).filter(function (k) { return state.open[k]; });
  }
  function closeGroup(gid) {
    state.open[gid] = false;
    applyFilters();
    go(gid);
    window.resparseOpenGroups = Object.keys(state.open).filter(function (k) { return state.open[k]; });
  }
  function groupPanel(n) {
    panel.appendChild(el("h2", n.full));
    panel.appendChild(el("p", "group of " + n.members.length + " resolutions · cited " + n.cited +
                              "× by the resolutions of other groups", "meta"));
    var b = el("button", state.open[n.id] ? "close the group" : "show its resolutions", "open");
    b.type = "button";
    b.addEventListener("click", function () { if (state.open[n.id]) { closeGroup(n.id); } else { openGroup(n.id); } });
    panel.appendChild(b);
    section("Cites (" + out[n.id].length + " drawn)", out[n.id].slice().sort(function (a, b) { return b.count - a.count; })
      .map(function (e) { return refItem(e.to, e); }));
    section("Cited by", inc[n.id].slice().sort(function (a, b) { return b.count - a.count; })
      .map(function (e) { return refItem(e.from, e); }));
    section("Resolutions, most cited first", n.members.map(function (m) {
      var li = el("li");
      li.appendChild(link(m));
      if (byId[m].text) { li.appendChild(el("span", " " + byId[m].text, "meta")); }
      return li;
    }));
  }
  if (corpus) {
    network.on("doubleClick", function (p) {
      if (!p.nodes.length) { return; }
      var n = byId[p.nodes[0]];
      if (n.kind === "group") { openGroup(n.id); } else if (n.group) { closeGroup(n.group); }
    });
    window.resparseOpenGroup = openGroup;
  }

  // ------------------------------------------------------------------ several resolutions: the overview
  // One node per resolution (and per document outside the page that two or more of them cite), laid out by
  // forceAtlas2 with avoidOverlap, a bounded number of rounds, then still. Double-click (or the panel's button)
  // opens a resolution: the paragraph network shows only its region, at the positions computed in Python.
  var ov = {network: null, nodes: null, edges: null, byId: {}, out: {}, inc: {}};
  var back = document.getElementById("back");
  var resolutionCount = 0;
  function inRegion(id) {   // go(id) goes on when id is shown in the region open; else it moves there first
    var n = byId[id];
    var home = n && n.kind !== "resolution" && n.kind !== "document" && n.kind !== "actor" ? n.res : null;
    if (home && data.regions[home]) {
      if (state.region !== home) { openRegion(home); }
      return true;
    }
    if (state.region && inView[id]) { return true; }
    showOverview();
    focusOverview(id);
    return false;
  }
  function openRegion(rid) {
    var r = data.regions[rid];
    if (!r) { return; }
    state.region = rid;
    state.focus = null;
    inView = {};
    var moved = r.ids.map(function (i, k) {
      var n = data.nodes[i];
      inView[n.id] = true;
      n.x = r.pos[k][0]; n.y = r.pos[k][1];
      if (n.own === undefined) { n.own = n.label; }   // a paragraph of another resolution says which: "PP2 · 78/23"
      n.label = n.res && n.res !== rid && n.kind !== "resolution" ? n.own + " · " + n.res.replace(/^A\/RES\//, "") : n.own;
      return n;
    });
    var added = moved.filter(function (n) { return !present[n.id]; });
    added.forEach(function (n) { present[n.id] = true; });
    nodes.add(added.map(visNode));
    edges.add(data.edges.filter(function (e) {
      if (present[e.id] || !present[e.from] || !present[e.to]) { return false; }
      present[e.id] = true;
      return true;
    }).map(visEdge));
    setLabels(r.labelled, r.readable, r.ids.length);
    labelSize = 0; state.zoomLabels = false;
    if (raw && raw.checked) { raw.checked = false; state.raw = false; state.edgeKinds.contains = false; }
    network.setOptions({physics: {enabled: false}, edges: {smooth: {type: "curvedCW", roundness: 0.15}}});
    nodes.update(data.nodes.filter(function (n) { return present[n.id]; })   // the raw graph moves this region only
      .map(function (n) { return {id: n.id, physics: !!inView[n.id]}; }));
    nodes.update(moved.map(function (n) {
      return {id: n.id, x: n.x, y: n.y, label: labelled[n.id] && !quiet(n) ? n.label : "", color: nodeColor(n, false),
              shape: n.label === n.own ? n.shape : "dot"};   // a circle would swell to hold the longer label
    }));
    document.body.classList.remove("overview-mode");
    back.hidden = false;
    applyFilters();
    network.unselectAll();
    network.fit();
    openingLabels();
    showPanel(rid);
    if (decodeURIComponent(location.hash.slice(1)) !== rid) { location.hash = encodeURIComponent(rid); }
    window.resparseView = rid;
  }
  function showOverview() {
    state.region = null;
    inView = null;
    document.body.classList.add("overview-mode");
    back.hidden = true;
    status.textContent = resolutionCount + " resolutions, " + (ov.nodes.length - resolutionCount) +
      " documents, " + ov.edges.length + " edges";
    if (location.hash) { location.hash = ""; }
    window.resparseView = "overview";
  }
  function focusOverview(id, stay) {   // stay: a click, the node does not move (a double-click may follow)
    if (ov.byId[id]) {
      ov.network.selectNodes([id], false);
      if (!stay) {
        ov.network.focus(id, {scale: Math.max(ov.network.getScale(), 1), animation: {duration: 350, easingFunction: "easeInOutQuad"}});
      }
      ovHighlight(id);
      ovPanel(id);
    } else if (byId[id]) {
      showPanel(id);   // a document cited by one resolution only: its panel lists the paragraphs citing it
    }
    window.resparseFocused = id;
  }
  function ovHighlight(id) {
    var near = {};
    if (id) {
      near[id] = true;
      ov.out[id].concat(ov.inc[id]).forEach(function (e) { near[e.from] = true; near[e.to] = true; });
    }
    ov.nodes.update(overview.nodes.map(function (n) { return {id: n.id, color: ovColor(n, id && !near[n.id])}; }));
  }
  var colourBy = "group";   // the communities of the graph of resolutions, or the sessions
  function ovColor(n, faded) { return nodeColor({color: colourBy === "session" ? n.color : n.gcolor}, faded); }
  function setColourBy(value) {
    colourBy = value;
    document.body.classList.toggle("by-session", value === "session");
    ovHighlight(window.resparseFocused && ov.byId[window.resparseFocused] ? window.resparseFocused : null);
  }
  function ovPanel(id) {
    var n = ov.byId[id];
    panel.textContent = "";
    panel.appendChild(el("h2", n.full));
    var meta = n.kind === "resolution" ? "resolution on this page · " + n.paragraphs + " paragraphs" : "document outside this page";
    meta += n.cited ? " · cited " + n.cited + "× by " + n.citing + " of these resolutions" : " · cited by none of these";
    if (n.group) { meta += " · group " + n.group; }
    panel.appendChild(el("p", meta, "meta"));
    if (n.text) { panel.appendChild(el("p", n.text, "text")); }
    if (n.kind === "resolution") {
      var b = el("button", "open its paragraphs", "open");
      b.type = "button";
      b.addEventListener("click", function () { openRegion(id); });
      panel.appendChild(b);
      var cites = {}, order = [];   // every document it cites, drawn or not, with its citing phrases
      data.edges.forEach(function (e) {
        if (e.kind === "cites" && byId[e.from].res === id && e.to !== id) {
          if (!cites[e.to]) { cites[e.to] = 0; order.push(e.to); }
          cites[e.to] += 1;
        }
      });
      order.sort(function (a, b) { return cites[b] - cites[a] || collator.compare(a, b); });
      section("Cites " + order.length + " document" + (order.length === 1 ? "" : "s"), order.map(function (to) {
        var li = el("li");
        li.appendChild(link(to, to));
        li.appendChild(el("span", " " + cites[to] + " citing phrase" + (cites[to] > 1 ? "s" : "") +
                                  (ov.byId[to] ? "" : " · not drawn"), "meta"));
        return li;
      }));
    }
    section("Cited by", ov.inc[id].slice().sort(function (a, b) { return b.count - a.count; }).map(function (e) {
      var li = el("li");
      li.appendChild(link(e.from, e.from));
      li.appendChild(el("span", " " + e.count + " citing phrase" + (e.count > 1 ? "s" : ""), "meta"));
      return li;
    }));
    var citingParagraphs = (inc[id] || []).filter(function (e) { return e.kind === "cites" && byId[e.from].res !== id; });
    section("Cited in " + citingParagraphs.length + " paragraph" + (citingParagraphs.length === 1 ? "" : "s") +
            " (a click opens its resolution)", citingParagraphs.map(function (e) { return refItem(e.from, e); }));
  }
  var ovTimer = null;
  function ovLabels() {   // symbols 12 screen pixels high whatever the zoom, those that do not overlap
    clearTimeout(ovTimer);
    ovTimer = setTimeout(function () {
      var placed = placeLabels(ov.network, overview.nodes, window.resparseFocused);
      ov.nodes.update(overview.nodes.map(function (n) {
        var on = n.id in placed.kept;
        return {id: n.id, label: on ? n.label : "", font: {size: placed.font, vadjust: on ? placed.kept[n.id] : 0}};
      }));
      window.resparseLabels = Object.keys(placed.kept).length;
      window.resparseLabelScale = ov.network.getScale();
    }, 60);
  }
  function startOverview() {
    fitMain();
    overview.nodes.forEach(function (n) {
      ov.byId[n.id] = n; ov.out[n.id] = []; ov.inc[n.id] = [];
      if (n.kind === "resolution") { resolutionCount += 1; }
    });
    overview.edges.forEach(function (e) { ov.out[e.from].push(e); ov.inc[e.to].push(e); });
    ov.nodes = new vis.DataSet(overview.nodes.map(function (n) {
      return {id: n.id, label: n.label, title: tip(n.tip), shape: n.shape, size: n.size, color: ovColor(n, false),
              font: {color: "#222222"}};
    }));
    ov.edges = new vis.DataSet(overview.edges.map(function (e) {
      return {id: e.id, from: e.from, to: e.to, title: tip(e.tip), arrows: "to", width: e.width,
              color: {color: "#1f77b4", highlight: "#1f77b4", hover: "#1f77b4", opacity: 0.45}, smooth: false};
    }));
    document.body.classList.add("overview-mode");
    ["linked", "raw"].forEach(function (id) {   // filters of the paragraphs: shown with a region only
      var box = document.getElementById(id);
      if (box) { box.parentNode.classList.add("para-only"); }
    });
    ov.network = new vis.Network(document.getElementById("overview"), {nodes: ov.nodes, edges: ov.edges}, {
      layout: {improvedLayout: false, randomSeed: 7},
      nodes: {font: {size: 14, face: "sans-serif", strokeWidth: 3, strokeColor: "#ffffff"}, borderWidth: 1},
      edges: {arrows: {to: {scaleFactor: 0.5}}, selectionWidth: 2},
      interaction: {hover: true, tooltipDelay: 150},
      physics: {solver: "forceAtlas2Based",
                forceAtlas2Based: {gravitationalConstant: -120, centralGravity: 0.015, springLength: 110,
                                   springConstant: 0.05, avoidOverlap: 1},
                maxVelocity: 60, minVelocity: 1, timestep: 0.5,
                stabilization: {enabled: true, iterations: 200, updateInterval: 50, fit: true}}
    });
    window.resparseOverview = ov;
    ov.network.on("stabilizationProgress", function (p) {
      status.textContent = "laying out " + Math.round(100 * p.iterations / p.total) + "%";
    });
    ov.network.once("stabilizationIterationsDone", function () {
      ov.network.setOptions({physics: {enabled: false}});
      ov.network.fit();
      ovLabels();
      var wanted = decodeURIComponent(location.hash.slice(1));
      if (data.regions[wanted]) { openRegion(wanted); } else { showOverview(); }
      window.resparseReady = true;
    });
    ov.network.on("zoom", ovLabels);
    ov.network.on("dragEnd", ovLabels);
    ov.network.on("animationFinished", ovLabels);
    ov.network.on("click", function (p) {
      if (p.nodes.length) { focusOverview(p.nodes[0], true); }
      else if (!p.edges.length) { ovHighlight(null); window.resparseFocused = null; }
    });
    ov.network.on("doubleClick", function (p) {
      if (p.nodes.length && data.regions[p.nodes[0]]) { openRegion(p.nodes[0]); }
    });
    back.addEventListener("click", showOverview);
    var colourSelect = document.getElementById("colour-by");
    colourSelect.addEventListener("change", function () { setColourBy(colourSelect.value); });
    window.addEventListener("hashchange", function () {
      var wanted = decodeURIComponent(location.hash.slice(1));
      if (data.regions[wanted]) { if (wanted !== state.region) { openRegion(wanted); } }
      else if (state.region) { showOverview(); }
    });
    window.resparseOpen = openRegion;
  }
  if (overview) { startOverview(); }
})();
