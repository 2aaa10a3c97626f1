// The dashboard's run panel: polls the run's JSON while it is queued or running, fills in its
// progress and counts, and reloads the dashboard once it has finished so the lights are current.
(function () {
  var panel = document.getElementById('run-panel');
  if (!panel || panel.getAttribute('data-finished') === 'true') return;
  var url = '/api/monitoring/runs/' + panel.getAttribute('data-run-id');

  function show(run) {
    var values = {
      statusLabel: run.statusLabel, projectsChecked: run.projectsChecked, projectsTotal: run.projectsTotal,
      red: run.lights.red, yellow: run.lights.yellow, blue: run.lights.blue, green: run.lights.green,
      alertsOpened: run.alertsOpened, alertsUpdated: run.alertsUpdated, alertsClosed: run.alertsClosed,
      errorMessage: run.errorMessage || ''
    };
    Object.keys(values).forEach(function (field) {
      panel.querySelectorAll('[data-field="' + field + '"]').forEach(function (el) { el.textContent = values[field]; });
    });
    panel.querySelector('progress').value = run.percentDone;
  }

  function poll() {
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) throw new Error('HTTP ' + response.status);
        return response.json();
      })
      .then(function (run) {
        show(run);
        if (run.status === 'DONE' || run.status === 'FAILED') {
          window.location.reload();
        } else {
          setTimeout(poll, 1500);
        }
      })
      .catch(function () { setTimeout(poll, 5000); });
  }

  setTimeout(poll, 1000);
})();
