(function(){try{if(typeof document<`u`){var e=document.createElement(`style`);e.setAttribute(`id`,`civitai-sidebar-styles`),e.appendChild(document.createTextNode(`.civitai-sidebar .cs-health{flex-direction:column;gap:.5rem;display:flex}.civitai-sidebar .cs-health-heading{justify-content:space-between;align-items:center;gap:.5rem;display:flex}.civitai-sidebar .cs-subtitle{color:var(--cs-muted);margin:0;font-size:.8125rem;font-weight:600}.civitai-sidebar .cs-facts dd[data-configured=false]{color:var(--cs-muted)}.civitai-sidebar.cs-dialog-mask{background:#00000080}.civitai-sidebar .cs-dialog{border:1px solid var(--cs-border);border-radius:var(--cs-radius);background:var(--cs-bg);width:min(28rem,100vw - 2rem);max-height:calc(100vh - 4rem);color:var(--cs-fg);box-shadow:0 8px 32px #00000073}.civitai-sidebar .cs-dialog-header{padding:.75rem 1rem .25rem}.civitai-sidebar .cs-dialog-title{font-size:1rem;font-weight:600}.civitai-sidebar .cs-dialog-content{padding:.25rem 1rem;overflow-y:auto}.civitai-sidebar .cs-dialog-text{margin:0 0 .5rem}.civitai-sidebar .cs-dialog-list{overflow-wrap:anywhere;margin:0;padding-left:1.25rem}.civitai-sidebar .cs-dialog-footer{justify-content:flex-end;gap:.5rem;padding:.75rem 1rem;display:flex}.civitai-sidebar .cs-generate{flex-direction:column;gap:.5rem;display:flex}.civitai-sidebar .cs-generate-actions{flex-wrap:wrap;gap:.5rem;display:flex}.civitai-sidebar .cs-generate-status ul{margin:.25rem 0 0;padding-left:1.25rem}.civitai-sidebar .cs-lookup{gap:.5rem;display:flex}.civitai-sidebar .cs-lookup-input{flex:1}.civitai-sidebar .cs-params .cs-param-long{grid-column:1/-1}.civitai-sidebar .cs-params dd.cs-param-long{white-space:pre-wrap;max-height:7.5em;overflow-y:auto}.civitai-sidebar .cs-image{flex-direction:column;gap:.5rem;display:flex}.civitai-sidebar .cs-thumb{border:1px solid var(--cs-border);border-radius:var(--cs-radius);background:var(--cs-surface);width:100%;max-height:260px;display:block;overflow:hidden}.civitai-sidebar .cs-thumb img,.civitai-sidebar .cs-thumb video{object-fit:contain;width:100%;height:100%;max-height:260px;display:block}.civitai-sidebar .cs-image-credit{margin:0;font-size:.8125rem}.civitai-sidebar a{color:inherit}.civitai-sidebar .cs-notices{border:1px solid var(--cs-border);border-left:4px solid var(--cs-muted);border-radius:var(--cs-radius);color:var(--cs-muted);margin:0;padding:.5rem .625rem .5rem 1.5rem}.civitai-sidebar .cs-model-title{overflow-wrap:anywhere;margin:0}.civitai-sidebar .cs-list-toolbar{flex-wrap:wrap;justify-content:space-between;align-items:center;gap:.5rem;min-height:2rem;display:flex}.civitai-sidebar .cs-missing-count{font-weight:600}.civitai-sidebar .cs-skipped{color:var(--cs-muted);flex-basis:100%;margin:0;font-size:.75rem}.civitai-sidebar .cs-list-actions{flex-wrap:wrap;gap:.375rem;display:flex}.civitai-sidebar .cs-card-status{align-items:center;gap:.5rem;min-height:2.5rem;display:flex}.civitai-sidebar .cs-status-text{-webkit-line-clamp:2;overflow-wrap:anywhere;-webkit-box-orient:vertical;flex:1;min-width:0;display:-webkit-box;overflow:hidden}.civitai-sidebar .cs-ok{color:var(--cs-success)}.civitai-sidebar .cs-path{font-family:var(--cs-mono,ui-monospace, monospace);font-size:.8125rem}.civitai-sidebar .cs-error,.civitai-sidebar .cs-reason strong{color:var(--cs-error)}.civitai-sidebar .cs-status-text.cs-error,.civitai-sidebar .cs-status-text.cs-reason{-webkit-line-clamp:unset;display:block;overflow:visible}.civitai-sidebar .cs-retrying{color:var(--cs-fg)}.civitai-sidebar .cs-blocked-icon{color:var(--cs-muted)}.civitai-sidebar .cs-progress-column{flex-direction:column;flex:1;gap:.125rem;min-width:0;display:flex}.civitai-sidebar .cs-bytes{color:var(--cs-muted);font-variant-numeric:tabular-nums;font-size:.75rem}.civitai-sidebar .cs-progress{border-radius:var(--cs-radius);background:var(--cs-surface);border:1px solid var(--cs-border);height:1rem;position:relative;overflow:hidden}.civitai-sidebar .cs-progress-value{background:var(--cs-accent);justify-content:center;align-items:center;height:100%;transition:width .3s}.civitai-sidebar .cs-progress-label{color:var(--cs-accent-text);font-variant-numeric:tabular-nums;font-size:.6875rem;line-height:1}.civitai-sidebar .cs-card{border:1px solid var(--cs-border);border-radius:var(--cs-radius);background:var(--cs-surface);flex-direction:column;gap:.25rem;padding:.5rem .625rem;display:flex}.civitai-sidebar .cs-card.cs-card-focused{outline:2px solid var(--cs-accent);outline-offset:1px}.civitai-sidebar .cs-card[data-state=present]{border-left:3px solid var(--cs-success)}.civitai-sidebar .cs-card[data-state=blocked]{border-left:3px solid var(--cs-muted)}.civitai-sidebar .cs-card[data-state=failed],.civitai-sidebar .cs-card[data-state=unresolved]{border-left:3px solid var(--cs-error)}.civitai-sidebar .cs-card-head{align-items:flex-start;gap:.375rem;display:flex}.civitai-sidebar .cs-card-titles{flex:1;min-width:0}.civitai-sidebar .cs-card-title,.civitai-sidebar .cs-card-subtitle{text-overflow:ellipsis;white-space:nowrap;overflow:hidden}.civitai-sidebar .cs-card-title{font-weight:600}.civitai-sidebar .cs-card-subtitle{color:var(--cs-muted);font-size:.75rem}.civitai-sidebar .cs-badge{border:1px solid var(--cs-border);color:var(--cs-muted);white-space:nowrap;border-radius:999px;flex:none;padding:0 .375rem;font-size:.6875rem;line-height:1.25rem}.civitai-sidebar .cs-card-link{color:var(--cs-muted);flex:none;padding:0 .125rem;line-height:1.25rem}.civitai-sidebar .cs-card-link:hover{color:var(--cs-fg)}.civitai-sidebar .cs-card-names{grid-template-columns:1fr 1fr;gap:.5rem;margin:0;font-size:.75rem;display:grid}.civitai-sidebar .cs-card-names dt{color:var(--cs-muted)}.civitai-sidebar .cs-card-names dd{font-family:var(--cs-mono,ui-monospace, monospace);overflow-wrap:anywhere;margin:0}.civitai-sidebar .cs-card-hint{color:var(--cs-muted);margin:0;font-size:.75rem}.civitai-sidebar .cs-resources{flex-direction:column;gap:.5rem;display:flex}.civitai-sidebar .cs-switch{border:1px solid var(--cs-border);border-radius:var(--cs-radius);background:var(--cs-surface);grid-template-columns:1fr 1fr;padding:2px;display:grid}.civitai-sidebar .cs-switch-option{border-radius:calc(var(--cs-radius) - 2px);min-width:0;color:var(--cs-muted);cursor:pointer;background:0 0;border:0;justify-content:center;align-items:center;gap:.375rem;padding:.3125rem .5rem;font-family:inherit;font-size:.8125rem;display:inline-flex}.civitai-sidebar .cs-switch-option span{text-overflow:ellipsis;white-space:nowrap;overflow:hidden}.civitai-sidebar .cs-switch-option[aria-selected=true]{background:var(--cs-bg);color:var(--cs-fg);font-weight:600}.civitai-sidebar .cs-switch-option:focus-visible{outline:2px solid var(--cs-accent)}.civitai-sidebar .cs-workflow-toolbar{justify-content:space-between;align-items:center;gap:.5rem;min-height:2rem;display:flex}.civitai-sidebar .cs-custom-nodes{border:1px solid var(--cs-error);border-radius:var(--cs-radius);flex-direction:column;gap:.25rem;padding:.5rem .625rem;display:flex}.civitai-sidebar .cs-custom-nodes p,.civitai-sidebar .cs-custom-nodes ul{margin:0}.civitai-sidebar .cs-custom-nodes ul{padding-left:1.25rem;font-size:.8125rem}.civitai-sidebar .cs-custom-nodes code{font-family:ui-monospace,monospace}.civitai-sidebar .cs-node-advice{color:var(--cs-muted);display:block}.civitai-sidebar .cs-facts{border:1px solid var(--cs-border);border-radius:var(--cs-radius);background:var(--cs-surface);grid-template-columns:max-content minmax(0,1fr);gap:.25rem .75rem;margin:0;padding:.5rem .625rem;display:grid}.civitai-sidebar .cs-facts dt{color:var(--cs-muted)}.civitai-sidebar .cs-facts dd{overflow-wrap:anywhere;margin:0}.civitai-sidebar{--cs-fg:var(--fg-color,#fff);--cs-bg:var(--comfy-menu-bg,#353535);--cs-muted:var(--descrip-text,#999);--cs-surface:var(--comfy-input-bg,#222);--cs-surface-text:var(--input-text,var(--cs-fg));--cs-border:var(--border-color,#4e4e4e);--cs-hover:var(--content-hover-bg,#222);--cs-error:var(--error-text,#f44);--cs-accent:var(--p-primary-color,#3b82f6);--cs-accent-text:var(--p-primary-contrast-color,#fff);--cs-success:#3fa35a;--cs-radius:6px;box-sizing:border-box;color:var(--cs-fg);font-size:.875rem;line-height:1.4}.civitai-sidebar.cs-root{flex-direction:column;gap:.75rem;height:100%;padding:.75rem;display:flex;overflow-y:auto}.civitai-sidebar *,.civitai-sidebar :before,.civitai-sidebar :after{box-sizing:inherit}.civitai-sidebar .cs-header{border-bottom:1px solid var(--cs-border);align-items:center;gap:.5rem;padding-bottom:.5rem;display:flex}.civitai-sidebar .cs-title{margin:0;font-size:1rem;font-weight:600}.civitai-sidebar .cs-section-title{color:var(--cs-muted);margin:0;font-size:.8125rem;font-weight:600}.civitai-sidebar .cs-muted{color:var(--cs-muted)}.civitai-sidebar .cs-view{flex-direction:column;gap:.75rem;display:flex}.civitai-sidebar .cs-status{border-top:1px solid var(--cs-border);margin-top:auto;padding-top:.5rem}.civitai-sidebar .cs-status-summary{cursor:pointer;color:var(--cs-muted);margin-bottom:.5rem;font-weight:600}.civitai-sidebar .cs-button{border:1px solid var(--cs-border);border-radius:var(--cs-radius);background:var(--cs-surface);color:var(--cs-surface-text);font:inherit;white-space:nowrap;cursor:pointer;justify-content:center;align-items:center;gap:.375rem;padding:.25rem .625rem;display:inline-flex}.civitai-sidebar .cs-button:hover:not(:disabled){background:var(--cs-hover)}.civitai-sidebar .cs-button:focus-visible{outline:2px solid var(--cs-fg);outline-offset:1px}.civitai-sidebar .cs-button:disabled{cursor:default;opacity:.6}.civitai-sidebar .cs-button.cs-primary{border-color:var(--cs-accent);background:var(--cs-accent);color:var(--cs-accent-text)}.civitai-sidebar .cs-button.cs-primary:hover:not(:disabled){background:var(--cs-accent);filter:brightness(1.1)}.civitai-sidebar .cs-input{border:1px solid var(--cs-border);border-radius:var(--cs-radius);background:var(--cs-surface);min-width:0;color:var(--cs-surface-text);font:inherit;padding:.3125rem .5rem}.civitai-sidebar .cs-input:focus-visible{outline:2px solid var(--cs-accent);outline-offset:-1px}.civitai-sidebar .cs-message{border:1px solid var(--cs-border);border-radius:var(--cs-radius);background:var(--cs-surface);border-left-width:4px;padding:.5rem .625rem}.civitai-sidebar .cs-message--error{border-color:var(--cs-error);color:var(--cs-error)}.civitai-sidebar .cs-message-content{overflow-wrap:anywhere;align-items:flex-start;gap:.5rem;display:flex}/*$vite$:1*/`)),document.head.appendChild(e)}}catch(e){console.error(`vite-plugin-css-injected-by-js`,e)}})();
import{app as e}from"../../scripts/app.js";import{api as t}from"../../scripts/api.js";
/**
* @vue/shared v3.5.45
* (c) 2018-present Yuxi (Evan) You and Vue contributors
* @license MIT
**/
function n(e){let t=Object.create(null);for(let n of e.split(`,`))t[n]=1;return e=>e in t}var r={},i=[],a=()=>{},o=()=>!1,s=e=>e.charCodeAt(0)===111&&e.charCodeAt(1)===110&&(e.charCodeAt(2)>122||e.charCodeAt(2)<97),c=e=>e.startsWith(`onUpdate:`),l=Object.assign,u=(e,t)=>{let n=e.indexOf(t);n>-1&&e.splice(n,1)},d=Object.prototype.hasOwnProperty,f=(e,t)=>d.call(e,t),p=Array.isArray,m=e=>C(e)===`[object Map]`,h=e=>C(e)===`[object Set]`,g=e=>C(e)===`[object Date]`,_=e=>typeof e==`function`,v=e=>typeof e==`string`,y=e=>typeof e==`symbol`,b=e=>typeof e==`object`&&!!e,x=e=>(b(e)||_(e))&&_(e.then)&&_(e.catch),S=Object.prototype.toString,C=e=>S.call(e),w=e=>C(e).slice(8,-1),ee=e=>C(e)===`[object Object]`,te=e=>v(e)&&e!==`NaN`&&e[0]!==`-`&&``+parseInt(e,10)===e,ne=n(`,key,ref,ref_for,ref_key,onVnodeBeforeMount,onVnodeMounted,onVnodeBeforeUpdate,onVnodeUpdated,onVnodeBeforeUnmount,onVnodeUnmounted`),re=e=>{let t=Object.create(null);return(n=>t[n]||(t[n]=e(n)))},ie=/-\w/g,T=re(e=>e.replace(ie,e=>e.slice(1).toUpperCase())),ae=/\B([A-Z])/g,oe=re(e=>e.replace(ae,`-$1`).toLowerCase()),se=re(e=>e.charAt(0).toUpperCase()+e.slice(1)),ce=re(e=>e?`on${se(e)}`:``),E=(e,t)=>!Object.is(e,t),le=(e,...t)=>{for(let n=0;n<e.length;n++)e[n](...t)},ue=(e,t,n,r=!1)=>{Object.defineProperty(e,t,{configurable:!0,enumerable:!1,writable:r,value:n})},de=e=>{let t=parseFloat(e);return isNaN(t)?e:t},fe=e=>{let t=v(e)?Number(e):NaN;return isNaN(t)?e:t},pe,me=()=>pe||=typeof globalThis<`u`?globalThis:typeof self<`u`?self:typeof window<`u`?window:typeof global<`u`?global:{};function he(e){if(p(e)){let t={};for(let n=0;n<e.length;n++){let r=e[n],i=v(r)?ye(r):he(r);if(i)for(let e in i)t[e]=i[e]}return t}if(v(e)||b(e))return e}var ge=/;(?![^(]*\))/g,_e=/:([^]+)/,ve=/"(?:[^"\\]|\\[^])*"|'(?:[^'\\]|\\[^])*'|\\[^]|\/\*[^]*?\*\//g;function ye(e){let t={};return e.replace(ve,e=>e.startsWith(`/*`)?``:e).split(ge).forEach(e=>{if(e){let n=e.split(_e);n.length>1&&(t[n[0].trim()]=n[1].trim())}}),t}function be(e){let t=``;if(v(e))t=e;else if(p(e))for(let n=0;n<e.length;n++){let r=be(e[n]);r&&(t+=r+` `)}else if(b(e))for(let n in e)e[n]&&(t+=n+` `);return t.trim()}var xe=n(`itemscope,allowfullscreen,disablepictureinpicture,disableremoteplayback,formnovalidate,ismap,nomodule,novalidate,playsinline,readonly`);function Se(e){return!!e||e===``}function Ce(e,t,n){if(e.length!==t.length)return!1;let r=!0;for(let i=0;r&&i<e.length;i++)r=De(e[i],t[i],n);return r}function we(e,t,n){if(e.size!==t.size)return!1;let r=Array.from(t),i=new Uint8Array(r.length);for(let t of e){let e=-1;for(let a=0;a<r.length;a++)if(!i[a]&&De(t,r[a],n)){e=a;break}if(e<0)return!1;i[e]=1}return!0}function Te(e,t,n){let r=m(e),i=m(t);if(r||i||(r=h(e),i=h(t),r||i))return r&&i?we(e,t,n):!1;if(Object.keys(e).length!==Object.keys(t).length)return!1;for(let r in e){let i=e.hasOwnProperty(r),a=t.hasOwnProperty(r);if(i&&!a||!i&&a||!De(e[r],t[r],n))return!1}return String(e)===String(t)}function Ee(e,t,n,r){n||=[new Map,new Map];let[i,a]=n;if(i.has(e)||a.has(t))return i.get(e)===t&&a.get(t)===e;i.set(e,t),a.set(t,e);let o=r(e,t,n);return i.delete(e),a.delete(t),o}function De(e,t,n){if(e===t)return!0;let r=g(e),i=g(t);return r||i?r&&i?e.getTime()===t.getTime():!1:(r=y(e),i=y(t),r||i?e===t:(r=p(e),i=p(t),r||i?r&&i?Ee(e,t,n,Ce):!1:(r=b(e),i=b(t),r||i?!r||!i?!1:Ee(e,t,n,Te):String(e)===String(t))))}var Oe=e=>!!(e&&e.__v_isRef===!0),D=e=>v(e)?e:e==null?``:p(e)||b(e)&&(e.toString===S||!_(e.toString))?Oe(e)?D(e.value):JSON.stringify(e,ke,2):String(e),ke=(e,t)=>Oe(t)?ke(e,t.value):m(t)?{[`Map(${t.size})`]:[...t.entries()].reduce((e,[t,n],r)=>(e[Ae(t,r)+` =>`]=n,e),{})}:h(t)?{[`Set(${t.size})`]:[...t.values()].map(e=>Ae(e))}:y(t)?Ae(t):b(t)&&!p(t)&&!ee(t)?String(t):t,Ae=(e,t=``)=>y(e)?`Symbol(${e.description??t})`:e,je,Me=class{constructor(e=!1){
/**
* @vue/reactivity v3.5.45
* (c) 2018-present Yuxi (Evan) You and Vue contributors
* @license MIT
**/
this.detached=e,this._active=!0,this._on=0,this.effects=[],this.cleanups=[],this._isPaused=!1,this._warnOnRun=!0,this.__v_skip=!0,!e&&je&&(je.active?(this.parent=je,this.index=(je.scopes||(je.scopes=[])).push(this)-1):(this._active=!1,this._warnOnRun=!1))}get active(){return this._active}pause(){if(this._active){this._isPaused=!0;let e,t;if(this.scopes){let n=this.scopes.slice();for(e=0,t=n.length;e<t;e++)n[e].pause()}for(e=0,t=this.effects.length;e<t;e++)this.effects[e].pause()}}resume(){if(this._active&&this._isPaused){this._isPaused=!1;let e,t;if(this.scopes){let n=this.scopes.slice();for(e=0,t=n.length;e<t;e++)n[e].resume()}let n=this.effects.slice();for(e=0,t=n.length;e<t;e++)n[e].resume()}}run(e){if(this._active){let t=je;try{return je=this,e()}finally{je=t}}}on(){++this._on===1&&(this.prevScope=je,je=this)}off(){if(this._on>0&&--this._on===0){if(je===this)je=this.prevScope;else{let e=je;for(;e;){if(e.prevScope===this){e.prevScope=this.prevScope;break}e=e.prevScope}}this.prevScope=void 0}}stop(e){if(this._active){this._active=!1;let t,n;for(t=0,n=this.effects.length;t<n;t++)this.effects[t].stop();for(this.effects.length=0,t=0,n=this.cleanups.length;t<n;t++)this.cleanups[t]();if(this.cleanups.length=0,this.scopes){let e=this.scopes.slice();for(t=0,n=e.length;t<n;t++)e[t].stop(!0);this.scopes.length=0}if(!this.detached&&this.parent&&!e){let e=this.parent.scopes.pop();e&&e!==this&&(this.parent.scopes[this.index]=e,e.index=this.index)}this.parent=void 0}}};function Ne(){return je}var O,Pe=new WeakSet,Fe=class{constructor(e){this.fn=e,this.deps=void 0,this.depsTail=void 0,this.flags=5,this.next=void 0,this.cleanup=void 0,this.scheduler=void 0,je&&(je.active?je.effects.push(this):this.flags&=-2)}pause(){this.flags|=64}resume(){this.flags&64&&(this.flags&=-65,Pe.has(this)&&(Pe.delete(this),this.trigger()))}notify(){this.flags&2&&!(this.flags&32)||this.flags&8||ze(this)}run(){if(!(this.flags&1))return this.fn();this.flags|=2,Qe(this),He(this);let e=O,t=Je;O=this,Je=!0;try{return this.fn()}finally{Ue(this),O=e,Je=t,this.flags&=-3}}stop(){if(this.flags&1){for(let e=this.deps;e;e=e.nextDep)Ke(e);this.deps=this.depsTail=void 0,Qe(this),this.onStop&&this.onStop(),this.flags&=-2}}trigger(){this.flags&64?Pe.add(this):this.scheduler?this.scheduler():this.runIfDirty()}runIfDirty(){We(this)&&this.run()}get dirty(){return We(this)}},Ie=0,Le,Re;function ze(e,t=!1){e.flags|=8,t?(e.next=Re,Re=e):(e.next=Le,Le=e)}function Be(){Ie++}function Ve(){if(--Ie>0)return;if(Re){let e=Re;for(Re=void 0;e;){let t=e.next;e.next=void 0,e.flags&=-9,e=t}}let e;for(;Le;){let t=Le;for(Le=void 0;t;){let n=t.next;if(t.next=void 0,t.flags&=-9,t.flags&1)try{t.trigger()}catch(t){e||=t}t=n}}if(e)throw e}function He(e){for(let t=e.deps;t;t=t.nextDep)t.version=-1,t.prevActiveLink=t.dep.activeLink,t.dep.activeLink=t}function Ue(e){let t,n=e.depsTail,r=n;for(;r;){let e=r.prevDep;r.version===-1?(r===n&&(n=e),Ke(r),qe(r)):t=r,r.dep.activeLink=r.prevActiveLink,r.prevActiveLink=void 0,r=e}e.deps=t,e.depsTail=n}function We(e){for(let t=e.deps;t;t=t.nextDep)if(t.dep.version!==t.version||t.dep.computed&&(Ge(t.dep.computed)||t.dep.version!==t.version))return!0;return!!e._dirty}function Ge(e){if(e.flags&4&&!(e.flags&16)||(e.flags&=-17,e.globalVersion===$e)||(e.globalVersion=$e,!e.isSSR&&e.flags&128&&(!e.deps&&!e._dirty||!We(e))))return;e.flags|=2;let t=e.dep,n=O,r=Je;O=e,Je=!0;try{He(e);let n=e.fn(e._value);(t.version===0||E(n,e._value))&&(e.flags|=128,e._value=n,t.version++)}catch(e){throw t.version++,e}finally{O=n,Je=r,Ue(e),e.flags&=-3}}function Ke(e,t=!1){let{dep:n,prevSub:r,nextSub:i}=e;if(r&&(r.nextSub=i,e.prevSub=void 0),i&&(i.prevSub=r,e.nextSub=void 0),n.subs===e&&(n.subs=r,!r&&n.computed)){n.computed.flags&=-5;for(let e=n.computed.deps;e;e=e.nextDep)Ke(e,!0)}!t&&!--n.sc&&n.map&&n.map.delete(n.key)}function qe(e){let{prevDep:t,nextDep:n}=e;t&&(t.nextDep=n,e.prevDep=void 0),n&&(n.prevDep=t,e.nextDep=void 0)}var Je=!0,Ye=[];function Xe(){Ye.push(Je),Je=!1}function Ze(){let e=Ye.pop();Je=e===void 0||e}function Qe(e){let{cleanup:t}=e;if(e.cleanup=void 0,t){let e=O;O=void 0;try{t()}finally{O=e}}}var $e=0,et=class{constructor(e,t){this.sub=e,this.dep=t,this.version=t.version,this.nextDep=this.prevDep=this.nextSub=this.prevSub=this.prevActiveLink=void 0}},tt=class{constructor(e){this.computed=e,this.version=0,this.activeLink=void 0,this.subs=void 0,this.map=void 0,this.key=void 0,this.sc=0,this.__v_skip=!0}track(e){if(!O||!Je||O===this.computed)return;let t=this.activeLink;if(t===void 0||t.sub!==O)t=this.activeLink=new et(O,this),O.deps?(t.prevDep=O.depsTail,O.depsTail.nextDep=t,O.depsTail=t):O.deps=O.depsTail=t,nt(t);else if(t.version===-1&&(t.version=this.version,t.nextDep)){let e=t.nextDep;e.prevDep=t.prevDep,t.prevDep&&(t.prevDep.nextDep=e),t.prevDep=O.depsTail,t.nextDep=void 0,O.depsTail.nextDep=t,O.depsTail=t,O.deps===t&&(O.deps=e)}return t}trigger(e){this.version++,$e++,this.notify(e)}notify(e){Be();try{for(let e=this.subs;e;e=e.prevSub)e.sub.notify()&&e.sub.dep.notify()}finally{Ve()}}};function nt(e){if(e.dep.sc++,e.sub.flags&4){let t=e.dep.computed;if(t&&!e.dep.subs){t.flags|=20;for(let e=t.deps;e;e=e.nextDep)nt(e)}let n=e.dep.subs;n!==e&&(e.prevSub=n,n&&(n.nextSub=e)),e.dep.subs=e}}var rt=new WeakMap,it=Symbol(``),at=Symbol(``),ot=Symbol(``);function st(e,t,n){if(Je&&O){let t=rt.get(e);t||rt.set(e,t=new Map);let r=t.get(n);r||(t.set(n,r=new tt),r.map=t,r.key=n),r.track()}}function ct(e,t,n,r,i,a){let o=rt.get(e);if(!o){$e++;return}let s=e=>{e&&e.trigger()};if(Be(),t===`clear`)o.forEach(s);else{let i=p(e),a=i&&te(n);if(i&&n===`length`){let e=Number(r);o.forEach((t,n)=>{(n===`length`||n===ot||!y(n)&&n>=e)&&s(t)})}else switch((n!==void 0||o.has(void 0))&&s(o.get(n)),a&&s(o.get(ot)),t){case`add`:i?a&&s(o.get(`length`)):(s(o.get(it)),m(e)&&s(o.get(at)));break;case`delete`:i||(s(o.get(it)),m(e)&&s(o.get(at)));break;case`set`:m(e)&&s(o.get(it))}}Ve()}function lt(e){let t=k(e);return t===e||(st(t,`iterate`,ot),Yt(e))?t:Jt(e)?qt(e)?t.map(e=>$t(Qt(e))):t.map($t):t.map(Qt)}function ut(e){return st(e=k(e),`iterate`,ot),e}function dt(e,t){return Jt(e)?$t(qt(e)?Qt(t):t):Qt(t)}var ft={__proto__:null,[Symbol.iterator](){return pt(this,Symbol.iterator,e=>dt(this,e))},concat(...e){return lt(this).concat(...e.map(e=>p(e)?lt(e):e))},entries(){return pt(this,`entries`,e=>(e[1]=dt(this,e[1]),e))},every(e,t){return gt(this,`every`,e,t,void 0,arguments)},filter(e,t){return gt(this,`filter`,e,t,e=>e.map(e=>dt(this,e)),arguments)},find(e,t){return gt(this,`find`,e,t,e=>dt(this,e),arguments)},findIndex(e,t){return gt(this,`findIndex`,e,t,void 0,arguments)},findLast(e,t){return gt(this,`findLast`,e,t,e=>dt(this,e),arguments)},findLastIndex(e,t){return gt(this,`findLastIndex`,e,t,void 0,arguments)},forEach(e,t){return gt(this,`forEach`,e,t,void 0,arguments)},includes(...e){return vt(this,`includes`,e)},indexOf(...e){return vt(this,`indexOf`,e)},join(e){return lt(this).join(e)},lastIndexOf(...e){return vt(this,`lastIndexOf`,e)},map(e,t){return gt(this,`map`,e,t,void 0,arguments)},pop(){return yt(this,`pop`)},push(...e){return yt(this,`push`,e)},reduce(e,...t){return _t(this,`reduce`,e,t)},reduceRight(e,...t){return _t(this,`reduceRight`,e,t)},shift(){return yt(this,`shift`)},some(e,t){return gt(this,`some`,e,t,void 0,arguments)},splice(...e){return yt(this,`splice`,e)},toReversed(){return lt(this).toReversed()},toSorted(e){return lt(this).toSorted(e)},toSpliced(...e){return lt(this).toSpliced(...e)},unshift(...e){return yt(this,`unshift`,e)},values(){return pt(this,`values`,e=>dt(this,e))}};function pt(e,t,n){let r=ut(e),i=r[t],a=i.call(r);if(r!==e&&!Yt(e)){if(a[Symbol.toStringTag]===`Array Iterator`){let e=Object.create(Object.getPrototypeOf(a));return e.next=()=>mt(a.next(),n),i!==ht[t]&&Object.defineProperties(e,{return:{get(){let e=a.return;return typeof e==`function`?e.bind(a):e}},throw:{get(){let e=a.throw;return typeof e==`function`?e.bind(a):e}}}),e}a._next=a.next,a.next=()=>mt(a._next(),n)}return a}function mt(e,t){return e.done||(e.value=t(e.value)),e}var ht=Array.prototype;function gt(e,t,n,r,i,a){let o=ut(e),s=o!==e&&!Yt(e),c=o[t];if(c!==ht[t]){let t=c.apply(e,a);return s?Qt(t):t}let l=n;o!==e&&(s?l=function(t,r){return n.call(this,dt(e,t),r,e)}:n.length>2&&(l=function(t,r){return n.call(this,t,r,e)}));let u=c.call(o,l,r);return s&&i?i(u):u}function _t(e,t,n,r){let i=ut(e),a=i!==e&&!Yt(e),o=n,s=!1;i!==e&&(a?(s=r.length===0,o=function(t,r,i){return s&&(s=!1,t=dt(e,t)),n.call(this,t,dt(e,r),i,e)}):n.length>3&&(o=function(t,r,i){return n.call(this,t,r,i,e)}));let c=i[t](o,...r);return s?dt(e,c):c}function vt(e,t,n){let r=k(e);st(r,`iterate`,ot);let i=r[t](...n);return(i===-1||i===!1)&&Xt(n[0])?(n[0]=k(n[0]),r[t](...n)):i}function yt(e,t,n=[]){Xe(),Be();let r=k(e)[t].apply(e,n);return Ve(),Ze(),r}var bt=n(`__proto__,__v_isRef,__isVue`),xt=new Set(Object.getOwnPropertyNames(Symbol).filter(e=>e!==`arguments`&&e!==`caller`).map(e=>Symbol[e]).filter(y));function St(e){y(e)||(e=String(e));let t=k(this);return st(t,`has`,e),t.hasOwnProperty(e)}var Ct=class{constructor(e=!1,t=!1){this._isReadonly=e,this._isShallow=t}get(e,t,n){if(t===`__v_skip`)return e.__v_skip;let r=this._isReadonly,i=this._isShallow;if(t===`__v_isReactive`)return!r;if(t===`__v_isReadonly`)return r;if(t===`__v_isShallow`)return i;if(t===`__v_raw`)return n===(r?i?Vt:Bt:i?zt:Rt).get(e)||Object.getPrototypeOf(e)===Object.getPrototypeOf(n)?e:void 0;let a=p(e);if(!r){let e;if(a&&(e=ft[t]))return e;if(t===`hasOwnProperty`)return St}let o=Reflect.get(e,t,en(e)?e:n);if((y(t)?xt.has(t):bt(t))||(r||st(e,`get`,t),i))return o;if(en(o)){let e=a&&te(t)?o:o.value;return r&&b(e)?Gt(e):e}return b(o)?r?Gt(o):Ut(o):o}},wt=class extends Ct{constructor(e=!1){super(!1,e)}set(e,t,n,r){let i=e[t],a=p(e)&&te(t);if(!this._isShallow){let e=Jt(i);if(!Yt(n)&&!Jt(n)&&(i=k(i),n=k(n)),!a&&en(i)&&!en(n))return e||(i.value=n),!0}let o=a?Number(t)<e.length:f(e,t),s=Reflect.set(e,t,n,en(e)?e:r);return e===k(r)&&s&&(o?E(n,i)&&ct(e,`set`,t,n,i):ct(e,`add`,t,n)),s}deleteProperty(e,t){let n=f(e,t),r=e[t],i=Reflect.deleteProperty(e,t);return i&&n&&ct(e,`delete`,t,void 0,r),i}has(e,t){let n=Reflect.has(e,t);return y(t)&&xt.has(t)||st(e,`has`,t),n}ownKeys(e){return st(e,`iterate`,p(e)?`length`:it),Reflect.ownKeys(e)}},Tt=class extends Ct{constructor(e=!1){super(!0,e)}set(e,t){return!0}deleteProperty(e,t){return!0}},Et=new wt,Dt=new Tt,Ot=new wt(!0),kt=e=>e,At=e=>Reflect.getPrototypeOf(e);function jt(e,t,n){return function(...r){let i=this.__v_raw,a=k(i),o=m(a),s=e===`entries`||e===Symbol.iterator&&o,c=e===`keys`&&o,u=i[e](...r),d=n?kt:t?$t:Qt;return!t&&st(a,`iterate`,c?at:it),l(Object.create(u),{next(){let{value:e,done:t}=u.next();return t?{value:e,done:t}:{value:s?[d(e[0]),d(e[1])]:d(e),done:t}}})}}function Mt(e){return function(...t){return e===`delete`?!1:e===`clear`?void 0:this}}function Nt(e,t){let n={get(n){let r=this.__v_raw,i=k(r),a=k(n);e||(E(n,a)&&st(i,`get`,n),st(i,`get`,a));let{has:o}=At(i),s=t?kt:e?$t:Qt;if(o.call(i,n))return s(r.get(n));if(o.call(i,a))return s(r.get(a));r!==i&&r.get(n)},get size(){let t=this.__v_raw;return!e&&st(k(t),`iterate`,it),t.size},has(t){let n=this.__v_raw,r=k(n),i=k(t);return e||(E(t,i)&&st(r,`has`,t),st(r,`has`,i)),t===i?n.has(t):n.has(t)||n.has(i)},forEach(n,r){let i=this,a=i.__v_raw,o=k(a),s=t?kt:e?$t:Qt;return!e&&st(o,`iterate`,it),a.forEach((e,t)=>n.call(r,s(e),s(t),i))}};return l(n,e?{add:Mt(`add`),set:Mt(`set`),delete:Mt(`delete`),clear:Mt(`clear`)}:{add(e){let n=k(this),r=At(n),i=k(e),a=!t&&!Yt(e)&&!Jt(e)?i:e;return r.has.call(n,a)||E(e,a)&&r.has.call(n,e)||E(i,a)&&r.has.call(n,i)||(n.add(a),ct(n,`add`,a,a)),this},set(e,n){t||Yt(n)||Jt(n)||(n=k(n));let r=k(this),{has:i,get:a}=At(r),o=i.call(r,e);o||=(e=k(e),i.call(r,e));let s=a.call(r,e);return r.set(e,n),o?E(n,s)&&ct(r,`set`,e,n,s):ct(r,`add`,e,n),this},delete(e){let t=k(this),{has:n,get:r}=At(t),i=n.call(t,e);i||=(e=k(e),n.call(t,e));let a=r?r.call(t,e):void 0,o=t.delete(e);return i&&ct(t,`delete`,e,void 0,a),o},clear(){let e=k(this),t=e.size!==0,n=e.clear();return t&&ct(e,`clear`,void 0,void 0,void 0),n}}),[`keys`,`values`,`entries`,Symbol.iterator].forEach(r=>{n[r]=jt(r,e,t)}),n}function Pt(e,t){let n=Nt(e,t);return(r,i,a)=>i===`__v_isReactive`?!e:i===`__v_isReadonly`?e:i===`__v_isShallow`?t:i===`__v_raw`?r:Reflect.get(f(n,i)&&i in r?n:r,i,a)}var Ft={get:Pt(!1,!1)},It={get:Pt(!1,!0)},Lt={get:Pt(!0,!1)},Rt=new WeakMap,zt=new WeakMap,Bt=new WeakMap,Vt=new WeakMap;function Ht(e){switch(e){case`Object`:case`Array`:return 1;case`Map`:case`Set`:case`WeakMap`:case`WeakSet`:return 2;default:return 0}}function Ut(e){return Jt(e)?e:Kt(e,!1,Et,Ft,Rt)}function Wt(e){return Kt(e,!1,Ot,It,zt)}function Gt(e){return Kt(e,!0,Dt,Lt,Bt)}function Kt(e,t,n,r,i){if(!b(e)||e.__v_raw&&!(t&&e.__v_isReactive)||e.__v_skip||!Object.isExtensible(e))return e;let a=i.get(e);if(a)return a;let o=Ht(w(e));if(o===0)return e;let s=new Proxy(e,o===2?r:n);return i.set(e,s),s}function qt(e){return Jt(e)?qt(e.__v_raw):!!(e&&e.__v_isReactive)}function Jt(e){return!!(e&&e.__v_isReadonly)}function Yt(e){return!!(e&&e.__v_isShallow)}function Xt(e){return e?!!e.__v_raw:!1}function k(e){let t=e&&e.__v_raw;return t?k(t):e}function Zt(e){return!f(e,`__v_skip`)&&Object.isExtensible(e)&&ue(e,`__v_skip`,!0),e}var Qt=e=>b(e)?Ut(e):e,$t=e=>b(e)?Gt(e):e;function en(e){return e?e.__v_isRef===!0:!1}function tn(e){return nn(e,!1)}function nn(e,t){return en(e)?e:new rn(e,t)}var rn=class{constructor(e,t){this.dep=new tt,this.__v_isRef=!0,this.__v_isShallow=!1,this._rawValue=t?e:k(e),this._value=t?e:Qt(e),this.__v_isShallow=t}get value(){return this.dep.track(),this._value}set value(e){let t=this._rawValue,n=this.__v_isShallow||Yt(e)||Jt(e);e=n?e:k(e),E(e,t)&&(this._rawValue=e,this._value=n?e:Qt(e),this.dep.trigger())}};function A(e){return en(e)?e.value:e}var an={get:(e,t,n)=>t===`__v_raw`?e:A(Reflect.get(e,t,n)),set:(e,t,n,r)=>{let i=e[t];return en(i)&&!en(n)?(i.value=n,!0):Reflect.set(e,t,n,r)}};function on(e){return qt(e)?e:new Proxy(e,an)}var sn=class{constructor(e,t,n){this.fn=e,this.setter=t,this._value=void 0,this.dep=new tt(this),this.__v_isRef=!0,this.deps=void 0,this.depsTail=void 0,this.flags=16,this.globalVersion=$e-1,this.next=void 0,this.effect=this,this.__v_isReadonly=!t,this.isSSR=n}notify(){if(this.flags|=16,!(this.flags&8)&&O!==this)return ze(this,!0),!0}get value(){let e=this.dep.track();return Ge(this),e&&(e.version=this.dep.version),this._value}set value(e){this.setter&&this.setter(e)}};function cn(e,t,n=!1){let r,i;return _(e)?r=e:(r=e.get,i=e.set),new sn(r,i,n)}var ln={},un=new WeakMap,dn=void 0;function fn(e,t=!1,n=dn){if(n){let t=un.get(n);t||un.set(n,t=[]),t.push(e)}}function pn(e,t,n=r){let{immediate:i,deep:o,once:s,scheduler:c,augmentJob:l,call:d}=n,f=e=>o?e:Yt(e)||o===!1||o===0?mn(e,1):mn(e),m,h,g,v,y=!1,b=!1;if(en(e)?(h=()=>e.value,y=Yt(e)):qt(e)?(h=()=>f(e),y=!0):p(e)?(b=!0,y=e.some(e=>qt(e)||Yt(e)),h=()=>e.map(e=>{if(en(e))return e.value;if(qt(e))return f(e);if(_(e))return d?d(e,2):e()})):h=_(e)?t?d?()=>d(e,2):e:()=>{if(g){Xe();try{g()}finally{Ze()}}let t=dn;dn=m;try{return d?d(e,3,[v]):e(v)}finally{dn=t}}:a,t&&o){let e=h,t=o===!0?1/0:o;h=()=>mn(e(),t)}let x=Ne(),S=()=>{m.stop(),x&&x.active&&u(x.effects,m)};if(s&&t){let e=t;t=(...t)=>{try{return e(...t)}finally{S()}}}let C=b?Array(e.length).fill(ln):ln,w=e=>{if(m.flags&1&&(m.dirty||e)){if(t){let n=m.run();if(e||o||y||(b?n.some((e,t)=>E(e,C[t])):E(n,C))){let e=dn;Xe();try{g&&g(),dn=m;let e=[n,C===ln?void 0:b&&C[0]===ln?[]:C,v];C=n,d?d(t,3,e):t(...e)}finally{dn=e,Ze()}}}else m.run()}};return l&&l(w),m=new Fe(h),m.scheduler=c?()=>c(w,!1):w,v=e=>fn(e,!1,m),g=m.onStop=()=>{let e=un.get(m);if(e){if(d)d(e,4);else for(let t of e)t();un.delete(m)}},t?i?w(!0):C=m.run():c?c(w.bind(null,!0),!0):m.run(),S.pause=m.pause.bind(m),S.resume=m.resume.bind(m),S.stop=S,S}function mn(e,t=1/0,n){if(t<=0||!b(e)||e.__v_skip||(n||=new Map,(n.get(e)||0)>=t))return e;if(n.set(e,t),t--,en(e))mn(e.value,t,n);else if(p(e))for(let r=0;r<e.length;r++)mn(e[r],t,n);else if(h(e)||m(e))e.forEach(e=>{mn(e,t,n)});else if(ee(e)){for(let r in e)mn(e[r],t,n);for(let r of Object.getOwnPropertySymbols(e))Object.prototype.propertyIsEnumerable.call(e,r)&&mn(e[r],t,n)}return e}
/**
* @vue/runtime-core v3.5.45
* (c) 2018-present Yuxi (Evan) You and Vue contributors
* @license MIT
**/
function hn(e,t,n,r){try{return r?e(...r):e()}catch(e){_n(e,t,n)}}function gn(e,t,n,r){if(_(e)){let i=hn(e,t,n,r);return i&&x(i)&&i.catch(e=>{_n(e,t,n,void 0,!0)}),i}if(p(e)){let i=[];for(let a=0;a<e.length;a++)i.push(gn(e[a],t,n,r));return i}}function _n(e,t,n,i=!0,a=!1){let o=t?t.vnode:null,{errorHandler:s,throwUnhandledErrorInProduction:c}=t&&t.appContext.config||r;if(t){let r=t.parent,i=t.proxy,o=`https://vuejs.org/error-reference/#runtime-${n}`;for(;r;){let t=r.ec;if(t&&!r.isUnmounted&&(!a||r.scope.active)){for(let n=0;n<t.length;n++)if(t[n](e,i,o)===!1)return}r=r.parent}if(s){Xe(),hn(s,null,10,[e,i,o]),Ze();return}}vn(e,n,o,i,c)}function vn(e,t,n,r=!0,i=!1){if(i)throw e;console.error(e)}var yn=[],bn=-1,xn=[],Sn=null,Cn=0,wn=Promise.resolve(),Tn=null;function En(e){let t=Tn||wn;return e?t.then(this?e.bind(this):e):t}function Dn(e){let t=bn+1,n=yn.length;for(;t<n;){let r=t+n>>>1,i=yn[r],a=Fn(i);a<e||a===e&&i.flags&2?t=r+1:n=r}return t}function On(e){if(!(e.flags&1)){let t=Fn(e),n=yn[yn.length-1];!n||!(e.flags&2)&&t>=Fn(n)?yn.push(e):yn.splice(Dn(t),0,e),e.flags|=1,kn()}}function kn(){Tn||=wn.then(In)}function An(e){if(!p(e))Sn&&e.id===-1?Sn.splice(Cn+1,0,e):e.flags&1||(xn.push(e),e.flags|=1);else for(let t=0;t<e.length;t++)xn.push(e[t]);kn()}function jn(e,t,n,r=bn+1){for(;r<yn.length;r++){let n=yn[r];if(n&&n.flags&2){if(e&&n.id!==e.uid||t!==void 0&&!(n.id>=t))continue;yn.splice(r,1),r=e?r-1:bn,n.flags&4&&(n.flags&=-2),n(),n.flags&4||(n.flags&=-2)}}}function Mn(e,t,n=0){if(xn.length){let e=xn,r=0;if(t){e=[];for(let i=0;i<xn.length;i++){let a=xn[i];(a.i===void 0?t.has(a):!a.i||a.i.uid<n)?xn[r++]=a:e.push(a)}}let i=[...new Set(e)].sort((e,t)=>Fn(e)-Fn(t));if(xn.length=r,Sn){for(let e=0;e<i.length;e++)Sn.push(i[e]);return}for(Sn=i,Cn=0;Cn<Sn.length;Cn++){let e=Sn[Cn];e.flags&4&&(e.flags&=-2),e.flags&8||e(),e.flags&=-2}Sn=null,Cn=0}}var Nn=!1;function Pn(e,t){if(Nn){e();return}let n=t===void 0?void 0:new Set(xn);e(),Nn=!0;try{jn(void 0,t),Mn(void 0,n,t)}finally{Nn=!1}}var Fn=e=>e.id==null?e.flags&2?-1:1/0:e.id;function In(e){try{for(bn=0;bn<yn.length;bn++){let e=yn[bn];e&&!(e.flags&8)&&(e.flags&4&&(e.flags&=-2),hn(e,e.i,e.i?15:14),e.flags&4||(e.flags&=-2))}}finally{for(;bn<yn.length;bn++){let e=yn[bn];e&&(e.flags&=-2)}bn=-1,yn.length=0,Mn(e),Tn=null,(yn.length||xn.length)&&In(e)}}var j=null,Ln=null;function Rn(e){let t=j;return j=e,Ln=e&&e.type.__scopeId||null,t}function zn(e,t=j,n){if(!t||e._n)return e;let r=(...n)=>{r._d&&Ea(-1);let i=Rn(t),a=Sa.length,o;try{o=e(...n)}finally{for(let e=Sa.length;e>a;e--)wa();Rn(i),r._d&&Ea(1)}return o};return r._n=!0,r._c=!0,r._d=!0,r}function Bn(e,t){if(j===null)return e;let n=ao(j),i=e.dirs||=[];for(let e=0;e<t.length;e++){let[a,o,s,c=r]=t[e];a&&(_(a)&&(a={mounted:a,updated:a}),a.deep&&mn(o),i.push({dir:a,instance:n,value:o,oldValue:void 0,arg:s,modifiers:c}))}return e}function Vn(e,t,n,r){let i=e;if(r===`beforeMount`)e._mount=e;else if(r===`beforeUpdate`){let n=t&&t._mount;n&&(n._latest=e,e._mount=n)}else if(r===`mounted`){let t=e._latest;e._mount=e._latest=void 0,t&&(i=t,t._mount=void 0)}let a=i.dirs,o=t&&t.dirs;for(let s=0;s<a.length;s++){let c=a[s];o?c.oldValue=o[s].value:r===`mounted`&&c.oldValue!==void 0&&(c=l({},c,{oldValue:void 0}));let u=c.dir[r];u&&(Xe(),gn(u,n,8,[e.el,c,i,t]),Ze())}}function Hn(e,t){if(Wa){let n=Wa.provides,r=Wa.parent&&Wa.parent.provides;r===n&&(n=Wa.provides=Object.create(r)),n[e]=t}}function Un(e,t,n=!1){let r=Ga();if(r||Oi){let i=Oi?Oi._context.provides:r?r.parent==null||r.ce?r.vnode.appContext&&r.vnode.appContext.provides:r.parent.provides:void 0;if(i&&e in i)return i[e];if(arguments.length>1)return n&&_(t)?t.call(r&&r.proxy):t}}var Wn=Symbol.for(`v-scx`),Gn=()=>Un(Wn);function Kn(e,t,n){return qn(e,t,n)}function qn(e,t,n=r){let{immediate:i,deep:o,flush:s,once:c}=n,u=l({},n),d=t&&i||!t&&s!==`post`,f;if(Za){if(s===`sync`){let e=Gn();f=e.__watcherHandles||=[]}else if(!d){let e=()=>{};return e.stop=a,e.resume=a,e.pause=a,e}}let p=Wa;u.call=(e,t,n)=>gn(e,p,t,n);let m=!1;s===`post`?u.scheduler=e=>{e.i=p,oa(e,p&&p.suspense)}:s!==`sync`&&(m=!0,u.scheduler=(e,t)=>{t?e():On(e)}),u.augmentJob=e=>{t&&(e.flags|=4),m&&(e.flags|=2,p&&(e.id=p.uid,e.i=p))};let h=pn(e,t,u);return Za&&(f?f.push(h):d&&h()),h}function Jn(e,t,n){let r=this.proxy,i=v(e)?e.includes(`.`)?Yn(r,e):()=>r[e]:e.bind(r,r),a;_(t)?a=t:(a=t.handler,n=t);let o=Ja(this),s=qn(i,a.bind(r),n);return o(),s}function Yn(e,t){let n=t.split(`.`);return()=>{let t=e;for(let e=0;e<n.length&&t;e++)t=t[n[e]];return t}}var Xn=new WeakMap,Zn=Symbol(`_vte`),Qn=e=>e.__isTeleport,$n=e=>e&&(e.disabled||e.disabled===``),er=e=>e&&(e.defer||e.defer===``),tr=e=>typeof SVGElement<`u`&&e instanceof SVGElement,nr=e=>typeof MathMLElement==`function`&&e instanceof MathMLElement,rr=(e,t)=>{let n=e&&e.to;return v(n)?t?t(n):null:n},ir={name:`Teleport`,__isTeleport:!0,process(e,t,n,r,i,a,o,s,c,l){let{mc:u,pc:d,pbc:f,o:{insert:p,querySelector:m,createText:h,createComment:g,parentNode:_}}=l,v=$n(t.props),{dynamicChildren:y}=t,b=(e,t,n)=>{e.shapeFlag&16&&u(e.children,t,n,i,a,o,s,c)},x=(e=t)=>{let n=$n(e.props),r=e.target=rr(e.props,m),a=lr(r,e,h,p);r&&(o!==`svg`&&tr(r)?o=`svg`:o!==`mathml`&&nr(r)&&(o=`mathml`),i&&i.isCE&&(i.ce._teleportTargets||(i.ce._teleportTargets=new Set)).add(r),n||(b(e,r,a),cr(e,!1)))},S=e=>{let t=()=>{if(Xn.get(e)===t){if(Xn.delete(e),$n(e.props)){let t=_(e.el)||n;b(e,t,e.anchor),cr(e,!0)}x(e)}};Xn.set(e,t),oa(t,a)};if(e==null){let e=t.el=h(``),i=t.anchor=h(``);if(p(e,n,r),p(i,n,r),er(t.props)||a&&a.pendingBranch){S(t);return}v&&(b(t,n,i),cr(t,!0)),x()}else{t.el=e.el;let r=t.anchor=e.anchor,u=Xn.get(e);if(u){u.flags|=8,Xn.delete(e),S(t);return}t.targetStart=e.targetStart;let p=t.target=e.target,h=t.targetAnchor=e.targetAnchor,g=$n(e.props),_=g?n:p,b=g?r:h;if(o===`svg`||tr(p)?o=`svg`:(o===`mathml`||nr(p))&&(o=`mathml`),y?(f(e.dynamicChildren,y,_,i,a,o,s),fa(e,t,!0)):c||d(e,t,_,b,i,a,o,s,!1),v)g?t.props&&e.props&&t.props.to!==e.props.to&&(t.props.to=e.props.to):ar(t,n,r,l,1);else if((t.props&&t.props.to)!==(e.props&&e.props.to)){let e=rr(t.props,m);e&&(t.target=e,ar(t,e,null,l,0))}else g&&ar(t,p,h,l,1);cr(t,v)}},remove(e,t,n,{um:r,o:{remove:i}},a){let{shapeFlag:o,children:s,anchor:c,targetStart:l,targetAnchor:u,target:d,props:f}=e,p=$n(f),m=a||!p,h=Xn.get(e);if(h&&(h.flags|=8,Xn.delete(e)),d&&(i(l),i(u)),a&&i(c),!h&&(p||d)&&o&16)for(let e=0;e<s.length;e++){let i=s[e];r(i,t,n,m,!!i.dynamicChildren)}},move:ar,hydrate:or};function ar(e,t,n,{o:{insert:r},m:i},a=2){a===0&&(e.targetStart&&r(e.targetStart,t,n),r(e.targetAnchor,t,n),n=e.targetAnchor);let{el:o,anchor:s,shapeFlag:c,children:l,props:u}=e,d=a===2;if(d&&r(o,t,n),!Xn.has(e)&&(!d||$n(u))&&c&16)for(let e=0;e<l.length;e++)i(l[e],t,n,2);d&&r(s,t,n)}function or(e,t,n,r,i,a,{o:{nextSibling:o,parentNode:s,querySelector:c,insert:l,createText:u}},d){function f(e,n){let r=n;for(;r;){if(r&&r.nodeType===8){if(r.data===`teleport start anchor`)t.targetStart=r;else if(r.data===`teleport anchor`){t.targetAnchor=r,e._lpa=t.targetAnchor&&o(t.targetAnchor);break}}r=o(r)}}function p(e,t){t.anchor=d(o(e),t,s(e),n,r,i,a)}let m=t.target=rr(t.props,c),h=$n(t.props);if(m){let c=m._lpa||m.firstChild;t.shapeFlag&16&&(h?(p(e,t),f(m,c),t.targetAnchor||lr(m,t,u,l,s(e)===m?e:null)):(t.anchor=o(e),f(m,c),t.targetAnchor||lr(m,t,u,l),d(c&&o(c),t,m,n,r,i,a))),cr(t,h)}else h&&t.shapeFlag&16&&(p(e,t),t.targetStart=e,t.targetAnchor=o(e));return t.anchor&&o(t.anchor)}var sr=ir;function cr(e,t){let n=e.ctx;if(n&&n.ut){let r,i;for(t?(r=e.el,i=e.anchor):(r=e.targetStart,i=e.targetAnchor);r&&r!==i;)r.nodeType===1&&r.setAttribute(`data-v-owner`,n.uid),r=r.nextSibling;n.ut()}}function lr(e,t,n,r,i=null){let a=t.targetStart=n(``),o=t.targetAnchor=n(``);return a[Zn]=o,e&&(r(a,e,i),r(o,e,i)),o}var ur=Symbol(`_leaveCb`),dr=Symbol(`_enterCb`);function fr(){let e={isMounted:!1,isLeaving:!1,isUnmounting:!1,leavingVNodes:new Map};return Br(()=>{e.isMounted=!0}),Ur(()=>{e.isUnmounting=!0}),e}var pr=[Function,Array],mr={mode:String,appear:Boolean,persisted:Boolean,onBeforeEnter:pr,onEnter:pr,onAfterEnter:pr,onEnterCancelled:pr,onBeforeLeave:pr,onLeave:pr,onAfterLeave:pr,onLeaveCancelled:pr,onBeforeAppear:pr,onAppear:pr,onAfterAppear:pr,onAppearCancelled:pr},hr={name:`BaseTransition`,props:mr,setup(e,{slots:t}){let n=Ga(),r=fr();return()=>{let i=t.default&&Cr(t.default(),!0),a=i&&i.length?gr(i):n.subTree?B():void 0;if(!a)return;let o=k(e),{mode:s}=o;if(r.isLeaving)return br(a);let c=xr(a);if(!c)return br(a);let l=yr(c,o,r,n);c.type!==P&&Sr(c,l);let u=n.subTree&&xr(n.subTree);if(u&&u.type!==P&&!ka(u,c)&&wr(n.subTree)){let e=yr(u,o,r,n);if(Sr(u,e),s===`out-in`&&c.type!==P)return r.isLeaving=!0,e.afterLeave=()=>{if(r.isLeaving=!1,!(n.job.flags&8)){if(n.effect.flags&2){let e=()=>{n.job.flags&8||n.update()};e.i=n,On(e)}else n.update()}delete e.afterLeave,u=void 0},br(a);s===`in-out`&&c.type!==P?e.delayLeave=(e,t,n)=>{let i=vr(r,u);i[String(u.key)]=u,e[ur]=()=>{t(),e[ur]=void 0,delete l.delayedLeave,u=void 0},l.delayedLeave=()=>{n(),delete l.delayedLeave,u=void 0}}:u=void 0}else u&&=void 0;return a}}};function gr(e){let t=e[0];if(e.length>1){for(let n of e)if(n.type!==P){t=n;break}}return t}var _r=hr;function vr(e,t){let{leavingVNodes:n}=e,r=n.get(t.type);return r||(r=Object.create(null),n.set(t.type,r)),r}function yr(e,t,n,r){let{appear:i,mode:a,persisted:o=!1,onBeforeEnter:s,onEnter:c,onAfterEnter:l,onEnterCancelled:u,onBeforeLeave:d,onLeave:f,onAfterLeave:m,onLeaveCancelled:h,onBeforeAppear:g,onAppear:_,onAfterAppear:v,onAppearCancelled:y}=t,b=String(e.key),x=vr(n,e),S=(e,t)=>{e&&gn(e,r,9,t)},C=(e,t)=>{let n=t[1];S(e,t),p(e)?e.every(e=>e.length<=1)&&n():e.length<=1&&n()},w={mode:a,persisted:o,beforeEnter(t){let r=s;if(!n.isMounted){if(i)r=g||s;else return}t[ur]&&t[ur](!0);let a=x[b];if(a&&ka(e,a)){let e=a.el[ur];if(!e){let t=wr(a);e=t&&t.el[ur]}e&&e()}S(r,[t])},enter(t){if(x[b]===e)return;let r=c,a=l,o=u;if(!n.isMounted){if(i)r=_||c,a=v||l,o=y||u;else return}let s=!1;t[dr]=e=>{s||(s=!0,S(e?o:a,[t]),w.delayedLeave&&w.delayedLeave(),t[dr]=void 0)};let d=t[dr].bind(null,!1);r?C(r,[t,d]):d()},leave(t,r){let i=String(e.key);if(t[dr]&&t[dr](!0),n.isUnmounting)return r();S(d,[t]);let a=!1;t[ur]=n=>{a||(a=!0,r(),S(n?h:m,[t]),t[ur]=void 0,x[i]===e&&delete x[i])};let o=t[ur].bind(null,!1);x[i]=e,f?C(f,[t,o]):o()},clone(e){let i=yr(e,t,n,r);return i.afterLeave=()=>{w.afterLeave&&w.afterLeave()},i.delayLeave=(e,t,n)=>{w.delayLeave?w.delayLeave(e,t,n):n()},i.delayedLeave=()=>{w.delayedLeave&&w.delayedLeave()},i}};return w}function br(e){if(Mr(e))return e=Pa(e),e.children=null,e}function xr(e){if(!Mr(e))return Qn(e.type)&&e.children?gr(e.children):e;if(e.component)return e.component.subTree;let{shapeFlag:t,children:n}=e;if(n){if(t&16)return n[0];if(t&32&&_(n.default))return n.default()}}function Sr(e,t){if(e.shapeFlag&6&&e.component){e.transition=t;let n=e.component.subTree;Sr(Qn(n.type)&&xr(n)||n,t)}else if(e.shapeFlag&128){let n=e.suspense;if(n){let e=n.isHydrating?n.pendingBranch:n.activeBranch;e&&Sr(e,t.clone(e))}else e.ssContent.transition=t.clone(e.ssContent),e.ssFallback.transition=t.clone(e.ssFallback)}else if(e.transition=t,e.type===N&&p(e.children)){let n=Fi(e.children,!1);n&&Sr(n,t)}}function Cr(e,t=!1,n){let r=[],i=0;for(let a=0;a<e.length;a++){let o=e[a],s=n==null?o.key:String(n)+String(o.key==null?a:o.key);o.type===N?(o.patchFlag&128&&i++,r=r.concat(Cr(o.children,t,s))):(t||o.type!==P)&&r.push(s==null?o:Pa(o,{key:s}))}if(i>1)for(let e=0;e<r.length;e++)r[e].patchFlag=-2;return r}function wr(e){if(e.component)return wr(e.component.subTree);if(e.type===N){let t=p(e.children)&&Fi(e.children,!1);return t?wr(t):void 0}if(e.type!==P)return e}function Tr(){let e=Ga();return e?(e.appContext.config.idPrefix||`v`)+`-`+e.ids[0]+e.ids[1]++:``}function Er(e){e.ids=[e.ids[0]+e.ids[2]+++`-`,0,0]}function Dr(e,t){let n;return!!((n=Object.getOwnPropertyDescriptor(e,t))&&!n.configurable)}var Or=new WeakMap;function kr(e,t,n,i,a=!1){if(p(e)){e.forEach((e,r)=>kr(e,t&&(p(t)?t[r]:t),n,i,a));return}if(jr(i)&&!a){i.shapeFlag&512&&i.type.__asyncResolved&&i.component.subTree.component&&kr(e,t,n,i.component.subTree);return}let s=i.shapeFlag&4?ao(i.component):i.el,c=a?null:s,{i:l,r:d}=e,m=t&&t.r,h=l.refs===r?l.refs={}:l.refs,g=l.setupState,y=k(g),b=g===r?o:e=>!Dr(h,e)&&f(y,e),x=(e,t)=>!(t&&Dr(h,t));if(m!=null&&m!==d){if(Ar(t),v(m))h[m]=null,b(m)&&(g[m]=null);else if(en(m)){let e=t;x(m,e.k)&&(m.value=null),e.k&&(h[e.k]=null)}}if(_(d))hn(d,l,12,[c,h]);else{let t=v(d),r=en(d);if(t||r){let i=()=>{if(e.f){let n=t?b(d)?g[d]:h[d]:x(d)||!e.k?d.value:h[e.k];if(a)p(n)&&u(n,s);else if(p(n))n.includes(s)||n.push(s);else if(t)h[d]=[s],b(d)&&(g[d]=h[d]);else{let t=[s];x(d,e.k)&&(d.value=t),e.k&&(h[e.k]=t)}}else t?(h[d]=c,b(d)&&(g[d]=c)):r&&(x(d,e.k)&&(d.value=c),e.k&&(h[e.k]=c))};if(c){let t=()=>{i(),Or.delete(e)};t.id=-1,Or.set(e,t),oa(t,n)}else Ar(e),i()}}}function Ar(e){let t=Or.get(e);t&&(t.flags|=8,Or.delete(e))}me().requestIdleCallback,me().cancelIdleCallback;var jr=e=>!!e.type.__asyncLoader,Mr=e=>e.type.__isKeepAlive;function Nr(e,t){Fr(e,`a`,t)}function Pr(e,t){Fr(e,`da`,t)}function Fr(e,t,n=Wa){let r=e.__wdc||=()=>{let t=n;for(;t;){if(t.isDeactivated)return;t=t.parent}return e()};if(Lr(t,r,n),n){let e=n.parent;for(;e&&e.parent;)Mr(e.parent.vnode)&&Ir(r,t,n,e),e=e.parent}}function Ir(e,t,n,r){let i=Lr(t,e,r,!0),a=Lr(`um`,()=>u(r[t],i),n);a.flags=16}function Lr(e,t,n=Wa,r=!1){if(n){let i=n[e]||(n[e]=[]),a=t.__weh||=(...r)=>{Xe();let i=Ja(n),a=gn(t,n,e,r);return i(),Ze(),a};return r?i.unshift(a):i.push(a),a}}var Rr=e=>(t,n=Wa)=>{Za&&e!==`sp`||Lr(e,(...e)=>t(...e),n)},zr=Rr(`bm`),Br=Rr(`m`),Vr=Rr(`bu`),Hr=Rr(`u`),Ur=Rr(`bum`),Wr=Rr(`um`),Gr=Rr(`sp`),Kr=Rr(`rtg`),qr=Rr(`rtc`);function Jr(e,t=Wa){Lr(`ec`,e,t)}var Yr=`components`,Xr=`directives`;function Zr(e,t){return ti(Yr,e,!0,t)||e}var Qr=Symbol.for(`v-ndc`);function $r(e){return v(e)?ti(Yr,e,!1)||e:e||Qr}function ei(e){return ti(Xr,e)}function ti(e,t,n=!0,r=!1){let i=j||Wa;if(i){let n=i.type;if(e===Yr){let e=oo(n,!1);if(e&&(e===t||e===T(t)||e===se(T(t))))return n}let a=ni(i[e]||n[e],t)||ni(i.appContext[e],t);return!a&&r?n:a}}function ni(e,t){return e&&(e[t]||e[T(t)]||e[se(T(t))])}function ri(e,t,n,r){let i,a=n&&n[r],o=p(e);if(o||v(e)){let n=o&&qt(e),r=!1,s=!1;n&&(r=!Yt(e),s=Jt(e),e=ut(e)),i=Array(e.length);for(let n=0,o=e.length;n<o;n++)i[n]=t(r?s?$t(Qt(e[n])):Qt(e[n]):e[n],n,void 0,a&&a[n])}else if(typeof e==`number`){if(!Number.isInteger(e)||e<0)i=[];else{i=Array(e);for(let n=0;n<e;n++)i[n]=t(n+1,n,void 0,a&&a[n])}}else if(b(e)){if(e[Symbol.iterator])i=Array.from(e,(e,n)=>t(e,n,void 0,a&&a[n]));else{let n=Object.keys(e);i=Array(n.length);for(let r=0,o=n.length;r<o;r++){let o=n[r];i[r]=t(e[o],o,r,a&&a[r])}}}else i=[];return n&&(n[r]=i),i}function M(e,t,n,r,i,a){if(n??={},j.ce||j.parent&&jr(j.parent)&&j.parent.ce){let e=a!=null&&n.key==null?l({},n,{key:a}):n,i=Object.keys(e).length>0;return t!=="default"&&(e.name=t),F(),L(N,null,[z(`slot`,e,r&&r())],i?-2:64)}let o=e[t];o&&o._c&&(o._d=!1);let s=Sa.length;F();let c;try{let i=o&&ii(o(n)),s=n.key||a||i&&i.key;c=L(N,{key:(s&&!y(s)?s:`_${t}`)+(!i&&r?`_fb`:``)},i||(r?r():[]),i&&e._===1?64:-2)}catch(e){for(let e=Sa.length;e>s;e--)wa();throw e}finally{o&&o._c&&(o._d=!0)}return!i&&c.scopeId&&(c.slotScopeIds=[c.scopeId+`-s`]),c}function ii(e){return e.some(e=>!Oa(e)||!(e.type===P||e.type===N&&!ii(e.children)))?e:null}var ai=e=>e?Xa(e)?ao(e):ai(e.parent):null,oi=l(Object.create(null),{$:e=>e,$el:e=>e.vnode.el,$data:e=>e.data,$props:e=>e.props,$attrs:e=>e.attrs,$slots:e=>e.slots,$refs:e=>e.refs,$parent:e=>ai(e.parent),$root:e=>ai(e.root),$host:e=>e.ce,$emit:e=>e.emit,$options:e=>hi(e),$forceUpdate:e=>e.f||=()=>{On(e.update)},$nextTick:e=>e.n||=En.bind(e.proxy),$watch:e=>Jn.bind(e)}),si=(e,t)=>e!==r&&!e.__isScriptSetup&&f(e,t),ci={get({_:e},t){if(t===`__v_skip`)return!0;let{ctx:n,setupState:i,data:a,props:o,accessCache:s,type:c,appContext:l}=e;if(t[0]!==`$`){let e=s[t];if(e!==void 0)switch(e){case 1:return i[t];case 2:return a[t];case 4:return n[t];case 3:return o[t]}else if(si(i,t))return s[t]=1,i[t];else if(a!==r&&f(a,t))return s[t]=2,a[t];else if(f(o,t))return s[t]=3,o[t];else if(n!==r&&f(n,t))return s[t]=4,n[t];else ui&&(s[t]=0)}let u=oi[t],d,p;if(u)return t===`$attrs`&&st(e.attrs,`get`,``),u(e);if((d=c.__cssModules)&&(d=d[t]))return d;if(n!==r&&f(n,t))return s[t]=4,n[t];if(p=l.config.globalProperties,f(p,t))return p[t]},set({_:e},t,n){let{data:i,setupState:a,ctx:o}=e;return si(a,t)?(a[t]=n,!0):i!==r&&f(i,t)?(i[t]=n,!0):f(e.props,t)||t[0]===`$`&&t.slice(1)in e?!1:(o[t]=n,!0)},has({_:{data:e,setupState:t,accessCache:n,ctx:i,appContext:a,props:o,type:s}},c){let l;return!!(n[c]||e!==r&&c[0]!==`$`&&f(e,c)||si(t,c)||f(o,c)||f(i,c)||f(oi,c)||f(a.config.globalProperties,c)||(l=s.__cssModules)&&l[c])},defineProperty(e,t,n){return n.get==null?f(n,`value`)&&this.set(e,t,n.value,null):e._.accessCache[t]=0,Reflect.defineProperty(e,t,n)}};function li(e){return p(e)?e.reduce((e,t)=>(e[t]=null,e),{}):e}var ui=!0;function di(e){let t=hi(e),n=e.proxy,r=e.ctx;ui=!1,t.beforeCreate&&pi(t.beforeCreate,e,`bc`);let{data:i,computed:o,methods:s,watch:c,provide:l,inject:u,created:d,beforeMount:f,mounted:m,beforeUpdate:h,updated:g,activated:v,deactivated:y,beforeDestroy:x,beforeUnmount:S,destroyed:C,unmounted:w,render:ee,renderTracked:te,renderTriggered:ne,errorCaptured:re,serverPrefetch:ie,expose:T,inheritAttrs:ae,components:oe,directives:se,filters:ce}=t;if(u&&fi(u,r,null),s)for(let e in s){let t=s[e];_(t)&&(r[e]=t.bind(n))}if(i){let t=i.call(n,n);b(t)&&(e.data=Ut(t))}if(ui=!0,o)for(let e in o){let t=o[e],i=H({get:_(t)?t.bind(n,n):_(t.get)?t.get.bind(n,n):a,set:!_(t)&&_(t.set)?t.set.bind(n):a});Object.defineProperty(r,e,{enumerable:!0,configurable:!0,get:()=>i.value,set:e=>i.value=e})}if(c)for(let e in c)mi(c[e],r,n,e);if(l){let e=_(l)?l.call(n):l;Reflect.ownKeys(e).forEach(t=>{Hn(t,e[t])})}d&&pi(d,e,`c`);function E(e,t){p(t)?t.forEach(t=>e(t.bind(n))):t&&e(t.bind(n))}if(E(zr,f),E(Br,m),E(Vr,h),E(Hr,g),E(Nr,v),E(Pr,y),E(Jr,re),E(qr,te),E(Kr,ne),E(Ur,S),E(Wr,w),E(Gr,ie),p(T)){if(T.length){let t=e.exposed||={};T.forEach(e=>{Object.defineProperty(t,e,{get:()=>n[e],set:t=>n[e]=t,enumerable:!0})})}else e.exposed||={}}ee&&e.render===a&&(e.render=ee),ae!=null&&(e.inheritAttrs=ae),oe&&(e.components=oe),se&&(e.directives=se),ie&&Er(e)}function fi(e,t,n=a){p(e)&&(e=bi(e));for(let n in e){let r=e[n],i;i=b(r)?`default`in r?Un(r.from||n,r.default,!0):Un(r.from||n):Un(r),en(i)?Object.defineProperty(t,n,{enumerable:!0,configurable:!0,get:()=>i.value,set:e=>i.value=e}):t[n]=i}}function pi(e,t,n){gn(p(e)?e.map(e=>e.bind(t.proxy)):e.bind(t.proxy),t,n)}function mi(e,t,n,r){let i=r.includes(`.`)?Yn(n,r):()=>n[r];if(v(e)){let n=t[e];_(n)&&Kn(i,n)}else if(_(e))Kn(i,e.bind(n));else if(b(e)){if(p(e))e.forEach(e=>mi(e,t,n,r));else{let r=_(e.handler)?e.handler.bind(n):t[e.handler];_(r)&&Kn(i,r,e)}}}function hi(e){let t=e.type,{mixins:n,extends:r}=t,{mixins:i,optionsCache:a,config:{optionMergeStrategies:o}}=e.appContext,s=a.get(t),c;return s?c=s:!i.length&&!n&&!r?c=t:(c={},i.length&&i.forEach(e=>gi(c,e,o,!0)),gi(c,t,o)),b(t)&&a.set(t,c),c}function gi(e,t,n,r=!1){let{mixins:i,extends:a}=t;a&&gi(e,a,n,!0),i&&i.forEach(t=>gi(e,t,n,!0));for(let i in t)if(!(r&&i===`expose`)){let r=_i[i]||n&&n[i];e[i]=r?r(e[i],t[i]):t[i]}return e}var _i={data:vi,props:Ci,emits:Ci,methods:Si,computed:Si,beforeCreate:xi,created:xi,beforeMount:xi,mounted:xi,beforeUpdate:xi,updated:xi,beforeDestroy:xi,beforeUnmount:xi,destroyed:xi,unmounted:xi,activated:xi,deactivated:xi,errorCaptured:xi,serverPrefetch:xi,components:Si,directives:Si,watch:wi,provide:vi,inject:yi};function vi(e,t){return t?e?function(){return l(_(e)?e.call(this,this):e,_(t)?t.call(this,this):t)}:t:e}function yi(e,t){return Si(bi(e),bi(t))}function bi(e){if(p(e)){let t={};for(let n=0;n<e.length;n++)t[e[n]]=e[n];return t}return e}function xi(e,t){return e?[...new Set([].concat(e,t))]:t}function Si(e,t){return e?l(Object.create(null),e,t):t}function Ci(e,t){return e?p(e)&&p(t)?[...new Set([...e,...t])]:l(Object.create(null),li(e),li(t??{})):t}function wi(e,t){if(!e)return t;if(!t)return e;let n=l(Object.create(null),e);for(let r in t)n[r]=xi(e[r],t[r]);return n}function Ti(){return{app:null,config:{isNativeTag:o,performance:!1,globalProperties:{},optionMergeStrategies:{},errorHandler:void 0,warnHandler:void 0,compilerOptions:{}},mixins:[],components:{},directives:{},provides:Object.create(null),optionsCache:new WeakMap,propsCache:new WeakMap,emitsCache:new WeakMap}}var Ei=0;function Di(e,t){return function(n,r=null){_(n)||(n=l({},n)),r!=null&&!b(r)&&(r=null);let i=Ti(),a=new WeakSet,o=[],s=!1,c=i.app={_uid:Ei++,_component:n,_props:r,_container:null,_context:i,_instance:null,version:lo,get config(){return i.config},set config(e){},use(e,...t){return a.has(e)||(e&&_(e.install)?(a.add(e),e.install(c,...t)):_(e)&&(a.add(e),e(c,...t))),c},mixin(e){return i.mixins.includes(e)||i.mixins.push(e),c},component(e,t){return t?(i.components[e]=t,c):i.components[e]},directive(e,t){return t?(i.directives[e]=t,c):i.directives[e]},mount(a,o,l){if(!s){let u=c._ceVNode||z(n,r);return u.appContext=i,l===!0?l=`svg`:l===!1&&(l=void 0),o&&t?t(u,a):e(u,a,l),s=!0,c._container=a,a.__vue_app__=c,ao(u.component)}},onUnmount(e){o.push(e)},unmount(){s&&(gn(o,c._instance,16),e(null,c._container),delete c._container.__vue_app__)},provide(e,t){return i.provides[e]=t,c},runWithContext(e){let t=Oi;Oi=c;try{return e()}finally{Oi=t}}};return c}}var Oi=null,ki=(e,t)=>t===`modelValue`||t===`model-value`?e.modelModifiers:e[`${t}Modifiers`]||e[`${T(t)}Modifiers`]||e[`${oe(t)}Modifiers`];function Ai(e,t,...n){if(e.isUnmounted)return;let i=e.vnode.props||r,a=n,o=t.startsWith(`update:`),s=o&&ki(i,t.slice(7));s&&(s.trim&&(a=n.map(e=>v(e)?e.trim():e)),s.number&&(a=a.map(de)));let c,l=i[c=ce(t)]||i[c=ce(T(t))];!l&&o&&(l=i[c=ce(oe(t))]),l&&gn(l,e,6,a);let u=i[c+`Once`];if(u){if(!e.emitted)e.emitted={};else if(e.emitted[c])return;e.emitted[c]=!0,gn(u,e,6,a)}}var ji=new WeakMap;function Mi(e,t,n=!1){let r=n?ji:t.emitsCache,i=r.get(e);if(i!==void 0)return i;let a=e.emits,o={},s=!1;if(!_(e)){let r=e=>{let n=Mi(e,t,!0);n&&(s=!0,l(o,n))};!n&&t.mixins.length&&t.mixins.forEach(r),e.extends&&r(e.extends),e.mixins&&e.mixins.forEach(r)}return!a&&!s?(b(e)&&r.set(e,null),null):(p(a)?a.forEach(e=>o[e]=null):l(o,a),b(e)&&r.set(e,o),o)}function Ni(e,t){return!e||!s(t)?!1:(t=t.slice(2),t=t===`Once`?t:t.replace(/Once$/,``),f(e,t[0].toLowerCase()+t.slice(1))||f(e,oe(t))||f(e,t))}function Pi(e){let{type:t,vnode:n,proxy:r,withProxy:i,propsOptions:[a],slots:o,attrs:s,emit:l,render:u,renderCache:d,props:f,data:p,setupState:m,ctx:h,inheritAttrs:g}=e,_=Rn(e),v,y;try{if(n.shapeFlag&4){let e=i||r,t=e;v=Ia(u.call(t,e,d,f,m,p,h)),y=s}else{let e=t;v=Ia(e.length>1?e(f,{attrs:s,slots:o,emit:l}):e(f,null)),y=t.props?s:Ii(s)}}catch(t){Sa.length=0,_n(t,e,1),v=z(P)}let b=v;if(y&&g!==!1){let e=Object.keys(y),{shapeFlag:t}=b;e.length&&t&7&&(a&&e.some(c)&&(y=Li(y,a)),b=Pa(b,y,!1,!0))}return n.dirs&&(b=Pa(b,null,!1,!0),b.dirs=b.dirs?b.dirs.concat(n.dirs):n.dirs),n.transition&&Sr(Qn(b.type)&&xr(b)||b,n.transition),v=b,Rn(_),v}function Fi(e,t=!0){let n;for(let t=0;t<e.length;t++){let r=e[t];if(Oa(r)){if(r.type!==P||r.children===`v-if`){if(n)return;n=r}}else return}return n}var Ii=e=>{let t;for(let n in e)(n===`class`||n===`style`||s(n))&&((t||={})[n]=e[n]);return t},Li=(e,t)=>{let n={};for(let r in e)c(r)&&r.slice(9)in t||(n[r]=e[r]);return n};function Ri(e,t,n){let{props:r,children:i,component:a}=e,{props:o,children:s,patchFlag:c}=t,l=a.emitsOptions;if(t.dirs||t.transition)return!0;if(n&&c>=0){if(c&1024)return!0;if(c&16)return r?zi(r,o,l):!!o;if(c&8){let e=t.dynamicProps;for(let t=0;t<e.length;t++){let n=e[t];if(Bi(o,r,n)&&!Ni(l,n))return!0}}}else return(i||s)&&(!s||!s.$stable)?!0:r===o?!1:r?!o||zi(r,o,l):!!o;return!1}function zi(e,t,n){let r=Object.keys(t);if(r.length!==Object.keys(e).length)return!0;for(let i=0;i<r.length;i++){let a=r[i];if(!f(e,a)||Bi(t,e,a)&&!Ni(n,a))return!0}return!1}function Bi(e,t,n){let r=e[n],i=t[n];return n===`style`&&b(r)&&b(i)?!De(r,i):r!==i}function Vi({vnode:e,parent:t,suspense:n},r){for(;t;){let n=t.subTree;if(n.suspense&&n.suspense.activeBranch===e&&(n.suspense.vnode.el=n.el=r,e=n),n===e)(e=t.vnode).el=r,t=t.parent;else break}n&&n.activeBranch===e&&(n.vnode.el=r)}var Hi={},Ui=()=>Object.create(Hi),Wi=e=>Object.getPrototypeOf(e)===Hi;function Gi(e,t,n,r=!1){let i={},a=Ui();e.propsDefaults=Object.create(null),qi(e,t,i,a);for(let t in e.propsOptions[0])t in i||(i[t]=void 0);e.props=n?r?i:Wt(i):e.type.props?i:a,e.attrs=a}function Ki(e,t,n,r){let{props:i,attrs:a,vnode:{patchFlag:o}}=e,s=k(i),[c]=e.propsOptions,l=!1;if((r||o>0)&&!(o&16)){if(o&8){let n=e.vnode.dynamicProps;for(let r=0;r<n.length;r++){let o=n[r];if(Ni(e.emitsOptions,o))continue;let u=t[o];if(c){if(f(a,o))u!==a[o]&&(a[o]=u,l=!0);else{let t=T(o);i[t]=Ji(c,s,t,u,e,!1)}}else u!==a[o]&&(a[o]=u,l=!0)}}}else{qi(e,t,i,a)&&(l=!0);let r;for(let a in s)t&&(f(t,a)||(r=oe(a))!==a&&f(t,r))||(c?n&&(n[a]!==void 0||n[r]!==void 0)&&(i[a]=Ji(c,s,a,void 0,e,!0)):delete i[a]);if(a!==s)for(let e in a)t&&f(t,e)||(delete a[e],l=!0)}l&&ct(e.attrs,`set`,``)}function qi(e,t,n,i){let[a,o]=e.propsOptions,s=!1,c;if(t)for(let r in t){if(ne(r))continue;let l=t[r],u;a&&f(a,u=T(r))?!o||!o.includes(u)?n[u]=l:(c||={})[u]=l:Ni(e.emitsOptions,r)||r in i&&l===i[r]||(i[r]=l,s=!0)}if(o){let t=k(n),i=c||r;for(let r=0;r<o.length;r++){let s=o[r];n[s]=Ji(a,t,s,i[s],e,!f(i,s))}}return s}function Ji(e,t,n,r,i,a){let o=e[n];if(o!=null){let e=f(o,`default`);if(e&&r===void 0){let e=o.default;if(o.type!==Function&&!o.skipFactory&&_(e)){let{propsDefaults:a}=i;if(n in a)r=a[n];else{let o=Ja(i);r=a[n]=e.call(null,t),o()}}else r=e;i.ce&&i.ce._setProp(n,r)}o[0]&&(a&&!e?r=!1:o[1]&&(r===``||r===oe(n))&&(r=!0))}return r}var Yi=new WeakMap;function Xi(e,t,n=!1){let a=n?Yi:t.propsCache,o=a.get(e);if(o)return o;let s=e.props,c={},u=[],d=!1;if(!_(e)){let r=e=>{d=!0;let[n,r]=Xi(e,t,!0);l(c,n),r&&u.push(...r)};!n&&t.mixins.length&&t.mixins.forEach(r),e.extends&&r(e.extends),e.mixins&&e.mixins.forEach(r)}if(!s&&!d)return b(e)&&a.set(e,i),i;if(p(s))for(let e=0;e<s.length;e++){let t=T(s[e]);Zi(t)&&(c[t]=r)}else if(s)for(let e in s){let t=T(e);if(Zi(t)){let n=s[e],r=c[t]=p(n)||_(n)?{type:n}:l({},n),i=r.type,a=!1,o=!0;if(p(i))for(let e=0;e<i.length;++e){let t=i[e],n=_(t)&&t.name;if(n===`Boolean`){a=!0;break}n===`String`&&(o=!1)}else a=_(i)&&i.name===`Boolean`;r[0]=a,r[1]=o,(a||f(r,`default`))&&u.push(t)}}let m=[c,u];return b(e)&&a.set(e,m),m}function Zi(e){return e[0]!==`$`&&!ne(e)}var Qi=e=>e===`_`||e===`_ctx`||e===`$stable`,$i=e=>p(e)?e.map(Ia):[Ia(e)],ea=(e,t,n)=>{if(t._n)return t;let r=zn((...e)=>$i(t(...e)),n);return r._c=!1,r},ta=(e,t,n)=>{let r=e._ctx;for(let n in e){if(Qi(n))continue;let i=e[n];if(_(i))t[n]=ea(n,i,r);else if(i!=null){let e=$i(i);t[n]=()=>e}}},na=(e,t)=>{let n=$i(t);e.slots.default=()=>n},ra=(e,t,n)=>{for(let r in t)(n||!Qi(r))&&(e[r]=t[r])},ia=(e,t,n)=>{let r=e.slots=Ui();if(e.vnode.shapeFlag&32){let e=t._;e?(ra(r,t,n),n&&ue(r,`_`,e,!0)):ta(t,r)}else t&&na(e,t)},aa=(e,t,n)=>{let{vnode:i,slots:a}=e,o=!0,s=r;if(i.shapeFlag&32){let e=t._;e?n&&e===1?o=!1:ra(a,t,n):(o=!t.$stable,ta(t,a)),s=t}else t&&(na(e,t),s={default:1});if(o)for(let e in a)!Qi(e)&&s[e]==null&&delete a[e]},oa=ya;function sa(e){return ca(e)}function ca(e,t){let n=me();n.__VUE__=!0;let{insert:o,remove:s,patchProp:c,createElement:l,createText:u,createComment:d,setText:f,setElementText:p,parentNode:m,nextSibling:h,setScopeId:g=a,insertStaticContent:_}=e,v=(e,t,n,r=null,a=null,o=null,s=void 0,c=null,l=!!t.dynamicChildren)=>{if(e===t)return;e&&!ka(e,t)&&(r=Se(e),_e(e,a,o,!0),e=null),t.patchFlag===-2&&(l=!1,t.dynamicChildren=null),t.dynamicChildren&&e&&e.dynamicChildren&&e.dynamicChildren.hasOnce&&(t.dynamicChildren===i&&(t.dynamicChildren=[]),t.dynamicChildren.hasOnce=!0);let{type:u,ref:d,shapeFlag:f}=t;switch(u){case ba:y(e,t,n,r);break;case P:b(e,t,n,r);break;case xa:e??x(t,n,r,s);break;case N:oe(e,t,n,r,a,o,s,c,l);break;default:f&1?w(e,t,n,r,a,o,s,c,l):f&6?se(e,t,n,r,a,o,s,c,l):(f&64||f&128)&&u.process(e,t,n,r,a,o,s,c,l,we)}d!=null&&a?kr(d,e&&e.ref,o,t||e,!t):d==null&&e&&e.ref!=null&&kr(e.ref,null,o,e,!0)},y=(e,t,n,r)=>{if(e==null)o(t.el=u(t.children),n,r);else{let n=t.el=e.el;t.children!==e.children&&f(n,t.children)}},b=(e,t,n,r)=>{e==null?o(t.el=d(t.children||``),n,r):t.el=e.el},x=(e,t,n,r)=>{[e.el,e.anchor]=_(e.children,t,n,r,e.el,e.anchor)},S=({el:e,anchor:t},n,r)=>{let i;for(;e&&e!==t;)i=h(e),o(e,n,r),e=i;o(t,n,r)},C=({el:e,anchor:t})=>{let n;for(;e&&e!==t;)n=h(e),s(e),e=n;s(t)},w=(e,t,n,r,i,a,o,s,c)=>{if(t.type===`svg`?o=`svg`:t.type===`math`&&(o=`mathml`),e==null)ee(t,n,r,i,a,o,s,c);else{let n=e.el&&e.el._isVueCE?e.el:null;try{n&&n._beginPatch(),ie(e,t,i,a,o,s,c)}finally{n&&n._endPatch()}}},ee=(e,t,n,r,i,a,s,u)=>{let d,f,{props:m,shapeFlag:h,transition:g,dirs:_}=e;if(d=e.el=l(e.type,a,m&&m.is,m),h&8?p(d,e.children):h&16&&re(e.children,d,null,r,i,la(e,a),s,u),_&&Vn(e,null,r,`created`),te(d,e,e.scopeId,s,r),m){for(let e in m)e!==`value`&&!ne(e)&&c(d,e,null,m[e],a,r);`value`in m&&c(d,`value`,null,m.value,a),(f=m.onVnodeBeforeMount)&&za(f,r,e)}_&&Vn(e,null,r,`beforeMount`);let v=da(i,g);v?g.beforeEnter(d):g&&!g.persisted&&(d[va]=!0),o(d,t,n),((f=m&&m.onVnodeMounted)||v||_)&&oa(()=>{try{f&&za(f,r,e),v&&g.enter(d),_&&Vn(e,null,r,`mounted`)}finally{}},i)},te=(e,t,n,r,i)=>{if(n&&g(e,n),r)for(let t=0;t<r.length;t++)g(e,r[t]);if(i){let n=i.subTree;if(t===n||_a(n.type)&&(n.ssContent===t||n.ssFallback===t)){let t=i.vnode;te(e,t,t.scopeId,t.slotScopeIds,i.parent)}}},re=(e,t,n,r,i,a,o,s,c=0)=>{for(let l=c;l<e.length;l++){let c=e[l]=s?La(e[l]):Ia(e[l]);v(null,c,t,n,r,i,a,o,s)}},ie=(e,t,n,i,a,o,s)=>{let l=t.el=e.el,{patchFlag:u,dynamicChildren:d,dirs:f}=t;u|=e.patchFlag&16;let m=e.props||r,h=t.props||r,g;if(n&&ua(n,!1),(g=h.onVnodeBeforeUpdate)&&za(g,n,t,e),f&&Vn(t,e,n,`beforeUpdate`),n&&ua(n,!0),d&&(!e.dynamicChildren||e.dynamicChildren.length!==d.length)&&(u=0,s=!1,d=null),(m.innerHTML&&h.innerHTML==null||m.textContent&&h.textContent==null)&&p(l,``),d?T(e.dynamicChildren,d,l,n,i,la(t,a),o):s||fe(e,t,l,null,n,i,la(t,a),o,!1),u>0){if(u&16)ae(l,m,h,n,a);else if(u&2&&m.class!==h.class&&c(l,`class`,null,h.class,a),u&4&&c(l,`style`,m.style,h.style,a),u&8){let e=t.dynamicProps;for(let t=0;t<e.length;t++){let r=e[t],i=m[r],o=h[r];(o!==i||r===`value`)&&c(l,r,i,o,a,n)}}u&1&&e.children!==t.children&&p(l,t.children)}else!s&&d==null&&ae(l,m,h,n,a);((g=h.onVnodeUpdated)||f)&&oa(()=>{g&&za(g,n,t,e),f&&Vn(t,e,n,`updated`)},i)},T=(e,t,n,r,i,a,o)=>{for(let s=0;s<t.length;s++){let c=e[s],l=t[s],u=c.el||ga(c),d=u&&(c.type===N||!ka(c,l)||c.shapeFlag&198)?m(u):n;v(c,l,d,null,r,i,a,o,!0)}},ae=(e,t,n,i,a)=>{if(t!==n){if(t!==r)for(let r in t)!ne(r)&&!(r in n)&&c(e,r,t[r],null,a,i);for(let r in n){if(ne(r))continue;let o=n[r],s=t[r];o!==s&&r!==`value`&&c(e,r,s,o,a,i)}`value`in n&&c(e,`value`,t.value,n.value,a)}},oe=(e,t,n,r,i,a,s,c,l)=>{let d=t.el=e?e.el:u(``),f=t.anchor=e?e.anchor:u(``),{patchFlag:p,dynamicChildren:m,slotScopeIds:h}=t;h&&(c=c?c.concat(h):h),e==null?(o(d,n,r),o(f,n,r),re(t.children||[],n,f,i,a,s,c,l)):p>0&&p&64&&m&&e.dynamicChildren&&e.dynamicChildren.length===m.length?(T(e.dynamicChildren,m,n,i,a,s,c),(t.key!=null||i&&t===i.subTree)&&fa(e,t,!0)):fe(e,t,n,f,i,a,s,c,l)},se=(e,t,n,r,i,a,o,s,c)=>{t.slotScopeIds=s,e==null?t.shapeFlag&512?i.ctx.activate(t,n,r,o,c):ce(t,n,r,i,a,o,c):E(e,t,c)},ce=(e,t,n,r,i,a,o)=>{let s=e.component=Ua(e,r,i);if(Mr(e)&&(s.ctx.renderer=we),Qa(s,!1,o),s.asyncDep){if(i&&i.registerDep(s,ue,o,a),!e.el){let r=s.subTree=z(P);b(null,r,t,n),e.placeholder=r.el}}else ue(s,e,t,n,i,a,o)},E=(e,t,n)=>{let r=t.component=e.component;if(Ri(e,t,n)){if(r.asyncDep&&!r.asyncResolved){t.el=e.el,t.placeholder=e.placeholder,de(r,t,n);return}r.next=t,r.update()}else t.el=e.el,t.placeholder=e.placeholder,r.vnode=t},ue=(e,t,n,r,i,a,o)=>{let s=()=>{if(e.isMounted){let{next:t,bu:n,u:r,parent:s,vnode:c}=e;{let n=ma(e);if(n){t&&(t.el=c.el,de(e,t,o)),n.asyncDep.then(()=>{let t=()=>{e.job.flags&8||(i&&i.pendingBranch?oa(t,i):l())};t.flags=48,oa(t,i)});return}}let u=t,d;ua(e,!1),t?(t.el=c.el,de(e,t,o)):t=c,n&&le(n),(d=t.props&&t.props.onVnodeBeforeUpdate)&&za(d,s,t,c),ua(e,!0);let f=Pi(e),p=e.subTree;e.subTree=f,v(p,f,m(p.el||ga(p)),Se(p),e,i,a),t.el=f.el,u===null&&Vi(e,f.el),r&&oa(r,i),(d=t.props&&t.props.onVnodeUpdated)&&oa(()=>za(d,s,t,c),i)}else{let o,{el:s,props:c}=t,{bm:l,m:u,parent:d,root:f,type:p}=e,m=jr(t);if(ua(e,!1),l&&le(l),!m&&(o=c&&c.onVnodeBeforeMount)&&za(o,d,t),ua(e,!0),s&&Ee){let t=()=>{e.subTree=Pi(e),Ee(s,e.subTree,e,i,null)};m&&p.__asyncHydrate?p.__asyncHydrate(s,e,t):t()}else{f.ce&&f.ce._hasShadowRoot()&&f.ce._injectChildStyle(p,e.parent?e.parent.type:void 0);let o=e.subTree=Pi(e);v(null,o,n,r,e,i,a),t.el=o.el}if(u&&oa(u,i),!m&&(o=c&&c.onVnodeMounted)){let e=t;oa(()=>za(o,d,e),i)}(t.shapeFlag&256||d&&jr(d.vnode)&&d.vnode.shapeFlag&256)&&e.a&&oa(e.a,i),e.isMounted=!0,t=n=r=null}};e.scope.on();let c=e.effect=new Fe(s);e.scope.off();let l=e.update=c.run.bind(c),u=e.job=c.runIfDirty.bind(c);u.i=e,u.id=e.uid,c.scheduler=()=>On(u),ua(e,!0),l()},de=(e,t,n)=>{t.component=e;let r=e.vnode.props;e.vnode=t,e.next=null,Ki(e,t.props,r,n),aa(e,t.children,n),Xe(),jn(e),Ze()},fe=(e,t,n,r,i,a,o,s,c=!1)=>{let l=e&&e.children,u=e?e.shapeFlag:0,d=t.children,{patchFlag:f,shapeFlag:m}=t;if(f>0){if(f&128){he(l,d,n,r,i,a,o,s,c);return}if(f&256){pe(l,d,n,r,i,a,o,s,c);return}}m&8?(u&16&&xe(l,i,a),d!==l&&p(n,d)):u&16?m&16?he(l,d,n,r,i,a,o,s,c):xe(l,i,a,!0):(u&8&&p(n,``),m&16&&re(d,n,r,i,a,o,s,c))},pe=(e,t,n,r,a,o,s,c,l)=>{e||=i,t||=i;let u=e.length,d=t.length,f=Math.min(u,d),p=0;for(;p<f;p++){let r=t[p]=l?La(t[p]):Ia(t[p]);v(e[p],r,n,null,a,o,s,c,l)}u>d?xe(e,a,o,!0,!1,f):re(t,n,r,a,o,s,c,l,f)},he=(e,t,n,r,a,o,s,c,l)=>{let u=0,d=t.length,f=e.length-1,p=d-1;for(;u<=f&&u<=p;){let r=e[u],i=t[u]=l?La(t[u]):Ia(t[u]);if(ka(r,i))v(r,i,n,null,a,o,s,c,l);else break;u++}for(;u<=f&&u<=p;){let r=e[f],i=t[p]=l?La(t[p]):Ia(t[p]);if(ka(r,i))v(r,i,n,null,a,o,s,c,l);else break;f--,p--}if(u>f){if(u<=p){let e=p+1,i=e<d?t[e].el:r;for(;u<=p;)v(null,t[u]=l?La(t[u]):Ia(t[u]),n,i,a,o,s,c,l),u++}}else if(u>p)for(;u<=f;)_e(e[u],a,o,!0),u++;else{let m=u,h=u,g=new Map;for(u=h;u<=p;u++){let e=t[u]=l?La(t[u]):Ia(t[u]);e.key!=null&&g.set(e.key,u)}let _,y=0,b=p-h+1,x=!1,S=0,C=Array(b);for(u=0;u<b;u++)C[u]=0;for(u=m;u<=f;u++){let r=e[u];if(y>=b){_e(r,a,o,!0);continue}let i;if(r.key!=null)i=g.get(r.key);else for(_=h;_<=p;_++)if(C[_-h]===0&&ka(r,t[_])){i=_;break}i===void 0?_e(r,a,o,!0):(C[i-h]=u+1,i>=S?S=i:x=!0,v(r,t[i],n,null,a,o,s,c,l),y++)}let w=x?pa(C):i;for(_=w.length-1,u=b-1;u>=0;u--){let e=h+u,i=t[e],f=t[e+1],p=e+1<d?f.el||ga(f):r;C[u]===0?v(null,i,n,p,a,o,s,c,l):x&&(_<0||u!==w[_]?ge(i,n,p,2):_--)}}},ge=(e,t,n,r,i=null)=>{let{el:a,type:c,transition:l,children:u,shapeFlag:d}=e;if(d&6)ge(e.component.subTree,t,n,r);else if(d&128)e.suspense.move(t,n,r);else if(d&64)c.move(e,t,n,we);else if(c===N){o(a,t,n);for(let e=0;e<u.length;e++)ge(u[e],t,n,r);o(e.anchor,t,n)}else if(c===xa)S(e,t,n);else if(r!==2&&d&1&&l){if(r===0)l.persisted&&!a[ur]?o(a,t,n):(l.beforeEnter(a),o(a,t,n),oa(()=>l.enter(a),i));else{let{leave:r,delayLeave:i,afterLeave:c}=l,u=()=>{e.ctx.isUnmounted?s(a):o(a,t,n)},d=()=>{let e=a._isLeaving||!!a[ur];a._isLeaving&&a[ur](!0),l.persisted&&!e?u():r(a,()=>{u(),c&&c()})};i?i(a,u,d):d()}}else o(a,t,n)},_e=(e,t,n,r=!1,i=!1)=>{let{type:a,props:o,ref:s,children:c,dynamicChildren:l,shapeFlag:u,patchFlag:d,dirs:f,cacheIndex:p,memo:m}=e;if((d===-2||l&&l.hasOnce)&&(i=!1),s!=null&&(Xe(),kr(s,null,n,e,!0),Ze()),p==null||e.ctx&&e.ctx!==t||(t.renderCache[p]=void 0),u&256&&t.ctx.deactivate(e))return;let h=u&1&&f,g=!jr(e),_;if(g&&(_=o&&o.onVnodeBeforeUnmount)&&za(_,t,e),u&6)be(e.component,n,r);else{if(u&128){e.suspense.unmount(n,r);return}h&&Vn(e,null,t,`beforeUnmount`),u&64?e.type.remove(e,t,n,we,r):l&&!l.hasOnce&&(a!==N||d>0&&d&64)?xe(l,t,n,!1,!0):(a===N&&d&384||!i&&u&16)&&xe(c,t,n),r&&ve(e)}let v=m!=null&&p==null;(g&&(_=o&&o.onVnodeUnmounted)||h||v)&&oa(()=>{_&&za(_,t,e),h&&Vn(e,null,t,`unmounted`),v&&(e.el=null)},n)},ve=e=>{let{type:t,el:n,anchor:r,transition:i}=e,a=t===N;if(a&&!i){ye(n,r);return}if(t===xa){C(e),i&&!i.persisted&&i.afterLeave&&i.afterLeave();return}let o=a?wr(e):e,c=()=>{a?m(n)&&ye(n,r):s(n),i&&!i.persisted&&i.afterLeave&&i.afterLeave()};if(o&&o.shapeFlag&1&&i&&!i.persisted){let{leave:e,delayLeave:t}=i,n=o.el,r=()=>e(n,c);t?t(n,c,r):r()}else c()},ye=(e,t)=>{let n;for(;e!==t;)n=h(e),s(e),e=n;s(t)},be=(e,t,n)=>{let{bum:r,scope:i,job:a,subTree:o,um:s,m:c,a:l}=e;ha(c),ha(l),r&&le(r),i.stop(),a?(a.flags|=8,_e(o,e,t,n)):o&&(o.transition=e.vnode.transition,_e(o,e,t,n)),s&&oa(s,t);let u=()=>{e.isUnmounted=!0};u.flags=16,oa(u,t)},xe=(e,t,n,r=!1,i=!1,a=0)=>{for(let o=a;o<e.length;o++)_e(e[o],t,n,r,i)},Se=e=>{if(e.shapeFlag&6)return Se(e.component.subTree);if(e.shapeFlag&128)return e.suspense.next();let t=h(e.anchor||e.el),n=t&&t[Zn];return n?h(n):t},Ce=(e,t,n)=>{Pn(()=>{e==null?t._vnode&&_e(t._vnode,null,null,!0):v(t._vnode||null,e,t,null,null,null,n),t._vnode=e},e&&t._vnode?void 0:e&&e.component?e.component.uid:Ha())},we={p:v,um:_e,m:ge,r:ve,mt:ce,mc:re,pc:fe,pbc:T,n:Se,o:e},Te,Ee;return t&&([Te,Ee]=t(we)),{render:Ce,hydrate:Te,createApp:Di(Ce,Te)}}function la({type:e,props:t},n){return n===`svg`&&e===`foreignObject`||n===`mathml`&&e===`annotation-xml`&&t&&t.encoding&&t.encoding.includes(`html`)?void 0:n}function ua({effect:e,job:t},n){n?(e.flags|=32,t.flags|=4):(e.flags&=-33,t.flags&=-5)}function da(e,t){return(!e||e&&!e.pendingBranch)&&t&&!t.persisted}function fa(e,t,n=!1){let r=e.children,i=t.children;if(p(r)&&p(i))for(let e=0;e<r.length;e++){let t=r[e],a=i[e];a.shapeFlag&1&&!a.dynamicChildren&&((a.patchFlag<=0||a.patchFlag===32)&&(a=i[e]=La(i[e]),a.el=t.el),!n&&a.patchFlag!==-2&&fa(t,a)),a.type===ba&&(a.patchFlag===-1&&(a=i[e]=La(a)),a.el=t.el),a.type===P&&!a.el&&(a.el=t.el)}}function pa(e){let t=e.slice(),n=[0],r,i,a,o,s,c=e.length;for(r=0;r<c;r++){let c=e[r];if(c!==0){if(i=n[n.length-1],e[i]<c){t[r]=i,n.push(r);continue}for(a=0,o=n.length-1;a<o;)s=a+o>>1,e[n[s]]<c?a=s+1:o=s;c<e[n[a]]&&(a>0&&(t[r]=n[a-1]),n[a]=r)}}for(a=n.length,o=n[a-1];a-->0;)n[a]=o,o=t[o];return n}function ma(e){let t=e.subTree.component;if(t)return t.asyncDep&&!t.asyncResolved?t:ma(t)}function ha(e){if(e)for(let t=0;t<e.length;t++)e[t].flags|=8}function ga(e){if(e.placeholder)return e.placeholder;let t=e.component;if(t)return ga(t.subTree);let n=e.suspense;return n&&n.activeBranch?ga(n.activeBranch):null}var _a=e=>e.__isSuspense,va=Symbol(`_deferredEnter`);function ya(e,t){t&&t.pendingBranch?p(e)?t.effects.push(...e):t.effects.push(e):An(e)}var N=Symbol.for(`v-fgt`),ba=Symbol.for(`v-txt`),P=Symbol.for(`v-cmt`),xa=Symbol.for(`v-stc`),Sa=[],Ca=null;function F(e=!1){Sa.push(Ca=e?null:[])}function wa(){Sa.pop(),Ca=Sa[Sa.length-1]||null}var Ta=1;function Ea(e,t=!1){Ta+=e,e<0&&Ca&&t&&(Ca.hasOnce=!0)}function Da(e){return e.dynamicChildren=Ta>0?Ca||i:null,wa(),Ta>0&&Ca&&Ca.push(e),e}function I(e,t,n,r,i,a){return Da(R(e,t,n,r,i,a,!0))}function L(e,t,n,r,i){return Da(z(e,t,n,r,i,!0))}function Oa(e){return e?e.__v_isVNode===!0:!1}function ka(e,t){return e.type===t.type&&e.key===t.key}var Aa=({key:e})=>e??null,ja=({ref:e,ref_key:t,ref_for:n})=>(typeof e==`number`&&(e=``+e),e==null?null:v(e)||en(e)||_(e)?{i:j,r:e,k:t,f:!!n}:e);function R(e,t=null,n=null,r=0,i=null,a=e===N?0:1,o=!1,s=!1){let c={__v_isVNode:!0,__v_skip:!0,type:e,props:t,key:t&&Aa(t),ref:t&&ja(t),scopeId:Ln,slotScopeIds:null,children:n,component:null,suspense:null,ssContent:null,ssFallback:null,dirs:null,transition:null,el:null,anchor:null,target:null,targetStart:null,targetAnchor:null,staticCount:0,shapeFlag:a,patchFlag:r,dynamicProps:i,dynamicChildren:null,appContext:null,ctx:j};return s?(Ra(c,n),a&128&&e.normalize(c)):n&&(c.shapeFlag|=v(n)?8:16),Ta>0&&!o&&Ca&&(c.patchFlag>0||a&6)&&c.patchFlag!==32&&Ca.push(c),c}var z=Ma;function Ma(e,t=null,n=null,r=0,i=null,a=!1){if(e&&e!==Qr||(e=P),Oa(e)){let r=Pa(e,t,!0);return n&&Ra(r,n),Ta>0&&!a&&Ca&&(r.shapeFlag&6?Ca[Ca.indexOf(e)]=r:Ca.push(r)),r.patchFlag=-2,r}if(so(e)&&(e=e.__vccOpts),t){t=Na(t);let{class:e,style:n}=t;e&&!v(e)&&(t.class=be(e)),b(n)&&(Xt(n)&&!p(n)&&(n=l({},n)),t.style=he(n))}let o=v(e)?1:_a(e)?128:Qn(e)?64:b(e)?4:_(e)?2:0;return R(e,t,n,r,i,o,a,!0)}function Na(e){return e?Xt(e)?l({},e):Wi(e)?l({},e[no]||e):e:null}function Pa(e,t,n=!1,r=!1){let{props:i,ref:a,patchFlag:o,children:s,transition:c}=e,l=t?V(i||{},t):i,u={__v_isVNode:!0,__v_skip:!0,type:e.type,props:l,key:l&&Aa(l),ref:t&&t.ref?n&&a?p(a)?a.concat(ja(t)):[a,ja(t)]:ja(t):a,scopeId:e.scopeId,slotScopeIds:e.slotScopeIds,children:s,target:e.target,targetStart:e.targetStart,targetAnchor:e.targetAnchor,staticCount:e.staticCount,shapeFlag:e.shapeFlag,patchFlag:t&&e.type!==N?o===-1?16:o|16:o,dynamicProps:e.dynamicProps,dynamicChildren:e.dynamicChildren,appContext:e.appContext,dirs:e.dirs,transition:c,component:e.component,suspense:e.suspense,ssContent:e.ssContent&&Pa(e.ssContent),ssFallback:e.ssFallback&&Pa(e.ssFallback),placeholder:e.placeholder,el:e.el,anchor:e.anchor,ctx:e.ctx,ce:e.ce,cacheIndex:e.cacheIndex};return c&&r&&Sr(u,c.clone(u)),u}function Fa(e=` `,t=0){return z(ba,null,e,t)}function B(e=``,t=!1){return t?(F(),L(P,null,e)):z(P,null,e)}function Ia(e){return e==null||typeof e==`boolean`?z(P):p(e)?z(N,null,e.slice()):Oa(e)?La(e):z(ba,null,String(e))}function La(e){return e.el===null&&e.patchFlag!==-1||e.memo?e:Pa(e)}function Ra(e,t){let n=0,{shapeFlag:r}=e;if(t==null)t=null;else if(p(t))n=16;else if(typeof t==`object`){if(r&65){let n=t.default;n&&(n._c&&(n._d=!1),Ra(e,n()),n._c&&(n._d=!0));return}{n=32;let r=t._;!r&&!Wi(t)?t._ctx=j:r===3&&j&&(j.slots._===1?t._=1:(t._=2,e.patchFlag|=1024))}}else if(_(t)){if(r&65){Ra(e,{default:t});return}t={default:t,_ctx:j},n=32}else t=String(t),r&64?(n=16,t=[Fa(t)]):n=8;e.children=t,e.shapeFlag|=n}function V(...e){let t={};for(let n=0;n<e.length;n++){let r=e[n];for(let e in r)if(e===`class`)t.class!==r.class&&(t.class=be([t.class,r.class]));else if(e===`style`)t.style=he([t.style,r.style]);else if(s(e)){let n=t[e],i=r[e];i&&n!==i&&!(p(n)&&n.includes(i))?t[e]=n?[].concat(n,i):i:i==null&&n==null&&!c(e)&&(t[e]=i)}else e!==``&&(t[e]=r[e])}return t}function za(e,t,n,r=null){gn(e,t,7,[n,r])}var Ba=Ti(),Va=0;function Ha(){return Va}function Ua(e,t,n){let i=e.type,a=(t?t.appContext:e.appContext)||Ba,o={uid:Va++,vnode:e,type:i,parent:t,appContext:a,root:null,next:null,subTree:null,effect:null,update:null,job:null,scope:new Me(!0),render:null,proxy:null,exposed:null,exposeProxy:null,withProxy:null,provides:t?t.provides:Object.create(a.provides),ids:t?t.ids:[``,0,0],accessCache:null,renderCache:[],components:null,directives:null,propsOptions:Xi(i,a),emitsOptions:Mi(i,a),emit:null,emitted:null,propsDefaults:r,inheritAttrs:i.inheritAttrs,ctx:r,data:r,props:r,attrs:r,slots:r,refs:r,setupState:r,setupContext:null,suspense:n,suspenseId:n?n.pendingId:0,asyncDep:null,asyncResolved:!1,isMounted:!1,isUnmounted:!1,isDeactivated:!1,bc:null,c:null,bm:null,m:null,bu:null,u:null,um:null,bum:null,da:null,a:null,rtg:null,rtc:null,ec:null,sp:null};return o.ctx={_:o},o.root=t?t.root:o,o.emit=Ai.bind(null,o),e.ce&&e.ce(o),o}var Wa=null,Ga=()=>Wa||j,Ka,qa;{let e=me(),t=(t,n)=>{let r;return(r=e[t])||(r=e[t]=[]),r.push(n),e=>{r.length>1?r.forEach(t=>t(e)):r[0](e)}};Ka=t(`__VUE_INSTANCE_SETTERS__`,e=>Wa=e),qa=t(`__VUE_SSR_SETTERS__`,e=>Za=e)}var Ja=e=>{let t=Wa;return Ka(e),e.scope.on(),()=>{e.scope.off(),Ka(t)}},Ya=()=>{Wa&&Wa.scope.off(),Ka(null)};function Xa(e){return e.vnode.shapeFlag&4}var Za=!1;function Qa(e,t=!1,n=!1){t&&qa(t);let{props:r,children:i}=e.vnode,a=Xa(e);Gi(e,r,a,t),ia(e,i,n||t);let o=a?$a(e,t):void 0;return t&&qa(!1),o}function $a(e,t){let n=e.type;e.accessCache=Object.create(null),e.proxy=new Proxy(e.ctx,ci);let{setup:r}=n;if(r){Xe();let n=e.setupContext=r.length>1?io(e):null,i=Ja(e),a=hn(r,e,0,[e.props,n]),o=x(a);if(Ze(),i(),(o||e.sp)&&!jr(e)&&Er(e),o){if(a.then(Ya,Ya),t)return a.then(n=>{qa(!0);try{eo(e,n,t)}finally{qa(!1)}}).catch(t=>{_n(t,e,0,void 0,!0),e.ssrRender=(e,t)=>t(`<!---->`)});e.asyncDep=a}else eo(e,a,t)}else to(e,t)}function eo(e,t,n){_(t)?e.type.__ssrInlineRender?e.ssrRender=t:e.render=t:b(t)&&(e.setupState=on(t)),to(e,n)}function to(e,t,n){let r=e.type;e.render||=r.render||a;{let t=Ja(e);Xe();try{di(e)}finally{Ze(),t()}}}var no=Symbol(),ro={get(e,t){return st(e,`get`,``),t===no?e:e[t]}};function io(e){return{attrs:new Proxy(e.attrs,ro),slots:e.slots,emit:e.emit,expose:t=>{e.exposed=t||{}}}}function ao(e){return e.exposed?e.exposeProxy||=new Proxy(on(Zt(e.exposed)),{get(t,n){if(n in t)return t[n];if(n in oi)return oi[n](e)},has(e,t){return t in e||t in oi}}):e.proxy}function oo(e,t=!0){return _(e)?e.displayName||e.name:e.name||t&&e.__name}function so(e){return _(e)&&`__vccOpts`in e}var H=(e,t)=>cn(e,t,Za);function co(e,t,n){try{Ea(-1);let r=arguments.length;return r===2?b(t)&&!p(t)?Oa(t)?z(e,null,[t]):z(e,t):z(e,null,t):(r>3?n=Array.prototype.slice.call(arguments,2):r===3&&Oa(n)&&(n=[n]),z(e,t,n))}finally{Ea(1)}}var lo=`3.5.45`,uo=void 0,fo=typeof window<`u`&&window.trustedTypes
/**
* @vue/runtime-dom v3.5.45
* (c) 2018-present Yuxi (Evan) You and Vue contributors
* @license MIT
**/
;if(fo)try{uo=fo.createPolicy(`vue`,{createHTML:e=>e})}catch{}var po=uo?e=>uo.createHTML(e):e=>e,mo=`http://www.w3.org/2000/svg`,ho=`http://www.w3.org/1998/Math/MathML`,go=typeof document<`u`?document:null,_o=go&&go.createElement(`template`),vo={insert:(e,t,n)=>{t.insertBefore(e,n||null)},remove:e=>{let t=e.parentNode;t&&t.removeChild(e)},createElement:(e,t,n,r)=>{let i=t===`svg`?go.createElementNS(mo,e):t===`mathml`?go.createElementNS(ho,e):n?go.createElement(e,{is:n}):go.createElement(e);return e===`select`&&r&&r.multiple!=null&&i.setAttribute(`multiple`,r.multiple),i},createText:e=>go.createTextNode(e),createComment:e=>go.createComment(e),setText:(e,t)=>{e.nodeValue=t},setElementText:(e,t)=>{e.textContent=t},parentNode:e=>e.parentNode,nextSibling:e=>e.nextSibling,querySelector:e=>go.querySelector(e),setScopeId(e,t){e.setAttribute(t,``)},insertStaticContent(e,t,n,r,i,a){let o=n?n.previousSibling:t.lastChild;if(i&&(i===a||i.nextSibling))for(;t.insertBefore(i.cloneNode(!0),n),i!==a&&(i=i.nextSibling););else{_o.innerHTML=po(r===`svg`?`<svg>${e}</svg>`:r===`mathml`?`<math>${e}</math>`:e);let i=_o.content;if(r===`svg`||r===`mathml`){let e=i.firstChild;for(;e.firstChild;)i.appendChild(e.firstChild);i.removeChild(e)}t.insertBefore(i,n)}return[o?o.nextSibling:t.firstChild,n?n.previousSibling:t.lastChild]}},yo=`transition`,bo=`animation`,xo=Symbol(`_vtc`),So={name:String,type:String,css:{type:Boolean,default:!0},duration:[String,Number,Object],enterFromClass:String,enterActiveClass:String,enterToClass:String,appearFromClass:String,appearActiveClass:String,appearToClass:String,leaveFromClass:String,leaveActiveClass:String,leaveToClass:String},Co=l({},mr,So),wo=(e=>(e.displayName=`Transition`,e.props=Co,e))((e,{slots:t})=>co(_r,Do(e),t)),To=(e,t=[])=>{p(e)?e.forEach(e=>e(...t)):e&&e(...t)},Eo=e=>e?p(e)?e.some(e=>e.length>1):e.length>1:!1;function Do(e){let t={};for(let n in e)n in So||(t[n]=e[n]);if(e.css===!1)return t;let{name:n=`v`,type:r,duration:i,enterFromClass:a=`${n}-enter-from`,enterActiveClass:o=`${n}-enter-active`,enterToClass:s=`${n}-enter-to`,appearFromClass:c=a,appearActiveClass:u=o,appearToClass:d=s,leaveFromClass:f=`${n}-leave-from`,leaveActiveClass:p=`${n}-leave-active`,leaveToClass:m=`${n}-leave-to`}=e,h=Oo(i),g=h&&h[0],_=h&&h[1],{onBeforeEnter:v,onEnter:y,onEnterCancelled:b,onLeave:x,onLeaveCancelled:S,onBeforeAppear:C=v,onAppear:w=y,onAppearCancelled:ee=b}=t,te=(e,t,n,r)=>{e._enterCancelled=r,jo(e,t?d:s),jo(e,t?u:o),n&&n()},ne=(e,t)=>{e._isLeaving=!1,jo(e,f),jo(e,m),jo(e,p),t&&t()},re=e=>(t,n)=>{let i=e?w:y,o=()=>te(t,e,n);To(i,[t,o]),Mo(()=>{jo(t,e?c:a),Ao(t,e?d:s),Eo(i)||Po(t,r,g,o)})};return l(t,{onBeforeEnter(e){To(v,[e]),Ao(e,a),Ao(e,o)},onBeforeAppear(e){To(C,[e]),Ao(e,c),Ao(e,u)},onEnter:re(!1),onAppear:re(!0),onLeave(e,t){e._isLeaving=!0;let n=()=>ne(e,t);Ao(e,f),e._enterCancelled?(Ao(e,p),Ro(e)):(Ro(e),Ao(e,p)),Mo(()=>{e._isLeaving&&(jo(e,f),Ao(e,m),Eo(x)||Po(e,r,_,n))}),To(x,[e,n])},onEnterCancelled(e){te(e,!1,void 0,!0),To(b,[e])},onAppearCancelled(e){te(e,!0,void 0,!0),To(ee,[e])},onLeaveCancelled(e){ne(e),To(S,[e])}})}function Oo(e){if(e==null)return null;if(b(e))return[ko(e.enter),ko(e.leave)];{let t=ko(e);return[t,t]}}function ko(e){return fe(e)}function Ao(e,t){t.split(/\s+/).forEach(t=>t&&e.classList.add(t)),(e[xo]||(e[xo]=new Set)).add(t)}function jo(e,t){t.split(/\s+/).forEach(t=>t&&e.classList.remove(t));let n=e[xo];n&&(n.delete(t),n.size||(e[xo]=void 0))}function Mo(e){requestAnimationFrame(()=>{requestAnimationFrame(e)})}var No=0;function Po(e,t,n,r){let i=e._endId=++No,a=()=>{i===e._endId&&r()};if(n!=null)return setTimeout(a,n);let{type:o,timeout:s,propCount:c}=Fo(e,t);if(!o)return r();let l=o+`end`,u=0,d=()=>{e.removeEventListener(l,f),a()},f=t=>{t.target===e&&++u>=c&&d()};setTimeout(()=>{u<c&&d()},s+1),e.addEventListener(l,f)}function Fo(e,t){let n=window.getComputedStyle(e),r=e=>(n[e]||``).split(`, `),i=r(`${yo}Delay`),a=r(`${yo}Duration`),o=Io(i,a),s=r(`${bo}Delay`),c=r(`${bo}Duration`),l=Io(s,c),u=null,d=0,f=0;t===yo?o>0&&(u=yo,d=o,f=a.length):t===bo?l>0&&(u=bo,d=l,f=c.length):(d=Math.max(o,l),u=d>0?o>l?yo:bo:null,f=u?u===yo?a.length:c.length:0);let p=u===yo&&/\b(?:transform|all)(?:,|$)/.test(r(`${yo}Property`).toString());return{type:u,timeout:d,propCount:f,hasTransform:p}}function Io(e,t){for(;e.length<t.length;)e=e.concat(e);return Math.max(...t.map((t,n)=>Lo(t)+Lo(e[n])))}function Lo(e){return e===`auto`?0:Number(e.slice(0,-1).replace(`,`,`.`))*1e3}function Ro(e){return(e?e.ownerDocument:document).body.offsetHeight}function zo(e,t,n){let r=e[xo];r&&(t=(t?[t,...r]:[...r]).join(` `)),t==null?e.removeAttribute(`class`):n?e.setAttribute(`class`,t):e.className=t}var Bo=Symbol(`_vod`),Vo=Symbol(`_vsh`),Ho=Symbol(``),Uo=/(?:^|;)\s*display\s*:/;function Wo(e,t,n){let r=e.style,i=v(n),a=!1;if(n&&!i){if(t){if(v(t))for(let e of t.split(`;`)){let t=e.slice(0,e.indexOf(`:`)).trim();n[t]??Ko(r,t,``)}else for(let e in t)n[e]??Ko(r,e,``)}for(let i in n){i===`display`&&(a=!0);let o=n[i];o==null?Ko(r,i,``):Xo(e,i,!v(t)&&t?t[i]:void 0,o)||Ko(r,i,o)}}else if(i){if(t!==n){let e=r[Ho];e&&(n+=`;`+e),r.cssText=n,a=Uo.test(n)}}else t&&e.removeAttribute(`style`);Bo in e&&(i&&t===n||(e[Bo]=a?r.display:``),e[Vo]&&(r.display=`none`))}var Go=/\s*!important$/;function Ko(e,t,n){if(p(n))n.forEach(n=>Ko(e,t,n));else if(n??=``,t.startsWith(`--`))Go.test(n)?e.setProperty(t,n.replace(Go,``),`important`):e.setProperty(t,n);else{let r=Yo(e,t);Go.test(n)?e.setProperty(oe(r),n.replace(Go,``),`important`):e[r]=n}}var qo=[`Webkit`,`Moz`,`ms`],Jo={};function Yo(e,t){let n=Jo[t];if(n)return n;let r=T(t);if(r!==`filter`&&r in e)return Jo[t]=r;r=se(r);for(let n=0;n<qo.length;n++){let i=qo[n]+r;if(i in e)return Jo[t]=i}return t}function Xo(e,t,n,r){return e.tagName===`TEXTAREA`&&(t===`width`||t===`height`)&&v(r)&&n===r}var Zo=`http://www.w3.org/1999/xlink`;function Qo(e,t,n,r,i,a=xe(t)){r&&t.startsWith(`xlink:`)?n==null?e.removeAttributeNS(Zo,t.slice(6,t.length)):e.setAttributeNS(Zo,t,n):n==null||a&&!Se(n)?e.removeAttribute(t):e.setAttribute(t,a?``:y(n)?String(n):n)}function $o(e,t,n,r,i){if(t===`innerHTML`||t===`textContent`){n!=null&&(e[t]=t===`innerHTML`?po(n):n);return}let a=e.tagName;if(t===`value`&&a!==`PROGRESS`&&!a.includes(`-`)){let r=a===`OPTION`?e.getAttribute(`value`)||``:e.value,i=n==null?e.type===`checkbox`?`on`:``:String(n);r===i&&`_value`in e||(e.value=i),n??e.removeAttribute(t),e._value=n;return}let o=!1;if(n===``||n==null){let r=typeof e[t];r===`boolean`?n=Se(n):n==null&&r===`string`?(n=``,o=!0):r===`number`&&(n=0,o=!0)}try{e[t]=n}catch{}o&&e.removeAttribute(i||t)}function es(e,t,n,r){e.addEventListener(t,n,r)}function ts(e,t,n,r){e.removeEventListener(t,n,r)}var ns=Symbol(`_vei`);function rs(e,t,n,r,i=null){let a=e[ns]||(e[ns]={}),o=a[t];if(r&&o)o.value=r;else{let[n,s]=os(t);r?es(e,n,a[t]=us(r,i),s):o&&(ts(e,n,o,s),a[t]=void 0)}}var is=/(Once|Passive|Capture)$/,as=/^on:?(?:Once|Passive|Capture)$/;function os(e){let t,n;for(;(n=e.match(is))&&!as.test(e);)t||={},e=e.slice(0,e.length-n[1].length),t[n[1].toLowerCase()]=!0;return[e[2]===`:`?e.slice(3):oe(e.slice(2)),t]}var ss=0,cs=Promise.resolve(),ls=()=>ss||=(cs.then(()=>ss=0),Date.now());function us(e,t){let n=e=>{if(!e._vts)e._vts=Date.now();else if(e._vts<=n.attached)return;let r=n.value;if(p(r)){let n=e.stopImmediatePropagation;e.stopImmediatePropagation=()=>{n.call(e),e._stopped=!0};let i=r.slice(),a=[e];for(let n=0;n<i.length&&!e._stopped;n++){let e=i[n];e&&gn(e,t,5,a)}}else gn(r,t,5,[e])};return n.value=e,n.attached=ls(),n}var ds=e=>e.charCodeAt(0)===111&&e.charCodeAt(1)===110&&e.charCodeAt(2)>96&&e.charCodeAt(2)<123,fs=(e,t,n,r,i,a)=>{let o=i===`svg`;t===`class`?zo(e,r,o):t===`style`?Wo(e,n,r):s(t)?c(t)||rs(e,t,n,r,a):(t[0]===`.`?(t=t.slice(1),1):t[0]===`^`?(t=t.slice(1),0):ps(e,t,r,o))?($o(e,t,r),e.tagName.includes(`-`)||t!==`value`&&t!==`checked`&&t!==`selected`||Qo(e,t,r,o,a,t!==`value`)):e._isVueCE&&(ms(e,t)||e._def.__asyncLoader&&(/[A-Z]/.test(t)||!v(r)))?$o(e,T(t),r,a,t):(t===`true-value`?e._trueValue=r:t===`false-value`&&(e._falseValue=r),Qo(e,t,r,o))};function ps(e,t,n,r){if(r)return!!(t===`innerHTML`||t===`textContent`||t in e&&ds(t)&&_(n));if(t===`spellcheck`||t===`draggable`||t===`translate`||t===`autocorrect`||t===`sandbox`&&e.tagName===`IFRAME`||t===`form`||t===`list`&&e.tagName===`INPUT`||t===`type`&&e.tagName===`TEXTAREA`)return!1;if(t===`width`||t===`height`){let t=e.tagName;if(t===`IMG`||t===`VIDEO`||t===`CANVAS`||t===`SOURCE`)return!1}return ds(t)&&v(n)?!1:t in e}function ms(e,t){let n=e._def.props;if(!n)return!1;let r=T(t);return Array.isArray(n)?n.some(e=>T(e)===r):Object.keys(n).some(e=>T(e)===r)}var hs=[`ctrl`,`shift`,`alt`,`meta`],gs={stop:e=>e.stopPropagation(),prevent:e=>e.preventDefault(),self:e=>e.target!==e.currentTarget,ctrl:e=>!e.ctrlKey,shift:e=>!e.shiftKey,alt:e=>!e.altKey,meta:e=>!e.metaKey,left:e=>`button`in e&&e.button!==0,middle:e=>`button`in e&&e.button!==1,right:e=>`button`in e&&e.button!==2,exact:(e,t)=>hs.some(n=>e[`${n}Key`]&&!t.includes(n))},_s=(e,t)=>{if(!e)return e;let n=e._withMods||={},r=t.join(`.`);return n[r]||(n[r]=((n,...r)=>{for(let e=0;e<t.length;e++){let r=gs[t[e]];if(r&&r(n,t))return}return e(n,...r)}))},vs=l({patchProp:fs},vo),ys;function bs(){return ys||=sa(vs)}var xs=((...e)=>{let t=bs().createApp(...e),{mount:n}=t;return t.mount=e=>{let r=Cs(e);if(!r)return;let i=t._component;_(i)||i.render||i.template||(i.template=r.innerHTML),r.nodeType===1&&(r.textContent=``);let a=n(r,!1,Ss(r));return r instanceof Element&&(r.removeAttribute(`v-cloak`),r.setAttribute(`data-v-app`,``)),a},t});function Ss(e){if(e instanceof SVGElement)return`svg`;if(typeof MathMLElement==`function`&&e instanceof MathMLElement)return`mathml`}function Cs(e){return v(e)?document.querySelector(e):e}var U=e,ws=t;function Ts(e){U.registerExtension(e)}function Es(e){U.extensionManager?.registerSidebarTab(e)}function Ds(e,t){let n=U.extensionManager?.getSidebarTabs?.().find(t=>t.id===e);n&&(n.iconBadge=()=>t)}var Os=class extends Error{status;constructor(e,t){super(e),this.status=t}};async function ks(e,t={}){let n=await ws.fetchApi(e,As(t)),r=await js(n);if(!n.ok)throw new Os((typeof r?.error==`string`?r.error:``)||`HTTP ${n.status} ${n.statusText}`.trim(),n.status);return r}function As(e){let{body:t}=e;return!(typeof t==`object`&&t&&Object.getPrototypeOf(t)===Object.prototype)&&!Array.isArray(t)?e:{...e,body:JSON.stringify(t),headers:{"Content-Type":`application/json`,...e.headers}}}async function js(e){let t=await e.text();if(!t)return null;try{return JSON.parse(t)}catch{if(e.ok)throw Error(`Expected JSON from the server, got: ${t.slice(0,80)}`);return null}}function Ms(e,t){let n=e=>t(e.detail),r=ws;return r.addEventListener(e,n),()=>r.removeEventListener(e,n)}var Ns=5e3,Ps=12e3,Fs={success:`success`,info:`info`,warning:`warn`,error:`error`};function Is(e,t,n){let r=U.extensionManager?.toast;if(!r)return()=>{};let i=e===`error`?Ps:Ns,a=r[e];if(typeof a==`function`){let e=a.call(r,t,{description:n,duration:i}),o=r.dismiss;return()=>o?.call(r,e)}let o={severity:Fs[e]??`info`,summary:t,detail:n,life:i};return r.add(o),()=>r.remove(o)}function Ls(e){return U.extensionManager?.setting?.get(e)}function Rs(e,t){return U.extensionManager?.setting?.set(e,t)}function zs(){return U.rootGraph??U.graph??null}function Bs(){return zs()?.serialize?.()??null}var Vs=new Set;function Hs(){for(let e of Vs)e()}function Us(e){let t=()=>e();return Vs.add(t),()=>Vs.delete(t)}function Ws(e){let t=()=>e();return ws.addEventListener(`graphChanged`,t),Vs.add(t),()=>{ws.removeEventListener(`graphChanged`,t),Vs.delete(t)}}var Gs=`Comfy.RefreshNodeDefinitions`;function Ks(e,t){return typeof e?.execute==`function`?!Array.isArray(e.commands)||e.commands.some(e=>e?.id===t):!1}async function qs(){let e=U.extensionManager?.command;if(Ks(e,Gs)){await e.execute(Gs),await new Promise(e=>setTimeout(e,0));let t=zs();t&&sc(t)}else if(typeof U.refreshComboInNodes==`function`)return U.refreshComboInNodes()}var Js=/\.(safetensors|sft|ckpt|pt|pth|bin|gguf|onnx)$/i;function Ys(e){let t=e.options?.values;return typeof t==`function`?t():t}function Xs(e){let t=[];for(let n of e?.widgets??[]){if(n?.type!==`combo`||typeof n.value!=`string`||!Js.test(n.value))continue;let e=Ys(n);Array.isArray(e)&&!e.includes(n.value)&&t.push(n.value)}return t}function Zs(){let e=U.canvas;return e?.selected_nodes?Object.values(e.selected_nodes):[...e?.selectedItems??[]].filter(e=>Array.isArray(e?.widgets))}async function Qs(e,t){if(t)return!0;let n=U.extensionManager?.command,r=`Workspace.ToggleSidebarTab.${e}`;return Ks(n,r)?(await n.execute(r),!0):!1}async function $s(e,t){await U.loadApiJson(e,t);let n=zs(),r=!!n&&Object.entries(e).every(([e,t])=>tc(n,e,t.class_type));if(!n||!r)return{loaded:!1,nodeCount:0};let i=ec(n);for(let e of i)nc(e);return n.arrange?.(),rc(i),sc(n),oc(n).catch(()=>{}),{loaded:!0,nodeCount:i.length}}function ec(e){return e?.nodes??e?._nodes??[]}function tc(e,t,n){let r=e.getNodeById?.(isNaN(Number(t))?t:Number(t));return!!r&&r.type===n}function nc(e){let t=e.computeSize?.();if(!t)return;let n=e.size??[0,0],r=[Math.max(t[0],n[0]??0),Math.max(t[1],n[1]??0)];typeof e.setSize==`function`?e.setSize(r):e.size=r}function rc(e){for(let t of e)for(let e of t.widgets??[])e.name===`control_after_generate`&&(e.value=`fixed`)}var ic=30;function ac(){return new Promise(e=>typeof requestAnimationFrame==`function`?requestAnimationFrame(()=>e()):setTimeout(e,16))}async function oc(e){await ac(),await ac();let t=ec(e).filter(e=>e.pos&&e.size),n=U.canvas?.ds;if(!t.length||typeof n?.fitToBounds!=`function`)return;let r=Math.min(...t.map(e=>e.pos[0])),i=Math.min(...t.map(e=>e.pos[1]-ic)),a=Math.max(...t.map(e=>e.pos[0]+e.size[0])),o=Math.max(...t.map(e=>e.pos[1]+e.size[1]));n.fitToBounds([r,i,a-r,o-i],{zoom:.9}),sc(e)}function sc(e){typeof U.canvas?.setDirty==`function`?U.canvas.setDirty(!0,!0):e.setDirtyCanvas?.(!0,!0)}async function cc(e,t){await U.loadGraphData(e,!0,!0,t??null);let n=zs();return n&&oc(n).catch(()=>{}),ec(n).length}function lc(...e){if(e){let t=[];for(let n=0;n<e.length;n++){let r=e[n];if(!r)continue;let i=typeof r;if(i===`string`||i===`number`)t.push(r);else if(i===`object`){let e=Array.isArray(r)?[lc(...r)]:Object.entries(r).map(([e,t])=>t?e:void 0);t=e.length?t.concat(e.filter(e=>!!e)):t}}return t.join(` `).trim()}}function uc(e,t){return e?e.classList?e.classList.contains(t):RegExp(`(^| )`+t+`( |$)`,`gi`).test(e.className):!1}function dc(e,t){if(e&&t){let n=t=>{uc(e,t)||(e.classList?e.classList.add(t):e.className+=` `+t)};[t].flat().filter(Boolean).forEach(e=>e.split(` `).forEach(n))}}function fc(){return window.innerWidth-document.documentElement.offsetWidth}function pc(e){typeof e==`string`?dc(document.body,e||`p-overflow-hidden`):(e!=null&&e.variableName&&document.body.style.setProperty(e.variableName,fc()+`px`),dc(document.body,e?.className||`p-overflow-hidden`))}function mc(e,t){if(e&&t){let n=t=>{e.classList?e.classList.remove(t):e.className=e.className.replace(RegExp(`(^|\\b)`+t.split(` `).join(`|`)+`(\\b|$)`,`gi`),` `)};[t].flat().filter(Boolean).forEach(e=>e.split(` `).forEach(n))}}function hc(e){typeof e==`string`?mc(document.body,e||`p-overflow-hidden`):(e!=null&&e.variableName&&document.body.style.removeProperty(e.variableName),mc(document.body,e?.className||`p-overflow-hidden`))}function gc(){let e=window,t=document,n=t.documentElement,r=t.getElementsByTagName(`body`)[0];return{width:e.innerWidth||n.clientWidth||r.clientWidth,height:e.innerHeight||n.clientHeight||r.clientHeight}}function _c(e){return e?Math.abs(e.scrollLeft):0}function vc(e,t){e&&(typeof t==`string`?e.style.cssText=t:Object.entries(t||{}).forEach(([t,n])=>e.style[t]=n))}function yc(e,t){if(e instanceof HTMLElement){let n=e.offsetWidth;if(t){let t=getComputedStyle(e);n+=parseFloat(t.marginLeft)+parseFloat(t.marginRight)}return n}return 0}function bc(e){if(e){let t=e.parentNode;return t&&t instanceof ShadowRoot&&t.host&&(t=t.host),t}return null}function xc(e){return!!(e!=null&&e.nodeName&&bc(e))}function Sc(e){return typeof Element<`u`?e instanceof Element:typeof e==`object`&&!!e&&e.nodeType===1&&typeof e.nodeName==`string`}function Cc(e,t={}){if(Sc(e)){let n=(t,r)=>{var i;let a=(i=e?.$attrs)!=null&&i[t]?[e?.$attrs?.[t]]:[];return[r].flat().reduce((e,r)=>{if(r!=null){let i=typeof r;if(i===`string`||i===`number`)e.push(r);else if(i===`object`){let i=Array.isArray(r)?n(t,r):Object.entries(r).map(([e,n])=>t===`style`&&(n||n===0)?`${e.replace(/([a-z])([A-Z])/g,`$1-$2`).toLowerCase()}:${n}`:n?e:void 0);e=i.length?e.concat(i.filter(e=>!!e)):e}}return e},a)};Object.entries(t).forEach(([t,r])=>{if(r!=null){let i=t.match(/^on(.+)/);i?e.addEventListener(i[1].toLowerCase(),r):t===`p-bind`||t===`pBind`?Cc(e,r):(r=t===`class`?[...new Set(n(`class`,r))].join(` `).trim():t===`style`?n(`style`,r).join(`;`).trim():r,(e.$attrs=e.$attrs||{})&&(e.$attrs[t]=r),e.setAttribute(t,r))}})}}function wc(e,t={},...n){if(e){let r=document.createElement(e);return Cc(r,t),r.append(...n),r}}function Tc(e,t){return Sc(e)?Array.from(e.querySelectorAll(t)):[]}function Ec(e,t){return Sc(e)?e.matches(t)?e:e.querySelector(t):null}function Dc(e,t){e&&document.activeElement!==e&&e.focus(t)}function Oc(e,t){if(Sc(e)){let n=e.getAttribute(t);return isNaN(n)?n===`true`||n===`false`?n===`true`:n:+n}}function kc(e,t=``){let n=Tc(e,`button:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            [href]:not([tabindex = "-1"]):not([style*="display:none"]):not([hidden])${t},
            input:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            select:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            textarea:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            [tabIndex]:not([tabIndex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            [contenteditable]:not([tabIndex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t}`),r=[];for(let e of n)getComputedStyle(e).display!=`none`&&getComputedStyle(e).visibility!=`hidden`&&r.push(e);return r}function Ac(e,t){let n=kc(e,t);return n.length>0?n[0]:null}function jc(e){if(e){let t=e.offsetHeight,n=getComputedStyle(e);return t-=parseFloat(n.paddingTop)+parseFloat(n.paddingBottom)+parseFloat(n.borderTopWidth)+parseFloat(n.borderBottomWidth),t}return 0}function Mc(e,t){let n=kc(e,t);return n.length>0?n[n.length-1]:null}function Nc(e){if(e){let t=e.getBoundingClientRect();return{top:t.top+(window.pageYOffset||document.documentElement.scrollTop||document.body.scrollTop||0),left:t.left+(window.pageXOffset||_c(document.documentElement)||_c(document.body)||0)}}return{top:`auto`,left:`auto`}}function Pc(e,t){if(e){let n=e.offsetHeight;if(t){let t=getComputedStyle(e);n+=parseFloat(t.marginTop)+parseFloat(t.marginBottom)}return n}return 0}function Fc(e){if(e){let t=e.offsetWidth,n=getComputedStyle(e);return t-=parseFloat(n.paddingLeft)+parseFloat(n.paddingRight)+parseFloat(n.borderLeftWidth)+parseFloat(n.borderRightWidth),t}return 0}function Ic(){return!!(typeof window<`u`&&window.document&&window.document.createElement)}function Lc(e,t=``){return Sc(e)?e.matches(`button:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            [href][clientHeight][clientWidth]:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            input:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            select:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            textarea:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            [tabIndex]:not([tabIndex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            [contenteditable]:not([tabIndex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t}`):!1}function Rc(e,t=``,n){Sc(e)&&n!=null&&e.setAttribute(t,n)}function zc(){let e=new Map;return{on(t,n){let r=e.get(t);return r?r.push(n):r=[n],e.set(t,r),this},off(t,n){let r=e.get(t);return r&&r.splice(r.indexOf(n)>>>0,1),this},emit(t,n){let r=e.get(t);r&&r.forEach(e=>{e(n)})},clear(){e.clear()}}}var Bc=Object.defineProperty,Vc=Object.getOwnPropertySymbols,Hc=Object.prototype.hasOwnProperty,Uc=Object.prototype.propertyIsEnumerable,Wc=(e,t,n)=>t in e?Bc(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,Gc=(e,t)=>{for(var n in t||={})Hc.call(t,n)&&Wc(e,n,t[n]);if(Vc)for(var n of Vc(t))Uc.call(t,n)&&Wc(e,n,t[n]);return e};function Kc(e){return e==null||e===``||Array.isArray(e)&&e.length===0||!(e instanceof Date)&&typeof e==`object`&&Object.keys(e).length===0}function qc(e){return typeof e==`function`&&`call`in e&&`apply`in e}function W(e){return!Kc(e)}function Jc(e,t=!0){return e instanceof Object&&e.constructor===Object&&(t||Object.keys(e).length!==0)}function Yc(e={},t={}){let n=Gc({},e);return Object.keys(t).forEach(r=>{let i=r;Jc(t[i])&&i in e&&Jc(e[i])?n[i]=Yc(e[i],t[i]):n[i]=t[i]}),n}function Xc(...e){return e.reduce((e,t,n)=>n===0?t:Yc(e,t),{})}function Zc(e,...t){return qc(e)?e(...t):e}function Qc(e,t=!0){return typeof e==`string`&&(t||e!==``)}function $c(e){return Qc(e)?e.replace(/(-|_)/g,``).toLowerCase():e}function el(e,t=``,n={}){let r=$c(t).split(`.`),i=r.shift();return i?Jc(e)?el(Zc(e[Object.keys(e).find(e=>$c(e)===i)||``],n),r.join(`.`),n):void 0:Zc(e,n)}function tl(e,t=!0){return Array.isArray(e)&&(t||e.length!==0)}function nl(e){return W(e)&&!isNaN(e)}function rl(e,t){if(t){let n=t.test(e);return t.lastIndex=0,n}return!1}function il(...e){return Xc(...e)}function al(e){return e&&e.replace(/\/\*(?:(?!\*\/)[\s\S])*\*\/|[\r\n\t]+/g,``).replace(/ {2,}/g,` `).replace(/ ([{:}]) /g,`$1`).replace(/([;,]) /g,`$1`).replace(/ !/g,`!`).replace(/: /g,`:`).trim()}function ol(e){return Qc(e,!1)?e[0].toUpperCase()+e.slice(1):e}function sl(e){return Qc(e)?e.replace(/(_)/g,`-`).replace(/([a-z])([A-Z])/g,`$1-$2`).toLowerCase():e}var cl={};function ll(e=`pui_id_`){return Object.hasOwn(cl,e)||(cl[e]=0),cl[e]++,`${e}${cl[e]}`}function ul(){let e=[],t=(t,n,r=999)=>{let a=i(t,n,r),o=a.value+(a.key===t?0:r)+1;return e.push({key:t,value:o}),o},n=t=>{e=e.filter(e=>e.value!==t)},r=(e,t)=>i(e,t).value,i=(t,n,r=0)=>[...e].reverse().find(e=>n?!0:e.key===t)||{key:t,value:r},a=e=>e&&parseInt(e.style.zIndex,10)||0;return{get:a,set:(e,n,r)=>{n&&(n.style.zIndex=String(t(e,!0,r)))},clear:e=>{e&&(n(a(e)),e.style.zIndex=``)},getCurrent:e=>r(e,!0)}}var dl=ul(),fl=Object.defineProperty,pl=Object.defineProperties,ml=Object.getOwnPropertyDescriptors,hl=Object.getOwnPropertySymbols,gl=Object.prototype.hasOwnProperty,_l=Object.prototype.propertyIsEnumerable,vl=(e,t,n)=>t in e?fl(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,yl=(e,t)=>{for(var n in t||={})gl.call(t,n)&&vl(e,n,t[n]);if(hl)for(var n of hl(t))_l.call(t,n)&&vl(e,n,t[n]);return e},bl=(e,t)=>pl(e,ml(t)),xl=(e,t)=>{var n={};for(var r in e)gl.call(e,r)&&t.indexOf(r)<0&&(n[r]=e[r]);if(e!=null&&hl)for(var r of hl(e))t.indexOf(r)<0&&_l.call(e,r)&&(n[r]=e[r]);return n},Sl=zc(),Cl=/{([^}]*)}/g,wl=/(\d+\s+[\+\-\*\/]\s+\d+)/g,Tl=/var\([^)]+\)/g;function El(e){return Qc(e)?e.replace(/[A-Z]/g,(e,t)=>t===0?e:`.`+e.toLowerCase()).toLowerCase():e}function Dl(e){return Jc(e)&&e.hasOwnProperty(`$value`)&&e.hasOwnProperty(`$type`)?e.$value:e}function Ol(e){return e.replaceAll(/ /g,``).replace(/[^\w]/g,`-`)}function kl(e=``,t=``){return Ol(`${Qc(e,!1)&&Qc(t,!1)?`${e}-`:e}${t}`)}function Al(e=``,t=``){return`--${kl(e,t)}`}function jl(e=``){return((e.match(/{/g)||[]).length+(e.match(/}/g)||[]).length)%2!=0}function Ml(e,t=``,n=``,r=[],i){if(Qc(e)){let t=e.trim();if(jl(t))return;if(rl(t,Cl)){let e=t.replaceAll(Cl,e=>`var(${Al(n,sl(e.replace(/{|}/g,``).split(`.`).filter(e=>!r.some(t=>rl(e,t))).join(`-`)))}${W(i)?`, ${i}`:``})`);return rl(e.replace(Tl,`0`),wl)?`calc(${e})`:e}return t}if(nl(e))return e}function Nl(e,t,n){Qc(t,!1)&&e.push(`${t}:${n};`)}function Pl(e,t){return e?`${e}{${t}}`:``}function Fl(e,t){if(e.indexOf(`dt(`)===-1)return e;function n(e,t){let n=[],i=0,a=``,o=null,s=0;for(;i<=e.length;){let c=e[i];if((c===`"`||c===`'`||c==="`")&&e[i-1]!==`\\`&&(o=o===c?null:c),!o&&(c===`(`&&s++,c===`)`&&s--,(c===`,`||i===e.length)&&s===0)){let e=a.trim();e.startsWith(`dt(`)?n.push(Fl(e,t)):n.push(r(e)),a=``,i++}else c!==void 0&&(a+=c),i++}return n}function r(e){let t=e[0];if((t===`"`||t===`'`||t==="`")&&e[e.length-1]===t)return e.slice(1,-1);let n=Number(e);return isNaN(n)?e:n}let i=[],a=[];for(let t=0;t<e.length;t++)if(e[t]===`d`&&e.slice(t,t+3)===`dt(`)a.push(t),t+=2;else if(e[t]===`)`&&a.length>0){let e=a.pop();a.length===0&&i.push([e,t])}if(!i.length)return e;for(let r=i.length-1;r>=0;r--){let[a,o]=i[r],s=t(...n(e.slice(a+3,o),t));e=e.slice(0,a)+s+e.slice(o+1)}return e}var Il=e=>{let t=G.getTheme(),n=Rl(t,e,void 0,`variable`);return{name:n?.match(/--[\w-]+/g)?.[0],variable:n,value:Rl(t,e,void 0,`value`)}},Ll=(...e)=>Rl(G.getTheme(),...e),Rl=(e={},t,n,r)=>{if(t){let{variable:i,options:a}=G.defaults||{},{prefix:o,transform:s}=e?.options||a||{},c=rl(t,Cl)?t:`{${t}}`;return r===`value`||Kc(r)&&s===`strict`?G.getTokenValue(t):Ml(c,void 0,o,[i.excludedKeyRegex],n)}return``};function zl(e,...t){return e instanceof Array?Fl(e.reduce((e,n,r)=>e+n+(Zc(t[r],{dt:Ll})??``),``),Ll):Zc(e,{dt:Ll})}function Bl(e,t={}){let n=G.defaults.variable,{prefix:r=n.prefix,selector:i=n.selector,excludedKeyRegex:a=n.excludedKeyRegex}=t,o=[],s=[],c=[{node:e,path:r}];for(;c.length;){let{node:e,path:t}=c.pop();for(let n in e){let i=e[n],l=Dl(i),u=rl(n,a)?kl(t):kl(t,sl(n));if(Jc(l))c.push({node:l,path:u});else{Nl(s,Al(u),Ml(l,u,r,[a]));let e=u;r&&e.startsWith(r+`-`)&&(e=e.slice(r.length+1)),o.push(e.replace(/-/g,`.`))}}}let l=s.join(``);return{value:s,tokens:o,declarations:l,css:Pl(i,l)}}var Vl={regex:{rules:{class:{pattern:/^\.([a-zA-Z][\w-]*)$/,resolve(e){return{type:`class`,selector:e,matched:this.pattern.test(e.trim())}}},attr:{pattern:/^\[(.*)\]$/,resolve(e){return{type:`attr`,selector:`:root${e},:host${e}`,matched:this.pattern.test(e.trim())}}},media:{pattern:/^@media (.*)$/,resolve(e){return{type:`media`,selector:e,matched:this.pattern.test(e.trim())}}},system:{pattern:/^system$/,resolve(e){return{type:`system`,selector:`@media (prefers-color-scheme: dark)`,matched:this.pattern.test(e.trim())}}},custom:{resolve(e){return{type:`custom`,selector:e,matched:!0}}}},resolve(e){let t=Object.keys(this.rules).filter(e=>e!==`custom`).map(e=>this.rules[e]);return[e].flat().map(e=>t.map(t=>t.resolve(e)).find(e=>e.matched)??this.rules.custom.resolve(e))}},_toVariables(e,t){return Bl(e,{prefix:t?.prefix})},getCommon({name:e=``,theme:t={},params:n,set:r,defaults:i}){let{preset:a,options:o}=t,s,c,l,u,d,f,p;if(W(a)&&o.transform!==`strict`){let{primitive:t,semantic:n,extend:m}=a,h=n||{},{colorScheme:g}=h,_=xl(h,[`colorScheme`]),v=m||{},{colorScheme:y}=v,b=xl(v,[`colorScheme`]),x=g||{},{dark:S}=x,C=xl(x,[`dark`]),w=y||{},{dark:ee}=w,te=xl(w,[`dark`]),ne=W(t)?this._toVariables({primitive:t},o):{},re=W(_)?this._toVariables({semantic:_},o):{},ie=W(C)?this._toVariables({light:C},o):{},T=W(S)?this._toVariables({dark:S},o):{},ae=W(b)?this._toVariables({semantic:b},o):{},oe=W(te)?this._toVariables({light:te},o):{},se=W(ee)?this._toVariables({dark:ee},o):{},[ce,E]=[ne.declarations??``,ne.tokens],[le,ue]=[re.declarations??``,re.tokens||[]],[de,fe]=[ie.declarations??``,ie.tokens||[]],[pe,me]=[T.declarations??``,T.tokens||[]],[he,ge]=[ae.declarations??``,ae.tokens||[]],[_e,ve]=[oe.declarations??``,oe.tokens||[]],[ye,be]=[se.declarations??``,se.tokens||[]];s=this.transformCSS(e,ce,`light`,`variable`,o,r,i),c=E,l=`${this.transformCSS(e,`${le}${de}`,`light`,`variable`,o,r,i)}${this.transformCSS(e,`${pe}`,`dark`,`variable`,o,r,i)}`,u=[...new Set([...ue,...fe,...me])],d=`${this.transformCSS(e,`${he}${_e}color-scheme:light`,`light`,`variable`,o,r,i)}${this.transformCSS(e,`${ye}color-scheme:dark`,`dark`,`variable`,o,r,i)}`,f=[...new Set([...ge,...ve,...be])],p=Zc(a.css,{dt:Ll})}return{primitive:{css:s,tokens:c},semantic:{css:l,tokens:u},global:{css:d,tokens:f},style:p}},getPreset({name:e=``,preset:t={},options:n,params:r,set:i,defaults:a,selector:o}){let s,c,l;if(W(t)&&n.transform!==`strict`){let r=e.replace(`-directive`,``),u=t,{colorScheme:d,extend:f,css:p}=u,m=xl(u,[`colorScheme`,`extend`,`css`]),h=f||{},{colorScheme:g}=h,_=xl(h,[`colorScheme`]),v=d||{},{dark:y}=v,b=xl(v,[`dark`]),x=g||{},{dark:S}=x,C=xl(x,[`dark`]),w=W(m)?this._toVariables({[r]:yl(yl({},m),_)},n):{},ee=W(b)?this._toVariables({[r]:yl(yl({},b),C)},n):{},te=W(y)?this._toVariables({[r]:yl(yl({},y),S)},n):{},[ne,re]=[w.declarations??``,w.tokens||[]],[ie,T]=[ee.declarations??``,ee.tokens||[]],[ae,oe]=[te.declarations??``,te.tokens||[]];s=`${this.transformCSS(r,`${ne}${ie}`,`light`,`variable`,n,i,a,o)}${this.transformCSS(r,ae,`dark`,`variable`,n,i,a,o)}`,c=[...new Set([...re,...T,...oe])],l=Zc(p,{dt:Ll})}return{css:s,tokens:c,style:l}},getPresetC({name:e=``,theme:t={},params:n,set:r,defaults:i}){let{preset:a,options:o}=t,s=a?.components?.[e];return this.getPreset({name:e,preset:s,options:o,params:n,set:r,defaults:i})},getPresetD({name:e=``,theme:t={},params:n,set:r,defaults:i}){let a=e.replace(`-directive`,``),{preset:o,options:s}=t,c=o?.components?.[a]||o?.directives?.[a];return this.getPreset({name:a,preset:c,options:s,params:n,set:r,defaults:i})},applyDarkColorScheme(e){return e.darkModeSelector!==`none`&&e.darkModeSelector!==!1},getColorSchemeOption(e,t){return this.applyDarkColorScheme(e)?this.regex.resolve(e.darkModeSelector===!0?t.options.darkModeSelector:e.darkModeSelector??t.options.darkModeSelector):[]},getLayerOrder(e,t={},n,r){let{cssLayer:i}=t;return i?`@layer ${Zc(i.order||i.name||`primeui`,n)}`:``},getCommonStyleSheet({name:e=``,theme:t={},params:n,props:r={},set:i,defaults:a}){let o=this.getCommon({name:e,theme:t,params:n,set:i,defaults:a}),s=Object.entries(r).reduce((e,[t,n])=>e.push(`${t}="${n}"`)&&e,[]).join(` `);return Object.entries(o||{}).reduce((e,[t,n])=>{if(Jc(n)&&Object.hasOwn(n,`css`)){let r=al(n.css),i=`${t}-variables`;e.push(`<style type="text/css" data-primevue-style-id="${i}" ${s}>${r}</style>`)}return e},[]).join(``)},getStyleSheet({name:e=``,theme:t={},params:n,props:r={},set:i,defaults:a}){let o={name:e,theme:t,params:n,set:i,defaults:a},s=(e.includes(`-directive`)?this.getPresetD(o):this.getPresetC(o))?.css,c=Object.entries(r).reduce((e,[t,n])=>e.push(`${t}="${n}"`)&&e,[]).join(` `);return s?`<style type="text/css" data-primevue-style-id="${e}-variables" ${c}>${al(s)}</style>`:``},createTokens(e={},t,n=``,r=``,i={}){let a=function(e,t={},n=[]){if(n.includes(this.path))return console.warn(`Circular reference detected at ${this.path}`),{colorScheme:e,path:this.path,paths:t,value:void 0};n.push(this.path),t.name=this.path,t.binding||={};let r=this.value;if(typeof this.value==`string`&&Cl.test(this.value)){let i=this.value.trim().replace(Cl,r=>{let i=r.slice(1,-1),a=this.tokens[i];if(!a)return console.warn(`Token not found for path: ${i}`),`__UNRESOLVED__`;let o=a.computed(e,t,n);return Array.isArray(o)&&o.length===2?`light-dark(${o[0].value},${o[1].value})`:o?.value??`__UNRESOLVED__`});r=wl.test(i.replace(Tl,`0`))?`calc(${i})`:i}return Kc(t.binding)&&delete t.binding,n.pop(),{colorScheme:e,path:this.path,paths:t,value:r.includes(`__UNRESOLVED__`)?void 0:r}},o=(e,n,r)=>{Object.entries(e).forEach(([e,s])=>{let c=rl(e,t.variable.excludedKeyRegex)?n:n?`${n}.${El(e)}`:El(e),l=r?`${r}.${e}`:e;Jc(s)?o(s,c,l):(i[c]||(i[c]={paths:[],computed:(e,t={},n=[])=>{if(i[c].paths.length===1)return i[c].paths[0].computed(i[c].paths[0].scheme,t.binding,n);if(e&&e!==`none`)for(let r=0;r<i[c].paths.length;r++){let a=i[c].paths[r];if(a.scheme===e)return a.computed(e,t.binding,n)}return i[c].paths.map(e=>e.computed(e.scheme,t[e.scheme],n))}}),i[c].paths.push({path:l,value:s,scheme:l.includes(`colorScheme.light`)?`light`:l.includes(`colorScheme.dark`)?`dark`:`none`,computed:a,tokens:i}))})};return o(e,n,r),i},getTokenValue(e,t,n){let r=(e=>e.split(`.`).filter(e=>!rl(e.toLowerCase(),n.variable.excludedKeyRegex)).join(`.`))(t),i=t.includes(`colorScheme.light`)?`light`:t.includes(`colorScheme.dark`)?`dark`:void 0,a=[e[r]?.computed(i)].flat().filter(e=>e);return a.length===1?a[0].value:a.reduce((e={},t)=>{let n=t,{colorScheme:r}=n;return e[r]=xl(n,[`colorScheme`]),e},void 0)},getSelectorRule(e,t,n,r){return n===`class`||n===`attr`?Pl(W(t)?`${e}${t},${e} ${t}`:e,r):Pl(e,Pl(t??`:root,:host`,r))},transformCSS(e,t,n,r,i={},a,o,s){if(W(t)){let{cssLayer:c}=i;if(r!==`style`){let e=this.getColorSchemeOption(i,o);t=n===`dark`?e.reduce((e,{type:n,selector:r})=>(W(r)&&(e+=r.includes(`[CSS]`)?r.replace(`[CSS]`,t):this.getSelectorRule(r,s,n,t)),e),``):Pl(s??`:root,:host`,t)}if(c){let n={name:`primeui`,order:`primeui`};Jc(c)&&(n.name=Zc(c.name,{name:e,type:r})),W(n.name)&&(t=Pl(`@layer ${n.name}`,t),a?.layerNames(n.name))}return t}return``}},G={defaults:{variable:{prefix:`p`,selector:`:root,:host`,excludedKeyRegex:/^(primitive|semantic|components|directives|variables|colorscheme|light|dark|common|root|states|extend|css)$/gi},options:{prefix:`p`,darkModeSelector:`system`,cssLayer:!1}},_theme:void 0,_layerNames:new Set,_loadedStyleNames:new Set,_loadingStyles:new Set,_tokens:{},update(e={}){let{theme:t}=e;t&&(this._theme=bl(yl({},t),{options:yl(yl({},this.defaults.options),t.options)}),this._tokens=Vl.createTokens(this.preset,this.defaults),this.clearLoadedStyleNames())},get theme(){return this._theme},get preset(){return this.theme?.preset||{}},get options(){return this.theme?.options||{}},get tokens(){return this._tokens},getTheme(){return this.theme},setTheme(e){this.update({theme:e}),Sl.emit(`theme:change`,e)},getPreset(){return this.preset},setPreset(e){this._theme=bl(yl({},this.theme),{preset:e}),this._tokens=Vl.createTokens(e,this.defaults),this.clearLoadedStyleNames(),Sl.emit(`preset:change`,e),Sl.emit(`theme:change`,this.theme)},getOptions(){return this.options},setOptions(e){this._theme=bl(yl({},this.theme),{options:e}),this.clearLoadedStyleNames(),Sl.emit(`options:change`,e),Sl.emit(`theme:change`,this.theme)},getLayerNames(){return[...this._layerNames]},setLayerNames(e){this._layerNames.add(e)},getLoadedStyleNames(){return this._loadedStyleNames},isStyleNameLoaded(e){return this._loadedStyleNames.has(e)},setLoadedStyleName(e){this._loadedStyleNames.add(e)},deleteLoadedStyleName(e){this._loadedStyleNames.delete(e)},clearLoadedStyleNames(){this._loadedStyleNames.clear()},getTokenValue(e){return Vl.getTokenValue(this.tokens,e,this.defaults)},getCommon(e=``,t){return Vl.getCommon({name:e,theme:this.theme,params:t,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}})},getComponent(e=``,t){let n={name:e,theme:this.theme,params:t,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}};return Vl.getPresetC(n)},getDirective(e=``,t){let n={name:e,theme:this.theme,params:t,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}};return Vl.getPresetD(n)},getCustomPreset(e=``,t,n,r){let i={name:e,preset:t,options:this.options,selector:n,params:r,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}};return Vl.getPreset(i)},getLayerOrderCSS(e=``){return Vl.getLayerOrder(e,this.options,{names:this.getLayerNames()},this.defaults)},transformCSS(e=``,t,n=`style`,r){return Vl.transformCSS(e,t,r,n,this.options,{layerNames:this.setLayerNames.bind(this)},this.defaults)},getCommonStyleSheet(e=``,t,n={}){return Vl.getCommonStyleSheet({name:e,theme:this.theme,params:t,props:n,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}})},getStyleSheet(e,t,n={}){return Vl.getStyleSheet({name:e,theme:this.theme,params:t,props:n,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}})},onStyleMounted(e){this._loadingStyles.add(e)},onStyleUpdated(e){this._loadingStyles.add(e)},onStyleLoaded(e,{name:t}){this._loadingStyles.size&&(this._loadingStyles.delete(t),Sl.emit(`theme:${t}:load`,e),!this._loadingStyles.size&&Sl.emit(`theme:load`))}},Hl={_loadedStyleNames:new Set,getLoadedStyleNames:function(){return this._loadedStyleNames},isStyleNameLoaded:function(e){return this._loadedStyleNames.has(e)},setLoadedStyleName:function(e){this._loadedStyleNames.add(e)},deleteLoadedStyleName:function(e){this._loadedStyleNames.delete(e)},clearLoadedStyleNames:function(){this._loadedStyleNames.clear()}},Ul=`
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
`;function Wl(e){"@babel/helpers - typeof";return Wl=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Wl(e)}function Gl(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function Kl(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?Gl(Object(n),!0).forEach(function(t){ql(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):Gl(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function ql(e,t,n){return(t=Jl(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Jl(e){var t=Yl(e,`string`);return Wl(t)==`symbol`?t:t+``}function Yl(e,t){if(Wl(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Wl(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function Xl(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:!0;Ga()&&Ga().components?Br(e):t?e():En(e)}var Zl=0;function Ql(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=tn(!1),r=tn(e),i=tn(null),a=Ic()?window.document:void 0,o=t.document,s=o===void 0?a:o,c=t.immediate,l=c===void 0||c,u=t.manual,d=u!==void 0&&u,f=t.name,p=f===void 0?`style_${++Zl}`:f,m=t.id,h=m===void 0?void 0:m,g=t.media,_=g===void 0?void 0:g,v=t.nonce,y=v===void 0?void 0:v,b=t.first,x=b!==void 0&&b,S=t.onMounted,C=S===void 0?void 0:S,w=t.onUpdated,ee=w===void 0?void 0:w,te=t.onLoad,ne=te===void 0?void 0:te,re=t.props,ie=re===void 0?{}:re,T=function(){},ae=function(t){var a=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};if(s){var o=Kl(Kl({},ie),a),c=o.name||p,l=o.id||h,u=o.nonce||y;i.value=s.querySelector(`style[data-primevue-style-id="${c}"]`)||s.getElementById(l)||s.createElement(`style`),i.value.isConnected||(r.value=t||e,Cc(i.value,{type:`text/css`,id:l,media:_,nonce:u}),x?s.head.prepend(i.value):s.head.appendChild(i.value),Rc(i.value,`data-primevue-style-id`,c),Cc(i.value,o),i.value.onload=function(e){return ne?.(e,{name:c})},C?.(c)),n.value||=(T=Kn(r,function(e){i.value.textContent=e,ee?.(c)},{immediate:!0}),!0)}};return l&&!d&&Xl(ae),{id:h,name:p,el:i,css:r,unload:function(){s&&n.value&&(T(),xc(i.value)&&s.head.removeChild(i.value),n.value=!1,i.value=null)},load:ae,isLoaded:Gt(n)}}function $l(e){"@babel/helpers - typeof";return $l=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},$l(e)}var eu,tu,nu,ru;function iu(e,t){return lu(e)||cu(e,t)||ou(e,t)||au()}function au(){throw TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function ou(e,t){if(e){if(typeof e==`string`)return su(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?su(e,t):void 0}}function su(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function cu(e,t){var n=e==null?null:typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(n!=null){var r,i,a,o,s=[],c=!0,l=!1;try{if(a=(n=n.call(e)).next,t!==0)for(;!(c=(r=a.call(n)).done)&&(s.push(r.value),s.length!==t);c=!0);}catch(e){l=!0,i=e}finally{try{if(!c&&n.return!=null&&(o=n.return(),Object(o)!==o))return}finally{if(l)throw i}}return s}}function lu(e){if(Array.isArray(e))return e}function uu(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function du(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?uu(Object(n),!0).forEach(function(t){fu(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):uu(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function fu(e,t,n){return(t=pu(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function pu(e){var t=mu(e,`string`);return $l(t)==`symbol`?t:t+``}function mu(e,t){if($l(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if($l(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function hu(e,t){return t||=e.slice(0),Object.freeze(Object.defineProperties(e,{raw:{value:Object.freeze(t)}}))}var K={name:`base`,css:function(e){var t=e.dt;return`
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
`},style:Ul,classes:{},inlineStyles:{},load:function(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=(arguments.length>2&&arguments[2]!==void 0?arguments[2]:function(e){return e})(zl(eu||=hu([``,``]),e));return W(n)?Ql(al(n),du({name:this.name},t)):{}},loadCSS:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{};return this.load(this.css,e)},loadStyle:function(){var e=this,t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``;return this.load(this.style,t,function(){var r=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``;return G.transformCSS(t.name||e.name,`${r}${zl(tu||=hu([``,``]),n)}`)})},getCommonTheme:function(e){return G.getCommon(this.name,e)},getComponentTheme:function(e){return G.getComponent(this.name,e)},getDirectiveTheme:function(e){return G.getDirective(this.name,e)},getPresetTheme:function(e,t,n){return G.getCustomPreset(this.name,e,t,n)},getLayerOrderThemeCSS:function(){return G.getLayerOrderCSS(this.name)},getStyleSheet:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};if(this.css){var n=Zc(this.css,{dt:Ll})||``,r=al(zl(nu||=hu([``,``,``]),n,e)),i=Object.entries(t).reduce(function(e,t){var n=iu(t,2),r=n[0],i=n[1];return e.push(`${r}="${i}"`)&&e},[]).join(` `);return W(r)?`<style type="text/css" data-primevue-style-id="${this.name}" ${i}>${r}</style>`:``}return``},getCommonThemeStyleSheet:function(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return G.getCommonStyleSheet(this.name,e,t)},getThemeStyleSheet:function(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=[G.getStyleSheet(this.name,e,t)];if(this.style){var r=this.name===`base`?`global-style`:`${this.name}-style`,i=zl(ru||=hu([``,``]),Zc(this.style,{dt:Ll})),a=al(G.transformCSS(r,i)),o=Object.entries(t).reduce(function(e,t){var n=iu(t,2),r=n[0],i=n[1];return e.push(`${r}="${i}"`)&&e},[]).join(` `);W(a)&&n.push(`<style type="text/css" data-primevue-style-id="${r}" ${o}>${a}</style>`)}return n.join(``)},extend:function(e){return du(du({},this),{},{css:void 0,style:void 0},e)}};function gu(){return`${arguments.length>0&&arguments[0]!==void 0?arguments[0]:`pc`}${Tr().replace(`v-`,``).replaceAll(`-`,`_`)}`}var _u=K.extend({name:`common`});function vu(e){"@babel/helpers - typeof";return vu=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},vu(e)}function yu(e){return Eu(e)||bu(e)||Cu(e)||Su()}function bu(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function xu(e,t){return Eu(e)||Tu(e,t)||Cu(e,t)||Su()}function Su(){throw TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Cu(e,t){if(e){if(typeof e==`string`)return wu(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?wu(e,t):void 0}}function wu(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function Tu(e,t){var n=e==null?null:typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(n!=null){var r,i,a,o,s=[],c=!0,l=!1;try{if(a=(n=n.call(e)).next,t===0){if(Object(n)!==n)return;c=!1}else for(;!(c=(r=a.call(n)).done)&&(s.push(r.value),s.length!==t);c=!0);}catch(e){l=!0,i=e}finally{try{if(!c&&n.return!=null&&(o=n.return(),Object(o)!==o))return}finally{if(l)throw i}}return s}}function Eu(e){if(Array.isArray(e))return e}function Du(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function q(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?Du(Object(n),!0).forEach(function(t){Ou(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):Du(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function Ou(e,t,n){return(t=ku(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function ku(e){var t=Au(e,`string`);return vu(t)==`symbol`?t:t+``}function Au(e,t){if(vu(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(vu(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var ju={name:`BaseComponent`,props:{pt:{type:Object,default:void 0},ptOptions:{type:Object,default:void 0},unstyled:{type:Boolean,default:void 0},dt:{type:Object,default:void 0}},inject:{$parentInstance:{default:void 0}},watch:{isUnstyled:{immediate:!0,handler:function(e){Sl.off(`theme:change`,this._loadCoreStyles),e||(this._loadCoreStyles(),this._themeChangeListener(this._loadCoreStyles))}},dt:{immediate:!0,handler:function(e,t){var n=this;Sl.off(`theme:change`,this._themeScopedListener),e?(this._loadScopedThemeStyles(e),this._themeScopedListener=function(){return n._loadScopedThemeStyles(e)},this._themeChangeListener(this._themeScopedListener)):this._unloadScopedThemeStyles()}}},scopedStyleEl:void 0,rootEl:void 0,uid:void 0,$attrSelector:void 0,beforeCreate:function(){var e,t,n,r,i,a,o,s,c,l,u=this.pt?._usept,d=u?(e=this.pt)==null||(e=e.originalValue)==null?void 0:e[this.$.type.name]:void 0;(n=(u?(t=this.pt)==null||(t=t.value)==null?void 0:t[this.$.type.name]:this.pt)||d)==null||(n=n.hooks)==null||(r=n.onBeforeCreate)==null||r.call(n);var f=(i=this.$primevueConfig)==null||(i=i.pt)==null?void 0:i._usept,p=f?(a=this.$primevue)==null||(a=a.config)==null||(a=a.pt)==null?void 0:a.originalValue:void 0;(c=(f?(o=this.$primevue)==null||(o=o.config)==null||(o=o.pt)==null?void 0:o.value:(s=this.$primevue)==null||(s=s.config)==null?void 0:s.pt)||p)==null||(c=c[this.$.type.name])==null||(c=c.hooks)==null||(l=c.onBeforeCreate)==null||l.call(c),this.$attrSelector=gu(),this.uid=this.$attrs.id||this.$attrSelector.replace(`pc`,`pv_id_`)},created:function(){this._hook(`onCreated`)},beforeMount:function(){this.rootEl=Ec(Sc(this.$el)?this.$el:this.$el?.parentElement,`[${this.$attrSelector}]`),this.rootEl&&(this.rootEl.$pc=q({name:this.$.type.name,attrSelector:this.$attrSelector},this.$params)),this._loadStyles(),this._hook(`onBeforeMount`)},mounted:function(){this._hook(`onMounted`)},beforeUpdate:function(){this._hook(`onBeforeUpdate`)},updated:function(){this._hook(`onUpdated`)},beforeUnmount:function(){this._hook(`onBeforeUnmount`)},unmounted:function(){this._removeThemeListeners(),this._unloadScopedThemeStyles(),this._hook(`onUnmounted`)},methods:{_hook:function(e){if(!this.$options.hostName){var t=this._usePT(this._getPT(this.pt,this.$.type.name),this._getOptionValue,`hooks.${e}`),n=this._useDefaultPT(this._getOptionValue,`hooks.${e}`);t?.(),n?.()}},_mergeProps:function(e){var t=[...arguments].slice(1);return qc(e)?e.apply(void 0,t):V.apply(void 0,t)},_load:function(){Hl.isStyleNameLoaded(`base`)||(K.loadCSS(this.$styleOptions),this._loadGlobalStyles(),Hl.setLoadedStyleName(`base`)),this._loadThemeStyles()},_loadStyles:function(){this._load(),this._themeChangeListener(this._load)},_loadCoreStyles:function(){var e;!Hl.isStyleNameLoaded(this.$style?.name)&&(e=this.$style)!=null&&e.name&&(_u.loadCSS(this.$styleOptions),this.$options.style&&this.$style.loadCSS(this.$styleOptions),Hl.setLoadedStyleName(this.$style.name))},_loadGlobalStyles:function(){var e=this._useGlobalPT(this._getOptionValue,`global.css`,this.$params);W(e)&&K.load(e,q({name:`global`},this.$styleOptions))},_loadThemeStyles:function(){var e;if(!(this.isUnstyled||this.$theme===`none`)){if(!G.isStyleNameLoaded(`common`)){var t,n,r=((t=this.$style)==null||(n=t.getCommonTheme)==null?void 0:n.call(t))||{},i=r.primitive,a=r.semantic,o=r.global,s=r.style;K.load(i?.css,q({name:`primitive-variables`},this.$styleOptions)),K.load(a?.css,q({name:`semantic-variables`},this.$styleOptions)),K.load(o?.css,q({name:`global-variables`},this.$styleOptions)),K.loadStyle(q({name:`global-style`},this.$styleOptions),s),G.setLoadedStyleName(`common`)}if(!G.isStyleNameLoaded(this.$style?.name)&&(e=this.$style)!=null&&e.name){var c,l,u,d,f=((c=this.$style)==null||(l=c.getComponentTheme)==null?void 0:l.call(c))||{},p=f.css,m=f.style;(u=this.$style)==null||u.load(p,q({name:`${this.$style.name}-variables`},this.$styleOptions)),(d=this.$style)==null||d.loadStyle(q({name:`${this.$style.name}-style`},this.$styleOptions),m),G.setLoadedStyleName(this.$style.name)}if(!G.isStyleNameLoaded(`layer-order`)){var h,g,_=(h=this.$style)==null||(g=h.getLayerOrderThemeCSS)==null?void 0:g.call(h);K.load(_,q({name:`layer-order`,first:!0},this.$styleOptions)),G.setLoadedStyleName(`layer-order`)}}},_loadScopedThemeStyles:function(e){var t,n,r=(((t=this.$style)==null||(n=t.getPresetTheme)==null?void 0:n.call(t,e,`[${this.$attrSelector}]`))||{}).css,i=this.$style?.load(r,q({name:`${this.$attrSelector}-${this.$style.name}`},this.$styleOptions));this.scopedStyleEl=i.el},_unloadScopedThemeStyles:function(){var e;(e=this.scopedStyleEl)==null||(e=e.value)==null||e.remove()},_themeChangeListener:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:function(){};Hl.clearLoadedStyleNames(),Sl.on(`theme:change`,e)},_removeThemeListeners:function(){Sl.off(`theme:change`,this._loadCoreStyles),Sl.off(`theme:change`,this._load),Sl.off(`theme:change`,this._themeScopedListener)},_getHostInstance:function(e){return e?this.$options.hostName?e.$.type.name===this.$options.hostName?e:this._getHostInstance(e.$parentInstance):e.$parentInstance:void 0},_getPropValue:function(e){return this[e]||this._getHostInstance(this)?.[e]},_getOptionValue:function(e){return el(e,arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,arguments.length>2&&arguments[2]!==void 0?arguments[2]:{})},_getPTValue:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,n=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{},r=arguments.length>3&&arguments[3]!==void 0?arguments[3]:!0,i=/./g.test(t)&&!!n[t.split(`.`)[0]],a=this._getPropValue(`ptOptions`)||this.$primevueConfig?.ptOptions||{},o=a.mergeSections,s=o===void 0||o,c=a.mergeProps,l=c!==void 0&&c,u=r?i?this._useGlobalPT(this._getPTClassValue,t,n):this._useDefaultPT(this._getPTClassValue,t,n):void 0,d=i?void 0:this._getPTSelf(e,this._getPTClassValue,t,q(q({},n),{},{global:u||{}})),f=this._getPTDatasets(t);return s||!s&&d?l?this._mergeProps(l,u,d,f):q(q(q({},u),d),f):q(q({},d),f)},_getPTSelf:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=[...arguments].slice(1);return V(this._usePT.apply(this,[this._getPT(e,this.$name)].concat(t)),this._usePT.apply(this,[this.$_attrsPT].concat(t)))},_getPTDatasets:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=`data-pc-`,n=e===`root`&&W(this.pt?.[`data-pc-section`]);return e!==`transition`&&q(q({},e===`root`&&q(q(Ou({},`${t}name`,$c(n?this.pt?.[`data-pc-section`]:this.$.type.name)),n&&Ou({},`${t}extend`,$c(this.$.type.name))),{},Ou({},`${this.$attrSelector}`,``))),{},Ou({},`${t}section`,$c(e)))},_getPTClassValue:function(){var e=this._getOptionValue.apply(this,arguments);return Qc(e)||tl(e)?{class:e}:e},_getPT:function(e){var t=this,n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,r=arguments.length>2?arguments[2]:void 0,i=function(e){var i=arguments.length>1&&arguments[1]!==void 0&&arguments[1],a=r?r(e):e,o=$c(n),s=$c(t.$name);return(i&&o===s?void 0:a?.[o])??a};return e!=null&&e.hasOwnProperty(`_usept`)?{_usept:e._usept,originalValue:i(e.originalValue),value:i(e.value)}:i(e,!0)},_usePT:function(e,t,n,r){var i=function(e){return t(e,n,r)};if(e!=null&&e.hasOwnProperty(`_usept`)){var a=e._usept||this.$primevueConfig?.ptOptions||{},o=a.mergeSections,s=o===void 0||o,c=a.mergeProps,l=c!==void 0&&c,u=i(e.originalValue),d=i(e.value);return u===void 0&&d===void 0?void 0:Qc(d)?d:Qc(u)?u:s||!s&&d?l?this._mergeProps(l,u,d):q(q({},u),d):d}return i(e)},_useGlobalPT:function(e,t,n){return this._usePT(this.globalPT,e,t,n)},_useDefaultPT:function(e,t,n){return this._usePT(this.defaultPT,e,t,n)},ptm:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return this._getPTValue(this.pt,e,q(q({},this.$params),t))},ptmi:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=V(this.$_attrsWithoutPT,this.ptm(e,t));return n!=null&&n.hasOwnProperty(`id`)&&(n.id??=this.$id),n},ptmo:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,n=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{};return this._getPTValue(e,t,q({instance:this},n),!1)},cx:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return this.isUnstyled?void 0:this._getOptionValue(this.$style.classes,e,q(q({},this.$params),t))},sx:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:!0,n=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{};if(t){var r=this._getOptionValue(this.$style.inlineStyles,e,q(q({},this.$params),n));return[this._getOptionValue(_u.inlineStyles,e,q(q({},this.$params),n)),r]}}},computed:{globalPT:function(){var e=this;return this._getPT(this.$primevueConfig?.pt,void 0,function(t){return Zc(t,{instance:e})})},defaultPT:function(){var e=this;return this._getPT(this.$primevueConfig?.pt,void 0,function(t){return e._getOptionValue(t,e.$name,q({},e.$params))||Zc(t,q({},e.$params))})},isUnstyled:function(){return this.unstyled===void 0?this.$primevueConfig?.unstyled:this.unstyled},$id:function(){return this.$attrs.id||this.uid},$inProps:function(){var e=Object.keys(this.$.vnode?.props||{});return Object.fromEntries(Object.entries(this.$props).filter(function(t){var n=xu(t,1)[0];return e?.includes(n)}))},$theme:function(){return this.$primevueConfig?.theme},$style:function(){return q(q({classes:void 0,inlineStyles:void 0,load:function(){},loadCSS:function(){},loadStyle:function(){}},(this._getHostInstance(this)||{}).$style),this.$options.style)},$styleOptions:function(){var e;return{nonce:(e=this.$primevueConfig)==null||(e=e.csp)==null?void 0:e.nonce}},$primevueConfig:function(){return this.$primevue?.config},$name:function(){return this.$options.hostName||this.$.type.name},$params:function(){var e=this._getHostInstance(this)||this.$parent;return{instance:this,props:this.$props,state:this.$data,attrs:this.$attrs,parent:{instance:e,props:e?.$props,state:e?.$data,attrs:e?.$attrs}}},$_attrsPT:function(){return Object.entries(this.$attrs||{}).filter(function(e){return xu(e,1)[0]?.startsWith(`pt:`)}).reduce(function(e,t){var n=xu(t,2),r=n[0],i=n[1];return wu(yu(r.split(`:`))).slice(1)?.reduce(function(e,t,n,r){return!e[t]&&(e[t]=n===r.length-1?i:{}),e[t]},e),e},{})},$_attrsWithoutPT:function(){return Object.entries(this.$attrs||{}).filter(function(e){var t=xu(e,1)[0];return!(t!=null&&t.startsWith(`pt:`))}).reduce(function(e,t){var n=xu(t,2),r=n[0];return e[r]=n[1],e},{})}}},Mu=K.extend({name:`baseicon`,css:`
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
`});function Nu(e){"@babel/helpers - typeof";return Nu=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Nu(e)}function Pu(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function Fu(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?Pu(Object(n),!0).forEach(function(t){Iu(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):Pu(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function Iu(e,t,n){return(t=Lu(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Lu(e){var t=Ru(e,`string`);return Nu(t)==`symbol`?t:t+``}function Ru(e,t){if(Nu(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Nu(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var zu={name:`BaseIcon`,extends:ju,props:{label:{type:String,default:void 0},spin:{type:Boolean,default:!1}},style:Mu,provide:function(){return{$pcIcon:this,$parentInstance:this}},methods:{pti:function(){var e=Kc(this.label);return Fu(Fu({},!this.isUnstyled&&{class:[`p-icon`,{"p-icon-spin":this.spin}]}),{},{role:e?void 0:`img`,"aria-label":e?void 0:this.label,"aria-hidden":e})}}},Bu={name:`SpinnerIcon`,extends:zu};function Vu(e){return Gu(e)||Wu(e)||Uu(e)||Hu()}function Hu(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Uu(e,t){if(e){if(typeof e==`string`)return Ku(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Ku(e,t):void 0}}function Wu(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function Gu(e){if(Array.isArray(e))return Ku(e)}function Ku(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function qu(e,t,n,r,i,a){return F(),I(`svg`,V({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),Vu(t[0]||=[R(`path`,{d:`M6.99701 14C5.85441 13.999 4.72939 13.7186 3.72012 13.1832C2.71084 12.6478 1.84795 11.8737 1.20673 10.9284C0.565504 9.98305 0.165424 8.89526 0.041387 7.75989C-0.0826496 6.62453 0.073125 5.47607 0.495122 4.4147C0.917119 3.35333 1.59252 2.4113 2.46241 1.67077C3.33229 0.930247 4.37024 0.413729 5.4857 0.166275C6.60117 -0.0811796 7.76026 -0.0520535 8.86188 0.251112C9.9635 0.554278 10.9742 1.12227 11.8057 1.90555C11.915 2.01493 11.9764 2.16319 11.9764 2.31778C11.9764 2.47236 11.915 2.62062 11.8057 2.73C11.7521 2.78503 11.688 2.82877 11.6171 2.85864C11.5463 2.8885 11.4702 2.90389 11.3933 2.90389C11.3165 2.90389 11.2404 2.8885 11.1695 2.85864C11.0987 2.82877 11.0346 2.78503 10.9809 2.73C9.9998 1.81273 8.73246 1.26138 7.39226 1.16876C6.05206 1.07615 4.72086 1.44794 3.62279 2.22152C2.52471 2.99511 1.72683 4.12325 1.36345 5.41602C1.00008 6.70879 1.09342 8.08723 1.62775 9.31926C2.16209 10.5513 3.10478 11.5617 4.29713 12.1803C5.48947 12.7989 6.85865 12.988 8.17414 12.7157C9.48963 12.4435 10.6711 11.7264 11.5196 10.6854C12.3681 9.64432 12.8319 8.34282 12.8328 7C12.8328 6.84529 12.8943 6.69692 13.0038 6.58752C13.1132 6.47812 13.2616 6.41667 13.4164 6.41667C13.5712 6.41667 13.7196 6.47812 13.8291 6.58752C13.9385 6.69692 14 6.84529 14 7C14 8.85651 13.2622 10.637 11.9489 11.9497C10.6356 13.2625 8.85432 14 6.99701 14Z`,fill:`currentColor`},null,-1)]),16)}Bu.render=qu;var Ju=K.extend({name:`badge`,style:`
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
`,classes:{root:function(e){var t=e.props,n=e.instance;return[`p-badge p-component`,{"p-badge-circle":W(t.value)&&String(t.value).length===1,"p-badge-dot":Kc(t.value)&&!n.$slots.default,"p-badge-sm":t.size===`small`,"p-badge-lg":t.size===`large`,"p-badge-xl":t.size===`xlarge`,"p-badge-info":t.severity===`info`,"p-badge-success":t.severity===`success`,"p-badge-warn":t.severity===`warn`,"p-badge-danger":t.severity===`danger`,"p-badge-secondary":t.severity===`secondary`,"p-badge-contrast":t.severity===`contrast`}]}}}),Yu={name:`BaseBadge`,extends:ju,props:{value:{type:[String,Number],default:null},severity:{type:String,default:null},size:{type:String,default:null}},style:Ju,provide:function(){return{$pcBadge:this,$parentInstance:this}}};function Xu(e){"@babel/helpers - typeof";return Xu=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Xu(e)}function Zu(e,t,n){return(t=Qu(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Qu(e){var t=$u(e,`string`);return Xu(t)==`symbol`?t:t+``}function $u(e,t){if(Xu(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Xu(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var ed={name:`Badge`,extends:Yu,inheritAttrs:!1,computed:{dataP:function(){return lc(Zu(Zu({circle:this.value!=null&&String(this.value).length===1,empty:this.value==null&&!this.$slots.default},this.severity,this.severity),this.size,this.size))}}},td=[`data-p`];function nd(e,t,n,r,i,a){return F(),I(`span`,V({class:e.cx(`root`),"data-p":a.dataP},e.ptmi(`root`)),[M(e.$slots,`default`,{},function(){return[Fa(D(e.value),1)]})],16,td)}ed.render=nd;var rd=zc();function id(e){"@babel/helpers - typeof";return id=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},id(e)}function ad(e,t){return ud(e)||ld(e,t)||sd(e,t)||od()}function od(){throw TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function sd(e,t){if(e){if(typeof e==`string`)return cd(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?cd(e,t):void 0}}function cd(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function ld(e,t){var n=e==null?null:typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(n!=null){var r,i,a,o,s=[],c=!0,l=!1;try{if(a=(n=n.call(e)).next,t!==0)for(;!(c=(r=a.call(n)).done)&&(s.push(r.value),s.length!==t);c=!0);}catch(e){l=!0,i=e}finally{try{if(!c&&n.return!=null&&(o=n.return(),Object(o)!==o))return}finally{if(l)throw i}}return s}}function ud(e){if(Array.isArray(e))return e}function dd(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function J(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?dd(Object(n),!0).forEach(function(t){fd(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):dd(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function fd(e,t,n){return(t=pd(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function pd(e){var t=md(e,`string`);return id(t)==`symbol`?t:t+``}function md(e,t){if(id(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(id(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Y={_getMeta:function(){return[Jc(arguments.length<=0?void 0:arguments[0])||arguments.length<=0?void 0:arguments[0],Zc(Jc(arguments.length<=0?void 0:arguments[0])?arguments.length<=0?void 0:arguments[0]:arguments.length<=1?void 0:arguments[1])]},_getConfig:function(e,t){var n,r;return((e==null||(n=e.instance)==null?void 0:n.$primevue)||(t==null||(r=t.ctx)==null||(r=r.appContext)==null||(r=r.config)==null||(r=r.globalProperties)==null?void 0:r.$primevue))?.config},_getOptionValue:el,_getPTValue:function(){var e,t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},r=arguments.length>2&&arguments[2]!==void 0?arguments[2]:``,i=arguments.length>3&&arguments[3]!==void 0?arguments[3]:{},a=arguments.length>4&&arguments[4]!==void 0?arguments[4]:!0,o=function(){var e=Y._getOptionValue.apply(Y,arguments);return Qc(e)||tl(e)?{class:e}:e},s=((e=t.binding)==null||(e=e.value)==null?void 0:e.ptOptions)||t.$primevueConfig?.ptOptions||{},c=s.mergeSections,l=c===void 0||c,u=s.mergeProps,d=u!==void 0&&u,f=a?Y._useDefaultPT(t,t.defaultPT(),o,r,i):void 0,p=Y._usePT(t,Y._getPT(n,t.$name),o,r,J(J({},i),{},{global:f||{}})),m=Y._getPTDatasets(t,r);return l||!l&&p?d?Y._mergeProps(t,d,f,p,m):J(J(J({},f),p),m):J(J({},p),m)},_getPTDatasets:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,n=`data-pc-`;return J(J({},t===`root`&&fd({},`${n}name`,$c(e.$name))),{},fd({},`${n}section`,$c(t)))},_getPT:function(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,n=arguments.length>2?arguments[2]:void 0,r=function(e){var r=n?n(e):e,i=$c(t);return r?.[i]??r};return e&&Object.hasOwn(e,`_usept`)?{_usept:e._usept,originalValue:r(e.originalValue),value:r(e.value)}:r(e)},_usePT:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1?arguments[1]:void 0,n=arguments.length>2?arguments[2]:void 0,r=arguments.length>3?arguments[3]:void 0,i=arguments.length>4?arguments[4]:void 0,a=function(e){return n(e,r,i)};if(t&&Object.hasOwn(t,`_usept`)){var o=t._usept||e.$primevueConfig?.ptOptions||{},s=o.mergeSections,c=s===void 0||s,l=o.mergeProps,u=l!==void 0&&l,d=a(t.originalValue),f=a(t.value);return d===void 0&&f===void 0?void 0:Qc(f)?f:Qc(d)?d:c||!c&&f?u?Y._mergeProps(e,u,d,f):J(J({},d),f):f}return a(t)},_useDefaultPT:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=arguments.length>2?arguments[2]:void 0,r=arguments.length>3?arguments[3]:void 0,i=arguments.length>4?arguments[4]:void 0;return Y._usePT(e,t,n,r,i)},_loadStyles:function(){var e,t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1?arguments[1]:void 0,r=arguments.length>2?arguments[2]:void 0,i=Y._getConfig(n,r),a={nonce:i==null||(e=i.csp)==null?void 0:e.nonce};Y._loadCoreStyles(t,a),Y._loadThemeStyles(t,a),Y._loadScopedThemeStyles(t,a),Y._removeThemeListeners(t),t.$loadStyles=function(){return Y._loadThemeStyles(t,a)},Y._themeChangeListener(t.$loadStyles)},_loadCoreStyles:function(){var e,t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1?arguments[1]:void 0;if(!Hl.isStyleNameLoaded(t.$style?.name)&&(e=t.$style)!=null&&e.name){var r;K.loadCSS(n),(r=t.$style)==null||r.loadCSS(n),Hl.setLoadedStyleName(t.$style.name)}},_loadThemeStyles:function(){var e,t,n=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},r=arguments.length>1?arguments[1]:void 0;if(!(n!=null&&n.isUnstyled()||(n==null||(e=n.theme)==null?void 0:e.call(n))===`none`)){if(!G.isStyleNameLoaded(`common`)){var i,a,o=((i=n.$style)==null||(a=i.getCommonTheme)==null?void 0:a.call(i))||{},s=o.primitive,c=o.semantic,l=o.global,u=o.style;K.load(s?.css,J({name:`primitive-variables`},r)),K.load(c?.css,J({name:`semantic-variables`},r)),K.load(l?.css,J({name:`global-variables`},r)),K.loadStyle(J({name:`global-style`},r),u),G.setLoadedStyleName(`common`)}if(!G.isStyleNameLoaded(n.$style?.name)&&(t=n.$style)!=null&&t.name){var d,f,p,m,h=((d=n.$style)==null||(f=d.getDirectiveTheme)==null?void 0:f.call(d))||{},g=h.css,_=h.style;(p=n.$style)==null||p.load(g,J({name:`${n.$style.name}-variables`},r)),(m=n.$style)==null||m.loadStyle(J({name:`${n.$style.name}-style`},r),_),G.setLoadedStyleName(n.$style.name)}if(!G.isStyleNameLoaded(`layer-order`)){var v,y,b=(v=n.$style)==null||(y=v.getLayerOrderThemeCSS)==null?void 0:y.call(v);K.load(b,J({name:`layer-order`,first:!0},r)),G.setLoadedStyleName(`layer-order`)}}},_loadScopedThemeStyles:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1?arguments[1]:void 0,n=e.preset();if(n&&e.$attrSelector){var r,i,a=(((r=e.$style)==null||(i=r.getPresetTheme)==null?void 0:i.call(r,n,`[${e.$attrSelector}]`))||{}).css;e.scopedStyleEl=(e.$style?.load(a,J({name:`${e.$attrSelector}-${e.$style.name}`},t))).el}},_themeChangeListener:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:function(){};Hl.clearLoadedStyleNames(),Sl.on(`theme:change`,e)},_removeThemeListeners:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{};Sl.off(`theme:change`,e.$loadStyles),e.$loadStyles=void 0},_hook:function(e,t,n,r,i,a){var o,s,c=`on${ol(t)}`,l=Y._getConfig(r,i),u=n?.$instance,d=Y._usePT(u,Y._getPT(r==null||(o=r.value)==null?void 0:o.pt,e),Y._getOptionValue,`hooks.${c}`),f=Y._useDefaultPT(u,l==null||(s=l.pt)==null||(s=s.directives)==null?void 0:s[e],Y._getOptionValue,`hooks.${c}`),p={el:n,binding:r,vnode:i,prevVnode:a};d?.(u,p),f?.(u,p)},_mergeProps:function(){var e=arguments.length>1?arguments[1]:void 0,t=[...arguments].slice(2);return qc(e)?e.apply(void 0,t):V.apply(void 0,t)},_extend:function(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=function(n,r,i,a,o){var s,c,l;r._$instances=r._$instances||{};var u=Y._getConfig(i,a),d=r._$instances[e]||{},f=Kc(d)?J(J({},t),t?.methods):{};r._$instances[e]=J(J({},d),{},{$name:e,$host:r,$binding:i,$modifiers:i?.modifiers,$value:i?.value,$el:d.$el||r||void 0,$style:J({classes:void 0,inlineStyles:void 0,load:function(){},loadCSS:function(){},loadStyle:function(){}},t?.style),$primevueConfig:u,$attrSelector:(s=r.$pd)==null||(s=s[e])==null?void 0:s.attrSelector,defaultPT:function(){return Y._getPT(u?.pt,void 0,function(t){var n;return t==null||(n=t.directives)==null?void 0:n[e]})},isUnstyled:function(){var t,n;return((t=r._$instances[e])==null||(t=t.$binding)==null||(t=t.value)==null?void 0:t.unstyled)===void 0?u?.unstyled:(n=r._$instances[e])==null||(n=n.$binding)==null||(n=n.value)==null?void 0:n.unstyled},theme:function(){var t;return(t=r._$instances[e])==null||(t=t.$primevueConfig)==null?void 0:t.theme},preset:function(){var t;return(t=r._$instances[e])==null||(t=t.$binding)==null||(t=t.value)==null?void 0:t.dt},ptm:function(){var t,n=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,i=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return Y._getPTValue(r._$instances[e],(t=r._$instances[e])==null||(t=t.$binding)==null||(t=t.value)==null?void 0:t.pt,n,J({},i))},ptmo:function(){var t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,i=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{};return Y._getPTValue(r._$instances[e],t,n,i,!1)},cx:function(){var t,n,i=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,a=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return(t=r._$instances[e])!=null&&t.isUnstyled()?void 0:Y._getOptionValue((n=r._$instances[e])==null||(n=n.$style)==null?void 0:n.classes,i,J({},a))},sx:function(){var t,n=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,i=arguments.length>1&&arguments[1]!==void 0?arguments[1]:!0,a=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{};return i?Y._getOptionValue((t=r._$instances[e])==null||(t=t.$style)==null?void 0:t.inlineStyles,n,J({},a)):void 0}},f),r.$instance=r._$instances[e],(c=(l=r.$instance)[n])==null||c.call(l,r,i,a,o),r[`$${e}`]=r.$instance,Y._hook(e,n,r,i,a,o),r.$pd||={},r.$pd[e]=J(J({},r.$pd?.[e]),{},{name:e,instance:r._$instances[e]})},r=function(t){var n,r,i,a=t._$instances[e],o=a?.watch,s=function(e){var t,n=e.newValue,r=e.oldValue;return o==null||(t=o.config)==null?void 0:t.call(a,n,r)},c=function(e){var t,n=e.newValue,r=e.oldValue;return o==null||(t=o[`config.ripple`])==null?void 0:t.call(a,n,r)};a.$watchersCallback={config:s,"config.ripple":c},o==null||(n=o.config)==null||n.call(a,a?.$primevueConfig),rd.on(`config:change`,s),o==null||(r=o[`config.ripple`])==null||r.call(a,a==null||(i=a.$primevueConfig)==null?void 0:i.ripple),rd.on(`config:ripple:change`,c)},i=function(t){var n=t._$instances[e].$watchersCallback;n&&(rd.off(`config:change`,n.config),rd.off(`config:ripple:change`,n[`config.ripple`]),t._$instances[e].$watchersCallback=void 0)};return{created:function(t,r,i,a){t.$pd||={},t.$pd[e]={name:e,attrSelector:ll(`pd`)},n(`created`,t,r,i,a)},beforeMount:function(t,i,a,o){Y._loadStyles(t.$pd[e]?.instance,i,a),n(`beforeMount`,t,i,a,o),r(t)},mounted:function(t,r,i,a){Y._loadStyles(t.$pd[e]?.instance,r,i),n(`mounted`,t,r,i,a)},beforeUpdate:function(e,t,r,i){n(`beforeUpdate`,e,t,r,i)},updated:function(t,r,i,a){Y._loadStyles(t.$pd[e]?.instance,r,i),n(`updated`,t,r,i,a)},beforeUnmount:function(t,r,a,o){i(t),Y._removeThemeListeners(t.$pd[e]?.instance),n(`beforeUnmount`,t,r,a,o)},unmounted:function(t,r,i,a){var o;(o=t.$pd[e])==null||(o=o.instance)==null||(o=o.scopedStyleEl)==null||(o=o.value)==null||o.remove(),n(`unmounted`,t,r,i,a)}}},extend:function(){var e=ad(Y._getMeta.apply(Y,arguments),2),t=e[0],n=e[1];return J({extend:function(){var e=ad(Y._getMeta.apply(Y,arguments),2),t=e[0],r=e[1];return Y.extend(t,J(J(J({},n),n?.methods),r))}},Y._extend(t,n))}},hd=K.extend({name:`ripple-directive`,style:`
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
`,classes:{root:`p-ink`}}),gd=Y.extend({style:hd});function _d(e){"@babel/helpers - typeof";return _d=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},_d(e)}function vd(e){return Sd(e)||xd(e)||bd(e)||yd()}function yd(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function bd(e,t){if(e){if(typeof e==`string`)return Cd(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Cd(e,t):void 0}}function xd(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function Sd(e){if(Array.isArray(e))return Cd(e)}function Cd(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function wd(e,t,n){return(t=Td(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Td(e){var t=Ed(e,`string`);return _d(t)==`symbol`?t:t+``}function Ed(e,t){if(_d(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(_d(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Dd=gd.extend(`ripple`,{watch:{"config.ripple":function(e){e?(this.createRipple(this.$host),this.bindEvents(this.$host),this.$host.setAttribute(`data-pd-ripple`,!0),this.$host.style.overflow=`hidden`,this.$host.style.position=`relative`):(this.remove(this.$host),this.$host.removeAttribute(`data-pd-ripple`))}},unmounted:function(e){this.remove(e)},timeout:void 0,methods:{bindEvents:function(e){e.addEventListener(`mousedown`,this.onMouseDown.bind(this))},unbindEvents:function(e){e.removeEventListener(`mousedown`,this.onMouseDown.bind(this))},createRipple:function(e){var t=this.getInk(e);t||(t=wc(`span`,wd(wd({role:`presentation`,"aria-hidden":!0,"data-p-ink":!0,"data-p-ink-active":!1,class:!this.isUnstyled()&&this.cx(`root`),onAnimationEnd:this.onAnimationEnd.bind(this)},this.$attrSelector,``),`p-bind`,this.ptm(`root`))),e.appendChild(t),this.$el=t)},remove:function(e){var t=this.getInk(e);t&&(this.$host.style.overflow=``,this.$host.style.position=``,this.unbindEvents(e),t.removeEventListener(`animationend`,this.onAnimationEnd),t.remove())},onMouseDown:function(e){var t=this,n=e.currentTarget,r=this.getInk(n);if(r&&getComputedStyle(r,null).display!==`none`){if(!this.isUnstyled()&&mc(r,`p-ink-active`),r.setAttribute(`data-p-ink-active`,`false`),!jc(r)&&!Fc(r)){var i=Math.max(yc(n),Pc(n));r.style.height=i+`px`,r.style.width=i+`px`}var a=Nc(n),o=e.pageX-a.left+document.body.scrollTop-Fc(r)/2,s=e.pageY-a.top+document.body.scrollLeft-jc(r)/2;r.style.top=s+`px`,r.style.left=o+`px`,!this.isUnstyled()&&dc(r,`p-ink-active`),r.setAttribute(`data-p-ink-active`,`true`),this.timeout=setTimeout(function(){r&&(!t.isUnstyled()&&mc(r,`p-ink-active`),r.setAttribute(`data-p-ink-active`,`false`))},401)}},onAnimationEnd:function(e){this.timeout&&clearTimeout(this.timeout),!this.isUnstyled()&&mc(e.currentTarget,`p-ink-active`),e.currentTarget.setAttribute(`data-p-ink-active`,`false`)},getInk:function(e){return e&&e.children?vd(e.children).find(function(e){return Oc(e,`data-pc-name`)===`ripple`}):void 0}}}),Od=`
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
`;function kd(e){"@babel/helpers - typeof";return kd=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},kd(e)}function Ad(e,t,n){return(t=jd(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function jd(e){var t=Md(e,`string`);return kd(t)==`symbol`?t:t+``}function Md(e,t){if(kd(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(kd(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Nd=K.extend({name:`button`,style:Od,classes:{root:function(e){var t=e.instance,n=e.props;return[`p-button p-component`,Ad(Ad(Ad(Ad(Ad(Ad(Ad(Ad(Ad({"p-button-icon-only":t.hasIcon&&!n.label&&!n.badge,"p-button-vertical":(n.iconPos===`top`||n.iconPos===`bottom`)&&n.label,"p-button-loading":n.loading,"p-button-link":n.link||n.variant===`link`},`p-button-${n.severity}`,n.severity),`p-button-raised`,n.raised),`p-button-rounded`,n.rounded),`p-button-text`,n.text||n.variant===`text`),`p-button-outlined`,n.outlined||n.variant===`outlined`),`p-button-sm`,n.size===`small`),`p-button-lg`,n.size===`large`),`p-button-plain`,n.plain),`p-button-fluid`,t.hasFluid)]},loadingIcon:`p-button-loading-icon`,icon:function(e){var t=e.props;return[`p-button-icon`,Ad({},`p-button-icon-${t.iconPos}`,t.label)]},label:`p-button-label`}}),Pd={name:`BaseButton`,extends:ju,props:{label:{type:String,default:null},icon:{type:String,default:null},iconPos:{type:String,default:`left`},iconClass:{type:[String,Object],default:null},badge:{type:String,default:null},badgeClass:{type:[String,Object],default:null},badgeSeverity:{type:String,default:`secondary`},loading:{type:Boolean,default:!1},loadingIcon:{type:String,default:void 0},as:{type:[String,Object],default:`BUTTON`},asChild:{type:Boolean,default:!1},link:{type:Boolean,default:!1},severity:{type:String,default:null},raised:{type:Boolean,default:!1},rounded:{type:Boolean,default:!1},text:{type:Boolean,default:!1},outlined:{type:Boolean,default:!1},size:{type:String,default:null},variant:{type:String,default:null},plain:{type:Boolean,default:!1},fluid:{type:Boolean,default:null}},style:Nd,provide:function(){return{$pcButton:this,$parentInstance:this}}};function Fd(e){"@babel/helpers - typeof";return Fd=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Fd(e)}function Id(e,t,n){return(t=Ld(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Ld(e){var t=Rd(e,`string`);return Fd(t)==`symbol`?t:t+``}function Rd(e,t){if(Fd(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Fd(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var zd={name:`Button`,extends:Pd,inheritAttrs:!1,inject:{$pcFluid:{default:null}},methods:{getPTOptions:function(e){return(e===`root`?this.ptmi:this.ptm)(e,{context:{disabled:this.disabled}})}},computed:{disabled:function(){return this.$attrs.disabled||this.$attrs.disabled===``||this.loading},defaultAriaLabel:function(){return this.label?this.label+(this.badge?` `+this.badge:``):this.$attrs.ariaLabel},hasIcon:function(){return this.icon||this.$slots.icon},attrs:function(){return V(this.asAttrs,this.a11yAttrs,this.getPTOptions(`root`))},asAttrs:function(){return this.as===`BUTTON`?{type:`button`,disabled:this.disabled}:void 0},a11yAttrs:function(){return{"aria-label":this.defaultAriaLabel,"data-pc-name":`button`,"data-p-disabled":this.disabled,"data-p-severity":this.severity}},hasFluid:function(){return Kc(this.fluid)?!!this.$pcFluid:this.fluid},dataP:function(){return lc(Id(Id(Id(Id(Id(Id(Id(Id(Id(Id({},this.size,this.size),`icon-only`,this.hasIcon&&!this.label&&!this.badge),`loading`,this.loading),`fluid`,this.hasFluid),`rounded`,this.rounded),`raised`,this.raised),`outlined`,this.outlined||this.variant===`outlined`),`text`,this.text||this.variant===`text`),`link`,this.link||this.variant===`link`),`vertical`,(this.iconPos===`top`||this.iconPos===`bottom`)&&this.label))},dataIconP:function(){return lc(Id(Id({},this.iconPos,this.iconPos),this.size,this.size))},dataLabelP:function(){return lc(Id(Id({},this.size,this.size),`icon-only`,this.hasIcon&&!this.label&&!this.badge))}},components:{SpinnerIcon:Bu,Badge:ed},directives:{ripple:Dd}},Bd=[`data-p`],Vd=[`data-p`];function Hd(e,t,n,r,i,a){var o=Zr(`SpinnerIcon`),s=Zr(`Badge`),c=ei(`ripple`);return e.asChild?M(e.$slots,`default`,{key:1,class:be(e.cx(`root`)),a11yAttrs:a.a11yAttrs}):Bn((F(),L($r(e.as),V({key:0,class:e.cx(`root`),"data-p":a.dataP},a.attrs),{default:zn(function(){return[M(e.$slots,`default`,{},function(){return[e.loading?M(e.$slots,`loadingicon`,V({key:0,class:[e.cx(`loadingIcon`),e.cx(`icon`)]},e.ptm(`loadingIcon`)),function(){return[e.loadingIcon?(F(),I(`span`,V({key:0,class:[e.cx(`loadingIcon`),e.cx(`icon`),e.loadingIcon]},e.ptm(`loadingIcon`)),null,16)):(F(),L(o,V({key:1,class:[e.cx(`loadingIcon`),e.cx(`icon`)],spin:``},e.ptm(`loadingIcon`)),null,16,[`class`]))]}):M(e.$slots,`icon`,V({key:1,class:[e.cx(`icon`)]},e.ptm(`icon`)),function(){return[e.icon?(F(),I(`span`,V({key:0,class:[e.cx(`icon`),e.icon,e.iconClass],"data-p":a.dataIconP},e.ptm(`icon`)),null,16,Bd)):B(``,!0)]}),e.label?(F(),I(`span`,V({key:2,class:e.cx(`label`)},e.ptm(`label`),{"data-p":a.dataLabelP}),D(e.label),17,Vd)):B(``,!0),e.badge?(F(),L(s,{key:3,value:e.badge,class:be(e.badgeClass),severity:e.badgeSeverity,unstyled:e.unstyled,pt:e.ptm(`pcBadge`)},null,8,[`value`,`class`,`severity`,`unstyled`,`pt`])):B(``,!0)]})]}),_:3},16,[`class`,`data-p`])),[[c]])}zd.render=Hd;var Ud={name:`TimesIcon`,extends:zu};function Wd(e){return Jd(e)||qd(e)||Kd(e)||Gd()}function Gd(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Kd(e,t){if(e){if(typeof e==`string`)return Yd(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Yd(e,t):void 0}}function qd(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function Jd(e){if(Array.isArray(e))return Yd(e)}function Yd(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function Xd(e,t,n,r,i,a){return F(),I(`svg`,V({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),Wd(t[0]||=[R(`path`,{d:`M8.01186 7.00933L12.27 2.75116C12.341 2.68501 12.398 2.60524 12.4375 2.51661C12.4769 2.42798 12.4982 2.3323 12.4999 2.23529C12.5016 2.13827 12.4838 2.0419 12.4474 1.95194C12.4111 1.86197 12.357 1.78024 12.2884 1.71163C12.2198 1.64302 12.138 1.58893 12.0481 1.55259C11.9581 1.51625 11.8617 1.4984 11.7647 1.50011C11.6677 1.50182 11.572 1.52306 11.4834 1.56255C11.3948 1.60204 11.315 1.65898 11.2488 1.72997L6.99067 5.98814L2.7325 1.72997C2.59553 1.60234 2.41437 1.53286 2.22718 1.53616C2.03999 1.53946 1.8614 1.61529 1.72901 1.74767C1.59663 1.88006 1.5208 2.05865 1.5175 2.24584C1.5142 2.43303 1.58368 2.61419 1.71131 2.75116L5.96948 7.00933L1.71131 11.2675C1.576 11.403 1.5 11.5866 1.5 11.7781C1.5 11.9696 1.576 12.1532 1.71131 12.2887C1.84679 12.424 2.03043 12.5 2.2219 12.5C2.41338 12.5 2.59702 12.424 2.7325 12.2887L6.99067 8.03052L11.2488 12.2887C11.3843 12.424 11.568 12.5 11.7594 12.5C11.9509 12.5 12.1346 12.424 12.27 12.2887C12.4053 12.1532 12.4813 11.9696 12.4813 11.7781C12.4813 11.5866 12.4053 11.403 12.27 11.2675L8.01186 7.00933Z`,fill:`currentColor`},null,-1)]),16)}Ud.render=Xd;var Zd=K.extend({name:`message`,style:`
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
`,classes:{root:function(e){var t=e.props;return[`p-message p-component p-message-`+t.severity,{"p-message-outlined":t.variant===`outlined`,"p-message-simple":t.variant===`simple`,"p-message-sm":t.size===`small`,"p-message-lg":t.size===`large`}]},contentWrapper:`p-message-content-wrapper`,content:`p-message-content`,icon:`p-message-icon`,text:`p-message-text`,closeButton:`p-message-close-button`,closeIcon:`p-message-close-icon`}}),Qd={name:`BaseMessage`,extends:ju,props:{severity:{type:String,default:`info`},closable:{type:Boolean,default:!1},life:{type:Number,default:null},icon:{type:String,default:void 0},closeIcon:{type:String,default:void 0},closeButtonProps:{type:null,default:null},size:{type:String,default:null},variant:{type:String,default:null}},style:Zd,provide:function(){return{$pcMessage:this,$parentInstance:this}}};function $d(e){"@babel/helpers - typeof";return $d=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},$d(e)}function ef(e,t,n){return(t=tf(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function tf(e){var t=nf(e,`string`);return $d(t)==`symbol`?t:t+``}function nf(e,t){if($d(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if($d(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var rf={name:`Message`,extends:Qd,inheritAttrs:!1,emits:[`close`,`life-end`],timeout:null,data:function(){return{visible:!0}},mounted:function(){var e=this;this.life&&setTimeout(function(){e.visible=!1,e.$emit(`life-end`)},this.life)},methods:{close:function(e){this.visible=!1,this.$emit(`close`,e)}},computed:{closeAriaLabel:function(){return this.$primevue.config.locale.aria?this.$primevue.config.locale.aria.close:void 0},dataP:function(){return lc(ef(ef({outlined:this.variant===`outlined`,simple:this.variant===`simple`},this.severity,this.severity),this.size,this.size))}},directives:{ripple:Dd},components:{TimesIcon:Ud}};function af(e){"@babel/helpers - typeof";return af=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},af(e)}function of(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function sf(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?of(Object(n),!0).forEach(function(t){cf(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):of(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function cf(e,t,n){return(t=lf(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function lf(e){var t=uf(e,`string`);return af(t)==`symbol`?t:t+``}function uf(e,t){if(af(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(af(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var df=[`data-p`],ff=[`data-p`],pf=[`data-p`],mf=[`aria-label`,`data-p`],hf=[`data-p`];function gf(e,t,n,r,i,a){var o=Zr(`TimesIcon`),s=ei(`ripple`);return F(),L(wo,V({name:`p-message`,appear:``},e.ptmi(`transition`)),{default:zn(function(){return[i.visible?(F(),I(`div`,V({key:0,class:e.cx(`root`),role:`alert`,"aria-live":`assertive`,"aria-atomic":`true`,"data-p":a.dataP},e.ptm(`root`)),[R(`div`,V({class:e.cx(`contentWrapper`)},e.ptm(`contentWrapper`)),[e.$slots.container?M(e.$slots,`container`,{key:0,closeCallback:a.close}):(F(),I(`div`,V({key:1,class:e.cx(`content`),"data-p":a.dataP},e.ptm(`content`)),[M(e.$slots,`icon`,{class:be(e.cx(`icon`))},function(){return[(F(),L($r(e.icon?`span`:null),V({class:[e.cx(`icon`),e.icon],"data-p":a.dataP},e.ptm(`icon`)),null,16,[`class`,`data-p`]))]}),e.$slots.default?(F(),I(`div`,V({key:0,class:e.cx(`text`),"data-p":a.dataP},e.ptm(`text`)),[M(e.$slots,`default`)],16,pf)):B(``,!0),e.closable?Bn((F(),I(`button`,V({key:1,class:e.cx(`closeButton`),"aria-label":a.closeAriaLabel,type:`button`,onClick:t[0]||=function(e){return a.close(e)},"data-p":a.dataP},sf(sf({},e.closeButtonProps),e.ptm(`closeButton`))),[M(e.$slots,`closeicon`,{},function(){return[e.closeIcon?(F(),I(`i`,V({key:0,class:[e.cx(`closeIcon`),e.closeIcon],"data-p":a.dataP},e.ptm(`closeIcon`)),null,16,hf)):(F(),L(o,V({key:1,class:[e.cx(`closeIcon`),e.closeIcon],"data-p":a.dataP},e.ptm(`closeIcon`)),null,16,[`class`,`data-p`]))]})],16,mf)),[[s]]):B(``,!0)],16,ff))],16)],16,df)):B(``,!0)]}),_:3},16)}rf.render=gf;var _f=Ut({health:null,error:``,loading:!1}),vf=Gt(_f),yf=0;async function bf(){let e=++yf;_f.loading=!0;try{let t=await ks(`/civitai/health`);if(e!==yf)return;_f.health=t,_f.error=``}catch(t){if(e!==yf)return;_f.health=null,_f.error=t?.message||String(t)}finally{e===yf&&(_f.loading=!1)}}function xf(){if(!(_f.health||_f.loading))return bf()}function Sf(e){_f.health&&e&&(_f.health={..._f.health,keys:{...e}})}var Cf={title:`Civitai Sidebar`,views:{image:`Civitai image`,workflow:`This workflow`,imageTitle:`From a Civitai image`,workflowTitle:`The models this workflow needs`},image:{inputLabel:`Civitai image or model: ID, link or AIR`,inputPlaceholder:`123456, https://civitai.red/images/123456, a model link or an AIR`,load:`Load`,loading:`Loading the image…`,empty:`Paste the ID or link of a Civitai image (civitai.com, .red or .green) to see its parameters and the models it used, or a model link or AIR to get that model.`,openOnCivitai:`Open on Civitai`,by:`by {user}`,noMeta:`This image has no generation parameters on Civitai.`,parameters:`Parameters`,notices:`Notices`,resources:`Resources`,modelVersion:`version {version}`,modelNoParams:`A model link names a model, not an image: there are no generation parameters to build a workflow from. Download its file below.`},params:{prompt:`Prompt`,negative_prompt:`Negative`,model:`Model`,sampler:`Sampler`,scheduler:`Scheduler`,steps:`Steps`,cfg:`CFG`,seed:`Seed`,size:`Size`,clip_skip:`Clip skip`,denoise:`Denoise`,vae:`VAE`,hires:`Hires fix`,hiresSteps:`{steps} steps`,hiresDenoise:`denoise {denoise}`},workflow:{refresh:`Refresh`,checking:`Checking the open workflow…`,summary:`{count} models referenced`,summaryOne:`1 model referenced`,noModels:`The open workflow does not load any model file.`,notes:`Notes`,customNodes:`Node types this ComfyUI lacks`,customNodesHint:`ComfyUI cannot run the workflow until it has them.`,noGraph:`No workflow is open.`,nodeCore:`Update ComfyUI: a core node of a newer ComfyUI (this graph was made with ComfyUI {version}).`,nodeCoreNoVersion:`Update ComfyUI: a core node of a newer ComfyUI.`,nodePack:`Install the pack {pack} with ComfyUI-Manager.`,nodePackVersion:`Install the pack {pack} ({version}) with ComfyUI-Manager.`,nodeVersion:`version {version}`,nodeCommit:`commit {commit}`,nodeUnknown:`No one knows which pack provides it: the workflow does not say. Search ComfyUI-Manager for the node type.`},list:{missing:`{count} missing`,noneMissing:`Nothing missing`,downloadAll:`Download All Missing`,downloadingAll:`Downloading... ({done}/{total})`,cancelAll:`Cancel All`,empty:`No resources.`,skipped:`{count} left out of Download All: their source refuses them, or trying again cannot help (see each card)`,skippedOne:`1 left out of Download All: its source refuses it, or trying again cannot help (see its card)`},card:{kind:{checkpoint:`Checkpoint`,diffusion_model:`Diffusion model`,lora:`LoRA`,embedding:`Embedding`,vae:`VAE`,upscaler:`Upscaler`,controlnet:`ControlNet`,hypernetwork:`Hypernetwork`,text_encoder:`Text encoder`,clip_vision:`CLIP vision`,motion_module:`Motion module`,model:`Model`},weight:`weight {weight}`,openPage:`Open the model page on Civitai`,present:`On disk`,download:`Download`,looking:`Looking for a source…`,cannotResolve:`Cannot resolve`,waiting:`Waiting in the queue…`,cancel:`Cancel`,verifying:`Verifying SHA256...`,retry:`Retry`,cancelled:`Cancelled`,confirm:`Use this file`,confirmHint:`Likely match, not certain:`,workflowLoads:`The workflow loads:`,civitaiHas:`Civitai has:`,sourceHas:`The source has:`,savedAs:`“Use this file” saves it as {name}, the name the workflow loads.`,needsKey:`Needs a Civitai API key — add it in Settings → Civitai`,earlyAccess:`Early access until {date}`,elsewhere:`In another folder`,mutedNode:`only used by muted or bypassed nodes`,unknownSize:`{done} MB`,bytes:`{done} / {total} MB`,retrying:`retrying in {seconds} s, {attempt} of {of}`,keyThenRetry:`Retry appears once the key is set.`},generate:{button:`Generate Workflow`,ownWorkflow:`Load the image's own workflow`,working:`Building the workflow…`,dialogTitle:`Some models are missing`,dialogText:`The workflow will load, but ComfyUI cannot run it until these files are on disk:`,continue:`Continue`,cancel:`Cancel`,loaded:`Workflow loaded · {count} nodes · {type}`,loadedOne:`Workflow loaded · 1 node · {type}`,ownLoaded:`Image's workflow loaded · {count} nodes`,notLoaded:`ComfyUI did not load the workflow (see its message).`},status:{title:`Status`,backend:`Backend`,refresh:`Refresh`,checking:`Checking the backend…`,unreachable:`Cannot reach the Civitai Sidebar backend: {error}`,version:`Version`,civitai:`Civitai`,huggingface:`Hugging Face`,civitaiKey:`Civitai key`,hfToken:`Hugging Face token`,set:`set`,notSet:`not set`},toast:{downloaded:`Downloaded`,downloadFailed:`Download failed`,batchDone:`{count} models downloaded`,batchDoneOne:`1 model downloaded`,batchPartly:`{count} models downloaded, {failed} failed`,batchPartlyOne:`1 model downloaded, {failed} failed`,batchCancelled:`Download All cancelled: {count} models downloaded`,batchCancelledOne:`Download All cancelled: 1 model downloaded`,keySaved:`Key saved on the server`,keyForgotten:`Key removed from the server`,keyFailed:`Could not save the key`,settingFailed:`Could not apply the setting`},commands:{findSources:`Find model sources (Civitai Sidebar)`},settings:{civitaiKey:`Civitai API key`,hfToken:`Hugging Face token`,concurrency:`Parallel downloads`,keyTooltip:`Kept by the Civitai Sidebar on the server, never in ComfyUI's settings file. Paste a key to set it; empty the field to remove it.`,concurrencyTooltip:`How many files download at the same time (1-8).`,keyPlaceholder:`not set`}},wf={en:Cf,zh:{title:`Civitai 侧边栏`,views:{image:`Civitai 图片`,workflow:`当前工作流`,imageTitle:`来自 Civitai 图片`,workflowTitle:`当前工作流需要的模型`},image:{inputLabel:`Civitai 图片或模型：ID、链接或 AIR`,inputPlaceholder:`123456、https://civitai.red/images/123456、模型链接或 AIR`,load:`加载`,loading:`正在加载图片…`,empty:`粘贴 Civitai 图片（civitai.com、.red 或 .green）的 ID 或链接，查看其生成参数和所用模型；或粘贴模型链接或 AIR 获取该模型。`,openOnCivitai:`在 Civitai 上打开`,by:`作者 {user}`,noMeta:`这张图片在 Civitai 上没有生成参数。`,parameters:`参数`,notices:`提示`,resources:`资源`,modelVersion:`版本 {version}`,modelNoParams:`模型链接指向的是模型而不是图片：没有可用于生成工作流的参数。请在下方下载其文件。`},params:{prompt:`提示词`,negative_prompt:`负面提示词`,model:`模型`,sampler:`采样器`,scheduler:`调度器`,steps:`步数`,cfg:`CFG`,seed:`种子`,size:`尺寸`,clip_skip:`CLIP 跳过层`,denoise:`降噪`,vae:`VAE`,hires:`高清修复`,hiresSteps:`{steps} 步`,hiresDenoise:`降噪 {denoise}`},workflow:{refresh:`刷新`,checking:`正在检查当前工作流…`,summary:`引用了 {count} 个模型`,summaryOne:`引用了 1 个模型`,noModels:`当前工作流没有加载任何模型文件。`,notes:`说明`,customNodes:`此 ComfyUI 缺少的节点类型`,customNodesHint:`在具备这些节点之前，ComfyUI 无法运行此工作流。`,noGraph:`没有打开的工作流。`,nodeCore:`请更新 ComfyUI：这是较新版本 ComfyUI 的核心节点（此工作流由 ComfyUI {version} 创建）。`,nodeCoreNoVersion:`请更新 ComfyUI：这是较新版本 ComfyUI 的核心节点。`,nodePack:`请用 ComfyUI-Manager 安装节点包 {pack}。`,nodePackVersion:`请用 ComfyUI-Manager 安装节点包 {pack}（{version}）。`,nodeVersion:`版本 {version}`,nodeCommit:`提交 {commit}`,nodeUnknown:`无法得知由哪个节点包提供：工作流中没有记录。请在 ComfyUI-Manager 中搜索此节点类型。`},list:{missing:`缺少 {count} 个`,noneMissing:`没有缺少的模型`,downloadAll:`下载全部缺少的模型`,downloadingAll:`下载中... ({done}/{total})`,cancelAll:`全部取消`,empty:`没有资源。`,skipped:`全部下载跳过了 {count} 个：来源拒绝下载，或重试无济于事（见各卡片）`,skippedOne:`全部下载跳过了 1 个：来源拒绝下载，或重试无济于事（见其卡片）`},card:{kind:{checkpoint:`Checkpoint`,diffusion_model:`扩散模型`,lora:`LoRA`,embedding:`嵌入`,vae:`VAE`,upscaler:`放大模型`,controlnet:`ControlNet`,hypernetwork:`超网络`,text_encoder:`文本编码器`,clip_vision:`CLIP 视觉`,motion_module:`运动模块`,model:`模型`},weight:`权重 {weight}`,openPage:`在 Civitai 上打开模型页面`,present:`已在磁盘上`,download:`下载`,looking:`正在查找下载来源…`,cannotResolve:`无法解析`,waiting:`排队等待中…`,cancel:`取消`,verifying:`正在校验 SHA256...`,retry:`重试`,cancelled:`已取消`,confirm:`使用此文件`,confirmHint:`可能的匹配，但不确定：`,workflowLoads:`工作流加载：`,civitaiHas:`Civitai 上的文件：`,sourceHas:`来源的文件：`,savedAs:`“使用此文件”会将其保存为 {name}，即工作流加载的名称。`,needsKey:`需要 Civitai API 密钥——请在 设置 → Civitai 中添加`,earlyAccess:`抢先体验至 {date}`,elsewhere:`在其他文件夹中`,mutedNode:`仅被已静音或绕过的节点使用`,unknownSize:`{done} MB`,bytes:`{done} / {total} MB`,retrying:`{seconds} 秒后重试，第 {attempt}/{of} 次`,keyThenRetry:`设置密钥后即可重试。`},generate:{button:`生成工作流`,ownWorkflow:`加载图片自带的工作流`,working:`正在生成工作流…`,dialogTitle:`缺少一些模型`,dialogText:`工作流可以加载，但在这些文件下载到磁盘之前，ComfyUI 无法运行它：`,continue:`继续`,cancel:`取消`,loaded:`工作流已加载 · {count} 个节点 · {type}`,loadedOne:`工作流已加载 · 1 个节点 · {type}`,ownLoaded:`图片自带的工作流已加载 · {count} 个节点`,notLoaded:`ComfyUI 没有加载该工作流（请查看它的提示）。`},status:{title:`状态`,backend:`后端`,refresh:`刷新`,checking:`正在检查后端…`,unreachable:`无法连接 Civitai 侧边栏后端：{error}`,version:`版本`,civitai:`Civitai`,huggingface:`Hugging Face`,civitaiKey:`Civitai 密钥`,hfToken:`Hugging Face 令牌`,set:`已设置`,notSet:`未设置`},toast:{downloaded:`下载完成`,downloadFailed:`下载失败`,batchDone:`已下载 {count} 个模型`,batchDoneOne:`已下载 1 个模型`,batchPartly:`已下载 {count} 个模型，{failed} 个失败`,batchPartlyOne:`已下载 1 个模型，{failed} 个失败`,batchCancelled:`全部下载已取消：已下载 {count} 个模型`,batchCancelledOne:`全部下载已取消：已下载 1 个模型`,keySaved:`密钥已保存到服务器`,keyForgotten:`密钥已从服务器删除`,keyFailed:`无法保存密钥`,settingFailed:`无法应用该设置`},commands:{findSources:`查找模型来源（Civitai 侧栏）`},settings:{civitaiKey:`Civitai API 密钥`,hfToken:`Hugging Face 令牌`,concurrency:`同时下载数`,keyTooltip:`由 Civitai 侧边栏保存在服务器上，绝不写入 ComfyUI 的设置文件。粘贴密钥即可设置；清空输入框即可删除。`,concurrencyTooltip:`同时下载的文件数（1-8）。`,keyPlaceholder:`未设置`}}},Tf=tn(`en`);function Ef(e){return typeof e==`string`&&e.toLowerCase().startsWith(`zh`)?`zh`:`en`}function Df(){Tf.value=Ef(Ls(`Comfy.Locale`))}function Of(e,t){return t.split(`.`).reduce((e,t)=>e?.[t],e)}function X(e,t={}){let n=(t.count===1?Of(wf[Tf.value],`${e}One`)??Of(Cf,`${e}One`):void 0)??Of(wf[Tf.value],e)??Of(Cf,e);return typeof n==`string`?n.replace(/\{(\w+)\}/g,(e,n)=>n in t?String(t[n]):e):e}var kf=[`aria-busy`],Af={class:`cs-health-heading`},jf={class:`cs-subtitle`},Mf={key:0,class:`cs-muted`,"data-testid":`health-loading`},Nf={key:2,class:`cs-facts`},Pf={"data-testid":`health-version`},Ff={"data-testid":`health-civitai-url`},If={"data-testid":`health-hf-url`},Lf=[`data-configured`],Rf=[`data-configured`],zf={__name:`HealthPanel`,setup(e){let t=H(()=>vf.health);function n(e){return X(e===!0?`status.set`:`status.notSet`)}return(e,r)=>(F(),I(`div`,{class:`cs-health`,"data-testid":`civitai-health`,"aria-busy":A(vf).loading},[R(`div`,Af,[R(`h3`,jf,D(A(X)(`status.backend`)),1),z(A(zd),{label:A(X)(`status.refresh`),icon:`pi pi-refresh`,"loading-icon":`pi pi-spin pi-spinner`,loading:A(vf).loading,"data-testid":`health-refresh`,onClick:A(bf)},null,8,[`label`,`loading`,`onClick`])]),A(vf).loading&&!t.value?(F(),I(`p`,Mf,D(A(X)(`status.checking`)),1)):A(vf).error?(F(),L(A(rf),{key:1,severity:`error`,"data-testid":`health-error`},{default:zn(()=>[Fa(D(A(X)(`status.unreachable`,{error:A(vf).error})),1)]),_:1})):t.value?(F(),I(`dl`,Nf,[R(`dt`,null,D(A(X)(`status.version`)),1),R(`dd`,Pf,D(t.value.version),1),R(`dt`,null,D(A(X)(`status.civitai`)),1),R(`dd`,Ff,D(t.value.api?.civitai),1),R(`dt`,null,D(A(X)(`status.huggingface`)),1),R(`dd`,If,D(t.value.api?.huggingface),1),R(`dt`,null,D(A(X)(`status.civitaiKey`)),1),R(`dd`,{"data-testid":`health-key-civitai`,"data-configured":t.value.keys?.civitai===!0},D(n(t.value.keys?.civitai)),9,Lf),R(`dt`,null,D(A(X)(`status.hfToken`)),1),R(`dd`,{"data-testid":`health-key-hf`,"data-configured":t.value.keys?.huggingface===!0},D(n(t.value.keys?.huggingface)),9,Rf)])):B(``,!0)],8,kf))}},Bf={name:`WindowMaximizeIcon`,extends:zu};function Vf(e){return Gf(e)||Wf(e)||Uf(e)||Hf()}function Hf(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Uf(e,t){if(e){if(typeof e==`string`)return Kf(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Kf(e,t):void 0}}function Wf(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function Gf(e){if(Array.isArray(e))return Kf(e)}function Kf(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function qf(e,t,n,r,i,a){return F(),I(`svg`,V({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),Vf(t[0]||=[R(`path`,{"fill-rule":`evenodd`,"clip-rule":`evenodd`,d:`M7 14H11.8C12.3835 14 12.9431 13.7682 13.3556 13.3556C13.7682 12.9431 14 12.3835 14 11.8V2.2C14 1.61652 13.7682 1.05694 13.3556 0.644365C12.9431 0.231785 12.3835 0 11.8 0H2.2C1.61652 0 1.05694 0.231785 0.644365 0.644365C0.231785 1.05694 0 1.61652 0 2.2V7C0 7.15913 0.063214 7.31174 0.175736 7.42426C0.288258 7.53679 0.44087 7.6 0.6 7.6C0.75913 7.6 0.911742 7.53679 1.02426 7.42426C1.13679 7.31174 1.2 7.15913 1.2 7V2.2C1.2 1.93478 1.30536 1.68043 1.49289 1.49289C1.68043 1.30536 1.93478 1.2 2.2 1.2H11.8C12.0652 1.2 12.3196 1.30536 12.5071 1.49289C12.6946 1.68043 12.8 1.93478 12.8 2.2V11.8C12.8 12.0652 12.6946 12.3196 12.5071 12.5071C12.3196 12.6946 12.0652 12.8 11.8 12.8H7C6.84087 12.8 6.68826 12.8632 6.57574 12.9757C6.46321 13.0883 6.4 13.2409 6.4 13.4C6.4 13.5591 6.46321 13.7117 6.57574 13.8243C6.68826 13.9368 6.84087 14 7 14ZM9.77805 7.42192C9.89013 7.534 10.0415 7.59788 10.2 7.59995C10.3585 7.59788 10.5099 7.534 10.622 7.42192C10.7341 7.30985 10.798 7.15844 10.8 6.99995V3.94242C10.8066 3.90505 10.8096 3.86689 10.8089 3.82843C10.8079 3.77159 10.7988 3.7157 10.7824 3.6623C10.756 3.55552 10.701 3.45698 10.622 3.37798C10.5099 3.2659 10.3585 3.20202 10.2 3.19995H7.00002C6.84089 3.19995 6.68828 3.26317 6.57576 3.37569C6.46324 3.48821 6.40002 3.64082 6.40002 3.79995C6.40002 3.95908 6.46324 4.11169 6.57576 4.22422C6.68828 4.33674 6.84089 4.39995 7.00002 4.39995H8.80006L6.19997 7.00005C6.10158 7.11005 6.04718 7.25246 6.04718 7.40005C6.04718 7.54763 6.10158 7.69004 6.19997 7.80005C6.30202 7.91645 6.44561 7.98824 6.59997 8.00005C6.75432 7.98824 6.89791 7.91645 6.99997 7.80005L9.60002 5.26841V6.99995C9.6021 7.15844 9.66598 7.30985 9.77805 7.42192ZM1.4 14H3.8C4.17066 13.9979 4.52553 13.8498 4.78763 13.5877C5.04973 13.3256 5.1979 12.9707 5.2 12.6V10.2C5.1979 9.82939 5.04973 9.47452 4.78763 9.21242C4.52553 8.95032 4.17066 8.80215 3.8 8.80005H1.4C1.02934 8.80215 0.674468 8.95032 0.412371 9.21242C0.150274 9.47452 0.00210008 9.82939 0 10.2V12.6C0.00210008 12.9707 0.150274 13.3256 0.412371 13.5877C0.674468 13.8498 1.02934 13.9979 1.4 14ZM1.25858 10.0586C1.29609 10.0211 1.34696 10 1.4 10H3.8C3.85304 10 3.90391 10.0211 3.94142 10.0586C3.97893 10.0961 4 10.147 4 10.2V12.6C4 12.6531 3.97893 12.704 3.94142 12.7415C3.90391 12.779 3.85304 12.8 3.8 12.8H1.4C1.34696 12.8 1.29609 12.779 1.25858 12.7415C1.22107 12.704 1.2 12.6531 1.2 12.6V10.2C1.2 10.147 1.22107 10.0961 1.25858 10.0586Z`,fill:`currentColor`},null,-1)]),16)}Bf.render=qf;var Jf={name:`WindowMinimizeIcon`,extends:zu};function Yf(e){return $f(e)||Qf(e)||Zf(e)||Xf()}function Xf(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Zf(e,t){if(e){if(typeof e==`string`)return ep(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?ep(e,t):void 0}}function Qf(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function $f(e){if(Array.isArray(e))return ep(e)}function ep(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function tp(e,t,n,r,i,a){return F(),I(`svg`,V({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),Yf(t[0]||=[R(`path`,{"fill-rule":`evenodd`,"clip-rule":`evenodd`,d:`M11.8 0H2.2C1.61652 0 1.05694 0.231785 0.644365 0.644365C0.231785 1.05694 0 1.61652 0 2.2V7C0 7.15913 0.063214 7.31174 0.175736 7.42426C0.288258 7.53679 0.44087 7.6 0.6 7.6C0.75913 7.6 0.911742 7.53679 1.02426 7.42426C1.13679 7.31174 1.2 7.15913 1.2 7V2.2C1.2 1.93478 1.30536 1.68043 1.49289 1.49289C1.68043 1.30536 1.93478 1.2 2.2 1.2H11.8C12.0652 1.2 12.3196 1.30536 12.5071 1.49289C12.6946 1.68043 12.8 1.93478 12.8 2.2V11.8C12.8 12.0652 12.6946 12.3196 12.5071 12.5071C12.3196 12.6946 12.0652 12.8 11.8 12.8H7C6.84087 12.8 6.68826 12.8632 6.57574 12.9757C6.46321 13.0883 6.4 13.2409 6.4 13.4C6.4 13.5591 6.46321 13.7117 6.57574 13.8243C6.68826 13.9368 6.84087 14 7 14H11.8C12.3835 14 12.9431 13.7682 13.3556 13.3556C13.7682 12.9431 14 12.3835 14 11.8V2.2C14 1.61652 13.7682 1.05694 13.3556 0.644365C12.9431 0.231785 12.3835 0 11.8 0ZM6.368 7.952C6.44137 7.98326 6.52025 7.99958 6.6 8H9.8C9.95913 8 10.1117 7.93678 10.2243 7.82426C10.3368 7.71174 10.4 7.55913 10.4 7.4C10.4 7.24087 10.3368 7.08826 10.2243 6.97574C10.1117 6.86321 9.95913 6.8 9.8 6.8H8.048L10.624 4.224C10.73 4.11026 10.7877 3.95982 10.7849 3.80438C10.7822 3.64894 10.7192 3.50063 10.6093 3.3907C10.4994 3.28077 10.3511 3.2178 10.1956 3.21506C10.0402 3.21232 9.88974 3.27002 9.776 3.376L7.2 5.952V4.2C7.2 4.04087 7.13679 3.88826 7.02426 3.77574C6.91174 3.66321 6.75913 3.6 6.6 3.6C6.44087 3.6 6.28826 3.66321 6.17574 3.77574C6.06321 3.88826 6 4.04087 6 4.2V7.4C6.00042 7.47975 6.01674 7.55862 6.048 7.632C6.07656 7.70442 6.11971 7.7702 6.17475 7.82524C6.2298 7.88029 6.29558 7.92344 6.368 7.952ZM1.4 8.80005H3.8C4.17066 8.80215 4.52553 8.95032 4.78763 9.21242C5.04973 9.47452 5.1979 9.82939 5.2 10.2V12.6C5.1979 12.9707 5.04973 13.3256 4.78763 13.5877C4.52553 13.8498 4.17066 13.9979 3.8 14H1.4C1.02934 13.9979 0.674468 13.8498 0.412371 13.5877C0.150274 13.3256 0.00210008 12.9707 0 12.6V10.2C0.00210008 9.82939 0.150274 9.47452 0.412371 9.21242C0.674468 8.95032 1.02934 8.80215 1.4 8.80005ZM3.94142 12.7415C3.97893 12.704 4 12.6531 4 12.6V10.2C4 10.147 3.97893 10.0961 3.94142 10.0586C3.90391 10.0211 3.85304 10 3.8 10H1.4C1.34696 10 1.29609 10.0211 1.25858 10.0586C1.22107 10.0961 1.2 10.147 1.2 10.2V12.6C1.2 12.6531 1.22107 12.704 1.25858 12.7415C1.29609 12.779 1.34696 12.8 1.4 12.8H3.8C3.85304 12.8 3.90391 12.779 3.94142 12.7415Z`,fill:`currentColor`},null,-1)]),16)}Jf.render=tp;var np=K.extend({name:`focustrap-directive`}),rp=Y.extend({style:np});function ip(e){"@babel/helpers - typeof";return ip=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},ip(e)}function ap(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function op(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?ap(Object(n),!0).forEach(function(t){sp(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):ap(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function sp(e,t,n){return(t=cp(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function cp(e){var t=lp(e,`string`);return ip(t)==`symbol`?t:t+``}function lp(e,t){if(ip(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(ip(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var up=rp.extend(`focustrap`,{mounted:function(e,t){(t.value||{}).disabled||(this.createHiddenFocusableElements(e,t),this.bind(e,t),this.autoElementFocus(e,t)),e.setAttribute(`data-pd-focustrap`,!0),this.$el=e},updated:function(e,t){(t.value||{}).disabled&&this.unbind(e)},unmounted:function(e){this.unbind(e)},methods:{getComputedSelector:function(e){return`:not(.p-hidden-focusable):not([data-p-hidden-focusable="true"])${e??``}`},bind:function(e,t){var n=this,r=t.value||{},i=r.onFocusIn,a=r.onFocusOut;e.$_pfocustrap_mutationobserver=new MutationObserver(function(t){t.forEach(function(t){if(t.type===`childList`&&!e.contains(document.activeElement)){var r=function(t){var i=Lc(t)?Lc(t,n.getComputedSelector(e.$_pfocustrap_focusableselector))?t:Ac(e,n.getComputedSelector(e.$_pfocustrap_focusableselector)):Ac(t);return W(i)?i:t.nextSibling&&r(t.nextSibling)};Dc(r(t.nextSibling))}})}),e.$_pfocustrap_mutationobserver.disconnect(),e.$_pfocustrap_mutationobserver.observe(e,{childList:!0}),e.$_pfocustrap_focusinlistener=function(e){return i&&i(e)},e.$_pfocustrap_focusoutlistener=function(e){return a&&a(e)},e.addEventListener(`focusin`,e.$_pfocustrap_focusinlistener),e.addEventListener(`focusout`,e.$_pfocustrap_focusoutlistener)},unbind:function(e){e.$_pfocustrap_mutationobserver&&e.$_pfocustrap_mutationobserver.disconnect(),e.$_pfocustrap_focusinlistener&&e.removeEventListener(`focusin`,e.$_pfocustrap_focusinlistener)&&(e.$_pfocustrap_focusinlistener=null),e.$_pfocustrap_focusoutlistener&&e.removeEventListener(`focusout`,e.$_pfocustrap_focusoutlistener)&&(e.$_pfocustrap_focusoutlistener=null)},autoFocus:function(e){this.autoElementFocus(this.$el,{value:op(op({},e),{},{autoFocus:!0})})},autoElementFocus:function(e,t){var n=t.value||{},r=n.autoFocusSelector,i=r===void 0?``:r,a=n.firstFocusableSelector,o=a===void 0?``:a,s=n.autoFocus,c=s!==void 0&&s,l=Ac(e,`[autofocus]${this.getComputedSelector(i)}`);c&&!l&&(l=Ac(e,this.getComputedSelector(o))),Dc(l)},onFirstHiddenElementFocus:function(e){var t,n=e.currentTarget,r=e.relatedTarget;Dc(r===n.$_pfocustrap_lasthiddenfocusableelement||!((t=this.$el)!=null&&t.contains(r))?Ac(n.parentElement,this.getComputedSelector(n.$_pfocustrap_focusableselector)):n.$_pfocustrap_lasthiddenfocusableelement)},onLastHiddenElementFocus:function(e){var t,n=e.currentTarget,r=e.relatedTarget;Dc(r===n.$_pfocustrap_firsthiddenfocusableelement||!((t=this.$el)!=null&&t.contains(r))?Mc(n.parentElement,this.getComputedSelector(n.$_pfocustrap_focusableselector)):n.$_pfocustrap_firsthiddenfocusableelement)},createHiddenFocusableElements:function(e,t){var n=this,r=t.value||{},i=r.tabIndex,a=i===void 0?0:i,o=r.firstFocusableSelector,s=o===void 0?``:o,c=r.lastFocusableSelector,l=c===void 0?``:c,u=function(e){return wc(`span`,{class:`p-hidden-accessible p-hidden-focusable`,tabIndex:a,role:`presentation`,"aria-hidden":!0,"data-p-hidden-accessible":!0,"data-p-hidden-focusable":!0,onFocus:e?.bind(n)})},d=u(this.onFirstHiddenElementFocus),f=u(this.onLastHiddenElementFocus);d.$_pfocustrap_lasthiddenfocusableelement=f,d.$_pfocustrap_focusableselector=s,d.setAttribute(`data-pc-section`,`firstfocusableelement`),f.$_pfocustrap_firsthiddenfocusableelement=d,f.$_pfocustrap_focusableselector=l,f.setAttribute(`data-pc-section`,`lastfocusableelement`),e.prepend(d),e.append(f)}}}),dp={name:`Portal`,props:{appendTo:{type:[String,Object],default:`body`},disabled:{type:Boolean,default:!1}},data:function(){return{mounted:!1}},mounted:function(){this.mounted=Ic()},computed:{inline:function(){return this.disabled||this.appendTo===`self`}}};function fp(e,t,n,r,i,a){return a.inline?M(e.$slots,`default`,{key:0}):i.mounted?(F(),L(sr,{key:1,to:n.appendTo},[M(e.$slots,`default`)],8,[`to`])):B(``,!0)}dp.render=fp;function pp(){pc({variableName:Il(`scrollbar.width`).name})}function mp(){hc({variableName:Il(`scrollbar.width`).name})}var hp=K.extend({name:`dialog`,style:`
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
`,classes:{mask:function(e){var t=e.props,n=[`left`,`right`,`top`,`topleft`,`topright`,`bottom`,`bottomleft`,`bottomright`].find(function(e){return e===t.position});return[`p-dialog-mask`,{"p-overlay-mask p-overlay-mask-enter-active":t.modal},n?`p-dialog-${n}`:``]},root:function(e){var t=e.props,n=e.instance;return[`p-dialog p-component`,{"p-dialog-maximized":t.maximizable&&n.maximized}]},header:`p-dialog-header`,title:`p-dialog-title`,headerActions:`p-dialog-header-actions`,pcMaximizeButton:`p-dialog-maximize-button`,pcCloseButton:`p-dialog-close-button`,content:`p-dialog-content`,footer:`p-dialog-footer`},inlineStyles:{mask:function(e){var t=e.position,n=e.modal;return{position:`fixed`,height:`100%`,width:`100%`,left:0,top:0,display:`flex`,justifyContent:t===`left`||t===`topleft`||t===`bottomleft`?`flex-start`:t===`right`||t===`topright`||t===`bottomright`?`flex-end`:`center`,alignItems:t===`top`||t===`topleft`||t===`topright`?`flex-start`:t===`bottom`||t===`bottomleft`||t===`bottomright`?`flex-end`:`center`,pointerEvents:n?`auto`:`none`}},root:{display:`flex`,flexDirection:`column`,pointerEvents:`auto`}}}),gp={name:`Dialog`,extends:{name:`BaseDialog`,extends:ju,props:{header:{type:null,default:null},footer:{type:null,default:null},visible:{type:Boolean,default:!1},modal:{type:Boolean,default:null},contentStyle:{type:null,default:null},contentClass:{type:String,default:null},contentProps:{type:null,default:null},maximizable:{type:Boolean,default:!1},dismissableMask:{type:Boolean,default:!1},closable:{type:Boolean,default:!0},closeOnEscape:{type:Boolean,default:!0},showHeader:{type:Boolean,default:!0},blockScroll:{type:Boolean,default:!1},baseZIndex:{type:Number,default:0},autoZIndex:{type:Boolean,default:!0},position:{type:String,default:`center`},breakpoints:{type:Object,default:null},draggable:{type:Boolean,default:!0},keepInViewport:{type:Boolean,default:!0},minX:{type:Number,default:0},minY:{type:Number,default:0},appendTo:{type:[String,Object],default:`body`},closeIcon:{type:String,default:void 0},maximizeIcon:{type:String,default:void 0},minimizeIcon:{type:String,default:void 0},closeButtonProps:{type:Object,default:function(){return{severity:`secondary`,text:!0,rounded:!0}}},maximizeButtonProps:{type:Object,default:function(){return{severity:`secondary`,text:!0,rounded:!0}}},_instance:null},style:hp,provide:function(){return{$pcDialog:this,$parentInstance:this}}},inheritAttrs:!1,emits:[`update:visible`,`show`,`hide`,`after-hide`,`maximize`,`unmaximize`,`dragstart`,`dragend`],provide:function(){var e=this;return{dialogRef:H(function(){return e._instance})}},data:function(){return{containerVisible:this.visible,maximized:!1,focusableMax:null,focusableClose:null,target:null}},documentKeydownListener:null,container:null,mask:null,content:null,headerContainer:null,footerContainer:null,maximizableButton:null,closeButton:null,styleElement:null,dragging:null,documentDragListener:null,documentDragEndListener:null,lastPageX:null,lastPageY:null,maskMouseDownTarget:null,updated:function(){this.visible&&(this.containerVisible=this.visible)},beforeUnmount:function(){this.unbindDocumentState(),this.unbindGlobalListeners(),this.destroyStyle(),this.mask&&this.autoZIndex&&dl.clear(this.mask),this.container=null,this.mask=null},mounted:function(){this.breakpoints&&this.createStyle()},methods:{close:function(){this.$emit(`update:visible`,!1)},onEnter:function(){this.$emit(`show`),this.target=document.activeElement,this.enableDocumentSettings(),this.bindGlobalListeners(),this.autoZIndex&&dl.set(`modal`,this.mask,this.baseZIndex||this.$primevue.config.zIndex.modal)},onAfterEnter:function(){this.focus()},onBeforeLeave:function(){this.modal&&!this.isUnstyled&&dc(this.mask,`p-overlay-mask-leave-active`),this.dragging&&this.documentDragEndListener&&this.documentDragEndListener()},onLeave:function(){this.$emit(`hide`),Dc(this.target),this.target=null,this.focusableClose=null,this.focusableMax=null},onAfterLeave:function(){this.autoZIndex&&dl.clear(this.mask),this.containerVisible=!1,this.unbindDocumentState(),this.unbindGlobalListeners(),this.$emit(`after-hide`)},onMaskMouseDown:function(e){this.maskMouseDownTarget=e.target},onMaskMouseUp:function(){this.dismissableMask&&this.modal&&this.mask===this.maskMouseDownTarget&&this.close()},focus:function(){var e=function(e){return e&&e.querySelector(`[autofocus]`)},t=this.$slots.footer&&e(this.footerContainer);t||(t=this.$slots.header&&e(this.headerContainer),t||(t=this.$slots.default&&e(this.content),t||(this.maximizable?(this.focusableMax=!0,t=this.maximizableButton):(this.focusableClose=!0,t=this.closeButton)))),t&&Dc(t,{focusVisible:!0})},maximize:function(e){this.maximized?(this.maximized=!1,this.$emit(`unmaximize`,e)):(this.maximized=!0,this.$emit(`maximize`,e)),this.modal||(this.maximized?pp():mp())},enableDocumentSettings:function(){(this.modal||!this.modal&&this.blockScroll||this.maximizable&&this.maximized)&&pp()},unbindDocumentState:function(){(this.modal||!this.modal&&this.blockScroll||this.maximizable&&this.maximized)&&mp()},onKeyDown:function(e){e.code===`Escape`&&this.closeOnEscape&&!e.isComposing&&this.close()},bindDocumentKeyDownListener:function(){this.documentKeydownListener||(this.documentKeydownListener=this.onKeyDown.bind(this),window.document.addEventListener(`keydown`,this.documentKeydownListener))},unbindDocumentKeyDownListener:function(){this.documentKeydownListener&&=(window.document.removeEventListener(`keydown`,this.documentKeydownListener),null)},containerRef:function(e){this.container=e},maskRef:function(e){this.mask=e},contentRef:function(e){this.content=e},headerContainerRef:function(e){this.headerContainer=e},footerContainerRef:function(e){this.footerContainer=e},maximizableRef:function(e){this.maximizableButton=e?e.$el:void 0},closeButtonRef:function(e){this.closeButton=e?e.$el:void 0},createStyle:function(){if(!this.styleElement&&!this.isUnstyled){var e;this.styleElement=document.createElement(`style`),this.styleElement.type=`text/css`,Rc(this.styleElement,`nonce`,(e=this.$primevue)==null||(e=e.config)==null||(e=e.csp)==null?void 0:e.nonce),document.head.appendChild(this.styleElement);var t=``;for(var n in this.breakpoints)t+=`
                        @media screen and (max-width: ${n}) {
                            .p-dialog[${this.$attrSelector}] {
                                width: ${this.breakpoints[n]} !important;
                            }
                        }
                    `;this.styleElement.innerHTML=t}},destroyStyle:function(){this.styleElement&&=(document.head.removeChild(this.styleElement),null)},initDrag:function(e){e.target.closest(`div`).getAttribute(`data-pc-section`)!==`headeractions`&&this.draggable&&(this.dragging=!0,this.lastPageX=e.pageX,this.lastPageY=e.pageY,this.container.style.margin=`0`,document.body.setAttribute(`data-p-unselectable-text`,`true`),!this.isUnstyled&&vc(document.body,{"user-select":`none`}),this.$emit(`dragstart`,e))},bindGlobalListeners:function(){this.draggable&&(this.bindDocumentDragListener(),this.bindDocumentDragEndListener()),this.closeOnEscape&&this.bindDocumentKeyDownListener()},unbindGlobalListeners:function(){this.unbindDocumentDragListener(),this.unbindDocumentDragEndListener(),this.unbindDocumentKeyDownListener()},bindDocumentDragListener:function(){var e=this;this.documentDragListener=function(t){if(e.dragging){var n=yc(e.container),r=Pc(e.container),i=t.pageX-e.lastPageX,a=t.pageY-e.lastPageY,o=e.container.getBoundingClientRect(),s=o.left+i,c=o.top+a,l=gc(),u=getComputedStyle(e.container),d=parseFloat(u.marginLeft),f=parseFloat(u.marginTop);e.container.style.position=`fixed`,e.keepInViewport?(s>=e.minX&&s+n<l.width&&(e.lastPageX=t.pageX,e.container.style.left=s-d+`px`),c>=e.minY&&c+r<l.height&&(e.lastPageY=t.pageY,e.container.style.top=c-f+`px`)):(e.lastPageX=t.pageX,e.container.style.left=s-d+`px`,e.lastPageY=t.pageY,e.container.style.top=c-f+`px`)}},window.document.addEventListener(`mousemove`,this.documentDragListener)},unbindDocumentDragListener:function(){this.documentDragListener&&=(window.document.removeEventListener(`mousemove`,this.documentDragListener),null)},bindDocumentDragEndListener:function(){var e=this;this.documentDragEndListener=function(t){e.dragging&&(e.dragging=!1,document.body.removeAttribute(`data-p-unselectable-text`),!e.isUnstyled&&(document.body.style[`user-select`]=``),e.$emit(`dragend`,t))},window.document.addEventListener(`mouseup`,this.documentDragEndListener)},unbindDocumentDragEndListener:function(){this.documentDragEndListener&&=(window.document.removeEventListener(`mouseup`,this.documentDragEndListener),null)}},computed:{maximizeIconComponent:function(){return this.maximized?this.minimizeIcon?`span`:`WindowMinimizeIcon`:this.maximizeIcon?`span`:`WindowMaximizeIcon`},ariaLabelledById:function(){return this.header!=null||this.$attrs[`aria-labelledby`]!==null?this.$id+`_header`:null},closeAriaLabel:function(){return this.$primevue.config.locale.aria?this.$primevue.config.locale.aria.close:void 0},dataP:function(){return lc({maximized:this.maximized,modal:this.modal})}},directives:{ripple:Dd,focustrap:up},components:{Button:zd,Portal:dp,WindowMinimizeIcon:Jf,WindowMaximizeIcon:Bf,TimesIcon:Ud}};function _p(e){"@babel/helpers - typeof";return _p=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},_p(e)}function vp(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function yp(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?vp(Object(n),!0).forEach(function(t){bp(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):vp(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function bp(e,t,n){return(t=xp(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function xp(e){var t=Sp(e,`string`);return _p(t)==`symbol`?t:t+``}function Sp(e,t){if(_p(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(_p(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Cp=[`data-p`],wp=[`aria-labelledby`,`aria-modal`,`data-p`],Tp=[`id`],Ep=[`data-p`];function Dp(e,t,n,r,i,a){var o=Zr(`Button`),s=Zr(`Portal`),c=ei(`focustrap`);return F(),L(s,{appendTo:e.appendTo},{default:zn(function(){return[i.containerVisible?(F(),I(`div`,V({key:0,ref:a.maskRef,class:e.cx(`mask`),style:e.sx(`mask`,!0,{position:e.position,modal:e.modal}),onMousedown:t[1]||=function(){return a.onMaskMouseDown&&a.onMaskMouseDown.apply(a,arguments)},onMouseup:t[2]||=function(){return a.onMaskMouseUp&&a.onMaskMouseUp.apply(a,arguments)},"data-p":a.dataP},e.ptm(`mask`)),[z(wo,V({name:`p-dialog`,onEnter:a.onEnter,onAfterEnter:a.onAfterEnter,onBeforeLeave:a.onBeforeLeave,onLeave:a.onLeave,onAfterLeave:a.onAfterLeave,appear:``},e.ptm(`transition`)),{default:zn(function(){return[e.visible?Bn((F(),I(`div`,V({key:0,ref:a.containerRef,class:e.cx(`root`),style:e.sx(`root`),role:`dialog`,"aria-labelledby":a.ariaLabelledById,"aria-modal":e.modal,"data-p":a.dataP},e.ptmi(`root`)),[e.$slots.container?M(e.$slots,`container`,{key:0,closeCallback:a.close,maximizeCallback:function(e){return a.maximize(e)},initDragCallback:a.initDrag}):(F(),I(N,{key:1},[e.showHeader?(F(),I(`div`,V({key:0,ref:a.headerContainerRef,class:e.cx(`header`),onMousedown:t[0]||=function(){return a.initDrag&&a.initDrag.apply(a,arguments)}},e.ptm(`header`)),[M(e.$slots,`header`,{class:be(e.cx(`title`))},function(){return[e.header?(F(),I(`span`,V({key:0,id:a.ariaLabelledById,class:e.cx(`title`)},e.ptm(`title`)),D(e.header),17,Tp)):B(``,!0)]}),R(`div`,V({class:e.cx(`headerActions`)},e.ptm(`headerActions`)),[e.maximizable?M(e.$slots,`maximizebutton`,{key:0,maximized:i.maximized,maximizeCallback:function(e){return a.maximize(e)}},function(){return[z(o,V({ref:a.maximizableRef,autofocus:i.focusableMax,class:e.cx(`pcMaximizeButton`),onClick:a.maximize,tabindex:e.maximizable?`0`:`-1`,unstyled:e.unstyled},e.maximizeButtonProps,{pt:e.ptm(`pcMaximizeButton`),"data-pc-group-section":`headericon`}),{icon:zn(function(t){return[M(e.$slots,`maximizeicon`,{maximized:i.maximized},function(){return[(F(),L($r(a.maximizeIconComponent),V({class:[t.class,i.maximized?e.minimizeIcon:e.maximizeIcon]},e.ptm(`pcMaximizeButton`).icon),null,16,[`class`]))]})]}),_:3},16,[`autofocus`,`class`,`onClick`,`tabindex`,`unstyled`,`pt`])]}):B(``,!0),e.closable?M(e.$slots,`closebutton`,{key:1,closeCallback:a.close},function(){return[z(o,V({ref:a.closeButtonRef,autofocus:i.focusableClose,class:e.cx(`pcCloseButton`),onClick:a.close,"aria-label":a.closeAriaLabel,unstyled:e.unstyled},e.closeButtonProps,{pt:e.ptm(`pcCloseButton`),"data-pc-group-section":`headericon`}),{icon:zn(function(t){return[M(e.$slots,`closeicon`,{},function(){return[(F(),L($r(e.closeIcon?`span`:`TimesIcon`),V({class:[e.closeIcon,t.class]},e.ptm(`pcCloseButton`).icon),null,16,[`class`]))]})]}),_:3},16,[`autofocus`,`class`,`onClick`,`aria-label`,`unstyled`,`pt`])]}):B(``,!0)],16)],16)):B(``,!0),R(`div`,V({ref:a.contentRef,class:[e.cx(`content`),e.contentClass],style:e.contentStyle,"data-p":a.dataP},yp(yp({},e.contentProps),e.ptm(`content`))),[M(e.$slots,`default`)],16,Ep),e.footer||e.$slots.footer?(F(),I(`div`,V({key:1,ref:a.footerContainerRef,class:e.cx(`footer`)},e.ptm(`footer`)),[M(e.$slots,`footer`,{},function(){return[Fa(D(e.footer),1)]})],16)):B(``,!0)],64))],16,wp)),[[c,{disabled:!e.modal}]]):B(``,!0)]}),_:3},16,[`onEnter`,`onAfterEnter`,`onBeforeLeave`,`onLeave`,`onAfterLeave`])],16,Cp)):B(``,!0)]}),_:3},8,[`appendTo`])}gp.render=Dp;var Op={class:`cs-dialog-text`},kp={class:`cs-dialog-list`},Ap={class:`cs-muted`},jp={__name:`GenerateDialog`,props:{visible:{type:Boolean,required:!0},missing:{type:Array,required:!0}},emits:[`continue`,`cancel`],setup(e,{emit:t}){let n=t;return(t,r)=>(F(),L(A(gp),{visible:e.visible,modal:``,header:A(X)(`generate.dialogTitle`),closable:!1,draggable:!1,"data-testid":`generate-dialog`,"onUpdate:visible":r[2]||=e=>e||n(`cancel`)},{footer:zn(()=>[z(A(zd),{label:A(X)(`generate.cancel`),"data-testid":`generate-cancel`,onClick:r[0]||=e=>n(`cancel`)},null,8,[`label`]),z(A(zd),{label:A(X)(`generate.continue`),class:`cs-primary`,"data-testid":`generate-continue`,onClick:r[1]||=e=>n(`continue`)},null,8,[`label`])]),default:zn(()=>[R(`p`,Op,D(A(X)(`generate.dialogText`)),1),R(`ul`,kp,[(F(!0),I(N,null,ri(e.missing,e=>(F(),I(`li`,{key:e.entry.key},[R(`strong`,null,D(e.entry.name),1),R(`span`,Ap,` · `+D(e.entry.folder)+`/`+D(e.entry.filename),1)]))),128))])]),_:1},8,[`visible`,`header`]))}},Mp=new Set([`waiting`,`downloading`,`verifying`]);function Np(e){return Mp.has(e)}function Pp(e,t){let n=e=>String(e??``).replace(/\\/g,`/`).replace(/^\/+|\/+$/g,``);return[n(e),n(t)].filter(Boolean).join(`/`)}function Fp(e,t,n){return`${e??``}::${Pp(t,n)}`}function Ip(e){return e.path?Fp(e.folder,``,e.path):Fp(e.folder,e.subfolder,e.filename)}function Lp(e){return String(e??``).replace(/\\/g,`/`).split(`/`).pop()}function Rp(e){return!!(e&&e.resolved!==!1&&e.url)}function zp(e,t=0){return{key:Fp(e.folder,e.subfolder,e.filename||e.name),name:e.name||e.model_name||e.filename||`?`,kind:e.kind||`model`,weight:e.kind===`lora`?e.weight??null:null,folder:e.folder,filename:e.filename||``,subfolder:e.subfolder||``,resource:e,present:!!e.already_downloaded,localPath:e.local_path||``,unresolvedReason:Rp(e)?``:e.reason||``,blockedReason:e.blocked||``,elsewhere:null,disabled:!1,checkedStamp:t}}var Bp={checkpoints:`checkpoint`,diffusion_models:`diffusion_model`,unet:`diffusion_model`,loras:`lora`,embeddings:`embedding`,vae:`vae`,upscale_models:`upscaler`,controlnet:`controlnet`,hypernetworks:`hypernetwork`,text_encoders:`text_encoder`,clip:`text_encoder`,clip_vision:`clip_vision`,animatediff_models:`motion_module`};function Vp(e){let{reference:t,resource:n}=e,r=n?.filename||Lp(t.name),i=n?n.subfolder||``:t.name.replace(/\\/g,`/`).split(`/`).slice(0,-1).join(`/`);return{key:Fp(n?.folder||t.folder,i,r),name:n?.model_name||t.name,kind:n?.kind||Bp[t.folder]||`model`,weight:null,folder:n?.folder||t.folder||`?`,filename:r,subfolder:i,resource:n??null,present:e.status===`present`,localPath:e.local_path||``,unresolvedReason:Rp(n)?``:n?.reason||e.message||``,blockedReason:n?.blocked||``,elsewhere:e.status===`elsewhere`?{path:e.found_elsewhere||``,message:e.message||``}:null,disabled:!!t.disabled,looking:!!e.looking,checkedStamp:e.checkedStamp??0}}function Hp(e,t,n=!1){if(t?.settled&&e.checkedStamp&&t.settled<e.checkedStamp&&(t=null),t){if(t.status===`completed`)return`present`;if(Np(t.status)||t.status===`failed`||t.status===`cancelled`)return t.status}return e.present?`present`:e.elsewhere?`elsewhere`:e.looking?`looking`:e.blockedReason?`blocked`:Rp(e.resource)?e.resource.needs_confirmation&&!n?`confirm`:`resolved`:`unresolved`}function Up(e,t){return t?.status===`completed`?`${t.folder}/${t.path||Pp(t.subfolder,t.filename)}`:e.localPath?`${e.folder}/${e.localPath}`:`${e.folder}/${Pp(e.subfolder,e.filename)}`}function Wp(e,t={}){return!e||e.status!==`failed`?!1:e.needs_key?!!t?.[e.needs_key]:e.retryable!==!1}function Gp(e,t=null,n={}){return e===`failed`?Wp(t,n):e===`resolved`||e===`cancelled`}function Kp(e,t=null,n={}){return e===`blocked`||e===`failed`&&!Wp(t,n)}function qp(e){return e!==`present`}var Jp=[],Yp=null,Xp=new Map;function Zp(e){return`${e.folder}/${e.path||e.filename}`}function Qp(e,t){e.status===`completed`?(nm(t),Jp.push(e),clearTimeout(Yp),Yp=setTimeout(em,800)):e.status===`failed`&&(nm(t),Xp.set(t,Is(`error`,X(`toast.downloadFailed`),`${Zp(e)}: ${e.error||``}`.trim())))}function $p(e,t){e.status===`completed`&&nm(t)}function em(){Yp=null;let e=Jp;Jp=[],e.length===1?Is(`success`,X(`toast.downloaded`),Zp(e[0])):e.length>1&&Is(`success`,X(`toast.batchDone`,{count:e.length}),e.map(Zp).join(`
`))}function tm(e,t){let n=t.filter(({task:e})=>e.status===`failed`),r=Math.max(e.completed_count??0,t.filter(({task:e})=>e.status===`completed`).length),i=Math.max(n.length,+(e.status===`failed`&&n.length===0));if(e.status===`completed`)Is(`success`,X(`toast.batchDone`,{count:r}));else if(e.status===`failed`){let t=n.map(({task:e})=>`${Zp(e)}: ${e.error||``}`.trim()).join(`
`)||e.error||``,a=Is(`error`,X(`toast.batchPartly`,{count:r,failed:i}),t);for(let{key:e}of n)nm(e),Xp.set(e,a)}else e.status===`cancelled`&&Is(`info`,X(`toast.batchCancelled`,{count:r}))}function nm(e){let t=Xp.get(e);if(t){for(let[e,n]of Xp)n===t&&Xp.delete(e);t()}}var rm=`civitai.download.progress`,im=1e3,Z=Ut({files:{},batches:{},latestByTarget:{},requestedByTarget:{},batchTargets:{}}),am=0,om=0,sm=null,cm=!1,lm={waiting:0,downloading:1,verifying:2},um=new Set([`completed`,`failed`,`cancelled`]);function dm(e,t){if(!t)return!0;if(um.has(t.status))return!1;if(um.has(e.status))return!0;let n=lm[t.status]??0,r=lm[e.status]??0,i=e.downloaded_bytes??0,a=t.downloaded_bytes??0;if(r!==n)return r>n||e.status===`downloading`&&t.status===`verifying`&&i>a;let o=e.completed_count??0,s=t.completed_count??0;return o===s?i>=a:o>s}function fm(e){if(!e?.task_id)return!1;let t=e.kind===`batch`?Z.batches:Z.files,n=t[e.task_id];if(!dm(e,n))return!1;let r=um.has(e.status)?++am:void 0;t[e.task_id]={...e,seq:n?.seq??++am,settled:r};let i=!!n&&!um.has(n.status)&&um.has(e.status);if(e.kind===`batch`)return i&&(tm(e,gm(e)),(cm||e.completed_count)&&bm()),!0;let a=Ip(e),o=Z.files[Z.latestByTarget[a]];return(!o||o.seq<=t[e.task_id].seq)&&(Z.latestByTarget[a]=e.task_id),i&&pm(e,a),!0}function pm(e,t){let n=!!(e.batch_id&&Z.batches[e.batch_id]);n?$p(e,t):Qp(e,t),e.status===`completed`&&n&&Np(Z.batches[e.batch_id].status)?cm=!0:e.status===`completed`&&bm();for(let t of mm)t(e)}var mm=new Set;function hm(e){return mm.add(e),()=>mm.delete(e)}function gm(e){return(e.items??[]).map(e=>Z.files[e]).filter(Boolean).map(e=>({task:e,key:Ip(e)}))}function _m(e){let t=gm(e).map(({task:e})=>e),n=e=>t.filter(t=>t.status===e).length;return{done:Math.max(e.completed_count??0,n(`completed`)),failed:n(`failed`),running:t.filter(e=>Np(e.status)).length,total:e.total_count??t.length}}function vm(){return Object.values(Z.files).filter(e=>Np(e.status)).length}async function ym(){(sm||cm)&&(clearTimeout(sm),sm=null,cm=!1,await Promise.resolve(qs()).catch(e=>console.warn(`[Civitai Sidebar] refreshing model lists failed`,e)))}function bm(){clearTimeout(sm),sm=setTimeout(()=>{sm=null,cm=!1,Promise.resolve(qs()).catch(e=>console.warn(`[Civitai Sidebar] refreshing model lists failed`,e))},im)}async function xm(){let e=am,{tasks:t=[]}=await ks(`/civitai/downloads`)??{},n=new Set(t.map(e=>e.task_id));for(let e of t)fm(e);for(let t of[Z.files,Z.batches])for(let[r,i]of Object.entries(t))!n.has(r)&&i.seq<=e&&!um.has(i.status)&&!r.startsWith(`local-`)&&delete t[r]}var Sm=null;function Cm(){Sm||(Sm=Ms(rm,fm),xm().catch(e=>console.warn(`[Civitai Sidebar] could not read the downloads`,e)))}function wm(){let e=Ms(rm,fm);return xm().catch(e=>console.warn(`[Civitai Sidebar] could not read the downloads`,e)),e}function Tm(e,t){Z.files[e]||fm({task_id:e,kind:`file`,status:`waiting`,progress:0,downloaded_bytes:0,total_bytes:null,error:null,...t})}async function Em(e,t){let n={folder:t.folder,subfolder:t.subfolder||``,filename:t.filename||t.name,path:null};try{let{task_id:r}=await ks(`/civitai/download`,{method:`POST`,body:{resource:t}});Z.requestedByTarget[e]=r,Tm(r,n)}catch(t){let r=`local-${++om}`;Z.requestedByTarget[e]=r,fm({task_id:r,kind:`file`,...n,status:`failed`,progress:0,downloaded_bytes:0,error:t.message})}}async function Dm(e){try{let{task_id:t}=await ks(`/civitai/download-all`,{method:`POST`,body:{resources:e.map(e=>e.resource)}});Z.batchTargets[t]=e.map(e=>e.key),Z.batches[t]||fm({task_id:t,kind:`batch`,status:`waiting`,completed_count:0,total_count:e.length,items:[],downloaded_bytes:0})}catch(e){Is(`error`,X(`toast.downloadFailed`),e.message)}}async function Om(e){try{await ks(`/civitai/download-cancel`,{method:`POST`,body:{task_id:e}})}catch(e){Is(`error`,X(`toast.downloadFailed`),e.message)}}async function km(){try{await ks(`/civitai/download-cancel`,{method:`POST`,body:{cancel_all:!0}})}catch(e){Is(`error`,X(`toast.downloadFailed`),e.message)}}function Am(){return++am}function jm(e){return[Z.files[Z.latestByTarget[e]],Z.files[Z.requestedByTarget[e]]].filter(Boolean).sort((e,t)=>t.seq-e.seq)[0]??null}function Mm(e){let t=new Set(e);return Object.values(Z.batches).filter(e=>Np(e.status)).sort((e,t)=>t.seq-e.seq).find(e=>{let n=Z.batchTargets[e.task_id]??[],r=(e.items??[]).map(e=>Z.files[e]).filter(Boolean).map(Ip);return[...n,...r].some(e=>t.has(e))})??null}function Nm(){return Object.values(Z.files).some(e=>Np(e.status))||Object.values(Z.batches).some(e=>Np(e.status))}var Pm=`civitai-sidebar:last-view`;function Fm(){return`${Pm}:${globalThis.location?.pathname??`/`}`}function Im(){try{let e=JSON.parse(globalThis.sessionStorage?.getItem(Fm())??`{}`);return e&&typeof e==`object`?e:{}}catch{return{}}}function Lm(e){try{globalThis.sessionStorage?.setItem(Fm(),JSON.stringify({...Im(),...e}))}catch{}}var Q=Ut({query:``,loading:!1,error:``,result:null,checkedStamp:0,confirmed:{},generating:!1,generateError:``,generated:null}),$=Gt(Q),Rm=0;function zm(e){Q.query=e}async function Bm(e=Q.query){let t=String(e??``).trim();if(!t)return;let n=++Rm;Object.assign(Q,{loading:!0,error:``,generateError:``,generated:null});try{let e=await ks(`/civitai/resolve`,{method:`POST`,body:{image_id:t}});if(n!==Rm)return;Object.assign(Q,{result:e,checkedStamp:Am(),confirmed:{}}),Lm({imageQuery:t})}catch(e){if(n!==Rm)return;Object.assign(Q,{result:null,error:e.message})}finally{n===Rm&&(Q.loading=!1)}}var Vm=!1;function Hm(){let{imageQuery:e}=Im();if(!(Vm||Q.result||Q.loading||typeof e!=`string`||!e))return Vm=!0,Q.query=e,Bm(e)}function Um(e){Q.confirmed[e]=!0}function Wm(){return!!(Q.result?.metadata&&Q.result.meta_available!==!1)&&!Q.generating}async function Gm(e){Object.assign(Q,{generating:!0,generateError:``,generated:null});try{await ym(),Q.generated=await e()}catch(e){Q.generateError=e.message}finally{Q.generating=!1}}function Km(){let{metadata:e,resources:t,image:n}=Q.result;return Gm(async()=>{let r=await ks(`/civitai/generate`,{method:`POST`,body:{metadata:e,resources:t}}),{loaded:i,nodeCount:a}=await $s(r.workflow,qm(n));if(!i)throw Error(X(`generate.notLoaded`));return{text:X(`generate.loaded`,{count:a||r.node_count,type:r.workflow_type}),warnings:r.warnings??[]}})}function qm(e=Q.result?.image){return`civitai-${e?.id??`image`}`}function Jm(){let e=Q.result?.comfy_workflow;return e?.workflow?{format:`ui`,workflow:e.workflow}:e?.prompt?{format:`api`,workflow:e.prompt}:null}function Ym(){let e=Jm();if(e)return Gm(async()=>{let t=qm();if(e.format===`ui`)return{text:X(`generate.ownLoaded`,{count:await cc(e.workflow,t)}),warnings:[]};let{loaded:n,nodeCount:r}=await $s(e.workflow,t);if(!n)throw Error(X(`generate.notLoaded`));return{text:X(`generate.ownLoaded`,{count:r}),warnings:[]}})}var Xm={class:`cs-generate`},Zm={class:`cs-generate-actions`},Qm={key:1,class:`cs-generate-status`,"data-testid":`generate-status`},$m={key:0,class:`cs-muted`},eh={__name:`GeneratePanel`,props:{cards:{type:Array,required:!0}},setup(e){let t=e,n=tn(!1),r=H(()=>t.cards.filter(e=>qp(e.state)));function i(){r.value.length?n.value=!0:Km()}function a(){n.value=!1,Km()}return(e,t)=>(F(),I(`div`,Xm,[R(`div`,Zm,[z(A(zd),{label:A(X)(`generate.button`),icon:`pi pi-sparkles`,"loading-icon":`pi pi-spin pi-spinner`,class:`cs-primary`,loading:A($).generating,disabled:!A(Wm)(),"data-testid":`generate-workflow`,onClick:i},null,8,[`label`,`loading`,`disabled`]),A(Jm)()?(F(),L(A(zd),{key:0,label:A(X)(`generate.ownWorkflow`),icon:`pi pi-folder-open`,disabled:A($).generating,"data-testid":`load-own-workflow`,onClick:A(Ym)},null,8,[`label`,`disabled`,`onClick`])):B(``,!0)]),A($).generateError?(F(),L(A(rf),{key:0,severity:`error`,"data-testid":`generate-error`},{default:zn(()=>[Fa(D(A($).generateError),1)]),_:1})):A($).generated?(F(),I(`div`,Qm,[R(`span`,null,[t[1]||=R(`i`,{class:`pi pi-check`,"aria-hidden":`true`},null,-1),Fa(` `+D(A($).generated.text),1)]),A($).generated.warnings.length?(F(),I(`ul`,$m,[(F(!0),I(N,null,ri(A($).generated.warnings,(e,t)=>(F(),I(`li`,{key:t},D(e),1))),128))])):B(``,!0)])):B(``,!0),z(jp,{visible:n.value,missing:r.value,onContinue:a,onCancel:t[0]||=e=>n.value=!1},null,8,[`visible`,`missing`])]))}},th={name:`BaseInputText`,extends:{name:`BaseInput`,extends:{name:`BaseEditableHolder`,extends:ju,emits:[`update:modelValue`,`value-change`],props:{modelValue:{type:null,default:void 0},defaultValue:{type:null,default:void 0},name:{type:String,default:void 0},invalid:{type:Boolean,default:void 0},disabled:{type:Boolean,default:!1},formControl:{type:Object,default:void 0}},inject:{$parentInstance:{default:void 0},$pcForm:{default:void 0},$pcFormField:{default:void 0}},data:function(){return{d_value:this.defaultValue===void 0?this.modelValue:this.defaultValue}},watch:{modelValue:{deep:!0,handler:function(e){this.d_value=e}},defaultValue:function(e){this.d_value=e},$formName:{immediate:!0,handler:function(e){var t,n;this.formField=((t=this.$pcForm)==null||(n=t.register)==null?void 0:n.call(t,e,this.$formControl))||{}}},$formControl:{immediate:!0,handler:function(e){var t,n;this.formField=((t=this.$pcForm)==null||(n=t.register)==null?void 0:n.call(t,this.$formName,e))||{}}},$formDefaultValue:{immediate:!0,handler:function(e){this.d_value!==e&&(this.d_value=e)}},$formValue:{immediate:!1,handler:function(e){var t;(t=this.$pcForm)!=null&&t.getFieldState(this.$formName)&&e!==this.d_value&&(this.d_value=e)}}},formField:{},methods:{writeValue:function(e,t){var n,r;this.controlled&&(this.d_value=e,this.$emit(`update:modelValue`,e)),this.$emit(`value-change`,e),(n=(r=this.formField).onChange)==null||n.call(r,{originalEvent:t,value:e})},findNonEmpty:function(){return[...arguments].find(W)}},computed:{$filled:function(){return W(this.d_value)},$invalid:function(){var e,t;return!this.$formNovalidate&&this.findNonEmpty(this.invalid,(e=this.$pcFormField)==null||(e=e.$field)==null?void 0:e.invalid,(t=this.$pcForm)==null||(t=t.getFieldState(this.$formName))==null?void 0:t.invalid)},$formName:function(){return this.$formNovalidate?void 0:this.name||this.$formControl?.name},$formControl:function(){return this.formControl||this.$pcFormField?.formControl},$formNovalidate:function(){return this.$formControl?.novalidate},$formDefaultValue:function(){var e;return this.findNonEmpty(this.d_value,this.$pcFormField?.initialValue,(e=this.$pcForm)==null||(e=e.initialValues)==null?void 0:e[this.$formName])},$formValue:function(){var e,t;return this.findNonEmpty((e=this.$pcFormField)==null||(e=e.$field)==null?void 0:e.value,(t=this.$pcForm)==null||(t=t.getFieldState(this.$formName))==null?void 0:t.value)},controlled:function(){return this.$inProps.hasOwnProperty(`modelValue`)||!this.$inProps.hasOwnProperty(`modelValue`)&&!this.$inProps.hasOwnProperty(`defaultValue`)},filled:function(){return this.$filled}}},props:{size:{type:String,default:null},fluid:{type:Boolean,default:null},variant:{type:String,default:null}},inject:{$parentInstance:{default:void 0},$pcFluid:{default:void 0}},computed:{$variant:function(){return this.variant??(this.$primevue.config.inputStyle||this.$primevue.config.inputVariant)},$fluid:function(){return this.fluid??!!this.$pcFluid},hasFluid:function(){return this.$fluid}}},style:K.extend({name:`inputtext`,style:`
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
`,classes:{root:function(e){var t=e.instance,n=e.props;return[`p-inputtext p-component`,{"p-filled":t.$filled,"p-inputtext-sm p-inputfield-sm":n.size===`small`,"p-inputtext-lg p-inputfield-lg":n.size===`large`,"p-invalid":t.$invalid,"p-variant-filled":t.$variant===`filled`,"p-inputtext-fluid":t.$fluid}]}}}),provide:function(){return{$pcInputText:this,$parentInstance:this}}};function nh(e){"@babel/helpers - typeof";return nh=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},nh(e)}function rh(e,t,n){return(t=ih(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function ih(e){var t=ah(e,`string`);return nh(t)==`symbol`?t:t+``}function ah(e,t){if(nh(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(nh(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var oh={name:`InputText`,extends:th,inheritAttrs:!1,methods:{onInput:function(e){this.writeValue(e.target.value,e)}},computed:{attrs:function(){return V(this.ptmi(`root`,{context:{filled:this.$filled,disabled:this.disabled}}),this.formField)},dataP:function(){return lc(rh({invalid:this.$invalid,fluid:this.$fluid,filled:this.$variant===`filled`},this.size,this.size))}}},sh=[`value`,`name`,`disabled`,`aria-invalid`,`data-p`];function ch(e,t,n,r,i,a){return F(),I(`input`,V({type:`text`,class:e.cx(`root`),value:e.d_value,name:e.name,disabled:e.disabled,"aria-invalid":e.$invalid||void 0,"data-p":a.dataP,onInput:t[0]||=function(){return a.onInput&&a.onInput.apply(a,arguments)}},a.attrs),null,16,sh)}oh.render=ch;var lh={__name:`ImageLookupForm`,setup(e){return(e,t)=>(F(),I(`form`,{class:`cs-lookup`,onSubmit:t[0]||=_s(e=>A(Bm)(),[`prevent`])},[z(A(oh),{"model-value":A($).query,class:`cs-lookup-input`,placeholder:A(X)(`image.inputPlaceholder`),"aria-label":A(X)(`image.inputLabel`),autocomplete:`off`,spellcheck:`false`,"data-testid":`image-input`,"onUpdate:modelValue":A(zm)},null,8,[`model-value`,`placeholder`,`aria-label`,`onUpdate:modelValue`]),z(A(zd),{type:`submit`,label:A(X)(`image.load`),icon:`pi pi-search`,"loading-icon":`pi pi-spin pi-spinner`,loading:A($).loading,disabled:!A($).query.trim(),"data-testid":`image-load`},null,8,[`label`,`loading`,`disabled`])],32))}},uh={class:`cs-facts cs-params`,"data-testid":`image-params`},dh=[`data-param`],fh={__name:`ImageParams`,props:{metadata:{type:Object,required:!0}},setup(e){let t=e,n=e=>e!=null&&e!==``;function r(e){if(!e)return``;let{upscale:t,upscaler:r,steps:i,denoise:a}=e;return[[n(t)?`×${t}`:``,r??``].filter(Boolean).join(` `),n(i)?X(`params.hiresSteps`,{steps:i}):``,n(a)?X(`params.hiresDenoise`,{denoise:a}):``].filter(Boolean).join(`, `)}let i=H(()=>{let e=t.metadata,i=e.width&&e.height?`${e.width} × ${e.height}`:``;return[[`prompt`,e.prompt,!0],[`negative_prompt`,e.negative_prompt,!0],[`model`,e.model_name],[`sampler`,e.sampler],[`scheduler`,e.scheduler],[`steps`,e.steps],[`cfg`,e.cfg],[`seed`,e.seed],[`size`,i],[`clip_skip`,e.clip_skip],[`denoise`,e.denoise],[`vae`,e.vae],[`hires`,r(e.hires)]].filter(([,e])=>n(e)).map(([e,t,n])=>({name:e,value:String(t),long:!!n}))});return(e,t)=>(F(),I(`dl`,uh,[(F(!0),I(N,null,ri(i.value,e=>(F(),I(N,{key:e.name},[R(`dt`,{class:be({"cs-param-long":e.long})},D(A(X)(`params.${e.name}`)),3),R(`dd`,{class:be({"cs-param-long":e.long}),"data-param":e.name},D(e.value),11,dh)],64))),128))]))}},ph={class:`cs-image`},mh=[`href`,`aria-label`],hh=[`src`],gh=[`src`],_h={class:`cs-muted cs-image-credit`},vh=[`href`],yh={key:1},bh={key:2},xh={key:3,class:`cs-notices`,"data-testid":`image-notices`},Sh={__name:`ImageSummary`,props:{result:{type:Object,required:!0}},setup(e){let t=e,n=H(()=>t.result.image??{});function r(e){e.target.style.visibility=`hidden`}let i=H(()=>n.value.width&&n.value.height?`${n.value.width} / ${n.value.height}`:`1 / 1`);return(t,a)=>(F(),I(`div`,ph,[n.value.url?(F(),I(`a`,{key:0,class:`cs-thumb`,href:n.value.page_url||n.value.url,target:`_blank`,rel:`noopener noreferrer`,style:he({aspectRatio:i.value}),"aria-label":A(X)(`image.openOnCivitai`)},[n.value.type===`video`?(F(),I(`video`,{key:0,src:n.value.url,muted:``,loop:``,autoplay:``,playsinline:``},null,8,hh)):(F(),I(`img`,{key:1,src:n.value.url,alt:``,loading:`lazy`,onError:r},null,40,gh))],12,mh)):B(``,!0),R(`p`,_h,[n.value.page_url?(F(),I(`a`,{key:0,href:n.value.page_url,target:`_blank`,rel:`noopener noreferrer`},D(A(X)(`image.openOnCivitai`)),9,vh)):B(``,!0),n.value.username?(F(),I(`span`,yh,` · `+D(A(X)(`image.by`,{user:n.value.username})),1)):B(``,!0),n.value.base_model?(F(),I(`span`,bh,` · `+D(n.value.base_model),1)):B(``,!0)]),e.result.meta_available===!1?(F(),L(A(rf),{key:1,severity:`warn`},{default:zn(()=>[Fa(D(A(X)(`image.noMeta`)),1)]),_:1})):e.result.metadata?(F(),L(fh,{key:2,metadata:e.result.metadata},null,8,[`metadata`])):B(``,!0),e.result.notices?.length?(F(),I(`ul`,xh,[(F(!0),I(N,null,ri(e.result.notices,(e,t)=>(F(),I(`li`,{key:t},D(e),1))),128))])):B(``,!0)]))}},Ch={class:`cs-image cs-model`,"data-testid":`model-summary`},wh={class:`cs-model-title`},Th={"data-testid":`model-name`},Eh={key:0,class:`cs-muted`},Dh={class:`cs-muted cs-image-credit`},Oh=[`href`],kh={key:1},Ah={key:2},jh={key:0,class:`cs-notices`,"data-testid":`image-notices`},Mh={__name:`ModelSummary`,props:{result:{type:Object,required:!0}},setup(e){let t=e,n=H(()=>t.result.model??{});return(t,r)=>(F(),I(`div`,Ch,[R(`p`,wh,[R(`strong`,Th,D(n.value.name),1),n.value.version_name?(F(),I(`span`,Eh,` · `+D(A(X)(`image.modelVersion`,{version:n.value.version_name})),1)):B(``,!0)]),R(`p`,Dh,[n.value.page_url?(F(),I(`a`,{key:0,href:n.value.page_url,target:`_blank`,rel:`noopener noreferrer`},D(A(X)(`image.openOnCivitai`)),9,Oh)):B(``,!0),n.value.type?(F(),I(`span`,kh,` · `+D(n.value.type),1)):B(``,!0),n.value.base_model?(F(),I(`span`,Ah,` · `+D(n.value.base_model),1)):B(``,!0)]),e.result.notices?.length?(F(),I(`ul`,jh,[(F(!0),I(N,null,ri(e.result.notices,(e,t)=>(F(),I(`li`,{key:t},D(e),1))),128))])):B(``,!0),z(A(rf),{severity:`secondary`,"data-testid":`model-no-params`},{default:zn(()=>[Fa(D(A(X)(`image.modelNoParams`)),1)]),_:1})]))}},Nh={class:`cs-list-toolbar`},Ph=[`data-count`],Fh={class:`cs-list-actions`},Ih=[`data-count`,`title`],Lh={__name:`DownloadToolbar`,props:{cards:{type:Array,required:!0}},setup(e){let t=e,n=H(()=>vf.health?.keys??{}),r=H(()=>t.cards.filter(e=>qp(e.state)).length),i=H(()=>t.cards.filter(e=>Gp(e.state,e.task,n.value))),a=H(()=>t.cards.filter(e=>Kp(e.state,e.task,n.value))),o=H(()=>a.value.map(e=>`${e.entry.filename||e.entry.name}: ${e.entry.blockedReason||e.task?.error||``}`).join(`
`)),s=H(()=>Mm(t.cards.map(e=>e.entry.key))),c=H(()=>Nm()),l=H(()=>s.value?X(`list.downloadingAll`,{done:_m(s.value).done,total:_m(s.value).total}):X(`list.downloadAll`));function u(){Dm(i.value.map(e=>({key:e.entry.key,resource:e.entry.resource})))}return(e,t)=>(F(),I(`div`,Nh,[R(`span`,{class:`cs-missing-count`,"data-testid":`missing-count`,"data-count":r.value},D(r.value?A(X)(`list.missing`,{count:r.value}):A(X)(`list.noneMissing`)),9,Ph),R(`div`,Fh,[z(A(zd),{label:l.value,icon:`pi pi-download`,class:`cs-primary`,disabled:!!s.value||i.value.length===0,"data-testid":`download-all`,onClick:u},null,8,[`label`,`disabled`]),c.value?(F(),L(A(zd),{key:0,label:A(X)(`list.cancelAll`),icon:`pi pi-times`,"data-testid":`cancel-all`,onClick:A(km)},null,8,[`label`,`onClick`])):B(``,!0)]),a.value.length?(F(),I(`p`,{key:0,class:`cs-skipped`,"data-testid":`skipped-count`,"data-count":a.value.length,title:o.value},[t[0]||=R(`i`,{class:`pi pi-lock`,"aria-hidden":`true`},null,-1),Fa(` `+D(A(X)(`list.skipped`,{count:a.value.length})),1)],8,Ih)):B(``,!0)]))}},Rh=K.extend({name:`progressbar`,style:`
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
`,classes:{root:function(e){var t=e.instance;return[`p-progressbar p-component`,{"p-progressbar-determinate":t.determinate,"p-progressbar-indeterminate":t.indeterminate}]},value:`p-progressbar-value`,label:`p-progressbar-label`}}),zh={name:`ProgressBar`,extends:{name:`BaseProgressBar`,extends:ju,props:{value:{type:Number,default:null},mode:{type:String,default:`determinate`},showValue:{type:Boolean,default:!0}},style:Rh,provide:function(){return{$pcProgressBar:this,$parentInstance:this}}},inheritAttrs:!1,computed:{progressStyle:function(){return{width:this.value+`%`,display:`flex`}},indeterminate:function(){return this.mode===`indeterminate`},determinate:function(){return this.mode===`determinate`},dataP:function(){return lc({determinate:this.determinate,indeterminate:this.indeterminate})}}},Bh=[`aria-valuenow`,`data-p`],Vh=[`data-p`],Hh=[`data-p`],Uh=[`data-p`];function Wh(e,t,n,r,i,a){return F(),I(`div`,V({role:`progressbar`,class:e.cx(`root`),"aria-valuemin":`0`,"aria-valuenow":e.value,"aria-valuemax":`100`,"data-p":a.dataP},e.ptmi(`root`)),[a.determinate?(F(),I(`div`,V({key:0,class:e.cx(`value`),style:a.progressStyle,"data-p":a.dataP},e.ptm(`value`)),[e.value!=null&&e.value!==0&&e.showValue?(F(),I(`div`,V({key:0,class:e.cx(`label`),"data-p":a.dataP},e.ptm(`label`)),[M(e.$slots,`default`,{},function(){return[Fa(D(e.value+`%`),1)]})],16,Hh)):B(``,!0)],16,Vh)):a.indeterminate?(F(),I(`div`,V({key:1,class:e.cx(`value`),"data-p":a.dataP},e.ptm(`value`)),null,16,Uh)):B(``,!0)],16,Bh)}zh.render=Wh;var Gh=1048576;function Kh(e){return((Number(e)||0)/Gh).toFixed(1)}function qh(e){let t=Math.min(100,Math.max(0,Number(e)||0));return Math.round(t*10)/10}var Jh=[`data-state`],Yh=[`aria-label`],Xh=[`title`],Zh={class:`cs-status-text cs-muted`,"data-testid":`card-looking`},Qh={class:`cs-status-text cs-muted`},$h=[`title`],eg=[`title`],tg=[`title`],ng=[`title`],rg={class:`cs-status-text cs-muted`},ig={class:`cs-progress-column`},ag={key:0,class:`cs-bytes cs-retrying`,"data-testid":`card-retrying`},og={key:1,class:`cs-bytes`,"data-testid":`card-bytes`},sg={class:`cs-status-text`},cg=[`title`],lg={__name:`CardStatus`,props:{state:{type:String,required:!0},entry:{type:Object,required:!0},task:{type:Object,default:null}},emits:[`download`,`cancel`,`retry`,`confirm`],setup(e){let t=e,n=H(()=>qh(t.task?.progress)),r=H(()=>{let e=t.task??{},n=e.total_bytes??t.entry.resource?.size;return n?X(`card.bytes`,{done:Kh(e.downloaded_bytes),total:Kh(n)}):X(`card.unknownSize`,{done:Kh(e.downloaded_bytes)})}),i=H(()=>t.entry.resource?.size?`${Kh(t.entry.resource.size)} MB`:``),a=H(()=>Wp(t.task,vf.health?.keys??{})),o=H(()=>!!t.task?.needs_key&&!a.value),s=H(()=>[t.task?.error,o.value?X(`card.keyThenRetry`):``].filter(Boolean).join(` `)),c=tn(0),l=tn(Date.now()),u=null;Kn(()=>t.task?.retry,e=>{clearInterval(u),u=null,e&&(c.value=l.value=Date.now(),u=setInterval(()=>l.value=Date.now(),1e3))},{immediate:!0}),Wr(()=>clearInterval(u));let d=H(()=>{let e=t.task?.retry;return e?X(`card.retrying`,{seconds:Math.max(0,Math.ceil(e.in_seconds-(l.value-c.value)/1e3)),attempt:e.attempt,of:e.of}):``});return(t,o)=>(F(),I(`div`,{class:`cs-card-status`,"data-state":e.state},[e.state===`present`?(F(),I(N,{key:0},[R(`i`,{class:`pi pi-check cs-ok`,"aria-label":A(X)(`card.present`)},null,8,Yh),R(`span`,{class:`cs-status-text cs-path`,"data-testid":`card-path`,title:A(Up)(e.entry,e.task)},D(A(Up)(e.entry,e.task)),9,Xh)],64)):e.state===`looking`?(F(),I(N,{key:1},[o[5]||=R(`i`,{class:`pi pi-spin pi-spinner`,"aria-hidden":`true`},null,-1),R(`span`,Zh,D(A(X)(`card.looking`)),1)],64)):e.state===`resolved`||e.state===`cancelled`?(F(),I(N,{key:2},[R(`span`,Qh,D(e.state===`cancelled`?A(X)(`card.cancelled`):i.value),1),z(A(zd),{label:A(X)(`card.download`),icon:`pi pi-download`,class:`cs-primary`,"data-testid":`card-download`,onClick:o[0]||=e=>t.$emit(`download`)},null,8,[`label`])],64)):e.state===`unresolved`?(F(),I(`span`,{key:3,class:`cs-status-text cs-reason`,"data-testid":`card-reason`,title:e.entry.unresolvedReason},[R(`strong`,null,D(A(X)(`card.cannotResolve`)),1),e.entry.unresolvedReason?(F(),I(N,{key:0},[Fa(`: `+D(e.entry.unresolvedReason),1)],64)):B(``,!0)],8,$h)):e.state===`blocked`?(F(),I(N,{key:4},[o[6]||=R(`i`,{class:`pi pi-lock cs-blocked-icon`,"aria-hidden":`true`},null,-1),R(`span`,{class:`cs-status-text cs-reason`,"data-testid":`card-blocked`,title:e.entry.blockedReason},D(e.entry.blockedReason),9,eg)],64)):e.state===`elsewhere`?(F(),I(`span`,{key:5,class:`cs-status-text cs-muted`,"data-testid":`card-message`,title:e.entry.elsewhere.message},D(e.entry.elsewhere.message||`${A(X)(`card.elsewhere`)}: ${e.entry.elsewhere.path}`),9,tg)):e.state===`confirm`?(F(),I(N,{key:6},[R(`span`,{class:`cs-status-text cs-evidence`,title:e.entry.resource.evidence},D(A(X)(`card.confirmHint`))+` `+D(e.entry.resource.evidence),9,ng),z(A(zd),{label:A(X)(`card.confirm`),icon:`pi pi-check`,"data-testid":`card-confirm`,onClick:o[1]||=e=>t.$emit(`confirm`)},null,8,[`label`])],64)):e.state===`waiting`?(F(),I(N,{key:7},[R(`span`,rg,D(A(X)(`card.waiting`)),1),z(A(zd),{label:A(X)(`card.cancel`),icon:`pi pi-times`,"data-testid":`card-cancel`,onClick:o[2]||=e=>t.$emit(`cancel`)},null,8,[`label`])],64)):e.state===`downloading`?(F(),I(N,{key:8},[R(`div`,ig,[z(A(zh),{value:n.value,"show-value":n.value>10,"data-testid":`card-progress`},{default:zn(()=>[Fa(D(Math.floor(n.value))+`%`,1)]),_:1},8,[`value`,`show-value`]),d.value?(F(),I(`span`,ag,D(d.value),1)):(F(),I(`span`,og,D(r.value),1))]),z(A(zd),{label:A(X)(`card.cancel`),icon:`pi pi-times`,"data-testid":`card-cancel`,onClick:o[3]||=e=>t.$emit(`cancel`)},null,8,[`label`])],64)):e.state===`verifying`?(F(),I(N,{key:9},[o[7]||=R(`i`,{class:`pi pi-spin pi-spinner`,"aria-hidden":`true`},null,-1),R(`span`,sg,D(A(X)(`card.verifying`)),1)],64)):e.state===`failed`?(F(),I(N,{key:10},[R(`span`,{class:`cs-status-text cs-error`,"data-testid":`card-error`,title:e.task?.error},D(s.value),9,cg),a.value?(F(),L(A(zd),{key:0,label:A(X)(`card.retry`),icon:`pi pi-refresh`,"data-testid":`card-retry`,onClick:o[4]||=e=>t.$emit(`retry`)},null,8,[`label`])):B(``,!0)],64)):B(``,!0)],8,Jh))}},ug=[`data-focused`,`data-state`,`data-name`,`data-folder`,`data-filename`],dg={class:`cs-card-head`},fg={class:`cs-card-titles`},pg=[`title`],mg=[`title`],hg={class:`cs-badge`},gg={key:0,class:`cs-badge`,"data-testid":`card-weight`},_g=[`href`,`title`,`aria-label`],vg={class:`cs-card-names`,"data-testid":`card-names`},yg=[`title`],bg=[`title`],xg={class:`cs-card-hint`,"data-testid":`card-saved-as`},Sg={key:1,class:`cs-card-hint`,"data-testid":`card-needs-key`},Cg={key:2,class:`cs-card-hint`},wg={key:3,class:`cs-card-hint`},Tg={__name:`ResourceCard`,props:{entry:{type:Object,required:!0},task:{type:Object,default:null},state:{type:String,required:!0},focused:{type:Boolean,default:!1}},emits:[`download`,`cancel`,`retry`,`confirm`],setup(e){let t=e,n=H(()=>t.entry.resource??{}),r=H(()=>[t.entry.folder,t.entry.subfolder,t.entry.filename].filter(Boolean).join(`/`)),i=H(()=>{let e=X(`card.kind.${t.entry.kind}`);return e.startsWith(`card.kind.`)?t.entry.kind:e}),a=H(()=>t.state===`confirm`&&!!n.value.source_filename),o=H(()=>X(n.value.model_version_id?`card.civitaiHas`:`card.sourceHas`)),s=H(()=>n.value.needs_key&&[`resolved`,`confirm`,`failed`,`cancelled`].includes(t.state));return(t,c)=>(F(),I(`article`,{class:be([`cs-card`,{"cs-card-focused":e.focused}]),"data-testid":`resource-card`,"data-focused":e.focused?`true`:null,"data-state":e.state,"data-name":e.entry.name,"data-folder":e.entry.folder,"data-filename":e.entry.filename},[R(`header`,dg,[R(`div`,fg,[R(`div`,{class:`cs-card-title`,title:e.entry.name},D(e.entry.name),9,pg),R(`div`,{class:`cs-card-subtitle`,title:r.value},D(r.value),9,mg)]),R(`span`,hg,D(i.value),1),e.entry.weight!==null&&e.entry.weight!==void 0?(F(),I(`span`,gg,D(A(X)(`card.weight`,{weight:e.entry.weight})),1)):B(``,!0),n.value.page_url?(F(),I(`a`,{key:1,class:`cs-card-link`,href:n.value.page_url,target:`_blank`,rel:`noopener noreferrer`,title:A(X)(`card.openPage`),"aria-label":A(X)(`card.openPage`),"data-testid":`card-link`},[...c[4]||=[R(`i`,{class:`pi pi-external-link`,"aria-hidden":`true`},null,-1)]],8,_g)):B(``,!0)]),a.value?(F(),I(N,{key:0},[R(`dl`,vg,[R(`div`,null,[R(`dt`,null,D(A(X)(`card.workflowLoads`)),1),R(`dd`,{"data-testid":`card-wanted-name`,title:e.entry.filename},D(e.entry.filename),9,yg)]),R(`div`,null,[R(`dt`,null,D(o.value),1),R(`dd`,{"data-testid":`card-source-name`,title:n.value.source_filename},D(n.value.source_filename),9,bg)])]),R(`p`,xg,D(A(X)(`card.savedAs`,{name:e.entry.filename})),1)],64)):B(``,!0),s.value?(F(),I(`p`,Sg,[c[5]||=R(`i`,{class:`pi pi-key`,"aria-hidden":`true`},null,-1),Fa(` `+D(A(X)(`card.needsKey`)),1)])):B(``,!0),n.value.early_access_ends_at&&![`present`,`blocked`].includes(e.state)?(F(),I(`p`,Cg,D(A(X)(`card.earlyAccess`,{date:n.value.early_access_ends_at.slice(0,10)})),1)):B(``,!0),e.entry.disabled?(F(),I(`p`,wg,D(A(X)(`card.mutedNode`)),1)):B(``,!0),z(lg,{state:e.state,entry:e.entry,task:e.task,onDownload:c[0]||=e=>t.$emit(`download`),onCancel:c[1]||=e=>t.$emit(`cancel`),onRetry:c[2]||=e=>t.$emit(`retry`),onConfirm:c[3]||=e=>t.$emit(`confirm`)},null,8,[`state`,`entry`,`task`])],10,ug))}},Eg={class:`cs-resources`},Dg={key:0,class:`cs-muted`},Og={__name:`ResourceList`,props:{cards:{type:Array,required:!0},focusedKeys:{type:Array,default:()=>[]}},emits:[`confirm`],setup(e,{emit:t}){let n=t,r=e=>Em(e.entry.key,e.entry.resource);return(t,i)=>(F(),I(`div`,Eg,[z(Lh,{cards:e.cards},null,8,[`cards`]),e.cards.length===0?(F(),I(`p`,Dg,D(A(X)(`list.empty`)),1)):B(``,!0),(F(!0),I(N,null,ri(e.cards,t=>(F(),L(Tg,{key:t.entry.key,entry:t.entry,task:t.task,state:t.state,focused:e.focusedKeys.includes(t.entry.key),onDownload:e=>r(t),onRetry:e=>r(t),onCancel:e=>t.task&&A(Om)(t.task.task_id),onConfirm:e=>n(`confirm`,t.entry.key)},null,8,[`entry`,`task`,`state`,`focused`,`onDownload`,`onRetry`,`onCancel`,`onConfirm`]))),128))]))}},kg=Ut({byKey:{}}),Ag=new Set,jg=new Set,Mg=null;function Ng(e){return Fp(``,e.subfolder,e.filename).slice(2)}function Pg(e){let t=[Ng(e)];e.localPath&&t.push(e.localPath);let n=jm(e.key);return n?.status===`completed`&&n.path&&t.push(n.path),t.map(e=>String(e).replace(/\\/g,`/`))}async function Fg(e){try{let t=await ks(`/models/${encodeURIComponent(e)}`);return Array.isArray(t)?new Set(t.map(e=>String(e).replace(/\\/g,`/`))):null}catch{return null}}async function Ig(e){let t=e.filter(e=>e?.folder&&e.filename&&!e.elsewhere);if(!t.length)return;let n=Am(),r=[...new Set(t.map(e=>e.folder))],i=new Map(await Promise.all(r.map(async e=>[e,await Fg(e)]))),a=[];for(let e of t){let t=i.get(e.folder);if(!t)continue;let r=Pg(e).some(e=>t.has(e)),o=kg.byKey[e.key];o&&o.stamp>n||(kg.byKey[e.key]={present:r,stamp:n},e.present&&!r&&a.push(e.key))}if(a.length)for(let e of jg)e(a)}function Lg(e){let t=kg.byKey[e.key];return!t||t.stamp<=(e.checkedStamp??0)?e:{...e,present:t.present}}function Rg(e,t){let n=kg.byKey[e];return t?.status===`completed`&&n&&!n.present&&n.stamp>(t.settled??0)?null:t}function zg(e){return Ag.add(e),Ig(e()).catch(()=>{}),()=>Ag.delete(e)}function Bg(){clearTimeout(Mg),Mg=setTimeout(()=>{Mg=null,Ig([...Ag].flatMap(e=>e())).catch(()=>{})},300)}function Vg(e){return jg.add(e),()=>jg.delete(e)}var Hg=null;function Ug(){Hg||=hm(Bg)}function Wg(e,t){let n=null;return Br(()=>n=zg(e)),Ur(()=>n?.()),H(()=>{let n=t()??{};return e().map(e=>{let t=Lg(e),r=Rg(t.key,jm(t.key));return{entry:t,task:r,state:Hp(t,r,!!n[t.key])}})})}var Gg={class:`cs-view`,"data-testid":`image-view`},Kg={class:`cs-section-title`},qg={key:2,class:`cs-muted`},Jg={key:3,class:`cs-muted`},Yg={__name:`ImageView`,setup(e){function t(e){let t=new Set;return e.filter(e=>!t.has(e.key)&&t.add(e.key))}let n=H(()=>$.result),r=e=>zp(e,$.checkedStamp),i=H(()=>t((n.value?.resources??[]).map(r))),a=H(()=>t([...i.value,...(n.value?.comfy_workflow?.resources??[]).map(r)])),o=()=>$.confirmed,s=Wg(()=>i.value,o),c=Wg(()=>a.value,o);return(e,t)=>(F(),I(`div`,Gg,[z(lh),A($).error?(F(),L(A(rf),{key:0,severity:`error`,"data-testid":`image-error`},{default:zn(()=>[Fa(D(A($).error),1)]),_:1})):B(``,!0),n.value?(F(),I(N,{key:1},[n.value.kind===`model`?(F(),L(Mh,{key:0,result:n.value},null,8,[`result`])):(F(),L(Sh,{key:1,result:n.value},null,8,[`result`])),R(`h3`,Kg,D(A(X)(`image.resources`)),1),z(Og,{cards:A(c),onConfirm:A(Um)},null,8,[`cards`,`onConfirm`]),n.value.kind===`model`?B(``,!0):(F(),L(eh,{key:2,cards:A(s)},null,8,[`cards`]))],64)):A($).loading?(F(),I(`p`,qg,D(A(X)(`image.loading`)),1)):A($).error?B(``,!0):(F(),I(`p`,Jg,D(A(X)(`image.empty`)),1))]))}},Xg=[`image`,`workflow`],Zg=tn(`image`);function Qg(e){Xg.includes(e)&&(Zg.value=e,Lm({view:e}))}function $g(){let{view:e}=Im();Xg.includes(e)&&(Zg.value=e)}var e_=tn({names:[],at:0});function t_(e){e_.value={names:[...new Set(e)],at:Date.now()},Qg(`workflow`)}var n_={class:`cs-switch`,role:`tablist`},r_=[`aria-selected`,`data-testid`,`title`,`onClick`],i_={__name:`ViewSwitch`,setup(e){let t=[{id:`image`,testId:`view-image`,icon:`pi pi-image`},{id:`workflow`,testId:`view-workflow`,icon:`pi pi-sitemap`}];return(e,n)=>(F(),I(`div`,n_,[(F(),I(N,null,ri(t,e=>R(`button`,{key:e.id,type:`button`,role:`tab`,class:`cs-switch-option`,"aria-selected":A(Zg)===e.id,"data-testid":e.testId,title:A(X)(`views.${e.id}Title`),onClick:t=>A(Qg)(e.id)},[R(`i`,{class:be(e.icon),"aria-hidden":`true`},null,2),R(`span`,null,D(A(X)(`views.${e.id}`)),1)],8,r_)),64))]))}},a_=`https://registry.comfy.org/nodes/`,o_=/^[\w.-]+\/[\w.-]+$/,s_=/^[0-9a-f]{7,40}$/;function c_(e){return s_.test(e)?X(`workflow.nodeCommit`,{commit:e.slice(0,12)}):X(`workflow.nodeVersion`,{version:e})}function l_(e){return e.core?e.version?X(`workflow.nodeCore`,{version:e.version}):X(`workflow.nodeCoreNoVersion`):e.pack?e.version?X(`workflow.nodePackVersion`,{pack:e.pack,version:c_(e.version)}):X(`workflow.nodePack`,{pack:e.pack}):X(`workflow.nodeUnknown`)}function u_(e){return e.core||!e.pack?``:o_.test(e.pack)?`https://github.com/${e.pack}`:`${a_}${encodeURIComponent(e.pack)}`}var d_=e=>e.core?0:e.pack?1:2;function f_(e){return[...e].sort((e,t)=>d_(e)-d_(t)||String(e.pack??``).localeCompare(String(t.pack??``))||e.type.localeCompare(t.type))}var p_=1200,m_=Ut({loading:!1,error:``,result:null,hasGraph:!0,confirmed:{}}),h_=Gt(m_),g_=0,__=null,v_=0,y_=0;function b_(e){return[e.type,e.mode??0,e.widgets_values??null,e.properties?.models??null]}function x_(e){if(!e)return``;let t=e.definitions?.subgraphs??[];return JSON.stringify([(e.nodes??[]).map(b_),t.map(e=>(e.nodes??[]).map(b_))])}async function S_({force:e=!1}={}){let t=Bs(),n=x_(t),r=v_===y_;if(!e&&r&&n===__&&(m_.result||m_.loading))return;__=n,y_=v_;let i=++g_;if(!t)Object.assign(m_,{loading:!1,error:``,result:null,hasGraph:!1});else{Object.assign(m_,{loading:!0,error:``,hasGraph:!0,...r?{}:{result:null,confirmed:{}}});try{let e=await ks(`/civitai/missing`,{method:`POST`,body:{workflow:t}});if(i!==g_)return;let n=Am();for(let t of e.models??[])t.looking=t.status===`missing`&&!t.resource,t.checkedStamp=n;m_.result=e,C_(i)}catch(e){if(i!==g_)return;Object.assign(m_,{result:null,error:e.message}),__=null}finally{i===g_&&(m_.loading=!1)}}}async function C_(e){let t=(m_.result?.models??[]).filter(e=>e.looking);await Promise.all(Array.from({length:4},async()=>{for(let n=t.shift();n;n=t.shift()){if(e!==g_)return;try{let t=await ks(`/civitai/sources`,{method:`POST`,body:{references:[n.reference]}});if(e!==g_)return;n.resource=t.resources?.[0]??null}catch(t){if(e!==g_)return;n.message=t.message}n.looking=!1}}))}function w_(e=p_){let t=null,n=!1,r=e=>{clearTimeout(t),t=setTimeout(()=>{t=null,n=!1,S_()},e)},i=Ws(()=>n||r(e)),a=Us(()=>{n=!0,r(50)});return()=>{clearTimeout(t),i(),a()}}var T_=null;function E_(){if(T_)return;let e=Us(()=>{v_++,m_.result&&Object.assign(m_,{result:null,loading:!0,error:``,confirmed:{}})}),t=Vg(e=>{(m_.result?.models??[]).filter(e=>e.status===`present`).map(e=>Vp(e).key).some(t=>e.includes(t))&&S_({force:!0})});T_=()=>{e(),t()}}function D_(e){m_.confirmed[e]=!0}var O_={class:`cs-workflow-toolbar`},k_={class:`cs-muted`,"data-testid":`workflow-summary`},A_={key:1,class:`cs-muted`},j_={key:2,class:`cs-custom-nodes`,"data-testid":`custom-nodes`},M_={class:`cs-section-title`},N_={class:`cs-muted`},P_=[`data-core`],F_={class:`cs-node-advice`},I_=[`href`],L_={key:3,class:`cs-notices`,"data-testid":`workflow-notes`},R_={key:0,class:`cs-muted`},z_={__name:`WorkflowView`,setup(e){let t={missing:0,elsewhere:1,present:2},n=H(()=>{let e=[...h_.result?.models??[]].sort((e,n)=>(t[e.status]??0)-(t[n.status]??0)),n=new Set;return e.map(Vp).filter(e=>!n.has(e.key)&&n.add(e.key))}),r=Wg(()=>n.value,()=>h_.confirmed),i=H(()=>f_(h_.result?.custom_nodes??[])),a=H(()=>h_.result?.notes??[]),o=H(()=>{let e=new Set(e_.value.names);return(h_.result?.models??[]).filter(t=>e.has(t.reference?.name)).map(e=>Vp(e).key)}),s=tn(null);Kn(()=>[o.value.join(`
`),e_.value.at],async()=>{await En(),s.value?.querySelector(`[data-focused="true"]`)?.scrollIntoView?.({block:`nearest`})},{immediate:!0});let c=null;return Br(()=>{S_(),c=w_()}),Ur(()=>c?.()),(e,t)=>(F(),I(`div`,{ref_key:`root`,ref:s,class:`cs-view`,"data-testid":`workflow-view`},[R(`div`,O_,[R(`span`,k_,D(A(h_).loading?A(X)(`workflow.checking`):A(h_).result?A(X)(`workflow.summary`,{count:n.value.length}):``),1),z(A(zd),{label:A(X)(`workflow.refresh`),icon:`pi pi-refresh`,"loading-icon":`pi pi-spin pi-spinner`,loading:A(h_).loading,"data-testid":`workflow-refresh`,onClick:t[0]||=e=>A(S_)({force:!0})},null,8,[`label`,`loading`])]),A(h_).error?(F(),L(A(rf),{key:0,severity:`error`,"data-testid":`workflow-error`},{default:zn(()=>[Fa(D(A(h_).error),1)]),_:1})):B(``,!0),A(h_).hasGraph?B(``,!0):(F(),I(`p`,A_,D(A(X)(`workflow.noGraph`)),1)),i.value.length?(F(),I(`section`,j_,[R(`h3`,M_,D(A(X)(`workflow.customNodes`)),1),R(`p`,N_,D(A(X)(`workflow.customNodesHint`)),1),R(`ul`,null,[(F(!0),I(N,null,ri(i.value,e=>(F(),I(`li`,{key:e.type,"data-testid":`custom-node`,"data-core":String(e.core)},[R(`code`,null,D(e.type),1),R(`span`,F_,D(A(l_)(e)),1),A(u_)(e)?(F(),I(`a`,{key:0,href:A(u_)(e),target:`_blank`,rel:`noopener noreferrer`},D(e.pack),9,I_)):B(``,!0)],8,P_))),128))])])):B(``,!0),a.value.length?(F(),I(`ul`,L_,[(F(!0),I(N,null,ri(a.value,(e,t)=>(F(),I(`li`,{key:t},D(e),1))),128))])):B(``,!0),A(h_).result?(F(),I(N,{key:4},[n.value.length===0?(F(),I(`p`,R_,D(A(X)(`workflow.noModels`)),1)):(F(),L(Og,{key:1,cards:A(r),"focused-keys":o.value,onConfirm:A(D_)},null,8,[`cards`,`focused-keys`,`onConfirm`]))],64)):B(``,!0)],512))}},B_={class:`civitai-sidebar cs-root`,"data-testid":`civitai-sidebar`},V_={class:`cs-header`},H_={class:`cs-title`},U_={class:`cs-status`,open:``},W_={class:`cs-status-summary`},G_={__name:`SidebarView`,setup(e){Df();let t=null;return Br(()=>{xf(),t=wm()}),Ur(()=>t?.()),(e,t)=>(F(),I(`section`,B_,[R(`header`,V_,[R(`h2`,H_,D(A(X)(`title`)),1)]),z(i_),A(Zg)===`image`?(F(),L(Yg,{key:0})):(F(),L(z_,{key:1})),R(`details`,U_,[R(`summary`,W_,D(A(X)(`status.title`)),1),z(zf)])]))}},K_={STARTS_WITH:`startsWith`,CONTAINS:`contains`,NOT_CONTAINS:`notContains`,ENDS_WITH:`endsWith`,EQUALS:`equals`,NOT_EQUALS:`notEquals`,IN:`in`,LESS_THAN:`lt`,LESS_THAN_OR_EQUAL_TO:`lte`,GREATER_THAN:`gt`,GREATER_THAN_OR_EQUAL_TO:`gte`,BETWEEN:`between`,DATE_IS:`dateIs`,DATE_IS_NOT:`dateIsNot`,DATE_BEFORE:`dateBefore`,DATE_AFTER:`dateAfter`};function q_(e){"@babel/helpers - typeof";return q_=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},q_(e)}function J_(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function Y_(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?J_(Object(n),!0).forEach(function(t){X_(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):J_(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function X_(e,t,n){return(t=Z_(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Z_(e){var t=Q_(e,`string`);return q_(t)==`symbol`?t:t+``}function Q_(e,t){if(q_(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(q_(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var $_={ripple:!1,inputStyle:null,inputVariant:null,locale:{startsWith:`Starts with`,contains:`Contains`,notContains:`Not contains`,endsWith:`Ends with`,equals:`Equals`,notEquals:`Not equals`,noFilter:`No Filter`,lt:`Less than`,lte:`Less than or equal to`,gt:`Greater than`,gte:`Greater than or equal to`,dateIs:`Date is`,dateIsNot:`Date is not`,dateBefore:`Date is before`,dateAfter:`Date is after`,clear:`Clear`,apply:`Apply`,matchAll:`Match All`,matchAny:`Match Any`,addRule:`Add Rule`,removeRule:`Remove Rule`,accept:`Yes`,reject:`No`,choose:`Choose`,upload:`Upload`,cancel:`Cancel`,completed:`Completed`,pending:`Pending`,fileSizeTypes:[`B`,`KB`,`MB`,`GB`,`TB`,`PB`,`EB`,`ZB`,`YB`],dayNames:[`Sunday`,`Monday`,`Tuesday`,`Wednesday`,`Thursday`,`Friday`,`Saturday`],dayNamesShort:[`Sun`,`Mon`,`Tue`,`Wed`,`Thu`,`Fri`,`Sat`],dayNamesMin:[`Su`,`Mo`,`Tu`,`We`,`Th`,`Fr`,`Sa`],monthNames:[`January`,`February`,`March`,`April`,`May`,`June`,`July`,`August`,`September`,`October`,`November`,`December`],monthNamesShort:[`Jan`,`Feb`,`Mar`,`Apr`,`May`,`Jun`,`Jul`,`Aug`,`Sep`,`Oct`,`Nov`,`Dec`],chooseYear:`Choose Year`,chooseMonth:`Choose Month`,chooseDate:`Choose Date`,prevDecade:`Previous Decade`,nextDecade:`Next Decade`,prevYear:`Previous Year`,nextYear:`Next Year`,prevMonth:`Previous Month`,nextMonth:`Next Month`,prevHour:`Previous Hour`,nextHour:`Next Hour`,prevMinute:`Previous Minute`,nextMinute:`Next Minute`,prevSecond:`Previous Second`,nextSecond:`Next Second`,am:`am`,pm:`pm`,today:`Today`,weekHeader:`Wk`,firstDayOfWeek:0,showMonthAfterYear:!1,dateFormat:`mm/dd/yy`,weak:`Weak`,medium:`Medium`,strong:`Strong`,passwordPrompt:`Enter a password`,emptyFilterMessage:`No results found`,searchMessage:`{0} results are available`,selectionMessage:`{0} items selected`,emptySelectionMessage:`No selected item`,emptySearchMessage:`No results found`,fileChosenMessage:`{0} files`,noFileChosenMessage:`No file chosen`,emptyMessage:`No available options`,aria:{trueLabel:`True`,falseLabel:`False`,nullLabel:`Not Selected`,star:`1 star`,stars:`{star} stars`,selectAll:`All items selected`,unselectAll:`All items unselected`,close:`Close`,previous:`Previous`,next:`Next`,navigation:`Navigation`,scrollTop:`Scroll Top`,moveTop:`Move Top`,moveUp:`Move Up`,moveDown:`Move Down`,moveBottom:`Move Bottom`,moveToTarget:`Move to Target`,moveToSource:`Move to Source`,moveAllToTarget:`Move All to Target`,moveAllToSource:`Move All to Source`,pageLabel:`Page {page}`,firstPageLabel:`First Page`,lastPageLabel:`Last Page`,nextPageLabel:`Next Page`,prevPageLabel:`Previous Page`,rowsPerPageLabel:`Rows per page`,jumpToPageDropdownLabel:`Jump to Page Dropdown`,jumpToPageInputLabel:`Jump to Page Input`,selectRow:`Row Selected`,unselectRow:`Row Unselected`,expandRow:`Row Expanded`,collapseRow:`Row Collapsed`,showFilterMenu:`Show Filter Menu`,hideFilterMenu:`Hide Filter Menu`,filterOperator:`Filter Operator`,filterConstraint:`Filter Constraint`,editRow:`Row Edit`,saveEdit:`Save Edit`,cancelEdit:`Cancel Edit`,listView:`List View`,gridView:`Grid View`,slide:`Slide`,slideNumber:`{slideNumber}`,zoomImage:`Zoom Image`,zoomIn:`Zoom In`,zoomOut:`Zoom Out`,rotateRight:`Rotate Right`,rotateLeft:`Rotate Left`,listLabel:`Option List`}},filterMatchModeOptions:{text:[K_.STARTS_WITH,K_.CONTAINS,K_.NOT_CONTAINS,K_.ENDS_WITH,K_.EQUALS,K_.NOT_EQUALS],numeric:[K_.EQUALS,K_.NOT_EQUALS,K_.LESS_THAN,K_.LESS_THAN_OR_EQUAL_TO,K_.GREATER_THAN,K_.GREATER_THAN_OR_EQUAL_TO],date:[K_.DATE_IS,K_.DATE_IS_NOT,K_.DATE_BEFORE,K_.DATE_AFTER]},zIndex:{modal:1100,overlay:1e3,menu:1e3,tooltip:1100},theme:void 0,unstyled:!1,pt:void 0,ptOptions:{mergeSections:!0,mergeProps:!1},csp:{nonce:void 0}},ev=Symbol();function tv(e,t){var n={config:Ut(t)};return e.config.globalProperties.$primevue=n,e.provide(ev,n),rv(),iv(e,n),n}var nv=[];function rv(){Sl.clear(),nv.forEach(function(e){return e?.()}),nv=[]}function iv(e,t){var n=tn(!1),r=function(){if(t.config?.theme!==`none`&&!G.isStyleNameLoaded(`common`)){var e,n=K.getCommonTheme?.call(K)||{},r=n.primitive,i=n.semantic,a=n.global,o=n.style,s={nonce:(e=t.config)==null||(e=e.csp)==null?void 0:e.nonce};K.load(r?.css,Y_({name:`primitive-variables`},s)),K.load(i?.css,Y_({name:`semantic-variables`},s)),K.load(a?.css,Y_({name:`global-variables`},s)),K.loadStyle(Y_({name:`global-style`},s),o),G.setLoadedStyleName(`common`)}};Sl.on(`theme:change`,function(t){n.value||=(e.config.globalProperties.$primevue.config.theme=t,!0)});var i=Kn(t.config,function(e,t){rd.emit(`config:change`,{newValue:e,oldValue:t})},{immediate:!0,deep:!0}),a=Kn(function(){return t.config.ripple},function(e,t){rd.emit(`config:ripple:change`,{newValue:e,oldValue:t})},{immediate:!0,deep:!0}),o=Kn(function(){return t.config.theme},function(e,i){n.value||G.setTheme(e),t.config.unstyled||r(),n.value=!1,rd.emit(`config:theme:change`,{newValue:e,oldValue:i})},{immediate:!0,deep:!1}),s=Kn(function(){return t.config.unstyled},function(e,n){!e&&t.config.theme&&r(),rd.emit(`config:unstyled:change`,{newValue:e,oldValue:n})},{immediate:!0,deep:!0});nv.push(i),nv.push(a),nv.push(o),nv.push(s)}var av={install:function(e,t){tv(e,il($_,t))}};Hl.isStyleNameLoaded=()=>!0;var ov={button:{root:{class:`cs-button`},icon:{class:`cs-button-icon`},loadingIcon:{class:`cs-button-icon`},label:{class:`cs-button-label`}},inputtext:{root:{class:`cs-input`}},progressbar:{root:{class:`cs-progress`},value:{class:`cs-progress-value`},label:{class:`cs-progress-label`}},dialog:{mask:{class:`civitai-sidebar cs-dialog-mask`},root:{class:`cs-dialog`},header:{class:`cs-dialog-header`},title:{class:`cs-dialog-title`},content:{class:`cs-dialog-content`},footer:{class:`cs-dialog-footer`}},message:{root:({props:e})=>({class:[`cs-message`,`cs-message--${e.severity}`]}),content:{class:`cs-message-content`},icon:{class:`cs-message-icon`},text:{class:`cs-message-text`}}},sv={modal:5e3,overlay:5e3,menu:5e3,tooltip:5100};function cv(e){e.use(av,{unstyled:!0,ripple:!1,pt:ov,zIndex:sv})}var lv=`civitai-sidebar`,uv=!1;function dv(){return uv}function fv(){let e=null;function t(){e?.unmount(),e=null,uv=!1}function n(n){t(),Hm(),e=xs(G_),cv(e),e.mount(n),uv=!0}return{id:lv,icon:`pi pi-download`,title:`Civitai`,tooltip:`Civitai Sidebar`,type:`custom`,render:n,destroy:t}}function pv(e){return e?e>99?`99+`:String(e):null}function mv(){return Kn(()=>pv(vm()),e=>Ds(lv,e),{immediate:!0})}var hv=`••••••••`,gv=`Civitai.Downloads.Concurrency`,_v=[{id:`Civitai.Keys.CivitaiApiKey`,field:`civitai`,label:`settings.civitaiKey`,sortOrder:20},{id:`Civitai.Keys.HuggingFaceToken`,field:`huggingface`,label:`settings.hfToken`,sortOrder:10}],vv=e=>/^•+$/.test(e);function yv({id:e,field:t},n=800){let r=null,i=null,a=!1,o=!1,s,c=()=>Ls(e)===`••••••••`?hv:``;function l(e){r=e,clearTimeout(i),i=setTimeout(m,n)}function u(e){if(e===``||e===`••••••••`||e==null)return e;let t=String(e).trim();return t&&!vv(t)&&(a||(o=!0),l({value:t})),c()}function d(e,t){t===void 0?a=!0:(s===void 0||e!==s)&&e===``&&t===`••••••••`&&l({value:null})}async function f(t){s=t;let n=Rs(e,t);s=void 0,await n}async function p(t,n=!1){let r=t?hv:``;n&&Ls(e)===r&&await f(r===``?hv:``),(Ls(e)!==r||n)&&await f(r)}async function m(){i=null;let e=r;if(r=null,!e)return;let n=o||!!e.value;o=!1;try{let{keys:r}=await ks(`/civitai/settings/keys`,{method:`POST`,body:{[t]:e.value}});Sf(r),Is(`success`,e.value?X(`toast.keySaved`):X(`toast.keyForgotten`)),await p(r?.[t]===!0,n)}catch(e){Is(`error`,X(`toast.keyFailed`),e.message),await p(vf.health?.keys?.[t]===!0,n)}}return{setting:{id:e,type:`text`,defaultValue:``,attrs:{type:`password`,autocomplete:`off`,spellcheck:!1,placeholder:X(`settings.keyPlaceholder`)},migrateDeprecatedValue:u,onChange:d},show:p,flush:m}}function bv(e){let t=Math.round(Number(e));return Number.isFinite(t)?Math.min(8,Math.max(1,t)):2}async function xv(e){try{await ks(`/civitai/settings/downloads`,{method:`POST`,body:{concurrency:bv(e)}})}catch(e){Is(`error`,X(`toast.settingFailed`),e.message)}}function Sv(){let e=_v.map(e=>({spec:e,field:yv(e)})),t=e.map(({spec:e,field:t})=>{let n=X(e.label);return{...t.setting,name:n,tooltip:X(`settings.keyTooltip`),category:[`Civitai`,`Keys`,n],sortOrder:e.sortOrder}}),n=X(`settings.concurrency`);t.push({id:gv,name:n,type:`number`,defaultValue:2,attrs:{min:1,max:8,step:1,showButtons:!0},tooltip:X(`settings.concurrencyTooltip`),category:[`Civitai`,`Downloads`,n],onChange(e,t){if(t!==void 0||bv(e)!==2)return xv(e)}});async function r(t){if(t)for(let{spec:n,field:r}of e)await r.show(t[n.field]===!0)}return{settings:t,showKeyStatus:r}}var Cv=`Civitai.FindModelSources`;async function wv(e){t_(e.flatMap(Xs)),await Qs(lv,dv())}function Tv(){return{commands:[{id:Cv,label:X(`commands.findSources`),tooltip:X(`commands.findSources`),icon:`pi pi-download`,function:()=>wv(Zs())}],getSelectionToolboxCommands(e){return Xs(e).length?[Cv]:[]},getNodeMenuItems(e){return Xs(e).length?[null,{content:X(`commands.findSources`),callback:()=>wv([e])}]:[]}}}Df();var{settings:Ev,showKeyStatus:Dv}=Sv();Ts({name:`Civitai.Sidebar`,settings:Ev,...Tv(),setup(){$g(),Es(fv()),Cm(),mv(),Ug(),E_(),Kn(()=>vf.health?.keys,Dv),xf()},afterConfigureGraph(){Hs()}});