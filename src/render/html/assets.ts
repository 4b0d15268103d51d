/**
 * The page's own style and script, inlined so the page works offline and alone. The script only
 * reads escaped attributes and sets `textContent`: nothing from a document is ever parsed as HTML.
 */
import { escapeHtml, token } from './escape.js';

/** One strong colour per known type; a type the schema gains later gets a hue from its name. */
const COLORS: Record<string, string> = {
  date: '#b45309',
  region: '#15803d',
  city: '#047857',
  district: '#4d7c0f',
  country: '#0f766e',
  location: '#0e7490',
  nationality: '#0369a1',
  person: '#b91c1c',
  position: '#be185d',
  organization: '#6d28d9',
  award: '#a16207',
  event: '#c2410c',
  money: '#7e22ce',
  percent: '#4338ca',
  number: '#475569',
  ordinal: '#78716c',
  law: '#1d4ed8',
};

export function colorOf(type: string): string {
  const known = COLORS[type];
  if (known) return known;
  let h = 0;
  for (const c of type) h = (h * 31 + c.charCodeAt(0)) % 360;
  return `hsl(${h} 60% 35%)`;
}

/** `--c` per type class, for the marks and the legend. */
export function typeCss(types: Iterable<string>): string {
  return [...types].map((t) => `.t-${token(t)}{--c:${colorOf(t)}}`).join('\n');
}

export const CSS = `
:root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1f2937;background:#fff}
body{margin:0;padding:1rem 1.5rem;max-width:84rem}
h1{font-size:1.35rem;margin:.2rem 0 .8rem}
h2{font-size:1.15rem;margin:.2rem 0 .4rem}
h3{font-size:.95rem;margin:.8rem 0 .3rem}
a{color:#1d4ed8}
:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
.gf-bar{display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center;margin-bottom:.8rem}
.gf-legend{display:flex;flex-wrap:wrap;gap:.3rem;margin:0;padding:0;list-style:none}
.gf-toggle{font:inherit;font-size:.85rem;border:2px solid var(--c);background:color-mix(in srgb,var(--c) 16%,#fff);color:#111;border-radius:1rem;padding:.05rem .6rem;cursor:pointer}
.gf-toggle[aria-pressed=false]{background:#fff;color:#6b7280;border-style:dashed;text-decoration:line-through}
.gf-filter label{font-size:.9rem;margin-right:.6rem}
.gf-filter select{font:inherit;font-size:.9rem}
.gf-nav ol{margin:.2rem 0 1rem;padding-left:1.4rem;columns:2 22rem}
.gf-doc{display:grid;grid-template-columns:minmax(0,3fr) minmax(16rem,2fr);gap:1.5rem;border-top:1px solid #d1d5db;padding:1rem 0}
.gf-meta{font-size:.85rem;color:#4b5563;margin:0 0 .6rem}
.gf-text{white-space:pre-wrap;line-height:2.3;font-size:1.02rem;overflow-wrap:anywhere}
mark.gf-e{color:inherit;background:color-mix(in srgb,var(--c) 15%,transparent);border-bottom:2px solid var(--c);padding:1px 0 calc(var(--h,0)*5px + 1px);border-radius:2px}
mark.gf-e:hover,mark.gf-e:focus{background:color-mix(in srgb,var(--c) 32%,transparent)}
mark.gf-e.gf-hidden{background:none;border-bottom-color:transparent}
mark.gf-flash{outline:3px solid #f59e0b}
.gf-tip{position:absolute;z-index:10;max-width:28rem;background:#111827;color:#f9fafb;font-size:.82rem;line-height:1.35;padding:.45rem .6rem;border-radius:.35rem;white-space:pre-line;pointer-events:none;box-shadow:0 4px 14px rgba(0,0,0,.25)}
.gf-tip[hidden]{display:none}
.gf-facts{font-size:.9rem}
.gf-facts ol{margin:0;padding-left:1.3rem}
.gf-fact{margin:.15rem 0}
.gf-fact details{font-size:.8rem;color:#374151}
.gf-fact summary{cursor:pointer;color:#6b7280}
.gf-fact dl{display:grid;grid-template-columns:max-content 1fr;gap:0 .6rem;margin:.2rem 0 .4rem}
.gf-fact dt{color:#6b7280}
.gf-fact dd{margin:0;overflow-wrap:anywhere}
.gf-count{font-weight:normal;color:#6b7280;font-size:.8rem}
.gf-none{color:#9ca3af;margin:0;font-size:.85rem}
.gf-iso{font-size:.85rem}
.gf-k{color:#6b7280;font-size:.85em}
.gf-doc[hidden]{display:none}
@media (max-width:52rem){.gf-doc{grid-template-columns:1fr}}
@media print{
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  body{padding:0;max-width:none;font-size:10.5pt}
  .gf-filter,.gf-nav,.gf-tip,.gf-fact details{display:none!important}
  .gf-doc{display:block!important;break-inside:auto;border-top:1px solid #999}
  .gf-doc[hidden]{display:block!important}
  .gf-facts{margin-top:.6rem;columns:2;column-gap:1.5rem}
  .gf-list{break-inside:avoid}
  .gf-text{line-height:2}
  a{color:inherit;text-decoration:none}
}
`;

