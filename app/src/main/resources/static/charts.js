// Draws every chart of the page: a [data-chart] container and, in <script type="application/json" id="…-data">,
// the numbers of the table beside it (jixiao.web.Chart). Labels come with the data; colours from the stylesheet:
// a light's from .light.RED etc., other series' from the :root custom properties (--accent, --muted).
// SVG renderer, so a printed chart is sharp; redrawn at the printed width before printing.
(function () {
  var charts = [];

  function lightColour(light) {
    var probe = document.createElement('span');
    probe.className = 'light ' + light;
    probe.style.position = 'absolute';
    probe.style.visibility = 'hidden';
    document.body.appendChild(probe);
    var colour = getComputedStyle(probe).backgroundColor;
    document.body.removeChild(probe);
    return colour;
  }

  function toneColour(tone) {
    var value = getComputedStyle(document.documentElement).getPropertyValue('--' + tone);
    return value ? value.trim() : undefined;
  }

  // no category, or not one value other than 0: bars of nothing say less than the words
  function isEmpty(data) {
    return !data.categories.length || data.series.every(function (s) {
      return s.values.every(function (v) { return v === null || v === 0; });
    });
  }

  function showText(container, text) {
    var p = document.createElement('p');
    p.className = 'chart-empty muted';
    p.textContent = text;
    container.parentNode.insertBefore(p, container);
  }

  function option(data) {
    var lightColours = {};
    function colourOf(light) {
      if (!(light in lightColours)) lightColours[light] = lightColour(light);
      return lightColours[light];
    }
    var axisName = data.unit || '';
    var series = data.series.map(function (s, index) {
      var one = {
        name: s.name, type: s.type, data: s.values.slice(),
        stack: data.stacked && s.type === 'bar' ? 'all' : undefined,
        connectNulls: s.type === 'line', animation: false, barMaxWidth: 48
      };
      var colour = s.light ? colourOf(s.light) : s.tone ? toneColour(s.tone) : undefined;
      if (colour) one.itemStyle = { color: colour };
      if (colour && s.type === 'line') one.lineStyle = { color: colour };
      if (s.pointLights) {
        one.data = s.values.map(function (v, i) {
          return { value: v, itemStyle: { color: colourOf(s.pointLights[i]) } };
        });
      }
      if (index === 0 && data.reference !== null && data.reference !== undefined) {
        one.markLine = {
          symbol: 'none', silent: true, lineStyle: { color: toneColour('muted'), type: 'dashed' },
          label: { formatter: data.referenceLabel || '', position: 'insideEndTop' },
          data: [{ yAxis: data.reference }]
        };
      }
      return one;
    });
    return {
      title: { text: data.title, left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' },
      // one series coloured bar by bar (the lights) has no single colour for a legend
      legend: { show: data.series.length > 1, bottom: 0, type: 'scroll' },
      grid: { left: 48, right: 24, top: 48, bottom: 64, containLabel: true },
      xAxis: { type: 'category', data: data.categories, axisLabel: { interval: 0, hideOverlap: true } },
      yAxis: { type: 'value', name: axisName, minInterval: data.unit ? 0 : 1 },
      series: series
    };
  }

  document.querySelectorAll('[data-chart]').forEach(function (container) {
    var block = document.getElementById(container.id + '-data');
    if (!block) return;
    var data = JSON.parse(block.textContent);
    if (isEmpty(data)) {
      showText(container, data.emptyText);
      return;
    }
    if (typeof echarts === 'undefined') return; // the table beside it still shows the numbers
    container.hidden = false;
    var chart = echarts.init(container, null, { renderer: 'svg' });
    chart.setOption(option(data));
    container.setAttribute('data-drawn', 'true');
    charts.push(chart);
  });

  function resizeAll() {
    charts.forEach(function (c) { c.resize(); });
  }
  window.addEventListener('resize', resizeAll);
  // redrawn at the printed width; matchMedia also catches printing that fires no beforeprint (headless PDF)
  window.addEventListener('beforeprint', resizeAll);
  window.addEventListener('afterprint', resizeAll);
  var print = window.matchMedia && window.matchMedia('print');
  if (print && print.addEventListener) print.addEventListener('change', resizeAll);
})();
