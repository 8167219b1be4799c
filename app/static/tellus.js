// Optional enhancements: every page works without this file.
(function () {
  "use strict";
  // Leave quickly: replace this page in the history so Back does not return to it.
  function leave(event) {
    var link = document.querySelector("[data-quick-exit]");
    if (!link) return;
    if (event) event.preventDefault();
    document.body.innerHTML = "";
    document.title = "";
    window.location.replace(link.href);
  }
  document.addEventListener("click", function (event) {
    var target = event.target.closest && event.target.closest("[data-quick-exit], [data-replace-history]");
    if (!target) return;
    if (target.hasAttribute("data-quick-exit")) return leave(event);
    event.preventDefault();
    window.location.replace(target.href);
  });
  // Pressing Shift three times also leaves, as on GOV.UK services.
  var shifts = 0, timer;
  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") return;
    shifts += 1;
    clearTimeout(timer);
    timer = setTimeout(function () { shifts = 0; }, 1000);
    if (shifts >= 3) leave();
  });
  // Read the question and its answers aloud, with the browser's own voice (nothing is sent anywhere).
  var reader = document.querySelector("[data-read-aloud]");
  if (reader && "speechSynthesis" in window) {
    reader.hidden = false;
    reader.addEventListener("click", function () {
      var parts = [];
      document.querySelectorAll("main h1, main .label-text").forEach(function (node) { parts.push(node.textContent.trim()); });
      window.speechSynthesis.cancel();
      var speech = new SpeechSynthesisUtterance(parts.join(". "));
      speech.lang = document.documentElement.lang;
      window.speechSynthesis.speak(speech);
    });
  }
})();
