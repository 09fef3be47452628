// Site search over the names in search-index.js (window.KC_SEARCH, loaded by a script tag so it
// works from file:// as well as over HTTP). Results link relative to this page's root.
(function () {
  var input = document.getElementById("site-search");
  var results = document.getElementById("site-search-results");
  var root = document.documentElement.getAttribute("data-root") || "";
  var entries = window.KC_SEARCH || [];
  function show() {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    results.innerHTML = "";
    if (words.length === 0) return;
    entries
      .filter(function (e) {
        var text = (e.name + " " + e.kind).toLowerCase();
        return words.every(function (w) { return text.indexOf(w) !== -1; });
      })
      .slice(0, 20)
      .forEach(function (e) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = root + e.url;
        a.textContent = e.name;
        var kind = document.createElement("span");
        kind.className = "tag";
        kind.textContent = e.kind;
        li.appendChild(a);
        li.appendChild(document.createTextNode(" "));
        li.appendChild(kind);
        results.appendChild(li);
      });
  }
  input.addEventListener("input", show);
})();
