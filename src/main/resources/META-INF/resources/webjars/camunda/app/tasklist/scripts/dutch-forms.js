// Camunda Forms in Tasklist the Dutch way. Tasklist 7.24 renders them with form-js 1.8 (inside lib/deps.js), which
// has no locale option: its date field takes the browser's date order with an English, Sunday-first calendar, and its
// messages are fixed English texts. Loaded by config.js (customScripts), this module
//  - gives form-js's calendar (flatpickr, which form-js puts on window) a Dutch locale and day-first dates, and keeps an
//    impossible date as typed with a message instead of letting it roll over or vanish;
//  - shows amounts in euros (fields with the "€" adornment) as € 4.800;
//  - translates form-js's messages and placeholders, and shows the server's refusal at the fields it names.
// The server reads and checks the same input itself (nl.amsterdam.inclusion.form.DutchInput and
// FormSubmissionValidator): nothing here is a rule, only how the form speaks.

const CALENDAR = {
  weekdays: {
    shorthand: ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
    longhand: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag']
  },
  months: {
    shorthand: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    longhand: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober',
      'november', 'december']
  },
  firstDayOfWeek: 1,
  weekAbbreviation: 'wk',
  rangeSeparator: ' t/m ',
  scrollTitle: 'Scroll om te wijzigen',
  toggleTitle: 'Klik om te wisselen',
  time_24hr: true,
  ordinal: () => 'e'
};

const DATE_FORMAT = 'dd-mm-jjjj';
const IMPOSSIBLE_DATE = 'Deze datum bestaat niet. Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 15-12-2026.';

// The patterns of the forms, in words: a regular expression is no message.
const PATTERNS = {
  '[Ll][Vv]-[0-9]{4}-[0-9]{4,}': 'Vul het kenmerk in als LV-2026-0001.',
  '^\\s*(€|EUR)?\\s*([0-9]{1,3}(\\.[0-9]{3})+|[0-9]+)(,([0-9]{1,2}|-))?\\s*$':
    "Vul een bedrag in hele euro's in, bijvoorbeeld 4.800."
};

// form-js 1.8's fixed texts (see its validator and number field), with the Dutch a user reads instead.
const MESSAGES = [
  [/^Field is required\.$/, () => 'Vul dit veld in.'],
  [/^Field must have minimum value of (.+)\.$/, (m, euros) => `Vul minstens ${amountOrNumber(m[1], euros)} in.`],
  [/^Field must have maximum value of (.+)\.$/, (m, euros) => `Vul hoogstens ${amountOrNumber(m[1], euros)} in.`],
  [/^Field must have minimum length of (\d+)\.$/, m => `Vul minstens ${m[1]} tekens in.`],
  [/^Field must have maximum length of (\d+)\.$/, m => `Vul hoogstens ${m[1]} tekens in.`],
  [/^Field must match pattern (.+)\.$/,
    m => PATTERNS[m[1]] || 'Vul dit veld in zoals de toelichting erbij vraagt.'],
  [/^Field must be a valid email\.$/, () => 'Vul een geldig e-mailadres in, bijvoorbeeld naam@amsterdam.nl.'],
  [/^Field must be a valid\s+international phone number/,
    () => 'Vul een telefoonnummer in met landnummer, bijvoorbeeld +31201234567.'],
  [/^Value is not a number\.$/, () => 'Vul een getal in, in cijfers.'],
  [/^Value is expected to be an integer\.$/, () => 'Vul een heel getal in, zonder komma.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, m => `Vul hoogstens ${m[1]} cijfers na de komma in.`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    m => `Kies een geldige waarde, bijvoorbeeld ${m[1]} of ${m[2]}.`]
];

const PLACEHOLDERS = {Select: 'Kies…', Search: 'Zoeken…', 'hh:mm': 'uu:mm'};
const ARIA_LABELS = {Increment: 'Hoger', Decrement: 'Lager'};

// ---- dates ----------------------------------------------------------------------------------------------------

/** Day first, as the server reads it (DutchDates): 15-12-2026, 5-1-2027, 15/12/2026; undefined for no date. */
function parseDutchDate(text) {
  const match = /^\s*(\d{1,2})([-/.])(\d{1,2})\2(\d{4})\s*$/.exec(text || '');
  if (!match) {
    return undefined;
  }
  const [day, month, year] = [Number(match[1]), Number(match[3]), Number(match[4])];
  const date = new Date(year, month - 1, day);
  // a Date rolls 31-02 over to 3 March: only a date that comes back as typed exists
  const exists = date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  return exists ? date : undefined;
}

/** A flatpickr plugin for every date field form-js creates (time fields have no calendar). */
function dayFirstDates(picker) {
  if (picker.config.noCalendar || picker.config.enableTime) {
    return {};
  }
  picker.config.dateFormat = 'd-m-Y';
  picker.config.parseDate = parseDutchDate;
  const input = picker.input;
  // flatpickr takes typed text on blur, Enter and a click elsewhere, and clears the field when it cannot read it:
  // an impossible date stays as typed, with the reason at the field
  const setDate = picker.setDate;
  picker.setDate = (date, ...rest) => {
    if (typeof date === 'string' && date.trim() && !parseDutchDate(date)) {
      showFieldError(input, IMPOSSIBLE_DATE, 'dutch-date-error');
      return undefined;
    }
    return setDate(date, ...rest);
  };
  return {
    onReady: () => {
      input.placeholder = DATE_FORMAT;
      input.setAttribute('aria-description', 'Schrijf de datum als dd-mm-jjjj');
    },
    onValueUpdate: () => clearFieldError(input, 'dutch-date-error')
  };
}

function dutchCalendar(flatpickr) {
  flatpickr.localize(CALENDAR);
  flatpickr.setDefaults({plugins: [dayFirstDates]});
}

// form-js loads flatpickr with the first form; configure it when it arrives if it is not there yet
if (window.flatpickr) {
  dutchCalendar(window.flatpickr);
} else {
  let loaded;
  Object.defineProperty(window, 'flatpickr', {
    configurable: true,
    get: () => loaded,
    set: flatpickr => {
      loaded = flatpickr;
      dutchCalendar(flatpickr);
    }
  });
}

// ---- amounts --------------------------------------------------------------------------------------------------

/** Whole euros as the server reads them (EuroAmounts): 4800, 4.800, € 4.800,00; undefined otherwise. */
function parseEuros(text) {
  const match = /^\s*(?:€|EUR)?\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(00?|-))?\s*$/i.exec(String(text));
  return match ? Number(match[1].replace(/\./g, '')) : undefined;
}

