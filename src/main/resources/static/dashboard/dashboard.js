// Process owner's dashboard: figures from /dashboard/figures (same login as the webapps).
(function () {
  'use strict';
  var colours = ['#004699', '#ec0000', '#00a03c', '#ff9100', '#a00078', '#009dec', '#bed200', '#767676'];

  function text(value) {
    return document.createTextNode(value === null || value === undefined ? '' : String(value));
  }

  function table(id, headers, rows) {
    var element = document.getElementById(id);
    element.textContent = '';
    var head = element.createTHead().insertRow();
    headers.forEach(function (header, index) {
      var cell = document.createElement('th');
      cell.appendChild(text(header));
      if (index > 0) { cell.className = 'number'; }
      head.appendChild(cell);
    });
    var body = element.createTBody();
    rows.forEach(function (row) {
      var tr = body.insertRow();
      row.forEach(function (value, index) {
        var cell = tr.insertCell();
        cell.appendChild(text(value));
        if (index > 0 && typeof value === 'number') { cell.className = 'number'; }
      });
    });
    if (rows.length === 0) {
      body.insertRow().insertCell().appendChild(text('Nog geen gegevens'));
    }
  }

  function chart(id, option) {
    var instance = echarts.init(document.getElementById(id), null, { renderer: 'svg' });
    option.color = colours;
    option.animation = false;
    option.tooltip = option.tooltip || { trigger: 'axis' };
    option.grid = option.grid || { left: 70, right: 16, top: 36, bottom: 70 };
    instance.setOption(option);
    window.addEventListener('resize', function () { instance.resize(); });
  }

  function bars(names, series, stacked) {
    return {
      legend: { top: 0, type: 'scroll' },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 4 ? 25 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: series.map(function (one) {
        return { name: one.name, type: 'bar', stack: stacked ? 'total' : undefined, data: one.data,
          label: { show: !stacked, position: 'top' } };
      })
    };
  }

  function pilot(figures) {
    chart('chart-pilot', bars(figures.pilotStages, figures.pilotFunnel.map(function (cohort) {
      return { name: cohort.cohort, data: cohort.counts };
    })));
    table('table-pilot', ['Cohort'].concat(figures.pilotStages), figures.pilotFunnel.map(function (cohort) {
      return [cohort.cohort].concat(cohort.counts);
    }));
  }

  function panel(figures) {
    var counts = figures.panelStages.map(function (stage) {
      return figures.panelConversations.filter(function (c) { return c.status === stage; }).length;
    });
    chart('chart-panel', bars(figures.panelStages, [{ name: 'Gesprekken', data: counts }]));
    table('table-panel', ['Directie', 'Ronde', 'Stand'], figures.panelConversations.map(function (c) {
      return [c.directorate, c.round, c.status];
    }));
    var themes = Object.keys(figures.panelThemes);
    chart('chart-themes', {
      grid: { left: 220, right: 30, top: 10, bottom: 30 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: themes.slice().reverse() },
      series: [{ name: 'Verslagen', type: 'bar', label: { show: true, position: 'right' },
        data: themes.map(function (theme) { return figures.panelThemes[theme]; }).reverse() }]
    });
    table('table-themes', ['Thema', 'Verslagen'], themes.map(function (theme) {
      return [theme, figures.panelThemes[theme]];
    }));
  }

  function learning(figures) {
    var statuses = Object.keys(figures.learningRequests);
    var clusters = [];
    statuses.forEach(function (status) {
      Object.keys(figures.learningRequests[status]).forEach(function (cluster) {
        if (clusters.indexOf(cluster) < 0) { clusters.push(cluster); }
      });
    });
    clusters.sort();
    chart('chart-learning', bars(statuses, clusters.map(function (cluster) {
      return { name: cluster, data: statuses.map(function (status) { return figures.learningRequests[status][cluster] || 0; }) };
    }), true));
    table('table-learning', ['Status'].concat(clusters), statuses.map(function (status) {
      return [status].concat(clusters.map(function (cluster) { return figures.learningRequests[status][cluster] || 0; }));
    }));
    var budgets = figures.learningBudgets;
    chart('chart-budgets', bars(budgets.map(function (b) { return b.cluster; }), [
      { name: 'Gebruikt (gereserveerd en geboekt)', data: budgets.map(function (b) { return b.claimed; }) },
      { name: 'Beschikbaar', data: budgets.map(function (b) { return b.available; }) }
    ], true));
    table('table-budgets', ['Cluster', 'Budget (€)', 'Gebruikt (€)', 'Beschikbaar (€)'], budgets.map(function (b) {
      return [b.cluster, b.amount, b.claimed, b.available];
    }));
  }

  function overdue(figures) {
    var roles = Object.keys(figures.overdueTasks);
    chart('chart-overdue', bars(roles, [{ name: 'Taken over de vervaldatum',
      data: roles.map(function (role) { return figures.overdueTasks[role]; }) }]));
    table('table-overdue', ['Rol', 'Taken'], roles.map(function (role) { return [role, figures.overdueTasks[role]]; }));
  }

  function dialogue(figures) {
    var sessions = Object.keys(figures.dialogueSignUps);
    table('table-dialogue', ['Sessie', 'Aangemeld'], sessions.map(function (session) {
      return [session, figures.dialogueSignUps[session]];
    }));
  }

  fetch('/dashboard/figures', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (response) {
      if (response.status === 401 || response.status === 403) {
        document.getElementById('login').hidden = false;
        document.querySelectorAll('.card').forEach(function (card) { card.hidden = true; });
        if (response.status === 403) {
          // signed in, but not Bureau I&D: say so, and where this person's own work is
          document.getElementById('login-title').textContent = 'Geen toegang';
          document.getElementById('login-text').innerHTML = 'Dit dashboard is alleen voor Bureau I&amp;D. Je taken vind je in'
              + ' <a href="/camunda/app/tasklist/default/">Tasklist</a>, je eigen aanvragen in'
              + ' <a href="/mijn-aanvragen/">Mijn aanvragen</a>.';
        }
        document.getElementById('stand').textContent = '';
        return null;
      }
      return response.json();
    })
    .then(function (figures) {
      if (!figures) { return; }
      pilot(figures);
      panel(figures);
      learning(figures);
      overdue(figures);
      dialogue(figures);
      document.getElementById('stand').textContent = 'Stand van ' + new Date().toLocaleString('nl-NL');
      document.body.setAttribute('data-loaded', 'true');
    });
}());
