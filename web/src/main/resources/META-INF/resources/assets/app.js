// Progressive enhancement only: every page works without it.
// After a form comes back with problems, move focus to the list of problems, so that screen reader and
// keyboard users hear what to correct first (NHS service manual error summary pattern).
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.querySelector('.error-summary');
  if (summary) {
    summary.focus();
  }
});
