/* Huaihe explorer embed (README "Embedding"). Paste one tag where the explorer should appear:
 *   <script src="https://…/explorer/embed.js" data-zone="yancheng" data-section="scenarios"
 *           data-lang="en" data-accent="#0a6e4f" async></script>
 * Inserts an iframe of the explorer right after the tag and sizes it to its content from the
 * explorer's own messages ({type: "huaihe:resize", height, id}), accepted only from that frame's
 * window, from the explorer's origin, with a sane height. Plain JavaScript, no dependencies;
 * defines one global (HuaiheEmbed), adds no CSS outside its iframe's own style and touches
 * nothing else of the page. */
(function () {
  'use strict';
  var ns = window.HuaiheEmbed;
  if (!ns) {
    ns = window.HuaiheEmbed = { frames: [], seen: [] };
    window.addEventListener('message', function (e) {
      var d = e.data;
      if (!d || typeof d !== 'object' || d.type !== 'huaihe:resize') return;
      var h = d.height;
      if (typeof h !== 'number' || !isFinite(h) || h < 120 || h > 20000) return;
      for (var i = 0; i < ns.frames.length; i++) {
        var f = ns.frames[i];
        if (e.source === f.frame.contentWindow && e.origin === f.origin && d.id === f.id) {
          f.frame.style.height = Math.ceil(h) + 'px';
        }
      }
    });
  }
  var titles = { zh: '科创淮河投资机会', en: 'Huaihe investment explorer' };
  var scripts = document.getElementsByTagName('script');
  for (var i = 0; i < scripts.length; i++) {
    var s = scripts[i];
    if (!/\/embed\.js(\?|#|$)/.test(s.src) || ns.seen.indexOf(s) >= 0) continue;
    ns.seen.push(s);
    var src = new URL(s.src, location.href);
    var base = new URL('./', src).href;
    var id = 'huaihe-' + (ns.frames.length + 1);
    var q = ['embed=1'];
    var add = function (k, v) { if (v) q.push(k + '=' + encodeURIComponent(v)); };
    add('zone', s.getAttribute('data-zone'));
    add('section', s.getAttribute('data-section'));
    var lang = s.getAttribute('data-lang');
    add('lang', lang);
    add('accent', s.getAttribute('data-accent'));
    add('limit', s.getAttribute('data-limit'));
    add('id', id);
    var filters = s.getAttribute('data-filters');
    if (filters) q.push(filters.replace(/^[?&]+/, ''));
    var frame = document.createElement('iframe');
    frame.src = base + '?' + q.join('&');
    frame.title = titles[lang === 'en' ? 'en' : 'zh'];
    frame.setAttribute('loading', 'lazy');
    frame.style.width = '100%';
    frame.style.height = '600px';
    frame.style.border = '0';
    frame.style.display = 'block';
    s.parentNode.insertBefore(frame, s.nextSibling);
    ns.frames.push({ frame: frame, origin: src.origin, id: id });
  }
})();
