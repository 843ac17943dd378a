// Reactions ("helpful", "me too") and following a topic without leaving the page. Each is a small form that posts and
// reloads the page (forum/post.jte, forum/topic.jte); marked data-in-place, it is posted here with fetch instead,
// asking for JSON, and the button changes where it is. Anything but a JSON answer (signed out, a stale form token,
// an error, no network) sends the form the ordinary way, so the reader sees what the server has to say. The texts
// come from this script element's data-* attributes, filled from the message bundles in the page's language.
'use strict';

(() => {
  const texts = document.currentScript.dataset;
  const status = document.createElement('div');
  status.className = 'visually-hidden forum-action-status';
  // A polite status: the new count is read out after what the reader is hearing, not instead of it.
  status.setAttribute('role', 'status');
  (document.querySelector('main') || document.body).append(status);

  for (const form of document.querySelectorAll('form[data-in-place]')) {
    form.addEventListener('submit', (event) => {
      if (form.dataset.inPlace === 'off') {
        return;
      }
      event.preventDefault();
      if (form.getAttribute('aria-busy') === 'true') {
        // The answer to the last press is on its way; a second press now would only undo it.
        return;
      }
      send(form, event.submitter);
    });
  }

  async function send(form, button) {
    form.setAttribute('aria-busy', 'true');
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        body: new URLSearchParams(new FormData(form, button)),
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
        // A redirect (to sign in, say) is the server's answer to a form: the form shows it.
        redirect: 'manual',
      });
      if (!response.ok || !(response.headers.get('Content-Type') || '').startsWith('application/json')) {
        throw new Error(`Answered ${response.status}`);
      }
      const state = await response.json();
      if ('following' in state) {
        showFollowing(form, button, state.following);
      } else {
        showReaction(button, state.pressed, state.count);
      }
    } catch {
      form.dataset.inPlace = 'off';
      form.requestSubmit(button);
    } finally {
      form.removeAttribute('aria-busy');
    }
  }

  function showReaction(button, pressed, count) {
    button.setAttribute('aria-pressed', pressed ? 'true' : 'false');
    button.querySelector('.count').textContent = count;
    const label = [...button.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent)
      .join('')
      .trim();
    announce((pressed ? texts.reactionAdded : texts.reactionRemoved)
      .replace('{0}', label)
      .replace('{1}', count));
  }

  /** The form as the server draws it in that state: "Stop following" and a note, or "Follow this topic". */
  function showFollowing(form, button, following) {
    let note = form.querySelector('.meta');
    if (following) {
      button.name = 'stop';
      button.value = '1';
      button.textContent = texts.followStop;
      if (!note) {
        note = document.createElement('span');
        note.className = 'meta';
        button.after(note);
      }
      note.textContent = texts.following;
    } else {
      button.removeAttribute('name');
      button.removeAttribute('value');
      button.textContent = texts.followTopic;
      note?.remove();
    }
    announce(following ? texts.followStarted : texts.followStopped);
  }

  function announce(message) {
    // Emptied first, so that the same words twice in a row (pressed, taken back, pressed) are read again.
    status.textContent = '';
    setTimeout(() => {
      status.textContent = message;
    }, 100);
  }
})();
