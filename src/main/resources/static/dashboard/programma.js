// Programme monitoring for Bureau I&D: figures from /dashboard/monitoring (same login as the webapps).
(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  var LEVELS = { kort: 'korter dan een dag', dagen: '1 tot 7 dagen', weken: '1 tot 4 weken', lang: '4 weken of langer' };
  var FILL = { kort: '#fff5eb', dagen: '#fdd49e', weken: '#fc8d59', lang: '#d7301f' };

  function text(value) {
    return document.createTextNode(value === null || value === undefined ? '' : String(value));
  }

  function table(element, headers, rows) {
    element.textContent = '';
    var head = element.createTHead().insertRow();
    headers.forEach(function (header) {
      var cell = document.createElement('th');
      cell.appendChild(text(header));
      head.appendChild(cell);
    });
    var body = element.createTBody();
    rows.forEach(function (row) {
      var tr = body.insertRow();
      row.forEach(function (value) {
        var cell = tr.insertCell();
        if (value instanceof Node) { cell.appendChild(value); } else { cell.appendChild(text(value)); }
      });
    });
    if (rows.length === 0) {
      body.insertRow().insertCell().appendChild(text('Nog geen gegevens'));
    }
  }

  function yesNo(value) { return value ? 'ja' : 'nee'; }

  function level(step) {
    if (!step.level) { return text(''); }
    var badge = document.createElement('span');
    badge.className = 'level level-' + step.level;
    badge.appendChild(text(step.level));
    return badge;
  }

  function directorates(page) {
    var report = page.report;
    var p = report.percentages;
    var tiles = document.getElementById('tiles');
    [['met een actieplan', p.actionPlan], ['basis op orde', p.preconditions],
      ['gesprek met het groeipanel', p.tookPart], ['vervolggesprek', p.followUp]].forEach(function (tile) {
      var element = document.createElement('div');
      element.className = 'tile';
      var number = document.createElement('strong');
      number.appendChild(text(tile[1] + '%'));
      element.appendChild(number);
      element.appendChild(text(tile[0] + ' (van ' + p.directorates + ' directies)'));
      tiles.appendChild(element);
    });
    var years = report.trend.map(function (y) { return String(y.year); });
    var series = [['Actieplan', 'actionPlan'], ['Basis op orde', 'preconditions'],
      ['Gesprek met het panel', 'tookPart'], ['Vervolggesprek', 'followUp']];
    echarts.init(document.getElementById('chart-trend'), null, { renderer: 'svg' }).setOption({
      animation: false, color: ['#ec0000', '#004699', '#00a03c', '#ff9100'], tooltip: { trigger: 'axis' },
      legend: { top: 0 }, grid: { left: 50, right: 16, top: 36, bottom: 30 },
      xAxis: { type: 'category', data: years }, yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      series: series.map(function (one) {
        return { name: one[0], type: 'bar', label: { show: true, position: 'top', formatter: '{c}%' },
          data: report.trend.map(function (y) { return y[one[1]]; }) };
      })
    });
    table(document.getElementById('table-trend'), ['Jaar'].concat(series.map(function (s) { return s[0] + ' (%)'; })),
      report.trend.map(function (y) { return [y.year, y.actionPlan, y.preconditions, y.tookPart, y.followUp]; }));
    table(document.getElementById('table-directorates'),
      ['Directie', 'Actieplan', 'Basis op orde', 'Rondes met een gesprek', 'Vervolggesprek'],
      page.directorates.map(function (d) {
        return [d.directorate, yesNo(d.actionPlan), yesNo(d.preconditions), d.rounds.join(', ') || 'geen',
          yesNo(d.followUp)];
      }));
  }

  function counts(report) {
    document.getElementById('counts-title').textContent = 'Kerncijfers ' + report.year;
    table(document.getElementById('table-counts'), ['Cijfer', 'Aantal'], report.figures.map(function (f) {
      return [f.label, f.text];
    }));
    echarts.init(document.getElementById('chart-rounds'), null, { renderer: 'svg' }).setOption({
      animation: false, color: ['#004699'], tooltip: { trigger: 'axis' }, grid: { left: 50, right: 16, top: 20, bottom: 30 },
      xAxis: { type: 'category', data: report.heldPerRound.map(function (r) { return r.label; }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: 'Panelgesprekken gevoerd', type: 'bar', label: { show: true, position: 'top' },
        data: report.heldPerRound.map(function (r) { return r.value; }) }]
    });
    table(document.getElementById('table-rounds'), ['Ronde', 'Panelgesprekken gevoerd'],
      report.heldPerRound.map(function (r) { return [r.label, r.value]; }));
  }

  function download(year) {
    var select = document.getElementById('year');
    for (var y = year; y >= 2020; y--) {
      var option = document.createElement('option');
      option.value = option.textContent = String(y);
      select.appendChild(option);
    }
    function links() {
      document.getElementById('download-pdf').href = '/api/reports/progress/' + select.value + '?format=pdf';
      document.getElementById('download-xlsx').href = '/api/reports/progress/' + select.value + '?format=xlsx';
    }
    select.addEventListener('change', links);
    links();
  }

  function svg(name, attributes, parent) {
    var element = document.createElementNS(SVG, name);
    Object.keys(attributes).forEach(function (key) { element.setAttribute(key, attributes[key]); });
    parent.appendChild(element);
    return element;
  }

  /** Words of a step's name in lines that fit its box. */
  function lines(name, width) {
    var perLine = Math.max(8, Math.floor(width / 6.2));
    var result = [''];
    (name || '').split(' ').forEach(function (word) {
      var last = result.length - 1;
      if (result[last] && (result[last] + ' ' + word).length > perLine) { result.push(word); }
      else { result[last] = result[last] ? result[last] + ' ' + word : word; }
    });
    return result.slice(0, 3);
  }

  /** The deployed diagram, each waiting step filled by its median's level and labelled with the median in words. */
  function diagram(process, container) {
    var pad = 10;
    var box = document.createElement('div');
    box.className = 'diagram';
    box.id = 'diagram-' + process.processKey;
    var picture = svg('svg', { width: process.width + 2 * pad, height: process.height + 2 * pad,
      viewBox: (process.x - pad) + ' ' + (process.y - pad) + ' ' + (process.width + 2 * pad) + ' ' + (process.height + 2 * pad),
      role: 'img', 'aria-label': 'Diagram ' + process.name + ' met de mediane doorlooptijd per stap; de tabel eronder geeft dezelfde cijfers' }, box);
    process.flows.forEach(function (flow) {
      svg('polyline', { points: flow.map(function (p) { return p[0] + ',' + p[1]; }).join(' '), fill: 'none',
        stroke: '#999', 'stroke-width': 1 }, picture);
    });
    process.shapes.forEach(function (shape) {
      var fill = shape.level ? FILL[shape.level] : '#fff';
      var cx = shape.x + shape.width / 2;
      var cy = shape.y + shape.height / 2;
      if (shape.kind === 'container') {
        svg('rect', { x: shape.x, y: shape.y, width: shape.width, height: shape.height, rx: 8, fill: 'none',
          stroke: '#666', 'stroke-dasharray': '4 2' }, picture);
        return;
      }
      if (shape.kind === 'event') {
        svg('circle', { cx: cx, cy: cy, r: shape.width / 2, fill: fill, stroke: '#333' }, picture);
      } else if (shape.kind === 'gateway') {
        svg('polygon', { points: [cx + ',' + shape.y, (shape.x + shape.width) + ',' + cy, cx + ',' + (shape.y + shape.height),
          shape.x + ',' + cy].join(' '), fill: '#fff', stroke: '#333' }, picture);
      } else {
        svg('rect', { x: shape.x, y: shape.y, width: shape.width, height: shape.height, rx: 8, fill: fill,
          stroke: '#333' }, picture);
        var label = lines(shape.name, shape.width);
        if (shape.level) { label.push('mediaan ' + shape.median); }
        // above the bottom edge, where boundary events (reminders) sit
        var top = shape.y + Math.max(13, (shape.height - 18 - label.length * 13) / 2 + 11);
        var textElement = svg('text', { x: cx, y: top, 'text-anchor': 'middle',
          fill: shape.level === 'lang' ? '#fff' : '#000' }, picture);
        label.forEach(function (line, index) {
          var span = svg('tspan', { x: cx, dy: index === 0 ? 0 : 13, 'font-weight': shape.level && index === label.length - 1 ? 'bold' : 'normal' }, textElement);
          span.textContent = line;
        });
      }
      if (shape.median) {
        var title = svg('title', {}, picture.lastChild);
        title.textContent = shape.name + ': mediaan ' + shape.median + ', 90% binnen ' + shape.p90;
      }
    });
    container.appendChild(box);
  }

  function steps(page) {
    var legend = document.getElementById('legend');
    legend.appendChild(text('Wachttijd (mediaan) in ' + page.report.year + ': '));
    Object.keys(LEVELS).forEach(function (key) {
      var badge = level({ level: key });
      legend.appendChild(badge);
      legend.appendChild(text(' ' + LEVELS[key] + '  '));
    });
    var container = document.getElementById('processes');
    if (page.report.steps.length === 0) {
      container.appendChild(text('Nog geen afgeronde stappen dit jaar.'));
    }
    page.report.steps.forEach(function (process, index) {
      var heading = document.createElement('h3');
      heading.appendChild(text(process.name));
      container.appendChild(heading);
      diagram(page.diagrams[index], container);
      var stepsTable = document.createElement('table');
      container.appendChild(stepsTable);
      table(stepsTable, ['Stap', 'Aantal keer', 'Mediaan', '90% binnen', 'Wachttijd'], process.steps.map(function (s) {
        return [s.name, s.count, s.median, s.p90, level(s)];
      }));
    });
  }

  fetch('/dashboard/monitoring', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (response) {
      if (response.status === 401 || response.status === 403) {
        document.getElementById('login').hidden = false;
        document.querySelectorAll('.card').forEach(function (card) { card.hidden = true; });
        if (response.status === 403) {
          document.getElementById('login-title').textContent = 'Geen toegang';
          document.getElementById('login-text').textContent = 'De programmamonitoring is alleen voor Bureau I&D.';
        }
        document.getElementById('stand').textContent = '';
        return null;
      }
      return response.json();
    })
    .then(function (page) {
      if (!page) { return; }
      directorates(page);
      counts(page.report);
      download(page.report.year);
      steps(page);
      document.getElementById('stand').textContent = 'Stand van ' + new Date().toLocaleString('nl-NL')
        + ', berekend uit de registratie van de processen';
      document.body.setAttribute('data-loaded', 'true');
    });
}());
