// Indicator rows: add a blank row (a copy of the last one, emptied) and remove a row.
(function () {
  var table = document.querySelector('#indicators tbody');
  if (!table) return;
  document.getElementById('add-row').addEventListener('click', function () {
    var last = table.querySelector('tr:last-child');
    var copy = last.cloneNode(true);
    copy.querySelectorAll('input').forEach(function (i) { i.value = ''; });
    table.appendChild(copy);
  });
  table.addEventListener('click', function (e) {
    if (!e.target.classList.contains('remove-row')) return;
    var row = e.target.closest('tr');
    if (table.rows.length > 1) { row.remove(); }
    else { row.querySelectorAll('input').forEach(function (i) { i.value = ''; }); }
  });
})();
