// Drop-downs of the top and main menus open with the mouse and with the keyboard focus (CSS).
// Escape closes the one that is open and leaves the focus on its section's link, so the list
// no longer covers the page (WCAG 1.4.13); it opens again when the focus or the mouse comes back.
(function () {
  "use strict";

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || !event.target.closest) {
      return;
    }
    var item = event.target.closest(".has-sub");
    if (!item || item.closest(".offcanvas")) {
      return;
    }
    item.classList.add("dismissed");
    item.querySelector("a").focus();
  });

  // Open again once the focus arrives from outside the entry (or leaves it).
  document.addEventListener("focusin", function (event) {
    var from = event.relatedTarget;
    document.querySelectorAll(".has-sub.dismissed").forEach(function (item) {
      if (!item.contains(event.target) || !from || !item.contains(from)) {
        item.classList.remove("dismissed");
      }
    });
  });

  document.addEventListener("mouseover", function (event) {
    var item = event.target.closest && event.target.closest(".has-sub.dismissed");
    if (item && !item.matches(":focus-within")) {
      item.classList.remove("dismissed");
    }
  });
})();
