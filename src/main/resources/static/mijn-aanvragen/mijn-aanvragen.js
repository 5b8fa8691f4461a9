// "Mijn aanvragen": the signed-in person's running cases from /mijn-aanvragen/cases (same login as Tasklist).
(function () {
  'use strict';
  var base = '/mijn-aanvragen/cases';
  var status = document.getElementById('status');

  function element(tag, text) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function request(method, url, body) {
    return fetch(url, {
      method: method,
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
  }

  function started(value) {
    return new Date(value).toLocaleString('nl-NL', { dateStyle: 'medium', timeStyle: 'short' });
  }

  function withdrawForm(cell, item) {
    cell.textContent = '';
    var form = element('form');
    var reason = element('textarea');
    reason.name = 'reason';
    reason.maxLength = 1000;
    reason.setAttribute('aria-label', 'Reden');
    reason.placeholder = item.reasonRequired ? 'Reden (verplicht)' : 'Reden (optioneel)';
    var errors = element('p');
    errors.className = 'error';
    var confirm = element('button', item.withdrawal + ' bevestigen');
    confirm.type = 'submit';
    var cancel = element('button', 'Annuleren');
    cancel.type = 'button';
    cancel.addEventListener('click', load);
    form.appendChild(reason);
    form.appendChild(errors);
    form.appendChild(confirm);
    form.appendChild(cancel);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      confirm.disabled = true;
      request('POST', base + '/' + encodeURIComponent(item.id) + '/withdrawal', { reason: reason.value })
        .then(function (response) {
          return response.json().then(function (body) { return { ok: response.ok, body: body }; });
        })
        .then(function (result) {
          if (result.ok) {
            status.textContent = result.body.message;
            load();
            return;
          }
          confirm.disabled = false;
          errors.textContent = (result.body.errors || []).length
            ? result.body.errors.map(function (e) { return e.label + ' ' + e.message; }).join('; ')
            : result.body.message;
        });
    });
    cell.appendChild(form);
    reason.focus();
  }

  function render(cases) {
    var body = document.querySelector('#cases tbody');
    body.textContent = '';
    if (cases.length === 0) {
      var empty = body.insertRow().insertCell();
      empty.colSpan = 5;
      empty.textContent = 'Je hebt geen lopende aanvragen.';
      return;
    }
    cases.forEach(function (item) {
      var row = body.insertRow();
      row.dataset.caseId = item.id;
      row.insertCell().textContent = item.process;
      row.insertCell().textContent = item.reference || '—';
      row.insertCell().appendChild(stepList(item.steps));
      row.insertCell().textContent = started(item.started);
      var action = row.insertCell();
      if (item.withdrawal) {
        var button = element('button', item.withdrawal);
        button.type = 'button';
        button.addEventListener('click', function () { withdrawForm(action, item); });
        action.appendChild(button);
      }
    });
  }

  function stepList(steps) {
    var list = element('ul');
    (steps.length ? steps : ['Wordt verwerkt']).forEach(function (step) { list.appendChild(element('li', step)); });
    return list;
  }

  // account managers only: the server answers 403 to everyone else, and the section stays hidden
  function loadCluster() {
    request('GET', '/mijn-aanvragen/cluster-cases').then(function (response) {
      if (!response.ok) { return; }
      return response.json().then(function (cases) {
        var body = document.querySelector('#cluster-cases tbody');
        body.textContent = '';
        if (cases.length === 0) {
          var empty = body.insertRow().insertCell();
          empty.colSpan = 6;
          empty.textContent = 'Er lopen geen aanvragen in je cluster.';
        }
        cases.forEach(function (item) {
          var row = body.insertRow();
          [item.reference, item.requester, item.team, item.cluster].forEach(function (value) {
            row.insertCell().textContent = value || '—';
          });
          row.insertCell().appendChild(stepList(item.steps));
          row.insertCell().textContent = item.since ? started(item.since) : '—';
        });
        document.getElementById('cluster').hidden = false;
      });
    });
  }

  function load() {
    request('GET', base).then(function (response) {
      if (response.status === 401) {
        document.getElementById('login').hidden = false;
        document.getElementById('cases').hidden = true;
        return;
      }
      return response.json().then(render);
    });
  }

  load();
  loadCluster();
}());
