// Drafts that are never lost (forum/draft-box.jte). On a member's reply or new-topic form, what they write is saved
// on the server a moment after they stop typing, so it is there again on any device that opens the same form; the
// "discard draft" button empties it here without reloading the page. The page also warns, politely, a few minutes
// before the session's idle limit ends it, with a button that keeps it. Without this script nothing is lost either:
// a form sent after the session ended is shown back by the server, to sign in and send it then.
// The texts come from the box's data-* attributes, filled from the message bundles in the page's language.
'use strict';

(() => {
  const box = document.querySelector('[data-draft]');
  const body = document.getElementById('body');
  const form = body && body.form;
  if (!box || !form || !form.elements._csrf || !document.querySelector('[data-draft-discard]')) {
    return;
  }
  const texts = box.dataset;
  const status = box.querySelector('[data-draft-status]');
  const discard = document.querySelector('[data-draft-discard]');
  const title = form.elements.title;
  const category = form.elements.category;

  // Saved a moment after the last key, not at every key: a save per pause, not per letter.
  const PAUSE_MS = 1500;
  // The server moves a session's last use at most once a minute (ThrottledAccessTimeSessions), so it may end up to a
  // minute before its idle limit after the last request; the warning comes two minutes before that.
  const WARN_BEFORE_MS = 3 * 60 * 1000;
  const idleMs = Number(texts.idleSeconds) * 1000;

  let lastContact = Date.now();
  let timer = null;
  let inFlight = null;
  let signedOut = false;
  let sending = false;
  let place = currentPlace();
  let saved = snapshot();

  function currentPlace() {
    // A new topic's draft follows the category chosen; a reply's stays with its topic.
    return texts.draftPlace.startsWith('new:') && category ? `new:${category.value}` : texts.draftPlace;
  }

  function snapshot() {
    return JSON.stringify([currentPlace(), title ? title.value : '', body.value]);
  }

  function say(text) {
    if (status.textContent !== text) {
      status.textContent = text;
    }
  }

  function post(url, fields) {
    const data = new URLSearchParams(fields);
    data.set('_csrf', form.elements._csrf.value);
    return fetch(url, {
      method: 'POST',
      body: data,
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
      // A redirect would be a sign-in page, not an answer to this script.
      redirect: 'manual',
    });
  }

  function schedule() {
    if (signedOut || sending) {
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(save, PAUSE_MS);
  }

  async function save() {
    timer = null;
    const now = snapshot();
    if (now === saved || signedOut || sending) {
      return;
    }
    const previous = place;
    const next = currentPlace();
    inFlight = post(texts.saveUrl, {
      place: next,
      previous,
      title: title ? title.value : '',
      body: body.value,
    });
    try {
      const response = await inFlight;
      if (response.ok) {
        saved = now;
        place = next;
        lastContact = Date.now();
        say(texts.labelSaved);
        discard.hidden = body.value.trim() === '' && (!title || title.value.trim() === '');
        discard.elements.place.value = place;
      } else if (response.status === 401 || response.status === 403 || response.type === 'opaqueredirect') {
        // Signed out (or the browser lost its cookies): the server shows the text back when it is sent.
        signedOut = true;
        say(texts.labelSignedOut);
      } else {
        say(texts.labelFailed);
      }
    } catch {
      say(texts.labelFailed);
    } finally {
      inFlight = null;
    }
  }

  body.addEventListener('input', schedule);
  if (title) {
    title.addEventListener('input', schedule);
  }
  if (category) {
    category.addEventListener('change', schedule);
  }

  form.addEventListener('submit', (event) => {
    clearTimeout(timer);
    sending = true;
    if (inFlight) {
      // A save on its way must land before the post, which clears the draft: else the sent text would come back.
      event.preventDefault();
      const submitter = event.submitter;
      inFlight.finally(() => {
        inFlight = null;
        form.requestSubmit(submitter);
      });
    }
  });
  // Back from the page the form led to (bfcache): the form may be used again.
  window.addEventListener('pageshow', () => {
    sending = false;
  });

  discard.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearTimeout(timer);
    try {
      const response = await post(discard.action, { place });
      if (!response.ok) {
        throw new Error(`Answered ${response.status}`);
      }
      body.value = '';
      if (title) {
        title.value = '';
      }
      saved = snapshot();
      discard.hidden = true;
      lastContact = Date.now();
      say(texts.labelDiscarded);
      body.focus();
    } catch {
      // The server says what happened (a sign-in page, say), as without this script.
      discard.submit();
    }
  });

  // The warning before the idle end: a polite live region, present from the start so that its news is read out.
  const warning = document.createElement('div');
  warning.className = 'session-warning';
  warning.setAttribute('role', 'status');
  const warningText = document.createElement('p');
  const stay = document.createElement('button');
  stay.type = 'button';
  stay.className = 'button';
  stay.textContent = texts.labelStay;
  stay.hidden = true;
  warning.append(warningText, stay);
  box.after(warning);

  function checkIdle() {
    const idleFor = Date.now() - lastContact;
    if (signedOut) {
      return;
    }
    if (idleFor >= idleMs) {
      warningText.textContent = texts.labelEnded;
      stay.hidden = true;
      warning.classList.add('shown');
    } else if (idleFor >= idleMs - WARN_BEFORE_MS && stay.hidden) {
      warningText.textContent = texts.labelWarning;
      stay.hidden = false;
      warning.classList.add('shown');
    }
  }
  setInterval(checkIdle, 10 * 1000);

  stay.addEventListener('click', async () => {
    try {
      const response = await post(texts.aliveUrl, {});
      if (response.ok) {
        lastContact = Date.now();
        stay.hidden = true;
        warningText.textContent = texts.labelStayed;
        body.focus();
        setTimeout(() => {
          if (stay.hidden) {
            warning.classList.remove('shown');
            warningText.textContent = '';
          }
        }, 8000);
        return;
      }
    } catch {
      // No answer: the same as an ended session, which the next send shows back.
    }
    signedOut = true;
    stay.hidden = true;
    warningText.textContent = texts.labelEnded;
  });
})();
