// The table of a vote's states, built from its lists by position. The page carries each
// state once, in the lists: a second copy as a table, on every page with a vote, was
// megabytes of a large archive, so the table exists only where script builds and sorts
// it. Without script its disclosure stays hidden and the lists are the whole record.
(function () {
  "use strict";
  // The order of positions on the sheet: the rows arrive grouped by it and sort by it.
  var POSITIONS = ["yes", "no", "abstain", "absent", "not_recorded"];
  var each = function (items, f) { Array.prototype.forEach.call(items, f); };

  function copies(nodes) {
    var fragment = document.createDocumentFragment();
    each(nodes, function (node) { fragment.appendChild(node.cloneNode(true)); });
    return fragment;
  }

  // A state's row: the state as its list names it (its link, or its name and "not in
  // the registry") and its position; `sources`, for a state the sources disagree on,
  // says which of them give this position.
  function row(position, label, state, sources) {
    var tr = document.createElement("tr");
    tr.setAttribute("data-order", POSITIONS.indexOf(position));
    var th = document.createElement("th");
    th.scope = "row";
    th.appendChild(state);
    var td = document.createElement("td");
    td.className = "vote-" + position;
    td.textContent = label;
    if (sources) {
      var muted = document.createElement("span");
      muted.className = "muted";
      muted.append("(", sources, ")");
      td.append(" ", muted);
    }
    tr.append(th, td);
    return tr;
  }

  // The rows of vote `section`: grouped by position, each group in its list's order.
  function rows(section) {
    var groups = POSITIONS.map(function () { return []; });
    each(section.querySelectorAll(".vote-lists ul[data-position]"), function (list) {
      var position = list.getAttribute("data-position");
      var label = list.getAttribute("data-label"), group = groups[POSITIONS.indexOf(position)];
      each(list.children, function (item) { group.push(row(position, label, copies(item.childNodes))); });
    });
    // A disputed state has a row at each position a source gives it, among that
    // position's states where its name falls. The page says where (data-at: how many
    // states of the list come first), as a browser does not order names as the lists
    // are ordered; the disputed states come by name, so those placed before in a group
    // come first too.
    var placed = POSITIONS.map(function () { return 0; });
    each(section.querySelectorAll(".vote-list-disputed li"), function (item) {
      each(item.querySelectorAll("[data-at]"), function (given) {
        var position = given.getAttribute("data-position"), group = POSITIONS.indexOf(position);
        var at = Number(given.getAttribute("data-at")) + placed[group]++;
        var state = copies(item.querySelector(".state").childNodes);
        var sources = copies(given.querySelector(".sources").childNodes);
        groups[group].splice(at, 0, row(position, given.firstElementChild.textContent, state, sources));
      });
    });
    return [].concat.apply([], groups);
  }

  function text(row, column) {
    return column === "vote" ? Number(row.getAttribute("data-order")) : row.cells[0].textContent.trim();
  }

  function sort(table, column, ascending) {
    var body = table.tBodies[0];
    var sorted = Array.prototype.slice.call(body.rows);
    sorted.sort(function (a, b) {
      var x = text(a, column), y = text(b, column);
      var order = typeof x === "number" ? x - y : x.localeCompare(y);
      if (order === 0 && column === "vote") order = text(a, "state").localeCompare(text(b, "state"));
      return ascending ? order : -order;
    });
    sorted.forEach(function (row) { body.appendChild(row); });
    each(table.tHead.rows[0].cells, function (th) {
      if (th.getAttribute("data-sort") === column) th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      else th.removeAttribute("aria-sort");
    });
  }

  // The table in `details`, its caption and column headings in the page's language from
  // its data attributes, each heading a sort button.
  function build(details, body) {
    var table = document.createElement("table");
    table.className = "vote-table sortable";
    table.createCaption().textContent = details.getAttribute("data-caption");
    var head = table.createTHead().insertRow();
    ["state", "vote"].forEach(function (column) {
      var th = document.createElement("th");
      th.scope = "col";
      th.setAttribute("data-sort", column);
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      button.textContent = details.getAttribute("data-" + column);
      button.addEventListener("click", function () {
        sort(table, column, th.getAttribute("aria-sort") !== "ascending");
      });
      th.appendChild(button);
      head.appendChild(th);
    });
    // The table arrives grouped by vote; say so.
    head.cells[1].setAttribute("aria-sort", "ascending");
    var tbody = table.createTBody();
    body.forEach(function (tr) { tbody.appendChild(tr); });
    return table;
  }

  each(document.querySelectorAll(".vote details.vote-all"), function (details) {
    var body = rows(details.closest(".vote"));
    if (body.length === 0) return;
    details.appendChild(build(details, body));
    details.hidden = false;
  });
})();
