// The status page: reads the REST API every 5 s, keeps nothing; the browser asks for the user (basic authentication).
(function () {
  'use strict';
  var API = '/services/aioschedule/v1';
  var REFRESH_MS = 5000;

  function get(path) {
    return fetch(API + path, { headers: { Accept: 'application/json' }, cache: 'no-store' }).then(function (r) {
      if (!r.ok) {
        throw new Error(path + ': HTTP ' + r.status + (r.status === 403
          ? ' (this user lacks the REST permission aioschedule, UserAdmin group kura.permission.rest.aioschedule)'
          : ''));
      }
      return r.json();
    });
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  function time(iso) { return iso ? new Date(iso).toLocaleString() : ''; }

  function showJobs(jobs) {
    var body = document.querySelector('#jobs tbody');
    body.textContent = '';
    jobs.forEach(function (j) {
      var tr = el('tr', { 'data-job': j.id });
      var outcome = j.lastOutcome ? j.lastOutcome.result : '';
      [j.id, j.taskPid, j.schedule, j.source, j.state, time(j.lastRun)].forEach(function (v) {
        tr.appendChild(el('td', {}, v));
      });
      tr.appendChild(el('td', { 'class': outcome, title: (j.lastOutcome && j.lastOutcome.error) || '' }, outcome));
      [time(j.nextRun), j.runCount, j.consecutiveFailures, (j.tags || []).join(', ')].forEach(function (v) {
        tr.appendChild(el('td', {}, v));
      });
      body.appendChild(tr);
    });
  }

  function lanes(container, ids, from, to, marks) {
    container.textContent = '';
    var span = Math.max(1, to - from);
    ids.forEach(function (id) {
      var row = el('div', { 'class': 'row' });
      row.appendChild(el('span', { 'class': 'name', title: id }, id));
      var lane = el('div', { 'class': 'lane' });
      marks.filter(function (m) { return m.jobId === id; }).forEach(function (m) {
        var mark = el('span', { 'class': 'mark ' + m.kind, 'data-job': id, 'data-kind': m.kind, 'data-at': m.iso,
          title: m.title });
        mark.style.left = (100 * (m.at - from) / span).toFixed(3) + '%';
        lane.appendChild(mark);
      });
      row.appendChild(lane);
      container.appendChild(row);
    });
    var axis = el('div', { 'class': 'axis' });
    axis.appendChild(el('span', {}, new Date(from).toLocaleString()));
    axis.appendChild(el('span', {}, new Date(to).toLocaleString()));
    container.appendChild(axis);
  }

  function showRuns(jobs, runs) {
    var ids = jobs.map(function (j) { return j.id; });
    var now = Date.now();
    var past = (runs.past || []).map(function (r) {
      return { jobId: r.jobId, kind: r.result, at: Date.parse(r.start), iso: r.start,
        title: r.jobId + ' ' + r.result + ' at ' + time(r.start) + ', ' + r.durationMs + ' ms'
          + (r.error ? ': ' + r.error : '') };
    });
    var oldest = past.reduce(function (min, m) { return Math.min(min, m.at); }, now - 60000);
    lanes(document.getElementById('past'), ids, oldest, now, past);
    var to = runs.to ? Date.parse(runs.to) : now + 86400000;
    var due = (runs.next || []).slice();
    jobs.forEach(function (j) {
      // a list cut at 1,000 runs (a busy job) may miss a later job's next run: every job's own next run is shown
      var at = j.nextRun ? Date.parse(j.nextRun) : NaN;
      if (at <= to && !due.some(function (n) { return n.jobId === j.id && Date.parse(n.time) === at; })) {
        due.push({ jobId: j.id, time: j.nextRun });
      }
    });
    var next = due.map(function (n) {
      return { jobId: n.jobId, kind: 'NEXT', at: Date.parse(n.time), iso: n.time,
        title: n.jobId + ' at ' + time(n.time) };
    });
    lanes(document.getElementById('next'), ids, now, to, next);
    document.getElementById('truncated').textContent = runs.truncated
      ? '(the first 1,000 runs and every job\'s next run)' : '';
  }

  function showProblems(problems) {
    var list = document.getElementById('problems');
    list.textContent = '';
    if (problems.length === 0) { list.appendChild(el('li', {}, 'none')); }
    problems.forEach(function (p) {
      list.appendChild(el('li', {}, p.subject + (p.key ? ' (' + p.key + ')' : '') + ': ' + p.message));
    });
  }

  function showStore(store) {
    var list = document.getElementById('store');
    list.textContent = '';
    ['type', 'location', 'durable', 'status'].forEach(function (k) {
      list.appendChild(el('dt', {}, k));
      list.appendChild(el('dd', {}, String(store[k])));
    });
    (store.problems || []).forEach(function (p) {
      list.appendChild(el('dt', {}, 'problem'));
      list.appendChild(el('dd', {}, typeof p === 'string' ? p : JSON.stringify(p)));
    });
  }

  function refresh() {
    var status = document.getElementById('status');
    Promise.all([get('/jobs'), get('/runs?hours=24'), get('/problems'), get('/store')]).then(function (all) {
      showJobs(all[0]);
      showRuns(all[0], all[1]);
      showProblems(all[2]);
      showStore(all[3]);
      status.className = '';
      status.textContent = 'updated ' + new Date().toLocaleTimeString();
    }).catch(function (e) {
      status.className = 'error';
      status.textContent = e.message;
    }).then(function () { setTimeout(refresh, REFRESH_MS); });
  }

  refresh();
}());
