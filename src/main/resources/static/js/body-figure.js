// The doctor kit's body figure (doctorkit/body-figure.jte): with JavaScript, the front and back figures appear and a
// tap on a place ticks or unticks that place's checkbox in the list below, which stays the form's real input (and the
// only one for keyboards and screen readers). Without JavaScript the figure stays hidden and the list does it all.
'use strict';

(() => {
  const figure = document.querySelector('.body-figure');
  if (!figure) {
    return;
  }
  const boxesOf = (id) => figure.querySelectorAll(`rect[data-region="${CSS.escape(id)}"]`);
  const checkboxOf = (id) => document.getElementById(`region-${id}`);

  const show = (checkbox) => {
    for (const box of boxesOf(checkbox.value)) {
      box.classList.toggle('chosen', checkbox.checked);
    }
  };

  figure.addEventListener('click', (event) => {
    const box = event.target.closest('rect[data-region]');
    const checkbox = box && checkboxOf(box.dataset.region);
    if (checkbox) {
      checkbox.checked = !checkbox.checked;
      checkbox.dispatchEvent(new Event('change', { bubbles: true }));
    }
  });
  for (const checkbox of document.querySelectorAll('input[name="regions"]')) {
    checkbox.addEventListener('change', () => show(checkbox));
    show(checkbox);
  }
  figure.hidden = false;
})();
