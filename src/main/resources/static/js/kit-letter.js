// The letter's page (doctorkit/letter.jte): a Print button, and on phones that can share files a Share button that
// hands the PDF to the phone's own sheet (save to Files, send to a convenience store's print app, mail it). Without
// JavaScript the page offers the PDF as a download and the browser's own Print.
'use strict';

(() => {
  const print = document.querySelector('.kit-print');
  if (print) {
    print.hidden = false;
    print.addEventListener('click', () => window.print());
  }
  const share = document.querySelector('.kit-share');
  const download = document.querySelector('.kit-letter-actions a[download]');
  if (!share || !download || !navigator.canShare || typeof File === 'undefined') {
    return;
  }
  const probe = new File([''], share.dataset.file, { type: 'application/pdf' });
  if (!navigator.canShare({ files: [probe] })) {
    return;
  }
  const status = document.querySelector('.kit-share-status');
  share.hidden = false;
  share.addEventListener('click', async () => {
    try {
      const response = await fetch(download.href, { credentials: 'same-origin' });
      const blob = await response.blob();
      const file = new File([blob], share.dataset.file, { type: 'application/pdf' });
      await navigator.share({ files: [file], title: share.dataset.title });
    } catch (error) {
      if (error.name !== 'AbortError') {
        status.textContent = share.dataset.failed;
      }
    }
  });
})();
