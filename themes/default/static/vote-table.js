// Sortable vote tables: progressive enhancement. Without this script every table is
// complete and grouped by vote; with it, each column header becomes a sort button.
(function () {
  "use strict";
  function text(row, column) {
    return column === "vote" ? Number(row.getAttribute("data-order")) : row.cells[0].textContent.trim();
  }
  function sort(table, column, ascending) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = text(a, column), y = text(b, column);
      var order = typeof x === "number" ? x - y : x.localeCompare(y);
      if (order === 0 && column === "vote") order = text(a, "state").localeCompare(text(b, "state"));
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      var sorted = th.getAttribute("data-sort") === column;
      if (sorted) th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      else th.removeAttribute("aria-sort");
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.vote-table"), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      var column = th.getAttribute("data-sort");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      button.textContent = th.textContent;
      button.addEventListener("click", function () {
        sort(table, column, th.getAttribute("aria-sort") !== "ascending");
      });
      th.textContent = "";
      th.appendChild(button);
    });
    // The table arrives grouped by vote; say so.
    table.tHead.rows[0].cells[1].setAttribute("aria-sort", "ascending");
    table.classList.add("sortable");
  });
})();
