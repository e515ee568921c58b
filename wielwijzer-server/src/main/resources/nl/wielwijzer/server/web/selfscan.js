/*
 * The Wielwijzer self-scan. Reads the questions and their mapping to profile fields from
 * /selfscan/questions.json (documented in docs/self-scan.md), builds a profile from the answers, posts it to
 * /v1/recommendations and shows the advice: the summary first, the explanation on demand.
 * No external scripts, no cookies, no storage: the answers live in this page only.
 */
(function () {
  'use strict';

  var T = {
    nl: {
      other: 'English', otherLang: 'en', title: 'Zelfscan duurzame inzetbaarheid – Wielwijzer',
      sections: {
        start: 'Om te beginnen', you: 'Over u', health: 'Gezondheid en werkvermogen', change: 'Moeten en willen',
        work: 'Uw werk', career: 'Loopbaan en zelfleiderschap', organisation: 'Uw organisatie',
        means: 'Middelen en draagvlak', motives: 'Motieven en urgentie', factors: 'De werkomgeving'
      },
      required: 'verplicht', why: 'Waarom deze vraag?', source: 'Bron',
      chooseOne: 'Kies een antwoord.', notNumber: 'Vul een getal in, bijvoorbeeld 45.',
      range: function (q) { return 'Vul een getal in van ' + q.min + ' tot en met ' + q.max + ' ' + q.unitNl + '.'; },
      summaryTitle: 'Er is iets mis met een antwoord', serverTrouble: 'De server kon de scan nu niet verwerken',
      busy: 'Het advies wordt opgesteld…',
      adviceTitle: 'Uw advies', target: 'Het doel', matters: 'Wat het meest telt',
      noGap: 'Uw antwoorden wijzen niet op een duidelijke kloof in kunnen, gelegenheid of motivatie.',
      gap: { 1: 'kleine kloof', 2: 'duidelijke kloof', 3: 'grote kloof' },
      functions: 'Wat werkt (interventiefuncties)', categories: 'Via welk beleid', route: 'Route', phase: 'Fase',
      none: 'geen', instruments: 'Instrumenten om mee te beginnen', noInstruments: 'Geen instrument past bij deze antwoorden.',
      explain: 'Waarom dit advies? Toon de uitleg', explainFunctions: 'Interventiefuncties',
      explainCategories: 'Beleidscategorieën', explainInstruments: 'Instrumenten', explainExcluded: 'Bewust uitgesloten',
      score: 'score', lines: 'regels', print: 'Afdrukken', again: 'Antwoorden aanpassen',
      status: { 'new': 'nieuw', makeBetterUse: 'al aanwezig: beter benutten', exampleToCopy: 'voorbeeld om over te nemen' },
      evidence: 'bewijs'
    },
    en: {
      other: 'Nederlands', otherLang: 'nl', title: 'Self-scan: sustainable employability – Wielwijzer',
      sections: {
        start: 'To start', you: 'About you', health: 'Health and capacity for work', change: 'Must and want',
        work: 'Your work', career: 'Career and self-leadership', organisation: 'Your organisation',
        means: 'Means and support', motives: 'Motives and urgency', factors: 'The work environment'
      },
      required: 'required', why: 'Why this question?', source: 'Source',
      chooseOne: 'Choose an answer.', notNumber: 'Enter a number, for example 45.',
      range: function (q) { return 'Enter a number from ' + q.min + ' to ' + q.max + ' ' + q.unitEn + '.'; },
      summaryTitle: 'Something is wrong with an answer', serverTrouble: 'The server could not process the scan just now',
      busy: 'Preparing the advice…',
      adviceTitle: 'Your advice', target: 'The goal', matters: 'What matters most',
      noGap: 'Your answers do not point to a clear gap in capability, opportunity or motivation.',
      gap: { 1: 'small gap', 2: 'clear gap', 3: 'large gap' },
      functions: 'What works (intervention functions)', categories: 'Through which policy', route: 'Route',
      phase: 'Phase', none: 'none', instruments: 'Instruments to start with',
      noInstruments: 'No instrument fits these answers.',
      explain: 'Why this advice? Show the explanation', explainFunctions: 'Intervention functions',
      explainCategories: 'Policy categories', explainInstruments: 'Instruments', explainExcluded: 'Deliberately ruled out',
      score: 'score', lines: 'lines', print: 'Print', again: 'Change the answers',
      status: { 'new': 'new', makeBetterUse: 'already there: make better use', exampleToCopy: 'an example to copy' },
      evidence: 'evidence'
    }
  };

  var lang = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'nl';
  // Scores are exact to a tenth of a point; Dutch writes the decimal with a comma (4,3), English with a point.
  function points(score) {
    var text = String(Math.round(score * 10) / 10);
    return lang === 'en' ? text : text.replace('.', ',');
  }
  var data = null;
  var labels = null;
  var last = null; // {result, profile, subject}

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') {
        node.textContent = attrs[k];
      } else if (attrs[k] !== null && attrs[k] !== undefined && attrs[k] !== false) {
        node.setAttribute(k, attrs[k] === true ? '' : attrs[k]);
      }
    });
    (children || []).forEach(function (c) { if (c) { node.appendChild(c); } });
    return node;
  }

  /** A text element in both languages: switching language swaps its text, inputs keep their values. */
  function bi(tag, nl, en, attrs) {
    var a = Object.assign({}, attrs || {}, { 'data-nl': nl, 'data-en': en, text: lang === 'en' ? en : nl });
    return el(tag, a);
  }

  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) {
      if (!r.ok) { throw new Error(url + ': ' + r.status); }
      return r.json();
    });
  }

  // ------------------------------------------------------------------------------------------ the form

  function render() {
    var box = document.getElementById('questions');
    box.textContent = '';
    var section = null;
    data.questions.forEach(function (q) {
      if (q.section !== section) {
        section = q.section;
        box.appendChild(bi('h2', T.nl.sections[section], T.en.sections[section],
          { 'class': 'section-title', 'data-section': section }));
      }
      box.appendChild(question(q));
    });
    box.removeAttribute('aria-busy');
    box.addEventListener('change', function (e) {
      if (e.target.name === 'role') { showForRole(); }
    });
    showForRole();
  }

  function why(sources) {
    if (!sources || !sources.length) { return null; }
    var details = el('details', { 'class': 'why' }, [bi('summary', T.nl.why, T.en.why)]);
    sources.forEach(function (s) { details.appendChild(sourceNode(s)); });
    return details;
  }

  function sourceNode(s) {
    return el('div', { 'class': 'source' }, [
      el('blockquote', { lang: 'nl', text: '“' + s.quote + '”' }),
      el('span', { text: s.seed + ', ' }),
      bi('span', 'regels ' + s.lines, 'lines ' + s.lines)
    ]);
  }

  function errorNode(id) {
    return el('p', { 'class': 'field-error', id: 'err-' + id, hidden: true });
  }

  function option(type, name, id, value, nl, en) {
    var input = el('input', { type: type, name: name, id: id, value: value });
    return el('div', { 'class': 'option' }, [input, bi('label', nl, en, { 'for': id })]);
  }

  function question(q) {
    var box;
    var required = q.required ? el('span', {}, [el('span', { text: ' (' }), bi('span', T.nl.required, T.en.required), el('span', { text: ')' })]) : null;
    if (q.kind === 'number') {
      var inputId = 'in-' + q.id;
      box = el('div', { 'class': 'q', id: 'q-' + q.id, 'data-for': q['for'].join(' '), 'data-section': q.section }, [
        bi('label', q.nl, q.en, { 'for': inputId, 'class': 'qlabel' }),
        errorNode(q.id),
        el('div', {}, [
          el('input', { type: 'text', inputmode: 'numeric', id: inputId, name: q.id, autocomplete: 'off',
            'aria-describedby': 'err-' + q.id + ' unit-' + q.id }),
          bi('span', q.unitNl, q.unitEn, { 'class': 'unit', id: 'unit-' + q.id })
        ]),
        why(q.sources)
      ]);
      return box;
    }
    var legend = el('legend', {}, [bi('span', q.nl, q.en), required]);
    box = el('fieldset', { 'class': 'q', id: 'q-' + q.id, 'data-for': q['for'].join(' '), 'data-section': q.section,
      'aria-describedby': 'err-' + q.id }, [legend, errorNode(q.id)]);
    if (q.kind === 'scale') {
      q.items.forEach(function (item) {
        var itemName = q.id + '.' + item.id;
        var fs = el('fieldset', { 'class': 'item', id: 'item-' + q.id + '-' + item.id }, [bi('legend', item.nl, item.en)]);
        var scale = el('div', { 'class': 'scale' });
        item.answers.forEach(function (a) {
          scale.appendChild(option('radio', itemName, q.id + '-' + item.id + '-' + a.id, a.id, a.nl, a.en));
        });
        fs.appendChild(scale);
        fs.appendChild(why(item.sources));
        box.appendChild(fs);
      });
    } else {
      var type = q.kind === 'multi' ? 'checkbox' : 'radio';
      q.answers.forEach(function (a) {
        box.appendChild(option(type, q.id, q.id + '-' + a.id, a.id, a.nl, a.en));
      });
    }
    box.appendChild(why(q.sources));
    return box;
  }

  function role() {
    var checked = document.querySelector('input[name=role]:checked');
    return checked ? checked.value : null;
  }

  function visible(q) {
    var r = role();
    return q.section === 'start' || (r !== null && q['for'].indexOf(r) >= 0);
  }

  function showForRole() {
    var shownSections = {};
    data.questions.forEach(function (q) {
      var show = visible(q);
      document.getElementById('q-' + q.id).hidden = !show;
      if (show) { shownSections[q.section] = true; }
    });
    document.querySelectorAll('h2[data-section]').forEach(function (h) {
      h.hidden = !shownSections[h.getAttribute('data-section')];
    });
  }

  // ------------------------------------------------------------------------------------------ answers to a profile

  function setPath(profile, path, value) {
    var keys = path.split('.');
    var node = profile;
    for (var i = 0; i < keys.length - 1; i++) {
      if (typeof node[keys[i]] !== 'object' || node[keys[i]] === null) { node[keys[i]] = {}; }
      node = node[keys[i]];
    }
    var key = keys[keys.length - 1];
    // Two answers that set the same number: the larger wins (for COM-B gaps: the larger gap).
    if (typeof value === 'number' && typeof node[key] === 'number') {
      node[key] = Math.max(node[key], value);
    } else {
      node[key] = value;
    }
  }

  function addPath(profile, path, code) {
    var keys = path.split('.');
    var node = profile;
    for (var i = 0; i < keys.length - 1; i++) {
      if (typeof node[keys[i]] !== 'object' || node[keys[i]] === null) { node[keys[i]] = {}; }
      node = node[keys[i]];
    }
    var key = keys[keys.length - 1];
    node[key] = node[key] || [];
    if (node[key].indexOf(code) < 0) { node[key].push(code); }
  }

  function applyAnswer(profile, answer) {
    Object.keys(answer.set || {}).forEach(function (path) { setPath(profile, path, answer.set[path]); });
    Object.keys(answer.add || {}).forEach(function (path) { addPath(profile, path, answer.add[path]); });
  }

  function find(list, id) {
    for (var i = 0; i < list.length; i++) { if (list[i].id === id) { return list[i]; } }
    return null;
  }

  /** The profile the answers describe, and the problems found before asking the server. */
  function buildProfile() {
    var profile = { id: data.profileId };
    var problems = [];
    data.questions.forEach(function (q) {
      if (!visible(q)) { return; }
      if (q.kind === 'number') {
        var raw = document.getElementById('in-' + q.id).value.trim().replace(',', '.');
        if (raw === '') { return; }
        if (!/^-?\d+(\.\d+)?$/.test(raw)) {
          problems.push({ q: q, text: T[lang].notNumber, nl: T.nl.notNumber, en: T.en.notNumber });
          return;
        }
        setPath(profile, q.field, Number(raw));
      } else if (q.kind === 'scale') {
        q.items.forEach(function (item) {
          var checked = document.querySelector('input[name="' + q.id + '.' + item.id + '"]:checked');
          if (checked) { applyAnswer(profile, find(item.answers, checked.value)); }
        });
      } else {
        var checkedAll = document.querySelectorAll('input[name="' + q.id + '"]:checked');
        if (q.required && checkedAll.length === 0) {
          problems.push({ q: q, nl: T.nl.chooseOne, en: T.en.chooseOne });
        }
        checkedAll.forEach(function (c) { applyAnswer(profile, find(q.answers, c.value)); });
      }
    });
    return { profile: profile, problems: problems };
  }

  /** The question that sets a profile field, e.g. employee.age or pushFactors[1]. */
  function questionFor(field) {
    var path = (field || '').replace(/\[\d+\]$/, '');
    var found = null;
    data.questions.forEach(function (q) {
      if (found || !visible(q)) { return; }
      if (q.field === path) { found = q; return; }
      var answers = q.answers || [];
      (q.items || []).forEach(function (item) { answers = answers.concat(item.answers); });
      answers.forEach(function (a) {
        if ((a.set && path in a.set) || (a.add && path in a.add)) { found = q; }
      });
    });
    return found;
  }

  // ------------------------------------------------------------------------------------------ errors

  function clearErrors() {
    document.querySelectorAll('.has-error').forEach(function (n) { n.classList.remove('has-error'); });
    document.querySelectorAll('.field-error[id^=err-]').forEach(function (n) { n.hidden = true; n.textContent = ''; });
    document.querySelectorAll('[aria-invalid]').forEach(function (n) { n.removeAttribute('aria-invalid'); });
    var summary = document.getElementById('error-summary');
    summary.hidden = true;
    summary.textContent = '';
  }

  /** Shows each problem at its question and lists them all at the top, linked to the questions. */
  function showErrors(problems, heading) {
    var summary = document.getElementById('error-summary');
    summary.appendChild(bi('h2', heading.nl, heading.en));
    var list = el('ul');
    problems.forEach(function (p) {
      if (p.q) {
        var box = document.getElementById('q-' + p.q.id);
        box.classList.add('has-error');
        var err = document.getElementById('err-' + p.q.id);
        var msg = bi('span', p.nl, p.en);
        err.appendChild(msg);
        err.hidden = false;
        var input = p.q.kind === 'number' ? document.getElementById('in-' + p.q.id) : box.querySelector('input');
        if (input) { input.setAttribute('aria-invalid', 'true'); }
        var target = p.q.kind === 'number' ? 'in-' + p.q.id : p.q.id + '-' + (p.q.answers ? p.q.answers[0].id : '');
        var link = el('a', { href: '#' + target }, [bi('span', p.q.nl, p.q.en), el('span', { text: ' – ' }), bi('span', p.nl, p.en)]);
        link.addEventListener('click', function (e) {
          e.preventDefault();
          var t = document.getElementById(target) || box;
          t.focus();
          box.scrollIntoView({ block: 'center' });
        });
        list.appendChild(el('li', {}, [link]));
      } else {
        list.appendChild(el('li', {}, [bi('span', p.nl, p.en)]));
      }
    });
    summary.appendChild(list);
    summary.hidden = false;
    summary.focus();
  }

  /** Problems from the server's problem document, placed at the questions they concern. */
  function serverProblems(problem) {
    var out = [];
    (problem.errors || []).forEach(function (e) {
      var q = questionFor(e.field);
      var text = e.detail;
      if (q && q.kind === 'number' && q.min !== undefined) {
        out.push({ q: q, nl: T.nl.range(q), en: T.en.range(q) });
      } else {
        out.push({ q: q, nl: (e.field ? e.field + ': ' : '') + text, en: (e.field ? e.field + ': ' : '') + text });
      }
    });
    if (out.length === 0) {
      out.push({ nl: T.nl.serverTrouble + ' (' + problem.status + '): ' + problem.detail,
                 en: T.en.serverTrouble + ' (' + problem.status + '): ' + problem.detail });
    }
    return out;
  }

  // ------------------------------------------------------------------------------------------ submit

  function submit(event) {
    event.preventDefault();
    clearErrors();
    var built = buildProfile();
    if (built.problems.length) {
      showErrors(built.problems, { nl: T.nl.summaryTitle, en: T.en.summaryTitle });
      return;
    }
    var button = document.getElementById('submit');
    button.disabled = true;
    var advice = document.getElementById('advice');
    advice.setAttribute('aria-busy', 'true');
    fetch('/v1/recommendations', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json' },
      body: JSON.stringify(built.profile)
    }).then(function (r) {
      return r.json().then(function (body) { return { status: r.status, body: body }; });
    }).then(function (reply) {
      if (reply.status === 200) {
        last = { result: reply.body, profile: built.profile, subject: built.profile.subject };
        renderAdvice();
        advice.hidden = false;
        advice.focus();
      } else {
        advice.hidden = true;
        showErrors(serverProblems(reply.body), { nl: T.nl.summaryTitle, en: T.en.summaryTitle });
      }
    }).catch(function (e) {
      showErrors([{ nl: T.nl.serverTrouble + ': ' + e.message, en: T.en.serverTrouble + ': ' + e.message }],
        { nl: T.nl.serverTrouble, en: T.en.serverTrouble });
    }).then(function () {
      button.disabled = false;
      advice.removeAttribute('aria-busy');
    });
  }

  // ------------------------------------------------------------------------------------------ the advice

  function label(group, code) {
    var l = labels[group] && labels[group][code];
    return l ? l[lang] : code;
  }

  function text(x) {
    return x[lang] || x.nl || x.en || '';
  }

  /**
   * The one reason shown with an instrument: a favouring explanation, preferring the rule that speaks for
   * the fewest of the instruments shown (the most specific reason), then the one worth most points.
   */
  function reason(item, shownItems) {
    var count = {};
    shownItems.forEach(function (i) {
      (i.explanations || []).forEach(function (x) { count[x.rule] = (count[x.rule] || 0) + 1; });
    });
    var best = null;
    (item.explanations || []).forEach(function (x) {
      if (x.effect !== 'favour' && x.effect !== 'makeBetterUse') { return; }
      if (best === null || count[x.rule] < count[best.rule]
          || (count[x.rule] === count[best.rule] && x.points > best.points)) { best = x; }
    });
    return best || (item.explanations || [])[0] || null;
  }

  function renderAdvice() {
    var t = T[lang];
    var r = last.result;
    var box = document.getElementById('advice');
    box.textContent = '';
    box.appendChild(el('h2', { id: 'advice-title', text: t.adviceTitle }));

    var dl = el('dl', { 'class': 'summary-grid', id: 'summary' });
    dl.appendChild(el('dt', { text: t.target }));
    dl.appendChild(el('dd', { id: 'target-behaviour', text: text(data.targetBehaviour[last.subject]) }));

    dl.appendChild(el('dt', { text: t.matters }));
    var gaps = Object.keys(last.profile.comB || {}).map(function (k) { return [k, last.profile.comB[k]]; })
      .filter(function (g) { return g[1] >= 2; })
      .sort(function (a, b) { return b[1] - a[1]; });
    var matters = el('dd', { id: 'what-matters' });
    if (gaps.length === 0) {
      matters.textContent = t.noGap;
    } else {
      var ul = el('ul', { 'class': 'top-list' });
      gaps.forEach(function (g) { ul.appendChild(el('li', { text: label('comB', g[0]) + ': ' + t.gap[g[1]] })); });
      matters.appendChild(ul);
    }
    dl.appendChild(matters);

    dl.appendChild(el('dt', { text: t.functions }));
    var fl = el('ol', { 'class': 'top-list', id: 'top-functions' });
    r.interventionFunctions.slice(0, 3).forEach(function (f) {
      fl.appendChild(el('li', { 'data-code': f.function, text: label('functions', f.function) }));
    });
    dl.appendChild(el('dd', {}, [fl]));

    dl.appendChild(el('dt', { text: t.categories }));
    dl.appendChild(el('dd', { id: 'top-categories', text: r.policyCategories.slice(0, 2).map(function (c) {
      return label('categories', c.category); }).join(', ') || t.none }));

    dl.appendChild(el('dt', { text: t.route }));
    dl.appendChild(el('dd', { id: 'route', 'data-code': r.route ? r.route.code : '', text: r.route ? label('routes', r.route.code) : t.none }));
    dl.appendChild(el('dt', { text: t.phase }));
    dl.appendChild(el('dd', { id: 'phase', 'data-code': r.phase ? r.phase.code : '', text: r.phase ? label('phases', r.phase.code) : t.none }));

    dl.appendChild(el('dt', { text: t.instruments }));
    var il = el('ol', { 'class': 'top-list', id: 'top-instruments' });
    var shownInstruments = r.instruments.slice(0, 5);
    shownInstruments.forEach(function (i) {
      var why1 = reason(i, shownInstruments);
      il.appendChild(el('li', { 'data-id': i.id }, [
        el('strong', { text: lang === 'en' ? i.nameEn : i.name }),
        why1 ? el('span', { 'class': 'reason', text: text(why1) }) : null
      ]));
    });
    dl.appendChild(el('dd', {}, [r.instruments.length ? il : el('p', { text: t.noInstruments })]));
    box.appendChild(dl);

    var details = el('details', { 'class': 'explain', id: 'explanation' }, [el('summary', { text: t.explain })]);
    explainList(details, t.explainFunctions, r.interventionFunctions, function (f) { return label('functions', f.function); });
    explainList(details, t.explainCategories, r.policyCategories, function (c) { return label('categories', c.category); });
    explainList(details, t.explainInstruments, r.instruments, function (i) {
      return (lang === 'en' ? i.nameEn : i.name) + ' (' + t.status[i.status] + '; ' + t.evidence + ': ' + label('evidence', i.evidence) + ')';
    });
    if (r.route) { explainList(details, t.route, [r.route], function (c) { return label('routes', c.code); }); }
    if (r.phase) { explainList(details, t.phase, [r.phase], function (c) { return label('phases', c.code); }); }
    explainList(details, t.explainExcluded, r.excluded, function (e) {
      return e.kind === 'interventionFunction' ? label('functions', e.code)
        : e.kind === 'policyCategory' ? label('categories', e.code) : e.code;
    });
    box.appendChild(details);

    var printButton = el('button', { type: 'button', id: 'print', text: t.print });
    printButton.addEventListener('click', function () { window.print(); });
    var again = el('button', { type: 'button', id: 'again', text: t.again });
    again.addEventListener('click', function () {
      var first = document.querySelector('#scan input');
      document.getElementById('scan').scrollIntoView();
      if (first) { first.focus(); }
    });
    box.appendChild(el('p', { 'class': 'actions no-print' }, [printButton, el('span', { text: ' ' }), again]));
  }

  function explainList(parent, title, items, name) {
    if (!items.length) { return; }
    parent.appendChild(el('h3', { text: title }));
    items.forEach(function (item) {
      var div = el('div', { 'class': 'item-explained' }, [el('h4', { text: name(item) + (item.score !== undefined ? ' – ' + T[lang].score + ' ' + points(item.score) : '') })]);
      var ul = el('ul');
      (item.explanations || []).forEach(function (x) {
        var li = el('li', {}, [el('span', { text: text(x) })]);
        (x.sources || []).forEach(function (s) { li.appendChild(sourceNode(s)); });
        ul.appendChild(li);
      });
      div.appendChild(ul);
      parent.appendChild(div);
    });
  }

  // ------------------------------------------------------------------------------------------ language

  function applyLanguage() {
    document.documentElement.lang = lang;
    document.title = T[lang].title;
    document.querySelectorAll('[data-nl]').forEach(function (n) { n.textContent = n.getAttribute('data-' + lang); });
    var toggle = document.getElementById('lang-toggle');
    toggle.textContent = T[lang].other;
    toggle.setAttribute('lang', T[lang].otherLang);
    if (last) { renderAdvice(); }
  }

  // While printing, the explanation is printed in full.
  var openedForPrint = [];
  window.addEventListener('beforeprint', function () {
    openedForPrint = [];
    document.querySelectorAll('#advice details:not([open])').forEach(function (d) { d.open = true; openedForPrint.push(d); });
  });
  window.addEventListener('afterprint', function () {
    openedForPrint.forEach(function (d) { d.open = false; });
  });

  function start() {
    document.getElementById('lang-toggle').addEventListener('click', function () {
      lang = lang === 'nl' ? 'en' : 'nl';
      applyLanguage();
    });
    document.getElementById('scan').addEventListener('submit', submit);
    Promise.all([getJson('/selfscan/questions.json'), getJson('/selfscan/labels.json')]).then(function (loaded) {
      data = loaded[0];
      labels = loaded[1];
      render();
      applyLanguage();
      document.body.setAttribute('data-ready', 'true');
    }).catch(function (e) {
      document.getElementById('questions').textContent = 'De vragen konden niet worden geladen / The questions could not be loaded: ' + e.message;
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
