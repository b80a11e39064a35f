// "A A" on the article page: makes the article text smaller or larger and remembers the choice
// in localStorage. Loaded (not deferred) in the head, so a remembered size is set before the
// first paint. The buttons are rendered hidden and shown here: without JavaScript they are not
// seen, and the text keeps its normal size.
(function () {
  "use strict";
  var KEY = "headline.textScale";
  var STEPS = [0.85, 1, 1.15, 1.3, 1.5];
  var root = document.documentElement;

  function remembered() {
    try {
      var value = parseFloat(window.localStorage.getItem(KEY));
      return STEPS.indexOf(value) >= 0 ? value : 1;
    } catch (blocked) {
      return 1;
    }
  }

  function remember(value) {
    try {
      if (value === 1) {
        window.localStorage.removeItem(KEY);
      } else {
        window.localStorage.setItem(KEY, String(value));
      }
    } catch (blocked) {
      // Storage refused (private mode, policy): the size holds for this page only.
    }
  }

  var scale = remembered();
  root.style.setProperty("--text-scale", String(scale));

  document.addEventListener("DOMContentLoaded", function () {
    var group = document.querySelector(".text-size");
    if (!group) {
      return;
    }
    var smaller = group.querySelector(".text-smaller");
    var larger = group.querySelector(".text-larger");

    // aria-disabled rather than disabled: the button keeps the keyboard focus at either end.
    function show() {
      var at = STEPS.indexOf(scale);
      smaller.setAttribute("aria-disabled", String(at === 0));
      larger.setAttribute("aria-disabled", String(at === STEPS.length - 1));
    }

    function step(by) {
      var at = STEPS.indexOf(scale) + by;
      if (at < 0 || at >= STEPS.length) {
        return;
      }
      scale = STEPS[at];
      root.style.setProperty("--text-scale", String(scale));
      remember(scale);
      show();
    }

    smaller.addEventListener("click", function () { step(-1); });
    larger.addEventListener("click", function () { step(1); });
    show();
    group.hidden = false;
  });
})();