export const SCRIPT = `
(function(){
  var tip=document.getElementById('gf-tip');
  function markOf(n){return n&&n.closest?n.closest('mark.gf-e'):null}
  function show(m){
    if(!m){return}
    tip.textContent=m.getAttribute('data-tip');
    tip.hidden=false;
    var r=m.getBoundingClientRect();
    tip.style.left=Math.max(4,Math.min(window.scrollX+r.left,window.scrollX+document.documentElement.clientWidth-tip.offsetWidth-8))+'px';
    tip.style.top=(window.scrollY+r.bottom+6)+'px';
  }
  function hide(){tip.hidden=true}
  document.addEventListener('mouseover',function(ev){var m=markOf(ev.target);if(m){show(m)}});
  document.addEventListener('mouseout',function(ev){if(markOf(ev.target)&&!markOf(ev.relatedTarget)){hide()}});
  document.addEventListener('focusin',function(ev){var m=markOf(ev.target);if(m){show(m)}else{hide()}});
  document.addEventListener('focusout',function(ev){if(markOf(ev.target)){hide()}});
  document.addEventListener('keydown',function(ev){if(ev.key==='Escape'){hide()}});
  document.querySelectorAll('.gf-toggle').forEach(function(b){
    b.addEventListener('click',function(){
      var on=b.getAttribute('aria-pressed')!=='true';
      b.setAttribute('aria-pressed',on?'true':'false');
      document.querySelectorAll('mark.'+b.getAttribute('data-cls')).forEach(function(m){m.classList.toggle('gf-hidden',!on)});
    });
  });
  document.addEventListener('click',function(ev){
    var a=ev.target.closest&&ev.target.closest('a.gf-ref');
    if(!a){return}
    var t=document.getElementById(a.getAttribute('href').slice(1));
    if(!t){return}
    ev.preventDefault();
    t.focus();
    t.classList.add('gf-flash');
    setTimeout(function(){t.classList.remove('gf-flash')},1200);
  });
  var region=document.getElementById('gf-region'),type=document.getElementById('gf-type');
  function filter(){
    var r=region?region.value:'',t=type?type.value:'',shown=0;
    document.querySelectorAll('.gf-doc').forEach(function(d){
      var ok=(!r||d.getAttribute('data-regions').split('|').indexOf(r)>=0)&&(!t||d.getAttribute('data-types').split('|').indexOf(t)>=0);
      d.hidden=!ok;
      var li=document.querySelector('[data-doc="'+d.id+'"]');
      if(li){li.hidden=!ok}
      if(ok){shown++}
    });
    var c=document.getElementById('gf-shown');
    if(c){c.textContent=String(shown)}
  }
  if(region){region.addEventListener('change',filter)}
  if(type){type.addEventListener('change',filter)}
})();
`;

/** The whole page around `body`. */
export function page(title: string, lang: string, css: string, body: string, script: string): string {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
${body}
<script>${script}</script>
</body>
</html>
`;
}
