(function () {
  "use strict";
  // Lays out the report's data block (auditor/report/html_data.py): the tables of models and
  // findings, a page at a time, with filters, sorting and deep links (#findings?rule=...), each
  // model's details when opened, and each model's findings for print. Untrusted text only ever
  // becomes a text node (inside <bdi> or a dir="auto" element); only vetted http(s) links and
  // the page's own anchors become hrefs. No network, no eval, no HTML parsing of data.
  var holder = document.getElementById("report-data");
  if (!holder) { return; }
  var data = JSON.parse(holder.content ? holder.content.textContent : holder.textContent);
  // Fields holding an index into data.strings (every text but a model's ref, verdict, glance,
  // relation and lineage tree, and a finding's severity key and applies-from date): a model's
  // license, kind, openness, rules, identity and licenses rows (label, value, line under it),
  // terms (name, absent, differs), obligations, expired, alternatives, judged, openness_lines,
  // revision and files, and every text of its training section (auditor/report/html_training.py);
  // a finding's rule, title, message, fix, waiver, needs, evidence (text, where) and refs
  // (text, url).
  var S = data.strings;
  var models = data.models;
  var findings = data.findings;
  var PAGE = 50;
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };
  var low = function (s) { return (s || "").toLowerCase(); };

  var el = function (tag, cls, kids) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    (kids || []).forEach(function (kid) {
      if (kid === null || kid === undefined || kid === "") { return; }
      node.appendChild(typeof kid === "string" || typeof kid === "number"
        ? document.createTextNode(String(kid)) : kid);
    });
    return node;
  };
  var bdi = function (text) { return el("bdi", null, [text]); };
  var auto = function (tag, cls, text) {
    var node = el(tag, cls, [text]);
    node.setAttribute("dir", "auto");
    return node;
  };
  var code = function (text) { return el("code", null, [bdi(text)]); };
  var link = function (href, kids) {
    var a = el("a", null, kids);
    if (/^#[\w?=&.:%-]*$/.test(href) || /^https?:\/\//i.test(href)) { a.setAttribute("href", href); }
    if (/^https?:/i.test(href)) { a.setAttribute("rel", "noopener noreferrer external"); }
    return a;
  };
  var badge = function (kind, pair) {
    var icon = el("span", "icon", [pair[1]]);
    icon.setAttribute("aria-hidden", "true");
    return el("span", "badge b-" + kind, [icon, " " + pair[0]]);
  };
  var cell = function (label, kids, cls) {
    var td = el("td", cls, kids);
    td.setAttribute("data-label", label);
    return td;
  };
  var modelLink = function (m) {
    if (m < 0) { return el("span", "none", ["the run"]); }
    return link("#model-" + (m + 1), [bdi(models[m].ref)]);
  };

  // -- a paged, filtered, sortable list -------------------------------------------------------
  function Pager(id, items, row, into) {
    var self = this;
    this.id = id;
    this.items = items;
    this.shown = items;
    this.page = 0;
    this.row = row;
    this.into = into;
    this.nav = document.querySelector('.pager[data-table="' + id + '"]');
    this.nav.addEventListener("click", function (event) {
      var to = event.target.getAttribute("data-page");
      if (to !== null) { self.page = Number(to); self.draw(); }
    });
  }
  Pager.prototype.pages = function () { return Math.max(1, Math.ceil(this.shown.length / PAGE)); };
  Pager.prototype.draw = function () {
    var start = this.page * PAGE;
    var frag = document.createDocumentFragment();
    var row = this.row;
    this.shown.slice(start, start + PAGE).forEach(function (item) { frag.appendChild(row(item)); });
    while (this.into.firstChild) { this.into.removeChild(this.into.firstChild); }
    this.into.appendChild(frag);
    var count = this.shown.length;
    var nav = this.nav;
    while (nav.firstChild) { nav.removeChild(nav.firstChild); }
    var button = function (text, page, off) {
      var b = el("button", null, [text]);
      b.type = "button";
      b.setAttribute("data-page", String(page));
      b.disabled = off;
      return b;
    };
    nav.appendChild(button("Previous", this.page - 1, this.page === 0));
    nav.appendChild(el("span", "where", [
      count ? "Showing " + (start + 1) + "–" + Math.min(start + PAGE, count) + " of " + count
        + " · page " + (this.page + 1) + " of " + this.pages()
        : (this.items.length ? "Nothing matches the filters" : "Nothing to show")]));
    nav.appendChild(button("Next", this.page + 1, this.page + 1 >= this.pages()));
    nav.hidden = false;
  };

  function Table(id, items, columns, filters, words, link) {
    var self = this;
    var table = document.getElementById(id);
    this.table = table;
    this.columns = columns;
    this.filters = filters;
    this.words = words;
    this.link = link;
    this.order = items.slice();
    this.values = {};
    this.texts = null;
    this.pager = new Pager(id, items, function (i) { return self.rowOf(i); }, table.tBodies[0]);
    this.bar = document.querySelector('.filters[data-table="' + id + '"]');
    var search = el("input");
    search.type = "search";
    search.name = "q";
    search.placeholder = "words in any column";
    this.bar.appendChild(el("label", null, ["Search", search]));
    filters.forEach(function (f) {
      var select = el("select");
      select.name = f.name;
      select.appendChild(el("option", null, ["any"])).value = "";
      f.options.forEach(function (o) {
        var option = el("option", null, [o[1]]);
        option.value = o[0];
        option.setAttribute("dir", "auto");
        select.appendChild(option);
      });
      self.bar.appendChild(el("label", null, [f.label, select]));
    });
    this.count = el("span", "shown");
    this.count.setAttribute("aria-live", "polite");
    this.bar.appendChild(this.count);
    var changed = function () { self.read(); self.apply(true); };
    this.bar.addEventListener("input", changed);
    this.bar.addEventListener("change", changed);
    each(table.tHead.rows[0].cells, function (th, col) {
      var button = el("button", "sort");
      button.type = "button";
      while (th.firstChild) { button.appendChild(th.firstChild); }
      th.appendChild(button);
      button.addEventListener("click", function () {
        var up = th.getAttribute("aria-sort") !== "ascending";
        each(table.tHead.rows[0].cells, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", up ? "ascending" : "descending");
        self.sort(columns[col], up);
      });
    });
    this.bar.hidden = false;
    table.parentNode.hidden = false;
    this.apply(false);
  }
  Table.prototype.rowOf = function (i) {
    var tr = el("tr");
    this.columns.forEach(function (c) { tr.appendChild(c.cell(i)); });
    return tr;
  };
  Table.prototype.read = function () {
    var values = {};
    each(this.bar.querySelectorAll("select, input"), function (input) {
      if (input.value) { values[input.name] = input.value; }
    });
    this.values = values;
  };
  Table.prototype.set = function (values) {
    each(this.bar.querySelectorAll("select, input"), function (input) {
      input.value = values[input.name] || "";
      if (input.tagName === "SELECT" && input.selectedIndex < 0) { input.value = ""; }
    });
    this.read();
    this.apply(false);
  };
  Table.prototype.sort = function (column, up) {
    var keyed = this.order.map(function (item, i) { return [column.key(item), i, item]; });
    keyed.sort(function (a, b) {
      if (a[0] < b[0]) { return up ? -1 : 1; }
      if (a[0] > b[0]) { return up ? 1 : -1; }
      return a[1] - b[1];
    });
    this.order = keyed.map(function (k) { return k[2]; });
    this.apply(false);
  };
  Table.prototype.apply = function (remember) {
    var self = this;
    var values = this.values;
    var q = low(values.q).trim();
    if (q && this.texts === null) {
      this.texts = {};
      this.order.forEach(function (item) { self.texts[item] = low(self.words(item)); });
    }
    this.pager.shown = this.order.filter(function (item) {
      if (q && self.texts[item].indexOf(q) < 0) { return false; }
      return self.filters.every(function (f) {
        return !values[f.name] || f.test(item, values[f.name]);
      });
    });
    this.pager.page = 0;
    this.pager.draw();
    this.count.textContent = this.pager.shown.length + " of " + this.order.length + " shown";
    if (remember) {
      var query = Object.keys(values).map(function (k) {
        return k + "=" + encodeURIComponent(values[k]);
      }).join("&");
      try { history.replaceState(null, "", "#" + this.link + (query ? "?" + query : "")); } catch (e) { /* file: */ }
    }
  };

  var sevWords = function (key) { return data.severities[key]; };
  var verdictWords = function (key) { return data.verdicts[key]; };
  var range = function (n) { var out = []; for (var i = 0; i < n; i++) { out.push(i); } return out; };
  var distinct = function (list) {
    var seen = {};
    return list.filter(function (x) { if (seen[x]) { return false; } seen[x] = true; return true; });
  };
  var byName = function (a, b) { return low(a[1]) < low(b[1]) ? -1 : (low(a[1]) > low(b[1]) ? 1 : 0); };
  var ruleOptions = data.rules.map(function (r) { return [S[r[0]], S[r[1]]]; });
  var licenseOptions = distinct(models.map(function (m) { return S[m.license]; })).sort()
    .map(function (l) { return [l, l]; });
  var yesNo = [["yes", "yes"], ["no", "no"]];

  // -- the models table -------------------------------------------------------------------------
  var num = function (label, field) {
    return {
      key: function (m) { return models[m][field]; },
      cell: function (m) { return cell(label, [String(models[m][field])], "num"); }
    };
  };
  var modelsTable = document.getElementById("models-table") && new Table("models-table", range(models.length), [
    { key: function (m) { return low(models[m].ref); }, cell: function (m) { var th = el("th", null, [modelLink(m)]); th.scope = "row"; return th; } },
    { key: function (m) { return models[m].rank; }, cell: function (m) { return cell("Verdict", [badge(models[m].verdict, verdictWords(models[m].verdict))]); } },
    { key: function (m) { return low(S[models[m].license]); }, cell: function (m) { return cell("License", [bdi(S[models[m].license])]); } },
    { key: function (m) { return low(S[models[m].kind]); }, cell: function (m) { return cell("Kind", [S[models[m].kind]]); } },
    num("Blocking", "block"), num("Warnings", "warn"), num("Obligations", "duties"), num("Waived", "waived"),
    { key: function (m) { return S[models[m].openness]; }, cell: function (m) { return cell("Openness", [S[models[m].openness]]); } }
  ], [
    { name: "verdict", label: "Verdict", options: Object.keys(data.verdicts).filter(function (v) {
      return models.some(function (m) { return m.verdict === v; });
    }).map(function (v) { return [v, data.verdicts[v][0]]; }), test: function (m, v) { return models[m].verdict === v; } },
    { name: "license", label: "License", options: licenseOptions, test: function (m, v) { return S[models[m].license] === v; } },
    { name: "kind", label: "Kind", options: distinct(models.map(function (m) { return S[m.kind]; })).sort().map(function (k) { return [k, k]; }),
      test: function (m, v) { return S[models[m].kind] === v; } },
    { name: "rule", label: "Rule", options: ruleOptions, test: function (m, v) {
      return models[m].rules.some(function (r) { return S[r] === v; });
    } },
    { name: "waived", label: "Waived", options: yesNo, test: function (m, v) { return (models[m].waived > 0) === (v === "yes"); } }
  ], function (m) {
    var x = models[m];
    return [x.ref, verdictWords(x.verdict)[0], S[x.license], S[x.kind], S[x.openness]].join(" ");
  }, "models");

  // -- the findings table -----------------------------------------------------------------------
  var sevRank = { "block": 0, "needs-input": 1, "warn": 2, "info": 3, "duty": 4 };
  var findingsTable = document.getElementById("findings-table") && new Table("findings-table", range(findings.length), [
    { key: function (f) { return sevRank[findings[f].sev]; }, cell: function (f) {
      var x = findings[f];
      var th = el("th", null, [badge(x.sev, sevWords(x.sev))]);
      th.scope = "row";
      return th;
    } },
    { key: function (f) { return low(S[findings[f].title]); }, cell: function (f) {
      return cell("Reason", [auto("span", null, S[findings[f].title]), el("span", "sub", [code(S[findings[f].rule])])]);
    } },
    { key: function (f) { return findings[f].model < 0 ? "" : low(models[findings[f].model].ref); }, cell: function (f) {
      return cell("Model", [modelLink(findings[f].model)]);
    } },
    { key: function (f) { return low(S[findings[f].message]); }, cell: function (f) {
      var x = findings[f];
      var td = cell("Finding", [auto("span", null, S[x.message])]);
      if (x.needs !== undefined) { td.appendChild(el("span", "sub", ["Needs input: ", bdi(S[x.needs])])); }
      return td;
    } },
    { key: function (f) { return low(findings[f].fix === undefined ? "" : S[findings[f].fix]); }, cell: function (f) {
      var x = findings[f];
      return cell("What to do", [x.fix === undefined ? "" : auto("span", null, S[x.fix])]);
    } },
    { key: function (f) { return findings[f].waived ? 1 : 0; }, cell: function (f) {
      return cell("Waived", [findings[f].waived ? "yes" : "no"]);
    } }
  ], [
    { name: "severity", label: "Severity", options: ["block", "needs-input", "warn", "info", "duty"].filter(function (k) {
      return findings.some(function (x) { return x.sev === k; });
    }).map(function (k) { return [k, sevWords(k)[0]]; }), test: function (f, v) { return findings[f].sev === v; } },
    { name: "rule", label: "Rule", options: ruleOptions, test: function (f, v) { return S[findings[f].rule] === v; } },
    { name: "license", label: "License", options: licenseOptions, test: function (f, v) {
      return findings[f].model >= 0 && S[models[findings[f].model].license] === v;
    } },
    { name: "model", label: "Model", options: (findings.some(function (x) { return x.model < 0; }) ? [["run", "the run"]] : [])
      .concat(models.map(function (m, i) { return [String(i + 1), m.ref]; })), test: function (f, v) {
        return v === "run" ? findings[f].model < 0 : findings[f].model === Number(v) - 1;
      } },
    { name: "waived", label: "Waived", options: yesNo, test: function (f, v) { return !!findings[f].waived === (v === "yes"); } }
  ], function (f) {
    var x = findings[f];
    return [sevWords(x.sev)[0], S[x.title], S[x.rule], x.model < 0 ? "the run" : models[x.model].ref,
      S[x.message], x.fix === undefined ? "" : S[x.fix]].join(" ");
  }, "findings");

  // -- each model, its details built when first opened ---------------------------------------------
  var kvTable = function (rows) {
    var body = el("tbody");
    rows.forEach(function (r) {
      var th = el("th", null, [S[r[0]]]);
      th.scope = "row";
      var td = el("td", null, [r[3] ? code(S[r[1]]) : bdi(S[r[1]])]);
      if (S[r[2]]) { td.appendChild(el("span", "sub", [bdi(S[r[2]])])); }
      body.appendChild(el("tr", null, [th, td]));
    });
    return el("table", "kv", [body]);
  };
  var card = function (f) {
    var x = findings[f];
    var meta = el("p", "finding-meta", [badge(x.sev, sevWords(x.sev)), " ", el("code", "rule", [bdi(S[x.rule])])]);
    var out = el("article", "finding f-" + (x.sev === "needs-input" ? "block" : x.sev), [meta, auto("p", "message", S[x.message])]);
    if (x.from) { out.appendChild(el("p", "applies", [el("strong", null, ["Applies from ", bdi(x.from), ":"]), " reported as a warning until then."])); }
    if (x.needs !== undefined) { out.appendChild(el("p", "needs-input", [el("strong", null, ["Needs input:"]), " ", bdi(S[x.needs])])); }
    if (x.fix !== undefined) { out.appendChild(el("p", "remedy", [el("strong", null, ["What to do:"]), " ", auto("span", null, S[x.fix])])); }
    if (x.evidence) {
      var quote = auto("blockquote", "quote ev", S[x.evidence[0]]);
      if (S[x.evidence[1]]) {
        var more = x.evidence[2] ? " · " + x.evidence[2] + " more evidence line" + (x.evidence[2] === 1 ? "" : "s") + " in the JSON result" : "";
        quote.appendChild(el("span", "where", [bdi(S[x.evidence[1]]), more]));
      }
      out.appendChild(quote);
    }
    if (x.refs) {
      out.appendChild(el("ul", "refs", x.refs.map(function (r) {
        var text = S[r[0]];
        var url = S[r[1]];
        if (r[2]) { return el("li", null, [link(url, [bdi(text)]), " ", el("span", "url", [bdi(url)])]); }
        return el("li", null, [bdi(text), url ? el("span", "url", [" (not a web link: ", bdi(url), ")"]) : ""]);
      })));
    }
    if (x.waiver !== undefined) { out.appendChild(el("p", "waiver-note", [el("strong", null, ["Waived:"]), " ", bdi(S[x.waiver])])); }
    return out;
  };
  var tree = function (nodes) {
    return el("ul", null, nodes.map(function (n) {
      var sub = el("span", "sub", [n.unresolved ? el("strong", null, [bdi(n.by)]) : bdi(n.by), n.found ? "; " : "", n.found ? bdi(n.found) : ""]);
      return el("li", null, [bdi(n.rel), " ", code(n.ref), ": ", bdi(n.lic), n.again ? el("span", "sub", ["already listed above"]) : "", sub,
        n.children ? tree(n.children) : ""]);
    }));
  };
  var lines = function (items, wrap) {
    return el("ul", "oneliners", items.map(function (i) { return auto("li", null, wrap ? wrap + S[i] : S[i]); }));
  };
  var none = function (text) { return el("p", "none", [text]); };
  // -- a model's training data: each dataset trained on, with what it means here and where it is
  // stated; datasets only named (evaluated on, mentioned) apart, never as binding -------------
  var quotes = function (items) {
    return items.map(function (q) {
      var b = auto("blockquote", "quote", S[q[0]]);
      if (S[q[1]]) { b.appendChild(el("span", "where", [bdi(S[q[1]])])); }
      return b;
    });
  };
  var termList = function (terms) {
    return el("ul", "oneliners", terms.map(function (t) {
      return el("li", null, [el("strong", null, [S[t[0]] + ": "]), bdi(S[t[1]])].concat(quotes(t[2])));
    }));
  };
  var trainingOf = function (t) {
    var out = [el("h4", null, [S[t.title]])];
    if (t.trained.length) {
      out.push(el("ul", "checklist", t.trained.map(function (d) {
        var kids = [el("p", "duty", [bdi(S[d[0]])])];
        if (S[d[4]]) { kids.push(auto("p", "note", S[d[4]])); }
        var means = el("p", null, [el("strong", null, ["What it means here: "]), auto("span", null, S[d[1]])]);
        if (S[d[2]]) { means.appendChild(el("span", "sub", ["from the finding ", code(S[d[2]])])); }
        kids.push(means, el("p", "sub", [bdi(S[d[3]])]));
        if (d[5].length) { kids.push(el("p", "label", ["Where the model names it"])); kids = kids.concat(quotes(d[5])); }
        if (d[6].length) { kids.push(el("p", "label", ["Where the dataset states its license"])); kids = kids.concat(quotes(d[6])); }
        if (d[7].length) { kids.push(el("p", "label", ["What the dataset says of its use"]), termList(d[7])); }
        return el("li", null, [el("div", null, kids)]);
      })));
    }
    if (t.named.length) { out.push(el("p", "label", ["Named but not trained on (their terms are not judged)"]), lines(t.named)); }
    if (t.general.length) { out.push(el("p", "label", ["About the training data"]), lines(t.general)); }
    if (t.card.length) { out.push(el("p", "label", ["What its data card says"]), termList(t.card)); }
    return out;
  };
  var detailsOf = function (m) {
    var x = models[m];
    var out = [el("h4", null, ["Findings and what to do"])];
    if (x.cards.length) { x.cards.forEach(function (f) { out.push(card(f)); }); } else { out.push(none("No unwaived findings.")); }
    if (x.obligations.length) {
      out.push(el("h4", null, ["Obligations"]), lines(x.obligations, "☐ "),
        el("p", "sub", ["How to fulfil each: ", link("#rollup", ["Obligations across models"]), "."]));
    }
    if (x.waivers.length) {
      out.push(el("h4", null, ["Waivers"]), el("ul", "oneliners", x.waivers.map(function (f) {
        var w = findings[f];
        return el("li", null, [code(S[w.rule]), " ", auto("span", null, S[w.message]),
          w.waiver !== undefined ? el("span", "sub", ["Waived: ", bdi(S[w.waiver])]) : ""]);
      })));
    }
    if (x.expired.length) { out.push(el("p", null, [el("strong", null, ["Expired waivers"]), " (they excuse nothing): ", auto("span", null, x.expired.map(function (i) { return S[i]; }).join("; "))])); }
    out.push(el("h4", null, ["Identity"]), kvTable(x.identity), el("h4", null, ["License"]), kvTable(x.licenses), el("h4", null, ["Lineage"]));
    if (x.tree.length) {
      var root = el("li", null, [code(x.ref), x.relation ? el("span", "sub", ["declared relation: ", bdi(x.relation)]) : "", tree(x.tree)]);
      out.push(el("ul", "tree", [root]));
    } else { out.push(none("No base models declared: the model's own license is the effective license.")); }
    out.push(el("h4", null, ["Terms"]));
    if (x.terms) {
      var p = el("p", null, ["The terms of ", link("#" + x.terms.anchor, [bdi(S[x.terms.name])]), " (under Licenses, with clause and quote)."]);
      if (S[x.terms.absent]) { p.appendChild(el("span", "sub", ["Not stated by the license: ", bdi(S[x.terms.absent]), "."])); }
      out.push(p);
      if (x.terms.differs.length) {
        out.push(el("p", "label", ["Where this model's documents differ from the license's usual terms"]),
          el("ul", "oneliners", x.terms.differs.map(function (d) {
            return auto("li", null, S[d[0]] + ": " + S[d[1]] + " (usually: " + S[d[2]] + ")");
          })));
      }
    } else { out.push(none("No terms are known: the license was not identified.")); }
    if (x.training) { out = out.concat(trainingOf(x.training)); }
    out.push(el("h4", null, ["Alternatives"]));
    out.push(x.alternatives.length ? el("ul", "oneliners", x.alternatives.map(function (a) {
      return el("li", null, [code(S[a[0]]), ": ", bdi(S[a[1]]), auto("span", "sub", S[a[2]])]);
    })) : none("None suggested."));
    out.push(el("h4", null, ["Judged under"]), x.judged.length ? lines(x.judged) : none("The deployment was not recorded in this result."));
    out.push(el("h4", null, ["Openness"]), x.openness_lines.length ? lines(x.openness_lines) : none("Openness not assessed."));
    return out;
  };
  var modelSection = function (m) {
    var x = models[m];
    var summary = el("summary", null, [el("h3", null, [bdi(x.ref)]), " ", badge(x.verdict, verdictWords(x.verdict)),
      el("span", "glance", [bdi(S[x.license]), " · " + x.glance])]);
    var details = el("details", "model v-" + x.verdict, [summary]);
    details.id = "model-" + (m + 1);
    details.addEventListener("toggle", function () {
      if (details.open && details.childNodes.length === 1) {
        detailsOf(m).forEach(function (node) { details.appendChild(node); });
      }
    });
    return details;
  };
  var list = document.getElementById("model-list");
  var modelPager = list && new Pager("model-list", range(models.length), modelSection, list);
  if (modelPager) {
    modelPager.draw();
    each(document.querySelectorAll(".tools"), function (tools) {
      tools.hidden = false;
      tools.addEventListener("click", function (event) {
        var how = event.target.getAttribute("data-fold");
        if (how) { each(list.querySelectorAll("details.model"), function (d) { d.open = how === "open"; }); }
      });
    });
  }

  // -- the audit trail: each model's revision and license files, laid out when opened -------------
  var trail = document.getElementById("trail");
  if (trail) {
    trail.addEventListener("toggle", function () {
      var body = document.getElementById("trail-table").tBodies[0];
      if (!trail.open || body.rows.length) { return; }
      var frag = document.createDocumentFragment();
      models.forEach(function (x, m) {
        var revision = S[x.revision] ? code(S[x.revision]) : el("span", "none", ["not reported"]);
        var files = x.files.length ? x.files : [null];
        files.forEach(function (f) {
          var th = el("th", null, [modelLink(m)]);
          th.scope = "row";
          var tr = el("tr", null, [th, cell("Revision", [revision.cloneNode(true)])]);
          if (f) {
            tr.appendChild(cell("License file", [code(S[f[0]])]));
            tr.appendChild(cell("sha256", [code(S[f[1]])]));
          } else {
            var td = el("td", "none", ["no license files found"]);
            td.colSpan = 2;
            tr.appendChild(td);
          }
          frag.appendChild(tr);
        });
      });
      body.appendChild(frag);
    });
  }

  // -- deep links: #model-3, #findings?rule=...&severity=..., #models?verdict=... -----------------------
  var route = function () {
    var raw = location.hash.slice(1);
    var query = /^(findings|models)\?(.*)$/.exec(raw);
    if (query) {
      var values = {};
      query[2].split("&").forEach(function (part) {
        var pair = part.split("=");
        try {
          if (pair[0]) { values[decodeURIComponent(pair[0])] = decodeURIComponent(pair.slice(1).join("=")); }
        } catch (e) { /* a malformed escape: that filter is left out */ }
      });
      var target = query[1] === "findings" ? findingsTable : modelsTable;
      if (target) { target.set(values); }
      var heading = document.getElementById(query[1]);
      if (heading) { heading.scrollIntoView(); }
      return;
    }
    var hash = raw;
    var model = /^model-(\d+)$/.exec(hash);
    if (model && modelPager) {
      var index = Number(model[1]) - 1;
      // its page of the list, unless shown already (sections opened there stay open)
      if (index >= 0 && index < models.length && !document.getElementById(hash)) {
        modelPager.page = Math.floor(index / PAGE);
        modelPager.draw();
      }
    }
    var found = hash ? document.getElementById(hash) : null;
    if (found && found.tagName === "DETAILS") { found.open = true; found.scrollIntoView(); }
  };
  window.addEventListener("hashchange", route);
  document.addEventListener("click", function (event) {
    var a = event.target.closest ? event.target.closest("a[href^='#']") : null;
    // the same link twice changes no hash: lay it out again all the same
    if (a && a.getAttribute("href") === location.hash) { route(); }
  });
  route();

  // -- print: each model's findings (not the folded sections, not the paged tables) ---------------------
  var printed = false;
  var forPrint = function () {
    if (printed) { return; }
    printed = true;
    var section = el("section", "print-only", [el("h2", null, ["Findings by model"]),
      el("p", "hint", ["Each blocked model's blocking findings, and the warnings of every model by title; what to do for each reason is in the tables above, and a finding's own fix is printed where it differs."])]);
    section.id = "print-findings";
    var blocking = { "block": true, "needs-input": true };
    models.forEach(function (x) {
      var worst = x.cards.filter(function (f) { return blocking[findings[f].sev]; });
      var review = distinct(x.cards.filter(function (f) { return findings[f].sev === "warn"; })
        .map(function (f) { return S[findings[f].title]; }));
      if (!worst.length && !review.length) { return; }
      var head = el("h3", null, [bdi(x.ref), " · " + verdictWords(x.verdict)[0] + " · ", bdi(S[x.license])]);
      var items = worst.map(function (f) {
        var y = findings[f];
        // a fix the reasons table already gives is not printed again for every model
        var fix = y.fix === undefined || y.usual ? "" : el("span", "sub", ["What to do: ", auto("span", null, S[y.fix])]);
        return el("li", null, [el("strong", null, [sevWords(y.sev)[0] + ": " + S[y.title]]), " ", auto("span", null, S[y.message]), fix]);
      });
      if (review.length) { items.push(el("li", null, [el("strong", null, ["To review: "]), review.join("; ")])); }
      section.appendChild(el("div", "print-model", [head, el("ul", null, items)]));
    });
    if (section.childNodes.length === 2) { section.appendChild(none("No model has a blocking finding or a warning.")); }
    var summary = document.getElementById("summary").parentNode;
    summary.parentNode.insertBefore(section, summary.nextSibling);
  };
  window.addEventListener("beforeprint", forPrint);
  var media = window.matchMedia ? window.matchMedia("print") : null;
  if (media && media.addEventListener) {
    media.addEventListener("change", function (event) { if (event.matches) { forPrint(); } });
  }
})();
