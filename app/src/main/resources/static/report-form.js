// The report form: execution rate and lag recomputed as the spend is typed, the decrease-reason
// field shown (and required) when the spend falls below the previous period's, and each positive
// indicator's share of its target. The server checks all of it again on saving.
(function () {
  var form = document.getElementById('report-form');
  if (!form) return;
  var budget = number(form.getAttribute('data-budget'));
  var plan = number(form.getAttribute('data-plan'));
  var previous = number(form.getAttribute('data-previous'));
  var spent = form.elements.namedItem('spentYuan');
  var adjusted = form.elements.namedItem('adjustedBudgetYuan');
  var reason = document.getElementById('decrease-reason');

  function number(text) {
    if (text === null || text === undefined) return null;
    var t = String(text).replace(/,/g, '').replace(/[元%％]$/, '').trim();
    return t === '' || isNaN(t) ? null : parseFloat(t);
  }

  function show(id, text) {
    var el = document.getElementById(id);
    if (el) el.textContent = text;
  }

  function spend() {
    var s = number(spent.value);
    var a = number(adjusted.value);
    var b = a !== null ? a : budget;
    var rate = s !== null && b > 0 ? Math.round(s * 10000 / b) / 100 : null;
    show('rate', rate === null ? '—' : rate.toFixed(2) + '%');
    show('lag', rate === null || plan === null ? '—' : (plan - rate).toFixed(2));
    if (reason) {
      var text = reason.querySelector('textarea');
      var decreased = s !== null && previous !== null && s < previous;
      reason.hidden = !decreased && text.value.trim() === '';
      text.required = decreased;
    }
  }

  function completion(input) {
    var target = number(input.getAttribute('data-target'));
    var unit = input.getAttribute('data-unit') || '';
    var v = input.value.trim();
    if (unit && v.slice(-unit.length) === unit) v = v.slice(0, -unit.length);
    var value = number(v);
    show(input.getAttribute('data-out'), value === null || !(target > 0) ? '' : (Math.round(value * 10000 / target) / 100).toFixed(2) + '%');
  }

  spent.addEventListener('input', spend);
  adjusted.addEventListener('input', spend);
  spend();
  Array.prototype.forEach.call(form.querySelectorAll('input[data-target]'), function (input) {
    input.addEventListener('input', function () { completion(input); });
    completion(input);
  });
})();
