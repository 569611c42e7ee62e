// Progressive enhancement only: every page works without it.
// After a form comes back with problems, move focus to the list of problems, so that screen reader and
// keyboard users hear what to correct first (NHS service manual error summary pattern).
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.querySelector('.error-summary');
  if (summary) {
    summary.focus();
  }
});

// A Copy button for an address shown on the page (the calendar feed). Without the script the button stays
// hidden and the address stays selectable text.
document.addEventListener('DOMContentLoaded', function () {
  var buttons = document.querySelectorAll('button[data-copy]');
  Array.prototype.forEach.call(buttons, function (button) {
    var source = document.getElementById(button.getAttribute('data-copy'));
    var status = button.parentNode.querySelector('.copy-status');
    if (!source) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      var text = source.textContent.trim();
      var said = function (message) {
        if (status) {
          status.textContent = message;
        }
      };
      var byHand = function () {
        var range = document.createRange();
        range.selectNodeContents(source);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        var done = false;
        try {
          done = document.execCommand('copy');
        } catch (e) {
          done = false;
        }
        said(done ? 'Address copied' : 'The address is selected: copy it with your device\'s Copy command');
      };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(function () { said('Address copied'); }, byHand);
      } else {
        byHand();
      }
    });
  });
});
