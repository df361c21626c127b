(function(){try{if(typeof document<`u`){var e=document.createElement(`style`);e.setAttribute(`id`,`civitai-sidebar-styles`),e.appendChild(document.createTextNode(`.civitai-sidebar .cs-health{flex-direction:column;gap:.5rem;display:flex}.civitai-sidebar .cs-health-heading{justify-content:space-between;align-items:center;gap:.5rem;display:flex}.civitai-sidebar .cs-subtitle{color:var(--cs-muted);margin:0;font-size:.8125rem;font-weight:600}.civitai-sidebar .cs-facts dd[data-configured=false]{color:var(--cs-muted)}.civitai-sidebar.cs-dialog-mask{background:#00000080}.civitai-sidebar .cs-dialog{border:1px solid var(--cs-border);border-radius:var(--cs-radius);background:var(--cs-bg);width:min(28rem,100vw - 2rem);max-height:calc(100vh - 4rem);color:var(--cs-fg);box-shadow:0 8px 32px #00000073}.civitai-sidebar .cs-dialog-header{padding:.75rem 1rem .25rem}.civitai-sidebar .cs-dialog-title{font-size:1rem;font-weight:600}.civitai-sidebar .cs-dialog-content{padding:.25rem 1rem;overflow-y:auto}.civitai-sidebar .cs-dialog-text{margin:0 0 .5rem}.civitai-sidebar .cs-dialog-list{overflow-wrap:anywhere;margin:0;padding-left:1.25rem}.civitai-sidebar .cs-dialog-footer{justify-content:flex-end;gap:.5rem;padding:.75rem 1rem;display:flex}.civitai-sidebar .cs-generate{flex-direction:column;gap:.5rem;display:flex}.civitai-sidebar .cs-generate-actions{flex-wrap:wrap;gap:.5rem;display:flex}.civitai-sidebar .cs-generate-status ul{margin:.25rem 0 0;padding-left:1.25rem}.civitai-sidebar .cs-lookup{gap:.5rem;display:flex}.civitai-sidebar .cs-lookup-input{flex:1}.civitai-sidebar .cs-params .cs-param-long{grid-column:1/-1}.civitai-sidebar .cs-params dd.cs-param-long{white-space:pre-wrap;max-height:7.5em;overflow-y:auto}.civitai-sidebar .cs-image{flex-direction:column;gap:.5rem;display:flex}.civitai-sidebar .cs-thumb{border:1px solid var(--cs-border);border-radius:var(--cs-radius);background:var(--cs-card-bg);flex:none;width:100%;max-height:220px;display:block;overflow:hidden}.civitai-sidebar .cs-thumb.cs-thumb-broken{display:none}.civitai-sidebar .cs-thumb img,.civitai-sidebar .cs-thumb video{object-fit:contain;width:100%;height:100%;max-height:220px;display:block}.civitai-sidebar .cs-image-credit{margin:0;font-size:.8125rem}.civitai-sidebar a{color:inherit}.civitai-sidebar .cs-notices{border:1px solid var(--cs-border);border-left:4px solid var(--cs-muted);border-radius:var(--cs-radius);color:var(--cs-muted);margin:0;padding:.5rem .625rem .5rem 1.5rem}.civitai-sidebar .cs-model-title{overflow-wrap:anywhere;margin:0}.civitai-sidebar .cs-list-toolbar{flex-wrap:wrap;justify-content:space-between;align-items:center;gap:.5rem;min-height:2rem;display:flex}.civitai-sidebar .cs-missing-count{font-weight:600}.civitai-sidebar .cs-skipped{color:var(--cs-muted);flex-basis:100%;margin:0;font-size:.75rem}.civitai-sidebar .cs-list-actions{flex-wrap:wrap;gap:.375rem;display:flex}.civitai-sidebar .cs-card-status{flex-wrap:wrap;align-items:center;gap:0 .25rem;min-height:2rem;font-size:.8125rem;display:flex}.civitai-sidebar .cs-status-text{text-overflow:ellipsis;white-space:nowrap;flex:1;min-width:0;overflow:hidden}.civitai-sidebar .cs-status-text.cs-open{white-space:normal;overflow-wrap:anywhere;flex-basis:100%}.civitai-sidebar .cs-details-toggle{color:var(--cs-muted);font:inherit;cursor:pointer;background:0 0;border:0;flex:none;padding:0 .25rem;font-size:.75rem;text-decoration:underline}.civitai-sidebar .cs-details-toggle:hover,.civitai-sidebar .cs-details-toggle:focus-visible{color:var(--cs-fg)}.civitai-sidebar .cs-ok{color:var(--cs-success)}.civitai-sidebar .cs-path{font-family:var(--cs-mono,ui-monospace, monospace);font-size:.8125rem}.civitai-sidebar .cs-error,.civitai-sidebar .cs-reason strong{color:var(--cs-error)}.civitai-sidebar .cs-retrying{color:var(--cs-fg)}.civitai-sidebar .cs-blocked-icon{color:var(--cs-muted)}.civitai-sidebar .cs-progress-column{flex-direction:column;flex:1;gap:.125rem;min-width:0;display:flex}.civitai-sidebar .cs-bytes{color:var(--cs-muted);font-variant-numeric:tabular-nums;font-size:.75rem}.civitai-sidebar .cs-progress{background:var(--cs-badge-bg);border-radius:999px;height:.375rem;position:relative;overflow:hidden}.civitai-sidebar .cs-progress-value{background:var(--cs-accent);height:100%;transition:width .3s}.civitai-sidebar .cs-progress-label{color:var(--cs-accent-text);font-variant-numeric:tabular-nums;font-size:.6875rem;line-height:1}.civitai-sidebar .cs-card{border:1px solid var(--cs-border);border-radius:var(--cs-radius);background:var(--cs-card-bg);contain:layout paint;border-left-width:3px;flex-direction:column;gap:.25rem;padding:.375rem .5rem .25rem;display:flex}.civitai-sidebar .cs-card:focus{outline:none}.civitai-sidebar .cs-card:focus-visible,.civitai-sidebar .cs-card.cs-card-focused{outline:2px solid var(--cs-accent);outline-offset:1px}.civitai-sidebar .cs-card[data-state=present]{border-left-color:var(--cs-success)}.civitai-sidebar .cs-card[data-state=confirm]{border-left-color:var(--cs-warn)}.civitai-sidebar .cs-card[data-state=downloading],.civitai-sidebar .cs-card[data-state=waiting],.civitai-sidebar .cs-card[data-state=verifying]{border-left-color:var(--cs-accent)}.civitai-sidebar .cs-card[data-state=failed],.civitai-sidebar .cs-card[data-state=unresolved]{border-left-color:var(--cs-error)}.civitai-sidebar .cs-card-head{align-items:flex-start;gap:.375rem;display:flex}.civitai-sidebar .cs-card-titles{flex:1;min-width:0}.civitai-sidebar .cs-card-title,.civitai-sidebar .cs-card-subtitle{text-overflow:ellipsis;white-space:nowrap;overflow:hidden}.civitai-sidebar .cs-card-title{font-size:.8125rem;font-weight:600}.civitai-sidebar .cs-card-subtitle{color:var(--cs-muted);font-size:.75rem}.civitai-sidebar .cs-card-badges{flex-wrap:wrap;gap:.25rem;display:flex}.civitai-sidebar .cs-badge{text-overflow:ellipsis;background:var(--cs-badge-bg);max-width:100%;color:var(--cs-muted);white-space:nowrap;border-radius:999px;flex:none;padding:0 .375rem;font-size:.6875rem;line-height:1.125rem;overflow:hidden}.civitai-sidebar .cs-card-link{color:var(--cs-muted);flex:none;padding:0 .125rem;line-height:1.25rem}.civitai-sidebar .cs-card-link:hover,.civitai-sidebar .cs-card-link:focus-visible{color:var(--cs-fg)}.civitai-sidebar .cs-card-decide{border-radius:calc(var(--cs-radius) - 2px);background:var(--cs-badge-bg);flex-direction:column;gap:.25rem;padding:.375rem .5rem;font-size:.75rem;display:flex}.civitai-sidebar .cs-card-evidence{overflow-wrap:anywhere;margin:0}.civitai-sidebar .cs-card-names{grid-template-columns:1fr 1fr;gap:.5rem;margin:0;display:grid}.civitai-sidebar .cs-card-names dt{color:var(--cs-muted)}.civitai-sidebar .cs-card-names dd{font-family:var(--cs-mono,ui-monospace, monospace);overflow-wrap:anywhere;margin:0}.civitai-sidebar .cs-card-hint{color:var(--cs-muted);margin:0;font-size:.75rem}.civitai-sidebar .cs-resources{flex-direction:column;gap:.375rem;display:flex;container-type:inline-size}.civitai-sidebar .cs-resources>.cs-list-toolbar{z-index:1;background:var(--cs-bg);grid-template-columns:minmax(0,1fr) auto;padding:.25rem 0;display:grid;position:sticky;top:0}.civitai-sidebar .cs-resources>.cs-list-toolbar .cs-missing-count{text-overflow:ellipsis;white-space:nowrap;overflow:hidden}.civitai-sidebar .cs-resources>.cs-list-toolbar .cs-list-actions{flex-wrap:nowrap}.civitai-sidebar .cs-resources>.cs-list-toolbar .cs-skipped{grid-column:1/-1}@container (width<=360px){.civitai-sidebar .cs-list-actions .cs-button:not(.cs-primary) .cs-button-label{clip-path:inset(50%);white-space:nowrap;width:1px;height:1px;position:absolute;overflow:hidden}}.civitai-sidebar .cs-switch{border:1px solid var(--cs-border);border-radius:var(--cs-radius);background:var(--cs-badge-bg);flex:none;padding:2px;display:flex}.civitai-sidebar .cs-switch-option{border-radius:calc(var(--cs-radius) - 2px);min-width:max-content;color:var(--cs-muted);white-space:nowrap;cursor:pointer;background:0 0;border:0;flex:1 1 0;justify-content:center;align-items:center;gap:.375rem;padding:.3125rem .5rem;font-family:inherit;font-size:.8125rem;display:inline-flex}.civitai-sidebar .cs-switch-option:hover{color:var(--cs-fg)}.civitai-sidebar .cs-switch-option[aria-selected=true]{background:var(--cs-bg);color:var(--cs-fg);box-shadow:0 0 0 1px var(--cs-border);font-weight:600}.civitai-sidebar .cs-switch-option:focus-visible{outline:2px solid var(--cs-accent);outline-offset:-2px}.civitai-sidebar .cs-switch-badge{background:var(--cs-accent);min-width:1.125rem;color:var(--cs-accent-text);font-variant-numeric:tabular-nums;border-radius:999px;padding:0 .3125rem;font-size:.6875rem;line-height:1.125rem}.civitai-sidebar .cs-workflow-toolbar{flex:none;justify-content:space-between;align-items:center;gap:.5rem;min-height:2rem;display:flex}.civitai-sidebar .cs-workflow-summary{text-overflow:ellipsis;white-space:nowrap;min-width:0;overflow:hidden}.civitai-sidebar .cs-custom-nodes{border:1px solid var(--cs-error);border-radius:var(--cs-radius);flex-direction:column;gap:.25rem;padding:.5rem .625rem;display:flex}.civitai-sidebar .cs-custom-nodes p,.civitai-sidebar .cs-custom-nodes ul{margin:0}.civitai-sidebar .cs-custom-nodes ul{padding-left:1.25rem;font-size:.8125rem}.civitai-sidebar .cs-custom-nodes code{font-family:ui-monospace,monospace}.civitai-sidebar .cs-node-advice{color:var(--cs-muted);display:block}.civitai-sidebar .cs-facts{border:1px solid var(--cs-border);border-radius:var(--cs-radius);background:var(--cs-card-bg);grid-template-columns:max-content minmax(0,1fr);gap:.25rem .75rem;margin:0;padding:.5rem .625rem;display:grid}.civitai-sidebar .cs-facts dt{color:var(--cs-muted)}.civitai-sidebar .cs-facts dd{overflow-wrap:anywhere;margin:0}.civitai-sidebar{--cs-fg:var(--fg-color,#fff);--cs-bg:var(--comfy-menu-bg,#353535);--cs-muted:var(--descrip-text,#999);--cs-surface:var(--comfy-input-bg,#222);--cs-field-bg:var(--p-form-field-background,var(--cs-surface));--cs-field-text:var(--p-form-field-color,var(--cs-surface-text));--cs-surface-text:var(--input-text,var(--cs-fg));--cs-card-bg:var(--comfy-menu-secondary-bg,var(--cs-bg));--cs-badge-bg:color-mix(in srgb, var(--cs-fg) 9%, transparent);--cs-warn:#e0a526;--cs-border:var(--border-color,#4e4e4e);--cs-hover:var(--content-hover-bg,#222);--cs-error:var(--error-text,#f44);--cs-accent:var(--p-primary-color,#3b82f6);--cs-accent-text:var(--p-primary-contrast-color,#fff);--cs-success:#3fa35a;--cs-radius:6px;box-sizing:border-box;color:var(--cs-fg);font-size:.875rem;line-height:1.4}:has(>.civitai-sidebar.cs-root){flex-direction:column;flex:auto;height:100%;min-height:0;display:flex}.civitai-sidebar.cs-root{background:var(--cs-bg);flex-direction:column;flex:auto;gap:.5rem;height:100%;min-height:0;padding:.5rem .75rem 0;display:flex;overflow:hidden}.civitai-sidebar .cs-panel{flex-direction:column;flex:auto;min-height:0;display:flex}.civitai-sidebar .cs-view{flex-direction:column;flex:auto;gap:.5rem;min-height:0;display:flex}.civitai-sidebar .cs-scroll{overscroll-behavior:contain;scrollbar-width:thin;flex-direction:column;flex:auto;gap:.75rem;min-height:0;padding-bottom:.75rem;display:flex;overflow-y:auto}.civitai-sidebar .cs-visually-hidden{clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;width:1px;height:1px;position:absolute;overflow:hidden}.civitai-sidebar *,.civitai-sidebar :before,.civitai-sidebar :after{box-sizing:inherit}.civitai-sidebar .cs-header{flex:none;align-items:center;gap:.5rem;min-height:2rem;display:flex}.civitai-sidebar .cs-title{letter-spacing:.02em;text-transform:uppercase;margin:0;font-size:.875rem;font-weight:600}.civitai-sidebar .cs-section-title{color:var(--cs-muted);margin:0;font-size:.8125rem;font-weight:600}.civitai-sidebar .cs-muted{color:var(--cs-muted)}.civitai-sidebar .cs-status{border-top:1px solid var(--cs-border);flex:none;max-height:50%;margin:0 -.75rem;padding:.375rem .75rem;overflow-y:auto}.civitai-sidebar .cs-status-summary{cursor:pointer;color:var(--cs-muted);font-size:.75rem}.civitai-sidebar .cs-status[open] .cs-status-summary{margin-bottom:.5rem}.civitai-sidebar .cs-button{border:1px solid var(--cs-border);border-radius:var(--cs-radius);background:var(--cs-card-bg);color:var(--cs-fg);font:inherit;white-space:nowrap;cursor:pointer;justify-content:center;align-items:center;gap:.375rem;padding:.25rem .625rem;display:inline-flex}.civitai-sidebar .cs-button:hover:not(:disabled){background:var(--cs-badge-bg)}.civitai-sidebar .cs-button.cs-text{color:var(--cs-fg);background:0 0;border-color:#0000;padding:.125rem .375rem;font-size:.8125rem}.civitai-sidebar .cs-button.cs-text .cs-button-icon{color:var(--cs-muted)}.civitai-sidebar .cs-button:focus-visible{outline:2px solid var(--cs-fg);outline-offset:1px}.civitai-sidebar .cs-button:disabled{cursor:default;opacity:.55}.civitai-sidebar .cs-button.cs-primary{border-color:var(--cs-accent);background:var(--cs-accent);color:var(--cs-accent-text)}.civitai-sidebar .cs-button.cs-primary:hover:not(:disabled){background:var(--cs-accent);filter:brightness(1.1)}.civitai-sidebar .cs-input{border:1px solid var(--cs-border);border-radius:var(--cs-radius);background:var(--cs-field-bg);min-width:0;color:var(--cs-field-text);font:inherit;padding:.3125rem .5rem}.civitai-sidebar .cs-input:focus-visible{outline:2px solid var(--cs-accent);outline-offset:-1px}.civitai-sidebar .cs-message{border:1px solid var(--cs-border);border-radius:var(--cs-radius);background:var(--cs-card-bg);border-left-width:4px;padding:.5rem .625rem}.civitai-sidebar .cs-message--error{border-color:var(--cs-error);color:var(--cs-error)}.civitai-sidebar .cs-message-content{overflow-wrap:anywhere;align-items:flex-start;gap:.5rem;display:flex}/*$vite$:1*/`)),document.head.appendChild(e)}}catch(e){console.error(`vite-plugin-css-injected-by-js`,e)}})();
import{app as e}from"../../scripts/app.js";import{api as t}from"../../scripts/api.js";
/**
* @vue/shared v3.5.45
* (c) 2018-present Yuxi (Evan) You and Vue contributors
* @license MIT
**/
function n(e){let t=Object.create(null);for(let n of e.split(`,`))t[n]=1;return e=>e in t}var r={},i=[],a=()=>{},o=()=>!1,s=e=>e.charCodeAt(0)===111&&e.charCodeAt(1)===110&&(e.charCodeAt(2)>122||e.charCodeAt(2)<97),c=e=>e.startsWith(`onUpdate:`),l=Object.assign,u=(e,t)=>{let n=e.indexOf(t);n>-1&&e.splice(n,1)},d=Object.prototype.hasOwnProperty,f=(e,t)=>d.call(e,t),p=Array.isArray,m=e=>C(e)===`[object Map]`,h=e=>C(e)===`[object Set]`,g=e=>C(e)===`[object Date]`,_=e=>typeof e==`function`,v=e=>typeof e==`string`,y=e=>typeof e==`symbol`,b=e=>typeof e==`object`&&!!e,x=e=>(b(e)||_(e))&&_(e.then)&&_(e.catch),S=Object.prototype.toString,C=e=>S.call(e),w=e=>C(e).slice(8,-1),ee=e=>C(e)===`[object Object]`,te=e=>v(e)&&e!==`NaN`&&e[0]!==`-`&&``+parseInt(e,10)===e,ne=n(`,key,ref,ref_for,ref_key,onVnodeBeforeMount,onVnodeMounted,onVnodeBeforeUpdate,onVnodeUpdated,onVnodeBeforeUnmount,onVnodeUnmounted`),re=e=>{let t=Object.create(null);return(n=>t[n]||(t[n]=e(n)))},ie=/-\w/g,T=re(e=>e.replace(ie,e=>e.slice(1).toUpperCase())),ae=/\B([A-Z])/g,oe=re(e=>e.replace(ae,`-$1`).toLowerCase()),se=re(e=>e.charAt(0).toUpperCase()+e.slice(1)),ce=re(e=>e?`on${se(e)}`:``),E=(e,t)=>!Object.is(e,t),le=(e,...t)=>{for(let n=0;n<e.length;n++)e[n](...t)},ue=(e,t,n,r=!1)=>{Object.defineProperty(e,t,{configurable:!0,enumerable:!1,writable:r,value:n})},de=e=>{let t=parseFloat(e);return isNaN(t)?e:t},fe=e=>{let t=v(e)?Number(e):NaN;return isNaN(t)?e:t},pe,me=()=>pe||=typeof globalThis<`u`?globalThis:typeof self<`u`?self:typeof window<`u`?window:typeof global<`u`?global:{};function he(e){if(p(e)){let t={};for(let n=0;n<e.length;n++){let r=e[n],i=v(r)?ye(r):he(r);if(i)for(let e in i)t[e]=i[e]}return t}if(v(e)||b(e))return e}var ge=/;(?![^(]*\))/g,_e=/:([^]+)/,ve=/"(?:[^"\\]|\\[^])*"|'(?:[^'\\]|\\[^])*'|\\[^]|\/\*[^]*?\*\//g;function ye(e){let t={};return e.replace(ve,e=>e.startsWith(`/*`)?``:e).split(ge).forEach(e=>{if(e){let n=e.split(_e);n.length>1&&(t[n[0].trim()]=n[1].trim())}}),t}function D(e){let t=``;if(v(e))t=e;else if(p(e))for(let n=0;n<e.length;n++){let r=D(e[n]);r&&(t+=r+` `)}else if(b(e))for(let n in e)e[n]&&(t+=n+` `);return t.trim()}var be=n(`itemscope,allowfullscreen,disablepictureinpicture,disableremoteplayback,formnovalidate,ismap,nomodule,novalidate,playsinline,readonly`);function xe(e){return!!e||e===``}function Se(e,t,n){if(e.length!==t.length)return!1;let r=!0;for(let i=0;r&&i<e.length;i++)r=Ee(e[i],t[i],n);return r}function Ce(e,t,n){if(e.size!==t.size)return!1;let r=Array.from(t),i=new Uint8Array(r.length);for(let t of e){let e=-1;for(let a=0;a<r.length;a++)if(!i[a]&&Ee(t,r[a],n)){e=a;break}if(e<0)return!1;i[e]=1}return!0}function we(e,t,n){let r=m(e),i=m(t);if(r||i||(r=h(e),i=h(t),r||i))return r&&i?Ce(e,t,n):!1;if(Object.keys(e).length!==Object.keys(t).length)return!1;for(let r in e){let i=e.hasOwnProperty(r),a=t.hasOwnProperty(r);if(i&&!a||!i&&a||!Ee(e[r],t[r],n))return!1}return String(e)===String(t)}function Te(e,t,n,r){n||=[new Map,new Map];let[i,a]=n;if(i.has(e)||a.has(t))return i.get(e)===t&&a.get(t)===e;i.set(e,t),a.set(t,e);let o=r(e,t,n);return i.delete(e),a.delete(t),o}function Ee(e,t,n){if(e===t)return!0;let r=g(e),i=g(t);return r||i?r&&i?e.getTime()===t.getTime():!1:(r=y(e),i=y(t),r||i?e===t:(r=p(e),i=p(t),r||i?r&&i?Te(e,t,n,Se):!1:(r=b(e),i=b(t),r||i?!r||!i?!1:Te(e,t,n,we):String(e)===String(t))))}var De=e=>!!(e&&e.__v_isRef===!0),O=e=>v(e)?e:e==null?``:p(e)||b(e)&&(e.toString===S||!_(e.toString))?De(e)?O(e.value):JSON.stringify(e,Oe,2):String(e),Oe=(e,t)=>De(t)?Oe(e,t.value):m(t)?{[`Map(${t.size})`]:[...t.entries()].reduce((e,[t,n],r)=>(e[ke(t,r)+` =>`]=n,e),{})}:h(t)?{[`Set(${t.size})`]:[...t.values()].map(e=>ke(e))}:y(t)?ke(t):b(t)&&!p(t)&&!ee(t)?String(t):t,ke=(e,t=``)=>y(e)?`Symbol(${e.description??t})`:e,Ae,je=class{constructor(e=!1){
/**
* @vue/reactivity v3.5.45
* (c) 2018-present Yuxi (Evan) You and Vue contributors
* @license MIT
**/
this.detached=e,this._active=!0,this._on=0,this.effects=[],this.cleanups=[],this._isPaused=!1,this._warnOnRun=!0,this.__v_skip=!0,!e&&Ae&&(Ae.active?(this.parent=Ae,this.index=(Ae.scopes||(Ae.scopes=[])).push(this)-1):(this._active=!1,this._warnOnRun=!1))}get active(){return this._active}pause(){if(this._active){this._isPaused=!0;let e,t;if(this.scopes){let n=this.scopes.slice();for(e=0,t=n.length;e<t;e++)n[e].pause()}for(e=0,t=this.effects.length;e<t;e++)this.effects[e].pause()}}resume(){if(this._active&&this._isPaused){this._isPaused=!1;let e,t;if(this.scopes){let n=this.scopes.slice();for(e=0,t=n.length;e<t;e++)n[e].resume()}let n=this.effects.slice();for(e=0,t=n.length;e<t;e++)n[e].resume()}}run(e){if(this._active){let t=Ae;try{return Ae=this,e()}finally{Ae=t}}}on(){++this._on===1&&(this.prevScope=Ae,Ae=this)}off(){if(this._on>0&&--this._on===0){if(Ae===this)Ae=this.prevScope;else{let e=Ae;for(;e;){if(e.prevScope===this){e.prevScope=this.prevScope;break}e=e.prevScope}}this.prevScope=void 0}}stop(e){if(this._active){this._active=!1;let t,n;for(t=0,n=this.effects.length;t<n;t++)this.effects[t].stop();for(this.effects.length=0,t=0,n=this.cleanups.length;t<n;t++)this.cleanups[t]();if(this.cleanups.length=0,this.scopes){let e=this.scopes.slice();for(t=0,n=e.length;t<n;t++)e[t].stop(!0);this.scopes.length=0}if(!this.detached&&this.parent&&!e){let e=this.parent.scopes.pop();e&&e!==this&&(this.parent.scopes[this.index]=e,e.index=this.index)}this.parent=void 0}}};function Me(){return Ae}var k,Ne=new WeakSet,Pe=class{constructor(e){this.fn=e,this.deps=void 0,this.depsTail=void 0,this.flags=5,this.next=void 0,this.cleanup=void 0,this.scheduler=void 0,Ae&&(Ae.active?Ae.effects.push(this):this.flags&=-2)}pause(){this.flags|=64}resume(){this.flags&64&&(this.flags&=-65,Ne.has(this)&&(Ne.delete(this),this.trigger()))}notify(){this.flags&2&&!(this.flags&32)||this.flags&8||Re(this)}run(){if(!(this.flags&1))return this.fn();this.flags|=2,Ze(this),Ve(this);let e=k,t=qe;k=this,qe=!0;try{return this.fn()}finally{He(this),k=e,qe=t,this.flags&=-3}}stop(){if(this.flags&1){for(let e=this.deps;e;e=e.nextDep)Ge(e);this.deps=this.depsTail=void 0,Ze(this),this.onStop&&this.onStop(),this.flags&=-2}}trigger(){this.flags&64?Ne.add(this):this.scheduler?this.scheduler():this.runIfDirty()}runIfDirty(){Ue(this)&&this.run()}get dirty(){return Ue(this)}},Fe=0,Ie,Le;function Re(e,t=!1){e.flags|=8,t?(e.next=Le,Le=e):(e.next=Ie,Ie=e)}function ze(){Fe++}function Be(){if(--Fe>0)return;if(Le){let e=Le;for(Le=void 0;e;){let t=e.next;e.next=void 0,e.flags&=-9,e=t}}let e;for(;Ie;){let t=Ie;for(Ie=void 0;t;){let n=t.next;if(t.next=void 0,t.flags&=-9,t.flags&1)try{t.trigger()}catch(t){e||=t}t=n}}if(e)throw e}function Ve(e){for(let t=e.deps;t;t=t.nextDep)t.version=-1,t.prevActiveLink=t.dep.activeLink,t.dep.activeLink=t}function He(e){let t,n=e.depsTail,r=n;for(;r;){let e=r.prevDep;r.version===-1?(r===n&&(n=e),Ge(r),Ke(r)):t=r,r.dep.activeLink=r.prevActiveLink,r.prevActiveLink=void 0,r=e}e.deps=t,e.depsTail=n}function Ue(e){for(let t=e.deps;t;t=t.nextDep)if(t.dep.version!==t.version||t.dep.computed&&(We(t.dep.computed)||t.dep.version!==t.version))return!0;return!!e._dirty}function We(e){if(e.flags&4&&!(e.flags&16)||(e.flags&=-17,e.globalVersion===Qe)||(e.globalVersion=Qe,!e.isSSR&&e.flags&128&&(!e.deps&&!e._dirty||!Ue(e))))return;e.flags|=2;let t=e.dep,n=k,r=qe;k=e,qe=!0;try{Ve(e);let n=e.fn(e._value);(t.version===0||E(n,e._value))&&(e.flags|=128,e._value=n,t.version++)}catch(e){throw t.version++,e}finally{k=n,qe=r,He(e),e.flags&=-3}}function Ge(e,t=!1){let{dep:n,prevSub:r,nextSub:i}=e;if(r&&(r.nextSub=i,e.prevSub=void 0),i&&(i.prevSub=r,e.nextSub=void 0),n.subs===e&&(n.subs=r,!r&&n.computed)){n.computed.flags&=-5;for(let e=n.computed.deps;e;e=e.nextDep)Ge(e,!0)}!t&&!--n.sc&&n.map&&n.map.delete(n.key)}function Ke(e){let{prevDep:t,nextDep:n}=e;t&&(t.nextDep=n,e.prevDep=void 0),n&&(n.prevDep=t,e.nextDep=void 0)}var qe=!0,Je=[];function Ye(){Je.push(qe),qe=!1}function Xe(){let e=Je.pop();qe=e===void 0||e}function Ze(e){let{cleanup:t}=e;if(e.cleanup=void 0,t){let e=k;k=void 0;try{t()}finally{k=e}}}var Qe=0,$e=class{constructor(e,t){this.sub=e,this.dep=t,this.version=t.version,this.nextDep=this.prevDep=this.nextSub=this.prevSub=this.prevActiveLink=void 0}},et=class{constructor(e){this.computed=e,this.version=0,this.activeLink=void 0,this.subs=void 0,this.map=void 0,this.key=void 0,this.sc=0,this.__v_skip=!0}track(e){if(!k||!qe||k===this.computed)return;let t=this.activeLink;if(t===void 0||t.sub!==k)t=this.activeLink=new $e(k,this),k.deps?(t.prevDep=k.depsTail,k.depsTail.nextDep=t,k.depsTail=t):k.deps=k.depsTail=t,tt(t);else if(t.version===-1&&(t.version=this.version,t.nextDep)){let e=t.nextDep;e.prevDep=t.prevDep,t.prevDep&&(t.prevDep.nextDep=e),t.prevDep=k.depsTail,t.nextDep=void 0,k.depsTail.nextDep=t,k.depsTail=t,k.deps===t&&(k.deps=e)}return t}trigger(e){this.version++,Qe++,this.notify(e)}notify(e){ze();try{for(let e=this.subs;e;e=e.prevSub)e.sub.notify()&&e.sub.dep.notify()}finally{Be()}}};function tt(e){if(e.dep.sc++,e.sub.flags&4){let t=e.dep.computed;if(t&&!e.dep.subs){t.flags|=20;for(let e=t.deps;e;e=e.nextDep)tt(e)}let n=e.dep.subs;n!==e&&(e.prevSub=n,n&&(n.nextSub=e)),e.dep.subs=e}}var nt=new WeakMap,rt=Symbol(``),it=Symbol(``),at=Symbol(``);function ot(e,t,n){if(qe&&k){let t=nt.get(e);t||nt.set(e,t=new Map);let r=t.get(n);r||(t.set(n,r=new et),r.map=t,r.key=n),r.track()}}function st(e,t,n,r,i,a){let o=nt.get(e);if(!o){Qe++;return}let s=e=>{e&&e.trigger()};if(ze(),t===`clear`)o.forEach(s);else{let i=p(e),a=i&&te(n);if(i&&n===`length`){let e=Number(r);o.forEach((t,n)=>{(n===`length`||n===at||!y(n)&&n>=e)&&s(t)})}else switch((n!==void 0||o.has(void 0))&&s(o.get(n)),a&&s(o.get(at)),t){case`add`:i?a&&s(o.get(`length`)):(s(o.get(rt)),m(e)&&s(o.get(it)));break;case`delete`:i||(s(o.get(rt)),m(e)&&s(o.get(it)));break;case`set`:m(e)&&s(o.get(rt))}}Be()}function ct(e){let t=A(e);return t===e||(ot(t,`iterate`,at),Jt(e))?t:qt(e)?Kt(e)?t.map(e=>Qt(Zt(e))):t.map(Qt):t.map(Zt)}function lt(e){return ot(e=A(e),`iterate`,at),e}function ut(e,t){return qt(e)?Qt(Kt(e)?Zt(t):t):Zt(t)}var dt={__proto__:null,[Symbol.iterator](){return ft(this,Symbol.iterator,e=>ut(this,e))},concat(...e){return ct(this).concat(...e.map(e=>p(e)?ct(e):e))},entries(){return ft(this,`entries`,e=>(e[1]=ut(this,e[1]),e))},every(e,t){return ht(this,`every`,e,t,void 0,arguments)},filter(e,t){return ht(this,`filter`,e,t,e=>e.map(e=>ut(this,e)),arguments)},find(e,t){return ht(this,`find`,e,t,e=>ut(this,e),arguments)},findIndex(e,t){return ht(this,`findIndex`,e,t,void 0,arguments)},findLast(e,t){return ht(this,`findLast`,e,t,e=>ut(this,e),arguments)},findLastIndex(e,t){return ht(this,`findLastIndex`,e,t,void 0,arguments)},forEach(e,t){return ht(this,`forEach`,e,t,void 0,arguments)},includes(...e){return _t(this,`includes`,e)},indexOf(...e){return _t(this,`indexOf`,e)},join(e){return ct(this).join(e)},lastIndexOf(...e){return _t(this,`lastIndexOf`,e)},map(e,t){return ht(this,`map`,e,t,void 0,arguments)},pop(){return vt(this,`pop`)},push(...e){return vt(this,`push`,e)},reduce(e,...t){return gt(this,`reduce`,e,t)},reduceRight(e,...t){return gt(this,`reduceRight`,e,t)},shift(){return vt(this,`shift`)},some(e,t){return ht(this,`some`,e,t,void 0,arguments)},splice(...e){return vt(this,`splice`,e)},toReversed(){return ct(this).toReversed()},toSorted(e){return ct(this).toSorted(e)},toSpliced(...e){return ct(this).toSpliced(...e)},unshift(...e){return vt(this,`unshift`,e)},values(){return ft(this,`values`,e=>ut(this,e))}};function ft(e,t,n){let r=lt(e),i=r[t],a=i.call(r);if(r!==e&&!Jt(e)){if(a[Symbol.toStringTag]===`Array Iterator`){let e=Object.create(Object.getPrototypeOf(a));return e.next=()=>pt(a.next(),n),i!==mt[t]&&Object.defineProperties(e,{return:{get(){let e=a.return;return typeof e==`function`?e.bind(a):e}},throw:{get(){let e=a.throw;return typeof e==`function`?e.bind(a):e}}}),e}a._next=a.next,a.next=()=>pt(a._next(),n)}return a}function pt(e,t){return e.done||(e.value=t(e.value)),e}var mt=Array.prototype;function ht(e,t,n,r,i,a){let o=lt(e),s=o!==e&&!Jt(e),c=o[t];if(c!==mt[t]){let t=c.apply(e,a);return s?Zt(t):t}let l=n;o!==e&&(s?l=function(t,r){return n.call(this,ut(e,t),r,e)}:n.length>2&&(l=function(t,r){return n.call(this,t,r,e)}));let u=c.call(o,l,r);return s&&i?i(u):u}function gt(e,t,n,r){let i=lt(e),a=i!==e&&!Jt(e),o=n,s=!1;i!==e&&(a?(s=r.length===0,o=function(t,r,i){return s&&(s=!1,t=ut(e,t)),n.call(this,t,ut(e,r),i,e)}):n.length>3&&(o=function(t,r,i){return n.call(this,t,r,i,e)}));let c=i[t](o,...r);return s?ut(e,c):c}function _t(e,t,n){let r=A(e);ot(r,`iterate`,at);let i=r[t](...n);return(i===-1||i===!1)&&Yt(n[0])?(n[0]=A(n[0]),r[t](...n)):i}function vt(e,t,n=[]){Ye(),ze();let r=A(e)[t].apply(e,n);return Be(),Xe(),r}var yt=n(`__proto__,__v_isRef,__isVue`),bt=new Set(Object.getOwnPropertyNames(Symbol).filter(e=>e!==`arguments`&&e!==`caller`).map(e=>Symbol[e]).filter(y));function xt(e){y(e)||(e=String(e));let t=A(this);return ot(t,`has`,e),t.hasOwnProperty(e)}var St=class{constructor(e=!1,t=!1){this._isReadonly=e,this._isShallow=t}get(e,t,n){if(t===`__v_skip`)return e.__v_skip;let r=this._isReadonly,i=this._isShallow;if(t===`__v_isReactive`)return!r;if(t===`__v_isReadonly`)return r;if(t===`__v_isShallow`)return i;if(t===`__v_raw`)return n===(r?i?Bt:zt:i?Rt:Lt).get(e)||Object.getPrototypeOf(e)===Object.getPrototypeOf(n)?e:void 0;let a=p(e);if(!r){let e;if(a&&(e=dt[t]))return e;if(t===`hasOwnProperty`)return xt}let o=Reflect.get(e,t,$t(e)?e:n);if((y(t)?bt.has(t):yt(t))||(r||ot(e,`get`,t),i))return o;if($t(o)){let e=a&&te(t)?o:o.value;return r&&b(e)?Wt(e):e}return b(o)?r?Wt(o):Ht(o):o}},Ct=class extends St{constructor(e=!1){super(!1,e)}set(e,t,n,r){let i=e[t],a=p(e)&&te(t);if(!this._isShallow){let e=qt(i);if(!Jt(n)&&!qt(n)&&(i=A(i),n=A(n)),!a&&$t(i)&&!$t(n))return e||(i.value=n),!0}let o=a?Number(t)<e.length:f(e,t),s=Reflect.set(e,t,n,$t(e)?e:r);return e===A(r)&&s&&(o?E(n,i)&&st(e,`set`,t,n,i):st(e,`add`,t,n)),s}deleteProperty(e,t){let n=f(e,t),r=e[t],i=Reflect.deleteProperty(e,t);return i&&n&&st(e,`delete`,t,void 0,r),i}has(e,t){let n=Reflect.has(e,t);return y(t)&&bt.has(t)||ot(e,`has`,t),n}ownKeys(e){return ot(e,`iterate`,p(e)?`length`:rt),Reflect.ownKeys(e)}},wt=class extends St{constructor(e=!1){super(!0,e)}set(e,t){return!0}deleteProperty(e,t){return!0}},Tt=new Ct,Et=new wt,Dt=new Ct(!0),Ot=e=>e,kt=e=>Reflect.getPrototypeOf(e);function At(e,t,n){return function(...r){let i=this.__v_raw,a=A(i),o=m(a),s=e===`entries`||e===Symbol.iterator&&o,c=e===`keys`&&o,u=i[e](...r),d=n?Ot:t?Qt:Zt;return!t&&ot(a,`iterate`,c?it:rt),l(Object.create(u),{next(){let{value:e,done:t}=u.next();return t?{value:e,done:t}:{value:s?[d(e[0]),d(e[1])]:d(e),done:t}}})}}function jt(e){return function(...t){return e===`delete`?!1:e===`clear`?void 0:this}}function Mt(e,t){let n={get(n){let r=this.__v_raw,i=A(r),a=A(n);e||(E(n,a)&&ot(i,`get`,n),ot(i,`get`,a));let{has:o}=kt(i),s=t?Ot:e?Qt:Zt;if(o.call(i,n))return s(r.get(n));if(o.call(i,a))return s(r.get(a));r!==i&&r.get(n)},get size(){let t=this.__v_raw;return!e&&ot(A(t),`iterate`,rt),t.size},has(t){let n=this.__v_raw,r=A(n),i=A(t);return e||(E(t,i)&&ot(r,`has`,t),ot(r,`has`,i)),t===i?n.has(t):n.has(t)||n.has(i)},forEach(n,r){let i=this,a=i.__v_raw,o=A(a),s=t?Ot:e?Qt:Zt;return!e&&ot(o,`iterate`,rt),a.forEach((e,t)=>n.call(r,s(e),s(t),i))}};return l(n,e?{add:jt(`add`),set:jt(`set`),delete:jt(`delete`),clear:jt(`clear`)}:{add(e){let n=A(this),r=kt(n),i=A(e),a=!t&&!Jt(e)&&!qt(e)?i:e;return r.has.call(n,a)||E(e,a)&&r.has.call(n,e)||E(i,a)&&r.has.call(n,i)||(n.add(a),st(n,`add`,a,a)),this},set(e,n){t||Jt(n)||qt(n)||(n=A(n));let r=A(this),{has:i,get:a}=kt(r),o=i.call(r,e);o||=(e=A(e),i.call(r,e));let s=a.call(r,e);return r.set(e,n),o?E(n,s)&&st(r,`set`,e,n,s):st(r,`add`,e,n),this},delete(e){let t=A(this),{has:n,get:r}=kt(t),i=n.call(t,e);i||=(e=A(e),n.call(t,e));let a=r?r.call(t,e):void 0,o=t.delete(e);return i&&st(t,`delete`,e,void 0,a),o},clear(){let e=A(this),t=e.size!==0,n=e.clear();return t&&st(e,`clear`,void 0,void 0,void 0),n}}),[`keys`,`values`,`entries`,Symbol.iterator].forEach(r=>{n[r]=At(r,e,t)}),n}function Nt(e,t){let n=Mt(e,t);return(r,i,a)=>i===`__v_isReactive`?!e:i===`__v_isReadonly`?e:i===`__v_isShallow`?t:i===`__v_raw`?r:Reflect.get(f(n,i)&&i in r?n:r,i,a)}var Pt={get:Nt(!1,!1)},Ft={get:Nt(!1,!0)},It={get:Nt(!0,!1)},Lt=new WeakMap,Rt=new WeakMap,zt=new WeakMap,Bt=new WeakMap;function Vt(e){switch(e){case`Object`:case`Array`:return 1;case`Map`:case`Set`:case`WeakMap`:case`WeakSet`:return 2;default:return 0}}function Ht(e){return qt(e)?e:Gt(e,!1,Tt,Pt,Lt)}function Ut(e){return Gt(e,!1,Dt,Ft,Rt)}function Wt(e){return Gt(e,!0,Et,It,zt)}function Gt(e,t,n,r,i){if(!b(e)||e.__v_raw&&!(t&&e.__v_isReactive)||e.__v_skip||!Object.isExtensible(e))return e;let a=i.get(e);if(a)return a;let o=Vt(w(e));if(o===0)return e;let s=new Proxy(e,o===2?r:n);return i.set(e,s),s}function Kt(e){return qt(e)?Kt(e.__v_raw):!!(e&&e.__v_isReactive)}function qt(e){return!!(e&&e.__v_isReadonly)}function Jt(e){return!!(e&&e.__v_isShallow)}function Yt(e){return e?!!e.__v_raw:!1}function A(e){let t=e&&e.__v_raw;return t?A(t):e}function Xt(e){return!f(e,`__v_skip`)&&Object.isExtensible(e)&&ue(e,`__v_skip`,!0),e}var Zt=e=>b(e)?Ht(e):e,Qt=e=>b(e)?Wt(e):e;function $t(e){return e?e.__v_isRef===!0:!1}function en(e){return tn(e,!1)}function tn(e,t){return $t(e)?e:new nn(e,t)}var nn=class{constructor(e,t){this.dep=new et,this.__v_isRef=!0,this.__v_isShallow=!1,this._rawValue=t?e:A(e),this._value=t?e:Zt(e),this.__v_isShallow=t}get value(){return this.dep.track(),this._value}set value(e){let t=this._rawValue,n=this.__v_isShallow||Jt(e)||qt(e);e=n?e:A(e),E(e,t)&&(this._rawValue=e,this._value=n?e:Zt(e),this.dep.trigger())}};function j(e){return $t(e)?e.value:e}var rn={get:(e,t,n)=>t===`__v_raw`?e:j(Reflect.get(e,t,n)),set:(e,t,n,r)=>{let i=e[t];return $t(i)&&!$t(n)?(i.value=n,!0):Reflect.set(e,t,n,r)}};function an(e){return Kt(e)?e:new Proxy(e,rn)}var on=class{constructor(e,t,n){this.fn=e,this.setter=t,this._value=void 0,this.dep=new et(this),this.__v_isRef=!0,this.deps=void 0,this.depsTail=void 0,this.flags=16,this.globalVersion=Qe-1,this.next=void 0,this.effect=this,this.__v_isReadonly=!t,this.isSSR=n}notify(){if(this.flags|=16,!(this.flags&8)&&k!==this)return Re(this,!0),!0}get value(){let e=this.dep.track();return We(this),e&&(e.version=this.dep.version),this._value}set value(e){this.setter&&this.setter(e)}};function sn(e,t,n=!1){let r,i;return _(e)?r=e:(r=e.get,i=e.set),new on(r,i,n)}var cn={},ln=new WeakMap,un=void 0;function dn(e,t=!1,n=un){if(n){let t=ln.get(n);t||ln.set(n,t=[]),t.push(e)}}function fn(e,t,n=r){let{immediate:i,deep:o,once:s,scheduler:c,augmentJob:l,call:d}=n,f=e=>o?e:Jt(e)||o===!1||o===0?pn(e,1):pn(e),m,h,g,v,y=!1,b=!1;if($t(e)?(h=()=>e.value,y=Jt(e)):Kt(e)?(h=()=>f(e),y=!0):p(e)?(b=!0,y=e.some(e=>Kt(e)||Jt(e)),h=()=>e.map(e=>{if($t(e))return e.value;if(Kt(e))return f(e);if(_(e))return d?d(e,2):e()})):h=_(e)?t?d?()=>d(e,2):e:()=>{if(g){Ye();try{g()}finally{Xe()}}let t=un;un=m;try{return d?d(e,3,[v]):e(v)}finally{un=t}}:a,t&&o){let e=h,t=o===!0?1/0:o;h=()=>pn(e(),t)}let x=Me(),S=()=>{m.stop(),x&&x.active&&u(x.effects,m)};if(s&&t){let e=t;t=(...t)=>{try{return e(...t)}finally{S()}}}let C=b?Array(e.length).fill(cn):cn,w=e=>{if(m.flags&1&&(m.dirty||e)){if(t){let n=m.run();if(e||o||y||(b?n.some((e,t)=>E(e,C[t])):E(n,C))){let e=un;Ye();try{g&&g(),un=m;let e=[n,C===cn?void 0:b&&C[0]===cn?[]:C,v];C=n,d?d(t,3,e):t(...e)}finally{un=e,Xe()}}}else m.run()}};return l&&l(w),m=new Pe(h),m.scheduler=c?()=>c(w,!1):w,v=e=>dn(e,!1,m),g=m.onStop=()=>{let e=ln.get(m);if(e){if(d)d(e,4);else for(let t of e)t();ln.delete(m)}},t?i?w(!0):C=m.run():c?c(w.bind(null,!0),!0):m.run(),S.pause=m.pause.bind(m),S.resume=m.resume.bind(m),S.stop=S,S}function pn(e,t=1/0,n){if(t<=0||!b(e)||e.__v_skip||(n||=new Map,(n.get(e)||0)>=t))return e;if(n.set(e,t),t--,$t(e))pn(e.value,t,n);else if(p(e))for(let r=0;r<e.length;r++)pn(e[r],t,n);else if(h(e)||m(e))e.forEach(e=>{pn(e,t,n)});else if(ee(e)){for(let r in e)pn(e[r],t,n);for(let r of Object.getOwnPropertySymbols(e))Object.prototype.propertyIsEnumerable.call(e,r)&&pn(e[r],t,n)}return e}
/**
* @vue/runtime-core v3.5.45
* (c) 2018-present Yuxi (Evan) You and Vue contributors
* @license MIT
**/
function mn(e,t,n,r){try{return r?e(...r):e()}catch(e){gn(e,t,n)}}function hn(e,t,n,r){if(_(e)){let i=mn(e,t,n,r);return i&&x(i)&&i.catch(e=>{gn(e,t,n,void 0,!0)}),i}if(p(e)){let i=[];for(let a=0;a<e.length;a++)i.push(hn(e[a],t,n,r));return i}}function gn(e,t,n,i=!0,a=!1){let o=t?t.vnode:null,{errorHandler:s,throwUnhandledErrorInProduction:c}=t&&t.appContext.config||r;if(t){let r=t.parent,i=t.proxy,o=`https://vuejs.org/error-reference/#runtime-${n}`;for(;r;){let t=r.ec;if(t&&!r.isUnmounted&&(!a||r.scope.active)){for(let n=0;n<t.length;n++)if(t[n](e,i,o)===!1)return}r=r.parent}if(s){Ye(),mn(s,null,10,[e,i,o]),Xe();return}}_n(e,n,o,i,c)}function _n(e,t,n,r=!0,i=!1){if(i)throw e;console.error(e)}var vn=[],yn=-1,bn=[],xn=null,Sn=0,Cn=Promise.resolve(),wn=null;function Tn(e){let t=wn||Cn;return e?t.then(this?e.bind(this):e):t}function En(e){let t=yn+1,n=vn.length;for(;t<n;){let r=t+n>>>1,i=vn[r],a=Pn(i);a<e||a===e&&i.flags&2?t=r+1:n=r}return t}function Dn(e){if(!(e.flags&1)){let t=Pn(e),n=vn[vn.length-1];!n||!(e.flags&2)&&t>=Pn(n)?vn.push(e):vn.splice(En(t),0,e),e.flags|=1,On()}}function On(){wn||=Cn.then(Fn)}function kn(e){if(!p(e))xn&&e.id===-1?xn.splice(Sn+1,0,e):e.flags&1||(bn.push(e),e.flags|=1);else for(let t=0;t<e.length;t++)bn.push(e[t]);On()}function An(e,t,n,r=yn+1){for(;r<vn.length;r++){let n=vn[r];if(n&&n.flags&2){if(e&&n.id!==e.uid||t!==void 0&&!(n.id>=t))continue;vn.splice(r,1),r=e?r-1:yn,n.flags&4&&(n.flags&=-2),n(),n.flags&4||(n.flags&=-2)}}}function jn(e,t,n=0){if(bn.length){let e=bn,r=0;if(t){e=[];for(let i=0;i<bn.length;i++){let a=bn[i];(a.i===void 0?t.has(a):!a.i||a.i.uid<n)?bn[r++]=a:e.push(a)}}let i=[...new Set(e)].sort((e,t)=>Pn(e)-Pn(t));if(bn.length=r,xn){for(let e=0;e<i.length;e++)xn.push(i[e]);return}for(xn=i,Sn=0;Sn<xn.length;Sn++){let e=xn[Sn];e.flags&4&&(e.flags&=-2),e.flags&8||e(),e.flags&=-2}xn=null,Sn=0}}var Mn=!1;function Nn(e,t){if(Mn){e();return}let n=t===void 0?void 0:new Set(bn);e(),Mn=!0;try{An(void 0,t),jn(void 0,n,t)}finally{Mn=!1}}var Pn=e=>e.id==null?e.flags&2?-1:1/0:e.id;function Fn(e){try{for(yn=0;yn<vn.length;yn++){let e=vn[yn];e&&!(e.flags&8)&&(e.flags&4&&(e.flags&=-2),mn(e,e.i,e.i?15:14),e.flags&4||(e.flags&=-2))}}finally{for(;yn<vn.length;yn++){let e=vn[yn];e&&(e.flags&=-2)}yn=-1,vn.length=0,jn(e),wn=null,(vn.length||bn.length)&&Fn(e)}}var In=null,Ln=null;function Rn(e){let t=In;return In=e,Ln=e&&e.type.__scopeId||null,t}function zn(e,t=In,n){if(!t||e._n)return e;let r=(...n)=>{r._d&&Da(-1);let i=Rn(t),a=Ca.length,o;try{o=e(...n)}finally{for(let e=Ca.length;e>a;e--)Ta();Rn(i),r._d&&Da(1)}return o};return r._n=!0,r._c=!0,r._d=!0,r}function Bn(e,t){if(In===null)return e;let n=ao(In),i=e.dirs||=[];for(let e=0;e<t.length;e++){let[a,o,s,c=r]=t[e];a&&(_(a)&&(a={mounted:a,updated:a}),a.deep&&pn(o),i.push({dir:a,instance:n,value:o,oldValue:void 0,arg:s,modifiers:c}))}return e}function Vn(e,t,n,r){let i=e;if(r===`beforeMount`)e._mount=e;else if(r===`beforeUpdate`){let n=t&&t._mount;n&&(n._latest=e,e._mount=n)}else if(r===`mounted`){let t=e._latest;e._mount=e._latest=void 0,t&&(i=t,t._mount=void 0)}let a=i.dirs,o=t&&t.dirs;for(let s=0;s<a.length;s++){let c=a[s];o?c.oldValue=o[s].value:r===`mounted`&&c.oldValue!==void 0&&(c=l({},c,{oldValue:void 0}));let u=c.dir[r];u&&(Ye(),hn(u,n,8,[e.el,c,i,t]),Xe())}}function Hn(e,t){if(Wa){let n=Wa.provides,r=Wa.parent&&Wa.parent.provides;r===n&&(n=Wa.provides=Object.create(r)),n[e]=t}}function Un(e,t,n=!1){let r=Ga();if(r||Oi){let i=Oi?Oi._context.provides:r?r.parent==null||r.ce?r.vnode.appContext&&r.vnode.appContext.provides:r.parent.provides:void 0;if(i&&e in i)return i[e];if(arguments.length>1)return n&&_(t)?t.call(r&&r.proxy):t}}var Wn=Symbol.for(`v-scx`),Gn=()=>Un(Wn);function Kn(e,t,n){return qn(e,t,n)}function qn(e,t,n=r){let{immediate:i,deep:o,flush:s,once:c}=n,u=l({},n),d=t&&i||!t&&s!==`post`,f;if(Za){if(s===`sync`){let e=Gn();f=e.__watcherHandles||=[]}else if(!d){let e=()=>{};return e.stop=a,e.resume=a,e.pause=a,e}}let p=Wa;u.call=(e,t,n)=>hn(e,p,t,n);let m=!1;s===`post`?u.scheduler=e=>{e.i=p,oa(e,p&&p.suspense)}:s!==`sync`&&(m=!0,u.scheduler=(e,t)=>{t?e():Dn(e)}),u.augmentJob=e=>{t&&(e.flags|=4),m&&(e.flags|=2,p&&(e.id=p.uid,e.i=p))};let h=fn(e,t,u);return Za&&(f?f.push(h):d&&h()),h}function Jn(e,t,n){let r=this.proxy,i=v(e)?e.includes(`.`)?Yn(r,e):()=>r[e]:e.bind(r,r),a;_(t)?a=t:(a=t.handler,n=t);let o=Ja(this),s=qn(i,a.bind(r),n);return o(),s}function Yn(e,t){let n=t.split(`.`);return()=>{let t=e;for(let e=0;e<n.length&&t;e++)t=t[n[e]];return t}}var Xn=new WeakMap,Zn=Symbol(`_vte`),Qn=e=>e.__isTeleport,$n=e=>e&&(e.disabled||e.disabled===``),er=e=>e&&(e.defer||e.defer===``),tr=e=>typeof SVGElement<`u`&&e instanceof SVGElement,nr=e=>typeof MathMLElement==`function`&&e instanceof MathMLElement,rr=(e,t)=>{let n=e&&e.to;return v(n)?t?t(n):null:n},ir={name:`Teleport`,__isTeleport:!0,process(e,t,n,r,i,a,o,s,c,l){let{mc:u,pc:d,pbc:f,o:{insert:p,querySelector:m,createText:h,createComment:g,parentNode:_}}=l,v=$n(t.props),{dynamicChildren:y}=t,b=(e,t,n)=>{e.shapeFlag&16&&u(e.children,t,n,i,a,o,s,c)},x=(e=t)=>{let n=$n(e.props),r=e.target=rr(e.props,m),a=lr(r,e,h,p);r&&(o!==`svg`&&tr(r)?o=`svg`:o!==`mathml`&&nr(r)&&(o=`mathml`),i&&i.isCE&&(i.ce._teleportTargets||(i.ce._teleportTargets=new Set)).add(r),n||(b(e,r,a),cr(e,!1)))},S=e=>{let t=()=>{if(Xn.get(e)===t){if(Xn.delete(e),$n(e.props)){let t=_(e.el)||n;b(e,t,e.anchor),cr(e,!0)}x(e)}};Xn.set(e,t),oa(t,a)};if(e==null){let e=t.el=h(``),i=t.anchor=h(``);if(p(e,n,r),p(i,n,r),er(t.props)||a&&a.pendingBranch){S(t);return}v&&(b(t,n,i),cr(t,!0)),x()}else{t.el=e.el;let r=t.anchor=e.anchor,u=Xn.get(e);if(u){u.flags|=8,Xn.delete(e),S(t);return}t.targetStart=e.targetStart;let p=t.target=e.target,h=t.targetAnchor=e.targetAnchor,g=$n(e.props),_=g?n:p,b=g?r:h;if(o===`svg`||tr(p)?o=`svg`:(o===`mathml`||nr(p))&&(o=`mathml`),y?(f(e.dynamicChildren,y,_,i,a,o,s),fa(e,t,!0)):c||d(e,t,_,b,i,a,o,s,!1),v)g?t.props&&e.props&&t.props.to!==e.props.to&&(t.props.to=e.props.to):ar(t,n,r,l,1);else if((t.props&&t.props.to)!==(e.props&&e.props.to)){let e=rr(t.props,m);e&&(t.target=e,ar(t,e,null,l,0))}else g&&ar(t,p,h,l,1);cr(t,v)}},remove(e,t,n,{um:r,o:{remove:i}},a){let{shapeFlag:o,children:s,anchor:c,targetStart:l,targetAnchor:u,target:d,props:f}=e,p=$n(f),m=a||!p,h=Xn.get(e);if(h&&(h.flags|=8,Xn.delete(e)),d&&(i(l),i(u)),a&&i(c),!h&&(p||d)&&o&16)for(let e=0;e<s.length;e++){let i=s[e];r(i,t,n,m,!!i.dynamicChildren)}},move:ar,hydrate:or};function ar(e,t,n,{o:{insert:r},m:i},a=2){a===0&&(e.targetStart&&r(e.targetStart,t,n),r(e.targetAnchor,t,n),n=e.targetAnchor);let{el:o,anchor:s,shapeFlag:c,children:l,props:u}=e,d=a===2;if(d&&r(o,t,n),!Xn.has(e)&&(!d||$n(u))&&c&16)for(let e=0;e<l.length;e++)i(l[e],t,n,2);d&&r(s,t,n)}function or(e,t,n,r,i,a,{o:{nextSibling:o,parentNode:s,querySelector:c,insert:l,createText:u}},d){function f(e,n){let r=n;for(;r;){if(r&&r.nodeType===8){if(r.data===`teleport start anchor`)t.targetStart=r;else if(r.data===`teleport anchor`){t.targetAnchor=r,e._lpa=t.targetAnchor&&o(t.targetAnchor);break}}r=o(r)}}function p(e,t){t.anchor=d(o(e),t,s(e),n,r,i,a)}let m=t.target=rr(t.props,c),h=$n(t.props);if(m){let c=m._lpa||m.firstChild;t.shapeFlag&16&&(h?(p(e,t),f(m,c),t.targetAnchor||lr(m,t,u,l,s(e)===m?e:null)):(t.anchor=o(e),f(m,c),t.targetAnchor||lr(m,t,u,l),d(c&&o(c),t,m,n,r,i,a))),cr(t,h)}else h&&t.shapeFlag&16&&(p(e,t),t.targetStart=e,t.targetAnchor=o(e));return t.anchor&&o(t.anchor)}var sr=ir;function cr(e,t){let n=e.ctx;if(n&&n.ut){let r,i;for(t?(r=e.el,i=e.anchor):(r=e.targetStart,i=e.targetAnchor);r&&r!==i;)r.nodeType===1&&r.setAttribute(`data-v-owner`,n.uid),r=r.nextSibling;n.ut()}}function lr(e,t,n,r,i=null){let a=t.targetStart=n(``),o=t.targetAnchor=n(``);return a[Zn]=o,e&&(r(a,e,i),r(o,e,i)),o}var ur=Symbol(`_leaveCb`),dr=Symbol(`_enterCb`);function fr(){let e={isMounted:!1,isLeaving:!1,isUnmounting:!1,leavingVNodes:new Map};return Br(()=>{e.isMounted=!0}),Ur(()=>{e.isUnmounting=!0}),e}var pr=[Function,Array],mr={mode:String,appear:Boolean,persisted:Boolean,onBeforeEnter:pr,onEnter:pr,onAfterEnter:pr,onEnterCancelled:pr,onBeforeLeave:pr,onLeave:pr,onAfterLeave:pr,onLeaveCancelled:pr,onBeforeAppear:pr,onAppear:pr,onAfterAppear:pr,onAppearCancelled:pr},hr={name:`BaseTransition`,props:mr,setup(e,{slots:t}){let n=Ga(),r=fr();return()=>{let i=t.default&&Cr(t.default(),!0),a=i&&i.length?gr(i):n.subTree?B():void 0;if(!a)return;let o=A(e),{mode:s}=o;if(r.isLeaving)return br(a);let c=xr(a);if(!c)return br(a);let l=yr(c,o,r,n);c.type!==xa&&Sr(c,l);let u=n.subTree&&xr(n.subTree);if(u&&u.type!==xa&&!Aa(u,c)&&wr(n.subTree)){let e=yr(u,o,r,n);if(Sr(u,e),s===`out-in`&&c.type!==xa)return r.isLeaving=!0,e.afterLeave=()=>{if(r.isLeaving=!1,!(n.job.flags&8)){if(n.effect.flags&2){let e=()=>{n.job.flags&8||n.update()};e.i=n,Dn(e)}else n.update()}delete e.afterLeave,u=void 0},br(a);s===`in-out`&&c.type!==xa?e.delayLeave=(e,t,n)=>{let i=vr(r,u);i[String(u.key)]=u,e[ur]=()=>{t(),e[ur]=void 0,delete l.delayedLeave,u=void 0},l.delayedLeave=()=>{n(),delete l.delayedLeave,u=void 0}}:u=void 0}else u&&=void 0;return a}}};function gr(e){let t=e[0];if(e.length>1){for(let n of e)if(n.type!==xa){t=n;break}}return t}var _r=hr;function vr(e,t){let{leavingVNodes:n}=e,r=n.get(t.type);return r||(r=Object.create(null),n.set(t.type,r)),r}function yr(e,t,n,r){let{appear:i,mode:a,persisted:o=!1,onBeforeEnter:s,onEnter:c,onAfterEnter:l,onEnterCancelled:u,onBeforeLeave:d,onLeave:f,onAfterLeave:m,onLeaveCancelled:h,onBeforeAppear:g,onAppear:_,onAfterAppear:v,onAppearCancelled:y}=t,b=String(e.key),x=vr(n,e),S=(e,t)=>{e&&hn(e,r,9,t)},C=(e,t)=>{let n=t[1];S(e,t),p(e)?e.every(e=>e.length<=1)&&n():e.length<=1&&n()},w={mode:a,persisted:o,beforeEnter(t){let r=s;if(!n.isMounted){if(i)r=g||s;else return}t[ur]&&t[ur](!0);let a=x[b];if(a&&Aa(e,a)){let e=a.el[ur];if(!e){let t=wr(a);e=t&&t.el[ur]}e&&e()}S(r,[t])},enter(t){if(x[b]===e)return;let r=c,a=l,o=u;if(!n.isMounted){if(i)r=_||c,a=v||l,o=y||u;else return}let s=!1;t[dr]=e=>{s||(s=!0,S(e?o:a,[t]),w.delayedLeave&&w.delayedLeave(),t[dr]=void 0)};let d=t[dr].bind(null,!1);r?C(r,[t,d]):d()},leave(t,r){let i=String(e.key);if(t[dr]&&t[dr](!0),n.isUnmounting)return r();S(d,[t]);let a=!1;t[ur]=n=>{a||(a=!0,r(),S(n?h:m,[t]),t[ur]=void 0,x[i]===e&&delete x[i])};let o=t[ur].bind(null,!1);x[i]=e,f?C(f,[t,o]):o()},clone(e){let i=yr(e,t,n,r);return i.afterLeave=()=>{w.afterLeave&&w.afterLeave()},i.delayLeave=(e,t,n)=>{w.delayLeave?w.delayLeave(e,t,n):n()},i.delayedLeave=()=>{w.delayedLeave&&w.delayedLeave()},i}};return w}function br(e){if(Mr(e))return e=Fa(e),e.children=null,e}function xr(e){if(!Mr(e))return Qn(e.type)&&e.children?gr(e.children):e;if(e.component)return e.component.subTree;let{shapeFlag:t,children:n}=e;if(n){if(t&16)return n[0];if(t&32&&_(n.default))return n.default()}}function Sr(e,t){if(e.shapeFlag&6&&e.component){e.transition=t;let n=e.component.subTree;Sr(Qn(n.type)&&xr(n)||n,t)}else if(e.shapeFlag&128){let n=e.suspense;if(n){let e=n.isHydrating?n.pendingBranch:n.activeBranch;e&&Sr(e,t.clone(e))}else e.ssContent.transition=t.clone(e.ssContent),e.ssFallback.transition=t.clone(e.ssFallback)}else if(e.transition=t,e.type===N&&p(e.children)){let n=Fi(e.children,!1);n&&Sr(n,t)}}function Cr(e,t=!1,n){let r=[],i=0;for(let a=0;a<e.length;a++){let o=e[a],s=n==null?o.key:String(n)+String(o.key==null?a:o.key);o.type===N?(o.patchFlag&128&&i++,r=r.concat(Cr(o.children,t,s))):(t||o.type!==xa)&&r.push(s==null?o:Fa(o,{key:s}))}if(i>1)for(let e=0;e<r.length;e++)r[e].patchFlag=-2;return r}function wr(e){if(e.component)return wr(e.component.subTree);if(e.type===N){let t=p(e.children)&&Fi(e.children,!1);return t?wr(t):void 0}if(e.type!==xa)return e}function Tr(){let e=Ga();return e?(e.appContext.config.idPrefix||`v`)+`-`+e.ids[0]+e.ids[1]++:``}function Er(e){e.ids=[e.ids[0]+e.ids[2]+++`-`,0,0]}function Dr(e,t){let n;return!!((n=Object.getOwnPropertyDescriptor(e,t))&&!n.configurable)}var Or=new WeakMap;function kr(e,t,n,i,a=!1){if(p(e)){e.forEach((e,r)=>kr(e,t&&(p(t)?t[r]:t),n,i,a));return}if(jr(i)&&!a){i.shapeFlag&512&&i.type.__asyncResolved&&i.component.subTree.component&&kr(e,t,n,i.component.subTree);return}let s=i.shapeFlag&4?ao(i.component):i.el,c=a?null:s,{i:l,r:d}=e,m=t&&t.r,h=l.refs===r?l.refs={}:l.refs,g=l.setupState,y=A(g),b=g===r?o:e=>!Dr(h,e)&&f(y,e),x=(e,t)=>!(t&&Dr(h,t));if(m!=null&&m!==d){if(Ar(t),v(m))h[m]=null,b(m)&&(g[m]=null);else if($t(m)){let e=t;x(m,e.k)&&(m.value=null),e.k&&(h[e.k]=null)}}if(_(d))mn(d,l,12,[c,h]);else{let t=v(d),r=$t(d);if(t||r){let i=()=>{if(e.f){let n=t?b(d)?g[d]:h[d]:x(d)||!e.k?d.value:h[e.k];if(a)p(n)&&u(n,s);else if(p(n))n.includes(s)||n.push(s);else if(t)h[d]=[s],b(d)&&(g[d]=h[d]);else{let t=[s];x(d,e.k)&&(d.value=t),e.k&&(h[e.k]=t)}}else t?(h[d]=c,b(d)&&(g[d]=c)):r&&(x(d,e.k)&&(d.value=c),e.k&&(h[e.k]=c))};if(c){let t=()=>{i(),Or.delete(e)};t.id=-1,Or.set(e,t),oa(t,n)}else Ar(e),i()}}}function Ar(e){let t=Or.get(e);t&&(t.flags|=8,Or.delete(e))}me().requestIdleCallback,me().cancelIdleCallback;var jr=e=>!!e.type.__asyncLoader,Mr=e=>e.type.__isKeepAlive;function Nr(e,t){Fr(e,`a`,t)}function Pr(e,t){Fr(e,`da`,t)}function Fr(e,t,n=Wa){let r=e.__wdc||=()=>{let t=n;for(;t;){if(t.isDeactivated)return;t=t.parent}return e()};if(Lr(t,r,n),n){let e=n.parent;for(;e&&e.parent;)Mr(e.parent.vnode)&&Ir(r,t,n,e),e=e.parent}}function Ir(e,t,n,r){let i=Lr(t,e,r,!0),a=Lr(`um`,()=>u(r[t],i),n);a.flags=16}function Lr(e,t,n=Wa,r=!1){if(n){let i=n[e]||(n[e]=[]),a=t.__weh||=(...r)=>{Ye();let i=Ja(n),a=hn(t,n,e,r);return i(),Xe(),a};return r?i.unshift(a):i.push(a),a}}var Rr=e=>(t,n=Wa)=>{Za&&e!==`sp`||Lr(e,(...e)=>t(...e),n)},zr=Rr(`bm`),Br=Rr(`m`),Vr=Rr(`bu`),Hr=Rr(`u`),Ur=Rr(`bum`),Wr=Rr(`um`),Gr=Rr(`sp`),Kr=Rr(`rtg`),qr=Rr(`rtc`);function Jr(e,t=Wa){Lr(`ec`,e,t)}var Yr=`components`,Xr=`directives`;function Zr(e,t){return ti(Yr,e,!0,t)||e}var Qr=Symbol.for(`v-ndc`);function $r(e){return v(e)?ti(Yr,e,!1)||e:e||Qr}function ei(e){return ti(Xr,e)}function ti(e,t,n=!0,r=!1){let i=In||Wa;if(i){let n=i.type;if(e===Yr){let e=oo(n,!1);if(e&&(e===t||e===T(t)||e===se(T(t))))return n}let a=ni(i[e]||n[e],t)||ni(i.appContext[e],t);return!a&&r?n:a}}function ni(e,t){return e&&(e[t]||e[T(t)]||e[se(T(t))])}function ri(e,t,n,r){let i,a=n&&n[r],o=p(e);if(o||v(e)){let n=o&&Kt(e),r=!1,s=!1;n&&(r=!Jt(e),s=qt(e),e=lt(e)),i=Array(e.length);for(let n=0,o=e.length;n<o;n++)i[n]=t(r?s?Qt(Zt(e[n])):Zt(e[n]):e[n],n,void 0,a&&a[n])}else if(typeof e==`number`){if(!Number.isInteger(e)||e<0)i=[];else{i=Array(e);for(let n=0;n<e;n++)i[n]=t(n+1,n,void 0,a&&a[n])}}else if(b(e)){if(e[Symbol.iterator])i=Array.from(e,(e,n)=>t(e,n,void 0,a&&a[n]));else{let n=Object.keys(e);i=Array(n.length);for(let r=0,o=n.length;r<o;r++){let o=n[r];i[r]=t(e[o],o,r,a&&a[r])}}}else i=[];return n&&(n[r]=i),i}function M(e,t,n,r,i,a){if(n??={},In.ce||In.parent&&jr(In.parent)&&In.parent.ce){let e=a!=null&&n.key==null?l({},n,{key:a}):n,i=Object.keys(e).length>0;return t!=="default"&&(e.name=t),P(),I(N,null,[R(`slot`,e,r&&r())],i?-2:64)}let o=e[t];o&&o._c&&(o._d=!1);let s=Ca.length;P();let c;try{let i=o&&ii(o(n)),s=n.key||a||i&&i.key;c=I(N,{key:(s&&!y(s)?s:`_${t}`)+(!i&&r?`_fb`:``)},i||(r?r():[]),i&&e._===1?64:-2)}catch(e){for(let e=Ca.length;e>s;e--)Ta();throw e}finally{o&&o._c&&(o._d=!0)}return!i&&c.scopeId&&(c.slotScopeIds=[c.scopeId+`-s`]),c}function ii(e){return e.some(e=>!ka(e)||!(e.type===xa||e.type===N&&!ii(e.children)))?e:null}var ai=e=>e?Xa(e)?ao(e):ai(e.parent):null,oi=l(Object.create(null),{$:e=>e,$el:e=>e.vnode.el,$data:e=>e.data,$props:e=>e.props,$attrs:e=>e.attrs,$slots:e=>e.slots,$refs:e=>e.refs,$parent:e=>ai(e.parent),$root:e=>ai(e.root),$host:e=>e.ce,$emit:e=>e.emit,$options:e=>hi(e),$forceUpdate:e=>e.f||=()=>{Dn(e.update)},$nextTick:e=>e.n||=Tn.bind(e.proxy),$watch:e=>Jn.bind(e)}),si=(e,t)=>e!==r&&!e.__isScriptSetup&&f(e,t),ci={get({_:e},t){if(t===`__v_skip`)return!0;let{ctx:n,setupState:i,data:a,props:o,accessCache:s,type:c,appContext:l}=e;if(t[0]!==`$`){let e=s[t];if(e!==void 0)switch(e){case 1:return i[t];case 2:return a[t];case 4:return n[t];case 3:return o[t]}else if(si(i,t))return s[t]=1,i[t];else if(a!==r&&f(a,t))return s[t]=2,a[t];else if(f(o,t))return s[t]=3,o[t];else if(n!==r&&f(n,t))return s[t]=4,n[t];else ui&&(s[t]=0)}let u=oi[t],d,p;if(u)return t===`$attrs`&&ot(e.attrs,`get`,``),u(e);if((d=c.__cssModules)&&(d=d[t]))return d;if(n!==r&&f(n,t))return s[t]=4,n[t];if(p=l.config.globalProperties,f(p,t))return p[t]},set({_:e},t,n){let{data:i,setupState:a,ctx:o}=e;return si(a,t)?(a[t]=n,!0):i!==r&&f(i,t)?(i[t]=n,!0):f(e.props,t)||t[0]===`$`&&t.slice(1)in e?!1:(o[t]=n,!0)},has({_:{data:e,setupState:t,accessCache:n,ctx:i,appContext:a,props:o,type:s}},c){let l;return!!(n[c]||e!==r&&c[0]!==`$`&&f(e,c)||si(t,c)||f(o,c)||f(i,c)||f(oi,c)||f(a.config.globalProperties,c)||(l=s.__cssModules)&&l[c])},defineProperty(e,t,n){return n.get==null?f(n,`value`)&&this.set(e,t,n.value,null):e._.accessCache[t]=0,Reflect.defineProperty(e,t,n)}};function li(e){return p(e)?e.reduce((e,t)=>(e[t]=null,e),{}):e}var ui=!0;function di(e){let t=hi(e),n=e.proxy,r=e.ctx;ui=!1,t.beforeCreate&&pi(t.beforeCreate,e,`bc`);let{data:i,computed:o,methods:s,watch:c,provide:l,inject:u,created:d,beforeMount:f,mounted:m,beforeUpdate:h,updated:g,activated:v,deactivated:y,beforeDestroy:x,beforeUnmount:S,destroyed:C,unmounted:w,render:ee,renderTracked:te,renderTriggered:ne,errorCaptured:re,serverPrefetch:ie,expose:T,inheritAttrs:ae,components:oe,directives:se,filters:ce}=t;if(u&&fi(u,r,null),s)for(let e in s){let t=s[e];_(t)&&(r[e]=t.bind(n))}if(i){let t=i.call(n,n);b(t)&&(e.data=Ht(t))}if(ui=!0,o)for(let e in o){let t=o[e],i=H({get:_(t)?t.bind(n,n):_(t.get)?t.get.bind(n,n):a,set:!_(t)&&_(t.set)?t.set.bind(n):a});Object.defineProperty(r,e,{enumerable:!0,configurable:!0,get:()=>i.value,set:e=>i.value=e})}if(c)for(let e in c)mi(c[e],r,n,e);if(l){let e=_(l)?l.call(n):l;Reflect.ownKeys(e).forEach(t=>{Hn(t,e[t])})}d&&pi(d,e,`c`);function E(e,t){p(t)?t.forEach(t=>e(t.bind(n))):t&&e(t.bind(n))}if(E(zr,f),E(Br,m),E(Vr,h),E(Hr,g),E(Nr,v),E(Pr,y),E(Jr,re),E(qr,te),E(Kr,ne),E(Ur,S),E(Wr,w),E(Gr,ie),p(T)){if(T.length){let t=e.exposed||={};T.forEach(e=>{Object.defineProperty(t,e,{get:()=>n[e],set:t=>n[e]=t,enumerable:!0})})}else e.exposed||={}}ee&&e.render===a&&(e.render=ee),ae!=null&&(e.inheritAttrs=ae),oe&&(e.components=oe),se&&(e.directives=se),ie&&Er(e)}function fi(e,t,n=a){p(e)&&(e=bi(e));for(let n in e){let r=e[n],i;i=b(r)?`default`in r?Un(r.from||n,r.default,!0):Un(r.from||n):Un(r),$t(i)?Object.defineProperty(t,n,{enumerable:!0,configurable:!0,get:()=>i.value,set:e=>i.value=e}):t[n]=i}}function pi(e,t,n){hn(p(e)?e.map(e=>e.bind(t.proxy)):e.bind(t.proxy),t,n)}function mi(e,t,n,r){let i=r.includes(`.`)?Yn(n,r):()=>n[r];if(v(e)){let n=t[e];_(n)&&Kn(i,n)}else if(_(e))Kn(i,e.bind(n));else if(b(e)){if(p(e))e.forEach(e=>mi(e,t,n,r));else{let r=_(e.handler)?e.handler.bind(n):t[e.handler];_(r)&&Kn(i,r,e)}}}function hi(e){let t=e.type,{mixins:n,extends:r}=t,{mixins:i,optionsCache:a,config:{optionMergeStrategies:o}}=e.appContext,s=a.get(t),c;return s?c=s:!i.length&&!n&&!r?c=t:(c={},i.length&&i.forEach(e=>gi(c,e,o,!0)),gi(c,t,o)),b(t)&&a.set(t,c),c}function gi(e,t,n,r=!1){let{mixins:i,extends:a}=t;a&&gi(e,a,n,!0),i&&i.forEach(t=>gi(e,t,n,!0));for(let i in t)if(!(r&&i===`expose`)){let r=_i[i]||n&&n[i];e[i]=r?r(e[i],t[i]):t[i]}return e}var _i={data:vi,props:Ci,emits:Ci,methods:Si,computed:Si,beforeCreate:xi,created:xi,beforeMount:xi,mounted:xi,beforeUpdate:xi,updated:xi,beforeDestroy:xi,beforeUnmount:xi,destroyed:xi,unmounted:xi,activated:xi,deactivated:xi,errorCaptured:xi,serverPrefetch:xi,components:Si,directives:Si,watch:wi,provide:vi,inject:yi};function vi(e,t){return t?e?function(){return l(_(e)?e.call(this,this):e,_(t)?t.call(this,this):t)}:t:e}function yi(e,t){return Si(bi(e),bi(t))}function bi(e){if(p(e)){let t={};for(let n=0;n<e.length;n++)t[e[n]]=e[n];return t}return e}function xi(e,t){return e?[...new Set([].concat(e,t))]:t}function Si(e,t){return e?l(Object.create(null),e,t):t}function Ci(e,t){return e?p(e)&&p(t)?[...new Set([...e,...t])]:l(Object.create(null),li(e),li(t??{})):t}function wi(e,t){if(!e)return t;if(!t)return e;let n=l(Object.create(null),e);for(let r in t)n[r]=xi(e[r],t[r]);return n}function Ti(){return{app:null,config:{isNativeTag:o,performance:!1,globalProperties:{},optionMergeStrategies:{},errorHandler:void 0,warnHandler:void 0,compilerOptions:{}},mixins:[],components:{},directives:{},provides:Object.create(null),optionsCache:new WeakMap,propsCache:new WeakMap,emitsCache:new WeakMap}}var Ei=0;function Di(e,t){return function(n,r=null){_(n)||(n=l({},n)),r!=null&&!b(r)&&(r=null);let i=Ti(),a=new WeakSet,o=[],s=!1,c=i.app={_uid:Ei++,_component:n,_props:r,_container:null,_context:i,_instance:null,version:lo,get config(){return i.config},set config(e){},use(e,...t){return a.has(e)||(e&&_(e.install)?(a.add(e),e.install(c,...t)):_(e)&&(a.add(e),e(c,...t))),c},mixin(e){return i.mixins.includes(e)||i.mixins.push(e),c},component(e,t){return t?(i.components[e]=t,c):i.components[e]},directive(e,t){return t?(i.directives[e]=t,c):i.directives[e]},mount(a,o,l){if(!s){let u=c._ceVNode||R(n,r);return u.appContext=i,l===!0?l=`svg`:l===!1&&(l=void 0),o&&t?t(u,a):e(u,a,l),s=!0,c._container=a,a.__vue_app__=c,ao(u.component)}},onUnmount(e){o.push(e)},unmount(){s&&(hn(o,c._instance,16),e(null,c._container),delete c._container.__vue_app__)},provide(e,t){return i.provides[e]=t,c},runWithContext(e){let t=Oi;Oi=c;try{return e()}finally{Oi=t}}};return c}}var Oi=null,ki=(e,t)=>t===`modelValue`||t===`model-value`?e.modelModifiers:e[`${t}Modifiers`]||e[`${T(t)}Modifiers`]||e[`${oe(t)}Modifiers`];function Ai(e,t,...n){if(e.isUnmounted)return;let i=e.vnode.props||r,a=n,o=t.startsWith(`update:`),s=o&&ki(i,t.slice(7));s&&(s.trim&&(a=n.map(e=>v(e)?e.trim():e)),s.number&&(a=a.map(de)));let c,l=i[c=ce(t)]||i[c=ce(T(t))];!l&&o&&(l=i[c=ce(oe(t))]),l&&hn(l,e,6,a);let u=i[c+`Once`];if(u){if(!e.emitted)e.emitted={};else if(e.emitted[c])return;e.emitted[c]=!0,hn(u,e,6,a)}}var ji=new WeakMap;function Mi(e,t,n=!1){let r=n?ji:t.emitsCache,i=r.get(e);if(i!==void 0)return i;let a=e.emits,o={},s=!1;if(!_(e)){let r=e=>{let n=Mi(e,t,!0);n&&(s=!0,l(o,n))};!n&&t.mixins.length&&t.mixins.forEach(r),e.extends&&r(e.extends),e.mixins&&e.mixins.forEach(r)}return!a&&!s?(b(e)&&r.set(e,null),null):(p(a)?a.forEach(e=>o[e]=null):l(o,a),b(e)&&r.set(e,o),o)}function Ni(e,t){return!e||!s(t)?!1:(t=t.slice(2),t=t===`Once`?t:t.replace(/Once$/,``),f(e,t[0].toLowerCase()+t.slice(1))||f(e,oe(t))||f(e,t))}function Pi(e){let{type:t,vnode:n,proxy:r,withProxy:i,propsOptions:[a],slots:o,attrs:s,emit:l,render:u,renderCache:d,props:f,data:p,setupState:m,ctx:h,inheritAttrs:g}=e,_=Rn(e),v,y;try{if(n.shapeFlag&4){let e=i||r,t=e;v=Ia(u.call(t,e,d,f,m,p,h)),y=s}else{let e=t;v=Ia(e.length>1?e(f,{attrs:s,slots:o,emit:l}):e(f,null)),y=t.props?s:Ii(s)}}catch(t){Ca.length=0,gn(t,e,1),v=R(xa)}let b=v;if(y&&g!==!1){let e=Object.keys(y),{shapeFlag:t}=b;e.length&&t&7&&(a&&e.some(c)&&(y=Li(y,a)),b=Fa(b,y,!1,!0))}return n.dirs&&(b=Fa(b,null,!1,!0),b.dirs=b.dirs?b.dirs.concat(n.dirs):n.dirs),n.transition&&Sr(Qn(b.type)&&xr(b)||b,n.transition),v=b,Rn(_),v}function Fi(e,t=!0){let n;for(let t=0;t<e.length;t++){let r=e[t];if(ka(r)){if(r.type!==xa||r.children===`v-if`){if(n)return;n=r}}else return}return n}var Ii=e=>{let t;for(let n in e)(n===`class`||n===`style`||s(n))&&((t||={})[n]=e[n]);return t},Li=(e,t)=>{let n={};for(let r in e)c(r)&&r.slice(9)in t||(n[r]=e[r]);return n};function Ri(e,t,n){let{props:r,children:i,component:a}=e,{props:o,children:s,patchFlag:c}=t,l=a.emitsOptions;if(t.dirs||t.transition)return!0;if(n&&c>=0){if(c&1024)return!0;if(c&16)return r?zi(r,o,l):!!o;if(c&8){let e=t.dynamicProps;for(let t=0;t<e.length;t++){let n=e[t];if(Bi(o,r,n)&&!Ni(l,n))return!0}}}else return(i||s)&&(!s||!s.$stable)?!0:r===o?!1:r?!o||zi(r,o,l):!!o;return!1}function zi(e,t,n){let r=Object.keys(t);if(r.length!==Object.keys(e).length)return!0;for(let i=0;i<r.length;i++){let a=r[i];if(!f(e,a)||Bi(t,e,a)&&!Ni(n,a))return!0}return!1}function Bi(e,t,n){let r=e[n],i=t[n];return n===`style`&&b(r)&&b(i)?!Ee(r,i):r!==i}function Vi({vnode:e,parent:t,suspense:n},r){for(;t;){let n=t.subTree;if(n.suspense&&n.suspense.activeBranch===e&&(n.suspense.vnode.el=n.el=r,e=n),n===e)(e=t.vnode).el=r,t=t.parent;else break}n&&n.activeBranch===e&&(n.vnode.el=r)}var Hi={},Ui=()=>Object.create(Hi),Wi=e=>Object.getPrototypeOf(e)===Hi;function Gi(e,t,n,r=!1){let i={},a=Ui();e.propsDefaults=Object.create(null),qi(e,t,i,a);for(let t in e.propsOptions[0])t in i||(i[t]=void 0);e.props=n?r?i:Ut(i):e.type.props?i:a,e.attrs=a}function Ki(e,t,n,r){let{props:i,attrs:a,vnode:{patchFlag:o}}=e,s=A(i),[c]=e.propsOptions,l=!1;if((r||o>0)&&!(o&16)){if(o&8){let n=e.vnode.dynamicProps;for(let r=0;r<n.length;r++){let o=n[r];if(Ni(e.emitsOptions,o))continue;let u=t[o];if(c){if(f(a,o))u!==a[o]&&(a[o]=u,l=!0);else{let t=T(o);i[t]=Ji(c,s,t,u,e,!1)}}else u!==a[o]&&(a[o]=u,l=!0)}}}else{qi(e,t,i,a)&&(l=!0);let r;for(let a in s)t&&(f(t,a)||(r=oe(a))!==a&&f(t,r))||(c?n&&(n[a]!==void 0||n[r]!==void 0)&&(i[a]=Ji(c,s,a,void 0,e,!0)):delete i[a]);if(a!==s)for(let e in a)t&&f(t,e)||(delete a[e],l=!0)}l&&st(e.attrs,`set`,``)}function qi(e,t,n,i){let[a,o]=e.propsOptions,s=!1,c;if(t)for(let r in t){if(ne(r))continue;let l=t[r],u;a&&f(a,u=T(r))?!o||!o.includes(u)?n[u]=l:(c||={})[u]=l:Ni(e.emitsOptions,r)||r in i&&l===i[r]||(i[r]=l,s=!0)}if(o){let t=A(n),i=c||r;for(let r=0;r<o.length;r++){let s=o[r];n[s]=Ji(a,t,s,i[s],e,!f(i,s))}}return s}function Ji(e,t,n,r,i,a){let o=e[n];if(o!=null){let e=f(o,`default`);if(e&&r===void 0){let e=o.default;if(o.type!==Function&&!o.skipFactory&&_(e)){let{propsDefaults:a}=i;if(n in a)r=a[n];else{let o=Ja(i);r=a[n]=e.call(null,t),o()}}else r=e;i.ce&&i.ce._setProp(n,r)}o[0]&&(a&&!e?r=!1:o[1]&&(r===``||r===oe(n))&&(r=!0))}return r}var Yi=new WeakMap;function Xi(e,t,n=!1){let a=n?Yi:t.propsCache,o=a.get(e);if(o)return o;let s=e.props,c={},u=[],d=!1;if(!_(e)){let r=e=>{d=!0;let[n,r]=Xi(e,t,!0);l(c,n),r&&u.push(...r)};!n&&t.mixins.length&&t.mixins.forEach(r),e.extends&&r(e.extends),e.mixins&&e.mixins.forEach(r)}if(!s&&!d)return b(e)&&a.set(e,i),i;if(p(s))for(let e=0;e<s.length;e++){let t=T(s[e]);Zi(t)&&(c[t]=r)}else if(s)for(let e in s){let t=T(e);if(Zi(t)){let n=s[e],r=c[t]=p(n)||_(n)?{type:n}:l({},n),i=r.type,a=!1,o=!0;if(p(i))for(let e=0;e<i.length;++e){let t=i[e],n=_(t)&&t.name;if(n===`Boolean`){a=!0;break}n===`String`&&(o=!1)}else a=_(i)&&i.name===`Boolean`;r[0]=a,r[1]=o,(a||f(r,`default`))&&u.push(t)}}let m=[c,u];return b(e)&&a.set(e,m),m}function Zi(e){return e[0]!==`$`&&!ne(e)}var Qi=e=>e===`_`||e===`_ctx`||e===`$stable`,$i=e=>p(e)?e.map(Ia):[Ia(e)],ea=(e,t,n)=>{if(t._n)return t;let r=zn((...e)=>$i(t(...e)),n);return r._c=!1,r},ta=(e,t,n)=>{let r=e._ctx;for(let n in e){if(Qi(n))continue;let i=e[n];if(_(i))t[n]=ea(n,i,r);else if(i!=null){let e=$i(i);t[n]=()=>e}}},na=(e,t)=>{let n=$i(t);e.slots.default=()=>n},ra=(e,t,n)=>{for(let r in t)(n||!Qi(r))&&(e[r]=t[r])},ia=(e,t,n)=>{let r=e.slots=Ui();if(e.vnode.shapeFlag&32){let e=t._;e?(ra(r,t,n),n&&ue(r,`_`,e,!0)):ta(t,r)}else t&&na(e,t)},aa=(e,t,n)=>{let{vnode:i,slots:a}=e,o=!0,s=r;if(i.shapeFlag&32){let e=t._;e?n&&e===1?o=!1:ra(a,t,n):(o=!t.$stable,ta(t,a)),s=t}else t&&(na(e,t),s={default:1});if(o)for(let e in a)!Qi(e)&&s[e]==null&&delete a[e]},oa=ya;function sa(e){return ca(e)}function ca(e,t){let n=me();n.__VUE__=!0;let{insert:o,remove:s,patchProp:c,createElement:l,createText:u,createComment:d,setText:f,setElementText:p,parentNode:m,nextSibling:h,setScopeId:g=a,insertStaticContent:_}=e,v=(e,t,n,r=null,a=null,o=null,s=void 0,c=null,l=!!t.dynamicChildren)=>{if(e===t)return;e&&!Aa(e,t)&&(r=xe(e),_e(e,a,o,!0),e=null),t.patchFlag===-2&&(l=!1,t.dynamicChildren=null),t.dynamicChildren&&e&&e.dynamicChildren&&e.dynamicChildren.hasOnce&&(t.dynamicChildren===i&&(t.dynamicChildren=[]),t.dynamicChildren.hasOnce=!0);let{type:u,ref:d,shapeFlag:f}=t;switch(u){case ba:y(e,t,n,r);break;case xa:b(e,t,n,r);break;case Sa:e??x(t,n,r,s);break;case N:oe(e,t,n,r,a,o,s,c,l);break;default:f&1?w(e,t,n,r,a,o,s,c,l):f&6?se(e,t,n,r,a,o,s,c,l):(f&64||f&128)&&u.process(e,t,n,r,a,o,s,c,l,Ce)}d!=null&&a?kr(d,e&&e.ref,o,t||e,!t):d==null&&e&&e.ref!=null&&kr(e.ref,null,o,e,!0)},y=(e,t,n,r)=>{if(e==null)o(t.el=u(t.children),n,r);else{let n=t.el=e.el;t.children!==e.children&&f(n,t.children)}},b=(e,t,n,r)=>{e==null?o(t.el=d(t.children||``),n,r):t.el=e.el},x=(e,t,n,r)=>{[e.el,e.anchor]=_(e.children,t,n,r,e.el,e.anchor)},S=({el:e,anchor:t},n,r)=>{let i;for(;e&&e!==t;)i=h(e),o(e,n,r),e=i;o(t,n,r)},C=({el:e,anchor:t})=>{let n;for(;e&&e!==t;)n=h(e),s(e),e=n;s(t)},w=(e,t,n,r,i,a,o,s,c)=>{if(t.type===`svg`?o=`svg`:t.type===`math`&&(o=`mathml`),e==null)ee(t,n,r,i,a,o,s,c);else{let n=e.el&&e.el._isVueCE?e.el:null;try{n&&n._beginPatch(),ie(e,t,i,a,o,s,c)}finally{n&&n._endPatch()}}},ee=(e,t,n,r,i,a,s,u)=>{let d,f,{props:m,shapeFlag:h,transition:g,dirs:_}=e;if(d=e.el=l(e.type,a,m&&m.is,m),h&8?p(d,e.children):h&16&&re(e.children,d,null,r,i,la(e,a),s,u),_&&Vn(e,null,r,`created`),te(d,e,e.scopeId,s,r),m){for(let e in m)e!==`value`&&!ne(e)&&c(d,e,null,m[e],a,r);`value`in m&&c(d,`value`,null,m.value,a),(f=m.onVnodeBeforeMount)&&za(f,r,e)}_&&Vn(e,null,r,`beforeMount`);let v=da(i,g);v?g.beforeEnter(d):g&&!g.persisted&&(d[va]=!0),o(d,t,n),((f=m&&m.onVnodeMounted)||v||_)&&oa(()=>{try{f&&za(f,r,e),v&&g.enter(d),_&&Vn(e,null,r,`mounted`)}finally{}},i)},te=(e,t,n,r,i)=>{if(n&&g(e,n),r)for(let t=0;t<r.length;t++)g(e,r[t]);if(i){let n=i.subTree;if(t===n||_a(n.type)&&(n.ssContent===t||n.ssFallback===t)){let t=i.vnode;te(e,t,t.scopeId,t.slotScopeIds,i.parent)}}},re=(e,t,n,r,i,a,o,s,c=0)=>{for(let l=c;l<e.length;l++){let c=e[l]=s?La(e[l]):Ia(e[l]);v(null,c,t,n,r,i,a,o,s)}},ie=(e,t,n,i,a,o,s)=>{let l=t.el=e.el,{patchFlag:u,dynamicChildren:d,dirs:f}=t;u|=e.patchFlag&16;let m=e.props||r,h=t.props||r,g;if(n&&ua(n,!1),(g=h.onVnodeBeforeUpdate)&&za(g,n,t,e),f&&Vn(t,e,n,`beforeUpdate`),n&&ua(n,!0),d&&(!e.dynamicChildren||e.dynamicChildren.length!==d.length)&&(u=0,s=!1,d=null),(m.innerHTML&&h.innerHTML==null||m.textContent&&h.textContent==null)&&p(l,``),d?T(e.dynamicChildren,d,l,n,i,la(t,a),o):s||fe(e,t,l,null,n,i,la(t,a),o,!1),u>0){if(u&16)ae(l,m,h,n,a);else if(u&2&&m.class!==h.class&&c(l,`class`,null,h.class,a),u&4&&c(l,`style`,m.style,h.style,a),u&8){let e=t.dynamicProps;for(let t=0;t<e.length;t++){let r=e[t],i=m[r],o=h[r];(o!==i||r===`value`)&&c(l,r,i,o,a,n)}}u&1&&e.children!==t.children&&p(l,t.children)}else!s&&d==null&&ae(l,m,h,n,a);((g=h.onVnodeUpdated)||f)&&oa(()=>{g&&za(g,n,t,e),f&&Vn(t,e,n,`updated`)},i)},T=(e,t,n,r,i,a,o)=>{for(let s=0;s<t.length;s++){let c=e[s],l=t[s],u=c.el||ga(c),d=u&&(c.type===N||!Aa(c,l)||c.shapeFlag&198)?m(u):n;v(c,l,d,null,r,i,a,o,!0)}},ae=(e,t,n,i,a)=>{if(t!==n){if(t!==r)for(let r in t)!ne(r)&&!(r in n)&&c(e,r,t[r],null,a,i);for(let r in n){if(ne(r))continue;let o=n[r],s=t[r];o!==s&&r!==`value`&&c(e,r,s,o,a,i)}`value`in n&&c(e,`value`,t.value,n.value,a)}},oe=(e,t,n,r,i,a,s,c,l)=>{let d=t.el=e?e.el:u(``),f=t.anchor=e?e.anchor:u(``),{patchFlag:p,dynamicChildren:m,slotScopeIds:h}=t;h&&(c=c?c.concat(h):h),e==null?(o(d,n,r),o(f,n,r),re(t.children||[],n,f,i,a,s,c,l)):p>0&&p&64&&m&&e.dynamicChildren&&e.dynamicChildren.length===m.length?(T(e.dynamicChildren,m,n,i,a,s,c),(t.key!=null||i&&t===i.subTree)&&fa(e,t,!0)):fe(e,t,n,f,i,a,s,c,l)},se=(e,t,n,r,i,a,o,s,c)=>{t.slotScopeIds=s,e==null?t.shapeFlag&512?i.ctx.activate(t,n,r,o,c):ce(t,n,r,i,a,o,c):E(e,t,c)},ce=(e,t,n,r,i,a,o)=>{let s=e.component=Ua(e,r,i);if(Mr(e)&&(s.ctx.renderer=Ce),Qa(s,!1,o),s.asyncDep){if(i&&i.registerDep(s,ue,o,a),!e.el){let r=s.subTree=R(xa);b(null,r,t,n),e.placeholder=r.el}}else ue(s,e,t,n,i,a,o)},E=(e,t,n)=>{let r=t.component=e.component;if(Ri(e,t,n)){if(r.asyncDep&&!r.asyncResolved){t.el=e.el,t.placeholder=e.placeholder,de(r,t,n);return}r.next=t,r.update()}else t.el=e.el,t.placeholder=e.placeholder,r.vnode=t},ue=(e,t,n,r,i,a,o)=>{let s=()=>{if(e.isMounted){let{next:t,bu:n,u:r,parent:s,vnode:c}=e;{let n=ma(e);if(n){t&&(t.el=c.el,de(e,t,o)),n.asyncDep.then(()=>{let t=()=>{e.job.flags&8||(i&&i.pendingBranch?oa(t,i):l())};t.flags=48,oa(t,i)});return}}let u=t,d;ua(e,!1),t?(t.el=c.el,de(e,t,o)):t=c,n&&le(n),(d=t.props&&t.props.onVnodeBeforeUpdate)&&za(d,s,t,c),ua(e,!0);let f=Pi(e),p=e.subTree;e.subTree=f,v(p,f,m(p.el||ga(p)),xe(p),e,i,a),t.el=f.el,u===null&&Vi(e,f.el),r&&oa(r,i),(d=t.props&&t.props.onVnodeUpdated)&&oa(()=>za(d,s,t,c),i)}else{let o,{el:s,props:c}=t,{bm:l,m:u,parent:d,root:f,type:p}=e,m=jr(t);if(ua(e,!1),l&&le(l),!m&&(o=c&&c.onVnodeBeforeMount)&&za(o,d,t),ua(e,!0),s&&Te){let t=()=>{e.subTree=Pi(e),Te(s,e.subTree,e,i,null)};m&&p.__asyncHydrate?p.__asyncHydrate(s,e,t):t()}else{f.ce&&f.ce._hasShadowRoot()&&f.ce._injectChildStyle(p,e.parent?e.parent.type:void 0);let o=e.subTree=Pi(e);v(null,o,n,r,e,i,a),t.el=o.el}if(u&&oa(u,i),!m&&(o=c&&c.onVnodeMounted)){let e=t;oa(()=>za(o,d,e),i)}(t.shapeFlag&256||d&&jr(d.vnode)&&d.vnode.shapeFlag&256)&&e.a&&oa(e.a,i),e.isMounted=!0,t=n=r=null}};e.scope.on();let c=e.effect=new Pe(s);e.scope.off();let l=e.update=c.run.bind(c),u=e.job=c.runIfDirty.bind(c);u.i=e,u.id=e.uid,c.scheduler=()=>Dn(u),ua(e,!0),l()},de=(e,t,n)=>{t.component=e;let r=e.vnode.props;e.vnode=t,e.next=null,Ki(e,t.props,r,n),aa(e,t.children,n),Ye(),An(e),Xe()},fe=(e,t,n,r,i,a,o,s,c=!1)=>{let l=e&&e.children,u=e?e.shapeFlag:0,d=t.children,{patchFlag:f,shapeFlag:m}=t;if(f>0){if(f&128){he(l,d,n,r,i,a,o,s,c);return}if(f&256){pe(l,d,n,r,i,a,o,s,c);return}}m&8?(u&16&&be(l,i,a),d!==l&&p(n,d)):u&16?m&16?he(l,d,n,r,i,a,o,s,c):be(l,i,a,!0):(u&8&&p(n,``),m&16&&re(d,n,r,i,a,o,s,c))},pe=(e,t,n,r,a,o,s,c,l)=>{e||=i,t||=i;let u=e.length,d=t.length,f=Math.min(u,d),p=0;for(;p<f;p++){let r=t[p]=l?La(t[p]):Ia(t[p]);v(e[p],r,n,null,a,o,s,c,l)}u>d?be(e,a,o,!0,!1,f):re(t,n,r,a,o,s,c,l,f)},he=(e,t,n,r,a,o,s,c,l)=>{let u=0,d=t.length,f=e.length-1,p=d-1;for(;u<=f&&u<=p;){let r=e[u],i=t[u]=l?La(t[u]):Ia(t[u]);if(Aa(r,i))v(r,i,n,null,a,o,s,c,l);else break;u++}for(;u<=f&&u<=p;){let r=e[f],i=t[p]=l?La(t[p]):Ia(t[p]);if(Aa(r,i))v(r,i,n,null,a,o,s,c,l);else break;f--,p--}if(u>f){if(u<=p){let e=p+1,i=e<d?t[e].el:r;for(;u<=p;)v(null,t[u]=l?La(t[u]):Ia(t[u]),n,i,a,o,s,c,l),u++}}else if(u>p)for(;u<=f;)_e(e[u],a,o,!0),u++;else{let m=u,h=u,g=new Map;for(u=h;u<=p;u++){let e=t[u]=l?La(t[u]):Ia(t[u]);e.key!=null&&g.set(e.key,u)}let _,y=0,b=p-h+1,x=!1,S=0,C=Array(b);for(u=0;u<b;u++)C[u]=0;for(u=m;u<=f;u++){let r=e[u];if(y>=b){_e(r,a,o,!0);continue}let i;if(r.key!=null)i=g.get(r.key);else for(_=h;_<=p;_++)if(C[_-h]===0&&Aa(r,t[_])){i=_;break}i===void 0?_e(r,a,o,!0):(C[i-h]=u+1,i>=S?S=i:x=!0,v(r,t[i],n,null,a,o,s,c,l),y++)}let w=x?pa(C):i;for(_=w.length-1,u=b-1;u>=0;u--){let e=h+u,i=t[e],f=t[e+1],p=e+1<d?f.el||ga(f):r;C[u]===0?v(null,i,n,p,a,o,s,c,l):x&&(_<0||u!==w[_]?ge(i,n,p,2):_--)}}},ge=(e,t,n,r,i=null)=>{let{el:a,type:c,transition:l,children:u,shapeFlag:d}=e;if(d&6)ge(e.component.subTree,t,n,r);else if(d&128)e.suspense.move(t,n,r);else if(d&64)c.move(e,t,n,Ce);else if(c===N){o(a,t,n);for(let e=0;e<u.length;e++)ge(u[e],t,n,r);o(e.anchor,t,n)}else if(c===Sa)S(e,t,n);else if(r!==2&&d&1&&l){if(r===0)l.persisted&&!a[ur]?o(a,t,n):(l.beforeEnter(a),o(a,t,n),oa(()=>l.enter(a),i));else{let{leave:r,delayLeave:i,afterLeave:c}=l,u=()=>{e.ctx.isUnmounted?s(a):o(a,t,n)},d=()=>{let e=a._isLeaving||!!a[ur];a._isLeaving&&a[ur](!0),l.persisted&&!e?u():r(a,()=>{u(),c&&c()})};i?i(a,u,d):d()}}else o(a,t,n)},_e=(e,t,n,r=!1,i=!1)=>{let{type:a,props:o,ref:s,children:c,dynamicChildren:l,shapeFlag:u,patchFlag:d,dirs:f,cacheIndex:p,memo:m}=e;if((d===-2||l&&l.hasOnce)&&(i=!1),s!=null&&(Ye(),kr(s,null,n,e,!0),Xe()),p==null||e.ctx&&e.ctx!==t||(t.renderCache[p]=void 0),u&256&&t.ctx.deactivate(e))return;let h=u&1&&f,g=!jr(e),_;if(g&&(_=o&&o.onVnodeBeforeUnmount)&&za(_,t,e),u&6)D(e.component,n,r);else{if(u&128){e.suspense.unmount(n,r);return}h&&Vn(e,null,t,`beforeUnmount`),u&64?e.type.remove(e,t,n,Ce,r):l&&!l.hasOnce&&(a!==N||d>0&&d&64)?be(l,t,n,!1,!0):(a===N&&d&384||!i&&u&16)&&be(c,t,n),r&&ve(e)}let v=m!=null&&p==null;(g&&(_=o&&o.onVnodeUnmounted)||h||v)&&oa(()=>{_&&za(_,t,e),h&&Vn(e,null,t,`unmounted`),v&&(e.el=null)},n)},ve=e=>{let{type:t,el:n,anchor:r,transition:i}=e,a=t===N;if(a&&!i){ye(n,r);return}if(t===Sa){C(e),i&&!i.persisted&&i.afterLeave&&i.afterLeave();return}let o=a?wr(e):e,c=()=>{a?m(n)&&ye(n,r):s(n),i&&!i.persisted&&i.afterLeave&&i.afterLeave()};if(o&&o.shapeFlag&1&&i&&!i.persisted){let{leave:e,delayLeave:t}=i,n=o.el,r=()=>e(n,c);t?t(n,c,r):r()}else c()},ye=(e,t)=>{let n;for(;e!==t;)n=h(e),s(e),e=n;s(t)},D=(e,t,n)=>{let{bum:r,scope:i,job:a,subTree:o,um:s,m:c,a:l}=e;ha(c),ha(l),r&&le(r),i.stop(),a?(a.flags|=8,_e(o,e,t,n)):o&&(o.transition=e.vnode.transition,_e(o,e,t,n)),s&&oa(s,t);let u=()=>{e.isUnmounted=!0};u.flags=16,oa(u,t)},be=(e,t,n,r=!1,i=!1,a=0)=>{for(let o=a;o<e.length;o++)_e(e[o],t,n,r,i)},xe=e=>{if(e.shapeFlag&6)return xe(e.component.subTree);if(e.shapeFlag&128)return e.suspense.next();let t=h(e.anchor||e.el),n=t&&t[Zn];return n?h(n):t},Se=(e,t,n)=>{Nn(()=>{e==null?t._vnode&&_e(t._vnode,null,null,!0):v(t._vnode||null,e,t,null,null,null,n),t._vnode=e},e&&t._vnode?void 0:e&&e.component?e.component.uid:Ha())},Ce={p:v,um:_e,m:ge,r:ve,mt:ce,mc:re,pc:fe,pbc:T,n:xe,o:e},we,Te;return t&&([we,Te]=t(Ce)),{render:Se,hydrate:we,createApp:Di(Se,we)}}function la({type:e,props:t},n){return n===`svg`&&e===`foreignObject`||n===`mathml`&&e===`annotation-xml`&&t&&t.encoding&&t.encoding.includes(`html`)?void 0:n}function ua({effect:e,job:t},n){n?(e.flags|=32,t.flags|=4):(e.flags&=-33,t.flags&=-5)}function da(e,t){return(!e||e&&!e.pendingBranch)&&t&&!t.persisted}function fa(e,t,n=!1){let r=e.children,i=t.children;if(p(r)&&p(i))for(let e=0;e<r.length;e++){let t=r[e],a=i[e];a.shapeFlag&1&&!a.dynamicChildren&&((a.patchFlag<=0||a.patchFlag===32)&&(a=i[e]=La(i[e]),a.el=t.el),!n&&a.patchFlag!==-2&&fa(t,a)),a.type===ba&&(a.patchFlag===-1&&(a=i[e]=La(a)),a.el=t.el),a.type===xa&&!a.el&&(a.el=t.el)}}function pa(e){let t=e.slice(),n=[0],r,i,a,o,s,c=e.length;for(r=0;r<c;r++){let c=e[r];if(c!==0){if(i=n[n.length-1],e[i]<c){t[r]=i,n.push(r);continue}for(a=0,o=n.length-1;a<o;)s=a+o>>1,e[n[s]]<c?a=s+1:o=s;c<e[n[a]]&&(a>0&&(t[r]=n[a-1]),n[a]=r)}}for(a=n.length,o=n[a-1];a-->0;)n[a]=o,o=t[o];return n}function ma(e){let t=e.subTree.component;if(t)return t.asyncDep&&!t.asyncResolved?t:ma(t)}function ha(e){if(e)for(let t=0;t<e.length;t++)e[t].flags|=8}function ga(e){if(e.placeholder)return e.placeholder;let t=e.component;if(t)return ga(t.subTree);let n=e.suspense;return n&&n.activeBranch?ga(n.activeBranch):null}var _a=e=>e.__isSuspense,va=Symbol(`_deferredEnter`);function ya(e,t){t&&t.pendingBranch?p(e)?t.effects.push(...e):t.effects.push(e):kn(e)}var N=Symbol.for(`v-fgt`),ba=Symbol.for(`v-txt`),xa=Symbol.for(`v-cmt`),Sa=Symbol.for(`v-stc`),Ca=[],wa=null;function P(e=!1){Ca.push(wa=e?null:[])}function Ta(){Ca.pop(),wa=Ca[Ca.length-1]||null}var Ea=1;function Da(e,t=!1){Ea+=e,e<0&&wa&&t&&(wa.hasOnce=!0)}function Oa(e){return e.dynamicChildren=Ea>0?wa||i:null,Ta(),Ea>0&&wa&&wa.push(e),e}function F(e,t,n,r,i,a){return Oa(L(e,t,n,r,i,a,!0))}function I(e,t,n,r,i){return Oa(R(e,t,n,r,i,!0))}function ka(e){return e?e.__v_isVNode===!0:!1}function Aa(e,t){return e.type===t.type&&e.key===t.key}var ja=({key:e})=>e??null,Ma=({ref:e,ref_key:t,ref_for:n})=>(typeof e==`number`&&(e=``+e),e==null?null:v(e)||$t(e)||_(e)?{i:In,r:e,k:t,f:!!n}:e);function L(e,t=null,n=null,r=0,i=null,a=e===N?0:1,o=!1,s=!1){let c={__v_isVNode:!0,__v_skip:!0,type:e,props:t,key:t&&ja(t),ref:t&&Ma(t),scopeId:Ln,slotScopeIds:null,children:n,component:null,suspense:null,ssContent:null,ssFallback:null,dirs:null,transition:null,el:null,anchor:null,target:null,targetStart:null,targetAnchor:null,staticCount:0,shapeFlag:a,patchFlag:r,dynamicProps:i,dynamicChildren:null,appContext:null,ctx:In};return s?(Ra(c,n),a&128&&e.normalize(c)):n&&(c.shapeFlag|=v(n)?8:16),Ea>0&&!o&&wa&&(c.patchFlag>0||a&6)&&c.patchFlag!==32&&wa.push(c),c}var R=Na;function Na(e,t=null,n=null,r=0,i=null,a=!1){if(e&&e!==Qr||(e=xa),ka(e)){let r=Fa(e,t,!0);return n&&Ra(r,n),Ea>0&&!a&&wa&&(r.shapeFlag&6?wa[wa.indexOf(e)]=r:wa.push(r)),r.patchFlag=-2,r}if(so(e)&&(e=e.__vccOpts),t){t=Pa(t);let{class:e,style:n}=t;e&&!v(e)&&(t.class=D(e)),b(n)&&(Yt(n)&&!p(n)&&(n=l({},n)),t.style=he(n))}let o=v(e)?1:_a(e)?128:Qn(e)?64:b(e)?4:_(e)?2:0;return L(e,t,n,r,i,o,a,!0)}function Pa(e){return e?Yt(e)?l({},e):Wi(e)?l({},e[no]||e):e:null}function Fa(e,t,n=!1,r=!1){let{props:i,ref:a,patchFlag:o,children:s,transition:c}=e,l=t?V(i||{},t):i,u={__v_isVNode:!0,__v_skip:!0,type:e.type,props:l,key:l&&ja(l),ref:t&&t.ref?n&&a?p(a)?a.concat(Ma(t)):[a,Ma(t)]:Ma(t):a,scopeId:e.scopeId,slotScopeIds:e.slotScopeIds,children:s,target:e.target,targetStart:e.targetStart,targetAnchor:e.targetAnchor,staticCount:e.staticCount,shapeFlag:e.shapeFlag,patchFlag:t&&e.type!==N?o===-1?16:o|16:o,dynamicProps:e.dynamicProps,dynamicChildren:e.dynamicChildren,appContext:e.appContext,dirs:e.dirs,transition:c,component:e.component,suspense:e.suspense,ssContent:e.ssContent&&Fa(e.ssContent),ssFallback:e.ssFallback&&Fa(e.ssFallback),placeholder:e.placeholder,el:e.el,anchor:e.anchor,ctx:e.ctx,ce:e.ce,cacheIndex:e.cacheIndex};return c&&r&&Sr(u,c.clone(u)),u}function z(e=` `,t=0){return R(ba,null,e,t)}function B(e=``,t=!1){return t?(P(),I(xa,null,e)):R(xa,null,e)}function Ia(e){return e==null||typeof e==`boolean`?R(xa):p(e)?R(N,null,e.slice()):ka(e)?La(e):R(ba,null,String(e))}function La(e){return e.el===null&&e.patchFlag!==-1||e.memo?e:Fa(e)}function Ra(e,t){let n=0,{shapeFlag:r}=e;if(t==null)t=null;else if(p(t))n=16;else if(typeof t==`object`){if(r&65){let n=t.default;n&&(n._c&&(n._d=!1),Ra(e,n()),n._c&&(n._d=!0));return}{n=32;let r=t._;!r&&!Wi(t)?t._ctx=In:r===3&&In&&(In.slots._===1?t._=1:(t._=2,e.patchFlag|=1024))}}else if(_(t)){if(r&65){Ra(e,{default:t});return}t={default:t,_ctx:In},n=32}else t=String(t),r&64?(n=16,t=[z(t)]):n=8;e.children=t,e.shapeFlag|=n}function V(...e){let t={};for(let n=0;n<e.length;n++){let r=e[n];for(let e in r)if(e===`class`)t.class!==r.class&&(t.class=D([t.class,r.class]));else if(e===`style`)t.style=he([t.style,r.style]);else if(s(e)){let n=t[e],i=r[e];i&&n!==i&&!(p(n)&&n.includes(i))?t[e]=n?[].concat(n,i):i:i==null&&n==null&&!c(e)&&(t[e]=i)}else e!==``&&(t[e]=r[e])}return t}function za(e,t,n,r=null){hn(e,t,7,[n,r])}var Ba=Ti(),Va=0;function Ha(){return Va}function Ua(e,t,n){let i=e.type,a=(t?t.appContext:e.appContext)||Ba,o={uid:Va++,vnode:e,type:i,parent:t,appContext:a,root:null,next:null,subTree:null,effect:null,update:null,job:null,scope:new je(!0),render:null,proxy:null,exposed:null,exposeProxy:null,withProxy:null,provides:t?t.provides:Object.create(a.provides),ids:t?t.ids:[``,0,0],accessCache:null,renderCache:[],components:null,directives:null,propsOptions:Xi(i,a),emitsOptions:Mi(i,a),emit:null,emitted:null,propsDefaults:r,inheritAttrs:i.inheritAttrs,ctx:r,data:r,props:r,attrs:r,slots:r,refs:r,setupState:r,setupContext:null,suspense:n,suspenseId:n?n.pendingId:0,asyncDep:null,asyncResolved:!1,isMounted:!1,isUnmounted:!1,isDeactivated:!1,bc:null,c:null,bm:null,m:null,bu:null,u:null,um:null,bum:null,da:null,a:null,rtg:null,rtc:null,ec:null,sp:null};return o.ctx={_:o},o.root=t?t.root:o,o.emit=Ai.bind(null,o),e.ce&&e.ce(o),o}var Wa=null,Ga=()=>Wa||In,Ka,qa;{let e=me(),t=(t,n)=>{let r;return(r=e[t])||(r=e[t]=[]),r.push(n),e=>{r.length>1?r.forEach(t=>t(e)):r[0](e)}};Ka=t(`__VUE_INSTANCE_SETTERS__`,e=>Wa=e),qa=t(`__VUE_SSR_SETTERS__`,e=>Za=e)}var Ja=e=>{let t=Wa;return Ka(e),e.scope.on(),()=>{e.scope.off(),Ka(t)}},Ya=()=>{Wa&&Wa.scope.off(),Ka(null)};function Xa(e){return e.vnode.shapeFlag&4}var Za=!1;function Qa(e,t=!1,n=!1){t&&qa(t);let{props:r,children:i}=e.vnode,a=Xa(e);Gi(e,r,a,t),ia(e,i,n||t);let o=a?$a(e,t):void 0;return t&&qa(!1),o}function $a(e,t){let n=e.type;e.accessCache=Object.create(null),e.proxy=new Proxy(e.ctx,ci);let{setup:r}=n;if(r){Ye();let n=e.setupContext=r.length>1?io(e):null,i=Ja(e),a=mn(r,e,0,[e.props,n]),o=x(a);if(Xe(),i(),(o||e.sp)&&!jr(e)&&Er(e),o){if(a.then(Ya,Ya),t)return a.then(n=>{qa(!0);try{eo(e,n,t)}finally{qa(!1)}}).catch(t=>{gn(t,e,0,void 0,!0),e.ssrRender=(e,t)=>t(`<!---->`)});e.asyncDep=a}else eo(e,a,t)}else to(e,t)}function eo(e,t,n){_(t)?e.type.__ssrInlineRender?e.ssrRender=t:e.render=t:b(t)&&(e.setupState=an(t)),to(e,n)}function to(e,t,n){let r=e.type;e.render||=r.render||a;{let t=Ja(e);Ye();try{di(e)}finally{Xe(),t()}}}var no=Symbol(),ro={get(e,t){return ot(e,`get`,``),t===no?e:e[t]}};function io(e){return{attrs:new Proxy(e.attrs,ro),slots:e.slots,emit:e.emit,expose:t=>{e.exposed=t||{}}}}function ao(e){return e.exposed?e.exposeProxy||=new Proxy(an(Xt(e.exposed)),{get(t,n){if(n in t)return t[n];if(n in oi)return oi[n](e)},has(e,t){return t in e||t in oi}}):e.proxy}function oo(e,t=!0){return _(e)?e.displayName||e.name:e.name||t&&e.__name}function so(e){return _(e)&&`__vccOpts`in e}var H=(e,t)=>sn(e,t,Za);function co(e,t,n){try{Da(-1);let r=arguments.length;return r===2?b(t)&&!p(t)?ka(t)?R(e,null,[t]):R(e,t):R(e,null,t):(r>3?n=Array.prototype.slice.call(arguments,2):r===3&&ka(n)&&(n=[n]),R(e,t,n))}finally{Da(1)}}var lo=`3.5.45`,uo=void 0,fo=typeof window<`u`&&window.trustedTypes
/**
* @vue/runtime-dom v3.5.45
* (c) 2018-present Yuxi (Evan) You and Vue contributors
* @license MIT
**/
;if(fo)try{uo=fo.createPolicy(`vue`,{createHTML:e=>e})}catch{}var po=uo?e=>uo.createHTML(e):e=>e,mo=`http://www.w3.org/2000/svg`,ho=`http://www.w3.org/1998/Math/MathML`,go=typeof document<`u`?document:null,_o=go&&go.createElement(`template`),vo={insert:(e,t,n)=>{t.insertBefore(e,n||null)},remove:e=>{let t=e.parentNode;t&&t.removeChild(e)},createElement:(e,t,n,r)=>{let i=t===`svg`?go.createElementNS(mo,e):t===`mathml`?go.createElementNS(ho,e):n?go.createElement(e,{is:n}):go.createElement(e);return e===`select`&&r&&r.multiple!=null&&i.setAttribute(`multiple`,r.multiple),i},createText:e=>go.createTextNode(e),createComment:e=>go.createComment(e),setText:(e,t)=>{e.nodeValue=t},setElementText:(e,t)=>{e.textContent=t},parentNode:e=>e.parentNode,nextSibling:e=>e.nextSibling,querySelector:e=>go.querySelector(e),setScopeId(e,t){e.setAttribute(t,``)},insertStaticContent(e,t,n,r,i,a){let o=n?n.previousSibling:t.lastChild;if(i&&(i===a||i.nextSibling))for(;t.insertBefore(i.cloneNode(!0),n),i!==a&&(i=i.nextSibling););else{_o.innerHTML=po(r===`svg`?`<svg>${e}</svg>`:r===`mathml`?`<math>${e}</math>`:e);let i=_o.content;if(r===`svg`||r===`mathml`){let e=i.firstChild;for(;e.firstChild;)i.appendChild(e.firstChild);i.removeChild(e)}t.insertBefore(i,n)}return[o?o.nextSibling:t.firstChild,n?n.previousSibling:t.lastChild]}},yo=`transition`,bo=`animation`,xo=Symbol(`_vtc`),So={name:String,type:String,css:{type:Boolean,default:!0},duration:[String,Number,Object],enterFromClass:String,enterActiveClass:String,enterToClass:String,appearFromClass:String,appearActiveClass:String,appearToClass:String,leaveFromClass:String,leaveActiveClass:String,leaveToClass:String},Co=l({},mr,So),wo=(e=>(e.displayName=`Transition`,e.props=Co,e))((e,{slots:t})=>co(_r,Do(e),t)),To=(e,t=[])=>{p(e)?e.forEach(e=>e(...t)):e&&e(...t)},Eo=e=>e?p(e)?e.some(e=>e.length>1):e.length>1:!1;function Do(e){let t={};for(let n in e)n in So||(t[n]=e[n]);if(e.css===!1)return t;let{name:n=`v`,type:r,duration:i,enterFromClass:a=`${n}-enter-from`,enterActiveClass:o=`${n}-enter-active`,enterToClass:s=`${n}-enter-to`,appearFromClass:c=a,appearActiveClass:u=o,appearToClass:d=s,leaveFromClass:f=`${n}-leave-from`,leaveActiveClass:p=`${n}-leave-active`,leaveToClass:m=`${n}-leave-to`}=e,h=Oo(i),g=h&&h[0],_=h&&h[1],{onBeforeEnter:v,onEnter:y,onEnterCancelled:b,onLeave:x,onLeaveCancelled:S,onBeforeAppear:C=v,onAppear:w=y,onAppearCancelled:ee=b}=t,te=(e,t,n,r)=>{e._enterCancelled=r,jo(e,t?d:s),jo(e,t?u:o),n&&n()},ne=(e,t)=>{e._isLeaving=!1,jo(e,f),jo(e,m),jo(e,p),t&&t()},re=e=>(t,n)=>{let i=e?w:y,o=()=>te(t,e,n);To(i,[t,o]),Mo(()=>{jo(t,e?c:a),Ao(t,e?d:s),Eo(i)||Po(t,r,g,o)})};return l(t,{onBeforeEnter(e){To(v,[e]),Ao(e,a),Ao(e,o)},onBeforeAppear(e){To(C,[e]),Ao(e,c),Ao(e,u)},onEnter:re(!1),onAppear:re(!0),onLeave(e,t){e._isLeaving=!0;let n=()=>ne(e,t);Ao(e,f),e._enterCancelled?(Ao(e,p),Ro(e)):(Ro(e),Ao(e,p)),Mo(()=>{e._isLeaving&&(jo(e,f),Ao(e,m),Eo(x)||Po(e,r,_,n))}),To(x,[e,n])},onEnterCancelled(e){te(e,!1,void 0,!0),To(b,[e])},onAppearCancelled(e){te(e,!0,void 0,!0),To(ee,[e])},onLeaveCancelled(e){ne(e),To(S,[e])}})}function Oo(e){if(e==null)return null;if(b(e))return[ko(e.enter),ko(e.leave)];{let t=ko(e);return[t,t]}}function ko(e){return fe(e)}function Ao(e,t){t.split(/\s+/).forEach(t=>t&&e.classList.add(t)),(e[xo]||(e[xo]=new Set)).add(t)}function jo(e,t){t.split(/\s+/).forEach(t=>t&&e.classList.remove(t));let n=e[xo];n&&(n.delete(t),n.size||(e[xo]=void 0))}function Mo(e){requestAnimationFrame(()=>{requestAnimationFrame(e)})}var No=0;function Po(e,t,n,r){let i=e._endId=++No,a=()=>{i===e._endId&&r()};if(n!=null)return setTimeout(a,n);let{type:o,timeout:s,propCount:c}=Fo(e,t);if(!o)return r();let l=o+`end`,u=0,d=()=>{e.removeEventListener(l,f),a()},f=t=>{t.target===e&&++u>=c&&d()};setTimeout(()=>{u<c&&d()},s+1),e.addEventListener(l,f)}function Fo(e,t){let n=window.getComputedStyle(e),r=e=>(n[e]||``).split(`, `),i=r(`${yo}Delay`),a=r(`${yo}Duration`),o=Io(i,a),s=r(`${bo}Delay`),c=r(`${bo}Duration`),l=Io(s,c),u=null,d=0,f=0;t===yo?o>0&&(u=yo,d=o,f=a.length):t===bo?l>0&&(u=bo,d=l,f=c.length):(d=Math.max(o,l),u=d>0?o>l?yo:bo:null,f=u?u===yo?a.length:c.length:0);let p=u===yo&&/\b(?:transform|all)(?:,|$)/.test(r(`${yo}Property`).toString());return{type:u,timeout:d,propCount:f,hasTransform:p}}function Io(e,t){for(;e.length<t.length;)e=e.concat(e);return Math.max(...t.map((t,n)=>Lo(t)+Lo(e[n])))}function Lo(e){return e===`auto`?0:Number(e.slice(0,-1).replace(`,`,`.`))*1e3}function Ro(e){return(e?e.ownerDocument:document).body.offsetHeight}function zo(e,t,n){let r=e[xo];r&&(t=(t?[t,...r]:[...r]).join(` `)),t==null?e.removeAttribute(`class`):n?e.setAttribute(`class`,t):e.className=t}var Bo=Symbol(`_vod`),Vo=Symbol(`_vsh`),Ho=Symbol(``),Uo=/(?:^|;)\s*display\s*:/;function Wo(e,t,n){let r=e.style,i=v(n),a=!1;if(n&&!i){if(t){if(v(t))for(let e of t.split(`;`)){let t=e.slice(0,e.indexOf(`:`)).trim();n[t]??Ko(r,t,``)}else for(let e in t)n[e]??Ko(r,e,``)}for(let i in n){i===`display`&&(a=!0);let o=n[i];o==null?Ko(r,i,``):Xo(e,i,!v(t)&&t?t[i]:void 0,o)||Ko(r,i,o)}}else if(i){if(t!==n){let e=r[Ho];e&&(n+=`;`+e),r.cssText=n,a=Uo.test(n)}}else t&&e.removeAttribute(`style`);Bo in e&&(i&&t===n||(e[Bo]=a?r.display:``),e[Vo]&&(r.display=`none`))}var Go=/\s*!important$/;function Ko(e,t,n){if(p(n))n.forEach(n=>Ko(e,t,n));else if(n??=``,t.startsWith(`--`))Go.test(n)?e.setProperty(t,n.replace(Go,``),`important`):e.setProperty(t,n);else{let r=Yo(e,t);Go.test(n)?e.setProperty(oe(r),n.replace(Go,``),`important`):e[r]=n}}var qo=[`Webkit`,`Moz`,`ms`],Jo={};function Yo(e,t){let n=Jo[t];if(n)return n;let r=T(t);if(r!==`filter`&&r in e)return Jo[t]=r;r=se(r);for(let n=0;n<qo.length;n++){let i=qo[n]+r;if(i in e)return Jo[t]=i}return t}function Xo(e,t,n,r){return e.tagName===`TEXTAREA`&&(t===`width`||t===`height`)&&v(r)&&n===r}var Zo=`http://www.w3.org/1999/xlink`;function Qo(e,t,n,r,i,a=be(t)){r&&t.startsWith(`xlink:`)?n==null?e.removeAttributeNS(Zo,t.slice(6,t.length)):e.setAttributeNS(Zo,t,n):n==null||a&&!xe(n)?e.removeAttribute(t):e.setAttribute(t,a?``:y(n)?String(n):n)}function $o(e,t,n,r,i){if(t===`innerHTML`||t===`textContent`){n!=null&&(e[t]=t===`innerHTML`?po(n):n);return}let a=e.tagName;if(t===`value`&&a!==`PROGRESS`&&!a.includes(`-`)){let r=a===`OPTION`?e.getAttribute(`value`)||``:e.value,i=n==null?e.type===`checkbox`?`on`:``:String(n);r===i&&`_value`in e||(e.value=i),n??e.removeAttribute(t),e._value=n;return}let o=!1;if(n===``||n==null){let r=typeof e[t];r===`boolean`?n=xe(n):n==null&&r===`string`?(n=``,o=!0):r===`number`&&(n=0,o=!0)}try{e[t]=n}catch{}o&&e.removeAttribute(i||t)}function es(e,t,n,r){e.addEventListener(t,n,r)}function ts(e,t,n,r){e.removeEventListener(t,n,r)}var ns=Symbol(`_vei`);function rs(e,t,n,r,i=null){let a=e[ns]||(e[ns]={}),o=a[t];if(r&&o)o.value=r;else{let[n,s]=os(t);r?es(e,n,a[t]=us(r,i),s):o&&(ts(e,n,o,s),a[t]=void 0)}}var is=/(Once|Passive|Capture)$/,as=/^on:?(?:Once|Passive|Capture)$/;function os(e){let t,n;for(;(n=e.match(is))&&!as.test(e);)t||={},e=e.slice(0,e.length-n[1].length),t[n[1].toLowerCase()]=!0;return[e[2]===`:`?e.slice(3):oe(e.slice(2)),t]}var ss=0,cs=Promise.resolve(),ls=()=>ss||=(cs.then(()=>ss=0),Date.now());function us(e,t){let n=e=>{if(!e._vts)e._vts=Date.now();else if(e._vts<=n.attached)return;let r=n.value;if(p(r)){let n=e.stopImmediatePropagation;e.stopImmediatePropagation=()=>{n.call(e),e._stopped=!0};let i=r.slice(),a=[e];for(let n=0;n<i.length&&!e._stopped;n++){let e=i[n];e&&hn(e,t,5,a)}}else hn(r,t,5,[e])};return n.value=e,n.attached=ls(),n}var ds=e=>e.charCodeAt(0)===111&&e.charCodeAt(1)===110&&e.charCodeAt(2)>96&&e.charCodeAt(2)<123,fs=(e,t,n,r,i,a)=>{let o=i===`svg`;t===`class`?zo(e,r,o):t===`style`?Wo(e,n,r):s(t)?c(t)||rs(e,t,n,r,a):(t[0]===`.`?(t=t.slice(1),1):t[0]===`^`?(t=t.slice(1),0):ps(e,t,r,o))?($o(e,t,r),e.tagName.includes(`-`)||t!==`value`&&t!==`checked`&&t!==`selected`||Qo(e,t,r,o,a,t!==`value`)):e._isVueCE&&(ms(e,t)||e._def.__asyncLoader&&(/[A-Z]/.test(t)||!v(r)))?$o(e,T(t),r,a,t):(t===`true-value`?e._trueValue=r:t===`false-value`&&(e._falseValue=r),Qo(e,t,r,o))};function ps(e,t,n,r){if(r)return!!(t===`innerHTML`||t===`textContent`||t in e&&ds(t)&&_(n));if(t===`spellcheck`||t===`draggable`||t===`translate`||t===`autocorrect`||t===`sandbox`&&e.tagName===`IFRAME`||t===`form`||t===`list`&&e.tagName===`INPUT`||t===`type`&&e.tagName===`TEXTAREA`)return!1;if(t===`width`||t===`height`){let t=e.tagName;if(t===`IMG`||t===`VIDEO`||t===`CANVAS`||t===`SOURCE`)return!1}return ds(t)&&v(n)?!1:t in e}function ms(e,t){let n=e._def.props;if(!n)return!1;let r=T(t);return Array.isArray(n)?n.some(e=>T(e)===r):Object.keys(n).some(e=>T(e)===r)}var hs=[`ctrl`,`shift`,`alt`,`meta`],gs={stop:e=>e.stopPropagation(),prevent:e=>e.preventDefault(),self:e=>e.target!==e.currentTarget,ctrl:e=>!e.ctrlKey,shift:e=>!e.shiftKey,alt:e=>!e.altKey,meta:e=>!e.metaKey,left:e=>`button`in e&&e.button!==0,middle:e=>`button`in e&&e.button!==1,right:e=>`button`in e&&e.button!==2,exact:(e,t)=>hs.some(n=>e[`${n}Key`]&&!t.includes(n))},_s=(e,t)=>{if(!e)return e;let n=e._withMods||={},r=t.join(`.`);return n[r]||(n[r]=((n,...r)=>{for(let e=0;e<t.length;e++){let r=gs[t[e]];if(r&&r(n,t))return}return e(n,...r)}))},vs=l({patchProp:fs},vo),ys;function bs(){return ys||=sa(vs)}var xs=((...e)=>{let t=bs().createApp(...e),{mount:n}=t;return t.mount=e=>{let r=Cs(e);if(!r)return;let i=t._component;_(i)||i.render||i.template||(i.template=r.innerHTML),r.nodeType===1&&(r.textContent=``);let a=n(r,!1,Ss(r));return r instanceof Element&&(r.removeAttribute(`v-cloak`),r.setAttribute(`data-v-app`,``)),a},t});function Ss(e){if(e instanceof SVGElement)return`svg`;if(typeof MathMLElement==`function`&&e instanceof MathMLElement)return`mathml`}function Cs(e){return v(e)?document.querySelector(e):e}function ws(t){e.registerExtension(t)}function Ts(t){e.extensionManager.registerSidebarTab(t)}async function Es(e,n={}){let r=await t.fetchApi(e,Ds(n)),i=await Os(r);if(!r.ok){let e=typeof i?.error==`string`?i.error:``,t=Error(e||`HTTP ${r.status} ${r.statusText}`.trim());throw t.status=r.status,t}return i}function Ds(e){let{body:t}=e;return!(typeof t==`object`&&t&&Object.getPrototypeOf(t)===Object.prototype)&&!Array.isArray(t)?e:{...e,body:JSON.stringify(t),headers:{"Content-Type":`application/json`,...e.headers}}}async function Os(e){let t=await e.text();if(!t)return null;try{return JSON.parse(t)}catch{if(e.ok)throw Error(`Expected JSON from the server, got: ${t.slice(0,80)}`);return null}}function ks(e,n){let r=e=>n(e.detail);return t.addEventListener(e,r),()=>t.removeEventListener(e,r)}var As=5e3,js=12e3,Ms={success:`success`,info:`info`,warning:`warn`,error:`error`};function Ns(t,n,r){let i=e.extensionManager?.toast;if(!i)return;let a=t===`error`?js:As;typeof i[t]==`function`?i[t](n,{description:r,duration:a}):i.add({severity:Ms[t]??`info`,summary:n,detail:r,life:a})}function Ps(t){return e.extensionManager?.setting?.get(t)}function Fs(t,n){return e.extensionManager?.setting?.set(t,n)}function Is(){return e.rootGraph??e.graph??null}function Ls(){return Is()?.serialize?.()??null}var Rs=new Set;function zs(){for(let e of Rs)e()}function Bs(e){let n=()=>e();return t.addEventListener(`graphChanged`,n),Rs.add(n),()=>{t.removeEventListener(`graphChanged`,n),Rs.delete(n)}}var Vs=`Comfy.RefreshNodeDefinitions`;async function Hs(){let t=e.extensionManager?.command;if(Us(t,Vs)){await t.execute(Vs),await new Promise(e=>setTimeout(e,0));let e=Is();e&&Qs(e)}else if(typeof e.refreshComboInNodes==`function`)return e.refreshComboInNodes()}function Us(e,t){return typeof e?.execute==`function`?!Array.isArray(e.commands)||e.commands.some(e=>e?.id===t):!1}var Ws=/\.(safetensors|sft|ckpt|pt|pth|bin|gguf|onnx)$/i;function Gs(e){let t=[];for(let n of e?.widgets??[]){if(n?.type!==`combo`||typeof n.value!=`string`||!Ws.test(n.value))continue;let e=typeof n.options?.values==`function`?n.options.values():n.options?.values;Array.isArray(e)&&!e.includes(n.value)&&t.push(n.value)}return t}function Ks(){let t=e.canvas;return t?.selected_nodes?Object.values(t.selected_nodes):[...t?.selectedItems??[]].filter(e=>Array.isArray(e?.widgets))}async function qs(t,n){if(n)return!0;let r=e.extensionManager?.command,i=`Workspace.ToggleSidebarTab.${t}`;return Us(r,i)?(await r.execute(i),!0):!1}async function Js(t,n){await e.loadApiJson(t,n);let r=Is();if(!(r&&Object.entries(t).every(([e,t])=>Xs(r,e,t.class_type))))return{loaded:!1,nodeCount:0};let i=Ys(r);for(let e of i)Zs(e);return r.arrange?.(),Qs(r),{loaded:!0,nodeCount:i.length}}function Ys(e){return e?.nodes??e?._nodes??[]}function Xs(e,t,n){let r=e.getNodeById?.(isNaN(Number(t))?t:Number(t));return!!r&&r.type===n}function Zs(e){let t=e.computeSize?.();if(!t)return;let n=e.size??[0,0],r=[Math.max(t[0],n[0]??0),Math.max(t[1],n[1]??0)];typeof e.setSize==`function`?e.setSize(r):e.size=r}function Qs(t){typeof e.canvas?.setDirty==`function`?e.canvas.setDirty(!0,!0):t.setDirtyCanvas?.(!0,!0)}async function $s(t){return await e.loadGraphData(t),Ys(Is()).length}function ec(...e){if(e){let t=[];for(let n=0;n<e.length;n++){let r=e[n];if(!r)continue;let i=typeof r;if(i===`string`||i===`number`)t.push(r);else if(i===`object`){let e=Array.isArray(r)?[ec(...r)]:Object.entries(r).map(([e,t])=>t?e:void 0);t=e.length?t.concat(e.filter(e=>!!e)):t}}return t.join(` `).trim()}}function tc(e,t){return e?e.classList?e.classList.contains(t):RegExp(`(^| )`+t+`( |$)`,`gi`).test(e.className):!1}function nc(e,t){if(e&&t){let n=t=>{tc(e,t)||(e.classList?e.classList.add(t):e.className+=` `+t)};[t].flat().filter(Boolean).forEach(e=>e.split(` `).forEach(n))}}function rc(){return window.innerWidth-document.documentElement.offsetWidth}function ic(e){typeof e==`string`?nc(document.body,e||`p-overflow-hidden`):(e!=null&&e.variableName&&document.body.style.setProperty(e.variableName,rc()+`px`),nc(document.body,e?.className||`p-overflow-hidden`))}function ac(e,t){if(e&&t){let n=t=>{e.classList?e.classList.remove(t):e.className=e.className.replace(RegExp(`(^|\\b)`+t.split(` `).join(`|`)+`(\\b|$)`,`gi`),` `)};[t].flat().filter(Boolean).forEach(e=>e.split(` `).forEach(n))}}function oc(e){typeof e==`string`?ac(document.body,e||`p-overflow-hidden`):(e!=null&&e.variableName&&document.body.style.removeProperty(e.variableName),ac(document.body,e?.className||`p-overflow-hidden`))}function sc(){let e=window,t=document,n=t.documentElement,r=t.getElementsByTagName(`body`)[0];return{width:e.innerWidth||n.clientWidth||r.clientWidth,height:e.innerHeight||n.clientHeight||r.clientHeight}}function cc(e){return e?Math.abs(e.scrollLeft):0}function lc(e,t){e&&(typeof t==`string`?e.style.cssText=t:Object.entries(t||{}).forEach(([t,n])=>e.style[t]=n))}function uc(e,t){if(e instanceof HTMLElement){let n=e.offsetWidth;if(t){let t=getComputedStyle(e);n+=parseFloat(t.marginLeft)+parseFloat(t.marginRight)}return n}return 0}function dc(e){if(e){let t=e.parentNode;return t&&t instanceof ShadowRoot&&t.host&&(t=t.host),t}return null}function fc(e){return!!(e!=null&&e.nodeName&&dc(e))}function pc(e){return typeof Element<`u`?e instanceof Element:typeof e==`object`&&!!e&&e.nodeType===1&&typeof e.nodeName==`string`}function mc(e,t={}){if(pc(e)){let n=(t,r)=>{var i;let a=(i=e?.$attrs)!=null&&i[t]?[e?.$attrs?.[t]]:[];return[r].flat().reduce((e,r)=>{if(r!=null){let i=typeof r;if(i===`string`||i===`number`)e.push(r);else if(i===`object`){let i=Array.isArray(r)?n(t,r):Object.entries(r).map(([e,n])=>t===`style`&&(n||n===0)?`${e.replace(/([a-z])([A-Z])/g,`$1-$2`).toLowerCase()}:${n}`:n?e:void 0);e=i.length?e.concat(i.filter(e=>!!e)):e}}return e},a)};Object.entries(t).forEach(([t,r])=>{if(r!=null){let i=t.match(/^on(.+)/);i?e.addEventListener(i[1].toLowerCase(),r):t===`p-bind`||t===`pBind`?mc(e,r):(r=t===`class`?[...new Set(n(`class`,r))].join(` `).trim():t===`style`?n(`style`,r).join(`;`).trim():r,(e.$attrs=e.$attrs||{})&&(e.$attrs[t]=r),e.setAttribute(t,r))}})}}function hc(e,t={},...n){if(e){let r=document.createElement(e);return mc(r,t),r.append(...n),r}}function gc(e,t){return pc(e)?Array.from(e.querySelectorAll(t)):[]}function _c(e,t){return pc(e)?e.matches(t)?e:e.querySelector(t):null}function vc(e,t){e&&document.activeElement!==e&&e.focus(t)}function yc(e,t){if(pc(e)){let n=e.getAttribute(t);return isNaN(n)?n===`true`||n===`false`?n===`true`:n:+n}}function bc(e,t=``){let n=gc(e,`button:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            [href]:not([tabindex = "-1"]):not([style*="display:none"]):not([hidden])${t},
            input:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            select:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            textarea:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            [tabIndex]:not([tabIndex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            [contenteditable]:not([tabIndex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t}`),r=[];for(let e of n)getComputedStyle(e).display!=`none`&&getComputedStyle(e).visibility!=`hidden`&&r.push(e);return r}function xc(e,t){let n=bc(e,t);return n.length>0?n[0]:null}function Sc(e){if(e){let t=e.offsetHeight,n=getComputedStyle(e);return t-=parseFloat(n.paddingTop)+parseFloat(n.paddingBottom)+parseFloat(n.borderTopWidth)+parseFloat(n.borderBottomWidth),t}return 0}function Cc(e,t){let n=bc(e,t);return n.length>0?n[n.length-1]:null}function wc(e){if(e){let t=e.getBoundingClientRect();return{top:t.top+(window.pageYOffset||document.documentElement.scrollTop||document.body.scrollTop||0),left:t.left+(window.pageXOffset||cc(document.documentElement)||cc(document.body)||0)}}return{top:`auto`,left:`auto`}}function Tc(e,t){if(e){let n=e.offsetHeight;if(t){let t=getComputedStyle(e);n+=parseFloat(t.marginTop)+parseFloat(t.marginBottom)}return n}return 0}function Ec(e){if(e){let t=e.offsetWidth,n=getComputedStyle(e);return t-=parseFloat(n.paddingLeft)+parseFloat(n.paddingRight)+parseFloat(n.borderLeftWidth)+parseFloat(n.borderRightWidth),t}return 0}function Dc(){return!!(typeof window<`u`&&window.document&&window.document.createElement)}function Oc(e,t=``){return pc(e)?e.matches(`button:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            [href][clientHeight][clientWidth]:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            input:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            select:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            textarea:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            [tabIndex]:not([tabIndex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            [contenteditable]:not([tabIndex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t}`):!1}function kc(e,t=``,n){pc(e)&&n!=null&&e.setAttribute(t,n)}function Ac(){let e=new Map;return{on(t,n){let r=e.get(t);return r?r.push(n):r=[n],e.set(t,r),this},off(t,n){let r=e.get(t);return r&&r.splice(r.indexOf(n)>>>0,1),this},emit(t,n){let r=e.get(t);r&&r.forEach(e=>{e(n)})},clear(){e.clear()}}}var jc=Object.defineProperty,Mc=Object.getOwnPropertySymbols,Nc=Object.prototype.hasOwnProperty,Pc=Object.prototype.propertyIsEnumerable,Fc=(e,t,n)=>t in e?jc(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,Ic=(e,t)=>{for(var n in t||={})Nc.call(t,n)&&Fc(e,n,t[n]);if(Mc)for(var n of Mc(t))Pc.call(t,n)&&Fc(e,n,t[n]);return e};function Lc(e){return e==null||e===``||Array.isArray(e)&&e.length===0||!(e instanceof Date)&&typeof e==`object`&&Object.keys(e).length===0}function Rc(e){return typeof e==`function`&&`call`in e&&`apply`in e}function U(e){return!Lc(e)}function zc(e,t=!0){return e instanceof Object&&e.constructor===Object&&(t||Object.keys(e).length!==0)}function Bc(e={},t={}){let n=Ic({},e);return Object.keys(t).forEach(r=>{let i=r;zc(t[i])&&i in e&&zc(e[i])?n[i]=Bc(e[i],t[i]):n[i]=t[i]}),n}function Vc(...e){return e.reduce((e,t,n)=>n===0?t:Bc(e,t),{})}function Hc(e,...t){return Rc(e)?e(...t):e}function Uc(e,t=!0){return typeof e==`string`&&(t||e!==``)}function Wc(e){return Uc(e)?e.replace(/(-|_)/g,``).toLowerCase():e}function Gc(e,t=``,n={}){let r=Wc(t).split(`.`),i=r.shift();return i?zc(e)?Gc(Hc(e[Object.keys(e).find(e=>Wc(e)===i)||``],n),r.join(`.`),n):void 0:Hc(e,n)}function Kc(e,t=!0){return Array.isArray(e)&&(t||e.length!==0)}function qc(e){return U(e)&&!isNaN(e)}function Jc(e,t){if(t){let n=t.test(e);return t.lastIndex=0,n}return!1}function Yc(...e){return Vc(...e)}function Xc(e){return e&&e.replace(/\/\*(?:(?!\*\/)[\s\S])*\*\/|[\r\n\t]+/g,``).replace(/ {2,}/g,` `).replace(/ ([{:}]) /g,`$1`).replace(/([;,]) /g,`$1`).replace(/ !/g,`!`).replace(/: /g,`:`).trim()}function Zc(e){return Uc(e,!1)?e[0].toUpperCase()+e.slice(1):e}function Qc(e){return Uc(e)?e.replace(/(_)/g,`-`).replace(/([a-z])([A-Z])/g,`$1-$2`).toLowerCase():e}var $c={};function el(e=`pui_id_`){return Object.hasOwn($c,e)||($c[e]=0),$c[e]++,`${e}${$c[e]}`}function tl(){let e=[],t=(t,n,r=999)=>{let a=i(t,n,r),o=a.value+(a.key===t?0:r)+1;return e.push({key:t,value:o}),o},n=t=>{e=e.filter(e=>e.value!==t)},r=(e,t)=>i(e,t).value,i=(t,n,r=0)=>[...e].reverse().find(e=>n?!0:e.key===t)||{key:t,value:r},a=e=>e&&parseInt(e.style.zIndex,10)||0;return{get:a,set:(e,n,r)=>{n&&(n.style.zIndex=String(t(e,!0,r)))},clear:e=>{e&&(n(a(e)),e.style.zIndex=``)},getCurrent:e=>r(e,!0)}}var nl=tl(),rl=Object.defineProperty,il=Object.defineProperties,al=Object.getOwnPropertyDescriptors,ol=Object.getOwnPropertySymbols,sl=Object.prototype.hasOwnProperty,cl=Object.prototype.propertyIsEnumerable,ll=(e,t,n)=>t in e?rl(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,ul=(e,t)=>{for(var n in t||={})sl.call(t,n)&&ll(e,n,t[n]);if(ol)for(var n of ol(t))cl.call(t,n)&&ll(e,n,t[n]);return e},dl=(e,t)=>il(e,al(t)),fl=(e,t)=>{var n={};for(var r in e)sl.call(e,r)&&t.indexOf(r)<0&&(n[r]=e[r]);if(e!=null&&ol)for(var r of ol(e))t.indexOf(r)<0&&cl.call(e,r)&&(n[r]=e[r]);return n},pl=Ac(),ml=/{([^}]*)}/g,hl=/(\d+\s+[\+\-\*\/]\s+\d+)/g,gl=/var\([^)]+\)/g;function _l(e){return Uc(e)?e.replace(/[A-Z]/g,(e,t)=>t===0?e:`.`+e.toLowerCase()).toLowerCase():e}function vl(e){return zc(e)&&e.hasOwnProperty(`$value`)&&e.hasOwnProperty(`$type`)?e.$value:e}function yl(e){return e.replaceAll(/ /g,``).replace(/[^\w]/g,`-`)}function bl(e=``,t=``){return yl(`${Uc(e,!1)&&Uc(t,!1)?`${e}-`:e}${t}`)}function xl(e=``,t=``){return`--${bl(e,t)}`}function Sl(e=``){return((e.match(/{/g)||[]).length+(e.match(/}/g)||[]).length)%2!=0}function Cl(e,t=``,n=``,r=[],i){if(Uc(e)){let t=e.trim();if(Sl(t))return;if(Jc(t,ml)){let e=t.replaceAll(ml,e=>`var(${xl(n,Qc(e.replace(/{|}/g,``).split(`.`).filter(e=>!r.some(t=>Jc(e,t))).join(`-`)))}${U(i)?`, ${i}`:``})`);return Jc(e.replace(gl,`0`),hl)?`calc(${e})`:e}return t}if(qc(e))return e}function wl(e,t,n){Uc(t,!1)&&e.push(`${t}:${n};`)}function Tl(e,t){return e?`${e}{${t}}`:``}function El(e,t){if(e.indexOf(`dt(`)===-1)return e;function n(e,t){let n=[],i=0,a=``,o=null,s=0;for(;i<=e.length;){let c=e[i];if((c===`"`||c===`'`||c==="`")&&e[i-1]!==`\\`&&(o=o===c?null:c),!o&&(c===`(`&&s++,c===`)`&&s--,(c===`,`||i===e.length)&&s===0)){let e=a.trim();e.startsWith(`dt(`)?n.push(El(e,t)):n.push(r(e)),a=``,i++}else c!==void 0&&(a+=c),i++}return n}function r(e){let t=e[0];if((t===`"`||t===`'`||t==="`")&&e[e.length-1]===t)return e.slice(1,-1);let n=Number(e);return isNaN(n)?e:n}let i=[],a=[];for(let t=0;t<e.length;t++)if(e[t]===`d`&&e.slice(t,t+3)===`dt(`)a.push(t),t+=2;else if(e[t]===`)`&&a.length>0){let e=a.pop();a.length===0&&i.push([e,t])}if(!i.length)return e;for(let r=i.length-1;r>=0;r--){let[a,o]=i[r],s=t(...n(e.slice(a+3,o),t));e=e.slice(0,a)+s+e.slice(o+1)}return e}var Dl=e=>{let t=W.getTheme(),n=kl(t,e,void 0,`variable`);return{name:n?.match(/--[\w-]+/g)?.[0],variable:n,value:kl(t,e,void 0,`value`)}},Ol=(...e)=>kl(W.getTheme(),...e),kl=(e={},t,n,r)=>{if(t){let{variable:i,options:a}=W.defaults||{},{prefix:o,transform:s}=e?.options||a||{},c=Jc(t,ml)?t:`{${t}}`;return r===`value`||Lc(r)&&s===`strict`?W.getTokenValue(t):Cl(c,void 0,o,[i.excludedKeyRegex],n)}return``};function Al(e,...t){return e instanceof Array?El(e.reduce((e,n,r)=>e+n+(Hc(t[r],{dt:Ol})??``),``),Ol):Hc(e,{dt:Ol})}function jl(e,t={}){let n=W.defaults.variable,{prefix:r=n.prefix,selector:i=n.selector,excludedKeyRegex:a=n.excludedKeyRegex}=t,o=[],s=[],c=[{node:e,path:r}];for(;c.length;){let{node:e,path:t}=c.pop();for(let n in e){let i=e[n],l=vl(i),u=Jc(n,a)?bl(t):bl(t,Qc(n));if(zc(l))c.push({node:l,path:u});else{wl(s,xl(u),Cl(l,u,r,[a]));let e=u;r&&e.startsWith(r+`-`)&&(e=e.slice(r.length+1)),o.push(e.replace(/-/g,`.`))}}}let l=s.join(``);return{value:s,tokens:o,declarations:l,css:Tl(i,l)}}var Ml={regex:{rules:{class:{pattern:/^\.([a-zA-Z][\w-]*)$/,resolve(e){return{type:`class`,selector:e,matched:this.pattern.test(e.trim())}}},attr:{pattern:/^\[(.*)\]$/,resolve(e){return{type:`attr`,selector:`:root${e},:host${e}`,matched:this.pattern.test(e.trim())}}},media:{pattern:/^@media (.*)$/,resolve(e){return{type:`media`,selector:e,matched:this.pattern.test(e.trim())}}},system:{pattern:/^system$/,resolve(e){return{type:`system`,selector:`@media (prefers-color-scheme: dark)`,matched:this.pattern.test(e.trim())}}},custom:{resolve(e){return{type:`custom`,selector:e,matched:!0}}}},resolve(e){let t=Object.keys(this.rules).filter(e=>e!==`custom`).map(e=>this.rules[e]);return[e].flat().map(e=>t.map(t=>t.resolve(e)).find(e=>e.matched)??this.rules.custom.resolve(e))}},_toVariables(e,t){return jl(e,{prefix:t?.prefix})},getCommon({name:e=``,theme:t={},params:n,set:r,defaults:i}){let{preset:a,options:o}=t,s,c,l,u,d,f,p;if(U(a)&&o.transform!==`strict`){let{primitive:t,semantic:n,extend:m}=a,h=n||{},{colorScheme:g}=h,_=fl(h,[`colorScheme`]),v=m||{},{colorScheme:y}=v,b=fl(v,[`colorScheme`]),x=g||{},{dark:S}=x,C=fl(x,[`dark`]),w=y||{},{dark:ee}=w,te=fl(w,[`dark`]),ne=U(t)?this._toVariables({primitive:t},o):{},re=U(_)?this._toVariables({semantic:_},o):{},ie=U(C)?this._toVariables({light:C},o):{},T=U(S)?this._toVariables({dark:S},o):{},ae=U(b)?this._toVariables({semantic:b},o):{},oe=U(te)?this._toVariables({light:te},o):{},se=U(ee)?this._toVariables({dark:ee},o):{},[ce,E]=[ne.declarations??``,ne.tokens],[le,ue]=[re.declarations??``,re.tokens||[]],[de,fe]=[ie.declarations??``,ie.tokens||[]],[pe,me]=[T.declarations??``,T.tokens||[]],[he,ge]=[ae.declarations??``,ae.tokens||[]],[_e,ve]=[oe.declarations??``,oe.tokens||[]],[ye,D]=[se.declarations??``,se.tokens||[]];s=this.transformCSS(e,ce,`light`,`variable`,o,r,i),c=E,l=`${this.transformCSS(e,`${le}${de}`,`light`,`variable`,o,r,i)}${this.transformCSS(e,`${pe}`,`dark`,`variable`,o,r,i)}`,u=[...new Set([...ue,...fe,...me])],d=`${this.transformCSS(e,`${he}${_e}color-scheme:light`,`light`,`variable`,o,r,i)}${this.transformCSS(e,`${ye}color-scheme:dark`,`dark`,`variable`,o,r,i)}`,f=[...new Set([...ge,...ve,...D])],p=Hc(a.css,{dt:Ol})}return{primitive:{css:s,tokens:c},semantic:{css:l,tokens:u},global:{css:d,tokens:f},style:p}},getPreset({name:e=``,preset:t={},options:n,params:r,set:i,defaults:a,selector:o}){let s,c,l;if(U(t)&&n.transform!==`strict`){let r=e.replace(`-directive`,``),u=t,{colorScheme:d,extend:f,css:p}=u,m=fl(u,[`colorScheme`,`extend`,`css`]),h=f||{},{colorScheme:g}=h,_=fl(h,[`colorScheme`]),v=d||{},{dark:y}=v,b=fl(v,[`dark`]),x=g||{},{dark:S}=x,C=fl(x,[`dark`]),w=U(m)?this._toVariables({[r]:ul(ul({},m),_)},n):{},ee=U(b)?this._toVariables({[r]:ul(ul({},b),C)},n):{},te=U(y)?this._toVariables({[r]:ul(ul({},y),S)},n):{},[ne,re]=[w.declarations??``,w.tokens||[]],[ie,T]=[ee.declarations??``,ee.tokens||[]],[ae,oe]=[te.declarations??``,te.tokens||[]];s=`${this.transformCSS(r,`${ne}${ie}`,`light`,`variable`,n,i,a,o)}${this.transformCSS(r,ae,`dark`,`variable`,n,i,a,o)}`,c=[...new Set([...re,...T,...oe])],l=Hc(p,{dt:Ol})}return{css:s,tokens:c,style:l}},getPresetC({name:e=``,theme:t={},params:n,set:r,defaults:i}){let{preset:a,options:o}=t,s=a?.components?.[e];return this.getPreset({name:e,preset:s,options:o,params:n,set:r,defaults:i})},getPresetD({name:e=``,theme:t={},params:n,set:r,defaults:i}){let a=e.replace(`-directive`,``),{preset:o,options:s}=t,c=o?.components?.[a]||o?.directives?.[a];return this.getPreset({name:a,preset:c,options:s,params:n,set:r,defaults:i})},applyDarkColorScheme(e){return e.darkModeSelector!==`none`&&e.darkModeSelector!==!1},getColorSchemeOption(e,t){return this.applyDarkColorScheme(e)?this.regex.resolve(e.darkModeSelector===!0?t.options.darkModeSelector:e.darkModeSelector??t.options.darkModeSelector):[]},getLayerOrder(e,t={},n,r){let{cssLayer:i}=t;return i?`@layer ${Hc(i.order||i.name||`primeui`,n)}`:``},getCommonStyleSheet({name:e=``,theme:t={},params:n,props:r={},set:i,defaults:a}){let o=this.getCommon({name:e,theme:t,params:n,set:i,defaults:a}),s=Object.entries(r).reduce((e,[t,n])=>e.push(`${t}="${n}"`)&&e,[]).join(` `);return Object.entries(o||{}).reduce((e,[t,n])=>{if(zc(n)&&Object.hasOwn(n,`css`)){let r=Xc(n.css),i=`${t}-variables`;e.push(`<style type="text/css" data-primevue-style-id="${i}" ${s}>${r}</style>`)}return e},[]).join(``)},getStyleSheet({name:e=``,theme:t={},params:n,props:r={},set:i,defaults:a}){let o={name:e,theme:t,params:n,set:i,defaults:a},s=(e.includes(`-directive`)?this.getPresetD(o):this.getPresetC(o))?.css,c=Object.entries(r).reduce((e,[t,n])=>e.push(`${t}="${n}"`)&&e,[]).join(` `);return s?`<style type="text/css" data-primevue-style-id="${e}-variables" ${c}>${Xc(s)}</style>`:``},createTokens(e={},t,n=``,r=``,i={}){let a=function(e,t={},n=[]){if(n.includes(this.path))return console.warn(`Circular reference detected at ${this.path}`),{colorScheme:e,path:this.path,paths:t,value:void 0};n.push(this.path),t.name=this.path,t.binding||={};let r=this.value;if(typeof this.value==`string`&&ml.test(this.value)){let i=this.value.trim().replace(ml,r=>{let i=r.slice(1,-1),a=this.tokens[i];if(!a)return console.warn(`Token not found for path: ${i}`),`__UNRESOLVED__`;let o=a.computed(e,t,n);return Array.isArray(o)&&o.length===2?`light-dark(${o[0].value},${o[1].value})`:o?.value??`__UNRESOLVED__`});r=hl.test(i.replace(gl,`0`))?`calc(${i})`:i}return Lc(t.binding)&&delete t.binding,n.pop(),{colorScheme:e,path:this.path,paths:t,value:r.includes(`__UNRESOLVED__`)?void 0:r}},o=(e,n,r)=>{Object.entries(e).forEach(([e,s])=>{let c=Jc(e,t.variable.excludedKeyRegex)?n:n?`${n}.${_l(e)}`:_l(e),l=r?`${r}.${e}`:e;zc(s)?o(s,c,l):(i[c]||(i[c]={paths:[],computed:(e,t={},n=[])=>{if(i[c].paths.length===1)return i[c].paths[0].computed(i[c].paths[0].scheme,t.binding,n);if(e&&e!==`none`)for(let r=0;r<i[c].paths.length;r++){let a=i[c].paths[r];if(a.scheme===e)return a.computed(e,t.binding,n)}return i[c].paths.map(e=>e.computed(e.scheme,t[e.scheme],n))}}),i[c].paths.push({path:l,value:s,scheme:l.includes(`colorScheme.light`)?`light`:l.includes(`colorScheme.dark`)?`dark`:`none`,computed:a,tokens:i}))})};return o(e,n,r),i},getTokenValue(e,t,n){let r=(e=>e.split(`.`).filter(e=>!Jc(e.toLowerCase(),n.variable.excludedKeyRegex)).join(`.`))(t),i=t.includes(`colorScheme.light`)?`light`:t.includes(`colorScheme.dark`)?`dark`:void 0,a=[e[r]?.computed(i)].flat().filter(e=>e);return a.length===1?a[0].value:a.reduce((e={},t)=>{let n=t,{colorScheme:r}=n;return e[r]=fl(n,[`colorScheme`]),e},void 0)},getSelectorRule(e,t,n,r){return n===`class`||n===`attr`?Tl(U(t)?`${e}${t},${e} ${t}`:e,r):Tl(e,Tl(t??`:root,:host`,r))},transformCSS(e,t,n,r,i={},a,o,s){if(U(t)){let{cssLayer:c}=i;if(r!==`style`){let e=this.getColorSchemeOption(i,o);t=n===`dark`?e.reduce((e,{type:n,selector:r})=>(U(r)&&(e+=r.includes(`[CSS]`)?r.replace(`[CSS]`,t):this.getSelectorRule(r,s,n,t)),e),``):Tl(s??`:root,:host`,t)}if(c){let n={name:`primeui`,order:`primeui`};zc(c)&&(n.name=Hc(c.name,{name:e,type:r})),U(n.name)&&(t=Tl(`@layer ${n.name}`,t),a?.layerNames(n.name))}return t}return``}},W={defaults:{variable:{prefix:`p`,selector:`:root,:host`,excludedKeyRegex:/^(primitive|semantic|components|directives|variables|colorscheme|light|dark|common|root|states|extend|css)$/gi},options:{prefix:`p`,darkModeSelector:`system`,cssLayer:!1}},_theme:void 0,_layerNames:new Set,_loadedStyleNames:new Set,_loadingStyles:new Set,_tokens:{},update(e={}){let{theme:t}=e;t&&(this._theme=dl(ul({},t),{options:ul(ul({},this.defaults.options),t.options)}),this._tokens=Ml.createTokens(this.preset,this.defaults),this.clearLoadedStyleNames())},get theme(){return this._theme},get preset(){return this.theme?.preset||{}},get options(){return this.theme?.options||{}},get tokens(){return this._tokens},getTheme(){return this.theme},setTheme(e){this.update({theme:e}),pl.emit(`theme:change`,e)},getPreset(){return this.preset},setPreset(e){this._theme=dl(ul({},this.theme),{preset:e}),this._tokens=Ml.createTokens(e,this.defaults),this.clearLoadedStyleNames(),pl.emit(`preset:change`,e),pl.emit(`theme:change`,this.theme)},getOptions(){return this.options},setOptions(e){this._theme=dl(ul({},this.theme),{options:e}),this.clearLoadedStyleNames(),pl.emit(`options:change`,e),pl.emit(`theme:change`,this.theme)},getLayerNames(){return[...this._layerNames]},setLayerNames(e){this._layerNames.add(e)},getLoadedStyleNames(){return this._loadedStyleNames},isStyleNameLoaded(e){return this._loadedStyleNames.has(e)},setLoadedStyleName(e){this._loadedStyleNames.add(e)},deleteLoadedStyleName(e){this._loadedStyleNames.delete(e)},clearLoadedStyleNames(){this._loadedStyleNames.clear()},getTokenValue(e){return Ml.getTokenValue(this.tokens,e,this.defaults)},getCommon(e=``,t){return Ml.getCommon({name:e,theme:this.theme,params:t,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}})},getComponent(e=``,t){let n={name:e,theme:this.theme,params:t,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}};return Ml.getPresetC(n)},getDirective(e=``,t){let n={name:e,theme:this.theme,params:t,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}};return Ml.getPresetD(n)},getCustomPreset(e=``,t,n,r){let i={name:e,preset:t,options:this.options,selector:n,params:r,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}};return Ml.getPreset(i)},getLayerOrderCSS(e=``){return Ml.getLayerOrder(e,this.options,{names:this.getLayerNames()},this.defaults)},transformCSS(e=``,t,n=`style`,r){return Ml.transformCSS(e,t,r,n,this.options,{layerNames:this.setLayerNames.bind(this)},this.defaults)},getCommonStyleSheet(e=``,t,n={}){return Ml.getCommonStyleSheet({name:e,theme:this.theme,params:t,props:n,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}})},getStyleSheet(e,t,n={}){return Ml.getStyleSheet({name:e,theme:this.theme,params:t,props:n,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}})},onStyleMounted(e){this._loadingStyles.add(e)},onStyleUpdated(e){this._loadingStyles.add(e)},onStyleLoaded(e,{name:t}){this._loadingStyles.size&&(this._loadingStyles.delete(t),pl.emit(`theme:${t}:load`,e),!this._loadingStyles.size&&pl.emit(`theme:load`))}},Nl={_loadedStyleNames:new Set,getLoadedStyleNames:function(){return this._loadedStyleNames},isStyleNameLoaded:function(e){return this._loadedStyleNames.has(e)},setLoadedStyleName:function(e){this._loadedStyleNames.add(e)},deleteLoadedStyleName:function(e){this._loadedStyleNames.delete(e)},clearLoadedStyleNames:function(){this._loadedStyleNames.clear()}},Pl=`
    *,
    ::before,
    ::after {
        box-sizing: border-box;
    }

    .p-collapsible-enter-active {
        animation: p-animate-collapsible-expand 0.2s ease-out;
        overflow: hidden;
    }

    .p-collapsible-leave-active {
        animation: p-animate-collapsible-collapse 0.2s ease-out;
        overflow: hidden;
    }

    @keyframes p-animate-collapsible-expand {
        from {
            grid-template-rows: 0fr;
        }
        to {
            grid-template-rows: 1fr;
        }
    }

    @keyframes p-animate-collapsible-collapse {
        from {
            grid-template-rows: 1fr;
        }
        to {
            grid-template-rows: 0fr;
        }
    }

    .p-disabled,
    .p-disabled * {
        cursor: default;
        pointer-events: none;
        user-select: none;
    }

    .p-disabled,
    .p-component:disabled {
        opacity: dt('disabled.opacity');
    }

    .pi {
        font-size: dt('icon.size');
    }

    .p-icon {
        width: dt('icon.size');
        height: dt('icon.size');
    }

    .p-overlay-mask {
        background: var(--px-mask-background, dt('mask.background'));
        color: dt('mask.color');
        position: fixed;
        top: 0;
        left: 0;
        width: 100%;
        height: 100%;
    }

    .p-overlay-mask-enter-active {
        animation: p-animate-overlay-mask-enter dt('mask.transition.duration') forwards;
    }

    .p-overlay-mask-leave-active {
        animation: p-animate-overlay-mask-leave dt('mask.transition.duration') forwards;
    }

    @keyframes p-animate-overlay-mask-enter {
        from {
            background: transparent;
        }
        to {
            background: var(--px-mask-background, dt('mask.background'));
        }
    }
    @keyframes p-animate-overlay-mask-leave {
        from {
            background: var(--px-mask-background, dt('mask.background'));
        }
        to {
            background: transparent;
        }
    }

    .p-anchored-overlay-enter-active {
        animation: p-animate-anchored-overlay-enter 300ms cubic-bezier(.19,1,.22,1);
    }

    .p-anchored-overlay-leave-active {
        animation: p-animate-anchored-overlay-leave 300ms cubic-bezier(.19,1,.22,1);
    }

    @keyframes p-animate-anchored-overlay-enter {
        from {
            opacity: 0;
            transform: scale(0.93);
        }
    }

    @keyframes p-animate-anchored-overlay-leave {
        to {
            opacity: 0;
            transform: scale(0.93);
        }
    }
`;function Fl(e){"@babel/helpers - typeof";return Fl=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Fl(e)}function Il(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function Ll(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?Il(Object(n),!0).forEach(function(t){Rl(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):Il(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function Rl(e,t,n){return(t=zl(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function zl(e){var t=Bl(e,`string`);return Fl(t)==`symbol`?t:t+``}function Bl(e,t){if(Fl(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Fl(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function Vl(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:!0;Ga()&&Ga().components?Br(e):t?e():Tn(e)}var Hl=0;function Ul(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=en(!1),r=en(e),i=en(null),a=Dc()?window.document:void 0,o=t.document,s=o===void 0?a:o,c=t.immediate,l=c===void 0||c,u=t.manual,d=u!==void 0&&u,f=t.name,p=f===void 0?`style_${++Hl}`:f,m=t.id,h=m===void 0?void 0:m,g=t.media,_=g===void 0?void 0:g,v=t.nonce,y=v===void 0?void 0:v,b=t.first,x=b!==void 0&&b,S=t.onMounted,C=S===void 0?void 0:S,w=t.onUpdated,ee=w===void 0?void 0:w,te=t.onLoad,ne=te===void 0?void 0:te,re=t.props,ie=re===void 0?{}:re,T=function(){},ae=function(t){var a=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};if(s){var o=Ll(Ll({},ie),a),c=o.name||p,l=o.id||h,u=o.nonce||y;i.value=s.querySelector(`style[data-primevue-style-id="${c}"]`)||s.getElementById(l)||s.createElement(`style`),i.value.isConnected||(r.value=t||e,mc(i.value,{type:`text/css`,id:l,media:_,nonce:u}),x?s.head.prepend(i.value):s.head.appendChild(i.value),kc(i.value,`data-primevue-style-id`,c),mc(i.value,o),i.value.onload=function(e){return ne?.(e,{name:c})},C?.(c)),n.value||=(T=Kn(r,function(e){i.value.textContent=e,ee?.(c)},{immediate:!0}),!0)}};return l&&!d&&Vl(ae),{id:h,name:p,el:i,css:r,unload:function(){s&&n.value&&(T(),fc(i.value)&&s.head.removeChild(i.value),n.value=!1,i.value=null)},load:ae,isLoaded:Wt(n)}}function Wl(e){"@babel/helpers - typeof";return Wl=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Wl(e)}var Gl,Kl,ql,Jl;function Yl(e,t){return eu(e)||$l(e,t)||Zl(e,t)||Xl()}function Xl(){throw TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Zl(e,t){if(e){if(typeof e==`string`)return Ql(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Ql(e,t):void 0}}function Ql(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function $l(e,t){var n=e==null?null:typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(n!=null){var r,i,a,o,s=[],c=!0,l=!1;try{if(a=(n=n.call(e)).next,t!==0)for(;!(c=(r=a.call(n)).done)&&(s.push(r.value),s.length!==t);c=!0);}catch(e){l=!0,i=e}finally{try{if(!c&&n.return!=null&&(o=n.return(),Object(o)!==o))return}finally{if(l)throw i}}return s}}function eu(e){if(Array.isArray(e))return e}function tu(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function nu(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?tu(Object(n),!0).forEach(function(t){ru(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):tu(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function ru(e,t,n){return(t=iu(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function iu(e){var t=au(e,`string`);return Wl(t)==`symbol`?t:t+``}function au(e,t){if(Wl(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Wl(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function ou(e,t){return t||=e.slice(0),Object.freeze(Object.defineProperties(e,{raw:{value:Object.freeze(t)}}))}var G={name:`base`,css:function(e){var t=e.dt;return`
.p-hidden-accessible {
    border: 0;
    clip: rect(0 0 0 0);
    height: 1px;
    margin: -1px;
    opacity: 0;
    overflow: hidden;
    padding: 0;
    pointer-events: none;
    position: absolute;
    white-space: nowrap;
    width: 1px;
}

.p-overflow-hidden {
    overflow: hidden;
    padding-right: ${t(`scrollbar.width`)};
}
`},style:Pl,classes:{},inlineStyles:{},load:function(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=(arguments.length>2&&arguments[2]!==void 0?arguments[2]:function(e){return e})(Al(Gl||=ou([``,``]),e));return U(n)?Ul(Xc(n),nu({name:this.name},t)):{}},loadCSS:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{};return this.load(this.css,e)},loadStyle:function(){var e=this,t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``;return this.load(this.style,t,function(){var r=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``;return W.transformCSS(t.name||e.name,`${r}${Al(Kl||=ou([``,``]),n)}`)})},getCommonTheme:function(e){return W.getCommon(this.name,e)},getComponentTheme:function(e){return W.getComponent(this.name,e)},getDirectiveTheme:function(e){return W.getDirective(this.name,e)},getPresetTheme:function(e,t,n){return W.getCustomPreset(this.name,e,t,n)},getLayerOrderThemeCSS:function(){return W.getLayerOrderCSS(this.name)},getStyleSheet:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};if(this.css){var n=Hc(this.css,{dt:Ol})||``,r=Xc(Al(ql||=ou([``,``,``]),n,e)),i=Object.entries(t).reduce(function(e,t){var n=Yl(t,2),r=n[0],i=n[1];return e.push(`${r}="${i}"`)&&e},[]).join(` `);return U(r)?`<style type="text/css" data-primevue-style-id="${this.name}" ${i}>${r}</style>`:``}return``},getCommonThemeStyleSheet:function(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return W.getCommonStyleSheet(this.name,e,t)},getThemeStyleSheet:function(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=[W.getStyleSheet(this.name,e,t)];if(this.style){var r=this.name===`base`?`global-style`:`${this.name}-style`,i=Al(Jl||=ou([``,``]),Hc(this.style,{dt:Ol})),a=Xc(W.transformCSS(r,i)),o=Object.entries(t).reduce(function(e,t){var n=Yl(t,2),r=n[0],i=n[1];return e.push(`${r}="${i}"`)&&e},[]).join(` `);U(a)&&n.push(`<style type="text/css" data-primevue-style-id="${r}" ${o}>${a}</style>`)}return n.join(``)},extend:function(e){return nu(nu({},this),{},{css:void 0,style:void 0},e)}};function su(){return`${arguments.length>0&&arguments[0]!==void 0?arguments[0]:`pc`}${Tr().replace(`v-`,``).replaceAll(`-`,`_`)}`}var cu=G.extend({name:`common`});function lu(e){"@babel/helpers - typeof";return lu=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},lu(e)}function uu(e){return _u(e)||du(e)||mu(e)||pu()}function du(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function fu(e,t){return _u(e)||gu(e,t)||mu(e,t)||pu()}function pu(){throw TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function mu(e,t){if(e){if(typeof e==`string`)return hu(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?hu(e,t):void 0}}function hu(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function gu(e,t){var n=e==null?null:typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(n!=null){var r,i,a,o,s=[],c=!0,l=!1;try{if(a=(n=n.call(e)).next,t===0){if(Object(n)!==n)return;c=!1}else for(;!(c=(r=a.call(n)).done)&&(s.push(r.value),s.length!==t);c=!0);}catch(e){l=!0,i=e}finally{try{if(!c&&n.return!=null&&(o=n.return(),Object(o)!==o))return}finally{if(l)throw i}}return s}}function _u(e){if(Array.isArray(e))return e}function vu(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function K(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?vu(Object(n),!0).forEach(function(t){yu(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):vu(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function yu(e,t,n){return(t=bu(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function bu(e){var t=xu(e,`string`);return lu(t)==`symbol`?t:t+``}function xu(e,t){if(lu(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(lu(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Su={name:`BaseComponent`,props:{pt:{type:Object,default:void 0},ptOptions:{type:Object,default:void 0},unstyled:{type:Boolean,default:void 0},dt:{type:Object,default:void 0}},inject:{$parentInstance:{default:void 0}},watch:{isUnstyled:{immediate:!0,handler:function(e){pl.off(`theme:change`,this._loadCoreStyles),e||(this._loadCoreStyles(),this._themeChangeListener(this._loadCoreStyles))}},dt:{immediate:!0,handler:function(e,t){var n=this;pl.off(`theme:change`,this._themeScopedListener),e?(this._loadScopedThemeStyles(e),this._themeScopedListener=function(){return n._loadScopedThemeStyles(e)},this._themeChangeListener(this._themeScopedListener)):this._unloadScopedThemeStyles()}}},scopedStyleEl:void 0,rootEl:void 0,uid:void 0,$attrSelector:void 0,beforeCreate:function(){var e,t,n,r,i,a,o,s,c,l,u=this.pt?._usept,d=u?(e=this.pt)==null||(e=e.originalValue)==null?void 0:e[this.$.type.name]:void 0;(n=(u?(t=this.pt)==null||(t=t.value)==null?void 0:t[this.$.type.name]:this.pt)||d)==null||(n=n.hooks)==null||(r=n.onBeforeCreate)==null||r.call(n);var f=(i=this.$primevueConfig)==null||(i=i.pt)==null?void 0:i._usept,p=f?(a=this.$primevue)==null||(a=a.config)==null||(a=a.pt)==null?void 0:a.originalValue:void 0;(c=(f?(o=this.$primevue)==null||(o=o.config)==null||(o=o.pt)==null?void 0:o.value:(s=this.$primevue)==null||(s=s.config)==null?void 0:s.pt)||p)==null||(c=c[this.$.type.name])==null||(c=c.hooks)==null||(l=c.onBeforeCreate)==null||l.call(c),this.$attrSelector=su(),this.uid=this.$attrs.id||this.$attrSelector.replace(`pc`,`pv_id_`)},created:function(){this._hook(`onCreated`)},beforeMount:function(){this.rootEl=_c(pc(this.$el)?this.$el:this.$el?.parentElement,`[${this.$attrSelector}]`),this.rootEl&&(this.rootEl.$pc=K({name:this.$.type.name,attrSelector:this.$attrSelector},this.$params)),this._loadStyles(),this._hook(`onBeforeMount`)},mounted:function(){this._hook(`onMounted`)},beforeUpdate:function(){this._hook(`onBeforeUpdate`)},updated:function(){this._hook(`onUpdated`)},beforeUnmount:function(){this._hook(`onBeforeUnmount`)},unmounted:function(){this._removeThemeListeners(),this._unloadScopedThemeStyles(),this._hook(`onUnmounted`)},methods:{_hook:function(e){if(!this.$options.hostName){var t=this._usePT(this._getPT(this.pt,this.$.type.name),this._getOptionValue,`hooks.${e}`),n=this._useDefaultPT(this._getOptionValue,`hooks.${e}`);t?.(),n?.()}},_mergeProps:function(e){var t=[...arguments].slice(1);return Rc(e)?e.apply(void 0,t):V.apply(void 0,t)},_load:function(){Nl.isStyleNameLoaded(`base`)||(G.loadCSS(this.$styleOptions),this._loadGlobalStyles(),Nl.setLoadedStyleName(`base`)),this._loadThemeStyles()},_loadStyles:function(){this._load(),this._themeChangeListener(this._load)},_loadCoreStyles:function(){var e;!Nl.isStyleNameLoaded(this.$style?.name)&&(e=this.$style)!=null&&e.name&&(cu.loadCSS(this.$styleOptions),this.$options.style&&this.$style.loadCSS(this.$styleOptions),Nl.setLoadedStyleName(this.$style.name))},_loadGlobalStyles:function(){var e=this._useGlobalPT(this._getOptionValue,`global.css`,this.$params);U(e)&&G.load(e,K({name:`global`},this.$styleOptions))},_loadThemeStyles:function(){var e;if(!(this.isUnstyled||this.$theme===`none`)){if(!W.isStyleNameLoaded(`common`)){var t,n,r=((t=this.$style)==null||(n=t.getCommonTheme)==null?void 0:n.call(t))||{},i=r.primitive,a=r.semantic,o=r.global,s=r.style;G.load(i?.css,K({name:`primitive-variables`},this.$styleOptions)),G.load(a?.css,K({name:`semantic-variables`},this.$styleOptions)),G.load(o?.css,K({name:`global-variables`},this.$styleOptions)),G.loadStyle(K({name:`global-style`},this.$styleOptions),s),W.setLoadedStyleName(`common`)}if(!W.isStyleNameLoaded(this.$style?.name)&&(e=this.$style)!=null&&e.name){var c,l,u,d,f=((c=this.$style)==null||(l=c.getComponentTheme)==null?void 0:l.call(c))||{},p=f.css,m=f.style;(u=this.$style)==null||u.load(p,K({name:`${this.$style.name}-variables`},this.$styleOptions)),(d=this.$style)==null||d.loadStyle(K({name:`${this.$style.name}-style`},this.$styleOptions),m),W.setLoadedStyleName(this.$style.name)}if(!W.isStyleNameLoaded(`layer-order`)){var h,g,_=(h=this.$style)==null||(g=h.getLayerOrderThemeCSS)==null?void 0:g.call(h);G.load(_,K({name:`layer-order`,first:!0},this.$styleOptions)),W.setLoadedStyleName(`layer-order`)}}},_loadScopedThemeStyles:function(e){var t,n,r=(((t=this.$style)==null||(n=t.getPresetTheme)==null?void 0:n.call(t,e,`[${this.$attrSelector}]`))||{}).css,i=this.$style?.load(r,K({name:`${this.$attrSelector}-${this.$style.name}`},this.$styleOptions));this.scopedStyleEl=i.el},_unloadScopedThemeStyles:function(){var e;(e=this.scopedStyleEl)==null||(e=e.value)==null||e.remove()},_themeChangeListener:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:function(){};Nl.clearLoadedStyleNames(),pl.on(`theme:change`,e)},_removeThemeListeners:function(){pl.off(`theme:change`,this._loadCoreStyles),pl.off(`theme:change`,this._load),pl.off(`theme:change`,this._themeScopedListener)},_getHostInstance:function(e){return e?this.$options.hostName?e.$.type.name===this.$options.hostName?e:this._getHostInstance(e.$parentInstance):e.$parentInstance:void 0},_getPropValue:function(e){return this[e]||this._getHostInstance(this)?.[e]},_getOptionValue:function(e){return Gc(e,arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,arguments.length>2&&arguments[2]!==void 0?arguments[2]:{})},_getPTValue:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,n=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{},r=arguments.length>3&&arguments[3]!==void 0?arguments[3]:!0,i=/./g.test(t)&&!!n[t.split(`.`)[0]],a=this._getPropValue(`ptOptions`)||this.$primevueConfig?.ptOptions||{},o=a.mergeSections,s=o===void 0||o,c=a.mergeProps,l=c!==void 0&&c,u=r?i?this._useGlobalPT(this._getPTClassValue,t,n):this._useDefaultPT(this._getPTClassValue,t,n):void 0,d=i?void 0:this._getPTSelf(e,this._getPTClassValue,t,K(K({},n),{},{global:u||{}})),f=this._getPTDatasets(t);return s||!s&&d?l?this._mergeProps(l,u,d,f):K(K(K({},u),d),f):K(K({},d),f)},_getPTSelf:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=[...arguments].slice(1);return V(this._usePT.apply(this,[this._getPT(e,this.$name)].concat(t)),this._usePT.apply(this,[this.$_attrsPT].concat(t)))},_getPTDatasets:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=`data-pc-`,n=e===`root`&&U(this.pt?.[`data-pc-section`]);return e!==`transition`&&K(K({},e===`root`&&K(K(yu({},`${t}name`,Wc(n?this.pt?.[`data-pc-section`]:this.$.type.name)),n&&yu({},`${t}extend`,Wc(this.$.type.name))),{},yu({},`${this.$attrSelector}`,``))),{},yu({},`${t}section`,Wc(e)))},_getPTClassValue:function(){var e=this._getOptionValue.apply(this,arguments);return Uc(e)||Kc(e)?{class:e}:e},_getPT:function(e){var t=this,n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,r=arguments.length>2?arguments[2]:void 0,i=function(e){var i=arguments.length>1&&arguments[1]!==void 0&&arguments[1],a=r?r(e):e,o=Wc(n),s=Wc(t.$name);return(i&&o===s?void 0:a?.[o])??a};return e!=null&&e.hasOwnProperty(`_usept`)?{_usept:e._usept,originalValue:i(e.originalValue),value:i(e.value)}:i(e,!0)},_usePT:function(e,t,n,r){var i=function(e){return t(e,n,r)};if(e!=null&&e.hasOwnProperty(`_usept`)){var a=e._usept||this.$primevueConfig?.ptOptions||{},o=a.mergeSections,s=o===void 0||o,c=a.mergeProps,l=c!==void 0&&c,u=i(e.originalValue),d=i(e.value);return u===void 0&&d===void 0?void 0:Uc(d)?d:Uc(u)?u:s||!s&&d?l?this._mergeProps(l,u,d):K(K({},u),d):d}return i(e)},_useGlobalPT:function(e,t,n){return this._usePT(this.globalPT,e,t,n)},_useDefaultPT:function(e,t,n){return this._usePT(this.defaultPT,e,t,n)},ptm:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return this._getPTValue(this.pt,e,K(K({},this.$params),t))},ptmi:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=V(this.$_attrsWithoutPT,this.ptm(e,t));return n!=null&&n.hasOwnProperty(`id`)&&(n.id??=this.$id),n},ptmo:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,n=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{};return this._getPTValue(e,t,K({instance:this},n),!1)},cx:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return this.isUnstyled?void 0:this._getOptionValue(this.$style.classes,e,K(K({},this.$params),t))},sx:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:!0,n=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{};if(t){var r=this._getOptionValue(this.$style.inlineStyles,e,K(K({},this.$params),n));return[this._getOptionValue(cu.inlineStyles,e,K(K({},this.$params),n)),r]}}},computed:{globalPT:function(){var e=this;return this._getPT(this.$primevueConfig?.pt,void 0,function(t){return Hc(t,{instance:e})})},defaultPT:function(){var e=this;return this._getPT(this.$primevueConfig?.pt,void 0,function(t){return e._getOptionValue(t,e.$name,K({},e.$params))||Hc(t,K({},e.$params))})},isUnstyled:function(){return this.unstyled===void 0?this.$primevueConfig?.unstyled:this.unstyled},$id:function(){return this.$attrs.id||this.uid},$inProps:function(){var e=Object.keys(this.$.vnode?.props||{});return Object.fromEntries(Object.entries(this.$props).filter(function(t){var n=fu(t,1)[0];return e?.includes(n)}))},$theme:function(){return this.$primevueConfig?.theme},$style:function(){return K(K({classes:void 0,inlineStyles:void 0,load:function(){},loadCSS:function(){},loadStyle:function(){}},(this._getHostInstance(this)||{}).$style),this.$options.style)},$styleOptions:function(){var e;return{nonce:(e=this.$primevueConfig)==null||(e=e.csp)==null?void 0:e.nonce}},$primevueConfig:function(){return this.$primevue?.config},$name:function(){return this.$options.hostName||this.$.type.name},$params:function(){var e=this._getHostInstance(this)||this.$parent;return{instance:this,props:this.$props,state:this.$data,attrs:this.$attrs,parent:{instance:e,props:e?.$props,state:e?.$data,attrs:e?.$attrs}}},$_attrsPT:function(){return Object.entries(this.$attrs||{}).filter(function(e){return fu(e,1)[0]?.startsWith(`pt:`)}).reduce(function(e,t){var n=fu(t,2),r=n[0],i=n[1];return hu(uu(r.split(`:`))).slice(1)?.reduce(function(e,t,n,r){return!e[t]&&(e[t]=n===r.length-1?i:{}),e[t]},e),e},{})},$_attrsWithoutPT:function(){return Object.entries(this.$attrs||{}).filter(function(e){var t=fu(e,1)[0];return!(t!=null&&t.startsWith(`pt:`))}).reduce(function(e,t){var n=fu(t,2),r=n[0];return e[r]=n[1],e},{})}}},Cu=G.extend({name:`baseicon`,css:`
.p-icon {
    display: inline-block;
    vertical-align: baseline;
    flex-shrink: 0;
}

.p-icon-spin {
    -webkit-animation: p-icon-spin 2s infinite linear;
    animation: p-icon-spin 2s infinite linear;
}

@-webkit-keyframes p-icon-spin {
    0% {
        -webkit-transform: rotate(0deg);
        transform: rotate(0deg);
    }
    100% {
        -webkit-transform: rotate(359deg);
        transform: rotate(359deg);
    }
}

@keyframes p-icon-spin {
    0% {
        -webkit-transform: rotate(0deg);
        transform: rotate(0deg);
    }
    100% {
        -webkit-transform: rotate(359deg);
        transform: rotate(359deg);
    }
}
`});function wu(e){"@babel/helpers - typeof";return wu=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},wu(e)}function Tu(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function Eu(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?Tu(Object(n),!0).forEach(function(t){Du(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):Tu(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function Du(e,t,n){return(t=Ou(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Ou(e){var t=ku(e,`string`);return wu(t)==`symbol`?t:t+``}function ku(e,t){if(wu(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(wu(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Au={name:`BaseIcon`,extends:Su,props:{label:{type:String,default:void 0},spin:{type:Boolean,default:!1}},style:Cu,provide:function(){return{$pcIcon:this,$parentInstance:this}},methods:{pti:function(){var e=Lc(this.label);return Eu(Eu({},!this.isUnstyled&&{class:[`p-icon`,{"p-icon-spin":this.spin}]}),{},{role:e?void 0:`img`,"aria-label":e?void 0:this.label,"aria-hidden":e})}}},ju={name:`SpinnerIcon`,extends:Au};function Mu(e){return Iu(e)||Fu(e)||Pu(e)||Nu()}function Nu(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Pu(e,t){if(e){if(typeof e==`string`)return Lu(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Lu(e,t):void 0}}function Fu(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function Iu(e){if(Array.isArray(e))return Lu(e)}function Lu(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function Ru(e,t,n,r,i,a){return P(),F(`svg`,V({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),Mu(t[0]||=[L(`path`,{d:`M6.99701 14C5.85441 13.999 4.72939 13.7186 3.72012 13.1832C2.71084 12.6478 1.84795 11.8737 1.20673 10.9284C0.565504 9.98305 0.165424 8.89526 0.041387 7.75989C-0.0826496 6.62453 0.073125 5.47607 0.495122 4.4147C0.917119 3.35333 1.59252 2.4113 2.46241 1.67077C3.33229 0.930247 4.37024 0.413729 5.4857 0.166275C6.60117 -0.0811796 7.76026 -0.0520535 8.86188 0.251112C9.9635 0.554278 10.9742 1.12227 11.8057 1.90555C11.915 2.01493 11.9764 2.16319 11.9764 2.31778C11.9764 2.47236 11.915 2.62062 11.8057 2.73C11.7521 2.78503 11.688 2.82877 11.6171 2.85864C11.5463 2.8885 11.4702 2.90389 11.3933 2.90389C11.3165 2.90389 11.2404 2.8885 11.1695 2.85864C11.0987 2.82877 11.0346 2.78503 10.9809 2.73C9.9998 1.81273 8.73246 1.26138 7.39226 1.16876C6.05206 1.07615 4.72086 1.44794 3.62279 2.22152C2.52471 2.99511 1.72683 4.12325 1.36345 5.41602C1.00008 6.70879 1.09342 8.08723 1.62775 9.31926C2.16209 10.5513 3.10478 11.5617 4.29713 12.1803C5.48947 12.7989 6.85865 12.988 8.17414 12.7157C9.48963 12.4435 10.6711 11.7264 11.5196 10.6854C12.3681 9.64432 12.8319 8.34282 12.8328 7C12.8328 6.84529 12.8943 6.69692 13.0038 6.58752C13.1132 6.47812 13.2616 6.41667 13.4164 6.41667C13.5712 6.41667 13.7196 6.47812 13.8291 6.58752C13.9385 6.69692 14 6.84529 14 7C14 8.85651 13.2622 10.637 11.9489 11.9497C10.6356 13.2625 8.85432 14 6.99701 14Z`,fill:`currentColor`},null,-1)]),16)}ju.render=Ru;var zu=G.extend({name:`badge`,style:`
    .p-badge {
        display: inline-flex;
        border-radius: dt('badge.border.radius');
        align-items: center;
        justify-content: center;
        padding: dt('badge.padding');
        background: dt('badge.primary.background');
        color: dt('badge.primary.color');
        font-size: dt('badge.font.size');
        font-weight: dt('badge.font.weight');
        min-width: dt('badge.min.width');
        height: dt('badge.height');
    }

    .p-badge-dot {
        width: dt('badge.dot.size');
        min-width: dt('badge.dot.size');
        height: dt('badge.dot.size');
        border-radius: 50%;
        padding: 0;
    }

    .p-badge-circle {
        padding: 0;
        border-radius: 50%;
    }

    .p-badge-secondary {
        background: dt('badge.secondary.background');
        color: dt('badge.secondary.color');
    }

    .p-badge-success {
        background: dt('badge.success.background');
        color: dt('badge.success.color');
    }

    .p-badge-info {
        background: dt('badge.info.background');
        color: dt('badge.info.color');
    }

    .p-badge-warn {
        background: dt('badge.warn.background');
        color: dt('badge.warn.color');
    }

    .p-badge-danger {
        background: dt('badge.danger.background');
        color: dt('badge.danger.color');
    }

    .p-badge-contrast {
        background: dt('badge.contrast.background');
        color: dt('badge.contrast.color');
    }

    .p-badge-sm {
        font-size: dt('badge.sm.font.size');
        min-width: dt('badge.sm.min.width');
        height: dt('badge.sm.height');
    }

    .p-badge-lg {
        font-size: dt('badge.lg.font.size');
        min-width: dt('badge.lg.min.width');
        height: dt('badge.lg.height');
    }

    .p-badge-xl {
        font-size: dt('badge.xl.font.size');
        min-width: dt('badge.xl.min.width');
        height: dt('badge.xl.height');
    }
`,classes:{root:function(e){var t=e.props,n=e.instance;return[`p-badge p-component`,{"p-badge-circle":U(t.value)&&String(t.value).length===1,"p-badge-dot":Lc(t.value)&&!n.$slots.default,"p-badge-sm":t.size===`small`,"p-badge-lg":t.size===`large`,"p-badge-xl":t.size===`xlarge`,"p-badge-info":t.severity===`info`,"p-badge-success":t.severity===`success`,"p-badge-warn":t.severity===`warn`,"p-badge-danger":t.severity===`danger`,"p-badge-secondary":t.severity===`secondary`,"p-badge-contrast":t.severity===`contrast`}]}}}),Bu={name:`BaseBadge`,extends:Su,props:{value:{type:[String,Number],default:null},severity:{type:String,default:null},size:{type:String,default:null}},style:zu,provide:function(){return{$pcBadge:this,$parentInstance:this}}};function Vu(e){"@babel/helpers - typeof";return Vu=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Vu(e)}function Hu(e,t,n){return(t=Uu(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Uu(e){var t=Wu(e,`string`);return Vu(t)==`symbol`?t:t+``}function Wu(e,t){if(Vu(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Vu(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Gu={name:`Badge`,extends:Bu,inheritAttrs:!1,computed:{dataP:function(){return ec(Hu(Hu({circle:this.value!=null&&String(this.value).length===1,empty:this.value==null&&!this.$slots.default},this.severity,this.severity),this.size,this.size))}}},Ku=[`data-p`];function qu(e,t,n,r,i,a){return P(),F(`span`,V({class:e.cx(`root`),"data-p":a.dataP},e.ptmi(`root`)),[M(e.$slots,`default`,{},function(){return[z(O(e.value),1)]})],16,Ku)}Gu.render=qu;var Ju=Ac();function Yu(e){"@babel/helpers - typeof";return Yu=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Yu(e)}function Xu(e,t){return td(e)||ed(e,t)||Qu(e,t)||Zu()}function Zu(){throw TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Qu(e,t){if(e){if(typeof e==`string`)return $u(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?$u(e,t):void 0}}function $u(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function ed(e,t){var n=e==null?null:typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(n!=null){var r,i,a,o,s=[],c=!0,l=!1;try{if(a=(n=n.call(e)).next,t!==0)for(;!(c=(r=a.call(n)).done)&&(s.push(r.value),s.length!==t);c=!0);}catch(e){l=!0,i=e}finally{try{if(!c&&n.return!=null&&(o=n.return(),Object(o)!==o))return}finally{if(l)throw i}}return s}}function td(e){if(Array.isArray(e))return e}function nd(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function q(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?nd(Object(n),!0).forEach(function(t){rd(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):nd(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function rd(e,t,n){return(t=id(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function id(e){var t=ad(e,`string`);return Yu(t)==`symbol`?t:t+``}function ad(e,t){if(Yu(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Yu(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var J={_getMeta:function(){return[zc(arguments.length<=0?void 0:arguments[0])||arguments.length<=0?void 0:arguments[0],Hc(zc(arguments.length<=0?void 0:arguments[0])?arguments.length<=0?void 0:arguments[0]:arguments.length<=1?void 0:arguments[1])]},_getConfig:function(e,t){var n,r;return((e==null||(n=e.instance)==null?void 0:n.$primevue)||(t==null||(r=t.ctx)==null||(r=r.appContext)==null||(r=r.config)==null||(r=r.globalProperties)==null?void 0:r.$primevue))?.config},_getOptionValue:Gc,_getPTValue:function(){var e,t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},r=arguments.length>2&&arguments[2]!==void 0?arguments[2]:``,i=arguments.length>3&&arguments[3]!==void 0?arguments[3]:{},a=arguments.length>4&&arguments[4]!==void 0?arguments[4]:!0,o=function(){var e=J._getOptionValue.apply(J,arguments);return Uc(e)||Kc(e)?{class:e}:e},s=((e=t.binding)==null||(e=e.value)==null?void 0:e.ptOptions)||t.$primevueConfig?.ptOptions||{},c=s.mergeSections,l=c===void 0||c,u=s.mergeProps,d=u!==void 0&&u,f=a?J._useDefaultPT(t,t.defaultPT(),o,r,i):void 0,p=J._usePT(t,J._getPT(n,t.$name),o,r,q(q({},i),{},{global:f||{}})),m=J._getPTDatasets(t,r);return l||!l&&p?d?J._mergeProps(t,d,f,p,m):q(q(q({},f),p),m):q(q({},p),m)},_getPTDatasets:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,n=`data-pc-`;return q(q({},t===`root`&&rd({},`${n}name`,Wc(e.$name))),{},rd({},`${n}section`,Wc(t)))},_getPT:function(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,n=arguments.length>2?arguments[2]:void 0,r=function(e){var r=n?n(e):e,i=Wc(t);return r?.[i]??r};return e&&Object.hasOwn(e,`_usept`)?{_usept:e._usept,originalValue:r(e.originalValue),value:r(e.value)}:r(e)},_usePT:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1?arguments[1]:void 0,n=arguments.length>2?arguments[2]:void 0,r=arguments.length>3?arguments[3]:void 0,i=arguments.length>4?arguments[4]:void 0,a=function(e){return n(e,r,i)};if(t&&Object.hasOwn(t,`_usept`)){var o=t._usept||e.$primevueConfig?.ptOptions||{},s=o.mergeSections,c=s===void 0||s,l=o.mergeProps,u=l!==void 0&&l,d=a(t.originalValue),f=a(t.value);return d===void 0&&f===void 0?void 0:Uc(f)?f:Uc(d)?d:c||!c&&f?u?J._mergeProps(e,u,d,f):q(q({},d),f):f}return a(t)},_useDefaultPT:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=arguments.length>2?arguments[2]:void 0,r=arguments.length>3?arguments[3]:void 0,i=arguments.length>4?arguments[4]:void 0;return J._usePT(e,t,n,r,i)},_loadStyles:function(){var e,t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1?arguments[1]:void 0,r=arguments.length>2?arguments[2]:void 0,i=J._getConfig(n,r),a={nonce:i==null||(e=i.csp)==null?void 0:e.nonce};J._loadCoreStyles(t,a),J._loadThemeStyles(t,a),J._loadScopedThemeStyles(t,a),J._removeThemeListeners(t),t.$loadStyles=function(){return J._loadThemeStyles(t,a)},J._themeChangeListener(t.$loadStyles)},_loadCoreStyles:function(){var e,t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1?arguments[1]:void 0;if(!Nl.isStyleNameLoaded(t.$style?.name)&&(e=t.$style)!=null&&e.name){var r;G.loadCSS(n),(r=t.$style)==null||r.loadCSS(n),Nl.setLoadedStyleName(t.$style.name)}},_loadThemeStyles:function(){var e,t,n=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},r=arguments.length>1?arguments[1]:void 0;if(!(n!=null&&n.isUnstyled()||(n==null||(e=n.theme)==null?void 0:e.call(n))===`none`)){if(!W.isStyleNameLoaded(`common`)){var i,a,o=((i=n.$style)==null||(a=i.getCommonTheme)==null?void 0:a.call(i))||{},s=o.primitive,c=o.semantic,l=o.global,u=o.style;G.load(s?.css,q({name:`primitive-variables`},r)),G.load(c?.css,q({name:`semantic-variables`},r)),G.load(l?.css,q({name:`global-variables`},r)),G.loadStyle(q({name:`global-style`},r),u),W.setLoadedStyleName(`common`)}if(!W.isStyleNameLoaded(n.$style?.name)&&(t=n.$style)!=null&&t.name){var d,f,p,m,h=((d=n.$style)==null||(f=d.getDirectiveTheme)==null?void 0:f.call(d))||{},g=h.css,_=h.style;(p=n.$style)==null||p.load(g,q({name:`${n.$style.name}-variables`},r)),(m=n.$style)==null||m.loadStyle(q({name:`${n.$style.name}-style`},r),_),W.setLoadedStyleName(n.$style.name)}if(!W.isStyleNameLoaded(`layer-order`)){var v,y,b=(v=n.$style)==null||(y=v.getLayerOrderThemeCSS)==null?void 0:y.call(v);G.load(b,q({name:`layer-order`,first:!0},r)),W.setLoadedStyleName(`layer-order`)}}},_loadScopedThemeStyles:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1?arguments[1]:void 0,n=e.preset();if(n&&e.$attrSelector){var r,i,a=(((r=e.$style)==null||(i=r.getPresetTheme)==null?void 0:i.call(r,n,`[${e.$attrSelector}]`))||{}).css;e.scopedStyleEl=(e.$style?.load(a,q({name:`${e.$attrSelector}-${e.$style.name}`},t))).el}},_themeChangeListener:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:function(){};Nl.clearLoadedStyleNames(),pl.on(`theme:change`,e)},_removeThemeListeners:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{};pl.off(`theme:change`,e.$loadStyles),e.$loadStyles=void 0},_hook:function(e,t,n,r,i,a){var o,s,c=`on${Zc(t)}`,l=J._getConfig(r,i),u=n?.$instance,d=J._usePT(u,J._getPT(r==null||(o=r.value)==null?void 0:o.pt,e),J._getOptionValue,`hooks.${c}`),f=J._useDefaultPT(u,l==null||(s=l.pt)==null||(s=s.directives)==null?void 0:s[e],J._getOptionValue,`hooks.${c}`),p={el:n,binding:r,vnode:i,prevVnode:a};d?.(u,p),f?.(u,p)},_mergeProps:function(){var e=arguments.length>1?arguments[1]:void 0,t=[...arguments].slice(2);return Rc(e)?e.apply(void 0,t):V.apply(void 0,t)},_extend:function(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=function(n,r,i,a,o){var s,c,l;r._$instances=r._$instances||{};var u=J._getConfig(i,a),d=r._$instances[e]||{},f=Lc(d)?q(q({},t),t?.methods):{};r._$instances[e]=q(q({},d),{},{$name:e,$host:r,$binding:i,$modifiers:i?.modifiers,$value:i?.value,$el:d.$el||r||void 0,$style:q({classes:void 0,inlineStyles:void 0,load:function(){},loadCSS:function(){},loadStyle:function(){}},t?.style),$primevueConfig:u,$attrSelector:(s=r.$pd)==null||(s=s[e])==null?void 0:s.attrSelector,defaultPT:function(){return J._getPT(u?.pt,void 0,function(t){var n;return t==null||(n=t.directives)==null?void 0:n[e]})},isUnstyled:function(){var t,n;return((t=r._$instances[e])==null||(t=t.$binding)==null||(t=t.value)==null?void 0:t.unstyled)===void 0?u?.unstyled:(n=r._$instances[e])==null||(n=n.$binding)==null||(n=n.value)==null?void 0:n.unstyled},theme:function(){var t;return(t=r._$instances[e])==null||(t=t.$primevueConfig)==null?void 0:t.theme},preset:function(){var t;return(t=r._$instances[e])==null||(t=t.$binding)==null||(t=t.value)==null?void 0:t.dt},ptm:function(){var t,n=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,i=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return J._getPTValue(r._$instances[e],(t=r._$instances[e])==null||(t=t.$binding)==null||(t=t.value)==null?void 0:t.pt,n,q({},i))},ptmo:function(){var t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,i=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{};return J._getPTValue(r._$instances[e],t,n,i,!1)},cx:function(){var t,n,i=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,a=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return(t=r._$instances[e])!=null&&t.isUnstyled()?void 0:J._getOptionValue((n=r._$instances[e])==null||(n=n.$style)==null?void 0:n.classes,i,q({},a))},sx:function(){var t,n=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,i=arguments.length>1&&arguments[1]!==void 0?arguments[1]:!0,a=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{};return i?J._getOptionValue((t=r._$instances[e])==null||(t=t.$style)==null?void 0:t.inlineStyles,n,q({},a)):void 0}},f),r.$instance=r._$instances[e],(c=(l=r.$instance)[n])==null||c.call(l,r,i,a,o),r[`$${e}`]=r.$instance,J._hook(e,n,r,i,a,o),r.$pd||={},r.$pd[e]=q(q({},r.$pd?.[e]),{},{name:e,instance:r._$instances[e]})},r=function(t){var n,r,i,a=t._$instances[e],o=a?.watch,s=function(e){var t,n=e.newValue,r=e.oldValue;return o==null||(t=o.config)==null?void 0:t.call(a,n,r)},c=function(e){var t,n=e.newValue,r=e.oldValue;return o==null||(t=o[`config.ripple`])==null?void 0:t.call(a,n,r)};a.$watchersCallback={config:s,"config.ripple":c},o==null||(n=o.config)==null||n.call(a,a?.$primevueConfig),Ju.on(`config:change`,s),o==null||(r=o[`config.ripple`])==null||r.call(a,a==null||(i=a.$primevueConfig)==null?void 0:i.ripple),Ju.on(`config:ripple:change`,c)},i=function(t){var n=t._$instances[e].$watchersCallback;n&&(Ju.off(`config:change`,n.config),Ju.off(`config:ripple:change`,n[`config.ripple`]),t._$instances[e].$watchersCallback=void 0)};return{created:function(t,r,i,a){t.$pd||={},t.$pd[e]={name:e,attrSelector:el(`pd`)},n(`created`,t,r,i,a)},beforeMount:function(t,i,a,o){J._loadStyles(t.$pd[e]?.instance,i,a),n(`beforeMount`,t,i,a,o),r(t)},mounted:function(t,r,i,a){J._loadStyles(t.$pd[e]?.instance,r,i),n(`mounted`,t,r,i,a)},beforeUpdate:function(e,t,r,i){n(`beforeUpdate`,e,t,r,i)},updated:function(t,r,i,a){J._loadStyles(t.$pd[e]?.instance,r,i),n(`updated`,t,r,i,a)},beforeUnmount:function(t,r,a,o){i(t),J._removeThemeListeners(t.$pd[e]?.instance),n(`beforeUnmount`,t,r,a,o)},unmounted:function(t,r,i,a){var o;(o=t.$pd[e])==null||(o=o.instance)==null||(o=o.scopedStyleEl)==null||(o=o.value)==null||o.remove(),n(`unmounted`,t,r,i,a)}}},extend:function(){var e=Xu(J._getMeta.apply(J,arguments),2),t=e[0],n=e[1];return q({extend:function(){var e=Xu(J._getMeta.apply(J,arguments),2),t=e[0],r=e[1];return J.extend(t,q(q(q({},n),n?.methods),r))}},J._extend(t,n))}},od=G.extend({name:`ripple-directive`,style:`
    .p-ink {
        display: block;
        position: absolute;
        background: dt('ripple.background');
        border-radius: 100%;
        transform: scale(0);
        pointer-events: none;
    }

    .p-ink-active {
        animation: ripple 0.4s linear;
    }

    @keyframes ripple {
        100% {
            opacity: 0;
            transform: scale(2.5);
        }
    }
`,classes:{root:`p-ink`}}),sd=J.extend({style:od});function cd(e){"@babel/helpers - typeof";return cd=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},cd(e)}function ld(e){return pd(e)||fd(e)||dd(e)||ud()}function ud(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function dd(e,t){if(e){if(typeof e==`string`)return md(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?md(e,t):void 0}}function fd(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function pd(e){if(Array.isArray(e))return md(e)}function md(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function hd(e,t,n){return(t=gd(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function gd(e){var t=_d(e,`string`);return cd(t)==`symbol`?t:t+``}function _d(e,t){if(cd(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(cd(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var vd=sd.extend(`ripple`,{watch:{"config.ripple":function(e){e?(this.createRipple(this.$host),this.bindEvents(this.$host),this.$host.setAttribute(`data-pd-ripple`,!0),this.$host.style.overflow=`hidden`,this.$host.style.position=`relative`):(this.remove(this.$host),this.$host.removeAttribute(`data-pd-ripple`))}},unmounted:function(e){this.remove(e)},timeout:void 0,methods:{bindEvents:function(e){e.addEventListener(`mousedown`,this.onMouseDown.bind(this))},unbindEvents:function(e){e.removeEventListener(`mousedown`,this.onMouseDown.bind(this))},createRipple:function(e){var t=this.getInk(e);t||(t=hc(`span`,hd(hd({role:`presentation`,"aria-hidden":!0,"data-p-ink":!0,"data-p-ink-active":!1,class:!this.isUnstyled()&&this.cx(`root`),onAnimationEnd:this.onAnimationEnd.bind(this)},this.$attrSelector,``),`p-bind`,this.ptm(`root`))),e.appendChild(t),this.$el=t)},remove:function(e){var t=this.getInk(e);t&&(this.$host.style.overflow=``,this.$host.style.position=``,this.unbindEvents(e),t.removeEventListener(`animationend`,this.onAnimationEnd),t.remove())},onMouseDown:function(e){var t=this,n=e.currentTarget,r=this.getInk(n);if(r&&getComputedStyle(r,null).display!==`none`){if(!this.isUnstyled()&&ac(r,`p-ink-active`),r.setAttribute(`data-p-ink-active`,`false`),!Sc(r)&&!Ec(r)){var i=Math.max(uc(n),Tc(n));r.style.height=i+`px`,r.style.width=i+`px`}var a=wc(n),o=e.pageX-a.left+document.body.scrollTop-Ec(r)/2,s=e.pageY-a.top+document.body.scrollLeft-Sc(r)/2;r.style.top=s+`px`,r.style.left=o+`px`,!this.isUnstyled()&&nc(r,`p-ink-active`),r.setAttribute(`data-p-ink-active`,`true`),this.timeout=setTimeout(function(){r&&(!t.isUnstyled()&&ac(r,`p-ink-active`),r.setAttribute(`data-p-ink-active`,`false`))},401)}},onAnimationEnd:function(e){this.timeout&&clearTimeout(this.timeout),!this.isUnstyled()&&ac(e.currentTarget,`p-ink-active`),e.currentTarget.setAttribute(`data-p-ink-active`,`false`)},getInk:function(e){return e&&e.children?ld(e.children).find(function(e){return yc(e,`data-pc-name`)===`ripple`}):void 0}}}),yd=`
    .p-button {
        display: inline-flex;
        cursor: pointer;
        user-select: none;
        align-items: center;
        justify-content: center;
        overflow: hidden;
        position: relative;
        color: dt('button.primary.color');
        background: dt('button.primary.background');
        border: 1px solid dt('button.primary.border.color');
        padding: dt('button.padding.y') dt('button.padding.x');
        font-size: 1rem;
        font-family: inherit;
        font-feature-settings: inherit;
        transition:
            background dt('button.transition.duration'),
            color dt('button.transition.duration'),
            border-color dt('button.transition.duration'),
            outline-color dt('button.transition.duration'),
            box-shadow dt('button.transition.duration');
        border-radius: dt('button.border.radius');
        outline-color: transparent;
        gap: dt('button.gap');
    }

    .p-button:disabled {
        cursor: default;
    }

    .p-button-icon-right {
        order: 1;
    }

    .p-button-icon-right:dir(rtl) {
        order: -1;
    }

    .p-button:not(.p-button-vertical) .p-button-icon:not(.p-button-icon-right):dir(rtl) {
        order: 1;
    }

    .p-button-icon-bottom {
        order: 2;
    }

    .p-button-icon-only {
        width: dt('button.icon.only.width');
        padding-inline-start: 0;
        padding-inline-end: 0;
        gap: 0;
    }

    .p-button-icon-only.p-button-rounded {
        border-radius: 50%;
        height: dt('button.icon.only.width');
    }

    .p-button-icon-only .p-button-label {
        visibility: hidden;
        width: 0;
    }

    .p-button-icon-only::after {
        content: "\xA0";
        visibility: hidden;
        width: 0;
    }

    .p-button-sm {
        font-size: dt('button.sm.font.size');
        padding: dt('button.sm.padding.y') dt('button.sm.padding.x');
    }

    .p-button-sm .p-button-icon {
        font-size: dt('button.sm.font.size');
    }

    .p-button-sm.p-button-icon-only {
        width: dt('button.sm.icon.only.width');
    }

    .p-button-sm.p-button-icon-only.p-button-rounded {
        height: dt('button.sm.icon.only.width');
    }

    .p-button-lg {
        font-size: dt('button.lg.font.size');
        padding: dt('button.lg.padding.y') dt('button.lg.padding.x');
    }

    .p-button-lg .p-button-icon {
        font-size: dt('button.lg.font.size');
    }

    .p-button-lg.p-button-icon-only {
        width: dt('button.lg.icon.only.width');
    }

    .p-button-lg.p-button-icon-only.p-button-rounded {
        height: dt('button.lg.icon.only.width');
    }

    .p-button-vertical {
        flex-direction: column;
    }

    .p-button-label {
        font-weight: dt('button.label.font.weight');
    }

    .p-button-fluid {
        width: 100%;
    }

    .p-button-fluid.p-button-icon-only {
        width: dt('button.icon.only.width');
    }

    .p-button:not(:disabled):hover {
        background: dt('button.primary.hover.background');
        border: 1px solid dt('button.primary.hover.border.color');
        color: dt('button.primary.hover.color');
    }

    .p-button:not(:disabled):active {
        background: dt('button.primary.active.background');
        border: 1px solid dt('button.primary.active.border.color');
        color: dt('button.primary.active.color');
    }

    .p-button:focus-visible {
        box-shadow: dt('button.primary.focus.ring.shadow');
        outline: dt('button.focus.ring.width') dt('button.focus.ring.style') dt('button.primary.focus.ring.color');
        outline-offset: dt('button.focus.ring.offset');
    }

    .p-button .p-badge {
        min-width: dt('button.badge.size');
        height: dt('button.badge.size');
        line-height: dt('button.badge.size');
    }

    .p-button-raised {
        box-shadow: dt('button.raised.shadow');
    }

    .p-button-rounded {
        border-radius: dt('button.rounded.border.radius');
    }

    .p-button-secondary {
        background: dt('button.secondary.background');
        border: 1px solid dt('button.secondary.border.color');
        color: dt('button.secondary.color');
    }

    .p-button-secondary:not(:disabled):hover {
        background: dt('button.secondary.hover.background');
        border: 1px solid dt('button.secondary.hover.border.color');
        color: dt('button.secondary.hover.color');
    }

    .p-button-secondary:not(:disabled):active {
        background: dt('button.secondary.active.background');
        border: 1px solid dt('button.secondary.active.border.color');
        color: dt('button.secondary.active.color');
    }

    .p-button-secondary:focus-visible {
        outline-color: dt('button.secondary.focus.ring.color');
        box-shadow: dt('button.secondary.focus.ring.shadow');
    }

    .p-button-success {
        background: dt('button.success.background');
        border: 1px solid dt('button.success.border.color');
        color: dt('button.success.color');
    }

    .p-button-success:not(:disabled):hover {
        background: dt('button.success.hover.background');
        border: 1px solid dt('button.success.hover.border.color');
        color: dt('button.success.hover.color');
    }

    .p-button-success:not(:disabled):active {
        background: dt('button.success.active.background');
        border: 1px solid dt('button.success.active.border.color');
        color: dt('button.success.active.color');
    }

    .p-button-success:focus-visible {
        outline-color: dt('button.success.focus.ring.color');
        box-shadow: dt('button.success.focus.ring.shadow');
    }

    .p-button-info {
        background: dt('button.info.background');
        border: 1px solid dt('button.info.border.color');
        color: dt('button.info.color');
    }

    .p-button-info:not(:disabled):hover {
        background: dt('button.info.hover.background');
        border: 1px solid dt('button.info.hover.border.color');
        color: dt('button.info.hover.color');
    }

    .p-button-info:not(:disabled):active {
        background: dt('button.info.active.background');
        border: 1px solid dt('button.info.active.border.color');
        color: dt('button.info.active.color');
    }

    .p-button-info:focus-visible {
        outline-color: dt('button.info.focus.ring.color');
        box-shadow: dt('button.info.focus.ring.shadow');
    }

    .p-button-warn {
        background: dt('button.warn.background');
        border: 1px solid dt('button.warn.border.color');
        color: dt('button.warn.color');
    }

    .p-button-warn:not(:disabled):hover {
        background: dt('button.warn.hover.background');
        border: 1px solid dt('button.warn.hover.border.color');
        color: dt('button.warn.hover.color');
    }

    .p-button-warn:not(:disabled):active {
        background: dt('button.warn.active.background');
        border: 1px solid dt('button.warn.active.border.color');
        color: dt('button.warn.active.color');
    }

    .p-button-warn:focus-visible {
        outline-color: dt('button.warn.focus.ring.color');
        box-shadow: dt('button.warn.focus.ring.shadow');
    }

    .p-button-help {
        background: dt('button.help.background');
        border: 1px solid dt('button.help.border.color');
        color: dt('button.help.color');
    }

    .p-button-help:not(:disabled):hover {
        background: dt('button.help.hover.background');
        border: 1px solid dt('button.help.hover.border.color');
        color: dt('button.help.hover.color');
    }

    .p-button-help:not(:disabled):active {
        background: dt('button.help.active.background');
        border: 1px solid dt('button.help.active.border.color');
        color: dt('button.help.active.color');
    }

    .p-button-help:focus-visible {
        outline-color: dt('button.help.focus.ring.color');
        box-shadow: dt('button.help.focus.ring.shadow');
    }

    .p-button-danger {
        background: dt('button.danger.background');
        border: 1px solid dt('button.danger.border.color');
        color: dt('button.danger.color');
    }

    .p-button-danger:not(:disabled):hover {
        background: dt('button.danger.hover.background');
        border: 1px solid dt('button.danger.hover.border.color');
        color: dt('button.danger.hover.color');
    }

    .p-button-danger:not(:disabled):active {
        background: dt('button.danger.active.background');
        border: 1px solid dt('button.danger.active.border.color');
        color: dt('button.danger.active.color');
    }

    .p-button-danger:focus-visible {
        outline-color: dt('button.danger.focus.ring.color');
        box-shadow: dt('button.danger.focus.ring.shadow');
    }

    .p-button-contrast {
        background: dt('button.contrast.background');
        border: 1px solid dt('button.contrast.border.color');
        color: dt('button.contrast.color');
    }

    .p-button-contrast:not(:disabled):hover {
        background: dt('button.contrast.hover.background');
        border: 1px solid dt('button.contrast.hover.border.color');
        color: dt('button.contrast.hover.color');
    }

    .p-button-contrast:not(:disabled):active {
        background: dt('button.contrast.active.background');
        border: 1px solid dt('button.contrast.active.border.color');
        color: dt('button.contrast.active.color');
    }

    .p-button-contrast:focus-visible {
        outline-color: dt('button.contrast.focus.ring.color');
        box-shadow: dt('button.contrast.focus.ring.shadow');
    }

    .p-button-outlined {
        background: transparent;
        border-color: dt('button.outlined.primary.border.color');
        color: dt('button.outlined.primary.color');
    }

    .p-button-outlined:not(:disabled):hover {
        background: dt('button.outlined.primary.hover.background');
        border-color: dt('button.outlined.primary.border.color');
        color: dt('button.outlined.primary.color');
    }

    .p-button-outlined:not(:disabled):active {
        background: dt('button.outlined.primary.active.background');
        border-color: dt('button.outlined.primary.border.color');
        color: dt('button.outlined.primary.color');
    }

    .p-button-outlined.p-button-secondary {
        border-color: dt('button.outlined.secondary.border.color');
        color: dt('button.outlined.secondary.color');
    }

    .p-button-outlined.p-button-secondary:not(:disabled):hover {
        background: dt('button.outlined.secondary.hover.background');
        border-color: dt('button.outlined.secondary.border.color');
        color: dt('button.outlined.secondary.color');
    }

    .p-button-outlined.p-button-secondary:not(:disabled):active {
        background: dt('button.outlined.secondary.active.background');
        border-color: dt('button.outlined.secondary.border.color');
        color: dt('button.outlined.secondary.color');
    }

    .p-button-outlined.p-button-success {
        border-color: dt('button.outlined.success.border.color');
        color: dt('button.outlined.success.color');
    }

    .p-button-outlined.p-button-success:not(:disabled):hover {
        background: dt('button.outlined.success.hover.background');
        border-color: dt('button.outlined.success.border.color');
        color: dt('button.outlined.success.color');
    }

    .p-button-outlined.p-button-success:not(:disabled):active {
        background: dt('button.outlined.success.active.background');
        border-color: dt('button.outlined.success.border.color');
        color: dt('button.outlined.success.color');
    }

    .p-button-outlined.p-button-info {
        border-color: dt('button.outlined.info.border.color');
        color: dt('button.outlined.info.color');
    }

    .p-button-outlined.p-button-info:not(:disabled):hover {
        background: dt('button.outlined.info.hover.background');
        border-color: dt('button.outlined.info.border.color');
        color: dt('button.outlined.info.color');
    }

    .p-button-outlined.p-button-info:not(:disabled):active {
        background: dt('button.outlined.info.active.background');
        border-color: dt('button.outlined.info.border.color');
        color: dt('button.outlined.info.color');
    }

    .p-button-outlined.p-button-warn {
        border-color: dt('button.outlined.warn.border.color');
        color: dt('button.outlined.warn.color');
    }

    .p-button-outlined.p-button-warn:not(:disabled):hover {
        background: dt('button.outlined.warn.hover.background');
        border-color: dt('button.outlined.warn.border.color');
        color: dt('button.outlined.warn.color');
    }

    .p-button-outlined.p-button-warn:not(:disabled):active {
        background: dt('button.outlined.warn.active.background');
        border-color: dt('button.outlined.warn.border.color');
        color: dt('button.outlined.warn.color');
    }

    .p-button-outlined.p-button-help {
        border-color: dt('button.outlined.help.border.color');
        color: dt('button.outlined.help.color');
    }

    .p-button-outlined.p-button-help:not(:disabled):hover {
        background: dt('button.outlined.help.hover.background');
        border-color: dt('button.outlined.help.border.color');
        color: dt('button.outlined.help.color');
    }

    .p-button-outlined.p-button-help:not(:disabled):active {
        background: dt('button.outlined.help.active.background');
        border-color: dt('button.outlined.help.border.color');
        color: dt('button.outlined.help.color');
    }

    .p-button-outlined.p-button-danger {
        border-color: dt('button.outlined.danger.border.color');
        color: dt('button.outlined.danger.color');
    }

    .p-button-outlined.p-button-danger:not(:disabled):hover {
        background: dt('button.outlined.danger.hover.background');
        border-color: dt('button.outlined.danger.border.color');
        color: dt('button.outlined.danger.color');
    }

    .p-button-outlined.p-button-danger:not(:disabled):active {
        background: dt('button.outlined.danger.active.background');
        border-color: dt('button.outlined.danger.border.color');
        color: dt('button.outlined.danger.color');
    }

    .p-button-outlined.p-button-contrast {
        border-color: dt('button.outlined.contrast.border.color');
        color: dt('button.outlined.contrast.color');
    }

    .p-button-outlined.p-button-contrast:not(:disabled):hover {
        background: dt('button.outlined.contrast.hover.background');
        border-color: dt('button.outlined.contrast.border.color');
        color: dt('button.outlined.contrast.color');
    }

    .p-button-outlined.p-button-contrast:not(:disabled):active {
        background: dt('button.outlined.contrast.active.background');
        border-color: dt('button.outlined.contrast.border.color');
        color: dt('button.outlined.contrast.color');
    }

    .p-button-outlined.p-button-plain {
        border-color: dt('button.outlined.plain.border.color');
        color: dt('button.outlined.plain.color');
    }

    .p-button-outlined.p-button-plain:not(:disabled):hover {
        background: dt('button.outlined.plain.hover.background');
        border-color: dt('button.outlined.plain.border.color');
        color: dt('button.outlined.plain.color');
    }

    .p-button-outlined.p-button-plain:not(:disabled):active {
        background: dt('button.outlined.plain.active.background');
        border-color: dt('button.outlined.plain.border.color');
        color: dt('button.outlined.plain.color');
    }

    .p-button-text {
        background: transparent;
        border-color: transparent;
        color: dt('button.text.primary.color');
    }

    .p-button-text:not(:disabled):hover {
        background: dt('button.text.primary.hover.background');
        border-color: transparent;
        color: dt('button.text.primary.color');
    }

    .p-button-text:not(:disabled):active {
        background: dt('button.text.primary.active.background');
        border-color: transparent;
        color: dt('button.text.primary.color');
    }

    .p-button-text.p-button-secondary {
        background: transparent;
        border-color: transparent;
        color: dt('button.text.secondary.color');
    }

    .p-button-text.p-button-secondary:not(:disabled):hover {
        background: dt('button.text.secondary.hover.background');
        border-color: transparent;
        color: dt('button.text.secondary.color');
    }

    .p-button-text.p-button-secondary:not(:disabled):active {
        background: dt('button.text.secondary.active.background');
        border-color: transparent;
        color: dt('button.text.secondary.color');
    }

    .p-button-text.p-button-success {
        background: transparent;
        border-color: transparent;
        color: dt('button.text.success.color');
    }

    .p-button-text.p-button-success:not(:disabled):hover {
        background: dt('button.text.success.hover.background');
        border-color: transparent;
        color: dt('button.text.success.color');
    }

    .p-button-text.p-button-success:not(:disabled):active {
        background: dt('button.text.success.active.background');
        border-color: transparent;
        color: dt('button.text.success.color');
    }

    .p-button-text.p-button-info {
        background: transparent;
        border-color: transparent;
        color: dt('button.text.info.color');
    }

    .p-button-text.p-button-info:not(:disabled):hover {
        background: dt('button.text.info.hover.background');
        border-color: transparent;
        color: dt('button.text.info.color');
    }

    .p-button-text.p-button-info:not(:disabled):active {
        background: dt('button.text.info.active.background');
        border-color: transparent;
        color: dt('button.text.info.color');
    }

    .p-button-text.p-button-warn {
        background: transparent;
        border-color: transparent;
        color: dt('button.text.warn.color');
    }

    .p-button-text.p-button-warn:not(:disabled):hover {
        background: dt('button.text.warn.hover.background');
        border-color: transparent;
        color: dt('button.text.warn.color');
    }

    .p-button-text.p-button-warn:not(:disabled):active {
        background: dt('button.text.warn.active.background');
        border-color: transparent;
        color: dt('button.text.warn.color');
    }

    .p-button-text.p-button-help {
        background: transparent;
        border-color: transparent;
        color: dt('button.text.help.color');
    }

    .p-button-text.p-button-help:not(:disabled):hover {
        background: dt('button.text.help.hover.background');
        border-color: transparent;
        color: dt('button.text.help.color');
    }

    .p-button-text.p-button-help:not(:disabled):active {
        background: dt('button.text.help.active.background');
        border-color: transparent;
        color: dt('button.text.help.color');
    }

    .p-button-text.p-button-danger {
        background: transparent;
        border-color: transparent;
        color: dt('button.text.danger.color');
    }

    .p-button-text.p-button-danger:not(:disabled):hover {
        background: dt('button.text.danger.hover.background');
        border-color: transparent;
        color: dt('button.text.danger.color');
    }

    .p-button-text.p-button-danger:not(:disabled):active {
        background: dt('button.text.danger.active.background');
        border-color: transparent;
        color: dt('button.text.danger.color');
    }

    .p-button-text.p-button-contrast {
        background: transparent;
        border-color: transparent;
        color: dt('button.text.contrast.color');
    }

    .p-button-text.p-button-contrast:not(:disabled):hover {
        background: dt('button.text.contrast.hover.background');
        border-color: transparent;
        color: dt('button.text.contrast.color');
    }

    .p-button-text.p-button-contrast:not(:disabled):active {
        background: dt('button.text.contrast.active.background');
        border-color: transparent;
        color: dt('button.text.contrast.color');
    }

    .p-button-text.p-button-plain {
        background: transparent;
        border-color: transparent;
        color: dt('button.text.plain.color');
    }

    .p-button-text.p-button-plain:not(:disabled):hover {
        background: dt('button.text.plain.hover.background');
        border-color: transparent;
        color: dt('button.text.plain.color');
    }

    .p-button-text.p-button-plain:not(:disabled):active {
        background: dt('button.text.plain.active.background');
        border-color: transparent;
        color: dt('button.text.plain.color');
    }

    .p-button-link {
        background: transparent;
        border-color: transparent;
        color: dt('button.link.color');
    }

    .p-button-link:not(:disabled):hover {
        background: transparent;
        border-color: transparent;
        color: dt('button.link.hover.color');
    }

    .p-button-link:not(:disabled):hover .p-button-label {
        text-decoration: underline;
    }

    .p-button-link:not(:disabled):active {
        background: transparent;
        border-color: transparent;
        color: dt('button.link.active.color');
    }
`;function bd(e){"@babel/helpers - typeof";return bd=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},bd(e)}function xd(e,t,n){return(t=Sd(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Sd(e){var t=Cd(e,`string`);return bd(t)==`symbol`?t:t+``}function Cd(e,t){if(bd(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(bd(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var wd=G.extend({name:`button`,style:yd,classes:{root:function(e){var t=e.instance,n=e.props;return[`p-button p-component`,xd(xd(xd(xd(xd(xd(xd(xd(xd({"p-button-icon-only":t.hasIcon&&!n.label&&!n.badge,"p-button-vertical":(n.iconPos===`top`||n.iconPos===`bottom`)&&n.label,"p-button-loading":n.loading,"p-button-link":n.link||n.variant===`link`},`p-button-${n.severity}`,n.severity),`p-button-raised`,n.raised),`p-button-rounded`,n.rounded),`p-button-text`,n.text||n.variant===`text`),`p-button-outlined`,n.outlined||n.variant===`outlined`),`p-button-sm`,n.size===`small`),`p-button-lg`,n.size===`large`),`p-button-plain`,n.plain),`p-button-fluid`,t.hasFluid)]},loadingIcon:`p-button-loading-icon`,icon:function(e){var t=e.props;return[`p-button-icon`,xd({},`p-button-icon-${t.iconPos}`,t.label)]},label:`p-button-label`}}),Td={name:`BaseButton`,extends:Su,props:{label:{type:String,default:null},icon:{type:String,default:null},iconPos:{type:String,default:`left`},iconClass:{type:[String,Object],default:null},badge:{type:String,default:null},badgeClass:{type:[String,Object],default:null},badgeSeverity:{type:String,default:`secondary`},loading:{type:Boolean,default:!1},loadingIcon:{type:String,default:void 0},as:{type:[String,Object],default:`BUTTON`},asChild:{type:Boolean,default:!1},link:{type:Boolean,default:!1},severity:{type:String,default:null},raised:{type:Boolean,default:!1},rounded:{type:Boolean,default:!1},text:{type:Boolean,default:!1},outlined:{type:Boolean,default:!1},size:{type:String,default:null},variant:{type:String,default:null},plain:{type:Boolean,default:!1},fluid:{type:Boolean,default:null}},style:wd,provide:function(){return{$pcButton:this,$parentInstance:this}}};function Ed(e){"@babel/helpers - typeof";return Ed=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Ed(e)}function Dd(e,t,n){return(t=Od(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Od(e){var t=kd(e,`string`);return Ed(t)==`symbol`?t:t+``}function kd(e,t){if(Ed(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Ed(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Y={name:`Button`,extends:Td,inheritAttrs:!1,inject:{$pcFluid:{default:null}},methods:{getPTOptions:function(e){return(e===`root`?this.ptmi:this.ptm)(e,{context:{disabled:this.disabled}})}},computed:{disabled:function(){return this.$attrs.disabled||this.$attrs.disabled===``||this.loading},defaultAriaLabel:function(){return this.label?this.label+(this.badge?` `+this.badge:``):this.$attrs.ariaLabel},hasIcon:function(){return this.icon||this.$slots.icon},attrs:function(){return V(this.asAttrs,this.a11yAttrs,this.getPTOptions(`root`))},asAttrs:function(){return this.as===`BUTTON`?{type:`button`,disabled:this.disabled}:void 0},a11yAttrs:function(){return{"aria-label":this.defaultAriaLabel,"data-pc-name":`button`,"data-p-disabled":this.disabled,"data-p-severity":this.severity}},hasFluid:function(){return Lc(this.fluid)?!!this.$pcFluid:this.fluid},dataP:function(){return ec(Dd(Dd(Dd(Dd(Dd(Dd(Dd(Dd(Dd(Dd({},this.size,this.size),`icon-only`,this.hasIcon&&!this.label&&!this.badge),`loading`,this.loading),`fluid`,this.hasFluid),`rounded`,this.rounded),`raised`,this.raised),`outlined`,this.outlined||this.variant===`outlined`),`text`,this.text||this.variant===`text`),`link`,this.link||this.variant===`link`),`vertical`,(this.iconPos===`top`||this.iconPos===`bottom`)&&this.label))},dataIconP:function(){return ec(Dd(Dd({},this.iconPos,this.iconPos),this.size,this.size))},dataLabelP:function(){return ec(Dd(Dd({},this.size,this.size),`icon-only`,this.hasIcon&&!this.label&&!this.badge))}},components:{SpinnerIcon:ju,Badge:Gu},directives:{ripple:vd}},Ad=[`data-p`],jd=[`data-p`];function Md(e,t,n,r,i,a){var o=Zr(`SpinnerIcon`),s=Zr(`Badge`),c=ei(`ripple`);return e.asChild?M(e.$slots,`default`,{key:1,class:D(e.cx(`root`)),a11yAttrs:a.a11yAttrs}):Bn((P(),I($r(e.as),V({key:0,class:e.cx(`root`),"data-p":a.dataP},a.attrs),{default:zn(function(){return[M(e.$slots,`default`,{},function(){return[e.loading?M(e.$slots,`loadingicon`,V({key:0,class:[e.cx(`loadingIcon`),e.cx(`icon`)]},e.ptm(`loadingIcon`)),function(){return[e.loadingIcon?(P(),F(`span`,V({key:0,class:[e.cx(`loadingIcon`),e.cx(`icon`),e.loadingIcon]},e.ptm(`loadingIcon`)),null,16)):(P(),I(o,V({key:1,class:[e.cx(`loadingIcon`),e.cx(`icon`)],spin:``},e.ptm(`loadingIcon`)),null,16,[`class`]))]}):M(e.$slots,`icon`,V({key:1,class:[e.cx(`icon`)]},e.ptm(`icon`)),function(){return[e.icon?(P(),F(`span`,V({key:0,class:[e.cx(`icon`),e.icon,e.iconClass],"data-p":a.dataIconP},e.ptm(`icon`)),null,16,Ad)):B(``,!0)]}),e.label?(P(),F(`span`,V({key:2,class:e.cx(`label`)},e.ptm(`label`),{"data-p":a.dataLabelP}),O(e.label),17,jd)):B(``,!0),e.badge?(P(),I(s,{key:3,value:e.badge,class:D(e.badgeClass),severity:e.badgeSeverity,unstyled:e.unstyled,pt:e.ptm(`pcBadge`)},null,8,[`value`,`class`,`severity`,`unstyled`,`pt`])):B(``,!0)]})]}),_:3},16,[`class`,`data-p`])),[[c]])}Y.render=Md;var Nd={name:`TimesIcon`,extends:Au};function Pd(e){return Rd(e)||Ld(e)||Id(e)||Fd()}function Fd(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Id(e,t){if(e){if(typeof e==`string`)return zd(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?zd(e,t):void 0}}function Ld(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function Rd(e){if(Array.isArray(e))return zd(e)}function zd(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function Bd(e,t,n,r,i,a){return P(),F(`svg`,V({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),Pd(t[0]||=[L(`path`,{d:`M8.01186 7.00933L12.27 2.75116C12.341 2.68501 12.398 2.60524 12.4375 2.51661C12.4769 2.42798 12.4982 2.3323 12.4999 2.23529C12.5016 2.13827 12.4838 2.0419 12.4474 1.95194C12.4111 1.86197 12.357 1.78024 12.2884 1.71163C12.2198 1.64302 12.138 1.58893 12.0481 1.55259C11.9581 1.51625 11.8617 1.4984 11.7647 1.50011C11.6677 1.50182 11.572 1.52306 11.4834 1.56255C11.3948 1.60204 11.315 1.65898 11.2488 1.72997L6.99067 5.98814L2.7325 1.72997C2.59553 1.60234 2.41437 1.53286 2.22718 1.53616C2.03999 1.53946 1.8614 1.61529 1.72901 1.74767C1.59663 1.88006 1.5208 2.05865 1.5175 2.24584C1.5142 2.43303 1.58368 2.61419 1.71131 2.75116L5.96948 7.00933L1.71131 11.2675C1.576 11.403 1.5 11.5866 1.5 11.7781C1.5 11.9696 1.576 12.1532 1.71131 12.2887C1.84679 12.424 2.03043 12.5 2.2219 12.5C2.41338 12.5 2.59702 12.424 2.7325 12.2887L6.99067 8.03052L11.2488 12.2887C11.3843 12.424 11.568 12.5 11.7594 12.5C11.9509 12.5 12.1346 12.424 12.27 12.2887C12.4053 12.1532 12.4813 11.9696 12.4813 11.7781C12.4813 11.5866 12.4053 11.403 12.27 11.2675L8.01186 7.00933Z`,fill:`currentColor`},null,-1)]),16)}Nd.render=Bd;var Vd=G.extend({name:`message`,style:`
    .p-message {
        display: grid;
        grid-template-rows: 1fr;
        border-radius: dt('message.border.radius');
        outline-width: dt('message.border.width');
        outline-style: solid;
    }

    .p-message-content-wrapper {
        min-height: 0;
    }

    .p-message-content {
        display: flex;
        align-items: center;
        padding: dt('message.content.padding');
        gap: dt('message.content.gap');
    }

    .p-message-icon {
        flex-shrink: 0;
    }

    .p-message-close-button {
        display: flex;
        align-items: center;
        justify-content: center;
        flex-shrink: 0;
        margin-inline-start: auto;
        overflow: hidden;
        position: relative;
        width: dt('message.close.button.width');
        height: dt('message.close.button.height');
        border-radius: dt('message.close.button.border.radius');
        background: transparent;
        transition:
            background dt('message.transition.duration'),
            color dt('message.transition.duration'),
            outline-color dt('message.transition.duration'),
            box-shadow dt('message.transition.duration'),
            opacity 0.3s;
        outline-color: transparent;
        color: inherit;
        padding: 0;
        border: none;
        cursor: pointer;
        user-select: none;
    }

    .p-message-close-icon {
        font-size: dt('message.close.icon.size');
        width: dt('message.close.icon.size');
        height: dt('message.close.icon.size');
    }

    .p-message-close-button:focus-visible {
        outline-width: dt('message.close.button.focus.ring.width');
        outline-style: dt('message.close.button.focus.ring.style');
        outline-offset: dt('message.close.button.focus.ring.offset');
    }

    .p-message-info {
        background: dt('message.info.background');
        outline-color: dt('message.info.border.color');
        color: dt('message.info.color');
        box-shadow: dt('message.info.shadow');
    }

    .p-message-info .p-message-close-button:focus-visible {
        outline-color: dt('message.info.close.button.focus.ring.color');
        box-shadow: dt('message.info.close.button.focus.ring.shadow');
    }

    .p-message-info .p-message-close-button:hover {
        background: dt('message.info.close.button.hover.background');
    }

    .p-message-info.p-message-outlined {
        color: dt('message.info.outlined.color');
        outline-color: dt('message.info.outlined.border.color');
    }

    .p-message-info.p-message-simple {
        color: dt('message.info.simple.color');
    }

    .p-message-success {
        background: dt('message.success.background');
        outline-color: dt('message.success.border.color');
        color: dt('message.success.color');
        box-shadow: dt('message.success.shadow');
    }

    .p-message-success .p-message-close-button:focus-visible {
        outline-color: dt('message.success.close.button.focus.ring.color');
        box-shadow: dt('message.success.close.button.focus.ring.shadow');
    }

    .p-message-success .p-message-close-button:hover {
        background: dt('message.success.close.button.hover.background');
    }

    .p-message-success.p-message-outlined {
        color: dt('message.success.outlined.color');
        outline-color: dt('message.success.outlined.border.color');
    }

    .p-message-success.p-message-simple {
        color: dt('message.success.simple.color');
    }

    .p-message-warn {
        background: dt('message.warn.background');
        outline-color: dt('message.warn.border.color');
        color: dt('message.warn.color');
        box-shadow: dt('message.warn.shadow');
    }

    .p-message-warn .p-message-close-button:focus-visible {
        outline-color: dt('message.warn.close.button.focus.ring.color');
        box-shadow: dt('message.warn.close.button.focus.ring.shadow');
    }

    .p-message-warn .p-message-close-button:hover {
        background: dt('message.warn.close.button.hover.background');
    }

    .p-message-warn.p-message-outlined {
        color: dt('message.warn.outlined.color');
        outline-color: dt('message.warn.outlined.border.color');
    }

    .p-message-warn.p-message-simple {
        color: dt('message.warn.simple.color');
    }

    .p-message-error {
        background: dt('message.error.background');
        outline-color: dt('message.error.border.color');
        color: dt('message.error.color');
        box-shadow: dt('message.error.shadow');
    }

    .p-message-error .p-message-close-button:focus-visible {
        outline-color: dt('message.error.close.button.focus.ring.color');
        box-shadow: dt('message.error.close.button.focus.ring.shadow');
    }

    .p-message-error .p-message-close-button:hover {
        background: dt('message.error.close.button.hover.background');
    }

    .p-message-error.p-message-outlined {
        color: dt('message.error.outlined.color');
        outline-color: dt('message.error.outlined.border.color');
    }

    .p-message-error.p-message-simple {
        color: dt('message.error.simple.color');
    }

    .p-message-secondary {
        background: dt('message.secondary.background');
        outline-color: dt('message.secondary.border.color');
        color: dt('message.secondary.color');
        box-shadow: dt('message.secondary.shadow');
    }

    .p-message-secondary .p-message-close-button:focus-visible {
        outline-color: dt('message.secondary.close.button.focus.ring.color');
        box-shadow: dt('message.secondary.close.button.focus.ring.shadow');
    }

    .p-message-secondary .p-message-close-button:hover {
        background: dt('message.secondary.close.button.hover.background');
    }

    .p-message-secondary.p-message-outlined {
        color: dt('message.secondary.outlined.color');
        outline-color: dt('message.secondary.outlined.border.color');
    }

    .p-message-secondary.p-message-simple {
        color: dt('message.secondary.simple.color');
    }

    .p-message-contrast {
        background: dt('message.contrast.background');
        outline-color: dt('message.contrast.border.color');
        color: dt('message.contrast.color');
        box-shadow: dt('message.contrast.shadow');
    }

    .p-message-contrast .p-message-close-button:focus-visible {
        outline-color: dt('message.contrast.close.button.focus.ring.color');
        box-shadow: dt('message.contrast.close.button.focus.ring.shadow');
    }

    .p-message-contrast .p-message-close-button:hover {
        background: dt('message.contrast.close.button.hover.background');
    }

    .p-message-contrast.p-message-outlined {
        color: dt('message.contrast.outlined.color');
        outline-color: dt('message.contrast.outlined.border.color');
    }

    .p-message-contrast.p-message-simple {
        color: dt('message.contrast.simple.color');
    }

    .p-message-text {
        font-size: dt('message.text.font.size');
        font-weight: dt('message.text.font.weight');
    }

    .p-message-icon {
        font-size: dt('message.icon.size');
        width: dt('message.icon.size');
        height: dt('message.icon.size');
    }

    .p-message-sm .p-message-content {
        padding: dt('message.content.sm.padding');
    }

    .p-message-sm .p-message-text {
        font-size: dt('message.text.sm.font.size');
    }

    .p-message-sm .p-message-icon {
        font-size: dt('message.icon.sm.size');
        width: dt('message.icon.sm.size');
        height: dt('message.icon.sm.size');
    }

    .p-message-sm .p-message-close-icon {
        font-size: dt('message.close.icon.sm.size');
        width: dt('message.close.icon.sm.size');
        height: dt('message.close.icon.sm.size');
    }

    .p-message-lg .p-message-content {
        padding: dt('message.content.lg.padding');
    }

    .p-message-lg .p-message-text {
        font-size: dt('message.text.lg.font.size');
    }

    .p-message-lg .p-message-icon {
        font-size: dt('message.icon.lg.size');
        width: dt('message.icon.lg.size');
        height: dt('message.icon.lg.size');
    }

    .p-message-lg .p-message-close-icon {
        font-size: dt('message.close.icon.lg.size');
        width: dt('message.close.icon.lg.size');
        height: dt('message.close.icon.lg.size');
    }

    .p-message-outlined {
        background: transparent;
        outline-width: dt('message.outlined.border.width');
    }

    .p-message-simple {
        background: transparent;
        outline-color: transparent;
        box-shadow: none;
    }

    .p-message-simple .p-message-content {
        padding: dt('message.simple.content.padding');
    }

    .p-message-outlined .p-message-close-button:hover,
    .p-message-simple .p-message-close-button:hover {
        background: transparent;
    }

    .p-message-enter-active {
        animation: p-animate-message-enter 0.3s ease-out forwards;
        overflow: hidden;
    }

    .p-message-leave-active {
        animation: p-animate-message-leave 0.15s ease-in forwards;
        overflow: hidden;
    }

    @keyframes p-animate-message-enter {
        from {
            opacity: 0;
            grid-template-rows: 0fr;
        }
        to {
            opacity: 1;
            grid-template-rows: 1fr;
        }
    }

    @keyframes p-animate-message-leave {
        from {
            opacity: 1;
            grid-template-rows: 1fr;
        }
        to {
            opacity: 0;
            margin: 0;
            grid-template-rows: 0fr;
        }
    }
`,classes:{root:function(e){var t=e.props;return[`p-message p-component p-message-`+t.severity,{"p-message-outlined":t.variant===`outlined`,"p-message-simple":t.variant===`simple`,"p-message-sm":t.size===`small`,"p-message-lg":t.size===`large`}]},contentWrapper:`p-message-content-wrapper`,content:`p-message-content`,icon:`p-message-icon`,text:`p-message-text`,closeButton:`p-message-close-button`,closeIcon:`p-message-close-icon`}}),Hd={name:`BaseMessage`,extends:Su,props:{severity:{type:String,default:`info`},closable:{type:Boolean,default:!1},life:{type:Number,default:null},icon:{type:String,default:void 0},closeIcon:{type:String,default:void 0},closeButtonProps:{type:null,default:null},size:{type:String,default:null},variant:{type:String,default:null}},style:Vd,provide:function(){return{$pcMessage:this,$parentInstance:this}}};function Ud(e){"@babel/helpers - typeof";return Ud=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Ud(e)}function Wd(e,t,n){return(t=Gd(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Gd(e){var t=Kd(e,`string`);return Ud(t)==`symbol`?t:t+``}function Kd(e,t){if(Ud(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Ud(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var qd={name:`Message`,extends:Hd,inheritAttrs:!1,emits:[`close`,`life-end`],timeout:null,data:function(){return{visible:!0}},mounted:function(){var e=this;this.life&&setTimeout(function(){e.visible=!1,e.$emit(`life-end`)},this.life)},methods:{close:function(e){this.visible=!1,this.$emit(`close`,e)}},computed:{closeAriaLabel:function(){return this.$primevue.config.locale.aria?this.$primevue.config.locale.aria.close:void 0},dataP:function(){return ec(Wd(Wd({outlined:this.variant===`outlined`,simple:this.variant===`simple`},this.severity,this.severity),this.size,this.size))}},directives:{ripple:vd},components:{TimesIcon:Nd}};function Jd(e){"@babel/helpers - typeof";return Jd=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Jd(e)}function Yd(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function Xd(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?Yd(Object(n),!0).forEach(function(t){Zd(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):Yd(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function Zd(e,t,n){return(t=Qd(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Qd(e){var t=$d(e,`string`);return Jd(t)==`symbol`?t:t+``}function $d(e,t){if(Jd(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Jd(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var ef=[`data-p`],tf=[`data-p`],nf=[`data-p`],rf=[`aria-label`,`data-p`],af=[`data-p`];function of(e,t,n,r,i,a){var o=Zr(`TimesIcon`),s=ei(`ripple`);return P(),I(wo,V({name:`p-message`,appear:``},e.ptmi(`transition`)),{default:zn(function(){return[i.visible?(P(),F(`div`,V({key:0,class:e.cx(`root`),role:`alert`,"aria-live":`assertive`,"aria-atomic":`true`,"data-p":a.dataP},e.ptm(`root`)),[L(`div`,V({class:e.cx(`contentWrapper`)},e.ptm(`contentWrapper`)),[e.$slots.container?M(e.$slots,`container`,{key:0,closeCallback:a.close}):(P(),F(`div`,V({key:1,class:e.cx(`content`),"data-p":a.dataP},e.ptm(`content`)),[M(e.$slots,`icon`,{class:D(e.cx(`icon`))},function(){return[(P(),I($r(e.icon?`span`:null),V({class:[e.cx(`icon`),e.icon],"data-p":a.dataP},e.ptm(`icon`)),null,16,[`class`,`data-p`]))]}),e.$slots.default?(P(),F(`div`,V({key:0,class:e.cx(`text`),"data-p":a.dataP},e.ptm(`text`)),[M(e.$slots,`default`)],16,nf)):B(``,!0),e.closable?Bn((P(),F(`button`,V({key:1,class:e.cx(`closeButton`),"aria-label":a.closeAriaLabel,type:`button`,onClick:t[0]||=function(e){return a.close(e)},"data-p":a.dataP},Xd(Xd({},e.closeButtonProps),e.ptm(`closeButton`))),[M(e.$slots,`closeicon`,{},function(){return[e.closeIcon?(P(),F(`i`,V({key:0,class:[e.cx(`closeIcon`),e.closeIcon],"data-p":a.dataP},e.ptm(`closeIcon`)),null,16,af)):(P(),I(o,V({key:1,class:[e.cx(`closeIcon`),e.closeIcon],"data-p":a.dataP},e.ptm(`closeIcon`)),null,16,[`class`,`data-p`]))]})],16,rf)),[[s]]):B(``,!0)],16,tf))],16)],16,ef)):B(``,!0)]}),_:3},16)}qd.render=of;var sf=Ht({health:null,error:``,loading:!1}),cf=Wt(sf),lf=0;async function uf(){let e=++lf;sf.loading=!0;try{let t=await Es(`/civitai/health`);if(e!==lf)return;sf.health=t,sf.error=``}catch(t){if(e!==lf)return;sf.health=null,sf.error=t?.message||String(t)}finally{e===lf&&(sf.loading=!1)}}function df(){if(!(sf.health||sf.loading))return uf()}function ff(e){sf.health&&e&&(sf.health={...sf.health,keys:{...e}})}var pf={title:`Civitai Sidebar`,views:{image:`Image`,workflow:`Workflow`,imageTitle:`From a Civitai image`,workflowTitle:`The models this workflow needs`,tablist:`Civitai Sidebar views`},image:{inputLabel:`Civitai image or model: ID, link or AIR`,inputPlaceholder:`123456, https://civitai.red/images/123456, a model link or an AIR`,load:`Load`,loading:`Loading the image…`,empty:`Paste the ID or link of a Civitai image (civitai.com, .red or .green) to see its parameters and the models it used, or a model link or AIR to get that model.`,openOnCivitai:`Open on Civitai`,by:`by {user}`,noMeta:`This image has no generation parameters on Civitai.`,parameters:`Parameters`,notices:`Notices`,resources:`Resources`,modelVersion:`version {version}`,modelNoParams:`A model link names a model, not an image: there are no generation parameters to build a workflow from. Download its file below.`},params:{prompt:`Prompt`,negative_prompt:`Negative`,model:`Model`,sampler:`Sampler`,scheduler:`Scheduler`,steps:`Steps`,cfg:`CFG`,seed:`Seed`,size:`Size`,clip_skip:`Clip skip`,denoise:`Denoise`,vae:`VAE`,hires:`Hires fix`,hiresSteps:`{steps} steps`,hiresDenoise:`denoise {denoise}`},workflow:{refresh:`Refresh`,checking:`Checking the open workflow…`,summary:`{count} models referenced`,summaryOne:`1 model referenced`,noModels:`The open workflow does not load any model file.`,notes:`Notes`,customNodes:`Node types this ComfyUI lacks`,customNodesHint:`ComfyUI cannot run the workflow until it has them.`,noGraph:`No workflow is open.`,nodeCore:`Update ComfyUI: a core node of a newer ComfyUI (this graph was made with ComfyUI {version}).`,nodeCoreNoVersion:`Update ComfyUI: a core node of a newer ComfyUI.`,nodePack:`Install the pack {pack} with ComfyUI-Manager.`,nodePackVersion:`Install the pack {pack} ({version}) with ComfyUI-Manager.`,nodeVersion:`version {version}`,nodeCommit:`commit {commit}`,nodeUnknown:`No one knows which pack provides it: the workflow does not say. Search ComfyUI-Manager for the node type.`},list:{missing:`{count} missing`,noneMissing:`Nothing missing`,downloadAll:`Download All Missing`,downloadingAll:`Downloading… ({done}/{total})`,cancelAll:`Cancel All`,empty:`No resources.`,skipped:`{count} left out of Download All: their source refuses them, or trying again cannot help (see each card)`,skippedOne:`1 left out of Download All: its source refuses it, or trying again cannot help (see its card)`,missingOne:`1 missing`},card:{kind:{checkpoint:`Checkpoint`,diffusion_model:`Diffusion model`,lora:`LoRA`,embedding:`Embedding`,vae:`VAE`,upscaler:`Upscaler`,controlnet:`ControlNet`,hypernetwork:`Hypernetwork`,text_encoder:`Text encoder`,clip_vision:`CLIP vision`,motion_module:`Motion module`,model:`Model`},weight:`weight {weight}`,openPage:`Open {model} on Civitai`,present:`On disk`,download:`Download`,looking:`Looking for a source…`,cannotResolve:`Cannot resolve`,waiting:`Waiting in the queue…`,cancel:`Cancel`,verifying:`Verifying SHA256…`,retry:`Retry`,cancelled:`Cancelled`,confirm:`Use this`,confirmHint:`Likely match, not certain.`,workflowLoads:`The workflow loads:`,civitaiHas:`Civitai has:`,sourceHas:`The source has:`,savedAs:`“Use this” saves it as {name}, the name the workflow loads.`,needsKey:`Needs a Civitai API key — add it in Settings → Civitai`,earlyAccess:`Early access until {date}`,elsewhere:`In another folder`,mutedNode:`only used by muted or bypassed nodes`,unknownSize:`{done} MB`,bytes:`{done} / {total} MB`,retrying:`retrying in {seconds} s, {attempt} of {of}`,keyThenRetry:`Retry appears once the key is set.`,reject:`Not this`,rejected:`Not used: you turned this match down.`,undo:`Undo`,details:`Details`,lessDetails:`Less`,evidence:`Why this file:`,confidence:`{percent}% likely`,version:`version {version}`},generate:{button:`Generate Workflow`,ownWorkflow:`Load the image's own workflow`,working:`Building the workflow…`,dialogTitle:`Some models are missing`,dialogText:`The workflow will load, but ComfyUI cannot run it until these files are on disk:`,continue:`Continue`,cancel:`Cancel`,loaded:`Workflow loaded · {count} nodes · {type}`,loadedOne:`Workflow loaded · 1 node · {type}`,ownLoaded:`Image's workflow loaded · {count} nodes`,notLoaded:`ComfyUI did not load the workflow (see its message).`,ownLoadedOne:`Image's workflow loaded · 1 node`},status:{title:`Status`,backend:`Backend`,refresh:`Refresh`,checking:`Checking the backend…`,unreachable:`Cannot reach the Civitai Sidebar backend: {error}`,version:`Version`,civitai:`Civitai`,huggingface:`Hugging Face`,civitaiKey:`Civitai key`,hfToken:`Hugging Face token`,set:`set`,notSet:`not set`,footer:`Status · v{version}`},toast:{downloaded:`Downloaded`,downloadFailed:`Download failed`,keySaved:`Key saved on the server`,keyForgotten:`Key removed from the server`,keyFailed:`Could not save the key`,settingFailed:`Could not apply the setting`},commands:{findSources:`Find model sources (Civitai Sidebar)`},settings:{civitaiKey:`Civitai API key`,hfToken:`Hugging Face token`,concurrency:`Parallel downloads`,keyTooltip:`Kept by the Civitai Sidebar on the server, never in ComfyUI's settings file. Paste a key to set it; empty the field to remove it.`,concurrencyTooltip:`How many files download at the same time (1-8).`,keyPlaceholder:`not set`},live:{started:`Downloading {name}`,completed:`{name} downloaded`,failed:`{name} failed: {error}`,cancelled:`{name} cancelled`,batch:`Download All: {done} of {total} done`,batchOne:`Download All: {done} of 1 done`}},mf={en:pf,zh:{title:`Civitai 侧边栏`,views:{image:`图片`,workflow:`工作流`,imageTitle:`来自 Civitai 图片`,workflowTitle:`当前工作流需要的模型`,tablist:`Civitai 侧边栏视图`},image:{inputLabel:`Civitai 图片或模型：ID、链接或 AIR`,inputPlaceholder:`123456、https://civitai.red/images/123456、模型链接或 AIR`,load:`加载`,loading:`正在加载图片…`,empty:`粘贴 Civitai 图片（civitai.com、.red 或 .green）的 ID 或链接，查看其生成参数和所用模型；或粘贴模型链接或 AIR 获取该模型。`,openOnCivitai:`在 Civitai 上打开`,by:`作者 {user}`,noMeta:`这张图片在 Civitai 上没有生成参数。`,parameters:`参数`,notices:`提示`,resources:`资源`,modelVersion:`版本 {version}`,modelNoParams:`模型链接指向的是模型而不是图片：没有可用于生成工作流的参数。请在下方下载其文件。`},params:{prompt:`提示词`,negative_prompt:`负面提示词`,model:`模型`,sampler:`采样器`,scheduler:`调度器`,steps:`步数`,cfg:`CFG`,seed:`种子`,size:`尺寸`,clip_skip:`CLIP 跳过层`,denoise:`降噪`,vae:`VAE`,hires:`高清修复`,hiresSteps:`{steps} 步`,hiresDenoise:`降噪 {denoise}`},workflow:{refresh:`刷新`,checking:`正在检查当前工作流…`,summary:`引用了 {count} 个模型`,summaryOne:`引用了 1 个模型`,noModels:`当前工作流没有加载任何模型文件。`,notes:`说明`,customNodes:`此 ComfyUI 缺少的节点类型`,customNodesHint:`在具备这些节点之前，ComfyUI 无法运行此工作流。`,noGraph:`没有打开的工作流。`,nodeCore:`请更新 ComfyUI：这是较新版本 ComfyUI 的核心节点（此工作流由 ComfyUI {version} 创建）。`,nodeCoreNoVersion:`请更新 ComfyUI：这是较新版本 ComfyUI 的核心节点。`,nodePack:`请用 ComfyUI-Manager 安装节点包 {pack}。`,nodePackVersion:`请用 ComfyUI-Manager 安装节点包 {pack}（{version}）。`,nodeVersion:`版本 {version}`,nodeCommit:`提交 {commit}`,nodeUnknown:`无法得知由哪个节点包提供：工作流中没有记录。请在 ComfyUI-Manager 中搜索此节点类型。`},list:{missing:`缺少 {count} 个`,noneMissing:`没有缺少的模型`,downloadAll:`下载全部缺少的模型`,downloadingAll:`下载中… ({done}/{total})`,cancelAll:`全部取消`,empty:`没有资源。`,skipped:`全部下载跳过了 {count} 个：来源拒绝下载，或重试无济于事（见各卡片）`,skippedOne:`全部下载跳过了 1 个：来源拒绝下载，或重试无济于事（见其卡片）`,missingOne:`缺少 1 个`},card:{kind:{checkpoint:`Checkpoint`,diffusion_model:`扩散模型`,lora:`LoRA`,embedding:`嵌入`,vae:`VAE`,upscaler:`放大模型`,controlnet:`ControlNet`,hypernetwork:`超网络`,text_encoder:`文本编码器`,clip_vision:`CLIP 视觉`,motion_module:`运动模块`,model:`模型`},weight:`权重 {weight}`,openPage:`在 Civitai 上打开 {model}`,present:`已在磁盘上`,download:`下载`,looking:`正在查找下载来源…`,cannotResolve:`无法解析`,waiting:`排队等待中…`,cancel:`取消`,verifying:`正在校验 SHA256…`,retry:`重试`,cancelled:`已取消`,confirm:`使用此项`,confirmHint:`可能匹配，但不确定。`,workflowLoads:`工作流加载：`,civitaiHas:`Civitai 上的文件：`,sourceHas:`来源的文件：`,savedAs:`“使用此项”会将其保存为 {name}，即工作流加载的名称。`,needsKey:`需要 Civitai API 密钥——请在 设置 → Civitai 中添加`,earlyAccess:`抢先体验至 {date}`,elsewhere:`在其他文件夹中`,mutedNode:`仅被已静音或绕过的节点使用`,unknownSize:`{done} MB`,bytes:`{done} / {total} MB`,retrying:`{seconds} 秒后重试，第 {attempt}/{of} 次`,keyThenRetry:`设置密钥后即可重试。`,reject:`不是这个`,rejected:`未使用：你拒绝了这个匹配。`,undo:`撤销`,details:`详情`,lessDetails:`收起`,evidence:`选择此文件的依据：`,confidence:`可能性 {percent}%`,version:`版本 {version}`},generate:{button:`生成工作流`,ownWorkflow:`加载图片自带的工作流`,working:`正在生成工作流…`,dialogTitle:`缺少一些模型`,dialogText:`工作流可以加载，但在这些文件下载到磁盘之前，ComfyUI 无法运行它：`,continue:`继续`,cancel:`取消`,loaded:`工作流已加载 · {count} 个节点 · {type}`,loadedOne:`工作流已加载 · 1 个节点 · {type}`,ownLoaded:`图片自带的工作流已加载 · {count} 个节点`,notLoaded:`ComfyUI 没有加载该工作流（请查看它的提示）。`,ownLoadedOne:`图片的工作流已加载 · 1 个节点`},status:{title:`状态`,backend:`后端`,refresh:`刷新`,checking:`正在检查后端…`,unreachable:`无法连接 Civitai 侧边栏后端：{error}`,version:`版本`,civitai:`Civitai`,huggingface:`Hugging Face`,civitaiKey:`Civitai 密钥`,hfToken:`Hugging Face 令牌`,set:`已设置`,notSet:`未设置`,footer:`状态 · v{version}`},toast:{downloaded:`下载完成`,downloadFailed:`下载失败`,keySaved:`密钥已保存到服务器`,keyForgotten:`密钥已从服务器删除`,keyFailed:`无法保存密钥`,settingFailed:`无法应用该设置`},commands:{findSources:`查找模型来源（Civitai 侧栏）`},settings:{civitaiKey:`Civitai API 密钥`,hfToken:`Hugging Face 令牌`,concurrency:`同时下载数`,keyTooltip:`由 Civitai 侧边栏保存在服务器上，绝不写入 ComfyUI 的设置文件。粘贴密钥即可设置；清空输入框即可删除。`,concurrencyTooltip:`同时下载的文件数（1-8）。`,keyPlaceholder:`未设置`},live:{started:`正在下载 {name}`,completed:`{name} 已下载`,failed:`{name} 下载失败：{error}`,cancelled:`{name} 已取消`,batch:`全部下载：已完成 {done}/{total}`,batchOne:`全部下载：已完成 {done}/1`}}},hf=en(`en`);function gf(e){return typeof e==`string`&&e.toLowerCase().startsWith(`zh`)?`zh`:`en`}function _f(){hf.value=gf(Ps(`Comfy.Locale`))}function vf(e,t){return t.split(`.`).reduce((e,t)=>e?.[t],e)}function X(e,t={}){let n=(t.count===1?vf(mf[hf.value],`${e}One`)??vf(pf,`${e}One`):void 0)??vf(mf[hf.value],e)??vf(pf,e);return typeof n==`string`?n.replace(/\{(\w+)\}/g,(e,n)=>n in t?String(t[n]):e):e}var yf=[`aria-busy`],bf={class:`cs-health-heading`},xf={class:`cs-subtitle`},Sf={key:0,class:`cs-muted`,"data-testid":`health-loading`},Cf={key:2,class:`cs-facts`},wf={"data-testid":`health-version`},Tf={"data-testid":`health-civitai-url`},Ef={"data-testid":`health-hf-url`},Df=[`data-configured`],Of=[`data-configured`],kf={__name:`HealthPanel`,setup(e){let t=H(()=>cf.health);function n(e){return X(e===!0?`status.set`:`status.notSet`)}return(e,r)=>(P(),F(`div`,{class:`cs-health`,"data-testid":`civitai-health`,"aria-busy":j(cf).loading},[L(`div`,bf,[L(`h3`,xf,O(j(X)(`status.backend`)),1),R(j(Y),{label:j(X)(`status.refresh`),icon:`pi pi-refresh`,"loading-icon":`pi pi-spin pi-spinner`,loading:j(cf).loading,"data-testid":`health-refresh`,onClick:j(uf)},null,8,[`label`,`loading`,`onClick`])]),j(cf).loading&&!t.value?(P(),F(`p`,Sf,O(j(X)(`status.checking`)),1)):j(cf).error?(P(),I(j(qd),{key:1,severity:`error`,"data-testid":`health-error`},{default:zn(()=>[z(O(j(X)(`status.unreachable`,{error:j(cf).error})),1)]),_:1})):t.value?(P(),F(`dl`,Cf,[L(`dt`,null,O(j(X)(`status.version`)),1),L(`dd`,wf,O(t.value.version),1),L(`dt`,null,O(j(X)(`status.civitai`)),1),L(`dd`,Tf,O(t.value.api?.civitai),1),L(`dt`,null,O(j(X)(`status.huggingface`)),1),L(`dd`,Ef,O(t.value.api?.huggingface),1),L(`dt`,null,O(j(X)(`status.civitaiKey`)),1),L(`dd`,{"data-testid":`health-key-civitai`,"data-configured":t.value.keys?.civitai===!0},O(n(t.value.keys?.civitai)),9,Df),L(`dt`,null,O(j(X)(`status.hfToken`)),1),L(`dd`,{"data-testid":`health-key-hf`,"data-configured":t.value.keys?.huggingface===!0},O(n(t.value.keys?.huggingface)),9,Of)])):B(``,!0)],8,yf))}},Af={name:`WindowMaximizeIcon`,extends:Au};function jf(e){return Ff(e)||Pf(e)||Nf(e)||Mf()}function Mf(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Nf(e,t){if(e){if(typeof e==`string`)return If(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?If(e,t):void 0}}function Pf(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function Ff(e){if(Array.isArray(e))return If(e)}function If(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function Lf(e,t,n,r,i,a){return P(),F(`svg`,V({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),jf(t[0]||=[L(`path`,{"fill-rule":`evenodd`,"clip-rule":`evenodd`,d:`M7 14H11.8C12.3835 14 12.9431 13.7682 13.3556 13.3556C13.7682 12.9431 14 12.3835 14 11.8V2.2C14 1.61652 13.7682 1.05694 13.3556 0.644365C12.9431 0.231785 12.3835 0 11.8 0H2.2C1.61652 0 1.05694 0.231785 0.644365 0.644365C0.231785 1.05694 0 1.61652 0 2.2V7C0 7.15913 0.063214 7.31174 0.175736 7.42426C0.288258 7.53679 0.44087 7.6 0.6 7.6C0.75913 7.6 0.911742 7.53679 1.02426 7.42426C1.13679 7.31174 1.2 7.15913 1.2 7V2.2C1.2 1.93478 1.30536 1.68043 1.49289 1.49289C1.68043 1.30536 1.93478 1.2 2.2 1.2H11.8C12.0652 1.2 12.3196 1.30536 12.5071 1.49289C12.6946 1.68043 12.8 1.93478 12.8 2.2V11.8C12.8 12.0652 12.6946 12.3196 12.5071 12.5071C12.3196 12.6946 12.0652 12.8 11.8 12.8H7C6.84087 12.8 6.68826 12.8632 6.57574 12.9757C6.46321 13.0883 6.4 13.2409 6.4 13.4C6.4 13.5591 6.46321 13.7117 6.57574 13.8243C6.68826 13.9368 6.84087 14 7 14ZM9.77805 7.42192C9.89013 7.534 10.0415 7.59788 10.2 7.59995C10.3585 7.59788 10.5099 7.534 10.622 7.42192C10.7341 7.30985 10.798 7.15844 10.8 6.99995V3.94242C10.8066 3.90505 10.8096 3.86689 10.8089 3.82843C10.8079 3.77159 10.7988 3.7157 10.7824 3.6623C10.756 3.55552 10.701 3.45698 10.622 3.37798C10.5099 3.2659 10.3585 3.20202 10.2 3.19995H7.00002C6.84089 3.19995 6.68828 3.26317 6.57576 3.37569C6.46324 3.48821 6.40002 3.64082 6.40002 3.79995C6.40002 3.95908 6.46324 4.11169 6.57576 4.22422C6.68828 4.33674 6.84089 4.39995 7.00002 4.39995H8.80006L6.19997 7.00005C6.10158 7.11005 6.04718 7.25246 6.04718 7.40005C6.04718 7.54763 6.10158 7.69004 6.19997 7.80005C6.30202 7.91645 6.44561 7.98824 6.59997 8.00005C6.75432 7.98824 6.89791 7.91645 6.99997 7.80005L9.60002 5.26841V6.99995C9.6021 7.15844 9.66598 7.30985 9.77805 7.42192ZM1.4 14H3.8C4.17066 13.9979 4.52553 13.8498 4.78763 13.5877C5.04973 13.3256 5.1979 12.9707 5.2 12.6V10.2C5.1979 9.82939 5.04973 9.47452 4.78763 9.21242C4.52553 8.95032 4.17066 8.80215 3.8 8.80005H1.4C1.02934 8.80215 0.674468 8.95032 0.412371 9.21242C0.150274 9.47452 0.00210008 9.82939 0 10.2V12.6C0.00210008 12.9707 0.150274 13.3256 0.412371 13.5877C0.674468 13.8498 1.02934 13.9979 1.4 14ZM1.25858 10.0586C1.29609 10.0211 1.34696 10 1.4 10H3.8C3.85304 10 3.90391 10.0211 3.94142 10.0586C3.97893 10.0961 4 10.147 4 10.2V12.6C4 12.6531 3.97893 12.704 3.94142 12.7415C3.90391 12.779 3.85304 12.8 3.8 12.8H1.4C1.34696 12.8 1.29609 12.779 1.25858 12.7415C1.22107 12.704 1.2 12.6531 1.2 12.6V10.2C1.2 10.147 1.22107 10.0961 1.25858 10.0586Z`,fill:`currentColor`},null,-1)]),16)}Af.render=Lf;var Rf={name:`WindowMinimizeIcon`,extends:Au};function zf(e){return Uf(e)||Hf(e)||Vf(e)||Bf()}function Bf(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Vf(e,t){if(e){if(typeof e==`string`)return Wf(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Wf(e,t):void 0}}function Hf(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function Uf(e){if(Array.isArray(e))return Wf(e)}function Wf(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function Gf(e,t,n,r,i,a){return P(),F(`svg`,V({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),zf(t[0]||=[L(`path`,{"fill-rule":`evenodd`,"clip-rule":`evenodd`,d:`M11.8 0H2.2C1.61652 0 1.05694 0.231785 0.644365 0.644365C0.231785 1.05694 0 1.61652 0 2.2V7C0 7.15913 0.063214 7.31174 0.175736 7.42426C0.288258 7.53679 0.44087 7.6 0.6 7.6C0.75913 7.6 0.911742 7.53679 1.02426 7.42426C1.13679 7.31174 1.2 7.15913 1.2 7V2.2C1.2 1.93478 1.30536 1.68043 1.49289 1.49289C1.68043 1.30536 1.93478 1.2 2.2 1.2H11.8C12.0652 1.2 12.3196 1.30536 12.5071 1.49289C12.6946 1.68043 12.8 1.93478 12.8 2.2V11.8C12.8 12.0652 12.6946 12.3196 12.5071 12.5071C12.3196 12.6946 12.0652 12.8 11.8 12.8H7C6.84087 12.8 6.68826 12.8632 6.57574 12.9757C6.46321 13.0883 6.4 13.2409 6.4 13.4C6.4 13.5591 6.46321 13.7117 6.57574 13.8243C6.68826 13.9368 6.84087 14 7 14H11.8C12.3835 14 12.9431 13.7682 13.3556 13.3556C13.7682 12.9431 14 12.3835 14 11.8V2.2C14 1.61652 13.7682 1.05694 13.3556 0.644365C12.9431 0.231785 12.3835 0 11.8 0ZM6.368 7.952C6.44137 7.98326 6.52025 7.99958 6.6 8H9.8C9.95913 8 10.1117 7.93678 10.2243 7.82426C10.3368 7.71174 10.4 7.55913 10.4 7.4C10.4 7.24087 10.3368 7.08826 10.2243 6.97574C10.1117 6.86321 9.95913 6.8 9.8 6.8H8.048L10.624 4.224C10.73 4.11026 10.7877 3.95982 10.7849 3.80438C10.7822 3.64894 10.7192 3.50063 10.6093 3.3907C10.4994 3.28077 10.3511 3.2178 10.1956 3.21506C10.0402 3.21232 9.88974 3.27002 9.776 3.376L7.2 5.952V4.2C7.2 4.04087 7.13679 3.88826 7.02426 3.77574C6.91174 3.66321 6.75913 3.6 6.6 3.6C6.44087 3.6 6.28826 3.66321 6.17574 3.77574C6.06321 3.88826 6 4.04087 6 4.2V7.4C6.00042 7.47975 6.01674 7.55862 6.048 7.632C6.07656 7.70442 6.11971 7.7702 6.17475 7.82524C6.2298 7.88029 6.29558 7.92344 6.368 7.952ZM1.4 8.80005H3.8C4.17066 8.80215 4.52553 8.95032 4.78763 9.21242C5.04973 9.47452 5.1979 9.82939 5.2 10.2V12.6C5.1979 12.9707 5.04973 13.3256 4.78763 13.5877C4.52553 13.8498 4.17066 13.9979 3.8 14H1.4C1.02934 13.9979 0.674468 13.8498 0.412371 13.5877C0.150274 13.3256 0.00210008 12.9707 0 12.6V10.2C0.00210008 9.82939 0.150274 9.47452 0.412371 9.21242C0.674468 8.95032 1.02934 8.80215 1.4 8.80005ZM3.94142 12.7415C3.97893 12.704 4 12.6531 4 12.6V10.2C4 10.147 3.97893 10.0961 3.94142 10.0586C3.90391 10.0211 3.85304 10 3.8 10H1.4C1.34696 10 1.29609 10.0211 1.25858 10.0586C1.22107 10.0961 1.2 10.147 1.2 10.2V12.6C1.2 12.6531 1.22107 12.704 1.25858 12.7415C1.29609 12.779 1.34696 12.8 1.4 12.8H3.8C3.85304 12.8 3.90391 12.779 3.94142 12.7415Z`,fill:`currentColor`},null,-1)]),16)}Rf.render=Gf;var Kf=G.extend({name:`focustrap-directive`}),qf=J.extend({style:Kf});function Jf(e){"@babel/helpers - typeof";return Jf=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Jf(e)}function Yf(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function Xf(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?Yf(Object(n),!0).forEach(function(t){Zf(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):Yf(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function Zf(e,t,n){return(t=Qf(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Qf(e){var t=$f(e,`string`);return Jf(t)==`symbol`?t:t+``}function $f(e,t){if(Jf(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Jf(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var ep=qf.extend(`focustrap`,{mounted:function(e,t){(t.value||{}).disabled||(this.createHiddenFocusableElements(e,t),this.bind(e,t),this.autoElementFocus(e,t)),e.setAttribute(`data-pd-focustrap`,!0),this.$el=e},updated:function(e,t){(t.value||{}).disabled&&this.unbind(e)},unmounted:function(e){this.unbind(e)},methods:{getComputedSelector:function(e){return`:not(.p-hidden-focusable):not([data-p-hidden-focusable="true"])${e??``}`},bind:function(e,t){var n=this,r=t.value||{},i=r.onFocusIn,a=r.onFocusOut;e.$_pfocustrap_mutationobserver=new MutationObserver(function(t){t.forEach(function(t){if(t.type===`childList`&&!e.contains(document.activeElement)){var r=function(t){var i=Oc(t)?Oc(t,n.getComputedSelector(e.$_pfocustrap_focusableselector))?t:xc(e,n.getComputedSelector(e.$_pfocustrap_focusableselector)):xc(t);return U(i)?i:t.nextSibling&&r(t.nextSibling)};vc(r(t.nextSibling))}})}),e.$_pfocustrap_mutationobserver.disconnect(),e.$_pfocustrap_mutationobserver.observe(e,{childList:!0}),e.$_pfocustrap_focusinlistener=function(e){return i&&i(e)},e.$_pfocustrap_focusoutlistener=function(e){return a&&a(e)},e.addEventListener(`focusin`,e.$_pfocustrap_focusinlistener),e.addEventListener(`focusout`,e.$_pfocustrap_focusoutlistener)},unbind:function(e){e.$_pfocustrap_mutationobserver&&e.$_pfocustrap_mutationobserver.disconnect(),e.$_pfocustrap_focusinlistener&&e.removeEventListener(`focusin`,e.$_pfocustrap_focusinlistener)&&(e.$_pfocustrap_focusinlistener=null),e.$_pfocustrap_focusoutlistener&&e.removeEventListener(`focusout`,e.$_pfocustrap_focusoutlistener)&&(e.$_pfocustrap_focusoutlistener=null)},autoFocus:function(e){this.autoElementFocus(this.$el,{value:Xf(Xf({},e),{},{autoFocus:!0})})},autoElementFocus:function(e,t){var n=t.value||{},r=n.autoFocusSelector,i=r===void 0?``:r,a=n.firstFocusableSelector,o=a===void 0?``:a,s=n.autoFocus,c=s!==void 0&&s,l=xc(e,`[autofocus]${this.getComputedSelector(i)}`);c&&!l&&(l=xc(e,this.getComputedSelector(o))),vc(l)},onFirstHiddenElementFocus:function(e){var t,n=e.currentTarget,r=e.relatedTarget;vc(r===n.$_pfocustrap_lasthiddenfocusableelement||!((t=this.$el)!=null&&t.contains(r))?xc(n.parentElement,this.getComputedSelector(n.$_pfocustrap_focusableselector)):n.$_pfocustrap_lasthiddenfocusableelement)},onLastHiddenElementFocus:function(e){var t,n=e.currentTarget,r=e.relatedTarget;vc(r===n.$_pfocustrap_firsthiddenfocusableelement||!((t=this.$el)!=null&&t.contains(r))?Cc(n.parentElement,this.getComputedSelector(n.$_pfocustrap_focusableselector)):n.$_pfocustrap_firsthiddenfocusableelement)},createHiddenFocusableElements:function(e,t){var n=this,r=t.value||{},i=r.tabIndex,a=i===void 0?0:i,o=r.firstFocusableSelector,s=o===void 0?``:o,c=r.lastFocusableSelector,l=c===void 0?``:c,u=function(e){return hc(`span`,{class:`p-hidden-accessible p-hidden-focusable`,tabIndex:a,role:`presentation`,"aria-hidden":!0,"data-p-hidden-accessible":!0,"data-p-hidden-focusable":!0,onFocus:e?.bind(n)})},d=u(this.onFirstHiddenElementFocus),f=u(this.onLastHiddenElementFocus);d.$_pfocustrap_lasthiddenfocusableelement=f,d.$_pfocustrap_focusableselector=s,d.setAttribute(`data-pc-section`,`firstfocusableelement`),f.$_pfocustrap_firsthiddenfocusableelement=d,f.$_pfocustrap_focusableselector=l,f.setAttribute(`data-pc-section`,`lastfocusableelement`),e.prepend(d),e.append(f)}}}),tp={name:`Portal`,props:{appendTo:{type:[String,Object],default:`body`},disabled:{type:Boolean,default:!1}},data:function(){return{mounted:!1}},mounted:function(){this.mounted=Dc()},computed:{inline:function(){return this.disabled||this.appendTo===`self`}}};function np(e,t,n,r,i,a){return a.inline?M(e.$slots,`default`,{key:0}):i.mounted?(P(),I(sr,{key:1,to:n.appendTo},[M(e.$slots,`default`)],8,[`to`])):B(``,!0)}tp.render=np;function rp(){ic({variableName:Dl(`scrollbar.width`).name})}function ip(){oc({variableName:Dl(`scrollbar.width`).name})}var ap=G.extend({name:`dialog`,style:`
    .p-dialog {
        max-height: 90%;
        transform: scale(1);
        border-radius: dt('dialog.border.radius');
        box-shadow: dt('dialog.shadow');
        background: dt('dialog.background');
        border: 1px solid dt('dialog.border.color');
        color: dt('dialog.color');
        will-change: transform;
    }

    .p-dialog-content {
        overflow-y: auto;
        padding: dt('dialog.content.padding');
        flex-grow: 1;
    }

    .p-dialog-header {
        display: flex;
        align-items: center;
        justify-content: space-between;
        flex-shrink: 0;
        padding: dt('dialog.header.padding');
    }

    .p-dialog-title {
        font-weight: dt('dialog.title.font.weight');
        font-size: dt('dialog.title.font.size');
    }

    .p-dialog-footer {
        flex-shrink: 0;
        padding: dt('dialog.footer.padding');
        display: flex;
        justify-content: flex-end;
        gap: dt('dialog.footer.gap');
    }

    .p-dialog-header-actions {
        display: flex;
        align-items: center;
        gap: dt('dialog.header.gap');
    }

    .p-dialog-top .p-dialog,
    .p-dialog-bottom .p-dialog,
    .p-dialog-left .p-dialog,
    .p-dialog-right .p-dialog,
    .p-dialog-topleft .p-dialog,
    .p-dialog-topright .p-dialog,
    .p-dialog-bottomleft .p-dialog,
    .p-dialog-bottomright .p-dialog {
        margin: 1rem;
    }

    .p-dialog-maximized {
        width: 100vw !important;
        height: 100vh !important;
        top: 0px !important;
        left: 0px !important;
        max-height: 100%;
        height: 100%;
        border-radius: 0;
    }

    .p-dialog .p-resizable-handle {
        position: absolute;
        font-size: 0.1px;
        display: block;
        cursor: se-resize;
        width: 12px;
        height: 12px;
        right: 1px;
        bottom: 1px;
    }

    .p-dialog-enter-active {
        animation: p-animate-dialog-enter 300ms cubic-bezier(.19,1,.22,1);
    }

    .p-dialog-leave-active {
        animation: p-animate-dialog-leave 300ms cubic-bezier(.19,1,.22,1);
    }

    @keyframes p-animate-dialog-enter {
        from {
            opacity: 0;
            transform: scale(0.93);
        }
    }

    @keyframes p-animate-dialog-leave {
        to {
            opacity: 0;
            transform: scale(0.93);
        }
    }
`,classes:{mask:function(e){var t=e.props,n=[`left`,`right`,`top`,`topleft`,`topright`,`bottom`,`bottomleft`,`bottomright`].find(function(e){return e===t.position});return[`p-dialog-mask`,{"p-overlay-mask p-overlay-mask-enter-active":t.modal},n?`p-dialog-${n}`:``]},root:function(e){var t=e.props,n=e.instance;return[`p-dialog p-component`,{"p-dialog-maximized":t.maximizable&&n.maximized}]},header:`p-dialog-header`,title:`p-dialog-title`,headerActions:`p-dialog-header-actions`,pcMaximizeButton:`p-dialog-maximize-button`,pcCloseButton:`p-dialog-close-button`,content:`p-dialog-content`,footer:`p-dialog-footer`},inlineStyles:{mask:function(e){var t=e.position,n=e.modal;return{position:`fixed`,height:`100%`,width:`100%`,left:0,top:0,display:`flex`,justifyContent:t===`left`||t===`topleft`||t===`bottomleft`?`flex-start`:t===`right`||t===`topright`||t===`bottomright`?`flex-end`:`center`,alignItems:t===`top`||t===`topleft`||t===`topright`?`flex-start`:t===`bottom`||t===`bottomleft`||t===`bottomright`?`flex-end`:`center`,pointerEvents:n?`auto`:`none`}},root:{display:`flex`,flexDirection:`column`,pointerEvents:`auto`}}}),op={name:`Dialog`,extends:{name:`BaseDialog`,extends:Su,props:{header:{type:null,default:null},footer:{type:null,default:null},visible:{type:Boolean,default:!1},modal:{type:Boolean,default:null},contentStyle:{type:null,default:null},contentClass:{type:String,default:null},contentProps:{type:null,default:null},maximizable:{type:Boolean,default:!1},dismissableMask:{type:Boolean,default:!1},closable:{type:Boolean,default:!0},closeOnEscape:{type:Boolean,default:!0},showHeader:{type:Boolean,default:!0},blockScroll:{type:Boolean,default:!1},baseZIndex:{type:Number,default:0},autoZIndex:{type:Boolean,default:!0},position:{type:String,default:`center`},breakpoints:{type:Object,default:null},draggable:{type:Boolean,default:!0},keepInViewport:{type:Boolean,default:!0},minX:{type:Number,default:0},minY:{type:Number,default:0},appendTo:{type:[String,Object],default:`body`},closeIcon:{type:String,default:void 0},maximizeIcon:{type:String,default:void 0},minimizeIcon:{type:String,default:void 0},closeButtonProps:{type:Object,default:function(){return{severity:`secondary`,text:!0,rounded:!0}}},maximizeButtonProps:{type:Object,default:function(){return{severity:`secondary`,text:!0,rounded:!0}}},_instance:null},style:ap,provide:function(){return{$pcDialog:this,$parentInstance:this}}},inheritAttrs:!1,emits:[`update:visible`,`show`,`hide`,`after-hide`,`maximize`,`unmaximize`,`dragstart`,`dragend`],provide:function(){var e=this;return{dialogRef:H(function(){return e._instance})}},data:function(){return{containerVisible:this.visible,maximized:!1,focusableMax:null,focusableClose:null,target:null}},documentKeydownListener:null,container:null,mask:null,content:null,headerContainer:null,footerContainer:null,maximizableButton:null,closeButton:null,styleElement:null,dragging:null,documentDragListener:null,documentDragEndListener:null,lastPageX:null,lastPageY:null,maskMouseDownTarget:null,updated:function(){this.visible&&(this.containerVisible=this.visible)},beforeUnmount:function(){this.unbindDocumentState(),this.unbindGlobalListeners(),this.destroyStyle(),this.mask&&this.autoZIndex&&nl.clear(this.mask),this.container=null,this.mask=null},mounted:function(){this.breakpoints&&this.createStyle()},methods:{close:function(){this.$emit(`update:visible`,!1)},onEnter:function(){this.$emit(`show`),this.target=document.activeElement,this.enableDocumentSettings(),this.bindGlobalListeners(),this.autoZIndex&&nl.set(`modal`,this.mask,this.baseZIndex||this.$primevue.config.zIndex.modal)},onAfterEnter:function(){this.focus()},onBeforeLeave:function(){this.modal&&!this.isUnstyled&&nc(this.mask,`p-overlay-mask-leave-active`),this.dragging&&this.documentDragEndListener&&this.documentDragEndListener()},onLeave:function(){this.$emit(`hide`),vc(this.target),this.target=null,this.focusableClose=null,this.focusableMax=null},onAfterLeave:function(){this.autoZIndex&&nl.clear(this.mask),this.containerVisible=!1,this.unbindDocumentState(),this.unbindGlobalListeners(),this.$emit(`after-hide`)},onMaskMouseDown:function(e){this.maskMouseDownTarget=e.target},onMaskMouseUp:function(){this.dismissableMask&&this.modal&&this.mask===this.maskMouseDownTarget&&this.close()},focus:function(){var e=function(e){return e&&e.querySelector(`[autofocus]`)},t=this.$slots.footer&&e(this.footerContainer);t||(t=this.$slots.header&&e(this.headerContainer),t||(t=this.$slots.default&&e(this.content),t||(this.maximizable?(this.focusableMax=!0,t=this.maximizableButton):(this.focusableClose=!0,t=this.closeButton)))),t&&vc(t,{focusVisible:!0})},maximize:function(e){this.maximized?(this.maximized=!1,this.$emit(`unmaximize`,e)):(this.maximized=!0,this.$emit(`maximize`,e)),this.modal||(this.maximized?rp():ip())},enableDocumentSettings:function(){(this.modal||!this.modal&&this.blockScroll||this.maximizable&&this.maximized)&&rp()},unbindDocumentState:function(){(this.modal||!this.modal&&this.blockScroll||this.maximizable&&this.maximized)&&ip()},onKeyDown:function(e){e.code===`Escape`&&this.closeOnEscape&&!e.isComposing&&this.close()},bindDocumentKeyDownListener:function(){this.documentKeydownListener||(this.documentKeydownListener=this.onKeyDown.bind(this),window.document.addEventListener(`keydown`,this.documentKeydownListener))},unbindDocumentKeyDownListener:function(){this.documentKeydownListener&&=(window.document.removeEventListener(`keydown`,this.documentKeydownListener),null)},containerRef:function(e){this.container=e},maskRef:function(e){this.mask=e},contentRef:function(e){this.content=e},headerContainerRef:function(e){this.headerContainer=e},footerContainerRef:function(e){this.footerContainer=e},maximizableRef:function(e){this.maximizableButton=e?e.$el:void 0},closeButtonRef:function(e){this.closeButton=e?e.$el:void 0},createStyle:function(){if(!this.styleElement&&!this.isUnstyled){var e;this.styleElement=document.createElement(`style`),this.styleElement.type=`text/css`,kc(this.styleElement,`nonce`,(e=this.$primevue)==null||(e=e.config)==null||(e=e.csp)==null?void 0:e.nonce),document.head.appendChild(this.styleElement);var t=``;for(var n in this.breakpoints)t+=`
                        @media screen and (max-width: ${n}) {
                            .p-dialog[${this.$attrSelector}] {
                                width: ${this.breakpoints[n]} !important;
                            }
                        }
                    `;this.styleElement.innerHTML=t}},destroyStyle:function(){this.styleElement&&=(document.head.removeChild(this.styleElement),null)},initDrag:function(e){e.target.closest(`div`).getAttribute(`data-pc-section`)!==`headeractions`&&this.draggable&&(this.dragging=!0,this.lastPageX=e.pageX,this.lastPageY=e.pageY,this.container.style.margin=`0`,document.body.setAttribute(`data-p-unselectable-text`,`true`),!this.isUnstyled&&lc(document.body,{"user-select":`none`}),this.$emit(`dragstart`,e))},bindGlobalListeners:function(){this.draggable&&(this.bindDocumentDragListener(),this.bindDocumentDragEndListener()),this.closeOnEscape&&this.bindDocumentKeyDownListener()},unbindGlobalListeners:function(){this.unbindDocumentDragListener(),this.unbindDocumentDragEndListener(),this.unbindDocumentKeyDownListener()},bindDocumentDragListener:function(){var e=this;this.documentDragListener=function(t){if(e.dragging){var n=uc(e.container),r=Tc(e.container),i=t.pageX-e.lastPageX,a=t.pageY-e.lastPageY,o=e.container.getBoundingClientRect(),s=o.left+i,c=o.top+a,l=sc(),u=getComputedStyle(e.container),d=parseFloat(u.marginLeft),f=parseFloat(u.marginTop);e.container.style.position=`fixed`,e.keepInViewport?(s>=e.minX&&s+n<l.width&&(e.lastPageX=t.pageX,e.container.style.left=s-d+`px`),c>=e.minY&&c+r<l.height&&(e.lastPageY=t.pageY,e.container.style.top=c-f+`px`)):(e.lastPageX=t.pageX,e.container.style.left=s-d+`px`,e.lastPageY=t.pageY,e.container.style.top=c-f+`px`)}},window.document.addEventListener(`mousemove`,this.documentDragListener)},unbindDocumentDragListener:function(){this.documentDragListener&&=(window.document.removeEventListener(`mousemove`,this.documentDragListener),null)},bindDocumentDragEndListener:function(){var e=this;this.documentDragEndListener=function(t){e.dragging&&(e.dragging=!1,document.body.removeAttribute(`data-p-unselectable-text`),!e.isUnstyled&&(document.body.style[`user-select`]=``),e.$emit(`dragend`,t))},window.document.addEventListener(`mouseup`,this.documentDragEndListener)},unbindDocumentDragEndListener:function(){this.documentDragEndListener&&=(window.document.removeEventListener(`mouseup`,this.documentDragEndListener),null)}},computed:{maximizeIconComponent:function(){return this.maximized?this.minimizeIcon?`span`:`WindowMinimizeIcon`:this.maximizeIcon?`span`:`WindowMaximizeIcon`},ariaLabelledById:function(){return this.header!=null||this.$attrs[`aria-labelledby`]!==null?this.$id+`_header`:null},closeAriaLabel:function(){return this.$primevue.config.locale.aria?this.$primevue.config.locale.aria.close:void 0},dataP:function(){return ec({maximized:this.maximized,modal:this.modal})}},directives:{ripple:vd,focustrap:ep},components:{Button:Y,Portal:tp,WindowMinimizeIcon:Rf,WindowMaximizeIcon:Af,TimesIcon:Nd}};function sp(e){"@babel/helpers - typeof";return sp=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},sp(e)}function cp(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function lp(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?cp(Object(n),!0).forEach(function(t){up(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):cp(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function up(e,t,n){return(t=dp(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function dp(e){var t=fp(e,`string`);return sp(t)==`symbol`?t:t+``}function fp(e,t){if(sp(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(sp(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var pp=[`data-p`],mp=[`aria-labelledby`,`aria-modal`,`data-p`],hp=[`id`],gp=[`data-p`];function _p(e,t,n,r,i,a){var o=Zr(`Button`),s=Zr(`Portal`),c=ei(`focustrap`);return P(),I(s,{appendTo:e.appendTo},{default:zn(function(){return[i.containerVisible?(P(),F(`div`,V({key:0,ref:a.maskRef,class:e.cx(`mask`),style:e.sx(`mask`,!0,{position:e.position,modal:e.modal}),onMousedown:t[1]||=function(){return a.onMaskMouseDown&&a.onMaskMouseDown.apply(a,arguments)},onMouseup:t[2]||=function(){return a.onMaskMouseUp&&a.onMaskMouseUp.apply(a,arguments)},"data-p":a.dataP},e.ptm(`mask`)),[R(wo,V({name:`p-dialog`,onEnter:a.onEnter,onAfterEnter:a.onAfterEnter,onBeforeLeave:a.onBeforeLeave,onLeave:a.onLeave,onAfterLeave:a.onAfterLeave,appear:``},e.ptm(`transition`)),{default:zn(function(){return[e.visible?Bn((P(),F(`div`,V({key:0,ref:a.containerRef,class:e.cx(`root`),style:e.sx(`root`),role:`dialog`,"aria-labelledby":a.ariaLabelledById,"aria-modal":e.modal,"data-p":a.dataP},e.ptmi(`root`)),[e.$slots.container?M(e.$slots,`container`,{key:0,closeCallback:a.close,maximizeCallback:function(e){return a.maximize(e)},initDragCallback:a.initDrag}):(P(),F(N,{key:1},[e.showHeader?(P(),F(`div`,V({key:0,ref:a.headerContainerRef,class:e.cx(`header`),onMousedown:t[0]||=function(){return a.initDrag&&a.initDrag.apply(a,arguments)}},e.ptm(`header`)),[M(e.$slots,`header`,{class:D(e.cx(`title`))},function(){return[e.header?(P(),F(`span`,V({key:0,id:a.ariaLabelledById,class:e.cx(`title`)},e.ptm(`title`)),O(e.header),17,hp)):B(``,!0)]}),L(`div`,V({class:e.cx(`headerActions`)},e.ptm(`headerActions`)),[e.maximizable?M(e.$slots,`maximizebutton`,{key:0,maximized:i.maximized,maximizeCallback:function(e){return a.maximize(e)}},function(){return[R(o,V({ref:a.maximizableRef,autofocus:i.focusableMax,class:e.cx(`pcMaximizeButton`),onClick:a.maximize,tabindex:e.maximizable?`0`:`-1`,unstyled:e.unstyled},e.maximizeButtonProps,{pt:e.ptm(`pcMaximizeButton`),"data-pc-group-section":`headericon`}),{icon:zn(function(t){return[M(e.$slots,`maximizeicon`,{maximized:i.maximized},function(){return[(P(),I($r(a.maximizeIconComponent),V({class:[t.class,i.maximized?e.minimizeIcon:e.maximizeIcon]},e.ptm(`pcMaximizeButton`).icon),null,16,[`class`]))]})]}),_:3},16,[`autofocus`,`class`,`onClick`,`tabindex`,`unstyled`,`pt`])]}):B(``,!0),e.closable?M(e.$slots,`closebutton`,{key:1,closeCallback:a.close},function(){return[R(o,V({ref:a.closeButtonRef,autofocus:i.focusableClose,class:e.cx(`pcCloseButton`),onClick:a.close,"aria-label":a.closeAriaLabel,unstyled:e.unstyled},e.closeButtonProps,{pt:e.ptm(`pcCloseButton`),"data-pc-group-section":`headericon`}),{icon:zn(function(t){return[M(e.$slots,`closeicon`,{},function(){return[(P(),I($r(e.closeIcon?`span`:`TimesIcon`),V({class:[e.closeIcon,t.class]},e.ptm(`pcCloseButton`).icon),null,16,[`class`]))]})]}),_:3},16,[`autofocus`,`class`,`onClick`,`aria-label`,`unstyled`,`pt`])]}):B(``,!0)],16)],16)):B(``,!0),L(`div`,V({ref:a.contentRef,class:[e.cx(`content`),e.contentClass],style:e.contentStyle,"data-p":a.dataP},lp(lp({},e.contentProps),e.ptm(`content`))),[M(e.$slots,`default`)],16,gp),e.footer||e.$slots.footer?(P(),F(`div`,V({key:1,ref:a.footerContainerRef,class:e.cx(`footer`)},e.ptm(`footer`)),[M(e.$slots,`footer`,{},function(){return[z(O(e.footer),1)]})],16)):B(``,!0)],64))],16,mp)),[[c,{disabled:!e.modal}]]):B(``,!0)]}),_:3},16,[`onEnter`,`onAfterEnter`,`onBeforeLeave`,`onLeave`,`onAfterLeave`])],16,pp)):B(``,!0)]}),_:3},8,[`appendTo`])}op.render=_p;var vp={class:`cs-dialog-text`},yp={class:`cs-dialog-list`},bp={class:`cs-muted`},xp={__name:`GenerateDialog`,props:{visible:{type:Boolean,required:!0},missing:{type:Array,required:!0}},emits:[`continue`,`cancel`],setup(e,{emit:t}){let n=t;return(t,r)=>(P(),I(j(op),{visible:e.visible,modal:``,header:j(X)(`generate.dialogTitle`),closable:!1,draggable:!1,"data-testid":`generate-dialog`,"onUpdate:visible":r[2]||=e=>e||n(`cancel`)},{footer:zn(()=>[R(j(Y),{label:j(X)(`generate.cancel`),"data-testid":`generate-cancel`,onClick:r[0]||=e=>n(`cancel`)},null,8,[`label`]),R(j(Y),{label:j(X)(`generate.continue`),class:`cs-primary`,"data-testid":`generate-continue`,onClick:r[1]||=e=>n(`continue`)},null,8,[`label`])]),default:zn(()=>[L(`p`,vp,O(j(X)(`generate.dialogText`)),1),L(`ul`,yp,[(P(!0),F(N,null,ri(e.missing,e=>(P(),F(`li`,{key:e.entry.key},[L(`strong`,null,O(e.entry.name),1),L(`span`,bp,` · `+O(e.entry.folder)+`/`+O(e.entry.filename),1)]))),128))])]),_:1},8,[`visible`,`header`]))}},Sp=new Set([`waiting`,`downloading`,`verifying`]);function Cp(e){return Sp.has(e)}function wp(e,t){let n=e=>String(e??``).replace(/\\/g,`/`).replace(/^\/+|\/+$/g,``);return[n(e),n(t)].filter(Boolean).join(`/`)}function Tp(e,t,n){return`${e??``}::${wp(t,n)}`}function Ep(e){return e.path?Tp(e.folder,``,e.path):Tp(e.folder,e.subfolder,e.filename)}function Dp(e){return String(e??``).replace(/\\/g,`/`).split(`/`).pop()}function Op(e){return!!(e&&e.resolved!==!1&&e.url)}function kp(e,t=0){return{key:Tp(e.folder,e.subfolder,e.filename||e.name),name:e.name||e.model_name||e.filename||`?`,kind:e.kind||`model`,weight:e.kind===`lora`?e.weight??null:null,folder:e.folder,filename:e.filename||``,subfolder:e.subfolder||``,resource:e,present:!!e.already_downloaded,localPath:e.local_path||``,unresolvedReason:Op(e)?``:e.reason||``,blockedReason:e.blocked||``,elsewhere:null,disabled:!1,checkedStamp:t}}var Ap={checkpoints:`checkpoint`,diffusion_models:`diffusion_model`,unet:`diffusion_model`,loras:`lora`,embeddings:`embedding`,vae:`vae`,upscale_models:`upscaler`,controlnet:`controlnet`,hypernetworks:`hypernetwork`,text_encoders:`text_encoder`,clip:`text_encoder`,clip_vision:`clip_vision`,animatediff_models:`motion_module`};function jp(e){let{reference:t,resource:n}=e,r=n?.filename||Dp(t.name),i=n?n.subfolder||``:t.name.replace(/\\/g,`/`).split(`/`).slice(0,-1).join(`/`);return{key:Tp(n?.folder||t.folder,i,r),name:n?.model_name||t.name,kind:n?.kind||Ap[t.folder]||`model`,weight:null,folder:n?.folder||t.folder||`?`,filename:r,subfolder:i,resource:n??null,present:e.status===`present`,localPath:e.local_path||``,unresolvedReason:Op(n)?``:n?.reason||e.message||``,blockedReason:n?.blocked||``,elsewhere:e.status===`elsewhere`?{path:e.found_elsewhere||``,message:e.message||``}:null,disabled:!!t.disabled,looking:!!e.looking,checkedStamp:e.checkedStamp??0}}function Mp(e,t,n=void 0){if(t?.settled&&e.checkedStamp&&t.settled<e.checkedStamp&&(t=null),t){if(t.status===`completed`)return`present`;if(Cp(t.status)||t.status===`failed`||t.status===`cancelled`)return t.status}return e.present?`present`:e.elsewhere?`elsewhere`:e.looking?`looking`:e.blockedReason?`blocked`:Op(e.resource)?e.resource.needs_confirmation&&n===!1?`rejected`:e.resource.needs_confirmation&&n!==!0?`confirm`:`resolved`:`unresolved`}function Np(e,t){return t?.status===`completed`?`${t.folder}/${t.path||wp(t.subfolder,t.filename)}`:e.localPath?`${e.folder}/${e.localPath}`:`${e.folder}/${wp(e.subfolder,e.filename)}`}function Pp(e,t={}){return!e||e.status!==`failed`?!1:e.needs_key?!!t?.[e.needs_key]:e.retryable!==!1}function Fp(e,t=null,n={}){return e===`failed`?Pp(t,n):e===`resolved`||e===`cancelled`}function Ip(e,t=null,n={}){return e===`blocked`||e===`failed`&&!Pp(t,n)}function Lp(e){return e!==`present`}var Rp=`civitai.download.progress`,zp=1e3,Z=Ht({files:{},batches:{},latestByTarget:{},requestedByTarget:{},batchTargets:{}}),Bp=Wt(Z),Vp=0,Hp=0,Up=null,Wp={waiting:0,downloading:1,verifying:2},Gp=new Set([`completed`,`failed`,`cancelled`]);function Kp(e,t){if(!t)return!0;if(Gp.has(t.status))return!1;if(Gp.has(e.status))return!0;let n=Wp[t.status]??0,r=Wp[e.status]??0,i=e.downloaded_bytes??0,a=t.downloaded_bytes??0;if(r!==n)return r>n||e.status===`downloading`&&t.status===`verifying`&&i>a;let o=e.completed_count??0,s=t.completed_count??0;return o===s?i>=a:o>s}function qp(e){if(!e?.task_id)return!1;let t=e.kind===`batch`?Z.batches:Z.files,n=t[e.task_id];if(!Kp(e,n))return!1;let r=Gp.has(e.status)?++Vp:void 0;if(t[e.task_id]={...e,seq:n?.seq??++Vp,settled:r},e.kind===`batch`)return!0;let i=Ep(e),a=Z.files[Z.latestByTarget[i]];return(!a||a.seq<=t[e.task_id].seq)&&(Z.latestByTarget[i]=e.task_id),n&&!Gp.has(n.status)&&Gp.has(e.status)&&Jp(e),!0}function Jp(e){let t=`${e.folder}/${e.path||e.filename}`;e.status===`completed`?(Ns(`success`,X(`toast.downloaded`),t),Xp()):e.status===`failed`&&Ns(`error`,X(`toast.downloadFailed`),`${t}: ${e.error||``}`.trim())}async function Yp(){Up&&(clearTimeout(Up),Up=null,await Promise.resolve(Hs()).catch(e=>console.warn(`[Civitai Sidebar] refreshing model lists failed`,e)))}function Xp(){clearTimeout(Up),Up=setTimeout(()=>{Up=null,Promise.resolve(Hs()).catch(e=>console.warn(`[Civitai Sidebar] refreshing model lists failed`,e))},zp)}async function Zp(){let e=Vp,{tasks:t=[]}=await Es(`/civitai/downloads`)??{},n=new Set(t.map(e=>e.task_id));for(let e of t)qp(e);for(let t of[Z.files,Z.batches])for(let[r,i]of Object.entries(t))!n.has(r)&&i.seq<=e&&!Gp.has(i.status)&&!r.startsWith(`local-`)&&delete t[r]}var Qp=null;function $p(){Qp||=ks(Rp,qp)}function em(){let e=ks(Rp,qp);return Zp().catch(e=>console.warn(`[Civitai Sidebar] could not read the downloads`,e)),e}function tm(e,t){Z.files[e]||qp({task_id:e,kind:`file`,status:`waiting`,progress:0,downloaded_bytes:0,total_bytes:null,error:null,...t})}async function nm(e,t){let n={folder:t.folder,subfolder:t.subfolder||``,filename:t.filename||t.name,path:null};try{let{task_id:r}=await Es(`/civitai/download`,{method:`POST`,body:{resource:t}});Z.requestedByTarget[e]=r,tm(r,n)}catch(t){let r=`local-${++Hp}`;Z.requestedByTarget[e]=r,qp({task_id:r,kind:`file`,...n,status:`failed`,progress:0,downloaded_bytes:0,error:t.message})}}async function rm(e){try{let{task_id:t}=await Es(`/civitai/download-all`,{method:`POST`,body:{resources:e.map(e=>e.resource)}});Z.batchTargets[t]=e.map(e=>e.key),Z.batches[t]||qp({task_id:t,kind:`batch`,status:`waiting`,completed_count:0,total_count:e.length,items:[],downloaded_bytes:0})}catch(e){Ns(`error`,X(`toast.downloadFailed`),e.message)}}async function im(e){try{await Es(`/civitai/download-cancel`,{method:`POST`,body:{task_id:e}})}catch(e){Ns(`error`,X(`toast.downloadFailed`),e.message)}}async function am(){try{await Es(`/civitai/download-cancel`,{method:`POST`,body:{cancel_all:!0}})}catch(e){Ns(`error`,X(`toast.downloadFailed`),e.message)}}function om(){return++Vp}function sm(e){return[Z.files[Z.latestByTarget[e]],Z.files[Z.requestedByTarget[e]]].filter(Boolean).sort((e,t)=>t.seq-e.seq)[0]??null}function cm(e){let t=new Set(e);return Object.values(Z.batches).filter(e=>Cp(e.status)).sort((e,t)=>t.seq-e.seq).find(e=>{let n=Z.batchTargets[e.task_id]??[],r=(e.items??[]).map(e=>Z.files[e]).filter(Boolean).map(Ep);return[...n,...r].some(e=>t.has(e))})??null}function lm(){return Object.values(Z.files).some(e=>Cp(e.status))||Object.values(Z.batches).some(e=>Cp(e.status))}var Q=Ht({query:``,loading:!1,error:``,result:null,checkedStamp:0,confirmed:{},generating:!1,generateError:``,generated:null}),$=Wt(Q),um=0;function dm(e){Q.query=e}async function fm(e=Q.query){let t=String(e??``).trim();if(!t)return;let n=++um;Object.assign(Q,{loading:!0,error:``,generateError:``,generated:null});try{let e=await Es(`/civitai/resolve`,{method:`POST`,body:{image_id:t}});if(n!==um)return;Object.assign(Q,{result:e,checkedStamp:om(),confirmed:{}})}catch(e){if(n!==um)return;Object.assign(Q,{result:null,error:e.message})}finally{n===um&&(Q.loading=!1)}}function pm(e){Q.confirmed[e]=!0}function mm(e,t=!0){t?Q.confirmed[e]=!1:delete Q.confirmed[e]}function hm(){return!!(Q.result?.metadata&&Q.result.meta_available!==!1)&&!Q.generating}async function gm(e){Object.assign(Q,{generating:!0,generateError:``,generated:null});try{await Yp(),Q.generated=await e()}catch(e){Q.generateError=e.message}finally{Q.generating=!1}}function _m(){let{metadata:e,resources:t,image:n}=Q.result;return gm(async()=>{let r=await Es(`/civitai/generate`,{method:`POST`,body:{metadata:e,resources:t}}),{loaded:i,nodeCount:a}=await Js(r.workflow,`civitai-${n?.id??`image`}`);if(!i)throw Error(X(`generate.notLoaded`));return{text:X(`generate.loaded`,{count:a||r.node_count,type:r.workflow_type}),warnings:r.warnings??[]}})}function vm(){let e=Q.result?.comfy_workflow;return e?.workflow?{format:`ui`,workflow:e.workflow}:e?.prompt?{format:`api`,workflow:e.prompt}:null}function ym(){let e=vm();if(e)return gm(async()=>{if(e.format===`ui`)return{text:X(`generate.ownLoaded`,{count:await $s(e.workflow)}),warnings:[]};let{loaded:t,nodeCount:n}=await Js(e.workflow,`civitai-${Q.result.image?.id??`image`}-own`);if(!t)throw Error(X(`generate.notLoaded`));return{text:X(`generate.ownLoaded`,{count:n}),warnings:[]}})}var bm={class:`cs-generate`},xm={class:`cs-generate-actions`},Sm={key:1,class:`cs-generate-status`,"data-testid":`generate-status`},Cm={key:0,class:`cs-muted`},wm={__name:`GeneratePanel`,props:{cards:{type:Array,required:!0}},setup(e){let t=e,n=en(!1),r=H(()=>t.cards.filter(e=>Lp(e.state)));function i(){r.value.length?n.value=!0:_m()}function a(){n.value=!1,_m()}return(e,t)=>(P(),F(`div`,bm,[L(`div`,xm,[R(j(Y),{label:j(X)(`generate.button`),icon:`pi pi-sparkles`,"loading-icon":`pi pi-spin pi-spinner`,loading:j($).generating,disabled:!j(hm)(),"data-testid":`generate-workflow`,onClick:i},null,8,[`label`,`loading`,`disabled`]),j(vm)()?(P(),I(j(Y),{key:0,label:j(X)(`generate.ownWorkflow`),icon:`pi pi-folder-open`,disabled:j($).generating,"data-testid":`load-own-workflow`,onClick:j(ym)},null,8,[`label`,`disabled`,`onClick`])):B(``,!0)]),j($).generateError?(P(),I(j(qd),{key:0,severity:`error`,"data-testid":`generate-error`},{default:zn(()=>[z(O(j($).generateError),1)]),_:1})):j($).generated?(P(),F(`div`,Sm,[L(`span`,null,[t[1]||=L(`i`,{class:`pi pi-check`,"aria-hidden":`true`},null,-1),z(` `+O(j($).generated.text),1)]),j($).generated.warnings.length?(P(),F(`ul`,Cm,[(P(!0),F(N,null,ri(j($).generated.warnings,(e,t)=>(P(),F(`li`,{key:t},O(e),1))),128))])):B(``,!0)])):B(``,!0),R(xp,{visible:n.value,missing:r.value,onContinue:a,onCancel:t[0]||=e=>n.value=!1},null,8,[`visible`,`missing`])]))}},Tm={name:`BaseInputText`,extends:{name:`BaseInput`,extends:{name:`BaseEditableHolder`,extends:Su,emits:[`update:modelValue`,`value-change`],props:{modelValue:{type:null,default:void 0},defaultValue:{type:null,default:void 0},name:{type:String,default:void 0},invalid:{type:Boolean,default:void 0},disabled:{type:Boolean,default:!1},formControl:{type:Object,default:void 0}},inject:{$parentInstance:{default:void 0},$pcForm:{default:void 0},$pcFormField:{default:void 0}},data:function(){return{d_value:this.defaultValue===void 0?this.modelValue:this.defaultValue}},watch:{modelValue:{deep:!0,handler:function(e){this.d_value=e}},defaultValue:function(e){this.d_value=e},$formName:{immediate:!0,handler:function(e){var t,n;this.formField=((t=this.$pcForm)==null||(n=t.register)==null?void 0:n.call(t,e,this.$formControl))||{}}},$formControl:{immediate:!0,handler:function(e){var t,n;this.formField=((t=this.$pcForm)==null||(n=t.register)==null?void 0:n.call(t,this.$formName,e))||{}}},$formDefaultValue:{immediate:!0,handler:function(e){this.d_value!==e&&(this.d_value=e)}},$formValue:{immediate:!1,handler:function(e){var t;(t=this.$pcForm)!=null&&t.getFieldState(this.$formName)&&e!==this.d_value&&(this.d_value=e)}}},formField:{},methods:{writeValue:function(e,t){var n,r;this.controlled&&(this.d_value=e,this.$emit(`update:modelValue`,e)),this.$emit(`value-change`,e),(n=(r=this.formField).onChange)==null||n.call(r,{originalEvent:t,value:e})},findNonEmpty:function(){return[...arguments].find(U)}},computed:{$filled:function(){return U(this.d_value)},$invalid:function(){var e,t;return!this.$formNovalidate&&this.findNonEmpty(this.invalid,(e=this.$pcFormField)==null||(e=e.$field)==null?void 0:e.invalid,(t=this.$pcForm)==null||(t=t.getFieldState(this.$formName))==null?void 0:t.invalid)},$formName:function(){return this.$formNovalidate?void 0:this.name||this.$formControl?.name},$formControl:function(){return this.formControl||this.$pcFormField?.formControl},$formNovalidate:function(){return this.$formControl?.novalidate},$formDefaultValue:function(){var e;return this.findNonEmpty(this.d_value,this.$pcFormField?.initialValue,(e=this.$pcForm)==null||(e=e.initialValues)==null?void 0:e[this.$formName])},$formValue:function(){var e,t;return this.findNonEmpty((e=this.$pcFormField)==null||(e=e.$field)==null?void 0:e.value,(t=this.$pcForm)==null||(t=t.getFieldState(this.$formName))==null?void 0:t.value)},controlled:function(){return this.$inProps.hasOwnProperty(`modelValue`)||!this.$inProps.hasOwnProperty(`modelValue`)&&!this.$inProps.hasOwnProperty(`defaultValue`)},filled:function(){return this.$filled}}},props:{size:{type:String,default:null},fluid:{type:Boolean,default:null},variant:{type:String,default:null}},inject:{$parentInstance:{default:void 0},$pcFluid:{default:void 0}},computed:{$variant:function(){return this.variant??(this.$primevue.config.inputStyle||this.$primevue.config.inputVariant)},$fluid:function(){return this.fluid??!!this.$pcFluid},hasFluid:function(){return this.$fluid}}},style:G.extend({name:`inputtext`,style:`
    .p-inputtext {
        font-family: inherit;
        font-feature-settings: inherit;
        font-size: 1rem;
        color: dt('inputtext.color');
        background: dt('inputtext.background');
        padding-block: dt('inputtext.padding.y');
        padding-inline: dt('inputtext.padding.x');
        border: 1px solid dt('inputtext.border.color');
        transition:
            background dt('inputtext.transition.duration'),
            color dt('inputtext.transition.duration'),
            border-color dt('inputtext.transition.duration'),
            outline-color dt('inputtext.transition.duration'),
            box-shadow dt('inputtext.transition.duration');
        appearance: none;
        border-radius: dt('inputtext.border.radius');
        outline-color: transparent;
        box-shadow: dt('inputtext.shadow');
    }

    .p-inputtext:enabled:hover {
        border-color: dt('inputtext.hover.border.color');
    }

    .p-inputtext:enabled:focus {
        border-color: dt('inputtext.focus.border.color');
        box-shadow: dt('inputtext.focus.ring.shadow');
        outline: dt('inputtext.focus.ring.width') dt('inputtext.focus.ring.style') dt('inputtext.focus.ring.color');
        outline-offset: dt('inputtext.focus.ring.offset');
    }

    .p-inputtext.p-invalid {
        border-color: dt('inputtext.invalid.border.color');
    }

    .p-inputtext.p-variant-filled {
        background: dt('inputtext.filled.background');
    }

    .p-inputtext.p-variant-filled:enabled:hover {
        background: dt('inputtext.filled.hover.background');
    }

    .p-inputtext.p-variant-filled:enabled:focus {
        background: dt('inputtext.filled.focus.background');
    }

    .p-inputtext:disabled {
        opacity: 1;
        background: dt('inputtext.disabled.background');
        color: dt('inputtext.disabled.color');
    }

    .p-inputtext::placeholder {
        color: dt('inputtext.placeholder.color');
    }

    .p-inputtext.p-invalid::placeholder {
        color: dt('inputtext.invalid.placeholder.color');
    }

    .p-inputtext-sm {
        font-size: dt('inputtext.sm.font.size');
        padding-block: dt('inputtext.sm.padding.y');
        padding-inline: dt('inputtext.sm.padding.x');
    }

    .p-inputtext-lg {
        font-size: dt('inputtext.lg.font.size');
        padding-block: dt('inputtext.lg.padding.y');
        padding-inline: dt('inputtext.lg.padding.x');
    }

    .p-inputtext-fluid {
        width: 100%;
    }
`,classes:{root:function(e){var t=e.instance,n=e.props;return[`p-inputtext p-component`,{"p-filled":t.$filled,"p-inputtext-sm p-inputfield-sm":n.size===`small`,"p-inputtext-lg p-inputfield-lg":n.size===`large`,"p-invalid":t.$invalid,"p-variant-filled":t.$variant===`filled`,"p-inputtext-fluid":t.$fluid}]}}}),provide:function(){return{$pcInputText:this,$parentInstance:this}}};function Em(e){"@babel/helpers - typeof";return Em=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Em(e)}function Dm(e,t,n){return(t=Om(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Om(e){var t=km(e,`string`);return Em(t)==`symbol`?t:t+``}function km(e,t){if(Em(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Em(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Am={name:`InputText`,extends:Tm,inheritAttrs:!1,methods:{onInput:function(e){this.writeValue(e.target.value,e)}},computed:{attrs:function(){return V(this.ptmi(`root`,{context:{filled:this.$filled,disabled:this.disabled}}),this.formField)},dataP:function(){return ec(Dm({invalid:this.$invalid,fluid:this.$fluid,filled:this.$variant===`filled`},this.size,this.size))}}},jm=[`value`,`name`,`disabled`,`aria-invalid`,`data-p`];function Mm(e,t,n,r,i,a){return P(),F(`input`,V({type:`text`,class:e.cx(`root`),value:e.d_value,name:e.name,disabled:e.disabled,"aria-invalid":e.$invalid||void 0,"data-p":a.dataP,onInput:t[0]||=function(){return a.onInput&&a.onInput.apply(a,arguments)}},a.attrs),null,16,jm)}Am.render=Mm;var Nm={__name:`ImageLookupForm`,setup(e){return(e,t)=>(P(),F(`form`,{class:`cs-lookup`,onSubmit:t[0]||=_s(e=>j(fm)(),[`prevent`])},[R(j(Am),{"model-value":j($).query,class:`cs-lookup-input`,placeholder:j(X)(`image.inputPlaceholder`),"aria-label":j(X)(`image.inputLabel`),autocomplete:`off`,spellcheck:`false`,"data-testid":`image-input`,"onUpdate:modelValue":j(dm)},null,8,[`model-value`,`placeholder`,`aria-label`,`onUpdate:modelValue`]),R(j(Y),{type:`submit`,label:j(X)(`image.load`),icon:`pi pi-search`,"loading-icon":`pi pi-spin pi-spinner`,loading:j($).loading,disabled:!j($).query.trim(),"data-testid":`image-load`},null,8,[`label`,`loading`,`disabled`])],32))}},Pm={class:`cs-facts cs-params`,"data-testid":`image-params`},Fm=[`data-param`],Im={__name:`ImageParams`,props:{metadata:{type:Object,required:!0}},setup(e){let t=e,n=e=>e!=null&&e!==``;function r(e){if(!e)return``;let{upscale:t,upscaler:r,steps:i,denoise:a}=e;return[[n(t)?`×${t}`:``,r??``].filter(Boolean).join(` `),n(i)?X(`params.hiresSteps`,{steps:i}):``,n(a)?X(`params.hiresDenoise`,{denoise:a}):``].filter(Boolean).join(`, `)}let i=H(()=>{let e=t.metadata,i=e.width&&e.height?`${e.width} × ${e.height}`:``;return[[`prompt`,e.prompt,!0],[`negative_prompt`,e.negative_prompt,!0],[`model`,e.model_name],[`sampler`,e.sampler],[`scheduler`,e.scheduler],[`steps`,e.steps],[`cfg`,e.cfg],[`seed`,e.seed],[`size`,i],[`clip_skip`,e.clip_skip],[`denoise`,e.denoise],[`vae`,e.vae],[`hires`,r(e.hires)]].filter(([,e])=>n(e)).map(([e,t,n])=>({name:e,value:String(t),long:!!n}))});return(e,t)=>(P(),F(`dl`,Pm,[(P(!0),F(N,null,ri(i.value,e=>(P(),F(N,{key:e.name},[L(`dt`,{class:D({"cs-param-long":e.long})},O(j(X)(`params.${e.name}`)),3),L(`dd`,{class:D({"cs-param-long":e.long}),"data-param":e.name},O(e.value),11,Fm)],64))),128))]))}},Lm={class:`cs-image`},Rm=[`href`,`aria-label`],zm=[`src`],Bm=[`src`],Vm={class:`cs-muted cs-image-credit`},Hm=[`href`],Um={key:1},Wm={key:2},Gm={key:3,class:`cs-notices`,"data-testid":`image-notices`},Km={__name:`ImageSummary`,props:{result:{type:Object,required:!0}},setup(e){let t=e,n=H(()=>t.result.image??{}),r=en(!1);Kn(()=>n.value.url,()=>r.value=!1);let i=H(()=>n.value.width&&n.value.height?`${n.value.width} / ${n.value.height}`:`auto`);return(t,a)=>(P(),F(`div`,Lm,[n.value.url?(P(),F(`a`,{key:0,class:D([`cs-thumb`,{"cs-thumb-broken":r.value}]),href:n.value.page_url||n.value.url,target:`_blank`,rel:`noopener noreferrer`,style:he({aspectRatio:i.value}),"aria-label":j(X)(`image.openOnCivitai`)},[n.value.type===`video`?(P(),F(`video`,{key:0,src:n.value.url,muted:``,loop:``,autoplay:``,playsinline:``,onError:a[0]||=e=>r.value=!0},null,40,zm)):(P(),F(`img`,{key:1,src:n.value.url,alt:``,loading:`lazy`,onError:a[1]||=e=>r.value=!0},null,40,Bm))],14,Rm)):B(``,!0),L(`p`,Vm,[n.value.page_url?(P(),F(`a`,{key:0,href:n.value.page_url,target:`_blank`,rel:`noopener noreferrer`},O(j(X)(`image.openOnCivitai`)),9,Hm)):B(``,!0),n.value.username?(P(),F(`span`,Um,` · `+O(j(X)(`image.by`,{user:n.value.username})),1)):B(``,!0),n.value.base_model?(P(),F(`span`,Wm,` · `+O(n.value.base_model),1)):B(``,!0)]),e.result.meta_available===!1?(P(),I(j(qd),{key:1,severity:`warn`},{default:zn(()=>[z(O(j(X)(`image.noMeta`)),1)]),_:1})):e.result.metadata?(P(),I(Im,{key:2,metadata:e.result.metadata},null,8,[`metadata`])):B(``,!0),e.result.notices?.length?(P(),F(`ul`,Gm,[(P(!0),F(N,null,ri(e.result.notices,(e,t)=>(P(),F(`li`,{key:t},O(e),1))),128))])):B(``,!0)]))}},qm={class:`cs-image cs-model`,"data-testid":`model-summary`},Jm={class:`cs-model-title`},Ym={"data-testid":`model-name`},Xm={key:0,class:`cs-muted`},Zm={class:`cs-muted cs-image-credit`},Qm=[`href`],$m={key:1},eh={key:2},th={key:0,class:`cs-notices`,"data-testid":`image-notices`},nh={__name:`ModelSummary`,props:{result:{type:Object,required:!0}},setup(e){let t=e,n=H(()=>t.result.model??{});return(t,r)=>(P(),F(`div`,qm,[L(`p`,Jm,[L(`strong`,Ym,O(n.value.name),1),n.value.version_name?(P(),F(`span`,Xm,` · `+O(j(X)(`image.modelVersion`,{version:n.value.version_name})),1)):B(``,!0)]),L(`p`,Zm,[n.value.page_url?(P(),F(`a`,{key:0,href:n.value.page_url,target:`_blank`,rel:`noopener noreferrer`},O(j(X)(`image.openOnCivitai`)),9,Qm)):B(``,!0),n.value.type?(P(),F(`span`,$m,` · `+O(n.value.type),1)):B(``,!0),n.value.base_model?(P(),F(`span`,eh,` · `+O(n.value.base_model),1)):B(``,!0)]),e.result.notices?.length?(P(),F(`ul`,th,[(P(!0),F(N,null,ri(e.result.notices,(e,t)=>(P(),F(`li`,{key:t},O(e),1))),128))])):B(``,!0),R(j(qd),{severity:`secondary`,"data-testid":`model-no-params`},{default:zn(()=>[z(O(j(X)(`image.modelNoParams`)),1)]),_:1})]))}},rh={class:`cs-list-toolbar`},ih=[`data-count`],ah={class:`cs-list-actions`},oh=[`data-count`,`title`],sh={__name:`DownloadToolbar`,props:{cards:{type:Array,required:!0}},setup(e){let t=e,n=H(()=>cf.health?.keys??{}),r=H(()=>t.cards.filter(e=>Lp(e.state)).length),i=H(()=>t.cards.filter(e=>Fp(e.state,e.task,n.value))),a=H(()=>t.cards.filter(e=>Ip(e.state,e.task,n.value))),o=H(()=>a.value.map(e=>`${e.entry.filename||e.entry.name}: ${e.entry.blockedReason||e.task?.error||``}`).join(`
`)),s=H(()=>cm(t.cards.map(e=>e.entry.key))),c=H(()=>lm()),l=H(()=>s.value?X(`list.downloadingAll`,{done:s.value.completed_count??0,total:s.value.total_count??0}):X(`list.downloadAll`));function u(){rm(i.value.map(e=>({key:e.entry.key,resource:e.entry.resource})))}return(e,t)=>(P(),F(`div`,rh,[L(`span`,{class:`cs-missing-count`,"data-testid":`missing-count`,"data-count":r.value},O(r.value?j(X)(`list.missing`,{count:r.value}):j(X)(`list.noneMissing`)),9,ih),L(`div`,ah,[R(j(Y),{label:l.value,icon:`pi pi-download`,class:`cs-primary`,disabled:!!s.value||i.value.length===0,"data-testid":`download-all`,onClick:u},null,8,[`label`,`disabled`]),c.value?(P(),I(j(Y),{key:0,label:j(X)(`list.cancelAll`),icon:`pi pi-times`,"data-testid":`cancel-all`,onClick:j(am)},null,8,[`label`,`onClick`])):B(``,!0)]),a.value.length?(P(),F(`p`,{key:0,class:`cs-skipped`,"data-testid":`skipped-count`,"data-count":a.value.length,title:o.value},[t[0]||=L(`i`,{class:`pi pi-lock`,"aria-hidden":`true`},null,-1),z(` `+O(j(X)(`list.skipped`,{count:a.value.length})),1)],8,oh)):B(``,!0)]))}},ch=G.extend({name:`progressbar`,style:`
    .p-progressbar {
        display: block;
        position: relative;
        overflow: hidden;
        height: dt('progressbar.height');
        background: dt('progressbar.background');
        border-radius: dt('progressbar.border.radius');
    }

    .p-progressbar-value {
        margin: 0;
        background: dt('progressbar.value.background');
    }

    .p-progressbar-label {
        color: dt('progressbar.label.color');
        font-size: dt('progressbar.label.font.size');
        font-weight: dt('progressbar.label.font.weight');
    }

    .p-progressbar-determinate .p-progressbar-value {
        height: 100%;
        width: 0%;
        position: absolute;
        display: none;
        display: flex;
        align-items: center;
        justify-content: center;
        overflow: hidden;
        transition: width 1s ease-in-out;
    }

    .p-progressbar-determinate .p-progressbar-label {
        display: inline-flex;
    }

    .p-progressbar-indeterminate .p-progressbar-value::before {
        content: '';
        position: absolute;
        background: inherit;
        inset-block-start: 0;
        inset-inline-start: 0;
        inset-block-end: 0;
        will-change: inset-inline-start, inset-inline-end;
        animation: p-progressbar-indeterminate-anim 2.1s cubic-bezier(0.65, 0.815, 0.735, 0.395) infinite;
    }

    .p-progressbar-indeterminate .p-progressbar-value::after {
        content: '';
        position: absolute;
        background: inherit;
        inset-block-start: 0;
        inset-inline-start: 0;
        inset-block-end: 0;
        will-change: inset-inline-start, inset-inline-end;
        animation: p-progressbar-indeterminate-anim-short 2.1s cubic-bezier(0.165, 0.84, 0.44, 1) infinite;
        animation-delay: 1.15s;
    }

    @keyframes p-progressbar-indeterminate-anim {
        0% {
            inset-inline-start: -35%;
            inset-inline-end: 100%;
        }
        60% {
            inset-inline-start: 100%;
            inset-inline-end: -90%;
        }
        100% {
            inset-inline-start: 100%;
            inset-inline-end: -90%;
        }
    }
    @-webkit-keyframes p-progressbar-indeterminate-anim {
        0% {
            inset-inline-start: -35%;
            inset-inline-end: 100%;
        }
        60% {
            inset-inline-start: 100%;
            inset-inline-end: -90%;
        }
        100% {
            inset-inline-start: 100%;
            inset-inline-end: -90%;
        }
    }

    @keyframes p-progressbar-indeterminate-anim-short {
        0% {
            inset-inline-start: -200%;
            inset-inline-end: 100%;
        }
        60% {
            inset-inline-start: 107%;
            inset-inline-end: -8%;
        }
        100% {
            inset-inline-start: 107%;
            inset-inline-end: -8%;
        }
    }
    @-webkit-keyframes p-progressbar-indeterminate-anim-short {
        0% {
            inset-inline-start: -200%;
            inset-inline-end: 100%;
        }
        60% {
            inset-inline-start: 107%;
            inset-inline-end: -8%;
        }
        100% {
            inset-inline-start: 107%;
            inset-inline-end: -8%;
        }
    }
`,classes:{root:function(e){var t=e.instance;return[`p-progressbar p-component`,{"p-progressbar-determinate":t.determinate,"p-progressbar-indeterminate":t.indeterminate}]},value:`p-progressbar-value`,label:`p-progressbar-label`}}),lh={name:`ProgressBar`,extends:{name:`BaseProgressBar`,extends:Su,props:{value:{type:Number,default:null},mode:{type:String,default:`determinate`},showValue:{type:Boolean,default:!0}},style:ch,provide:function(){return{$pcProgressBar:this,$parentInstance:this}}},inheritAttrs:!1,computed:{progressStyle:function(){return{width:this.value+`%`,display:`flex`}},indeterminate:function(){return this.mode===`indeterminate`},determinate:function(){return this.mode===`determinate`},dataP:function(){return ec({determinate:this.determinate,indeterminate:this.indeterminate})}}},uh=[`aria-valuenow`,`data-p`],dh=[`data-p`],fh=[`data-p`],ph=[`data-p`];function mh(e,t,n,r,i,a){return P(),F(`div`,V({role:`progressbar`,class:e.cx(`root`),"aria-valuemin":`0`,"aria-valuenow":e.value,"aria-valuemax":`100`,"data-p":a.dataP},e.ptmi(`root`)),[a.determinate?(P(),F(`div`,V({key:0,class:e.cx(`value`),style:a.progressStyle,"data-p":a.dataP},e.ptm(`value`)),[e.value!=null&&e.value!==0&&e.showValue?(P(),F(`div`,V({key:0,class:e.cx(`label`),"data-p":a.dataP},e.ptm(`label`)),[M(e.$slots,`default`,{},function(){return[z(O(e.value+`%`),1)]})],16,fh)):B(``,!0)],16,dh)):a.indeterminate?(P(),F(`div`,V({key:1,class:e.cx(`value`),"data-p":a.dataP},e.ptm(`value`)),null,16,ph)):B(``,!0)],16,uh)}lh.render=mh;var hh=1048576;function gh(e){return((Number(e)||0)/hh).toFixed(1)}function _h(e){let t=Math.min(100,Math.max(0,Number(e)||0));return Math.round(t*10)/10}var vh=[`data-state`],yh=[`aria-label`],bh=[`title`],xh={class:`cs-status-text cs-muted`,"data-testid":`card-looking`},Sh={class:`cs-status-text cs-muted`},Ch=[`title`],wh=[`title`],Th=[`title`],Eh={class:`cs-status-text cs-muted`},Dh={class:`cs-status-text cs-muted`,"data-testid":`card-rejected`},Oh={class:`cs-status-text cs-muted`},kh={class:`cs-progress-column`},Ah={key:0,class:`cs-bytes cs-retrying`,"data-testid":`card-retrying`},jh={key:1,class:`cs-bytes`,"data-testid":`card-bytes`},Mh={class:`cs-status-text`},Nh=[`title`],Ph=[`aria-expanded`],Fh=48,Ih={__name:`CardStatus`,props:{state:{type:String,required:!0},entry:{type:Object,required:!0},task:{type:Object,default:null},title:{type:String,default:``}},emits:[`download`,`cancel`,`retry`,`confirm`,`reject`],setup(e){let t=e,n=en(!1),r=H(()=>t.state===`failed`?f.value:t.state===`blocked`?t.entry.blockedReason:t.state===`unresolved`?t.entry.unresolvedReason:``),i=H(()=>(r.value||``).length>Fh);Kn(()=>t.state,()=>n.value=!1);let a=en(null),o=!1;Kn(()=>t.state,()=>o=!!a.value?.contains(document.activeElement),{flush:`pre`}),Kn(()=>t.state,()=>{o&&!a.value?.contains(document.activeElement)&&(a.value?.querySelector(`button`)??a.value?.closest(`[tabindex]`))?.focus()},{flush:`post`});let s=H(()=>_h(t.task?.progress)),c=H(()=>{let e=t.task??{},n=e.total_bytes??t.entry.resource?.size;return n?X(`card.bytes`,{done:gh(e.downloaded_bytes),total:gh(n)}):X(`card.unknownSize`,{done:gh(e.downloaded_bytes)})}),l=H(()=>t.entry.resource?.size?`${gh(t.entry.resource.size)} MB`:``),u=H(()=>Pp(t.task,cf.health?.keys??{})),d=H(()=>!!t.task?.needs_key&&!u.value),f=H(()=>[t.task?.error,d.value?X(`card.keyThenRetry`):``].filter(Boolean).join(` `)),p=en(0),m=en(Date.now()),h=null;Kn(()=>t.task?.retry,e=>{clearInterval(h),h=null,e&&(p.value=m.value=Date.now(),h=setInterval(()=>m.value=Date.now(),1e3))},{immediate:!0}),Wr(()=>clearInterval(h));let g=H(()=>{let e=t.task?.retry;return e?X(`card.retrying`,{seconds:Math.max(0,Math.ceil(e.in_seconds-(m.value-p.value)/1e3)),attempt:e.attempt,of:e.of}):``});return(t,r)=>(P(),F(`div`,{ref_key:`row`,ref:a,class:`cs-card-status`,"data-state":e.state},[e.state===`present`?(P(),F(N,{key:0},[L(`i`,{class:`pi pi-check cs-ok`,"aria-label":j(X)(`card.present`)},null,8,yh),L(`span`,{class:`cs-status-text cs-path`,"data-testid":`card-path`,title:j(Np)(e.entry,e.task)},O(j(Np)(e.entry,e.task)),9,bh)],64)):e.state===`looking`?(P(),F(N,{key:1},[r[8]||=L(`i`,{class:`pi pi-spin pi-spinner`,"aria-hidden":`true`},null,-1),L(`span`,xh,O(j(X)(`card.looking`)),1)],64)):e.state===`resolved`||e.state===`cancelled`?(P(),F(N,{key:2},[L(`span`,Sh,O(e.state===`cancelled`?j(X)(`card.cancelled`):l.value),1),R(j(Y),{label:j(X)(`card.download`),icon:`pi pi-download`,class:`cs-text`,"aria-label":`${j(X)(`card.download`)} ${e.title}`,"data-testid":`card-download`,onClick:r[0]||=e=>t.$emit(`download`)},null,8,[`label`,`aria-label`])],64)):e.state===`unresolved`?(P(),F(`span`,{key:3,class:D([`cs-status-text cs-reason`,{"cs-open":n.value}]),"data-testid":`card-reason`,title:e.entry.unresolvedReason},[L(`strong`,null,O(j(X)(`card.cannotResolve`)),1),e.entry.unresolvedReason?(P(),F(N,{key:0},[z(`: `+O(e.entry.unresolvedReason),1)],64)):B(``,!0)],10,Ch)):e.state===`blocked`?(P(),F(N,{key:4},[r[9]||=L(`i`,{class:`pi pi-lock cs-blocked-icon`,"aria-hidden":`true`},null,-1),L(`span`,{class:D([`cs-status-text cs-reason`,{"cs-open":n.value}]),"data-testid":`card-blocked`,title:e.entry.blockedReason},O(e.entry.blockedReason),11,wh)],64)):e.state===`elsewhere`?(P(),F(`span`,{key:5,class:`cs-status-text cs-muted`,"data-testid":`card-message`,title:e.entry.elsewhere.message},O(e.entry.elsewhere.message||`${j(X)(`card.elsewhere`)}: ${e.entry.elsewhere.path}`),9,Th)):e.state===`confirm`?(P(),F(N,{key:6},[L(`span`,Eh,O(l.value),1),R(j(Y),{label:j(X)(`card.reject`),icon:`pi pi-times`,class:`cs-text`,"aria-label":`${j(X)(`card.reject`)}: ${e.title}`,"data-testid":`card-reject`,onClick:r[1]||=e=>t.$emit(`reject`,!0)},null,8,[`label`,`aria-label`]),R(j(Y),{label:j(X)(`card.confirm`),icon:`pi pi-check`,class:`cs-text`,"aria-label":`${j(X)(`card.confirm`)}: ${e.title}`,"data-testid":`card-confirm`,onClick:r[2]||=e=>t.$emit(`confirm`)},null,8,[`label`,`aria-label`])],64)):e.state===`rejected`?(P(),F(N,{key:7},[L(`span`,Dh,O(j(X)(`card.rejected`)),1),R(j(Y),{label:j(X)(`card.undo`),icon:`pi pi-undo`,class:`cs-text`,"data-testid":`card-undo`,onClick:r[3]||=e=>t.$emit(`reject`,!1)},null,8,[`label`])],64)):e.state===`waiting`?(P(),F(N,{key:8},[L(`span`,Oh,O(j(X)(`card.waiting`)),1),R(j(Y),{label:j(X)(`card.cancel`),icon:`pi pi-times`,class:`cs-text`,"data-testid":`card-cancel`,onClick:r[4]||=e=>t.$emit(`cancel`)},null,8,[`label`])],64)):e.state===`downloading`?(P(),F(N,{key:9},[L(`div`,kh,[R(j(lh),{value:s.value,"show-value":!1,"aria-label":e.title,"data-testid":`card-progress`},null,8,[`value`,`aria-label`]),g.value?(P(),F(`span`,Ah,O(g.value),1)):(P(),F(`span`,jh,O(Math.floor(s.value))+`% · `+O(c.value),1))]),R(j(Y),{label:j(X)(`card.cancel`),icon:`pi pi-times`,class:`cs-text`,"data-testid":`card-cancel`,onClick:r[5]||=e=>t.$emit(`cancel`)},null,8,[`label`])],64)):e.state===`verifying`?(P(),F(N,{key:10},[r[10]||=L(`i`,{class:`pi pi-spin pi-spinner`,"aria-hidden":`true`},null,-1),L(`span`,Mh,O(j(X)(`card.verifying`)),1)],64)):e.state===`failed`?(P(),F(N,{key:11},[L(`span`,{class:D([`cs-status-text cs-error`,{"cs-open":n.value}]),"data-testid":`card-error`,title:e.task?.error},O(f.value),11,Nh),u.value?(P(),I(j(Y),{key:0,label:j(X)(`card.retry`),icon:`pi pi-refresh`,class:`cs-text`,"data-testid":`card-retry`,onClick:r[6]||=e=>t.$emit(`retry`)},null,8,[`label`])):B(``,!0)],64)):B(``,!0),i.value?(P(),F(`button`,{key:12,type:`button`,class:`cs-details-toggle`,"aria-expanded":n.value?`true`:`false`,"data-testid":`card-details`,onClick:r[7]||=e=>n.value=!n.value},O(n.value?j(X)(`card.lessDetails`):j(X)(`card.details`)),9,Ph)):B(``,!0)],8,vh))}},Lh=[`data-focused`,`data-state`,`data-name`,`data-folder`,`data-filename`],Rh={class:`cs-card-head`},zh={class:`cs-card-titles`},Bh=[`title`],Vh=[`title`],Hh=[`href`,`title`,`aria-label`],Uh={class:`cs-card-badges`},Wh={class:`cs-badge`,"data-testid":`card-kind`},Gh={key:0,class:`cs-badge`,"data-testid":`card-base-model`},Kh=[`title`],qh={key:2,class:`cs-badge`,"data-testid":`card-weight`},Jh={key:0,class:`cs-card-decide`,"data-testid":`card-decide`},Yh={class:`cs-card-evidence`,"data-testid":`card-evidence`},Xh={key:0,class:`cs-muted`},Zh={class:`cs-card-names`,"data-testid":`card-names`},Qh=[`title`],$h=[`title`],eg={key:0,class:`cs-card-hint`,"data-testid":`card-saved-as`},tg={key:1,class:`cs-card-hint`,"data-testid":`card-needs-key`},ng={key:2,class:`cs-card-hint`},rg={key:3,class:`cs-card-hint`},ig={__name:`ResourceCard`,props:{entry:{type:Object,required:!0},task:{type:Object,default:null},state:{type:String,required:!0},focused:{type:Boolean,default:!1}},emits:[`download`,`cancel`,`retry`,`confirm`,`reject`],setup(e){let t=e,n=H(()=>t.entry.resource??{}),r=H(()=>t.entry.filename||t.entry.name),i=H(()=>{let e=[t.entry.folder,t.entry.subfolder].filter(Boolean).join(`/`);return[t.entry.name&&t.entry.name!==r.value?t.entry.name:``,e?`${e}/`:``].filter(Boolean).join(` · `)}),a=H(()=>{let e=X(`card.kind.${t.entry.kind}`);return e.startsWith(`card.kind.`)?t.entry.kind:e}),o=H(()=>t.entry.weight!==null&&t.entry.weight!==void 0),s=H(()=>X(`card.openPage`,{model:n.value.model_name||t.entry.name||r.value})),c=H(()=>t.state===`confirm`),l=H(()=>n.value.source_filename||t.entry.filename),u=H(()=>X(n.value.model_version_id?`card.civitaiHas`:`card.sourceHas`)),d=H(()=>typeof n.value.confidence==`number`?Math.round(n.value.confidence*100):null),f=H(()=>n.value.needs_key&&[`resolved`,`confirm`,`failed`,`cancelled`].includes(t.state));return(t,p)=>(P(),F(`article`,{class:D([`cs-card`,{"cs-card-focused":e.focused}]),tabindex:`-1`,"data-testid":`resource-card`,"data-focused":e.focused?`true`:null,"data-state":e.state,"data-name":e.entry.name,"data-folder":e.entry.folder,"data-filename":e.entry.filename},[L(`header`,Rh,[L(`div`,zh,[L(`div`,{class:`cs-card-title`,"data-testid":`card-title`,title:r.value},O(r.value),9,Bh),i.value?(P(),F(`div`,{key:0,class:`cs-card-subtitle`,title:i.value},O(i.value),9,Vh)):B(``,!0)]),n.value.page_url?(P(),F(`a`,{key:0,class:`cs-card-link`,href:n.value.page_url,target:`_blank`,rel:`noopener noreferrer`,title:s.value,"aria-label":s.value,"data-testid":`card-link`},[...p[5]||=[L(`i`,{class:`pi pi-external-link`,"aria-hidden":`true`},null,-1)]],8,Hh)):B(``,!0)]),L(`div`,Uh,[L(`span`,Wh,O(a.value),1),n.value.base_model?(P(),F(`span`,Gh,O(n.value.base_model),1)):B(``,!0),n.value.version_name?(P(),F(`span`,{key:1,class:`cs-badge`,"data-testid":`card-version`,title:j(X)(`card.version`,{version:n.value.version_name})},O(n.value.version_name),9,Kh)):B(``,!0),o.value?(P(),F(`span`,qh,O(j(X)(`card.weight`,{weight:e.entry.weight})),1)):B(``,!0)]),c.value?(P(),F(`div`,Jh,[L(`p`,Yh,[L(`strong`,null,O(j(X)(`card.confirmHint`)),1),d.value===null?B(``,!0):(P(),F(`span`,Xh,O(j(X)(`card.confidence`,{percent:d.value})),1)),n.value.evidence?(P(),F(N,{key:1},[p[6]||=L(`br`,null,null,-1),z(O(j(X)(`card.evidence`))+` `+O(n.value.evidence),1)],64)):B(``,!0)]),L(`dl`,Zh,[L(`div`,null,[L(`dt`,null,O(j(X)(`card.workflowLoads`)),1),L(`dd`,{"data-testid":`card-wanted-name`,title:e.entry.filename},O(e.entry.filename),9,Qh)]),L(`div`,null,[L(`dt`,null,O(u.value),1),L(`dd`,{"data-testid":`card-source-name`,title:l.value},O(l.value),9,$h)])]),n.value.source_filename?(P(),F(`p`,eg,O(j(X)(`card.savedAs`,{name:e.entry.filename})),1)):B(``,!0)])):B(``,!0),f.value?(P(),F(`p`,tg,[p[7]||=L(`i`,{class:`pi pi-key`,"aria-hidden":`true`},null,-1),z(` `+O(j(X)(`card.needsKey`)),1)])):B(``,!0),n.value.early_access_ends_at&&![`present`,`blocked`].includes(e.state)?(P(),F(`p`,ng,O(j(X)(`card.earlyAccess`,{date:n.value.early_access_ends_at.slice(0,10)})),1)):B(``,!0),e.entry.disabled?(P(),F(`p`,rg,O(j(X)(`card.mutedNode`)),1)):B(``,!0),R(Ih,{state:e.state,entry:e.entry,task:e.task,title:r.value,onDownload:p[0]||=e=>t.$emit(`download`),onCancel:p[1]||=e=>t.$emit(`cancel`),onRetry:p[2]||=e=>t.$emit(`retry`),onConfirm:p[3]||=e=>t.$emit(`confirm`),onReject:p[4]||=e=>t.$emit(`reject`,e)},null,8,[`state`,`entry`,`task`,`title`])],10,Lh))}},ag={class:`cs-resources`},og={key:0,class:`cs-muted`},sg={__name:`ResourceList`,props:{cards:{type:Array,required:!0},focusedKeys:{type:Array,default:()=>[]}},emits:[`confirm`,`reject`],setup(e,{emit:t}){let n=t,r=e=>nm(e.entry.key,e.entry.resource);return(t,i)=>(P(),F(`div`,ag,[R(sh,{cards:e.cards},null,8,[`cards`]),e.cards.length===0?(P(),F(`p`,og,O(j(X)(`list.empty`)),1)):B(``,!0),(P(!0),F(N,null,ri(e.cards,t=>(P(),I(ig,{key:t.entry.key,entry:t.entry,task:t.task,state:t.state,focused:e.focusedKeys.includes(t.entry.key),onDownload:e=>r(t),onRetry:e=>r(t),onCancel:e=>t.task&&j(im)(t.task.task_id),onConfirm:e=>n(`confirm`,t.entry.key),onReject:e=>n(`reject`,t.entry.key,e)},null,8,[`entry`,`task`,`state`,`focused`,`onDownload`,`onRetry`,`onCancel`,`onConfirm`,`onReject`]))),128))]))}};function cg(e,t){return H(()=>{let n=t()??{};return e().map(e=>{let t=sm(e.key);return{entry:e,task:t,state:Mp(e,t,n[e.key])}})})}var lg={class:`cs-view`,"data-testid":`image-view`},ug={class:`cs-view-top`},dg={class:`cs-scroll`},fg={class:`cs-section-title`},pg={key:2,class:`cs-muted`},mg={key:3,class:`cs-muted cs-empty`},hg={__name:`ImageView`,setup(e){function t(e){let t=new Set;return e.filter(e=>!t.has(e.key)&&t.add(e.key))}let n=H(()=>$.result),r=e=>kp(e,$.checkedStamp),i=H(()=>t((n.value?.resources??[]).map(r))),a=H(()=>t([...i.value,...(n.value?.comfy_workflow?.resources??[]).map(r)])),o=()=>$.confirmed,s=cg(()=>i.value,o),c=cg(()=>a.value,o);return(e,t)=>(P(),F(`div`,lg,[L(`div`,ug,[R(Nm)]),L(`div`,dg,[j($).error?(P(),I(j(qd),{key:0,severity:`error`,"data-testid":`image-error`},{default:zn(()=>[z(O(j($).error),1)]),_:1})):B(``,!0),n.value?(P(),F(N,{key:1},[n.value.kind===`model`?(P(),I(nh,{key:0,result:n.value},null,8,[`result`])):(P(),I(Km,{key:1,result:n.value},null,8,[`result`])),n.value.kind===`model`?B(``,!0):(P(),I(wm,{key:2,cards:j(s)},null,8,[`cards`])),L(`h3`,fg,O(j(X)(`image.resources`)),1),R(sg,{cards:j(c),onConfirm:j(pm),onReject:j(mm)},null,8,[`cards`,`onConfirm`,`onReject`])],64)):j($).loading?(P(),F(`p`,pg,O(j(X)(`image.loading`)),1)):j($).error?B(``,!0):(P(),F(`p`,mg,O(j(X)(`image.empty`)),1))])]))}},gg=[`aria-label`],_g=[`id`,`aria-selected`,`aria-controls`,`tabindex`,`data-view`,`data-testid`,`title`,`onClick`,`onKeydown`],vg={class:`cs-switch-label`},yg={key:0,class:`cs-switch-badge`,"data-testid":`view-badge`},bg={__name:`ViewSwitch`,props:{views:{type:Array,required:!0},active:{type:String,required:!0}},emits:[`select`],setup(e,{emit:t}){let n=e,r=t,i=en([]);async function a(e,t){let a=n.views.length-1,o={ArrowRight:t+1,ArrowLeft:t-1,Home:0,End:a}[e.key];if(o===void 0)return;e.preventDefault();let s=n.views[(o+a+1)%(a+1)];r(`select`,s.id),await Tn(),i.value.find(e=>e.dataset.view===s.id)?.focus()}return(t,n)=>(P(),F(`div`,{class:`cs-switch`,role:`tablist`,"aria-label":j(X)(`views.tablist`)},[(P(!0),F(N,null,ri(e.views,(t,n)=>(P(),F(`button`,{id:`cs-tab-${t.id}`,ref_for:!0,ref_key:`tabs`,ref:i,key:t.id,type:`button`,role:`tab`,class:`cs-switch-option`,"aria-selected":e.active===t.id?`true`:`false`,"aria-controls":`cs-panel-${t.id}`,tabindex:e.active===t.id?0:-1,"data-view":t.id,"data-testid":`view-${t.id}`,title:j(X)(`views.${t.id}Title`),onClick:e=>r(`select`,t.id),onKeydown:e=>a(e,n)},[L(`i`,{class:D(t.icon),"aria-hidden":`true`},null,2),L(`span`,vg,O(j(X)(`views.${t.id}`)),1),t.badge?(P(),F(`span`,yg,O(t.badge),1)):B(``,!0)],40,_g))),128))],8,gg))}},xg=`https://registry.comfy.org/nodes/`,Sg=/^[\w.-]+\/[\w.-]+$/,Cg=/^[0-9a-f]{7,40}$/;function wg(e){return Cg.test(e)?X(`workflow.nodeCommit`,{commit:e.slice(0,12)}):X(`workflow.nodeVersion`,{version:e})}function Tg(e){return e.core?e.version?X(`workflow.nodeCore`,{version:e.version}):X(`workflow.nodeCoreNoVersion`):e.pack?e.version?X(`workflow.nodePackVersion`,{pack:e.pack,version:wg(e.version)}):X(`workflow.nodePack`,{pack:e.pack}):X(`workflow.nodeUnknown`)}function Eg(e){return e.core||!e.pack?``:Sg.test(e.pack)?`https://github.com/${e.pack}`:`${xg}${encodeURIComponent(e.pack)}`}var Dg=e=>e.core?0:e.pack?1:2;function Og(e){return[...e].sort((e,t)=>Dg(e)-Dg(t)||String(e.pack??``).localeCompare(String(t.pack??``))||e.type.localeCompare(t.type))}var kg=1200,Ag=Ht({loading:!1,error:``,result:null,hasGraph:!0,confirmed:{}}),jg=Wt(Ag),Mg=0,Ng=null;function Pg(e){return[e.type,e.mode??0,e.widgets_values??null,e.properties?.models??null]}function Fg(e){if(!e)return``;let t=e.definitions?.subgraphs??[];return JSON.stringify([(e.nodes??[]).map(Pg),t.map(e=>(e.nodes??[]).map(Pg))])}async function Ig({force:e=!1}={}){let t=Ls(),n=Fg(t);if(!e&&n===Ng&&(Ag.result||Ag.loading))return;Ng=n;let r=++Mg;if(!t)Object.assign(Ag,{loading:!1,error:``,result:null,hasGraph:!1});else{Object.assign(Ag,{loading:!0,error:``,hasGraph:!0});try{let e=await Es(`/civitai/missing`,{method:`POST`,body:{workflow:t}});if(r!==Mg)return;let n=om();for(let t of e.models??[])t.looking=t.status===`missing`&&!t.resource,t.checkedStamp=n;Ag.result=e,Lg(r)}catch(e){if(r!==Mg)return;Object.assign(Ag,{result:null,error:e.message}),Ng=null}finally{r===Mg&&(Ag.loading=!1)}}}async function Lg(e){let t=(Ag.result?.models??[]).filter(e=>e.looking);await Promise.all(Array.from({length:4},async()=>{for(let n=t.shift();n;n=t.shift()){if(e!==Mg)return;try{let t=await Es(`/civitai/sources`,{method:`POST`,body:{references:[n.reference]}});if(e!==Mg)return;n.resource=t.resources?.[0]??null}catch(t){if(e!==Mg)return;n.message=t.message}n.looking=!1}}))}function Rg(e=kg){let t=null,n=Bs(()=>{clearTimeout(t),t=setTimeout(()=>{t=null,Ig()},e)});return()=>{clearTimeout(t),n()}}function zg(e){Ag.confirmed[e]=!0}function Bg(e,t=!0){t?Ag.confirmed[e]=!1:delete Ag.confirmed[e]}var Vg=[`image`,`workflow`],Hg=en(`image`);function Ug(e){Vg.includes(e)&&(Hg.value=e)}var Wg=en({names:[],at:0});function Gg(e){Wg.value={names:[...new Set(e)],at:Date.now()},Ug(`workflow`)}var Kg={class:`cs-view-top cs-workflow-toolbar`},qg={class:`cs-muted cs-workflow-summary`,"data-testid":`workflow-summary`,"aria-live":`polite`},Jg={class:`cs-scroll`},Yg={key:1,class:`cs-muted`},Xg={key:2,class:`cs-custom-nodes`,"data-testid":`custom-nodes`},Zg={class:`cs-section-title`},Qg={class:`cs-muted`},$g=[`data-core`],e_={class:`cs-node-advice`},t_=[`href`],n_={key:3,class:`cs-notices`,"data-testid":`workflow-notes`},r_={key:0,class:`cs-muted`},i_={__name:`WorkflowView`,setup(e){let t={missing:0,elsewhere:1,present:2},n=H(()=>{let e=[...jg.result?.models??[]].sort((e,n)=>(t[e.status]??0)-(t[n.status]??0)),n=new Set;return e.map(jp).filter(e=>!n.has(e.key)&&n.add(e.key))}),r=cg(()=>n.value,()=>jg.confirmed),i=H(()=>Og(jg.result?.custom_nodes??[])),a=H(()=>jg.result?.notes??[]),o=H(()=>{let e=new Set(Wg.value.names);return(jg.result?.models??[]).filter(t=>e.has(t.reference?.name)).map(e=>jp(e).key)}),s=en(null);Kn(()=>[o.value.join(`
`),Wg.value.at],async()=>{await Tn(),s.value?.querySelector(`[data-focused="true"]`)?.scrollIntoView?.({block:`nearest`})},{immediate:!0});let c=null;return Br(()=>{Ig(),c=Rg()}),Ur(()=>c?.()),(e,t)=>(P(),F(`div`,{ref_key:`root`,ref:s,class:`cs-view`,"data-testid":`workflow-view`},[L(`div`,Kg,[L(`span`,qg,[j(jg).loading?(P(),F(N,{key:0},[t[1]||=L(`i`,{class:`pi pi-spin pi-spinner`,"aria-hidden":`true`},null,-1),z(` `+O(j(X)(`workflow.checking`)),1)],64)):j(jg).result?(P(),F(N,{key:1},[z(O(j(X)(`workflow.summary`,{count:n.value.length})),1)],64)):B(``,!0)]),R(j(Y),{label:j(X)(`workflow.refresh`),icon:`pi pi-refresh`,"loading-icon":`pi pi-spin pi-spinner`,loading:j(jg).loading,"data-testid":`workflow-refresh`,onClick:t[0]||=e=>j(Ig)({force:!0})},null,8,[`label`,`loading`])]),L(`div`,Jg,[j(jg).error?(P(),I(j(qd),{key:0,severity:`error`,"data-testid":`workflow-error`},{default:zn(()=>[z(O(j(jg).error),1)]),_:1})):B(``,!0),j(jg).hasGraph?B(``,!0):(P(),F(`p`,Yg,O(j(X)(`workflow.noGraph`)),1)),i.value.length?(P(),F(`section`,Xg,[L(`h3`,Zg,O(j(X)(`workflow.customNodes`)),1),L(`p`,Qg,O(j(X)(`workflow.customNodesHint`)),1),L(`ul`,null,[(P(!0),F(N,null,ri(i.value,e=>(P(),F(`li`,{key:e.type,"data-testid":`custom-node`,"data-core":String(e.core)},[L(`code`,null,O(e.type),1),L(`span`,e_,O(j(Tg)(e)),1),j(Eg)(e)?(P(),F(`a`,{key:0,href:j(Eg)(e),target:`_blank`,rel:`noopener noreferrer`},O(e.pack),9,t_)):B(``,!0)],8,$g))),128))])])):B(``,!0),a.value.length?(P(),F(`ul`,n_,[(P(!0),F(N,null,ri(a.value,(e,t)=>(P(),F(`li`,{key:t},O(e),1))),128))])):B(``,!0),j(jg).result?(P(),F(N,{key:4},[n.value.length===0?(P(),F(`p`,r_,O(j(X)(`workflow.noModels`)),1)):(P(),I(sg,{key:1,cards:j(r),"focused-keys":o.value,onConfirm:j(zg),onReject:j(Bg)},null,8,[`cards`,`focused-keys`,`onConfirm`,`onReject`]))],64)):B(``,!0)])],512))}},a_=en(``);function o_(e){e&&(a_.value=``,queueMicrotask(()=>a_.value=e))}var s_={downloading:`live.started`,completed:`live.completed`,failed:`live.failed`,cancelled:`live.cancelled`};function c_(e){return e.path||e.filename||``}function l_(e=[]){let t=new Map;for(let e of Object.values(Bp.files))t.set(e.task_id,e.status);let n=Kn(()=>[...Object.values(Bp.files).map(e=>`${e.task_id}:${e.status}`),...Object.values(Bp.batches).map(e=>`${e.task_id}:${e.completed_count??0}/${e.total_count??0}`)].join(`|`),()=>{for(let e of Object.values(Bp.files)){if(t.get(e.task_id)===e.status||!s_[e.status])continue;let n=!t.has(e.task_id);t.set(e.task_id,e.status),n&&e.status!==`downloading`&&e.status!==`failed`||o_(X(s_[e.status],{name:c_(e),error:e.error||``}))}for(let e of Object.values(Bp.batches)){let n=`${e.completed_count??0}/${e.total_count??0}`;t.get(e.task_id)!==n&&(t.set(e.task_id,n),e.total_count&&o_(X(`live.batch`,{done:e.completed_count??0,total:e.total_count,count:e.total_count})))}}),r=e.map(e=>Kn(e,e=>e&&o_(e)));return()=>[n,...r].forEach(e=>e())}var u_={class:`civitai-sidebar cs-root`,"data-testid":`civitai-sidebar`},d_={class:`cs-header`},f_={class:`cs-title`},p_=[`id`,`aria-labelledby`],m_={class:`cs-visually-hidden`,role:`status`,"aria-live":`polite`,"data-testid":`live-region`},h_={class:`cs-status`,"data-testid":`status-footer`},g_={class:`cs-status-summary`},__={__name:`SidebarView`,setup(e){let t=[{id:`image`,icon:`pi pi-image`,component:hg},{id:`workflow`,icon:`pi pi-sitemap`,component:i_}],n=H(()=>t.find(e=>e.id===Hg.value)??t[0]),r=H(()=>cf.health?.version?X(`status.footer`,{version:cf.health.version}):X(`status.title`));_f();let i=null,a=null;return Br(()=>{df(),i=em(),a=l_([()=>$.error,()=>jg.error,()=>$.generateError])}),Ur(()=>{i?.(),a?.()}),(e,i)=>(P(),F(`section`,u_,[L(`header`,d_,[L(`h2`,f_,O(j(X)(`title`)),1)]),R(bg,{views:t,active:n.value.id,onSelect:j(Ug)},null,8,[`active`,`onSelect`]),L(`div`,{id:`cs-panel-${n.value.id}`,class:`cs-panel`,role:`tabpanel`,"aria-labelledby":`cs-tab-${n.value.id}`},[(P(),I($r(n.value.component)))],8,p_),L(`div`,m_,O(j(a_)),1),L(`details`,h_,[L(`summary`,g_,O(r.value),1),R(kf)])]))}},v_={STARTS_WITH:`startsWith`,CONTAINS:`contains`,NOT_CONTAINS:`notContains`,ENDS_WITH:`endsWith`,EQUALS:`equals`,NOT_EQUALS:`notEquals`,IN:`in`,LESS_THAN:`lt`,LESS_THAN_OR_EQUAL_TO:`lte`,GREATER_THAN:`gt`,GREATER_THAN_OR_EQUAL_TO:`gte`,BETWEEN:`between`,DATE_IS:`dateIs`,DATE_IS_NOT:`dateIsNot`,DATE_BEFORE:`dateBefore`,DATE_AFTER:`dateAfter`};function y_(e){"@babel/helpers - typeof";return y_=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},y_(e)}function b_(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function x_(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?b_(Object(n),!0).forEach(function(t){S_(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):b_(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function S_(e,t,n){return(t=C_(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function C_(e){var t=w_(e,`string`);return y_(t)==`symbol`?t:t+``}function w_(e,t){if(y_(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(y_(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var T_={ripple:!1,inputStyle:null,inputVariant:null,locale:{startsWith:`Starts with`,contains:`Contains`,notContains:`Not contains`,endsWith:`Ends with`,equals:`Equals`,notEquals:`Not equals`,noFilter:`No Filter`,lt:`Less than`,lte:`Less than or equal to`,gt:`Greater than`,gte:`Greater than or equal to`,dateIs:`Date is`,dateIsNot:`Date is not`,dateBefore:`Date is before`,dateAfter:`Date is after`,clear:`Clear`,apply:`Apply`,matchAll:`Match All`,matchAny:`Match Any`,addRule:`Add Rule`,removeRule:`Remove Rule`,accept:`Yes`,reject:`No`,choose:`Choose`,upload:`Upload`,cancel:`Cancel`,completed:`Completed`,pending:`Pending`,fileSizeTypes:[`B`,`KB`,`MB`,`GB`,`TB`,`PB`,`EB`,`ZB`,`YB`],dayNames:[`Sunday`,`Monday`,`Tuesday`,`Wednesday`,`Thursday`,`Friday`,`Saturday`],dayNamesShort:[`Sun`,`Mon`,`Tue`,`Wed`,`Thu`,`Fri`,`Sat`],dayNamesMin:[`Su`,`Mo`,`Tu`,`We`,`Th`,`Fr`,`Sa`],monthNames:[`January`,`February`,`March`,`April`,`May`,`June`,`July`,`August`,`September`,`October`,`November`,`December`],monthNamesShort:[`Jan`,`Feb`,`Mar`,`Apr`,`May`,`Jun`,`Jul`,`Aug`,`Sep`,`Oct`,`Nov`,`Dec`],chooseYear:`Choose Year`,chooseMonth:`Choose Month`,chooseDate:`Choose Date`,prevDecade:`Previous Decade`,nextDecade:`Next Decade`,prevYear:`Previous Year`,nextYear:`Next Year`,prevMonth:`Previous Month`,nextMonth:`Next Month`,prevHour:`Previous Hour`,nextHour:`Next Hour`,prevMinute:`Previous Minute`,nextMinute:`Next Minute`,prevSecond:`Previous Second`,nextSecond:`Next Second`,am:`am`,pm:`pm`,today:`Today`,weekHeader:`Wk`,firstDayOfWeek:0,showMonthAfterYear:!1,dateFormat:`mm/dd/yy`,weak:`Weak`,medium:`Medium`,strong:`Strong`,passwordPrompt:`Enter a password`,emptyFilterMessage:`No results found`,searchMessage:`{0} results are available`,selectionMessage:`{0} items selected`,emptySelectionMessage:`No selected item`,emptySearchMessage:`No results found`,fileChosenMessage:`{0} files`,noFileChosenMessage:`No file chosen`,emptyMessage:`No available options`,aria:{trueLabel:`True`,falseLabel:`False`,nullLabel:`Not Selected`,star:`1 star`,stars:`{star} stars`,selectAll:`All items selected`,unselectAll:`All items unselected`,close:`Close`,previous:`Previous`,next:`Next`,navigation:`Navigation`,scrollTop:`Scroll Top`,moveTop:`Move Top`,moveUp:`Move Up`,moveDown:`Move Down`,moveBottom:`Move Bottom`,moveToTarget:`Move to Target`,moveToSource:`Move to Source`,moveAllToTarget:`Move All to Target`,moveAllToSource:`Move All to Source`,pageLabel:`Page {page}`,firstPageLabel:`First Page`,lastPageLabel:`Last Page`,nextPageLabel:`Next Page`,prevPageLabel:`Previous Page`,rowsPerPageLabel:`Rows per page`,jumpToPageDropdownLabel:`Jump to Page Dropdown`,jumpToPageInputLabel:`Jump to Page Input`,selectRow:`Row Selected`,unselectRow:`Row Unselected`,expandRow:`Row Expanded`,collapseRow:`Row Collapsed`,showFilterMenu:`Show Filter Menu`,hideFilterMenu:`Hide Filter Menu`,filterOperator:`Filter Operator`,filterConstraint:`Filter Constraint`,editRow:`Row Edit`,saveEdit:`Save Edit`,cancelEdit:`Cancel Edit`,listView:`List View`,gridView:`Grid View`,slide:`Slide`,slideNumber:`{slideNumber}`,zoomImage:`Zoom Image`,zoomIn:`Zoom In`,zoomOut:`Zoom Out`,rotateRight:`Rotate Right`,rotateLeft:`Rotate Left`,listLabel:`Option List`}},filterMatchModeOptions:{text:[v_.STARTS_WITH,v_.CONTAINS,v_.NOT_CONTAINS,v_.ENDS_WITH,v_.EQUALS,v_.NOT_EQUALS],numeric:[v_.EQUALS,v_.NOT_EQUALS,v_.LESS_THAN,v_.LESS_THAN_OR_EQUAL_TO,v_.GREATER_THAN,v_.GREATER_THAN_OR_EQUAL_TO],date:[v_.DATE_IS,v_.DATE_IS_NOT,v_.DATE_BEFORE,v_.DATE_AFTER]},zIndex:{modal:1100,overlay:1e3,menu:1e3,tooltip:1100},theme:void 0,unstyled:!1,pt:void 0,ptOptions:{mergeSections:!0,mergeProps:!1},csp:{nonce:void 0}},E_=Symbol();function D_(e,t){var n={config:Ht(t)};return e.config.globalProperties.$primevue=n,e.provide(E_,n),k_(),A_(e,n),n}var O_=[];function k_(){pl.clear(),O_.forEach(function(e){return e?.()}),O_=[]}function A_(e,t){var n=en(!1),r=function(){if(t.config?.theme!==`none`&&!W.isStyleNameLoaded(`common`)){var e,n=G.getCommonTheme?.call(G)||{},r=n.primitive,i=n.semantic,a=n.global,o=n.style,s={nonce:(e=t.config)==null||(e=e.csp)==null?void 0:e.nonce};G.load(r?.css,x_({name:`primitive-variables`},s)),G.load(i?.css,x_({name:`semantic-variables`},s)),G.load(a?.css,x_({name:`global-variables`},s)),G.loadStyle(x_({name:`global-style`},s),o),W.setLoadedStyleName(`common`)}};pl.on(`theme:change`,function(t){n.value||=(e.config.globalProperties.$primevue.config.theme=t,!0)});var i=Kn(t.config,function(e,t){Ju.emit(`config:change`,{newValue:e,oldValue:t})},{immediate:!0,deep:!0}),a=Kn(function(){return t.config.ripple},function(e,t){Ju.emit(`config:ripple:change`,{newValue:e,oldValue:t})},{immediate:!0,deep:!0}),o=Kn(function(){return t.config.theme},function(e,i){n.value||W.setTheme(e),t.config.unstyled||r(),n.value=!1,Ju.emit(`config:theme:change`,{newValue:e,oldValue:i})},{immediate:!0,deep:!1}),s=Kn(function(){return t.config.unstyled},function(e,n){!e&&t.config.theme&&r(),Ju.emit(`config:unstyled:change`,{newValue:e,oldValue:n})},{immediate:!0,deep:!0});O_.push(i),O_.push(a),O_.push(o),O_.push(s)}var j_={install:function(e,t){D_(e,Yc(T_,t))}};Nl.isStyleNameLoaded=()=>!0;var M_={button:{root:{class:`cs-button`},icon:{class:`cs-button-icon`},loadingIcon:{class:`cs-button-icon`},label:{class:`cs-button-label`}},inputtext:{root:{class:`cs-input`}},progressbar:{root:{class:`cs-progress`},value:{class:`cs-progress-value`},label:{class:`cs-progress-label`}},dialog:{mask:{class:`civitai-sidebar cs-dialog-mask`},root:{class:`cs-dialog`},header:{class:`cs-dialog-header`},title:{class:`cs-dialog-title`},content:{class:`cs-dialog-content`},footer:{class:`cs-dialog-footer`}},message:{root:({props:e})=>({class:[`cs-message`,`cs-message--${e.severity}`]}),content:{class:`cs-message-content`},icon:{class:`cs-message-icon`},text:{class:`cs-message-text`}}},N_={modal:5e3,overlay:5e3,menu:5e3,tooltip:5100};function P_(e){e.use(j_,{unstyled:!0,ripple:!1,pt:M_,zIndex:N_})}var F_=`civitai-sidebar`,I_=!1;function L_(){return I_}function R_(){let e=null;function t(){e?.unmount(),e=null,I_=!1}function n(n){t(),e=xs(__),P_(e),e.mount(n),I_=!0}return{id:F_,icon:`pi pi-download`,title:`Civitai`,tooltip:`Civitai Sidebar`,type:`custom`,render:n,destroy:t}}var z_=`••••••••`,B_=`Civitai.Downloads.Concurrency`,V_=[{id:`Civitai.Keys.CivitaiApiKey`,field:`civitai`,label:`settings.civitaiKey`,sortOrder:20},{id:`Civitai.Keys.HuggingFaceToken`,field:`huggingface`,label:`settings.hfToken`,sortOrder:10}],H_=e=>/^•+$/.test(e);function U_({id:e,field:t},n=800){let r=null,i=null,a=!1,o=!1,s,c=()=>Ps(e)===`••••••••`?z_:``;function l(e){r=e,clearTimeout(i),i=setTimeout(m,n)}function u(e){if(e===``||e===`••••••••`||e==null)return e;let t=String(e).trim();return t&&!H_(t)&&(a||(o=!0),l({value:t})),c()}function d(e,t){t===void 0?a=!0:(s===void 0||e!==s)&&e===``&&t===`••••••••`&&l({value:null})}async function f(t){s=t;let n=Fs(e,t);s=void 0,await n}async function p(t,n=!1){let r=t?z_:``;n&&Ps(e)===r&&await f(r===``?z_:``),(Ps(e)!==r||n)&&await f(r)}async function m(){i=null;let e=r;if(r=null,!e)return;let n=o||!!e.value;o=!1;try{let{keys:r}=await Es(`/civitai/settings/keys`,{method:`POST`,body:{[t]:e.value}});ff(r),Ns(`success`,e.value?X(`toast.keySaved`):X(`toast.keyForgotten`)),await p(r?.[t]===!0,n)}catch(e){Ns(`error`,X(`toast.keyFailed`),e.message),await p(cf.health?.keys?.[t]===!0,n)}}return{setting:{id:e,type:`text`,defaultValue:``,attrs:{type:`password`,autocomplete:`off`,spellcheck:!1,placeholder:X(`settings.keyPlaceholder`)},migrateDeprecatedValue:u,onChange:d},show:p,flush:m}}function W_(e){let t=Math.round(Number(e));return Number.isFinite(t)?Math.min(8,Math.max(1,t)):2}async function G_(e){try{await Es(`/civitai/settings/downloads`,{method:`POST`,body:{concurrency:W_(e)}})}catch(e){Ns(`error`,X(`toast.settingFailed`),e.message)}}function K_(){let e=V_.map(e=>({spec:e,field:U_(e)})),t=e.map(({spec:e,field:t})=>{let n=X(e.label);return{...t.setting,name:n,tooltip:X(`settings.keyTooltip`),category:[`Civitai`,`Keys`,n],sortOrder:e.sortOrder}}),n=X(`settings.concurrency`);t.push({id:B_,name:n,type:`number`,defaultValue:2,attrs:{min:1,max:8,step:1,showButtons:!0},tooltip:X(`settings.concurrencyTooltip`),category:[`Civitai`,`Downloads`,n],onChange(e,t){if(t!==void 0||W_(e)!==2)return G_(e)}});async function r(t){if(t)for(let{spec:n,field:r}of e)await r.show(t[n.field]===!0)}return{settings:t,showKeyStatus:r}}var q_=`Civitai.FindModelSources`;async function J_(e){Gg(e.flatMap(Gs)),await qs(F_,L_())}function Y_(){return{commands:[{id:q_,label:X(`commands.findSources`),tooltip:X(`commands.findSources`),icon:`pi pi-download`,function:()=>J_(Ks())}],getSelectionToolboxCommands(e){return Gs(e).length?[q_]:[]},getNodeMenuItems(e){return Gs(e).length?[null,{content:X(`commands.findSources`),callback:()=>J_([e])}]:[]}}}_f();var{settings:X_,showKeyStatus:Z_}=K_();ws({name:`Civitai.Sidebar`,settings:X_,...Y_(),setup(){Ts(R_()),$p(),Kn(()=>cf.health?.keys,Z_),df()},afterConfigureGraph(){zs()}});