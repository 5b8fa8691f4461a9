// "Documenten groeipanel": hand in and open a conversation's action plan and directorate plan (same login as Tasklist).
(function () {
  'use strict';
  var base = '/groeipanel-documenten';
  var status = document.getElementById('status');

  function element(tag, text) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function uploadForm(conversation, doc, cell) {
    var form = element('form');
    form.className = 'upload';
    var id = 'file-' + conversation.caseId + '-' + doc.variable;
    var label = element('label', doc.file ? 'Vervangen door:' : 'Bestand kiezen:');
    label.htmlFor = id;
    var input = element('input');
    input.type = 'file';
    input.id = id;
    input.name = 'file';
    input.accept = '.pdf,.doc,.docx,application/pdf,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    var error = element('p');
    error.className = 'error';
    error.id = id + '-error';
    input.setAttribute('aria-describedby', error.id);
    var send = element('button', 'Uploaden');
    send.type = 'submit';
    form.appendChild(label);
    form.appendChild(input);
    form.appendChild(send);
    form.appendChild(error);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      error.textContent = '';
      if (!input.files.length) {
        error.textContent = 'Kies eerst een bestand.';
        return;
      }
      var data = new FormData();
      data.append('file', input.files[0]);
      send.disabled = true;
      fetch(base + '/tasks/' + encodeURIComponent(conversation.uploadTaskId) + '/documents/' + encodeURIComponent(doc.variable), {
        method: 'POST', credentials: 'same-origin', body: data,
        headers: { 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' }
      }).then(function (response) {
        return response.json().then(function (body) { return { ok: response.ok, body: body }; });
      }).then(function (result) {
        send.disabled = false;
        if (result.ok) {
          status.textContent = result.body.message;
          load();
          return;
        }
        error.textContent = (result.body.errors || []).length
          ? result.body.errors.map(function (e) { return e.label + ' ' + e.message; }).join('; ')
          : result.body.message;
        input.setAttribute('aria-invalid', 'true');
        input.focus();
      });
    });
    cell.appendChild(form);
  }

  function documentCell(conversation, doc) {
    var cell = element('td');
    if (doc.file) {
      var link = element('a', doc.file);
      link.href = base + '/conversations/' + encodeURIComponent(conversation.caseId) + '/documents/' + encodeURIComponent(doc.variable);
      cell.appendChild(link);
    } else {
      cell.appendChild(element('span', 'Nog niet aangeleverd'));
    }
    if (conversation.uploadTaskId) { uploadForm(conversation, doc, cell); }
    return cell;
  }

  function render(conversations) {
    var body = document.querySelector('#conversations tbody');
    body.textContent = '';
    if (conversations.length === 0) {
      var empty = body.insertRow().insertCell();
      empty.colSpan = 4;
      empty.textContent = 'Er zijn geen documenten voor je: je directie heeft geen open taak "Actieplan aanleveren" en je volgt geen gesprek met het groeipanel.';
      return;
    }
    conversations.forEach(function (conversation) {
      var row = body.insertRow();
      row.dataset.caseId = conversation.caseId;
      row.insertCell().textContent = conversation.directorate || '—';
      row.insertCell().textContent = conversation.round === null || conversation.round === undefined ? '—' : conversation.round;
      conversation.documents.forEach(function (doc) { row.appendChild(documentCell(conversation, doc)); });
    });
  }

  function load() {
    fetch(base + '/conversations', {
      credentials: 'same-origin', headers: { 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' }
    }).then(function (response) {
      if (response.status === 401) {
        document.getElementById('login').hidden = false;
        document.getElementById('conversations').hidden = true;
        return;
      }
      return response.json().then(render);
    });
  }

  load();
}());