function formatEuros(amount) {
  return new Intl.NumberFormat('nl-NL', {maximumFractionDigits: 2}).format(amount);
}

function amountOrNumber(text, euros) {
  return euros ? '€ ' + formatEuros(Number(text)) : text;
}

function isEuroField(element) {
  const field = element.closest('.fjs-form-field');
  return !!field && [...field.querySelectorAll('.fjs-input-adornment-text')]
    .some(adornment => adornment.textContent.trim() === '€');
}

/** Shows an amount typed the Dutch way as 4.800 next to its € sign, and gives it to form-js that way. */
function showTypedAmount(input) {
  const amount = parseEuros(input.value);
  if (amount !== undefined && input.value !== formatEuros(amount)) {
    input.value = formatEuros(amount);
    input.dispatchEvent(new Event('input', {bubbles: true}));
  }
}

/** Shows a read-only amount, which form-js writes as a JavaScript number (40000.5), as 40.000,5. */
function showStoredAmount(input) {
  if (input.value === input.dataset.dutchAmount || !/^-?\d+(\.\d+)?$/.test(input.value)) {
    return;
  }
  input.value = formatEuros(Number(input.value));
  input.dataset.dutchAmount = input.value;
}

document.addEventListener('focusout', event => {
  const input = event.target;
  if (input.matches && input.matches('input.fjs-input') && !input.readOnly && isEuroField(input)) {
    showTypedAmount(input);
  }
});

// ---- messages -------------------------------------------------------------------------------------------------

function translate(text, euros) {
  for (const [pattern, dutch] of MESSAGES) {
    const match = pattern.exec(text.trim());
    if (match) {
      return dutch(match, euros);
    }
  }
  return text;
}

function showFieldError(input, message, kind) {
  const field = input.closest('.fjs-form-field');
  if (!field) {
    return;
  }
  let error = field.querySelector('.' + kind);
  if (!error) {
    error = document.createElement('div');
    error.className = 'fjs-form-field-error ' + kind;
    error.id = (input.id || kind) + '-' + kind;
    error.setAttribute('role', 'alert');
    field.appendChild(error);
  }
  error.textContent = message;
  input.setAttribute('aria-invalid', 'true');
  const described = (input.getAttribute('aria-describedby') || '').split(' ').filter(id => id && id !== error.id);
  input.setAttribute('aria-describedby', [...described, error.id].join(' '));
}

