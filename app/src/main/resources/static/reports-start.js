// The reporting start page: choosing another year reloads the page, so that the 报告期 list holds
// that year's periods and not the last year's (the server ignores a period of another year anyway).
(function () {
  var form = document.getElementById('report-start');
  if (!form) return;
  form.elements.namedItem('year').addEventListener('change', function () {
    var period = form.elements.namedItem('period');
    if (period) period.disabled = true;
    form.submit();
  });
})();
