/**
 * The dashboard's only script: sort the reports table by a clicked column header. Inlined as a string
 * (the page must work offline); it reads the cells' data-value, so it never parses report text.
 */
export const DASHBOARD_SCRIPT = `
(function () {
  var table = document.getElementById('reports');
  if (!table) return;
  var body = table.tBodies[0];
  var headers = table.querySelectorAll('th[data-sort]');
  function valueOf(row, index, type) {
    var cell = row.cells[index];
    var raw = cell ? cell.getAttribute('data-value') : '';
    if (type === 'number') { return raw === '' || raw === null ? -Infinity : Number(raw); }
    return raw || '';
  }
  Array.prototype.forEach.call(headers, function (th) {
    th.tabIndex = 0;
    function sort() {
      var index = Number(th.getAttribute('data-col'));
      var type = th.getAttribute('data-sort');
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(headers, function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = valueOf(a, index, type), y = valueOf(b, index, type);
        var c = type === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
        return ascending ? c : -c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    }
    th.addEventListener('click', sort);
    th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); } });
  });
})();
`;
