// The forum editor's enhancements (forum/editor.jte): a formatting toolbar above the textarea, a preview that
// follows the typing, and the compose box's cards (a quote above the text, photos under it) removed in place and a
// chosen photo sent at once. The toolbar and preview are built here, so a browser without JavaScript shows no dead
// buttons; there the Preview button (a plain form submit) renders the same preview on the server, and the cards'
// buttons work through the server too. Labels come from data-* attributes, which the template fills from the
// message bundles in the page's language.
'use strict';

(() => {
  /** Previews follow pauses in the typing, not every letter. */
  const DEBOUNCE_MS = 400;
  /** At most one preview request this often: PreviewController's per-address limit counts on it. */
  const MIN_GAP_MS = 2000;

  for (const compose of document.querySelectorAll('[data-compose]')) {
    enhanceCards(compose);
  }

  for (const field of document.querySelectorAll('[data-editor]')) {
    const textarea = field.querySelector('textarea');
    if (textarea && textarea.form) {
      addToolbar(field, textarea);
      addLivePreview(field, textarea);
    }
  }

  function addToolbar(field, textarea) {
    const labels = field.dataset;
    const toolbar = document.createElement('div');
    toolbar.className = 'editor-toolbar';
    // A plain group, not role="toolbar": that role promises arrow-key navigation; Tab reaches each button here.
    toolbar.setAttribute('role', 'group');
    toolbar.setAttribute('aria-label', labels.labelToolbar);
    const actions = [
      [labels.labelBold, () => wrap(textarea, '**', '**')],
      [labels.labelList, () => prefixLines(textarea, '- ')],
      [labels.labelQuote, () => prefixLines(textarea, '> ')],
      [labels.labelLink, () => link(textarea, labels.labelLink)],
    ];
    for (const [label, action] of actions) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'editor-button';
      button.textContent = label;
      button.setAttribute('aria-controls', textarea.id);
      // A tap must not take focus from the textarea: the selection stays and a phone's keyboard stays open.
      button.addEventListener('mousedown', (event) => event.preventDefault());
      button.addEventListener('click', () => {
        textarea.focus();
        action();
      });
      toolbar.append(button);
    }
    textarea.before(toolbar);
    textarea.addEventListener('keydown', (event) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'b') {
        event.preventDefault();
        wrap(textarea, '**', '**');
      }
    });
  }

  /** Puts marks around the selection; pressing again on marked text takes them off (the toolbar's own undo). */
  function wrap(textarea, before, after) {
    const { selectionStart: start, selectionEnd: end, value } = textarea;
    const selected = value.slice(start, end);
    const marked = start >= before.length
      && value.slice(start - before.length, start) === before
      && value.slice(end, end + after.length) === after;
    if (marked) {
      replace(textarea, start - before.length, end + after.length, selected, 0, selected.length);
    } else {
      replace(textarea, start, end, before + selected + after, before.length, before.length + selected.length);
    }
  }

  /** Starts every selected line with the prefix, or takes it off when all of them have it already. */
  function prefixLines(textarea, prefix) {
    const { selectionStart: start, value } = textarea;
    // A selection that ends right after a line break does not reach into the next line.
    const end = textarea.selectionEnd > start && value[textarea.selectionEnd - 1] === '\n'
      ? textarea.selectionEnd - 1 : textarea.selectionEnd;
    const from = start === 0 ? 0 : value.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = value.indexOf('\n', end);
    const to = lineEnd === -1 ? value.length : lineEnd;
    const lines = value.slice(from, to).split('\n');
    const filled = lines.filter((line) => line.trim() !== '');
    const remove = filled.length > 0 && filled.every((line) => line.startsWith(prefix));
    // Blank lines between selected paragraphs stay blank rather than become empty list items.
    const text = lines.map((line) => {
      if (line.trim() === '' && lines.length > 1) {
        return line;
      }
      return remove ? line.slice(prefix.length) : prefix + line;
    }).join('\n');
    if (start === textarea.selectionEnd) {
      // Nothing was selected: keep writing at the end of the line.
      replace(textarea, from, to, text, text.length, text.length);
    } else {
      replace(textarea, from, to, text, 0, text.length);
    }
  }

  /** [selection](https://) with the address selected, so typing or pasting replaces it at once. */
  function link(textarea, placeholder) {
    const { selectionStart: start, selectionEnd: end, value } = textarea;
    const text = value.slice(start, end) || placeholder;
    const url = 'https://';
    const urlStart = text.length + 3;
    replace(textarea, start, end, `[${text}](${url})`, urlStart, urlStart + url.length);
  }

  /**
   * Changes the text through the textarea itself, selects from..to (counted from start), and sends 'input' as typing
   * would, so the live preview (and anything else listening) follows.
   */
  function replace(textarea, start, end, text, selectFrom, selectTo) {
    textarea.setRangeText(text, start, end);
    textarea.setSelectionRange(start + selectFrom, start + selectTo);
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  }

  function addLivePreview(field, textarea) {
    const labels = field.dataset;
    const token = textarea.form.querySelector('input[name="_csrf"]');
    // The post's language, where the form asks for it: a quote's "… wrote:" is written in it, as on saving.
    const language = textarea.form.elements.namedItem('language');
    // The cards go with the text, as the Preview button sends them: the server puts the post together from both.
    const compose = field.closest('[data-compose]');
    const region = document.createElement('section');
    region.className = 'preview live-preview';
    const heading = document.createElement('h2');
    heading.id = `${textarea.id}-live-preview-heading`;
    heading.textContent = labels.labelPreview;
    region.setAttribute('aria-labelledby', heading.id);
    const output = document.createElement('div');
    output.className = 'post-body';
    // Not a live region: a screen reader would read the whole post aloud at every pause in typing. The preview is
    // a labelled section right below the text box, where a reader who wants it finds it.
    region.append(heading, output);
    // After the Preview button was pressed the server rendered a preview: the live one takes its place (and its
    // content, so nothing flickers), leaving one preview on the page.
    const rendered = textarea.form.querySelector('section.preview');
    if (rendered) {
      output.append(...(rendered.querySelector('.post-body')?.childNodes ?? []));
      rendered.remove();
    }
    const columns = field.closest('.compose-columns');
    if (columns) {
      columns.append(region); // beside the text on a desktop, below it on a phone (site.css)
    } else {
      field.after(region);
    }

    let timer = 0;
    let shown = null;
    let busy = false;
    let nextAllowed = 0;

    const show = (message) => {
      const paragraph = document.createElement('p');
      paragraph.className = 'meta';
      paragraph.textContent = message;
      output.replaceChildren(paragraph);
    };

    const schedule = (delay) => {
      clearTimeout(timer);
      timer = setTimeout(refresh, Math.max(delay, nextAllowed - Date.now()));
    };

    const draft = () => {
      const fields = new URLSearchParams({
        body: textarea.value,
        language: language && 'value' in language ? language.value : '',
      });
      for (const input of compose ? compose.querySelectorAll('input[name=quote], input[name=photo], input[name=photoAlt]') : []) {
        fields.append(input.name, input.value);
      }
      return fields;
    };

    const refresh = async () => {
      const fields = draft();
      const text = fields.toString();
      if (busy || text === shown) {
        return;
      }
      if (textarea.value.trim() === '' && !fields.has('quote') && !fields.has('photo')) {
        shown = text;
        show(labels.labelEmpty);
        return;
      }
      busy = true;
      nextAllowed = Date.now() + MIN_GAP_MS;
      try {
        fields.append('_csrf', token ? token.value : '');
        const response = await fetch(labels.previewUrl, {
          method: 'POST',
          body: fields,
          credentials: 'same-origin',
        });
        if (!response.ok) {
          throw new Error(`Preview answered ${response.status}`);
        }
        const html = await response.text();
        if (html === '') {
          show(labels.labelEmpty);
        } else {
          // innerHTML only because this is the server's sanitized output (ContentPipeline: CommonMark with raw HTML
          // escaped, then an allow-list sanitizer), the very HTML the post would be saved as.
          output.innerHTML = html;
        }
      } catch {
        // Offline, or the limit was reached: say so, and point to the button that still works.
        show(labels.labelFailed);
      } finally {
        // Also after a failure: the next change tries again, instead of a loop of retries.
        shown = text;
        busy = false;
        if (draft().toString() !== shown) {
          schedule(DEBOUNCE_MS);
        }
      }
    };

    // Typing in the text or in a photo's description; a card removed or added.
    (compose || textarea).addEventListener('input', () => schedule(DEBOUNCE_MS));
    compose?.addEventListener('compose-change', () => schedule(0));
    refresh();
  }

  /**
   * The cards: a remove button takes its card away here and now (its hidden fields go with it, so the form no longer
   * sends it), and a chosen photo is sent at once and comes back as its card, drawn by the server's own template.
   */
  function enhanceCards(compose) {
    const labels = compose.dataset;
    const textarea = compose.querySelector('textarea');
    let status = null;
    const announce = (message) => {
      if (!status) {
        // Made at the first card changed, so a page where none is has no second status region (forum-actions.js
        // has one). Polite: said after what the reader is hearing, not instead of it.
        status = document.createElement('div');
        status.className = 'visually-hidden';
        status.setAttribute('role', 'status');
        compose.append(status);
      }
      // Emptied first and filled a moment later, so that the same words twice in a row, or words in a region just
      // made, are read.
      status.textContent = '';
      setTimeout(() => {
        status.textContent = message;
      }, 100);
    };
    const changed = () => compose.dispatchEvent(new Event('compose-change'));

    compose.addEventListener('click', (event) => {
      const button = event.target.closest('[data-compose-remove]');
      if (!button) {
        return;
      }
      event.preventDefault();
      button.closest('[data-compose-card]').remove();
      // The button is gone: the focus goes where the writing goes on.
      textarea?.focus();
      announce(button.value === 'quote' ? labels.labelQuoteRemoved : labels.labelPhotoRemoved);
      changed();
    });

    const fileField = compose.querySelector('[data-compose-file]');
    const altField = compose.querySelector('[data-compose-file-alt]');
    if (!fileField || !labels.photoUrl) {
      return;
    }
    // The card asks for the description as soon as the photo is there.
    if (altField) {
      altField.hidden = true;
    }
    const file = fileField.querySelector('input[type=file]');
    file.addEventListener('change', () => sendPhoto(file));

    async function sendPhoto(input) {
      if (!input.files.length) {
        return;
      }
      const token = input.form.querySelector('input[name="_csrf"]');
      const body = new FormData();
      body.append('image', input.files[0]);
      body.append('imageAlt', altField?.querySelector('input')?.value ?? '');
      body.append('_csrf', token ? token.value : '');
      showError(null);
      announce(labels.labelPhotoSending);
      input.setAttribute('aria-busy', 'true');
      try {
        const response = await fetch(labels.photoUrl, {
          method: 'POST',
          body,
          credentials: 'same-origin',
          redirect: 'manual',
        });
        const type = response.headers.get('Content-Type') || '';
        if (response.ok && type.startsWith('text/html')) {
          const template = document.createElement('template');
          // innerHTML only for the server's own card template (forum/photo-card.jte), whose values it escaped.
          template.innerHTML = (await response.text()).trim();
          const card = template.content.firstElementChild;
          compose.querySelector('[data-compose-photos]').append(card);
          input.value = '';
          if (altField) {
            altField.querySelector('input').value = '';
          }
          card.querySelector('input[name="photoAlt"]')?.focus();
          announce(labels.labelPhotoAdded);
          changed();
        } else if (response.status === 422) {
          // Refused (too large, not a photo…): the reason by the field, and the file is not sent again with the form.
          showError(await response.text());
          input.value = '';
        }
        // Anything else (signed out, a stale form token): the file stays chosen and goes with the form, whose
        // answer the server gives as a page.
      } catch {
        // Offline: the same, the form still sends the file.
      } finally {
        input.removeAttribute('aria-busy');
      }
    }

    /** The refusal as the server draws a field's error (forum/image-field.jte), or none. */
    function showError(message) {
      const input = fileField.querySelector('input[type=file]');
      fileField.querySelector('.error-text')?.remove();
      fileField.classList.toggle('field-error', message !== null);
      input.setAttribute('aria-describedby', message === null ? 'image-hint' : 'image-hint image-error');
      if (message !== null) {
        const error = document.createElement('p');
        error.className = 'error-text';
        error.id = 'image-error';
        error.textContent = message;
        input.before(error);
        input.focus();
      }
    }
  }
})();
