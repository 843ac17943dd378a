// The body figure (body/figure.jte). With JavaScript, the front and back figures appear above the list of places.
// A tap on a whole figure zooms to the part tapped, where every place is at least 44 px wide and high; a tap there
// ticks or unticks that place's checkbox in the list, which stays the form's real input (and the only one for
// keyboards and screen readers), and the line under the figure says which place it was, on screen and aloud.
// Without JavaScript the figure stays hidden and the list does it all.
'use strict';

(() => {
  const figure = document.querySelector('.body-figure');
  if (!figure) {
    return;
  }
  const MIN_TARGET = 46; // px on screen for the smallest place (3 units wide in the data)
  const SMALLEST = 3;
  const hint = figure.querySelector('.body-figure-hint');
  const wholeHint = hint.textContent;
  const whole = figure.querySelector('.body-figure-whole');
  const status = figure.querySelector('.body-figure-status');
  const views = [...figure.querySelectorAll('.body-view')];
  const checkboxOf = (id) => document.querySelector(`input[type="checkbox"][value="${CSS.escape(id)}"]`);
  const chosenLine = document.querySelector('.body-chosen-list');
  const chosenBox = document.querySelector('.body-chosen');

  const paint = (checkbox) => {
    for (const place of figure.querySelectorAll(`[data-place="${CSS.escape(checkbox.value)}"]`)) {
      place.classList.toggle('chosen', checkbox.checked);
    }
  };

  const summarise = () => {
    if (!chosenLine) {
      return;
    }
    const names = [...document.querySelectorAll('.body-rows input[type="checkbox"]:checked')]
      .map((box) => box.dataset.name);
    chosenLine.textContent = names.length ? names.join(chosenBox.dataset.separator) : chosenBox.dataset.none;
  };

  const zoomOut = () => {
    for (const view of views) {
      const svg = view.querySelector('svg');
      svg.setAttribute('viewBox', svg.dataset.whole);
      view.hidden = false;
      view.classList.remove('zoomed');
    }
    figure.classList.remove('zoomed');
    whole.hidden = true;
    hint.textContent = wholeHint;
  };

  // A window around the point tapped, small enough that the smallest place is a comfortable tap at this width.
  const zoomTo = (view, x, y) => {
    const svg = view.querySelector('svg');
    for (const other of views) {
      other.hidden = other !== view;
    }
    view.classList.add('zoomed');
    figure.classList.add('zoomed');
    const widthPx = figure.querySelector('.body-figure-views').clientWidth || 320;
    const width = Math.min(40, (widthPx * SMALLEST) / MIN_TARGET);
    const height = width * 1.2;
    const left = Math.max(0, Math.min(100 - width, x - width / 2));
    const top = Math.max(-2, Math.min(202 - height, y - height / 2));
    svg.setAttribute('viewBox', `${left.toFixed(2)} ${top.toFixed(2)} ${width.toFixed(2)} ${height.toFixed(2)}`);
    whole.hidden = false;
    hint.textContent = hint.dataset.zoomedHint;
  };

  figure.addEventListener('click', (event) => {
    const view = event.target.closest('.body-view');
    if (!view) {
      return;
    }
    if (!view.classList.contains('zoomed')) {
      const svg = view.querySelector('svg');
      const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(svg.getScreenCTM().inverse());
      zoomTo(view, point.x, point.y);
      return;
    }
    const place = event.target.closest('[data-place]');
    const checkbox = place && checkboxOf(place.dataset.place);
    if (checkbox) {
      checkbox.checked = !checkbox.checked;
      checkbox.dispatchEvent(new Event('change', { bubbles: true }));
      status.textContent = `${checkbox.dataset.name}${checkbox.checked ? status.dataset.chosen : status.dataset.removed}`;
    }
  });
  whole.addEventListener('click', zoomOut);

  for (const checkbox of document.querySelectorAll('.body-rows input[type="checkbox"]')) {
    checkbox.addEventListener('change', () => {
      paint(checkbox);
      summarise();
    });
    paint(checkbox);
  }
  figure.hidden = false;
})();
