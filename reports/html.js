(function () {
  "use strict";
  // Enhances the audit report; the page is complete without it. No network, no eval.
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };
  var low = function (s) { return (s || "").toLowerCase(); };

  each(document.querySelectorAll(".filters[data-table]"), function (bar) {
    var table = document.getElementById(bar.getAttribute("data-table"));
    if (!table || !table.tBodies.length) { return; }
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var texts = null;
    var shown = bar.querySelector(".shown");
    var search = bar.querySelector("input[name=q]");
    var selects = bar.querySelectorAll("select");
    var apply = function () {
      if (texts === null) { texts = rows.map(function (r) { return low(r.textContent); }); }
      var q = low(search.value).trim();
      var wanted = [];
      each(selects, function (s) { if (s.value) { wanted.push([s.name, s.value]); } });
      var count = 0;
      rows.forEach(function (row, i) {
        var ok = !q || texts[i].indexOf(q) >= 0;
        for (var k = 0; ok && k < wanted.length; k++) {
          var have = row.getAttribute("data-" + wanted[k][0]) || "";
          ok = wanted[k][0] === "rules"
            ? (" " + have + " ").indexOf(" " + wanted[k][1] + " ") >= 0
            : have === wanted[k][1];
        }
        row.hidden = !ok;
        if (ok) { count++; }
      });
      shown.textContent = count + " of " + rows.length + " shown";
    };
    bar.addEventListener("input", apply);
    bar.addEventListener("change", apply);
    bar.hidden = false;
    shown.textContent = rows.length + " of " + rows.length + " shown";
  });

  each(document.querySelectorAll("table.sortable"), function (table) {
    var heads = table.tHead.rows[0].cells;
    each(heads, function (th, col) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (th.firstChild) { button.appendChild(th.firstChild); }
      th.appendChild(button);
      var numeric = th.classList.contains("num");
      button.addEventListener("click", function () {
        var up = th.getAttribute("aria-sort") !== "ascending";
        each(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", up ? "ascending" : "descending");
        var body = table.tBodies[0];
        var keyed = Array.prototype.map.call(body.rows, function (row, i) {
          var cell = row.cells[col];
          var value = cell.getAttribute("data-sort");
          if (value === null) { value = cell.textContent.trim(); }
          return [numeric || /^\d+$/.test(value) ? Number(value) : low(value), i, row];
        });
        keyed.sort(function (a, b) {
          if (a[0] < b[0]) { return up ? -1 : 1; }
          if (a[0] > b[0]) { return up ? 1 : -1; }
          return a[1] - b[1];
        });
        var frag = document.createDocumentFragment();
        keyed.forEach(function (k) { frag.appendChild(k[2]); });
        body.appendChild(frag);
      });
    });
  });

  var openTarget = function () {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id ? document.getElementById(id) : null;
    if (el && el.tagName === "DETAILS") { el.open = true; el.scrollIntoView(); }
  };
  window.addEventListener("hashchange", openTarget);
  openTarget();

  each(document.querySelectorAll(".tools"), function (tools) {
    tools.hidden = false;
    tools.addEventListener("click", function (event) {
      var how = event.target.getAttribute("data-fold");
      if (!how) { return; }
      each(tools.parentNode.querySelectorAll("details.model"), function (d) { d.open = how === "open"; });
    });
  });
})();