function clearFieldError(input, kind) {
  const field = input.closest('.fjs-form-field');
  const error = field && field.querySelector('.' + kind);
  if (error) {
    error.remove();
    if (!field.querySelector('.fjs-form-field-error li')) {
      input.removeAttribute('aria-invalid');
    }
  }
}

/**
 * Changes the text in form-js's own text node: a new node would be added to, not replaced, when form-js redraws, while
 * the same node keeps the Dutch until form-js has something else to say.
 */
function replaceText(element, text) {
  const node = element.firstChild;
  if (text && node && node.nodeType === Node.TEXT_NODE && element.childNodes.length === 1 && node.data !== text) {
    node.data = text;
  }
}

/** Everything form-js wrote in English since the last look, in Dutch. */
function dutchForms(root) {
  root.querySelectorAll('.fjs-form-field-error li').forEach(item => {
    replaceText(item, translate(item.textContent, isEuroField(item)));
  });
  root.querySelectorAll('.fjs-select-display').forEach(display => {
    replaceText(display, PLACEHOLDERS[display.textContent.trim()]);
  });
  root.querySelectorAll('.fjs-form input[placeholder]').forEach(input => {
    if (PLACEHOLDERS[input.placeholder]) {
      input.placeholder = PLACEHOLDERS[input.placeholder];
    } else if (input.closest('.fjs-datetime-subsection') && input.placeholder !== DATE_FORMAT
        && /^[dmy]{1,4}\W[dmy]{1,4}\W[dmy]{1,4}$/i.test(input.placeholder)) {
      input.placeholder = DATE_FORMAT;
    }
  });
  root.querySelectorAll('.fjs-form [aria-label]').forEach(element => {
    const dutch = ARIA_LABELS[element.getAttribute('aria-label')];
    if (dutch) {
      element.setAttribute('aria-label', dutch);
    }
  });
  // form-js puts a read-only number back as it holds it (4800) whenever it redraws the form
  root.querySelectorAll('.fjs-form input.fjs-input[readonly]').forEach(input => {
    if (isEuroField(input)) {
      showStoredAmount(input);
    }
  });
}

let pending = false;
new MutationObserver(() => {
  if (!pending) {
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      dutchForms(document);
    });
  }
}).observe(document.documentElement, {childList: true, subtree: true, characterData: true, attributes: true,
  attributeFilter: ['placeholder', 'aria-label', 'value']});

// ---- the server's refusal at its fields -----------------------------------------------------------------------

/**
 * The fields a refused submission names, from the server's 400: "Ongeldige invoer: 'Naam' mag geen HTML of script
 * bevatten; 'E-mail' moet ..." (with a prefix of the engine's on Tasklist's own API), or its list of errors.
 */
function refusedFields(body) {
  if (Array.isArray(body.errors)) {
    return body.errors.map(error => ({label: error.label, message: error.message}));
  }
  const list = (body.message || '').split('Ongeldige invoer: ')[1] || '';
  return list.split(/; (?=')/).map(item => /^'(.+?)' (.+)$/.exec(item)).filter(Boolean)
    .map(match => ({label: match[1], message: match[2]}));
}

function fieldLabelled(label) {
  return [...document.querySelectorAll('.fjs-form-field')].find(field => {
    const shown = field.querySelector('.fjs-form-field-label');
    return shown && shown.textContent.replace(/\*\s*$/, '').trim() === label.trim();
  });
}

function showRefusal(responseText) {
  let body;
  try {
    body = JSON.parse(responseText);
  } catch (notJson) {
    return;
  }
  document.querySelectorAll('.dutch-server-error').forEach(error => error.remove());
  refusedFields(body).forEach(({label, message}) => {
    const field = fieldLabelled(label);
    const input = field && field.querySelector('input, textarea, select, .fjs-select-display');
    if (input) {
      showFieldError(input, label + ' ' + message + '.', 'dutch-server-error');
    }
  });
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  this.dutchFormsUrl = String(url);
  return open.call(this, method, url, ...rest);
};
const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.send = function (...args) {
  if (/\/submit-form\b/.test(this.dutchFormsUrl || '')) {
    this.addEventListener('load', () => this.status === 400 && showRefusal(this.responseText));
  }
  return send.apply(this, args);
};

// a corrected field no longer carries the server's verdict on what it held before
document.addEventListener('input', event => {
  if (event.target.closest) {
    const field = event.target.closest('.fjs-form-field');
    const error = field && field.querySelector('.dutch-server-error');
    if (error) {
      error.remove();
    }
  }
}, true);
