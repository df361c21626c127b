(function(){try{if(typeof document<`u`){var e=document.createElement(`style`);e.setAttribute(`id`,`civitai-sidebar-styles`),e.appendChild(document.createTextNode(`.civitai-sidebar .cs-health{flex-direction:column;gap:.5rem;display:flex}.civitai-sidebar .cs-health-heading{justify-content:space-between;align-items:center;gap:.5rem;display:flex}.civitai-sidebar .cs-subtitle{color:var(--cs-muted);margin:0;font-size:.8125rem;font-weight:600}.civitai-sidebar .cs-facts dd[data-configured=false]{color:var(--cs-muted)}.civitai-sidebar.cs-dialog-mask{background:#00000080}.civitai-sidebar .cs-dialog{border:1px solid var(--cs-border);border-radius:var(--cs-radius);background:var(--cs-bg);width:min(28rem,100vw - 2rem);max-height:calc(100vh - 4rem);color:var(--cs-fg);box-shadow:0 8px 32px #00000073}.civitai-sidebar .cs-dialog-header{padding:.75rem 1rem .25rem}.civitai-sidebar .cs-dialog-title{font-size:1rem;font-weight:600}.civitai-sidebar .cs-dialog-content{padding:.25rem 1rem;overflow-y:auto}.civitai-sidebar .cs-dialog-text{margin:0 0 .5rem}.civitai-sidebar .cs-dialog-list{overflow-wrap:anywhere;margin:0;padding-left:1.25rem}.civitai-sidebar .cs-dialog-footer{justify-content:flex-end;gap:.5rem;padding:.75rem 1rem;display:flex}.civitai-sidebar .cs-generate{flex-direction:column;gap:.5rem;display:flex}.civitai-sidebar .cs-generate-actions{flex-wrap:wrap;gap:.5rem;display:flex}.civitai-sidebar .cs-generate-status ul{margin:.25rem 0 0;padding-left:1.25rem}.civitai-sidebar .cs-lookup{gap:.5rem;display:flex}.civitai-sidebar .cs-lookup-input{flex:1}.civitai-sidebar .cs-params .cs-param-long{grid-column:1/-1}.civitai-sidebar .cs-params dd.cs-param-long{white-space:pre-wrap;max-height:7.5em;overflow-y:auto}.civitai-sidebar .cs-image{flex-direction:column;gap:.5rem;display:flex}.civitai-sidebar .cs-thumb{border:1px solid var(--cs-border);border-radius:var(--cs-radius);background:var(--cs-surface);width:100%;max-height:260px;display:block;overflow:hidden}.civitai-sidebar .cs-thumb img,.civitai-sidebar .cs-thumb video{object-fit:contain;width:100%;height:100%;max-height:260px;display:block}.civitai-sidebar .cs-image-credit{margin:0;font-size:.8125rem}.civitai-sidebar a{color:inherit}.civitai-sidebar .cs-notices{border:1px solid var(--cs-border);border-left:4px solid var(--cs-muted);border-radius:var(--cs-radius);color:var(--cs-muted);margin:0;padding:.5rem .625rem .5rem 1.5rem}.civitai-sidebar .cs-model-title{overflow-wrap:anywhere;margin:0}.civitai-sidebar .cs-list-toolbar{flex-wrap:wrap;justify-content:space-between;align-items:center;gap:.5rem;min-height:2rem;display:flex}.civitai-sidebar .cs-missing-count{font-weight:600}.civitai-sidebar .cs-skipped{color:var(--cs-muted);flex-basis:100%;margin:0;font-size:.75rem}.civitai-sidebar .cs-list-actions{flex-wrap:wrap;gap:.375rem;display:flex}.civitai-sidebar .cs-card-status{align-items:center;gap:.5rem;min-height:2.5rem;display:flex}.civitai-sidebar .cs-status-text{-webkit-line-clamp:2;overflow-wrap:anywhere;-webkit-box-orient:vertical;flex:1;min-width:0;display:-webkit-box;overflow:hidden}.civitai-sidebar .cs-ok{color:var(--cs-success)}.civitai-sidebar .cs-path{font-family:var(--cs-mono,ui-monospace, monospace);font-size:.8125rem}.civitai-sidebar .cs-error,.civitai-sidebar .cs-reason strong{color:var(--cs-error)}.civitai-sidebar .cs-status-text.cs-error,.civitai-sidebar .cs-status-text.cs-reason{-webkit-line-clamp:unset;display:block;overflow:visible}.civitai-sidebar .cs-retrying{color:var(--cs-fg)}.civitai-sidebar .cs-blocked-icon{color:var(--cs-muted)}.civitai-sidebar .cs-progress-column{flex-direction:column;flex:1;gap:.125rem;min-width:0;display:flex}.civitai-sidebar .cs-bytes{color:var(--cs-muted);font-variant-numeric:tabular-nums;font-size:.75rem}.civitai-sidebar .cs-progress{border-radius:var(--cs-radius);background:var(--cs-surface);border:1px solid var(--cs-border);height:1rem;position:relative;overflow:hidden}.civitai-sidebar .cs-progress-value{background:var(--cs-accent);justify-content:center;align-items:center;height:100%;transition:width .3s}.civitai-sidebar .cs-progress-label{color:var(--cs-accent-text);font-variant-numeric:tabular-nums;font-size:.6875rem;line-height:1}.civitai-sidebar .cs-card{border:1px solid var(--cs-border);border-radius:var(--cs-radius);background:var(--cs-surface);flex-direction:column;gap:.25rem;padding:.5rem .625rem;display:flex}.civitai-sidebar .cs-card[data-state=present]{border-left:3px solid var(--cs-success)}.civitai-sidebar .cs-card[data-state=blocked]{border-left:3px solid var(--cs-muted)}.civitai-sidebar .cs-card[data-state=failed],.civitai-sidebar .cs-card[data-state=unresolved]{border-left:3px solid var(--cs-error)}.civitai-sidebar .cs-card-head{align-items:flex-start;gap:.375rem;display:flex}.civitai-sidebar .cs-card-titles{flex:1;min-width:0}.civitai-sidebar .cs-card-title,.civitai-sidebar .cs-card-subtitle{text-overflow:ellipsis;white-space:nowrap;overflow:hidden}.civitai-sidebar .cs-card-title{font-weight:600}.civitai-sidebar .cs-card-subtitle{color:var(--cs-muted);font-size:.75rem}.civitai-sidebar .cs-badge{border:1px solid var(--cs-border);color:var(--cs-muted);white-space:nowrap;border-radius:999px;flex:none;padding:0 .375rem;font-size:.6875rem;line-height:1.25rem}.civitai-sidebar .cs-card-link{color:var(--cs-muted);flex:none;padding:0 .125rem;line-height:1.25rem}.civitai-sidebar .cs-card-link:hover{color:var(--cs-fg)}.civitai-sidebar .cs-card-names{grid-template-columns:1fr 1fr;gap:.5rem;margin:0;font-size:.75rem;display:grid}.civitai-sidebar .cs-card-names dt{color:var(--cs-muted)}.civitai-sidebar .cs-card-names dd{font-family:var(--cs-mono,ui-monospace, monospace);overflow-wrap:anywhere;margin:0}.civitai-sidebar .cs-card-hint{color:var(--cs-muted);margin:0;font-size:.75rem}.civitai-sidebar .cs-resources{flex-direction:column;gap:.5rem;display:flex}.civitai-sidebar .cs-switch{border:1px solid var(--cs-border);border-radius:var(--cs-radius);background:var(--cs-surface);grid-template-columns:1fr 1fr;padding:2px;display:grid}.civitai-sidebar .cs-switch-option{border-radius:calc(var(--cs-radius) - 2px);min-width:0;color:var(--cs-muted);cursor:pointer;background:0 0;border:0;justify-content:center;align-items:center;gap:.375rem;padding:.3125rem .5rem;font-family:inherit;font-size:.8125rem;display:inline-flex}.civitai-sidebar .cs-switch-option span{text-overflow:ellipsis;white-space:nowrap;overflow:hidden}.civitai-sidebar .cs-switch-option[aria-selected=true]{background:var(--cs-bg);color:var(--cs-fg);font-weight:600}.civitai-sidebar .cs-switch-option:focus-visible{outline:2px solid var(--cs-accent)}.civitai-sidebar .cs-workflow-toolbar{justify-content:space-between;align-items:center;gap:.5rem;min-height:2rem;display:flex}.civitai-sidebar .cs-custom-nodes{border:1px solid var(--cs-error);border-radius:var(--cs-radius);flex-direction:column;gap:.25rem;padding:.5rem .625rem;display:flex}.civitai-sidebar .cs-custom-nodes p,.civitai-sidebar .cs-custom-nodes ul{margin:0}.civitai-sidebar .cs-custom-nodes ul{padding-left:1.25rem;font-size:.8125rem}.civitai-sidebar .cs-custom-nodes code{font-family:ui-monospace,monospace}.civitai-sidebar .cs-node-advice{color:var(--cs-muted);display:block}.civitai-sidebar .cs-facts{border:1px solid var(--cs-border);border-radius:var(--cs-radius);background:var(--cs-surface);grid-template-columns:max-content minmax(0,1fr);gap:.25rem .75rem;margin:0;padding:.5rem .625rem;display:grid}.civitai-sidebar .cs-facts dt{color:var(--cs-muted)}.civitai-sidebar .cs-facts dd{overflow-wrap:anywhere;margin:0}.civitai-sidebar{--cs-fg:var(--fg-color,#fff);--cs-bg:var(--comfy-menu-bg,#353535);--cs-muted:var(--descrip-text,#999);--cs-surface:var(--comfy-input-bg,#222);--cs-surface-text:var(--input-text,var(--cs-fg));--cs-border:var(--border-color,#4e4e4e);--cs-hover:var(--content-hover-bg,#222);--cs-error:var(--error-text,#f44);--cs-accent:var(--p-primary-color,#3b82f6);--cs-accent-text:var(--p-primary-contrast-color,#fff);--cs-success:#3fa35a;--cs-radius:6px;box-sizing:border-box;color:var(--cs-fg);font-size:.875rem;line-height:1.4}.civitai-sidebar.cs-root{flex-direction:column;gap:.75rem;height:100%;padding:.75rem;display:flex;overflow-y:auto}.civitai-sidebar *,.civitai-sidebar :before,.civitai-sidebar :after{box-sizing:inherit}.civitai-sidebar .cs-header{border-bottom:1px solid var(--cs-border);align-items:center;gap:.5rem;padding-bottom:.5rem;display:flex}.civitai-sidebar .cs-title{margin:0;font-size:1rem;font-weight:600}.civitai-sidebar .cs-section-title{color:var(--cs-muted);margin:0;font-size:.8125rem;font-weight:600}.civitai-sidebar .cs-muted{color:var(--cs-muted)}.civitai-sidebar .cs-view{flex-direction:column;gap:.75rem;display:flex}.civitai-sidebar .cs-status{border-top:1px solid var(--cs-border);margin-top:auto;padding-top:.5rem}.civitai-sidebar .cs-status-summary{cursor:pointer;color:var(--cs-muted);margin-bottom:.5rem;font-weight:600}.civitai-sidebar .cs-button{border:1px solid var(--cs-border);border-radius:var(--cs-radius);background:var(--cs-surface);color:var(--cs-surface-text);font:inherit;white-space:nowrap;cursor:pointer;justify-content:center;align-items:center;gap:.375rem;padding:.25rem .625rem;display:inline-flex}.civitai-sidebar .cs-button:hover:not(:disabled){background:var(--cs-hover)}.civitai-sidebar .cs-button:focus-visible{outline:2px solid var(--cs-fg);outline-offset:1px}.civitai-sidebar .cs-button:disabled{cursor:default;opacity:.6}.civitai-sidebar .cs-button.cs-primary{border-color:var(--cs-accent);background:var(--cs-accent);color:var(--cs-accent-text)}.civitai-sidebar .cs-button.cs-primary:hover:not(:disabled){background:var(--cs-accent);filter:brightness(1.1)}.civitai-sidebar .cs-input{border:1px solid var(--cs-border);border-radius:var(--cs-radius);background:var(--cs-surface);min-width:0;color:var(--cs-surface-text);font:inherit;padding:.3125rem .5rem}.civitai-sidebar .cs-input:focus-visible{outline:2px solid var(--cs-accent);outline-offset:-1px}.civitai-sidebar .cs-message{border:1px solid var(--cs-border);border-radius:var(--cs-radius);background:var(--cs-surface);border-left-width:4px;padding:.5rem .625rem}.civitai-sidebar .cs-message--error{border-color:var(--cs-error);color:var(--cs-error)}.civitai-sidebar .cs-message-content{overflow-wrap:anywhere;align-items:flex-start;gap:.5rem;display:flex}/*$vite$:1*/`)),document.head.appendChild(e)}}catch(e){console.error(`vite-plugin-css-injected-by-js`,e)}})();
import{app as e}from"../../scripts/app.js";import{api as t}from"../../scripts/api.js";
/**
* @vue/shared v3.5.45
* (c) 2018-present Yuxi (Evan) You and Vue contributors
* @license MIT
**/
function n(e){let t=Object.create(null);for(let n of e.split(`,`))t[n]=1;return e=>e in t}var r={},i=[],a=()=>{},o=()=>!1,s=e=>e.charCodeAt(0)===111&&e.charCodeAt(1)===110&&(e.charCodeAt(2)>122||e.charCodeAt(2)<97),c=e=>e.startsWith(`onUpdate:`),l=Object.assign,u=(e,t)=>{let n=e.indexOf(t);n>-1&&e.splice(n,1)},d=Object.prototype.hasOwnProperty,f=(e,t)=>d.call(e,t),p=Array.isArray,m=e=>C(e)===`[object Map]`,h=e=>C(e)===`[object Set]`,g=e=>C(e)===`[object Date]`,_=e=>typeof e==`function`,v=e=>typeof e==`string`,y=e=>typeof e==`symbol`,b=e=>typeof e==`object`&&!!e,x=e=>(b(e)||_(e))&&_(e.then)&&_(e.catch),S=Object.prototype.toString,C=e=>S.call(e),w=e=>C(e).slice(8,-1),ee=e=>C(e)===`[object Object]`,te=e=>v(e)&&e!==`NaN`&&e[0]!==`-`&&``+parseInt(e,10)===e,ne=n(`,key,ref,ref_for,ref_key,onVnodeBeforeMount,onVnodeMounted,onVnodeBeforeUpdate,onVnodeUpdated,onVnodeBeforeUnmount,onVnodeUnmounted`),T=e=>{let t=Object.create(null);return(n=>t[n]||(t[n]=e(n)))},re=/-\w/g,E=T(e=>e.replace(re,e=>e.slice(1).toUpperCase())),ie=/\B([A-Z])/g,ae=T(e=>e.replace(ie,`-$1`).toLowerCase()),oe=T(e=>e.charAt(0).toUpperCase()+e.slice(1)),se=T(e=>e?`on${oe(e)}`:``),D=(e,t)=>!Object.is(e,t),ce=(e,...t)=>{for(let n=0;n<e.length;n++)e[n](...t)},le=(e,t,n,r=!1)=>{Object.defineProperty(e,t,{configurable:!0,enumerable:!1,writable:r,value:n})},ue=e=>{let t=parseFloat(e);return isNaN(t)?e:t},de=e=>{let t=v(e)?Number(e):NaN;return isNaN(t)?e:t},fe,pe=()=>fe||=typeof globalThis<`u`?globalThis:typeof self<`u`?self:typeof window<`u`?window:typeof global<`u`?global:{};function me(e){if(p(e)){let t={};for(let n=0;n<e.length;n++){let r=e[n],i=v(r)?ve(r):me(r);if(i)for(let e in i)t[e]=i[e]}return t}if(v(e)||b(e))return e}var he=/;(?![^(]*\))/g,ge=/:([^]+)/,_e=/"(?:[^"\\]|\\[^])*"|'(?:[^'\\]|\\[^])*'|\\[^]|\/\*[^]*?\*\//g;function ve(e){let t={};return e.replace(_e,e=>e.startsWith(`/*`)?``:e).split(he).forEach(e=>{if(e){let n=e.split(ge);n.length>1&&(t[n[0].trim()]=n[1].trim())}}),t}function ye(e){let t=``;if(v(e))t=e;else if(p(e))for(let n=0;n<e.length;n++){let r=ye(e[n]);r&&(t+=r+` `)}else if(b(e))for(let n in e)e[n]&&(t+=n+` `);return t.trim()}var be=n(`itemscope,allowfullscreen,disablepictureinpicture,disableremoteplayback,formnovalidate,ismap,nomodule,novalidate,playsinline,readonly`);function xe(e){return!!e||e===``}function Se(e,t,n){if(e.length!==t.length)return!1;let r=!0;for(let i=0;r&&i<e.length;i++)r=Ee(e[i],t[i],n);return r}function Ce(e,t,n){if(e.size!==t.size)return!1;let r=Array.from(t),i=new Uint8Array(r.length);for(let t of e){let e=-1;for(let a=0;a<r.length;a++)if(!i[a]&&Ee(t,r[a],n)){e=a;break}if(e<0)return!1;i[e]=1}return!0}function we(e,t,n){let r=m(e),i=m(t);if(r||i||(r=h(e),i=h(t),r||i))return r&&i?Ce(e,t,n):!1;if(Object.keys(e).length!==Object.keys(t).length)return!1;for(let r in e){let i=e.hasOwnProperty(r),a=t.hasOwnProperty(r);if(i&&!a||!i&&a||!Ee(e[r],t[r],n))return!1}return String(e)===String(t)}function Te(e,t,n,r){n||=[new Map,new Map];let[i,a]=n;if(i.has(e)||a.has(t))return i.get(e)===t&&a.get(t)===e;i.set(e,t),a.set(t,e);let o=r(e,t,n);return i.delete(e),a.delete(t),o}function Ee(e,t,n){if(e===t)return!0;let r=g(e),i=g(t);return r||i?r&&i?e.getTime()===t.getTime():!1:(r=y(e),i=y(t),r||i?e===t:(r=p(e),i=p(t),r||i?r&&i?Te(e,t,n,Se):!1:(r=b(e),i=b(t),r||i?!r||!i?!1:Te(e,t,n,we):String(e)===String(t))))}var De=e=>!!(e&&e.__v_isRef===!0),O=e=>v(e)?e:e==null?``:p(e)||b(e)&&(e.toString===S||!_(e.toString))?De(e)?O(e.value):JSON.stringify(e,Oe,2):String(e),Oe=(e,t)=>De(t)?Oe(e,t.value):m(t)?{[`Map(${t.size})`]:[...t.entries()].reduce((e,[t,n],r)=>(e[ke(t,r)+` =>`]=n,e),{})}:h(t)?{[`Set(${t.size})`]:[...t.values()].map(e=>ke(e))}:y(t)?ke(t):b(t)&&!p(t)&&!ee(t)?String(t):t,ke=(e,t=``)=>y(e)?`Symbol(${e.description??t})`:e,k,Ae=class{constructor(e=!1){
/**
* @vue/reactivity v3.5.45
* (c) 2018-present Yuxi (Evan) You and Vue contributors
* @license MIT
**/
this.detached=e,this._active=!0,this._on=0,this.effects=[],this.cleanups=[],this._isPaused=!1,this._warnOnRun=!0,this.__v_skip=!0,!e&&k&&(k.active?(this.parent=k,this.index=(k.scopes||(k.scopes=[])).push(this)-1):(this._active=!1,this._warnOnRun=!1))}get active(){return this._active}pause(){if(this._active){this._isPaused=!0;let e,t;if(this.scopes){let n=this.scopes.slice();for(e=0,t=n.length;e<t;e++)n[e].pause()}for(e=0,t=this.effects.length;e<t;e++)this.effects[e].pause()}}resume(){if(this._active&&this._isPaused){this._isPaused=!1;let e,t;if(this.scopes){let n=this.scopes.slice();for(e=0,t=n.length;e<t;e++)n[e].resume()}let n=this.effects.slice();for(e=0,t=n.length;e<t;e++)n[e].resume()}}run(e){if(this._active){let t=k;try{return k=this,e()}finally{k=t}}}on(){++this._on===1&&(this.prevScope=k,k=this)}off(){if(this._on>0&&--this._on===0){if(k===this)k=this.prevScope;else{let e=k;for(;e;){if(e.prevScope===this){e.prevScope=this.prevScope;break}e=e.prevScope}}this.prevScope=void 0}}stop(e){if(this._active){this._active=!1;let t,n;for(t=0,n=this.effects.length;t<n;t++)this.effects[t].stop();for(this.effects.length=0,t=0,n=this.cleanups.length;t<n;t++)this.cleanups[t]();if(this.cleanups.length=0,this.scopes){let e=this.scopes.slice();for(t=0,n=e.length;t<n;t++)e[t].stop(!0);this.scopes.length=0}if(!this.detached&&this.parent&&!e){let e=this.parent.scopes.pop();e&&e!==this&&(this.parent.scopes[this.index]=e,e.index=this.index)}this.parent=void 0}}};function je(){return k}var A,Me=new WeakSet,Ne=class{constructor(e){this.fn=e,this.deps=void 0,this.depsTail=void 0,this.flags=5,this.next=void 0,this.cleanup=void 0,this.scheduler=void 0,k&&(k.active?k.effects.push(this):this.flags&=-2)}pause(){this.flags|=64}resume(){this.flags&64&&(this.flags&=-65,Me.has(this)&&(Me.delete(this),this.trigger()))}notify(){this.flags&2&&!(this.flags&32)||this.flags&8||Le(this)}run(){if(!(this.flags&1))return this.fn();this.flags|=2,Xe(this),Be(this);let e=A,t=Ke;A=this,Ke=!0;try{return this.fn()}finally{Ve(this),A=e,Ke=t,this.flags&=-3}}stop(){if(this.flags&1){for(let e=this.deps;e;e=e.nextDep)We(e);this.deps=this.depsTail=void 0,Xe(this),this.onStop&&this.onStop(),this.flags&=-2}}trigger(){this.flags&64?Me.add(this):this.scheduler?this.scheduler():this.runIfDirty()}runIfDirty(){He(this)&&this.run()}get dirty(){return He(this)}},Pe=0,Fe,Ie;function Le(e,t=!1){e.flags|=8,t?(e.next=Ie,Ie=e):(e.next=Fe,Fe=e)}function Re(){Pe++}function ze(){if(--Pe>0)return;if(Ie){let e=Ie;for(Ie=void 0;e;){let t=e.next;e.next=void 0,e.flags&=-9,e=t}}let e;for(;Fe;){let t=Fe;for(Fe=void 0;t;){let n=t.next;if(t.next=void 0,t.flags&=-9,t.flags&1)try{t.trigger()}catch(t){e||=t}t=n}}if(e)throw e}function Be(e){for(let t=e.deps;t;t=t.nextDep)t.version=-1,t.prevActiveLink=t.dep.activeLink,t.dep.activeLink=t}function Ve(e){let t,n=e.depsTail,r=n;for(;r;){let e=r.prevDep;r.version===-1?(r===n&&(n=e),We(r),Ge(r)):t=r,r.dep.activeLink=r.prevActiveLink,r.prevActiveLink=void 0,r=e}e.deps=t,e.depsTail=n}function He(e){for(let t=e.deps;t;t=t.nextDep)if(t.dep.version!==t.version||t.dep.computed&&(Ue(t.dep.computed)||t.dep.version!==t.version))return!0;return!!e._dirty}function Ue(e){if(e.flags&4&&!(e.flags&16)||(e.flags&=-17,e.globalVersion===Ze)||(e.globalVersion=Ze,!e.isSSR&&e.flags&128&&(!e.deps&&!e._dirty||!He(e))))return;e.flags|=2;let t=e.dep,n=A,r=Ke;A=e,Ke=!0;try{Be(e);let n=e.fn(e._value);(t.version===0||D(n,e._value))&&(e.flags|=128,e._value=n,t.version++)}catch(e){throw t.version++,e}finally{A=n,Ke=r,Ve(e),e.flags&=-3}}function We(e,t=!1){let{dep:n,prevSub:r,nextSub:i}=e;if(r&&(r.nextSub=i,e.prevSub=void 0),i&&(i.prevSub=r,e.nextSub=void 0),n.subs===e&&(n.subs=r,!r&&n.computed)){n.computed.flags&=-5;for(let e=n.computed.deps;e;e=e.nextDep)We(e,!0)}!t&&!--n.sc&&n.map&&n.map.delete(n.key)}function Ge(e){let{prevDep:t,nextDep:n}=e;t&&(t.nextDep=n,e.prevDep=void 0),n&&(n.prevDep=t,e.nextDep=void 0)}var Ke=!0,qe=[];function Je(){qe.push(Ke),Ke=!1}function Ye(){let e=qe.pop();Ke=e===void 0||e}function Xe(e){let{cleanup:t}=e;if(e.cleanup=void 0,t){let e=A;A=void 0;try{t()}finally{A=e}}}var Ze=0,Qe=class{constructor(e,t){this.sub=e,this.dep=t,this.version=t.version,this.nextDep=this.prevDep=this.nextSub=this.prevSub=this.prevActiveLink=void 0}},$e=class{constructor(e){this.computed=e,this.version=0,this.activeLink=void 0,this.subs=void 0,this.map=void 0,this.key=void 0,this.sc=0,this.__v_skip=!0}track(e){if(!A||!Ke||A===this.computed)return;let t=this.activeLink;if(t===void 0||t.sub!==A)t=this.activeLink=new Qe(A,this),A.deps?(t.prevDep=A.depsTail,A.depsTail.nextDep=t,A.depsTail=t):A.deps=A.depsTail=t,et(t);else if(t.version===-1&&(t.version=this.version,t.nextDep)){let e=t.nextDep;e.prevDep=t.prevDep,t.prevDep&&(t.prevDep.nextDep=e),t.prevDep=A.depsTail,t.nextDep=void 0,A.depsTail.nextDep=t,A.depsTail=t,A.deps===t&&(A.deps=e)}return t}trigger(e){this.version++,Ze++,this.notify(e)}notify(e){Re();try{for(let e=this.subs;e;e=e.prevSub)e.sub.notify()&&e.sub.dep.notify()}finally{ze()}}};function et(e){if(e.dep.sc++,e.sub.flags&4){let t=e.dep.computed;if(t&&!e.dep.subs){t.flags|=20;for(let e=t.deps;e;e=e.nextDep)et(e)}let n=e.dep.subs;n!==e&&(e.prevSub=n,n&&(n.nextSub=e)),e.dep.subs=e}}var tt=new WeakMap,nt=Symbol(``),rt=Symbol(``),it=Symbol(``);function at(e,t,n){if(Ke&&A){let t=tt.get(e);t||tt.set(e,t=new Map);let r=t.get(n);r||(t.set(n,r=new $e),r.map=t,r.key=n),r.track()}}function ot(e,t,n,r,i,a){let o=tt.get(e);if(!o){Ze++;return}let s=e=>{e&&e.trigger()};if(Re(),t===`clear`)o.forEach(s);else{let i=p(e),a=i&&te(n);if(i&&n===`length`){let e=Number(r);o.forEach((t,n)=>{(n===`length`||n===it||!y(n)&&n>=e)&&s(t)})}else switch((n!==void 0||o.has(void 0))&&s(o.get(n)),a&&s(o.get(it)),t){case`add`:i?a&&s(o.get(`length`)):(s(o.get(nt)),m(e)&&s(o.get(rt)));break;case`delete`:i||(s(o.get(nt)),m(e)&&s(o.get(rt)));break;case`set`:m(e)&&s(o.get(nt))}}ze()}function st(e){let t=j(e);return t===e||(at(t,`iterate`,it),qt(e))?t:Kt(e)?Gt(e)?t.map(e=>Zt(Xt(e))):t.map(Zt):t.map(Xt)}function ct(e){return at(e=j(e),`iterate`,it),e}function lt(e,t){return Kt(e)?Zt(Gt(e)?Xt(t):t):Xt(t)}var ut={__proto__:null,[Symbol.iterator](){return dt(this,Symbol.iterator,e=>lt(this,e))},concat(...e){return st(this).concat(...e.map(e=>p(e)?st(e):e))},entries(){return dt(this,`entries`,e=>(e[1]=lt(this,e[1]),e))},every(e,t){return mt(this,`every`,e,t,void 0,arguments)},filter(e,t){return mt(this,`filter`,e,t,e=>e.map(e=>lt(this,e)),arguments)},find(e,t){return mt(this,`find`,e,t,e=>lt(this,e),arguments)},findIndex(e,t){return mt(this,`findIndex`,e,t,void 0,arguments)},findLast(e,t){return mt(this,`findLast`,e,t,e=>lt(this,e),arguments)},findLastIndex(e,t){return mt(this,`findLastIndex`,e,t,void 0,arguments)},forEach(e,t){return mt(this,`forEach`,e,t,void 0,arguments)},includes(...e){return gt(this,`includes`,e)},indexOf(...e){return gt(this,`indexOf`,e)},join(e){return st(this).join(e)},lastIndexOf(...e){return gt(this,`lastIndexOf`,e)},map(e,t){return mt(this,`map`,e,t,void 0,arguments)},pop(){return _t(this,`pop`)},push(...e){return _t(this,`push`,e)},reduce(e,...t){return ht(this,`reduce`,e,t)},reduceRight(e,...t){return ht(this,`reduceRight`,e,t)},shift(){return _t(this,`shift`)},some(e,t){return mt(this,`some`,e,t,void 0,arguments)},splice(...e){return _t(this,`splice`,e)},toReversed(){return st(this).toReversed()},toSorted(e){return st(this).toSorted(e)},toSpliced(...e){return st(this).toSpliced(...e)},unshift(...e){return _t(this,`unshift`,e)},values(){return dt(this,`values`,e=>lt(this,e))}};function dt(e,t,n){let r=ct(e),i=r[t],a=i.call(r);if(r!==e&&!qt(e)){if(a[Symbol.toStringTag]===`Array Iterator`){let e=Object.create(Object.getPrototypeOf(a));return e.next=()=>ft(a.next(),n),i!==pt[t]&&Object.defineProperties(e,{return:{get(){let e=a.return;return typeof e==`function`?e.bind(a):e}},throw:{get(){let e=a.throw;return typeof e==`function`?e.bind(a):e}}}),e}a._next=a.next,a.next=()=>ft(a._next(),n)}return a}function ft(e,t){return e.done||(e.value=t(e.value)),e}var pt=Array.prototype;function mt(e,t,n,r,i,a){let o=ct(e),s=o!==e&&!qt(e),c=o[t];if(c!==pt[t]){let t=c.apply(e,a);return s?Xt(t):t}let l=n;o!==e&&(s?l=function(t,r){return n.call(this,lt(e,t),r,e)}:n.length>2&&(l=function(t,r){return n.call(this,t,r,e)}));let u=c.call(o,l,r);return s&&i?i(u):u}function ht(e,t,n,r){let i=ct(e),a=i!==e&&!qt(e),o=n,s=!1;i!==e&&(a?(s=r.length===0,o=function(t,r,i){return s&&(s=!1,t=lt(e,t)),n.call(this,t,lt(e,r),i,e)}):n.length>3&&(o=function(t,r,i){return n.call(this,t,r,i,e)}));let c=i[t](o,...r);return s?lt(e,c):c}function gt(e,t,n){let r=j(e);at(r,`iterate`,it);let i=r[t](...n);return(i===-1||i===!1)&&Jt(n[0])?(n[0]=j(n[0]),r[t](...n)):i}function _t(e,t,n=[]){Je(),Re();let r=j(e)[t].apply(e,n);return ze(),Ye(),r}var vt=n(`__proto__,__v_isRef,__isVue`),yt=new Set(Object.getOwnPropertyNames(Symbol).filter(e=>e!==`arguments`&&e!==`caller`).map(e=>Symbol[e]).filter(y));function bt(e){y(e)||(e=String(e));let t=j(this);return at(t,`has`,e),t.hasOwnProperty(e)}var xt=class{constructor(e=!1,t=!1){this._isReadonly=e,this._isShallow=t}get(e,t,n){if(t===`__v_skip`)return e.__v_skip;let r=this._isReadonly,i=this._isShallow;if(t===`__v_isReactive`)return!r;if(t===`__v_isReadonly`)return r;if(t===`__v_isShallow`)return i;if(t===`__v_raw`)return n===(r?i?zt:Rt:i?Lt:It).get(e)||Object.getPrototypeOf(e)===Object.getPrototypeOf(n)?e:void 0;let a=p(e);if(!r){let e;if(a&&(e=ut[t]))return e;if(t===`hasOwnProperty`)return bt}let o=Reflect.get(e,t,Qt(e)?e:n);if((y(t)?yt.has(t):vt(t))||(r||at(e,`get`,t),i))return o;if(Qt(o)){let e=a&&te(t)?o:o.value;return r&&b(e)?Ut(e):e}return b(o)?r?Ut(o):Vt(o):o}},St=class extends xt{constructor(e=!1){super(!1,e)}set(e,t,n,r){let i=e[t],a=p(e)&&te(t);if(!this._isShallow){let e=Kt(i);if(!qt(n)&&!Kt(n)&&(i=j(i),n=j(n)),!a&&Qt(i)&&!Qt(n))return e||(i.value=n),!0}let o=a?Number(t)<e.length:f(e,t),s=Reflect.set(e,t,n,Qt(e)?e:r);return e===j(r)&&s&&(o?D(n,i)&&ot(e,`set`,t,n,i):ot(e,`add`,t,n)),s}deleteProperty(e,t){let n=f(e,t),r=e[t],i=Reflect.deleteProperty(e,t);return i&&n&&ot(e,`delete`,t,void 0,r),i}has(e,t){let n=Reflect.has(e,t);return y(t)&&yt.has(t)||at(e,`has`,t),n}ownKeys(e){return at(e,`iterate`,p(e)?`length`:nt),Reflect.ownKeys(e)}},Ct=class extends xt{constructor(e=!1){super(!0,e)}set(e,t){return!0}deleteProperty(e,t){return!0}},wt=new St,Tt=new Ct,Et=new St(!0),Dt=e=>e,Ot=e=>Reflect.getPrototypeOf(e);function kt(e,t,n){return function(...r){let i=this.__v_raw,a=j(i),o=m(a),s=e===`entries`||e===Symbol.iterator&&o,c=e===`keys`&&o,u=i[e](...r),d=n?Dt:t?Zt:Xt;return!t&&at(a,`iterate`,c?rt:nt),l(Object.create(u),{next(){let{value:e,done:t}=u.next();return t?{value:e,done:t}:{value:s?[d(e[0]),d(e[1])]:d(e),done:t}}})}}function At(e){return function(...t){return e===`delete`?!1:e===`clear`?void 0:this}}function jt(e,t){let n={get(n){let r=this.__v_raw,i=j(r),a=j(n);e||(D(n,a)&&at(i,`get`,n),at(i,`get`,a));let{has:o}=Ot(i),s=t?Dt:e?Zt:Xt;if(o.call(i,n))return s(r.get(n));if(o.call(i,a))return s(r.get(a));r!==i&&r.get(n)},get size(){let t=this.__v_raw;return!e&&at(j(t),`iterate`,nt),t.size},has(t){let n=this.__v_raw,r=j(n),i=j(t);return e||(D(t,i)&&at(r,`has`,t),at(r,`has`,i)),t===i?n.has(t):n.has(t)||n.has(i)},forEach(n,r){let i=this,a=i.__v_raw,o=j(a),s=t?Dt:e?Zt:Xt;return!e&&at(o,`iterate`,nt),a.forEach((e,t)=>n.call(r,s(e),s(t),i))}};return l(n,e?{add:At(`add`),set:At(`set`),delete:At(`delete`),clear:At(`clear`)}:{add(e){let n=j(this),r=Ot(n),i=j(e),a=!t&&!qt(e)&&!Kt(e)?i:e;return r.has.call(n,a)||D(e,a)&&r.has.call(n,e)||D(i,a)&&r.has.call(n,i)||(n.add(a),ot(n,`add`,a,a)),this},set(e,n){t||qt(n)||Kt(n)||(n=j(n));let r=j(this),{has:i,get:a}=Ot(r),o=i.call(r,e);o||=(e=j(e),i.call(r,e));let s=a.call(r,e);return r.set(e,n),o?D(n,s)&&ot(r,`set`,e,n,s):ot(r,`add`,e,n),this},delete(e){let t=j(this),{has:n,get:r}=Ot(t),i=n.call(t,e);i||=(e=j(e),n.call(t,e));let a=r?r.call(t,e):void 0,o=t.delete(e);return i&&ot(t,`delete`,e,void 0,a),o},clear(){let e=j(this),t=e.size!==0,n=e.clear();return t&&ot(e,`clear`,void 0,void 0,void 0),n}}),[`keys`,`values`,`entries`,Symbol.iterator].forEach(r=>{n[r]=kt(r,e,t)}),n}function Mt(e,t){let n=jt(e,t);return(r,i,a)=>i===`__v_isReactive`?!e:i===`__v_isReadonly`?e:i===`__v_isShallow`?t:i===`__v_raw`?r:Reflect.get(f(n,i)&&i in r?n:r,i,a)}var Nt={get:Mt(!1,!1)},Pt={get:Mt(!1,!0)},Ft={get:Mt(!0,!1)},It=new WeakMap,Lt=new WeakMap,Rt=new WeakMap,zt=new WeakMap;function Bt(e){switch(e){case`Object`:case`Array`:return 1;case`Map`:case`Set`:case`WeakMap`:case`WeakSet`:return 2;default:return 0}}function Vt(e){return Kt(e)?e:Wt(e,!1,wt,Nt,It)}function Ht(e){return Wt(e,!1,Et,Pt,Lt)}function Ut(e){return Wt(e,!0,Tt,Ft,Rt)}function Wt(e,t,n,r,i){if(!b(e)||e.__v_raw&&!(t&&e.__v_isReactive)||e.__v_skip||!Object.isExtensible(e))return e;let a=i.get(e);if(a)return a;let o=Bt(w(e));if(o===0)return e;let s=new Proxy(e,o===2?r:n);return i.set(e,s),s}function Gt(e){return Kt(e)?Gt(e.__v_raw):!!(e&&e.__v_isReactive)}function Kt(e){return!!(e&&e.__v_isReadonly)}function qt(e){return!!(e&&e.__v_isShallow)}function Jt(e){return e?!!e.__v_raw:!1}function j(e){let t=e&&e.__v_raw;return t?j(t):e}function Yt(e){return!f(e,`__v_skip`)&&Object.isExtensible(e)&&le(e,`__v_skip`,!0),e}var Xt=e=>b(e)?Vt(e):e,Zt=e=>b(e)?Ut(e):e;function Qt(e){return e?e.__v_isRef===!0:!1}function $t(e){return en(e,!1)}function en(e,t){return Qt(e)?e:new tn(e,t)}var tn=class{constructor(e,t){this.dep=new $e,this.__v_isRef=!0,this.__v_isShallow=!1,this._rawValue=t?e:j(e),this._value=t?e:Xt(e),this.__v_isShallow=t}get value(){return this.dep.track(),this._value}set value(e){let t=this._rawValue,n=this.__v_isShallow||qt(e)||Kt(e);e=n?e:j(e),D(e,t)&&(this._rawValue=e,this._value=n?e:Xt(e),this.dep.trigger())}};function M(e){return Qt(e)?e.value:e}var nn={get:(e,t,n)=>t===`__v_raw`?e:M(Reflect.get(e,t,n)),set:(e,t,n,r)=>{let i=e[t];return Qt(i)&&!Qt(n)?(i.value=n,!0):Reflect.set(e,t,n,r)}};function rn(e){return Gt(e)?e:new Proxy(e,nn)}var an=class{constructor(e,t,n){this.fn=e,this.setter=t,this._value=void 0,this.dep=new $e(this),this.__v_isRef=!0,this.deps=void 0,this.depsTail=void 0,this.flags=16,this.globalVersion=Ze-1,this.next=void 0,this.effect=this,this.__v_isReadonly=!t,this.isSSR=n}notify(){if(this.flags|=16,!(this.flags&8)&&A!==this)return Le(this,!0),!0}get value(){let e=this.dep.track();return Ue(this),e&&(e.version=this.dep.version),this._value}set value(e){this.setter&&this.setter(e)}};function on(e,t,n=!1){let r,i;return _(e)?r=e:(r=e.get,i=e.set),new an(r,i,n)}var sn={},cn=new WeakMap,ln=void 0;function un(e,t=!1,n=ln){if(n){let t=cn.get(n);t||cn.set(n,t=[]),t.push(e)}}function dn(e,t,n=r){let{immediate:i,deep:o,once:s,scheduler:c,augmentJob:l,call:d}=n,f=e=>o?e:qt(e)||o===!1||o===0?fn(e,1):fn(e),m,h,g,v,y=!1,b=!1;if(Qt(e)?(h=()=>e.value,y=qt(e)):Gt(e)?(h=()=>f(e),y=!0):p(e)?(b=!0,y=e.some(e=>Gt(e)||qt(e)),h=()=>e.map(e=>{if(Qt(e))return e.value;if(Gt(e))return f(e);if(_(e))return d?d(e,2):e()})):h=_(e)?t?d?()=>d(e,2):e:()=>{if(g){Je();try{g()}finally{Ye()}}let t=ln;ln=m;try{return d?d(e,3,[v]):e(v)}finally{ln=t}}:a,t&&o){let e=h,t=o===!0?1/0:o;h=()=>fn(e(),t)}let x=je(),S=()=>{m.stop(),x&&x.active&&u(x.effects,m)};if(s&&t){let e=t;t=(...t)=>{try{return e(...t)}finally{S()}}}let C=b?Array(e.length).fill(sn):sn,w=e=>{if(m.flags&1&&(m.dirty||e)){if(t){let n=m.run();if(e||o||y||(b?n.some((e,t)=>D(e,C[t])):D(n,C))){let e=ln;Je();try{g&&g(),ln=m;let e=[n,C===sn?void 0:b&&C[0]===sn?[]:C,v];C=n,d?d(t,3,e):t(...e)}finally{ln=e,Ye()}}}else m.run()}};return l&&l(w),m=new Ne(h),m.scheduler=c?()=>c(w,!1):w,v=e=>un(e,!1,m),g=m.onStop=()=>{let e=cn.get(m);if(e){if(d)d(e,4);else for(let t of e)t();cn.delete(m)}},t?i?w(!0):C=m.run():c?c(w.bind(null,!0),!0):m.run(),S.pause=m.pause.bind(m),S.resume=m.resume.bind(m),S.stop=S,S}function fn(e,t=1/0,n){if(t<=0||!b(e)||e.__v_skip||(n||=new Map,(n.get(e)||0)>=t))return e;if(n.set(e,t),t--,Qt(e))fn(e.value,t,n);else if(p(e))for(let r=0;r<e.length;r++)fn(e[r],t,n);else if(h(e)||m(e))e.forEach(e=>{fn(e,t,n)});else if(ee(e)){for(let r in e)fn(e[r],t,n);for(let r of Object.getOwnPropertySymbols(e))Object.prototype.propertyIsEnumerable.call(e,r)&&fn(e[r],t,n)}return e}
/**
* @vue/runtime-core v3.5.45
* (c) 2018-present Yuxi (Evan) You and Vue contributors
* @license MIT
**/
function pn(e,t,n,r){try{return r?e(...r):e()}catch(e){hn(e,t,n)}}function mn(e,t,n,r){if(_(e)){let i=pn(e,t,n,r);return i&&x(i)&&i.catch(e=>{hn(e,t,n,void 0,!0)}),i}if(p(e)){let i=[];for(let a=0;a<e.length;a++)i.push(mn(e[a],t,n,r));return i}}function hn(e,t,n,i=!0,a=!1){let o=t?t.vnode:null,{errorHandler:s,throwUnhandledErrorInProduction:c}=t&&t.appContext.config||r;if(t){let r=t.parent,i=t.proxy,o=`https://vuejs.org/error-reference/#runtime-${n}`;for(;r;){let t=r.ec;if(t&&!r.isUnmounted&&(!a||r.scope.active)){for(let n=0;n<t.length;n++)if(t[n](e,i,o)===!1)return}r=r.parent}if(s){Je(),pn(s,null,10,[e,i,o]),Ye();return}}gn(e,n,o,i,c)}function gn(e,t,n,r=!0,i=!1){if(i)throw e;console.error(e)}var _n=[],vn=-1,yn=[],bn=null,xn=0,Sn=Promise.resolve(),Cn=null;function wn(e){let t=Cn||Sn;return e?t.then(this?e.bind(this):e):t}function Tn(e){let t=vn+1,n=_n.length;for(;t<n;){let r=t+n>>>1,i=_n[r],a=Nn(i);a<e||a===e&&i.flags&2?t=r+1:n=r}return t}function En(e){if(!(e.flags&1)){let t=Nn(e),n=_n[_n.length-1];!n||!(e.flags&2)&&t>=Nn(n)?_n.push(e):_n.splice(Tn(t),0,e),e.flags|=1,Dn()}}function Dn(){Cn||=Sn.then(Pn)}function On(e){if(!p(e))bn&&e.id===-1?bn.splice(xn+1,0,e):e.flags&1||(yn.push(e),e.flags|=1);else for(let t=0;t<e.length;t++)yn.push(e[t]);Dn()}function kn(e,t,n,r=vn+1){for(;r<_n.length;r++){let n=_n[r];if(n&&n.flags&2){if(e&&n.id!==e.uid||t!==void 0&&!(n.id>=t))continue;_n.splice(r,1),r=e?r-1:vn,n.flags&4&&(n.flags&=-2),n(),n.flags&4||(n.flags&=-2)}}}function An(e,t,n=0){if(yn.length){let e=yn,r=0;if(t){e=[];for(let i=0;i<yn.length;i++){let a=yn[i];(a.i===void 0?t.has(a):!a.i||a.i.uid<n)?yn[r++]=a:e.push(a)}}let i=[...new Set(e)].sort((e,t)=>Nn(e)-Nn(t));if(yn.length=r,bn){for(let e=0;e<i.length;e++)bn.push(i[e]);return}for(bn=i,xn=0;xn<bn.length;xn++){let e=bn[xn];e.flags&4&&(e.flags&=-2),e.flags&8||e(),e.flags&=-2}bn=null,xn=0}}var jn=!1;function Mn(e,t){if(jn){e();return}let n=t===void 0?void 0:new Set(yn);e(),jn=!0;try{kn(void 0,t),An(void 0,n,t)}finally{jn=!1}}var Nn=e=>e.id==null?e.flags&2?-1:1/0:e.id;function Pn(e){try{for(vn=0;vn<_n.length;vn++){let e=_n[vn];e&&!(e.flags&8)&&(e.flags&4&&(e.flags&=-2),pn(e,e.i,e.i?15:14),e.flags&4||(e.flags&=-2))}}finally{for(;vn<_n.length;vn++){let e=_n[vn];e&&(e.flags&=-2)}vn=-1,_n.length=0,An(e),Cn=null,(_n.length||yn.length)&&Pn(e)}}var N=null,Fn=null;function In(e){let t=N;return N=e,Fn=e&&e.type.__scopeId||null,t}function Ln(e,t=N,n){if(!t||e._n)return e;let r=(...n)=>{r._d&&wa(-1);let i=In(t),a=ba.length,o;try{o=e(...n)}finally{for(let e=ba.length;e>a;e--)Sa();In(i),r._d&&wa(1)}return o};return r._n=!0,r._c=!0,r._d=!0,r}function Rn(e,t){if(N===null)return e;let n=ro(N),i=e.dirs||=[];for(let e=0;e<t.length;e++){let[a,o,s,c=r]=t[e];a&&(_(a)&&(a={mounted:a,updated:a}),a.deep&&fn(o),i.push({dir:a,instance:n,value:o,oldValue:void 0,arg:s,modifiers:c}))}return e}function zn(e,t,n,r){let i=e;if(r===`beforeMount`)e._mount=e;else if(r===`beforeUpdate`){let n=t&&t._mount;n&&(n._latest=e,e._mount=n)}else if(r===`mounted`){let t=e._latest;e._mount=e._latest=void 0,t&&(i=t,t._mount=void 0)}let a=i.dirs,o=t&&t.dirs;for(let s=0;s<a.length;s++){let c=a[s];o?c.oldValue=o[s].value:r===`mounted`&&c.oldValue!==void 0&&(c=l({},c,{oldValue:void 0}));let u=c.dir[r];u&&(Je(),mn(u,n,8,[e.el,c,i,t]),Ye())}}function Bn(e,t){if(Ha){let n=Ha.provides,r=Ha.parent&&Ha.parent.provides;r===n&&(n=Ha.provides=Object.create(r)),n[e]=t}}function Vn(e,t,n=!1){let r=Ua();if(r||Ei){let i=Ei?Ei._context.provides:r?r.parent==null||r.ce?r.vnode.appContext&&r.vnode.appContext.provides:r.parent.provides:void 0;if(i&&e in i)return i[e];if(arguments.length>1)return n&&_(t)?t.call(r&&r.proxy):t}}var Hn=Symbol.for(`v-scx`),Un=()=>Vn(Hn);function Wn(e,t,n){return Gn(e,t,n)}function Gn(e,t,n=r){let{immediate:i,deep:o,flush:s,once:c}=n,u=l({},n),d=t&&i||!t&&s!==`post`,f;if(Ya){if(s===`sync`){let e=Un();f=e.__watcherHandles||=[]}else if(!d){let e=()=>{};return e.stop=a,e.resume=a,e.pause=a,e}}let p=Ha;u.call=(e,t,n)=>mn(e,p,t,n);let m=!1;s===`post`?u.scheduler=e=>{e.i=p,ia(e,p&&p.suspense)}:s!==`sync`&&(m=!0,u.scheduler=(e,t)=>{t?e():En(e)}),u.augmentJob=e=>{t&&(e.flags|=4),m&&(e.flags|=2,p&&(e.id=p.uid,e.i=p))};let h=dn(e,t,u);return Ya&&(f?f.push(h):d&&h()),h}function Kn(e,t,n){let r=this.proxy,i=v(e)?e.includes(`.`)?qn(r,e):()=>r[e]:e.bind(r,r),a;_(t)?a=t:(a=t.handler,n=t);let o=Ka(this),s=Gn(i,a.bind(r),n);return o(),s}function qn(e,t){let n=t.split(`.`);return()=>{let t=e;for(let e=0;e<n.length&&t;e++)t=t[n[e]];return t}}var Jn=new WeakMap,Yn=Symbol(`_vte`),Xn=e=>e.__isTeleport,Zn=e=>e&&(e.disabled||e.disabled===``),Qn=e=>e&&(e.defer||e.defer===``),$n=e=>typeof SVGElement<`u`&&e instanceof SVGElement,er=e=>typeof MathMLElement==`function`&&e instanceof MathMLElement,tr=(e,t)=>{let n=e&&e.to;return v(n)?t?t(n):null:n},nr={name:`Teleport`,__isTeleport:!0,process(e,t,n,r,i,a,o,s,c,l){let{mc:u,pc:d,pbc:f,o:{insert:p,querySelector:m,createText:h,createComment:g,parentNode:_}}=l,v=Zn(t.props),{dynamicChildren:y}=t,b=(e,t,n)=>{e.shapeFlag&16&&u(e.children,t,n,i,a,o,s,c)},x=(e=t)=>{let n=Zn(e.props),r=e.target=tr(e.props,m),a=sr(r,e,h,p);r&&(o!==`svg`&&$n(r)?o=`svg`:o!==`mathml`&&er(r)&&(o=`mathml`),i&&i.isCE&&(i.ce._teleportTargets||(i.ce._teleportTargets=new Set)).add(r),n||(b(e,r,a),or(e,!1)))},S=e=>{let t=()=>{if(Jn.get(e)===t){if(Jn.delete(e),Zn(e.props)){let t=_(e.el)||n;b(e,t,e.anchor),or(e,!0)}x(e)}};Jn.set(e,t),ia(t,a)};if(e==null){let e=t.el=h(``),i=t.anchor=h(``);if(p(e,n,r),p(i,n,r),Qn(t.props)||a&&a.pendingBranch){S(t);return}v&&(b(t,n,i),or(t,!0)),x()}else{t.el=e.el;let r=t.anchor=e.anchor,u=Jn.get(e);if(u){u.flags|=8,Jn.delete(e),S(t);return}t.targetStart=e.targetStart;let p=t.target=e.target,h=t.targetAnchor=e.targetAnchor,g=Zn(e.props),_=g?n:p,b=g?r:h;if(o===`svg`||$n(p)?o=`svg`:(o===`mathml`||er(p))&&(o=`mathml`),y?(f(e.dynamicChildren,y,_,i,a,o,s),ua(e,t,!0)):c||d(e,t,_,b,i,a,o,s,!1),v)g?t.props&&e.props&&t.props.to!==e.props.to&&(t.props.to=e.props.to):rr(t,n,r,l,1);else if((t.props&&t.props.to)!==(e.props&&e.props.to)){let e=tr(t.props,m);e&&(t.target=e,rr(t,e,null,l,0))}else g&&rr(t,p,h,l,1);or(t,v)}},remove(e,t,n,{um:r,o:{remove:i}},a){let{shapeFlag:o,children:s,anchor:c,targetStart:l,targetAnchor:u,target:d,props:f}=e,p=Zn(f),m=a||!p,h=Jn.get(e);if(h&&(h.flags|=8,Jn.delete(e)),d&&(i(l),i(u)),a&&i(c),!h&&(p||d)&&o&16)for(let e=0;e<s.length;e++){let i=s[e];r(i,t,n,m,!!i.dynamicChildren)}},move:rr,hydrate:ir};function rr(e,t,n,{o:{insert:r},m:i},a=2){a===0&&(e.targetStart&&r(e.targetStart,t,n),r(e.targetAnchor,t,n),n=e.targetAnchor);let{el:o,anchor:s,shapeFlag:c,children:l,props:u}=e,d=a===2;if(d&&r(o,t,n),!Jn.has(e)&&(!d||Zn(u))&&c&16)for(let e=0;e<l.length;e++)i(l[e],t,n,2);d&&r(s,t,n)}function ir(e,t,n,r,i,a,{o:{nextSibling:o,parentNode:s,querySelector:c,insert:l,createText:u}},d){function f(e,n){let r=n;for(;r;){if(r&&r.nodeType===8){if(r.data===`teleport start anchor`)t.targetStart=r;else if(r.data===`teleport anchor`){t.targetAnchor=r,e._lpa=t.targetAnchor&&o(t.targetAnchor);break}}r=o(r)}}function p(e,t){t.anchor=d(o(e),t,s(e),n,r,i,a)}let m=t.target=tr(t.props,c),h=Zn(t.props);if(m){let c=m._lpa||m.firstChild;t.shapeFlag&16&&(h?(p(e,t),f(m,c),t.targetAnchor||sr(m,t,u,l,s(e)===m?e:null)):(t.anchor=o(e),f(m,c),t.targetAnchor||sr(m,t,u,l),d(c&&o(c),t,m,n,r,i,a))),or(t,h)}else h&&t.shapeFlag&16&&(p(e,t),t.targetStart=e,t.targetAnchor=o(e));return t.anchor&&o(t.anchor)}var ar=nr;function or(e,t){let n=e.ctx;if(n&&n.ut){let r,i;for(t?(r=e.el,i=e.anchor):(r=e.targetStart,i=e.targetAnchor);r&&r!==i;)r.nodeType===1&&r.setAttribute(`data-v-owner`,n.uid),r=r.nextSibling;n.ut()}}function sr(e,t,n,r,i=null){let a=t.targetStart=n(``),o=t.targetAnchor=n(``);return a[Yn]=o,e&&(r(a,e,i),r(o,e,i)),o}var cr=Symbol(`_leaveCb`),lr=Symbol(`_enterCb`);function ur(){let e={isMounted:!1,isLeaving:!1,isUnmounting:!1,leavingVNodes:new Map};return Rr(()=>{e.isMounted=!0}),Vr(()=>{e.isUnmounting=!0}),e}var dr=[Function,Array],fr={mode:String,appear:Boolean,persisted:Boolean,onBeforeEnter:dr,onEnter:dr,onAfterEnter:dr,onEnterCancelled:dr,onBeforeLeave:dr,onLeave:dr,onAfterLeave:dr,onLeaveCancelled:dr,onBeforeAppear:dr,onAppear:dr,onAfterAppear:dr,onAppearCancelled:dr},pr={name:`BaseTransition`,props:fr,setup(e,{slots:t}){let n=Ua(),r=ur();return()=>{let i=t.default&&xr(t.default(),!0),a=i&&i.length?mr(i):n.subTree?H():void 0;if(!a)return;let o=j(e),{mode:s}=o;if(r.isLeaving)return vr(a);let c=yr(a);if(!c)return vr(a);let l=_r(c,o,r,n);c.type!==I&&br(c,l);let u=n.subTree&&yr(n.subTree);if(u&&u.type!==I&&!Da(u,c)&&Sr(n.subTree)){let e=_r(u,o,r,n);if(br(u,e),s===`out-in`&&c.type!==I)return r.isLeaving=!0,e.afterLeave=()=>{if(r.isLeaving=!1,!(n.job.flags&8)){if(n.effect.flags&2){let e=()=>{n.job.flags&8||n.update()};e.i=n,En(e)}else n.update()}delete e.afterLeave,u=void 0},vr(a);s===`in-out`&&c.type!==I?e.delayLeave=(e,t,n)=>{let i=gr(r,u);i[String(u.key)]=u,e[cr]=()=>{t(),e[cr]=void 0,delete l.delayedLeave,u=void 0},l.delayedLeave=()=>{n(),delete l.delayedLeave,u=void 0}}:u=void 0}else u&&=void 0;return a}}};function mr(e){let t=e[0];if(e.length>1){for(let n of e)if(n.type!==I){t=n;break}}return t}var hr=pr;function gr(e,t){let{leavingVNodes:n}=e,r=n.get(t.type);return r||(r=Object.create(null),n.set(t.type,r)),r}function _r(e,t,n,r){let{appear:i,mode:a,persisted:o=!1,onBeforeEnter:s,onEnter:c,onAfterEnter:l,onEnterCancelled:u,onBeforeLeave:d,onLeave:f,onAfterLeave:m,onLeaveCancelled:h,onBeforeAppear:g,onAppear:_,onAfterAppear:v,onAppearCancelled:y}=t,b=String(e.key),x=gr(n,e),S=(e,t)=>{e&&mn(e,r,9,t)},C=(e,t)=>{let n=t[1];S(e,t),p(e)?e.every(e=>e.length<=1)&&n():e.length<=1&&n()},w={mode:a,persisted:o,beforeEnter(t){let r=s;if(!n.isMounted){if(i)r=g||s;else return}t[cr]&&t[cr](!0);let a=x[b];if(a&&Da(e,a)){let e=a.el[cr];if(!e){let t=Sr(a);e=t&&t.el[cr]}e&&e()}S(r,[t])},enter(t){if(x[b]===e)return;let r=c,a=l,o=u;if(!n.isMounted){if(i)r=_||c,a=v||l,o=y||u;else return}let s=!1;t[lr]=e=>{s||(s=!0,S(e?o:a,[t]),w.delayedLeave&&w.delayedLeave(),t[lr]=void 0)};let d=t[lr].bind(null,!1);r?C(r,[t,d]):d()},leave(t,r){let i=String(e.key);if(t[lr]&&t[lr](!0),n.isUnmounting)return r();S(d,[t]);let a=!1;t[cr]=n=>{a||(a=!0,r(),S(n?h:m,[t]),t[cr]=void 0,x[i]===e&&delete x[i])};let o=t[cr].bind(null,!1);x[i]=e,f?C(f,[t,o]):o()},clone(e){let i=_r(e,t,n,r);return i.afterLeave=()=>{w.afterLeave&&w.afterLeave()},i.delayLeave=(e,t,n)=>{w.delayLeave?w.delayLeave(e,t,n):n()},i.delayedLeave=()=>{w.delayedLeave&&w.delayedLeave()},i}};return w}function vr(e){if(Ar(e))return e=Ma(e),e.children=null,e}function yr(e){if(!Ar(e))return Xn(e.type)&&e.children?mr(e.children):e;if(e.component)return e.component.subTree;let{shapeFlag:t,children:n}=e;if(n){if(t&16)return n[0];if(t&32&&_(n.default))return n.default()}}function br(e,t){if(e.shapeFlag&6&&e.component){e.transition=t;let n=e.component.subTree;br(Xn(n.type)&&yr(n)||n,t)}else if(e.shapeFlag&128){let n=e.suspense;if(n){let e=n.isHydrating?n.pendingBranch:n.activeBranch;e&&br(e,t.clone(e))}else e.ssContent.transition=t.clone(e.ssContent),e.ssFallback.transition=t.clone(e.ssFallback)}else if(e.transition=t,e.type===F&&p(e.children)){let n=Ni(e.children,!1);n&&br(n,t)}}function xr(e,t=!1,n){let r=[],i=0;for(let a=0;a<e.length;a++){let o=e[a],s=n==null?o.key:String(n)+String(o.key==null?a:o.key);o.type===F?(o.patchFlag&128&&i++,r=r.concat(xr(o.children,t,s))):(t||o.type!==I)&&r.push(s==null?o:Ma(o,{key:s}))}if(i>1)for(let e=0;e<r.length;e++)r[e].patchFlag=-2;return r}function Sr(e){if(e.component)return Sr(e.component.subTree);if(e.type===F){let t=p(e.children)&&Ni(e.children,!1);return t?Sr(t):void 0}if(e.type!==I)return e}function Cr(){let e=Ua();return e?(e.appContext.config.idPrefix||`v`)+`-`+e.ids[0]+e.ids[1]++:``}function wr(e){e.ids=[e.ids[0]+e.ids[2]+++`-`,0,0]}function Tr(e,t){let n;return!!((n=Object.getOwnPropertyDescriptor(e,t))&&!n.configurable)}var Er=new WeakMap;function Dr(e,t,n,i,a=!1){if(p(e)){e.forEach((e,r)=>Dr(e,t&&(p(t)?t[r]:t),n,i,a));return}if(kr(i)&&!a){i.shapeFlag&512&&i.type.__asyncResolved&&i.component.subTree.component&&Dr(e,t,n,i.component.subTree);return}let s=i.shapeFlag&4?ro(i.component):i.el,c=a?null:s,{i:l,r:d}=e,m=t&&t.r,h=l.refs===r?l.refs={}:l.refs,g=l.setupState,y=j(g),b=g===r?o:e=>!Tr(h,e)&&f(y,e),x=(e,t)=>!(t&&Tr(h,t));if(m!=null&&m!==d){if(Or(t),v(m))h[m]=null,b(m)&&(g[m]=null);else if(Qt(m)){let e=t;x(m,e.k)&&(m.value=null),e.k&&(h[e.k]=null)}}if(_(d))pn(d,l,12,[c,h]);else{let t=v(d),r=Qt(d);if(t||r){let i=()=>{if(e.f){let n=t?b(d)?g[d]:h[d]:x(d)||!e.k?d.value:h[e.k];if(a)p(n)&&u(n,s);else if(p(n))n.includes(s)||n.push(s);else if(t)h[d]=[s],b(d)&&(g[d]=h[d]);else{let t=[s];x(d,e.k)&&(d.value=t),e.k&&(h[e.k]=t)}}else t?(h[d]=c,b(d)&&(g[d]=c)):r&&(x(d,e.k)&&(d.value=c),e.k&&(h[e.k]=c))};if(c){let t=()=>{i(),Er.delete(e)};t.id=-1,Er.set(e,t),ia(t,n)}else Or(e),i()}}}function Or(e){let t=Er.get(e);t&&(t.flags|=8,Er.delete(e))}pe().requestIdleCallback,pe().cancelIdleCallback;var kr=e=>!!e.type.__asyncLoader,Ar=e=>e.type.__isKeepAlive;function jr(e,t){Nr(e,`a`,t)}function Mr(e,t){Nr(e,`da`,t)}function Nr(e,t,n=Ha){let r=e.__wdc||=()=>{let t=n;for(;t;){if(t.isDeactivated)return;t=t.parent}return e()};if(Fr(t,r,n),n){let e=n.parent;for(;e&&e.parent;)Ar(e.parent.vnode)&&Pr(r,t,n,e),e=e.parent}}function Pr(e,t,n,r){let i=Fr(t,e,r,!0),a=Fr(`um`,()=>u(r[t],i),n);a.flags=16}function Fr(e,t,n=Ha,r=!1){if(n){let i=n[e]||(n[e]=[]),a=t.__weh||=(...r)=>{Je();let i=Ka(n),a=mn(t,n,e,r);return i(),Ye(),a};return r?i.unshift(a):i.push(a),a}}var Ir=e=>(t,n=Ha)=>{Ya&&e!==`sp`||Fr(e,(...e)=>t(...e),n)},Lr=Ir(`bm`),Rr=Ir(`m`),zr=Ir(`bu`),Br=Ir(`u`),Vr=Ir(`bum`),Hr=Ir(`um`),Ur=Ir(`sp`),Wr=Ir(`rtg`),Gr=Ir(`rtc`);function Kr(e,t=Ha){Fr(`ec`,e,t)}var qr=`components`,Jr=`directives`;function Yr(e,t){return $r(qr,e,!0,t)||e}var Xr=Symbol.for(`v-ndc`);function Zr(e){return v(e)?$r(qr,e,!1)||e:e||Xr}function Qr(e){return $r(Jr,e)}function $r(e,t,n=!0,r=!1){let i=N||Ha;if(i){let n=i.type;if(e===qr){let e=io(n,!1);if(e&&(e===t||e===E(t)||e===oe(E(t))))return n}let a=ei(i[e]||n[e],t)||ei(i.appContext[e],t);return!a&&r?n:a}}function ei(e,t){return e&&(e[t]||e[E(t)]||e[oe(E(t))])}function ti(e,t,n,r){let i,a=n&&n[r],o=p(e);if(o||v(e)){let n=o&&Gt(e),r=!1,s=!1;n&&(r=!qt(e),s=Kt(e),e=ct(e)),i=Array(e.length);for(let n=0,o=e.length;n<o;n++)i[n]=t(r?s?Zt(Xt(e[n])):Xt(e[n]):e[n],n,void 0,a&&a[n])}else if(typeof e==`number`){if(!Number.isInteger(e)||e<0)i=[];else{i=Array(e);for(let n=0;n<e;n++)i[n]=t(n+1,n,void 0,a&&a[n])}}else if(b(e)){if(e[Symbol.iterator])i=Array.from(e,(e,n)=>t(e,n,void 0,a&&a[n]));else{let n=Object.keys(e);i=Array(n.length);for(let r=0,o=n.length;r<o;r++){let o=n[r];i[r]=t(e[o],o,r,a&&a[r])}}}else i=[];return n&&(n[r]=i),i}function P(e,t,n,r,i,a){if(n??={},N.ce||N.parent&&kr(N.parent)&&N.parent.ce){let e=a!=null&&n.key==null?l({},n,{key:a}):n,i=Object.keys(e).length>0;return t!=="default"&&(e.name=t),L(),z(F,null,[V(`slot`,e,r&&r())],i?-2:64)}let o=e[t];o&&o._c&&(o._d=!1);let s=ba.length;L();let c;try{let i=o&&ni(o(n)),s=n.key||a||i&&i.key;c=z(F,{key:(s&&!y(s)?s:`_${t}`)+(!i&&r?`_fb`:``)},i||(r?r():[]),i&&e._===1?64:-2)}catch(e){for(let e=ba.length;e>s;e--)Sa();throw e}finally{o&&o._c&&(o._d=!0)}return!i&&c.scopeId&&(c.slotScopeIds=[c.scopeId+`-s`]),c}function ni(e){return e.some(e=>!Ea(e)||!(e.type===I||e.type===F&&!ni(e.children)))?e:null}var ri=e=>e?Ja(e)?ro(e):ri(e.parent):null,ii=l(Object.create(null),{$:e=>e,$el:e=>e.vnode.el,$data:e=>e.data,$props:e=>e.props,$attrs:e=>e.attrs,$slots:e=>e.slots,$refs:e=>e.refs,$parent:e=>ri(e.parent),$root:e=>ri(e.root),$host:e=>e.ce,$emit:e=>e.emit,$options:e=>pi(e),$forceUpdate:e=>e.f||=()=>{En(e.update)},$nextTick:e=>e.n||=wn.bind(e.proxy),$watch:e=>Kn.bind(e)}),ai=(e,t)=>e!==r&&!e.__isScriptSetup&&f(e,t),oi={get({_:e},t){if(t===`__v_skip`)return!0;let{ctx:n,setupState:i,data:a,props:o,accessCache:s,type:c,appContext:l}=e;if(t[0]!==`$`){let e=s[t];if(e!==void 0)switch(e){case 1:return i[t];case 2:return a[t];case 4:return n[t];case 3:return o[t]}else if(ai(i,t))return s[t]=1,i[t];else if(a!==r&&f(a,t))return s[t]=2,a[t];else if(f(o,t))return s[t]=3,o[t];else if(n!==r&&f(n,t))return s[t]=4,n[t];else ci&&(s[t]=0)}let u=ii[t],d,p;if(u)return t===`$attrs`&&at(e.attrs,`get`,``),u(e);if((d=c.__cssModules)&&(d=d[t]))return d;if(n!==r&&f(n,t))return s[t]=4,n[t];if(p=l.config.globalProperties,f(p,t))return p[t]},set({_:e},t,n){let{data:i,setupState:a,ctx:o}=e;return ai(a,t)?(a[t]=n,!0):i!==r&&f(i,t)?(i[t]=n,!0):f(e.props,t)||t[0]===`$`&&t.slice(1)in e?!1:(o[t]=n,!0)},has({_:{data:e,setupState:t,accessCache:n,ctx:i,appContext:a,props:o,type:s}},c){let l;return!!(n[c]||e!==r&&c[0]!==`$`&&f(e,c)||ai(t,c)||f(o,c)||f(i,c)||f(ii,c)||f(a.config.globalProperties,c)||(l=s.__cssModules)&&l[c])},defineProperty(e,t,n){return n.get==null?f(n,`value`)&&this.set(e,t,n.value,null):e._.accessCache[t]=0,Reflect.defineProperty(e,t,n)}};function si(e){return p(e)?e.reduce((e,t)=>(e[t]=null,e),{}):e}var ci=!0;function li(e){let t=pi(e),n=e.proxy,r=e.ctx;ci=!1,t.beforeCreate&&di(t.beforeCreate,e,`bc`);let{data:i,computed:o,methods:s,watch:c,provide:l,inject:u,created:d,beforeMount:f,mounted:m,beforeUpdate:h,updated:g,activated:v,deactivated:y,beforeDestroy:x,beforeUnmount:S,destroyed:C,unmounted:w,render:ee,renderTracked:te,renderTriggered:ne,errorCaptured:T,serverPrefetch:re,expose:E,inheritAttrs:ie,components:ae,directives:oe,filters:se}=t;if(u&&ui(u,r,null),s)for(let e in s){let t=s[e];_(t)&&(r[e]=t.bind(n))}if(i){let t=i.call(n,n);b(t)&&(e.data=Vt(t))}if(ci=!0,o)for(let e in o){let t=o[e],i=W({get:_(t)?t.bind(n,n):_(t.get)?t.get.bind(n,n):a,set:!_(t)&&_(t.set)?t.set.bind(n):a});Object.defineProperty(r,e,{enumerable:!0,configurable:!0,get:()=>i.value,set:e=>i.value=e})}if(c)for(let e in c)fi(c[e],r,n,e);if(l){let e=_(l)?l.call(n):l;Reflect.ownKeys(e).forEach(t=>{Bn(t,e[t])})}d&&di(d,e,`c`);function D(e,t){p(t)?t.forEach(t=>e(t.bind(n))):t&&e(t.bind(n))}if(D(Lr,f),D(Rr,m),D(zr,h),D(Br,g),D(jr,v),D(Mr,y),D(Kr,T),D(Gr,te),D(Wr,ne),D(Vr,S),D(Hr,w),D(Ur,re),p(E)){if(E.length){let t=e.exposed||={};E.forEach(e=>{Object.defineProperty(t,e,{get:()=>n[e],set:t=>n[e]=t,enumerable:!0})})}else e.exposed||={}}ee&&e.render===a&&(e.render=ee),ie!=null&&(e.inheritAttrs=ie),ae&&(e.components=ae),oe&&(e.directives=oe),re&&wr(e)}function ui(e,t,n=a){p(e)&&(e=vi(e));for(let n in e){let r=e[n],i;i=b(r)?`default`in r?Vn(r.from||n,r.default,!0):Vn(r.from||n):Vn(r),Qt(i)?Object.defineProperty(t,n,{enumerable:!0,configurable:!0,get:()=>i.value,set:e=>i.value=e}):t[n]=i}}function di(e,t,n){mn(p(e)?e.map(e=>e.bind(t.proxy)):e.bind(t.proxy),t,n)}function fi(e,t,n,r){let i=r.includes(`.`)?qn(n,r):()=>n[r];if(v(e)){let n=t[e];_(n)&&Wn(i,n)}else if(_(e))Wn(i,e.bind(n));else if(b(e)){if(p(e))e.forEach(e=>fi(e,t,n,r));else{let r=_(e.handler)?e.handler.bind(n):t[e.handler];_(r)&&Wn(i,r,e)}}}function pi(e){let t=e.type,{mixins:n,extends:r}=t,{mixins:i,optionsCache:a,config:{optionMergeStrategies:o}}=e.appContext,s=a.get(t),c;return s?c=s:!i.length&&!n&&!r?c=t:(c={},i.length&&i.forEach(e=>mi(c,e,o,!0)),mi(c,t,o)),b(t)&&a.set(t,c),c}function mi(e,t,n,r=!1){let{mixins:i,extends:a}=t;a&&mi(e,a,n,!0),i&&i.forEach(t=>mi(e,t,n,!0));for(let i in t)if(!(r&&i===`expose`)){let r=hi[i]||n&&n[i];e[i]=r?r(e[i],t[i]):t[i]}return e}var hi={data:gi,props:xi,emits:xi,methods:bi,computed:bi,beforeCreate:yi,created:yi,beforeMount:yi,mounted:yi,beforeUpdate:yi,updated:yi,beforeDestroy:yi,beforeUnmount:yi,destroyed:yi,unmounted:yi,activated:yi,deactivated:yi,errorCaptured:yi,serverPrefetch:yi,components:bi,directives:bi,watch:Si,provide:gi,inject:_i};function gi(e,t){return t?e?function(){return l(_(e)?e.call(this,this):e,_(t)?t.call(this,this):t)}:t:e}function _i(e,t){return bi(vi(e),vi(t))}function vi(e){if(p(e)){let t={};for(let n=0;n<e.length;n++)t[e[n]]=e[n];return t}return e}function yi(e,t){return e?[...new Set([].concat(e,t))]:t}function bi(e,t){return e?l(Object.create(null),e,t):t}function xi(e,t){return e?p(e)&&p(t)?[...new Set([...e,...t])]:l(Object.create(null),si(e),si(t??{})):t}function Si(e,t){if(!e)return t;if(!t)return e;let n=l(Object.create(null),e);for(let r in t)n[r]=yi(e[r],t[r]);return n}function Ci(){return{app:null,config:{isNativeTag:o,performance:!1,globalProperties:{},optionMergeStrategies:{},errorHandler:void 0,warnHandler:void 0,compilerOptions:{}},mixins:[],components:{},directives:{},provides:Object.create(null),optionsCache:new WeakMap,propsCache:new WeakMap,emitsCache:new WeakMap}}var wi=0;function Ti(e,t){return function(n,r=null){_(n)||(n=l({},n)),r!=null&&!b(r)&&(r=null);let i=Ci(),a=new WeakSet,o=[],s=!1,c=i.app={_uid:wi++,_component:n,_props:r,_container:null,_context:i,_instance:null,version:so,get config(){return i.config},set config(e){},use(e,...t){return a.has(e)||(e&&_(e.install)?(a.add(e),e.install(c,...t)):_(e)&&(a.add(e),e(c,...t))),c},mixin(e){return i.mixins.includes(e)||i.mixins.push(e),c},component(e,t){return t?(i.components[e]=t,c):i.components[e]},directive(e,t){return t?(i.directives[e]=t,c):i.directives[e]},mount(a,o,l){if(!s){let u=c._ceVNode||V(n,r);return u.appContext=i,l===!0?l=`svg`:l===!1&&(l=void 0),o&&t?t(u,a):e(u,a,l),s=!0,c._container=a,a.__vue_app__=c,ro(u.component)}},onUnmount(e){o.push(e)},unmount(){s&&(mn(o,c._instance,16),e(null,c._container),delete c._container.__vue_app__)},provide(e,t){return i.provides[e]=t,c},runWithContext(e){let t=Ei;Ei=c;try{return e()}finally{Ei=t}}};return c}}var Ei=null,Di=(e,t)=>t===`modelValue`||t===`model-value`?e.modelModifiers:e[`${t}Modifiers`]||e[`${E(t)}Modifiers`]||e[`${ae(t)}Modifiers`];function Oi(e,t,...n){if(e.isUnmounted)return;let i=e.vnode.props||r,a=n,o=t.startsWith(`update:`),s=o&&Di(i,t.slice(7));s&&(s.trim&&(a=n.map(e=>v(e)?e.trim():e)),s.number&&(a=a.map(ue)));let c,l=i[c=se(t)]||i[c=se(E(t))];!l&&o&&(l=i[c=se(ae(t))]),l&&mn(l,e,6,a);let u=i[c+`Once`];if(u){if(!e.emitted)e.emitted={};else if(e.emitted[c])return;e.emitted[c]=!0,mn(u,e,6,a)}}var ki=new WeakMap;function Ai(e,t,n=!1){let r=n?ki:t.emitsCache,i=r.get(e);if(i!==void 0)return i;let a=e.emits,o={},s=!1;if(!_(e)){let r=e=>{let n=Ai(e,t,!0);n&&(s=!0,l(o,n))};!n&&t.mixins.length&&t.mixins.forEach(r),e.extends&&r(e.extends),e.mixins&&e.mixins.forEach(r)}return!a&&!s?(b(e)&&r.set(e,null),null):(p(a)?a.forEach(e=>o[e]=null):l(o,a),b(e)&&r.set(e,o),o)}function ji(e,t){return!e||!s(t)?!1:(t=t.slice(2),t=t===`Once`?t:t.replace(/Once$/,``),f(e,t[0].toLowerCase()+t.slice(1))||f(e,ae(t))||f(e,t))}function Mi(e){let{type:t,vnode:n,proxy:r,withProxy:i,propsOptions:[a],slots:o,attrs:s,emit:l,render:u,renderCache:d,props:f,data:p,setupState:m,ctx:h,inheritAttrs:g}=e,_=In(e),v,y;try{if(n.shapeFlag&4){let e=i||r,t=e;v=Pa(u.call(t,e,d,f,m,p,h)),y=s}else{let e=t;v=Pa(e.length>1?e(f,{attrs:s,slots:o,emit:l}):e(f,null)),y=t.props?s:Pi(s)}}catch(t){ba.length=0,hn(t,e,1),v=V(I)}let b=v;if(y&&g!==!1){let e=Object.keys(y),{shapeFlag:t}=b;e.length&&t&7&&(a&&e.some(c)&&(y=Fi(y,a)),b=Ma(b,y,!1,!0))}return n.dirs&&(b=Ma(b,null,!1,!0),b.dirs=b.dirs?b.dirs.concat(n.dirs):n.dirs),n.transition&&br(Xn(b.type)&&yr(b)||b,n.transition),v=b,In(_),v}function Ni(e,t=!0){let n;for(let t=0;t<e.length;t++){let r=e[t];if(Ea(r)){if(r.type!==I||r.children===`v-if`){if(n)return;n=r}}else return}return n}var Pi=e=>{let t;for(let n in e)(n===`class`||n===`style`||s(n))&&((t||={})[n]=e[n]);return t},Fi=(e,t)=>{let n={};for(let r in e)c(r)&&r.slice(9)in t||(n[r]=e[r]);return n};function Ii(e,t,n){let{props:r,children:i,component:a}=e,{props:o,children:s,patchFlag:c}=t,l=a.emitsOptions;if(t.dirs||t.transition)return!0;if(n&&c>=0){if(c&1024)return!0;if(c&16)return r?Li(r,o,l):!!o;if(c&8){let e=t.dynamicProps;for(let t=0;t<e.length;t++){let n=e[t];if(Ri(o,r,n)&&!ji(l,n))return!0}}}else return(i||s)&&(!s||!s.$stable)?!0:r===o?!1:r?!o||Li(r,o,l):!!o;return!1}function Li(e,t,n){let r=Object.keys(t);if(r.length!==Object.keys(e).length)return!0;for(let i=0;i<r.length;i++){let a=r[i];if(!f(e,a)||Ri(t,e,a)&&!ji(n,a))return!0}return!1}function Ri(e,t,n){let r=e[n],i=t[n];return n===`style`&&b(r)&&b(i)?!Ee(r,i):r!==i}function zi({vnode:e,parent:t,suspense:n},r){for(;t;){let n=t.subTree;if(n.suspense&&n.suspense.activeBranch===e&&(n.suspense.vnode.el=n.el=r,e=n),n===e)(e=t.vnode).el=r,t=t.parent;else break}n&&n.activeBranch===e&&(n.vnode.el=r)}var Bi={},Vi=()=>Object.create(Bi),Hi=e=>Object.getPrototypeOf(e)===Bi;function Ui(e,t,n,r=!1){let i={},a=Vi();e.propsDefaults=Object.create(null),Gi(e,t,i,a);for(let t in e.propsOptions[0])t in i||(i[t]=void 0);e.props=n?r?i:Ht(i):e.type.props?i:a,e.attrs=a}function Wi(e,t,n,r){let{props:i,attrs:a,vnode:{patchFlag:o}}=e,s=j(i),[c]=e.propsOptions,l=!1;if((r||o>0)&&!(o&16)){if(o&8){let n=e.vnode.dynamicProps;for(let r=0;r<n.length;r++){let o=n[r];if(ji(e.emitsOptions,o))continue;let u=t[o];if(c){if(f(a,o))u!==a[o]&&(a[o]=u,l=!0);else{let t=E(o);i[t]=Ki(c,s,t,u,e,!1)}}else u!==a[o]&&(a[o]=u,l=!0)}}}else{Gi(e,t,i,a)&&(l=!0);let r;for(let a in s)t&&(f(t,a)||(r=ae(a))!==a&&f(t,r))||(c?n&&(n[a]!==void 0||n[r]!==void 0)&&(i[a]=Ki(c,s,a,void 0,e,!0)):delete i[a]);if(a!==s)for(let e in a)t&&f(t,e)||(delete a[e],l=!0)}l&&ot(e.attrs,`set`,``)}function Gi(e,t,n,i){let[a,o]=e.propsOptions,s=!1,c;if(t)for(let r in t){if(ne(r))continue;let l=t[r],u;a&&f(a,u=E(r))?!o||!o.includes(u)?n[u]=l:(c||={})[u]=l:ji(e.emitsOptions,r)||r in i&&l===i[r]||(i[r]=l,s=!0)}if(o){let t=j(n),i=c||r;for(let r=0;r<o.length;r++){let s=o[r];n[s]=Ki(a,t,s,i[s],e,!f(i,s))}}return s}function Ki(e,t,n,r,i,a){let o=e[n];if(o!=null){let e=f(o,`default`);if(e&&r===void 0){let e=o.default;if(o.type!==Function&&!o.skipFactory&&_(e)){let{propsDefaults:a}=i;if(n in a)r=a[n];else{let o=Ka(i);r=a[n]=e.call(null,t),o()}}else r=e;i.ce&&i.ce._setProp(n,r)}o[0]&&(a&&!e?r=!1:o[1]&&(r===``||r===ae(n))&&(r=!0))}return r}var qi=new WeakMap;function Ji(e,t,n=!1){let a=n?qi:t.propsCache,o=a.get(e);if(o)return o;let s=e.props,c={},u=[],d=!1;if(!_(e)){let r=e=>{d=!0;let[n,r]=Ji(e,t,!0);l(c,n),r&&u.push(...r)};!n&&t.mixins.length&&t.mixins.forEach(r),e.extends&&r(e.extends),e.mixins&&e.mixins.forEach(r)}if(!s&&!d)return b(e)&&a.set(e,i),i;if(p(s))for(let e=0;e<s.length;e++){let t=E(s[e]);Yi(t)&&(c[t]=r)}else if(s)for(let e in s){let t=E(e);if(Yi(t)){let n=s[e],r=c[t]=p(n)||_(n)?{type:n}:l({},n),i=r.type,a=!1,o=!0;if(p(i))for(let e=0;e<i.length;++e){let t=i[e],n=_(t)&&t.name;if(n===`Boolean`){a=!0;break}n===`String`&&(o=!1)}else a=_(i)&&i.name===`Boolean`;r[0]=a,r[1]=o,(a||f(r,`default`))&&u.push(t)}}let m=[c,u];return b(e)&&a.set(e,m),m}function Yi(e){return e[0]!==`$`&&!ne(e)}var Xi=e=>e===`_`||e===`_ctx`||e===`$stable`,Zi=e=>p(e)?e.map(Pa):[Pa(e)],Qi=(e,t,n)=>{if(t._n)return t;let r=Ln((...e)=>Zi(t(...e)),n);return r._c=!1,r},$i=(e,t,n)=>{let r=e._ctx;for(let n in e){if(Xi(n))continue;let i=e[n];if(_(i))t[n]=Qi(n,i,r);else if(i!=null){let e=Zi(i);t[n]=()=>e}}},ea=(e,t)=>{let n=Zi(t);e.slots.default=()=>n},ta=(e,t,n)=>{for(let r in t)(n||!Xi(r))&&(e[r]=t[r])},na=(e,t,n)=>{let r=e.slots=Vi();if(e.vnode.shapeFlag&32){let e=t._;e?(ta(r,t,n),n&&le(r,`_`,e,!0)):$i(t,r)}else t&&ea(e,t)},ra=(e,t,n)=>{let{vnode:i,slots:a}=e,o=!0,s=r;if(i.shapeFlag&32){let e=t._;e?n&&e===1?o=!1:ta(a,t,n):(o=!t.$stable,$i(t,a)),s=t}else t&&(ea(e,t),s={default:1});if(o)for(let e in a)!Xi(e)&&s[e]==null&&delete a[e]},ia=_a;function aa(e){return oa(e)}function oa(e,t){let n=pe();n.__VUE__=!0;let{insert:o,remove:s,patchProp:c,createElement:l,createText:u,createComment:d,setText:f,setElementText:p,parentNode:m,nextSibling:h,setScopeId:g=a,insertStaticContent:_}=e,v=(e,t,n,r=null,a=null,o=null,s=void 0,c=null,l=!!t.dynamicChildren)=>{if(e===t)return;e&&!Da(e,t)&&(r=xe(e),ge(e,a,o,!0),e=null),t.patchFlag===-2&&(l=!1,t.dynamicChildren=null),t.dynamicChildren&&e&&e.dynamicChildren&&e.dynamicChildren.hasOnce&&(t.dynamicChildren===i&&(t.dynamicChildren=[]),t.dynamicChildren.hasOnce=!0);let{type:u,ref:d,shapeFlag:f}=t;switch(u){case va:y(e,t,n,r);break;case I:b(e,t,n,r);break;case ya:e??x(t,n,r,s);break;case F:ae(e,t,n,r,a,o,s,c,l);break;default:f&1?w(e,t,n,r,a,o,s,c,l):f&6?oe(e,t,n,r,a,o,s,c,l):(f&64||f&128)&&u.process(e,t,n,r,a,o,s,c,l,Ce)}d!=null&&a?Dr(d,e&&e.ref,o,t||e,!t):d==null&&e&&e.ref!=null&&Dr(e.ref,null,o,e,!0)},y=(e,t,n,r)=>{if(e==null)o(t.el=u(t.children),n,r);else{let n=t.el=e.el;t.children!==e.children&&f(n,t.children)}},b=(e,t,n,r)=>{e==null?o(t.el=d(t.children||``),n,r):t.el=e.el},x=(e,t,n,r)=>{[e.el,e.anchor]=_(e.children,t,n,r,e.el,e.anchor)},S=({el:e,anchor:t},n,r)=>{let i;for(;e&&e!==t;)i=h(e),o(e,n,r),e=i;o(t,n,r)},C=({el:e,anchor:t})=>{let n;for(;e&&e!==t;)n=h(e),s(e),e=n;s(t)},w=(e,t,n,r,i,a,o,s,c)=>{if(t.type===`svg`?o=`svg`:t.type===`math`&&(o=`mathml`),e==null)ee(t,n,r,i,a,o,s,c);else{let n=e.el&&e.el._isVueCE?e.el:null;try{n&&n._beginPatch(),re(e,t,i,a,o,s,c)}finally{n&&n._endPatch()}}},ee=(e,t,n,r,i,a,s,u)=>{let d,f,{props:m,shapeFlag:h,transition:g,dirs:_}=e;if(d=e.el=l(e.type,a,m&&m.is,m),h&8?p(d,e.children):h&16&&T(e.children,d,null,r,i,sa(e,a),s,u),_&&zn(e,null,r,`created`),te(d,e,e.scopeId,s,r),m){for(let e in m)e!==`value`&&!ne(e)&&c(d,e,null,m[e],a,r);`value`in m&&c(d,`value`,null,m.value,a),(f=m.onVnodeBeforeMount)&&La(f,r,e)}_&&zn(e,null,r,`beforeMount`);let v=la(i,g);v?g.beforeEnter(d):g&&!g.persisted&&(d[ga]=!0),o(d,t,n),((f=m&&m.onVnodeMounted)||v||_)&&ia(()=>{try{f&&La(f,r,e),v&&g.enter(d),_&&zn(e,null,r,`mounted`)}finally{}},i)},te=(e,t,n,r,i)=>{if(n&&g(e,n),r)for(let t=0;t<r.length;t++)g(e,r[t]);if(i){let n=i.subTree;if(t===n||ha(n.type)&&(n.ssContent===t||n.ssFallback===t)){let t=i.vnode;te(e,t,t.scopeId,t.slotScopeIds,i.parent)}}},T=(e,t,n,r,i,a,o,s,c=0)=>{for(let l=c;l<e.length;l++){let c=e[l]=s?Fa(e[l]):Pa(e[l]);v(null,c,t,n,r,i,a,o,s)}},re=(e,t,n,i,a,o,s)=>{let l=t.el=e.el,{patchFlag:u,dynamicChildren:d,dirs:f}=t;u|=e.patchFlag&16;let m=e.props||r,h=t.props||r,g;if(n&&ca(n,!1),(g=h.onVnodeBeforeUpdate)&&La(g,n,t,e),f&&zn(t,e,n,`beforeUpdate`),n&&ca(n,!0),d&&(!e.dynamicChildren||e.dynamicChildren.length!==d.length)&&(u=0,s=!1,d=null),(m.innerHTML&&h.innerHTML==null||m.textContent&&h.textContent==null)&&p(l,``),d?E(e.dynamicChildren,d,l,n,i,sa(t,a),o):s||de(e,t,l,null,n,i,sa(t,a),o,!1),u>0){if(u&16)ie(l,m,h,n,a);else if(u&2&&m.class!==h.class&&c(l,`class`,null,h.class,a),u&4&&c(l,`style`,m.style,h.style,a),u&8){let e=t.dynamicProps;for(let t=0;t<e.length;t++){let r=e[t],i=m[r],o=h[r];(o!==i||r===`value`)&&c(l,r,i,o,a,n)}}u&1&&e.children!==t.children&&p(l,t.children)}else!s&&d==null&&ie(l,m,h,n,a);((g=h.onVnodeUpdated)||f)&&ia(()=>{g&&La(g,n,t,e),f&&zn(t,e,n,`updated`)},i)},E=(e,t,n,r,i,a,o)=>{for(let s=0;s<t.length;s++){let c=e[s],l=t[s],u=c.el||ma(c),d=u&&(c.type===F||!Da(c,l)||c.shapeFlag&198)?m(u):n;v(c,l,d,null,r,i,a,o,!0)}},ie=(e,t,n,i,a)=>{if(t!==n){if(t!==r)for(let r in t)!ne(r)&&!(r in n)&&c(e,r,t[r],null,a,i);for(let r in n){if(ne(r))continue;let o=n[r],s=t[r];o!==s&&r!==`value`&&c(e,r,s,o,a,i)}`value`in n&&c(e,`value`,t.value,n.value,a)}},ae=(e,t,n,r,i,a,s,c,l)=>{let d=t.el=e?e.el:u(``),f=t.anchor=e?e.anchor:u(``),{patchFlag:p,dynamicChildren:m,slotScopeIds:h}=t;h&&(c=c?c.concat(h):h),e==null?(o(d,n,r),o(f,n,r),T(t.children||[],n,f,i,a,s,c,l)):p>0&&p&64&&m&&e.dynamicChildren&&e.dynamicChildren.length===m.length?(E(e.dynamicChildren,m,n,i,a,s,c),(t.key!=null||i&&t===i.subTree)&&ua(e,t,!0)):de(e,t,n,f,i,a,s,c,l)},oe=(e,t,n,r,i,a,o,s,c)=>{t.slotScopeIds=s,e==null?t.shapeFlag&512?i.ctx.activate(t,n,r,o,c):se(t,n,r,i,a,o,c):D(e,t,c)},se=(e,t,n,r,i,a,o)=>{let s=e.component=Va(e,r,i);if(Ar(e)&&(s.ctx.renderer=Ce),Xa(s,!1,o),s.asyncDep){if(i&&i.registerDep(s,le,o,a),!e.el){let r=s.subTree=V(I);b(null,r,t,n),e.placeholder=r.el}}else le(s,e,t,n,i,a,o)},D=(e,t,n)=>{let r=t.component=e.component;if(Ii(e,t,n)){if(r.asyncDep&&!r.asyncResolved){t.el=e.el,t.placeholder=e.placeholder,ue(r,t,n);return}r.next=t,r.update()}else t.el=e.el,t.placeholder=e.placeholder,r.vnode=t},le=(e,t,n,r,i,a,o)=>{let s=()=>{if(e.isMounted){let{next:t,bu:n,u:r,parent:s,vnode:c}=e;{let n=fa(e);if(n){t&&(t.el=c.el,ue(e,t,o)),n.asyncDep.then(()=>{let t=()=>{e.job.flags&8||(i&&i.pendingBranch?ia(t,i):l())};t.flags=48,ia(t,i)});return}}let u=t,d;ca(e,!1),t?(t.el=c.el,ue(e,t,o)):t=c,n&&ce(n),(d=t.props&&t.props.onVnodeBeforeUpdate)&&La(d,s,t,c),ca(e,!0);let f=Mi(e),p=e.subTree;e.subTree=f,v(p,f,m(p.el||ma(p)),xe(p),e,i,a),t.el=f.el,u===null&&zi(e,f.el),r&&ia(r,i),(d=t.props&&t.props.onVnodeUpdated)&&ia(()=>La(d,s,t,c),i)}else{let o,{el:s,props:c}=t,{bm:l,m:u,parent:d,root:f,type:p}=e,m=kr(t);if(ca(e,!1),l&&ce(l),!m&&(o=c&&c.onVnodeBeforeMount)&&La(o,d,t),ca(e,!0),s&&Te){let t=()=>{e.subTree=Mi(e),Te(s,e.subTree,e,i,null)};m&&p.__asyncHydrate?p.__asyncHydrate(s,e,t):t()}else{f.ce&&f.ce._hasShadowRoot()&&f.ce._injectChildStyle(p,e.parent?e.parent.type:void 0);let o=e.subTree=Mi(e);v(null,o,n,r,e,i,a),t.el=o.el}if(u&&ia(u,i),!m&&(o=c&&c.onVnodeMounted)){let e=t;ia(()=>La(o,d,e),i)}(t.shapeFlag&256||d&&kr(d.vnode)&&d.vnode.shapeFlag&256)&&e.a&&ia(e.a,i),e.isMounted=!0,t=n=r=null}};e.scope.on();let c=e.effect=new Ne(s);e.scope.off();let l=e.update=c.run.bind(c),u=e.job=c.runIfDirty.bind(c);u.i=e,u.id=e.uid,c.scheduler=()=>En(u),ca(e,!0),l()},ue=(e,t,n)=>{t.component=e;let r=e.vnode.props;e.vnode=t,e.next=null,Wi(e,t.props,r,n),ra(e,t.children,n),Je(),kn(e),Ye()},de=(e,t,n,r,i,a,o,s,c=!1)=>{let l=e&&e.children,u=e?e.shapeFlag:0,d=t.children,{patchFlag:f,shapeFlag:m}=t;if(f>0){if(f&128){me(l,d,n,r,i,a,o,s,c);return}if(f&256){fe(l,d,n,r,i,a,o,s,c);return}}m&8?(u&16&&be(l,i,a),d!==l&&p(n,d)):u&16?m&16?me(l,d,n,r,i,a,o,s,c):be(l,i,a,!0):(u&8&&p(n,``),m&16&&T(d,n,r,i,a,o,s,c))},fe=(e,t,n,r,a,o,s,c,l)=>{e||=i,t||=i;let u=e.length,d=t.length,f=Math.min(u,d),p=0;for(;p<f;p++){let r=t[p]=l?Fa(t[p]):Pa(t[p]);v(e[p],r,n,null,a,o,s,c,l)}u>d?be(e,a,o,!0,!1,f):T(t,n,r,a,o,s,c,l,f)},me=(e,t,n,r,a,o,s,c,l)=>{let u=0,d=t.length,f=e.length-1,p=d-1;for(;u<=f&&u<=p;){let r=e[u],i=t[u]=l?Fa(t[u]):Pa(t[u]);if(Da(r,i))v(r,i,n,null,a,o,s,c,l);else break;u++}for(;u<=f&&u<=p;){let r=e[f],i=t[p]=l?Fa(t[p]):Pa(t[p]);if(Da(r,i))v(r,i,n,null,a,o,s,c,l);else break;f--,p--}if(u>f){if(u<=p){let e=p+1,i=e<d?t[e].el:r;for(;u<=p;)v(null,t[u]=l?Fa(t[u]):Pa(t[u]),n,i,a,o,s,c,l),u++}}else if(u>p)for(;u<=f;)ge(e[u],a,o,!0),u++;else{let m=u,h=u,g=new Map;for(u=h;u<=p;u++){let e=t[u]=l?Fa(t[u]):Pa(t[u]);e.key!=null&&g.set(e.key,u)}let _,y=0,b=p-h+1,x=!1,S=0,C=Array(b);for(u=0;u<b;u++)C[u]=0;for(u=m;u<=f;u++){let r=e[u];if(y>=b){ge(r,a,o,!0);continue}let i;if(r.key!=null)i=g.get(r.key);else for(_=h;_<=p;_++)if(C[_-h]===0&&Da(r,t[_])){i=_;break}i===void 0?ge(r,a,o,!0):(C[i-h]=u+1,i>=S?S=i:x=!0,v(r,t[i],n,null,a,o,s,c,l),y++)}let w=x?da(C):i;for(_=w.length-1,u=b-1;u>=0;u--){let e=h+u,i=t[e],f=t[e+1],p=e+1<d?f.el||ma(f):r;C[u]===0?v(null,i,n,p,a,o,s,c,l):x&&(_<0||u!==w[_]?he(i,n,p,2):_--)}}},he=(e,t,n,r,i=null)=>{let{el:a,type:c,transition:l,children:u,shapeFlag:d}=e;if(d&6)he(e.component.subTree,t,n,r);else if(d&128)e.suspense.move(t,n,r);else if(d&64)c.move(e,t,n,Ce);else if(c===F){o(a,t,n);for(let e=0;e<u.length;e++)he(u[e],t,n,r);o(e.anchor,t,n)}else if(c===ya)S(e,t,n);else if(r!==2&&d&1&&l){if(r===0)l.persisted&&!a[cr]?o(a,t,n):(l.beforeEnter(a),o(a,t,n),ia(()=>l.enter(a),i));else{let{leave:r,delayLeave:i,afterLeave:c}=l,u=()=>{e.ctx.isUnmounted?s(a):o(a,t,n)},d=()=>{let e=a._isLeaving||!!a[cr];a._isLeaving&&a[cr](!0),l.persisted&&!e?u():r(a,()=>{u(),c&&c()})};i?i(a,u,d):d()}}else o(a,t,n)},ge=(e,t,n,r=!1,i=!1)=>{let{type:a,props:o,ref:s,children:c,dynamicChildren:l,shapeFlag:u,patchFlag:d,dirs:f,cacheIndex:p,memo:m}=e;if((d===-2||l&&l.hasOnce)&&(i=!1),s!=null&&(Je(),Dr(s,null,n,e,!0),Ye()),p==null||e.ctx&&e.ctx!==t||(t.renderCache[p]=void 0),u&256&&t.ctx.deactivate(e))return;let h=u&1&&f,g=!kr(e),_;if(g&&(_=o&&o.onVnodeBeforeUnmount)&&La(_,t,e),u&6)ye(e.component,n,r);else{if(u&128){e.suspense.unmount(n,r);return}h&&zn(e,null,t,`beforeUnmount`),u&64?e.type.remove(e,t,n,Ce,r):l&&!l.hasOnce&&(a!==F||d>0&&d&64)?be(l,t,n,!1,!0):(a===F&&d&384||!i&&u&16)&&be(c,t,n),r&&_e(e)}let v=m!=null&&p==null;(g&&(_=o&&o.onVnodeUnmounted)||h||v)&&ia(()=>{_&&La(_,t,e),h&&zn(e,null,t,`unmounted`),v&&(e.el=null)},n)},_e=e=>{let{type:t,el:n,anchor:r,transition:i}=e,a=t===F;if(a&&!i){ve(n,r);return}if(t===ya){C(e),i&&!i.persisted&&i.afterLeave&&i.afterLeave();return}let o=a?Sr(e):e,c=()=>{a?m(n)&&ve(n,r):s(n),i&&!i.persisted&&i.afterLeave&&i.afterLeave()};if(o&&o.shapeFlag&1&&i&&!i.persisted){let{leave:e,delayLeave:t}=i,n=o.el,r=()=>e(n,c);t?t(n,c,r):r()}else c()},ve=(e,t)=>{let n;for(;e!==t;)n=h(e),s(e),e=n;s(t)},ye=(e,t,n)=>{let{bum:r,scope:i,job:a,subTree:o,um:s,m:c,a:l}=e;pa(c),pa(l),r&&ce(r),i.stop(),a?(a.flags|=8,ge(o,e,t,n)):o&&(o.transition=e.vnode.transition,ge(o,e,t,n)),s&&ia(s,t);let u=()=>{e.isUnmounted=!0};u.flags=16,ia(u,t)},be=(e,t,n,r=!1,i=!1,a=0)=>{for(let o=a;o<e.length;o++)ge(e[o],t,n,r,i)},xe=e=>{if(e.shapeFlag&6)return xe(e.component.subTree);if(e.shapeFlag&128)return e.suspense.next();let t=h(e.anchor||e.el),n=t&&t[Yn];return n?h(n):t},Se=(e,t,n)=>{Mn(()=>{e==null?t._vnode&&ge(t._vnode,null,null,!0):v(t._vnode||null,e,t,null,null,null,n),t._vnode=e},e&&t._vnode?void 0:e&&e.component?e.component.uid:Ba())},Ce={p:v,um:ge,m:he,r:_e,mt:se,mc:T,pc:de,pbc:E,n:xe,o:e},we,Te;return t&&([we,Te]=t(Ce)),{render:Se,hydrate:we,createApp:Ti(Se,we)}}function sa({type:e,props:t},n){return n===`svg`&&e===`foreignObject`||n===`mathml`&&e===`annotation-xml`&&t&&t.encoding&&t.encoding.includes(`html`)?void 0:n}function ca({effect:e,job:t},n){n?(e.flags|=32,t.flags|=4):(e.flags&=-33,t.flags&=-5)}function la(e,t){return(!e||e&&!e.pendingBranch)&&t&&!t.persisted}function ua(e,t,n=!1){let r=e.children,i=t.children;if(p(r)&&p(i))for(let e=0;e<r.length;e++){let t=r[e],a=i[e];a.shapeFlag&1&&!a.dynamicChildren&&((a.patchFlag<=0||a.patchFlag===32)&&(a=i[e]=Fa(i[e]),a.el=t.el),!n&&a.patchFlag!==-2&&ua(t,a)),a.type===va&&(a.patchFlag===-1&&(a=i[e]=Fa(a)),a.el=t.el),a.type===I&&!a.el&&(a.el=t.el)}}function da(e){let t=e.slice(),n=[0],r,i,a,o,s,c=e.length;for(r=0;r<c;r++){let c=e[r];if(c!==0){if(i=n[n.length-1],e[i]<c){t[r]=i,n.push(r);continue}for(a=0,o=n.length-1;a<o;)s=a+o>>1,e[n[s]]<c?a=s+1:o=s;c<e[n[a]]&&(a>0&&(t[r]=n[a-1]),n[a]=r)}}for(a=n.length,o=n[a-1];a-->0;)n[a]=o,o=t[o];return n}function fa(e){let t=e.subTree.component;if(t)return t.asyncDep&&!t.asyncResolved?t:fa(t)}function pa(e){if(e)for(let t=0;t<e.length;t++)e[t].flags|=8}function ma(e){if(e.placeholder)return e.placeholder;let t=e.component;if(t)return ma(t.subTree);let n=e.suspense;return n&&n.activeBranch?ma(n.activeBranch):null}var ha=e=>e.__isSuspense,ga=Symbol(`_deferredEnter`);function _a(e,t){t&&t.pendingBranch?p(e)?t.effects.push(...e):t.effects.push(e):On(e)}var F=Symbol.for(`v-fgt`),va=Symbol.for(`v-txt`),I=Symbol.for(`v-cmt`),ya=Symbol.for(`v-stc`),ba=[],xa=null;function L(e=!1){ba.push(xa=e?null:[])}function Sa(){ba.pop(),xa=ba[ba.length-1]||null}var Ca=1;function wa(e,t=!1){Ca+=e,e<0&&xa&&t&&(xa.hasOnce=!0)}function Ta(e){return e.dynamicChildren=Ca>0?xa||i:null,Sa(),Ca>0&&xa&&xa.push(e),e}function R(e,t,n,r,i,a){return Ta(B(e,t,n,r,i,a,!0))}function z(e,t,n,r,i){return Ta(V(e,t,n,r,i,!0))}function Ea(e){return e?e.__v_isVNode===!0:!1}function Da(e,t){return e.type===t.type&&e.key===t.key}var Oa=({key:e})=>e??null,ka=({ref:e,ref_key:t,ref_for:n})=>(typeof e==`number`&&(e=``+e),e==null?null:v(e)||Qt(e)||_(e)?{i:N,r:e,k:t,f:!!n}:e);function B(e,t=null,n=null,r=0,i=null,a=e===F?0:1,o=!1,s=!1){let c={__v_isVNode:!0,__v_skip:!0,type:e,props:t,key:t&&Oa(t),ref:t&&ka(t),scopeId:Fn,slotScopeIds:null,children:n,component:null,suspense:null,ssContent:null,ssFallback:null,dirs:null,transition:null,el:null,anchor:null,target:null,targetStart:null,targetAnchor:null,staticCount:0,shapeFlag:a,patchFlag:r,dynamicProps:i,dynamicChildren:null,appContext:null,ctx:N};return s?(Ia(c,n),a&128&&e.normalize(c)):n&&(c.shapeFlag|=v(n)?8:16),Ca>0&&!o&&xa&&(c.patchFlag>0||a&6)&&c.patchFlag!==32&&xa.push(c),c}var V=Aa;function Aa(e,t=null,n=null,r=0,i=null,a=!1){if(e&&e!==Xr||(e=I),Ea(e)){let r=Ma(e,t,!0);return n&&Ia(r,n),Ca>0&&!a&&xa&&(r.shapeFlag&6?xa[xa.indexOf(e)]=r:xa.push(r)),r.patchFlag=-2,r}if(ao(e)&&(e=e.__vccOpts),t){t=ja(t);let{class:e,style:n}=t;e&&!v(e)&&(t.class=ye(e)),b(n)&&(Jt(n)&&!p(n)&&(n=l({},n)),t.style=me(n))}let o=v(e)?1:ha(e)?128:Xn(e)?64:b(e)?4:_(e)?2:0;return B(e,t,n,r,i,o,a,!0)}function ja(e){return e?Jt(e)?l({},e):Hi(e)?l({},e[eo]||e):e:null}function Ma(e,t,n=!1,r=!1){let{props:i,ref:a,patchFlag:o,children:s,transition:c}=e,l=t?U(i||{},t):i,u={__v_isVNode:!0,__v_skip:!0,type:e.type,props:l,key:l&&Oa(l),ref:t&&t.ref?n&&a?p(a)?a.concat(ka(t)):[a,ka(t)]:ka(t):a,scopeId:e.scopeId,slotScopeIds:e.slotScopeIds,children:s,target:e.target,targetStart:e.targetStart,targetAnchor:e.targetAnchor,staticCount:e.staticCount,shapeFlag:e.shapeFlag,patchFlag:t&&e.type!==F?o===-1?16:o|16:o,dynamicProps:e.dynamicProps,dynamicChildren:e.dynamicChildren,appContext:e.appContext,dirs:e.dirs,transition:c,component:e.component,suspense:e.suspense,ssContent:e.ssContent&&Ma(e.ssContent),ssFallback:e.ssFallback&&Ma(e.ssFallback),placeholder:e.placeholder,el:e.el,anchor:e.anchor,ctx:e.ctx,ce:e.ce,cacheIndex:e.cacheIndex};return c&&r&&br(u,c.clone(u)),u}function Na(e=` `,t=0){return V(va,null,e,t)}function H(e=``,t=!1){return t?(L(),z(I,null,e)):V(I,null,e)}function Pa(e){return e==null||typeof e==`boolean`?V(I):p(e)?V(F,null,e.slice()):Ea(e)?Fa(e):V(va,null,String(e))}function Fa(e){return e.el===null&&e.patchFlag!==-1||e.memo?e:Ma(e)}function Ia(e,t){let n=0,{shapeFlag:r}=e;if(t==null)t=null;else if(p(t))n=16;else if(typeof t==`object`){if(r&65){let n=t.default;n&&(n._c&&(n._d=!1),Ia(e,n()),n._c&&(n._d=!0));return}{n=32;let r=t._;!r&&!Hi(t)?t._ctx=N:r===3&&N&&(N.slots._===1?t._=1:(t._=2,e.patchFlag|=1024))}}else if(_(t)){if(r&65){Ia(e,{default:t});return}t={default:t,_ctx:N},n=32}else t=String(t),r&64?(n=16,t=[Na(t)]):n=8;e.children=t,e.shapeFlag|=n}function U(...e){let t={};for(let n=0;n<e.length;n++){let r=e[n];for(let e in r)if(e===`class`)t.class!==r.class&&(t.class=ye([t.class,r.class]));else if(e===`style`)t.style=me([t.style,r.style]);else if(s(e)){let n=t[e],i=r[e];i&&n!==i&&!(p(n)&&n.includes(i))?t[e]=n?[].concat(n,i):i:i==null&&n==null&&!c(e)&&(t[e]=i)}else e!==``&&(t[e]=r[e])}return t}function La(e,t,n,r=null){mn(e,t,7,[n,r])}var Ra=Ci(),za=0;function Ba(){return za}function Va(e,t,n){let i=e.type,a=(t?t.appContext:e.appContext)||Ra,o={uid:za++,vnode:e,type:i,parent:t,appContext:a,root:null,next:null,subTree:null,effect:null,update:null,job:null,scope:new Ae(!0),render:null,proxy:null,exposed:null,exposeProxy:null,withProxy:null,provides:t?t.provides:Object.create(a.provides),ids:t?t.ids:[``,0,0],accessCache:null,renderCache:[],components:null,directives:null,propsOptions:Ji(i,a),emitsOptions:Ai(i,a),emit:null,emitted:null,propsDefaults:r,inheritAttrs:i.inheritAttrs,ctx:r,data:r,props:r,attrs:r,slots:r,refs:r,setupState:r,setupContext:null,suspense:n,suspenseId:n?n.pendingId:0,asyncDep:null,asyncResolved:!1,isMounted:!1,isUnmounted:!1,isDeactivated:!1,bc:null,c:null,bm:null,m:null,bu:null,u:null,um:null,bum:null,da:null,a:null,rtg:null,rtc:null,ec:null,sp:null};return o.ctx={_:o},o.root=t?t.root:o,o.emit=Oi.bind(null,o),e.ce&&e.ce(o),o}var Ha=null,Ua=()=>Ha||N,Wa,Ga;{let e=pe(),t=(t,n)=>{let r;return(r=e[t])||(r=e[t]=[]),r.push(n),e=>{r.length>1?r.forEach(t=>t(e)):r[0](e)}};Wa=t(`__VUE_INSTANCE_SETTERS__`,e=>Ha=e),Ga=t(`__VUE_SSR_SETTERS__`,e=>Ya=e)}var Ka=e=>{let t=Ha;return Wa(e),e.scope.on(),()=>{e.scope.off(),Wa(t)}},qa=()=>{Ha&&Ha.scope.off(),Wa(null)};function Ja(e){return e.vnode.shapeFlag&4}var Ya=!1;function Xa(e,t=!1,n=!1){t&&Ga(t);let{props:r,children:i}=e.vnode,a=Ja(e);Ui(e,r,a,t),na(e,i,n||t);let o=a?Za(e,t):void 0;return t&&Ga(!1),o}function Za(e,t){let n=e.type;e.accessCache=Object.create(null),e.proxy=new Proxy(e.ctx,oi);let{setup:r}=n;if(r){Je();let n=e.setupContext=r.length>1?no(e):null,i=Ka(e),a=pn(r,e,0,[e.props,n]),o=x(a);if(Ye(),i(),(o||e.sp)&&!kr(e)&&wr(e),o){if(a.then(qa,qa),t)return a.then(n=>{Ga(!0);try{Qa(e,n,t)}finally{Ga(!1)}}).catch(t=>{hn(t,e,0,void 0,!0),e.ssrRender=(e,t)=>t(`<!---->`)});e.asyncDep=a}else Qa(e,a,t)}else $a(e,t)}function Qa(e,t,n){_(t)?e.type.__ssrInlineRender?e.ssrRender=t:e.render=t:b(t)&&(e.setupState=rn(t)),$a(e,n)}function $a(e,t,n){let r=e.type;e.render||=r.render||a;{let t=Ka(e);Je();try{li(e)}finally{Ye(),t()}}}var eo=Symbol(),to={get(e,t){return at(e,`get`,``),t===eo?e:e[t]}};function no(e){return{attrs:new Proxy(e.attrs,to),slots:e.slots,emit:e.emit,expose:t=>{e.exposed=t||{}}}}function ro(e){return e.exposed?e.exposeProxy||=new Proxy(rn(Yt(e.exposed)),{get(t,n){if(n in t)return t[n];if(n in ii)return ii[n](e)},has(e,t){return t in e||t in ii}}):e.proxy}function io(e,t=!0){return _(e)?e.displayName||e.name:e.name||t&&e.__name}function ao(e){return _(e)&&`__vccOpts`in e}var W=(e,t)=>on(e,t,Ya);function oo(e,t,n){try{wa(-1);let r=arguments.length;return r===2?b(t)&&!p(t)?Ea(t)?V(e,null,[t]):V(e,t):V(e,null,t):(r>3?n=Array.prototype.slice.call(arguments,2):r===3&&Ea(n)&&(n=[n]),V(e,t,n))}finally{wa(1)}}var so=`3.5.45`,co=void 0,lo=typeof window<`u`&&window.trustedTypes
/**
* @vue/runtime-dom v3.5.45
* (c) 2018-present Yuxi (Evan) You and Vue contributors
* @license MIT
**/
;if(lo)try{co=lo.createPolicy(`vue`,{createHTML:e=>e})}catch{}var uo=co?e=>co.createHTML(e):e=>e,fo=`http://www.w3.org/2000/svg`,po=`http://www.w3.org/1998/Math/MathML`,mo=typeof document<`u`?document:null,ho=mo&&mo.createElement(`template`),go={insert:(e,t,n)=>{t.insertBefore(e,n||null)},remove:e=>{let t=e.parentNode;t&&t.removeChild(e)},createElement:(e,t,n,r)=>{let i=t===`svg`?mo.createElementNS(fo,e):t===`mathml`?mo.createElementNS(po,e):n?mo.createElement(e,{is:n}):mo.createElement(e);return e===`select`&&r&&r.multiple!=null&&i.setAttribute(`multiple`,r.multiple),i},createText:e=>mo.createTextNode(e),createComment:e=>mo.createComment(e),setText:(e,t)=>{e.nodeValue=t},setElementText:(e,t)=>{e.textContent=t},parentNode:e=>e.parentNode,nextSibling:e=>e.nextSibling,querySelector:e=>mo.querySelector(e),setScopeId(e,t){e.setAttribute(t,``)},insertStaticContent(e,t,n,r,i,a){let o=n?n.previousSibling:t.lastChild;if(i&&(i===a||i.nextSibling))for(;t.insertBefore(i.cloneNode(!0),n),i!==a&&(i=i.nextSibling););else{ho.innerHTML=uo(r===`svg`?`<svg>${e}</svg>`:r===`mathml`?`<math>${e}</math>`:e);let i=ho.content;if(r===`svg`||r===`mathml`){let e=i.firstChild;for(;e.firstChild;)i.appendChild(e.firstChild);i.removeChild(e)}t.insertBefore(i,n)}return[o?o.nextSibling:t.firstChild,n?n.previousSibling:t.lastChild]}},_o=`transition`,vo=`animation`,yo=Symbol(`_vtc`),bo={name:String,type:String,css:{type:Boolean,default:!0},duration:[String,Number,Object],enterFromClass:String,enterActiveClass:String,enterToClass:String,appearFromClass:String,appearActiveClass:String,appearToClass:String,leaveFromClass:String,leaveActiveClass:String,leaveToClass:String},xo=l({},fr,bo),So=(e=>(e.displayName=`Transition`,e.props=xo,e))((e,{slots:t})=>oo(hr,To(e),t)),Co=(e,t=[])=>{p(e)?e.forEach(e=>e(...t)):e&&e(...t)},wo=e=>e?p(e)?e.some(e=>e.length>1):e.length>1:!1;function To(e){let t={};for(let n in e)n in bo||(t[n]=e[n]);if(e.css===!1)return t;let{name:n=`v`,type:r,duration:i,enterFromClass:a=`${n}-enter-from`,enterActiveClass:o=`${n}-enter-active`,enterToClass:s=`${n}-enter-to`,appearFromClass:c=a,appearActiveClass:u=o,appearToClass:d=s,leaveFromClass:f=`${n}-leave-from`,leaveActiveClass:p=`${n}-leave-active`,leaveToClass:m=`${n}-leave-to`}=e,h=Eo(i),g=h&&h[0],_=h&&h[1],{onBeforeEnter:v,onEnter:y,onEnterCancelled:b,onLeave:x,onLeaveCancelled:S,onBeforeAppear:C=v,onAppear:w=y,onAppearCancelled:ee=b}=t,te=(e,t,n,r)=>{e._enterCancelled=r,ko(e,t?d:s),ko(e,t?u:o),n&&n()},ne=(e,t)=>{e._isLeaving=!1,ko(e,f),ko(e,m),ko(e,p),t&&t()},T=e=>(t,n)=>{let i=e?w:y,o=()=>te(t,e,n);Co(i,[t,o]),Ao(()=>{ko(t,e?c:a),Oo(t,e?d:s),wo(i)||Mo(t,r,g,o)})};return l(t,{onBeforeEnter(e){Co(v,[e]),Oo(e,a),Oo(e,o)},onBeforeAppear(e){Co(C,[e]),Oo(e,c),Oo(e,u)},onEnter:T(!1),onAppear:T(!0),onLeave(e,t){e._isLeaving=!0;let n=()=>ne(e,t);Oo(e,f),e._enterCancelled?(Oo(e,p),Io(e)):(Io(e),Oo(e,p)),Ao(()=>{e._isLeaving&&(ko(e,f),Oo(e,m),wo(x)||Mo(e,r,_,n))}),Co(x,[e,n])},onEnterCancelled(e){te(e,!1,void 0,!0),Co(b,[e])},onAppearCancelled(e){te(e,!0,void 0,!0),Co(ee,[e])},onLeaveCancelled(e){ne(e),Co(S,[e])}})}function Eo(e){if(e==null)return null;if(b(e))return[Do(e.enter),Do(e.leave)];{let t=Do(e);return[t,t]}}function Do(e){return de(e)}function Oo(e,t){t.split(/\s+/).forEach(t=>t&&e.classList.add(t)),(e[yo]||(e[yo]=new Set)).add(t)}function ko(e,t){t.split(/\s+/).forEach(t=>t&&e.classList.remove(t));let n=e[yo];n&&(n.delete(t),n.size||(e[yo]=void 0))}function Ao(e){requestAnimationFrame(()=>{requestAnimationFrame(e)})}var jo=0;function Mo(e,t,n,r){let i=e._endId=++jo,a=()=>{i===e._endId&&r()};if(n!=null)return setTimeout(a,n);let{type:o,timeout:s,propCount:c}=No(e,t);if(!o)return r();let l=o+`end`,u=0,d=()=>{e.removeEventListener(l,f),a()},f=t=>{t.target===e&&++u>=c&&d()};setTimeout(()=>{u<c&&d()},s+1),e.addEventListener(l,f)}function No(e,t){let n=window.getComputedStyle(e),r=e=>(n[e]||``).split(`, `),i=r(`${_o}Delay`),a=r(`${_o}Duration`),o=Po(i,a),s=r(`${vo}Delay`),c=r(`${vo}Duration`),l=Po(s,c),u=null,d=0,f=0;t===_o?o>0&&(u=_o,d=o,f=a.length):t===vo?l>0&&(u=vo,d=l,f=c.length):(d=Math.max(o,l),u=d>0?o>l?_o:vo:null,f=u?u===_o?a.length:c.length:0);let p=u===_o&&/\b(?:transform|all)(?:,|$)/.test(r(`${_o}Property`).toString());return{type:u,timeout:d,propCount:f,hasTransform:p}}function Po(e,t){for(;e.length<t.length;)e=e.concat(e);return Math.max(...t.map((t,n)=>Fo(t)+Fo(e[n])))}function Fo(e){return e===`auto`?0:Number(e.slice(0,-1).replace(`,`,`.`))*1e3}function Io(e){return(e?e.ownerDocument:document).body.offsetHeight}function Lo(e,t,n){let r=e[yo];r&&(t=(t?[t,...r]:[...r]).join(` `)),t==null?e.removeAttribute(`class`):n?e.setAttribute(`class`,t):e.className=t}var Ro=Symbol(`_vod`),zo=Symbol(`_vsh`),Bo=Symbol(``),Vo=/(?:^|;)\s*display\s*:/;function Ho(e,t,n){let r=e.style,i=v(n),a=!1;if(n&&!i){if(t){if(v(t))for(let e of t.split(`;`)){let t=e.slice(0,e.indexOf(`:`)).trim();n[t]??Wo(r,t,``)}else for(let e in t)n[e]??Wo(r,e,``)}for(let i in n){i===`display`&&(a=!0);let o=n[i];o==null?Wo(r,i,``):Jo(e,i,!v(t)&&t?t[i]:void 0,o)||Wo(r,i,o)}}else if(i){if(t!==n){let e=r[Bo];e&&(n+=`;`+e),r.cssText=n,a=Vo.test(n)}}else t&&e.removeAttribute(`style`);Ro in e&&(i&&t===n||(e[Ro]=a?r.display:``),e[zo]&&(r.display=`none`))}var Uo=/\s*!important$/;function Wo(e,t,n){if(p(n))n.forEach(n=>Wo(e,t,n));else if(n??=``,t.startsWith(`--`))Uo.test(n)?e.setProperty(t,n.replace(Uo,``),`important`):e.setProperty(t,n);else{let r=qo(e,t);Uo.test(n)?e.setProperty(ae(r),n.replace(Uo,``),`important`):e[r]=n}}var Go=[`Webkit`,`Moz`,`ms`],Ko={};function qo(e,t){let n=Ko[t];if(n)return n;let r=E(t);if(r!==`filter`&&r in e)return Ko[t]=r;r=oe(r);for(let n=0;n<Go.length;n++){let i=Go[n]+r;if(i in e)return Ko[t]=i}return t}function Jo(e,t,n,r){return e.tagName===`TEXTAREA`&&(t===`width`||t===`height`)&&v(r)&&n===r}var Yo=`http://www.w3.org/1999/xlink`;function Xo(e,t,n,r,i,a=be(t)){r&&t.startsWith(`xlink:`)?n==null?e.removeAttributeNS(Yo,t.slice(6,t.length)):e.setAttributeNS(Yo,t,n):n==null||a&&!xe(n)?e.removeAttribute(t):e.setAttribute(t,a?``:y(n)?String(n):n)}function Zo(e,t,n,r,i){if(t===`innerHTML`||t===`textContent`){n!=null&&(e[t]=t===`innerHTML`?uo(n):n);return}let a=e.tagName;if(t===`value`&&a!==`PROGRESS`&&!a.includes(`-`)){let r=a===`OPTION`?e.getAttribute(`value`)||``:e.value,i=n==null?e.type===`checkbox`?`on`:``:String(n);r===i&&`_value`in e||(e.value=i),n??e.removeAttribute(t),e._value=n;return}let o=!1;if(n===``||n==null){let r=typeof e[t];r===`boolean`?n=xe(n):n==null&&r===`string`?(n=``,o=!0):r===`number`&&(n=0,o=!0)}try{e[t]=n}catch{}o&&e.removeAttribute(i||t)}function Qo(e,t,n,r){e.addEventListener(t,n,r)}function $o(e,t,n,r){e.removeEventListener(t,n,r)}var es=Symbol(`_vei`);function ts(e,t,n,r,i=null){let a=e[es]||(e[es]={}),o=a[t];if(r&&o)o.value=r;else{let[n,s]=is(t);r?Qo(e,n,a[t]=cs(r,i),s):o&&($o(e,n,o,s),a[t]=void 0)}}var ns=/(Once|Passive|Capture)$/,rs=/^on:?(?:Once|Passive|Capture)$/;function is(e){let t,n;for(;(n=e.match(ns))&&!rs.test(e);)t||={},e=e.slice(0,e.length-n[1].length),t[n[1].toLowerCase()]=!0;return[e[2]===`:`?e.slice(3):ae(e.slice(2)),t]}var as=0,os=Promise.resolve(),ss=()=>as||=(os.then(()=>as=0),Date.now());function cs(e,t){let n=e=>{if(!e._vts)e._vts=Date.now();else if(e._vts<=n.attached)return;let r=n.value;if(p(r)){let n=e.stopImmediatePropagation;e.stopImmediatePropagation=()=>{n.call(e),e._stopped=!0};let i=r.slice(),a=[e];for(let n=0;n<i.length&&!e._stopped;n++){let e=i[n];e&&mn(e,t,5,a)}}else mn(r,t,5,[e])};return n.value=e,n.attached=ss(),n}var ls=e=>e.charCodeAt(0)===111&&e.charCodeAt(1)===110&&e.charCodeAt(2)>96&&e.charCodeAt(2)<123,us=(e,t,n,r,i,a)=>{let o=i===`svg`;t===`class`?Lo(e,r,o):t===`style`?Ho(e,n,r):s(t)?c(t)||ts(e,t,n,r,a):(t[0]===`.`?(t=t.slice(1),1):t[0]===`^`?(t=t.slice(1),0):ds(e,t,r,o))?(Zo(e,t,r),e.tagName.includes(`-`)||t!==`value`&&t!==`checked`&&t!==`selected`||Xo(e,t,r,o,a,t!==`value`)):e._isVueCE&&(fs(e,t)||e._def.__asyncLoader&&(/[A-Z]/.test(t)||!v(r)))?Zo(e,E(t),r,a,t):(t===`true-value`?e._trueValue=r:t===`false-value`&&(e._falseValue=r),Xo(e,t,r,o))};function ds(e,t,n,r){if(r)return!!(t===`innerHTML`||t===`textContent`||t in e&&ls(t)&&_(n));if(t===`spellcheck`||t===`draggable`||t===`translate`||t===`autocorrect`||t===`sandbox`&&e.tagName===`IFRAME`||t===`form`||t===`list`&&e.tagName===`INPUT`||t===`type`&&e.tagName===`TEXTAREA`)return!1;if(t===`width`||t===`height`){let t=e.tagName;if(t===`IMG`||t===`VIDEO`||t===`CANVAS`||t===`SOURCE`)return!1}return ls(t)&&v(n)?!1:t in e}function fs(e,t){let n=e._def.props;if(!n)return!1;let r=E(t);return Array.isArray(n)?n.some(e=>E(e)===r):Object.keys(n).some(e=>E(e)===r)}var ps=[`ctrl`,`shift`,`alt`,`meta`],ms={stop:e=>e.stopPropagation(),prevent:e=>e.preventDefault(),self:e=>e.target!==e.currentTarget,ctrl:e=>!e.ctrlKey,shift:e=>!e.shiftKey,alt:e=>!e.altKey,meta:e=>!e.metaKey,left:e=>`button`in e&&e.button!==0,middle:e=>`button`in e&&e.button!==1,right:e=>`button`in e&&e.button!==2,exact:(e,t)=>ps.some(n=>e[`${n}Key`]&&!t.includes(n))},hs=(e,t)=>{if(!e)return e;let n=e._withMods||={},r=t.join(`.`);return n[r]||(n[r]=((n,...r)=>{for(let e=0;e<t.length;e++){let r=ms[t[e]];if(r&&r(n,t))return}return e(n,...r)}))},gs=l({patchProp:us},go),_s;function vs(){return _s||=aa(gs)}var ys=((...e)=>{let t=vs().createApp(...e),{mount:n}=t;return t.mount=e=>{let r=xs(e);if(!r)return;let i=t._component;_(i)||i.render||i.template||(i.template=r.innerHTML),r.nodeType===1&&(r.textContent=``);let a=n(r,!1,bs(r));return r instanceof Element&&(r.removeAttribute(`v-cloak`),r.setAttribute(`data-v-app`,``)),a},t});function bs(e){if(e instanceof SVGElement)return`svg`;if(typeof MathMLElement==`function`&&e instanceof MathMLElement)return`mathml`}function xs(e){return v(e)?document.querySelector(e):e}function Ss(t){e.registerExtension(t)}function Cs(t){e.extensionManager.registerSidebarTab(t)}async function ws(e,n={}){let r=await t.fetchApi(e,Ts(n)),i=await Es(r);if(!r.ok){let e=typeof i?.error==`string`?i.error:``,t=Error(e||`HTTP ${r.status} ${r.statusText}`.trim());throw t.status=r.status,t}return i}function Ts(e){let{body:t}=e;return!(typeof t==`object`&&t&&Object.getPrototypeOf(t)===Object.prototype)&&!Array.isArray(t)?e:{...e,body:JSON.stringify(t),headers:{"Content-Type":`application/json`,...e.headers}}}async function Es(e){let t=await e.text();if(!t)return null;try{return JSON.parse(t)}catch{if(e.ok)throw Error(`Expected JSON from the server, got: ${t.slice(0,80)}`);return null}}function Ds(e,n){let r=e=>n(e.detail);return t.addEventListener(e,r),()=>t.removeEventListener(e,r)}var Os=5e3,ks={success:`success`,info:`info`,warning:`warn`,error:`error`};function As(t,n,r){let i=e.extensionManager?.toast;if(!i)return;let a=t===`error`?void 0:Os;typeof i[t]==`function`?i[t](n,{description:r,duration:a}):i.add({severity:ks[t]??`info`,summary:n,detail:r,life:a})}function js(t){return e.extensionManager?.setting?.get(t)}function Ms(t,n){return e.extensionManager?.setting?.set(t,n)}function Ns(){return e.rootGraph??e.graph??null}function Ps(){return Ns()?.serialize?.()??null}var Fs=new Set;function Is(){for(let e of Fs)e()}function Ls(e){let n=()=>e();return t.addEventListener(`graphChanged`,n),Fs.add(n),()=>{t.removeEventListener(`graphChanged`,n),Fs.delete(n)}}var Rs=`Comfy.RefreshNodeDefinitions`;async function zs(){let t=e.extensionManager?.command;if(Bs(t,Rs)){await t.execute(Rs),await new Promise(e=>setTimeout(e,0));let e=Ns();e&&Gs(e)}else if(typeof e.refreshComboInNodes==`function`)return e.refreshComboInNodes()}function Bs(e,t){return typeof e?.execute==`function`?!Array.isArray(e.commands)||e.commands.some(e=>e?.id===t):!1}async function Vs(t,n){await e.loadApiJson(t,n);let r=Ns();if(!(r&&Object.entries(t).every(([e,t])=>Us(r,e,t.class_type))))return{loaded:!1,nodeCount:0};let i=Hs(r);for(let e of i)Ws(e);return r.arrange?.(),Gs(r),{loaded:!0,nodeCount:i.length}}function Hs(e){return e?.nodes??e?._nodes??[]}function Us(e,t,n){let r=e.getNodeById?.(isNaN(Number(t))?t:Number(t));return!!r&&r.type===n}function Ws(e){let t=e.computeSize?.();if(!t)return;let n=e.size??[0,0],r=[Math.max(t[0],n[0]??0),Math.max(t[1],n[1]??0)];typeof e.setSize==`function`?e.setSize(r):e.size=r}function Gs(t){typeof e.canvas?.setDirty==`function`?e.canvas.setDirty(!0,!0):t.setDirtyCanvas?.(!0,!0)}async function Ks(t){return await e.loadGraphData(t),Hs(Ns()).length}function qs(...e){if(e){let t=[];for(let n=0;n<e.length;n++){let r=e[n];if(!r)continue;let i=typeof r;if(i===`string`||i===`number`)t.push(r);else if(i===`object`){let e=Array.isArray(r)?[qs(...r)]:Object.entries(r).map(([e,t])=>t?e:void 0);t=e.length?t.concat(e.filter(e=>!!e)):t}}return t.join(` `).trim()}}function Js(e,t){return e?e.classList?e.classList.contains(t):RegExp(`(^| )`+t+`( |$)`,`gi`).test(e.className):!1}function Ys(e,t){if(e&&t){let n=t=>{Js(e,t)||(e.classList?e.classList.add(t):e.className+=` `+t)};[t].flat().filter(Boolean).forEach(e=>e.split(` `).forEach(n))}}function Xs(){return window.innerWidth-document.documentElement.offsetWidth}function Zs(e){typeof e==`string`?Ys(document.body,e||`p-overflow-hidden`):(e!=null&&e.variableName&&document.body.style.setProperty(e.variableName,Xs()+`px`),Ys(document.body,e?.className||`p-overflow-hidden`))}function Qs(e,t){if(e&&t){let n=t=>{e.classList?e.classList.remove(t):e.className=e.className.replace(RegExp(`(^|\\b)`+t.split(` `).join(`|`)+`(\\b|$)`,`gi`),` `)};[t].flat().filter(Boolean).forEach(e=>e.split(` `).forEach(n))}}function $s(e){typeof e==`string`?Qs(document.body,e||`p-overflow-hidden`):(e!=null&&e.variableName&&document.body.style.removeProperty(e.variableName),Qs(document.body,e?.className||`p-overflow-hidden`))}function ec(){let e=window,t=document,n=t.documentElement,r=t.getElementsByTagName(`body`)[0];return{width:e.innerWidth||n.clientWidth||r.clientWidth,height:e.innerHeight||n.clientHeight||r.clientHeight}}function tc(e){return e?Math.abs(e.scrollLeft):0}function nc(e,t){e&&(typeof t==`string`?e.style.cssText=t:Object.entries(t||{}).forEach(([t,n])=>e.style[t]=n))}function rc(e,t){if(e instanceof HTMLElement){let n=e.offsetWidth;if(t){let t=getComputedStyle(e);n+=parseFloat(t.marginLeft)+parseFloat(t.marginRight)}return n}return 0}function ic(e){if(e){let t=e.parentNode;return t&&t instanceof ShadowRoot&&t.host&&(t=t.host),t}return null}function ac(e){return!!(e!=null&&e.nodeName&&ic(e))}function oc(e){return typeof Element<`u`?e instanceof Element:typeof e==`object`&&!!e&&e.nodeType===1&&typeof e.nodeName==`string`}function sc(e,t={}){if(oc(e)){let n=(t,r)=>{var i;let a=(i=e?.$attrs)!=null&&i[t]?[e?.$attrs?.[t]]:[];return[r].flat().reduce((e,r)=>{if(r!=null){let i=typeof r;if(i===`string`||i===`number`)e.push(r);else if(i===`object`){let i=Array.isArray(r)?n(t,r):Object.entries(r).map(([e,n])=>t===`style`&&(n||n===0)?`${e.replace(/([a-z])([A-Z])/g,`$1-$2`).toLowerCase()}:${n}`:n?e:void 0);e=i.length?e.concat(i.filter(e=>!!e)):e}}return e},a)};Object.entries(t).forEach(([t,r])=>{if(r!=null){let i=t.match(/^on(.+)/);i?e.addEventListener(i[1].toLowerCase(),r):t===`p-bind`||t===`pBind`?sc(e,r):(r=t===`class`?[...new Set(n(`class`,r))].join(` `).trim():t===`style`?n(`style`,r).join(`;`).trim():r,(e.$attrs=e.$attrs||{})&&(e.$attrs[t]=r),e.setAttribute(t,r))}})}}function cc(e,t={},...n){if(e){let r=document.createElement(e);return sc(r,t),r.append(...n),r}}function lc(e,t){return oc(e)?Array.from(e.querySelectorAll(t)):[]}function uc(e,t){return oc(e)?e.matches(t)?e:e.querySelector(t):null}function dc(e,t){e&&document.activeElement!==e&&e.focus(t)}function fc(e,t){if(oc(e)){let n=e.getAttribute(t);return isNaN(n)?n===`true`||n===`false`?n===`true`:n:+n}}function pc(e,t=``){let n=lc(e,`button:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            [href]:not([tabindex = "-1"]):not([style*="display:none"]):not([hidden])${t},
            input:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            select:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            textarea:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            [tabIndex]:not([tabIndex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            [contenteditable]:not([tabIndex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t}`),r=[];for(let e of n)getComputedStyle(e).display!=`none`&&getComputedStyle(e).visibility!=`hidden`&&r.push(e);return r}function mc(e,t){let n=pc(e,t);return n.length>0?n[0]:null}function hc(e){if(e){let t=e.offsetHeight,n=getComputedStyle(e);return t-=parseFloat(n.paddingTop)+parseFloat(n.paddingBottom)+parseFloat(n.borderTopWidth)+parseFloat(n.borderBottomWidth),t}return 0}function gc(e,t){let n=pc(e,t);return n.length>0?n[n.length-1]:null}function _c(e){if(e){let t=e.getBoundingClientRect();return{top:t.top+(window.pageYOffset||document.documentElement.scrollTop||document.body.scrollTop||0),left:t.left+(window.pageXOffset||tc(document.documentElement)||tc(document.body)||0)}}return{top:`auto`,left:`auto`}}function vc(e,t){if(e){let n=e.offsetHeight;if(t){let t=getComputedStyle(e);n+=parseFloat(t.marginTop)+parseFloat(t.marginBottom)}return n}return 0}function yc(e){if(e){let t=e.offsetWidth,n=getComputedStyle(e);return t-=parseFloat(n.paddingLeft)+parseFloat(n.paddingRight)+parseFloat(n.borderLeftWidth)+parseFloat(n.borderRightWidth),t}return 0}function bc(){return!!(typeof window<`u`&&window.document&&window.document.createElement)}function xc(e,t=``){return oc(e)?e.matches(`button:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            [href][clientHeight][clientWidth]:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            input:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            select:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            textarea:not([tabindex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            [tabIndex]:not([tabIndex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t},
            [contenteditable]:not([tabIndex = "-1"]):not([disabled]):not([style*="display:none"]):not([hidden])${t}`):!1}function Sc(e,t=``,n){oc(e)&&n!=null&&e.setAttribute(t,n)}function Cc(){let e=new Map;return{on(t,n){let r=e.get(t);return r?r.push(n):r=[n],e.set(t,r),this},off(t,n){let r=e.get(t);return r&&r.splice(r.indexOf(n)>>>0,1),this},emit(t,n){let r=e.get(t);r&&r.forEach(e=>{e(n)})},clear(){e.clear()}}}var wc=Object.defineProperty,Tc=Object.getOwnPropertySymbols,Ec=Object.prototype.hasOwnProperty,Dc=Object.prototype.propertyIsEnumerable,Oc=(e,t,n)=>t in e?wc(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,kc=(e,t)=>{for(var n in t||={})Ec.call(t,n)&&Oc(e,n,t[n]);if(Tc)for(var n of Tc(t))Dc.call(t,n)&&Oc(e,n,t[n]);return e};function Ac(e){return e==null||e===``||Array.isArray(e)&&e.length===0||!(e instanceof Date)&&typeof e==`object`&&Object.keys(e).length===0}function jc(e){return typeof e==`function`&&`call`in e&&`apply`in e}function G(e){return!Ac(e)}function Mc(e,t=!0){return e instanceof Object&&e.constructor===Object&&(t||Object.keys(e).length!==0)}function Nc(e={},t={}){let n=kc({},e);return Object.keys(t).forEach(r=>{let i=r;Mc(t[i])&&i in e&&Mc(e[i])?n[i]=Nc(e[i],t[i]):n[i]=t[i]}),n}function Pc(...e){return e.reduce((e,t,n)=>n===0?t:Nc(e,t),{})}function Fc(e,...t){return jc(e)?e(...t):e}function Ic(e,t=!0){return typeof e==`string`&&(t||e!==``)}function Lc(e){return Ic(e)?e.replace(/(-|_)/g,``).toLowerCase():e}function Rc(e,t=``,n={}){let r=Lc(t).split(`.`),i=r.shift();return i?Mc(e)?Rc(Fc(e[Object.keys(e).find(e=>Lc(e)===i)||``],n),r.join(`.`),n):void 0:Fc(e,n)}function zc(e,t=!0){return Array.isArray(e)&&(t||e.length!==0)}function Bc(e){return G(e)&&!isNaN(e)}function Vc(e,t){if(t){let n=t.test(e);return t.lastIndex=0,n}return!1}function Hc(...e){return Pc(...e)}function Uc(e){return e&&e.replace(/\/\*(?:(?!\*\/)[\s\S])*\*\/|[\r\n\t]+/g,``).replace(/ {2,}/g,` `).replace(/ ([{:}]) /g,`$1`).replace(/([;,]) /g,`$1`).replace(/ !/g,`!`).replace(/: /g,`:`).trim()}function Wc(e){return Ic(e,!1)?e[0].toUpperCase()+e.slice(1):e}function Gc(e){return Ic(e)?e.replace(/(_)/g,`-`).replace(/([a-z])([A-Z])/g,`$1-$2`).toLowerCase():e}var Kc={};function qc(e=`pui_id_`){return Object.hasOwn(Kc,e)||(Kc[e]=0),Kc[e]++,`${e}${Kc[e]}`}function Jc(){let e=[],t=(t,n,r=999)=>{let a=i(t,n,r),o=a.value+(a.key===t?0:r)+1;return e.push({key:t,value:o}),o},n=t=>{e=e.filter(e=>e.value!==t)},r=(e,t)=>i(e,t).value,i=(t,n,r=0)=>[...e].reverse().find(e=>n?!0:e.key===t)||{key:t,value:r},a=e=>e&&parseInt(e.style.zIndex,10)||0;return{get:a,set:(e,n,r)=>{n&&(n.style.zIndex=String(t(e,!0,r)))},clear:e=>{e&&(n(a(e)),e.style.zIndex=``)},getCurrent:e=>r(e,!0)}}var Yc=Jc(),Xc=Object.defineProperty,Zc=Object.defineProperties,Qc=Object.getOwnPropertyDescriptors,$c=Object.getOwnPropertySymbols,el=Object.prototype.hasOwnProperty,tl=Object.prototype.propertyIsEnumerable,nl=(e,t,n)=>t in e?Xc(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,rl=(e,t)=>{for(var n in t||={})el.call(t,n)&&nl(e,n,t[n]);if($c)for(var n of $c(t))tl.call(t,n)&&nl(e,n,t[n]);return e},il=(e,t)=>Zc(e,Qc(t)),al=(e,t)=>{var n={};for(var r in e)el.call(e,r)&&t.indexOf(r)<0&&(n[r]=e[r]);if(e!=null&&$c)for(var r of $c(e))t.indexOf(r)<0&&tl.call(e,r)&&(n[r]=e[r]);return n},ol=Cc(),sl=/{([^}]*)}/g,cl=/(\d+\s+[\+\-\*\/]\s+\d+)/g,ll=/var\([^)]+\)/g;function ul(e){return Ic(e)?e.replace(/[A-Z]/g,(e,t)=>t===0?e:`.`+e.toLowerCase()).toLowerCase():e}function dl(e){return Mc(e)&&e.hasOwnProperty(`$value`)&&e.hasOwnProperty(`$type`)?e.$value:e}function fl(e){return e.replaceAll(/ /g,``).replace(/[^\w]/g,`-`)}function pl(e=``,t=``){return fl(`${Ic(e,!1)&&Ic(t,!1)?`${e}-`:e}${t}`)}function ml(e=``,t=``){return`--${pl(e,t)}`}function hl(e=``){return((e.match(/{/g)||[]).length+(e.match(/}/g)||[]).length)%2!=0}function gl(e,t=``,n=``,r=[],i){if(Ic(e)){let t=e.trim();if(hl(t))return;if(Vc(t,sl)){let e=t.replaceAll(sl,e=>`var(${ml(n,Gc(e.replace(/{|}/g,``).split(`.`).filter(e=>!r.some(t=>Vc(e,t))).join(`-`)))}${G(i)?`, ${i}`:``})`);return Vc(e.replace(ll,`0`),cl)?`calc(${e})`:e}return t}if(Bc(e))return e}function _l(e,t,n){Ic(t,!1)&&e.push(`${t}:${n};`)}function vl(e,t){return e?`${e}{${t}}`:``}function yl(e,t){if(e.indexOf(`dt(`)===-1)return e;function n(e,t){let n=[],i=0,a=``,o=null,s=0;for(;i<=e.length;){let c=e[i];if((c===`"`||c===`'`||c==="`")&&e[i-1]!==`\\`&&(o=o===c?null:c),!o&&(c===`(`&&s++,c===`)`&&s--,(c===`,`||i===e.length)&&s===0)){let e=a.trim();e.startsWith(`dt(`)?n.push(yl(e,t)):n.push(r(e)),a=``,i++}else c!==void 0&&(a+=c),i++}return n}function r(e){let t=e[0];if((t===`"`||t===`'`||t==="`")&&e[e.length-1]===t)return e.slice(1,-1);let n=Number(e);return isNaN(n)?e:n}let i=[],a=[];for(let t=0;t<e.length;t++)if(e[t]===`d`&&e.slice(t,t+3)===`dt(`)a.push(t),t+=2;else if(e[t]===`)`&&a.length>0){let e=a.pop();a.length===0&&i.push([e,t])}if(!i.length)return e;for(let r=i.length-1;r>=0;r--){let[a,o]=i[r],s=t(...n(e.slice(a+3,o),t));e=e.slice(0,a)+s+e.slice(o+1)}return e}var bl=e=>{let t=K.getTheme(),n=Sl(t,e,void 0,`variable`);return{name:n?.match(/--[\w-]+/g)?.[0],variable:n,value:Sl(t,e,void 0,`value`)}},xl=(...e)=>Sl(K.getTheme(),...e),Sl=(e={},t,n,r)=>{if(t){let{variable:i,options:a}=K.defaults||{},{prefix:o,transform:s}=e?.options||a||{},c=Vc(t,sl)?t:`{${t}}`;return r===`value`||Ac(r)&&s===`strict`?K.getTokenValue(t):gl(c,void 0,o,[i.excludedKeyRegex],n)}return``};function Cl(e,...t){return e instanceof Array?yl(e.reduce((e,n,r)=>e+n+(Fc(t[r],{dt:xl})??``),``),xl):Fc(e,{dt:xl})}function wl(e,t={}){let n=K.defaults.variable,{prefix:r=n.prefix,selector:i=n.selector,excludedKeyRegex:a=n.excludedKeyRegex}=t,o=[],s=[],c=[{node:e,path:r}];for(;c.length;){let{node:e,path:t}=c.pop();for(let n in e){let i=e[n],l=dl(i),u=Vc(n,a)?pl(t):pl(t,Gc(n));if(Mc(l))c.push({node:l,path:u});else{_l(s,ml(u),gl(l,u,r,[a]));let e=u;r&&e.startsWith(r+`-`)&&(e=e.slice(r.length+1)),o.push(e.replace(/-/g,`.`))}}}let l=s.join(``);return{value:s,tokens:o,declarations:l,css:vl(i,l)}}var Tl={regex:{rules:{class:{pattern:/^\.([a-zA-Z][\w-]*)$/,resolve(e){return{type:`class`,selector:e,matched:this.pattern.test(e.trim())}}},attr:{pattern:/^\[(.*)\]$/,resolve(e){return{type:`attr`,selector:`:root${e},:host${e}`,matched:this.pattern.test(e.trim())}}},media:{pattern:/^@media (.*)$/,resolve(e){return{type:`media`,selector:e,matched:this.pattern.test(e.trim())}}},system:{pattern:/^system$/,resolve(e){return{type:`system`,selector:`@media (prefers-color-scheme: dark)`,matched:this.pattern.test(e.trim())}}},custom:{resolve(e){return{type:`custom`,selector:e,matched:!0}}}},resolve(e){let t=Object.keys(this.rules).filter(e=>e!==`custom`).map(e=>this.rules[e]);return[e].flat().map(e=>t.map(t=>t.resolve(e)).find(e=>e.matched)??this.rules.custom.resolve(e))}},_toVariables(e,t){return wl(e,{prefix:t?.prefix})},getCommon({name:e=``,theme:t={},params:n,set:r,defaults:i}){let{preset:a,options:o}=t,s,c,l,u,d,f,p;if(G(a)&&o.transform!==`strict`){let{primitive:t,semantic:n,extend:m}=a,h=n||{},{colorScheme:g}=h,_=al(h,[`colorScheme`]),v=m||{},{colorScheme:y}=v,b=al(v,[`colorScheme`]),x=g||{},{dark:S}=x,C=al(x,[`dark`]),w=y||{},{dark:ee}=w,te=al(w,[`dark`]),ne=G(t)?this._toVariables({primitive:t},o):{},T=G(_)?this._toVariables({semantic:_},o):{},re=G(C)?this._toVariables({light:C},o):{},E=G(S)?this._toVariables({dark:S},o):{},ie=G(b)?this._toVariables({semantic:b},o):{},ae=G(te)?this._toVariables({light:te},o):{},oe=G(ee)?this._toVariables({dark:ee},o):{},[se,D]=[ne.declarations??``,ne.tokens],[ce,le]=[T.declarations??``,T.tokens||[]],[ue,de]=[re.declarations??``,re.tokens||[]],[fe,pe]=[E.declarations??``,E.tokens||[]],[me,he]=[ie.declarations??``,ie.tokens||[]],[ge,_e]=[ae.declarations??``,ae.tokens||[]],[ve,ye]=[oe.declarations??``,oe.tokens||[]];s=this.transformCSS(e,se,`light`,`variable`,o,r,i),c=D,l=`${this.transformCSS(e,`${ce}${ue}`,`light`,`variable`,o,r,i)}${this.transformCSS(e,`${fe}`,`dark`,`variable`,o,r,i)}`,u=[...new Set([...le,...de,...pe])],d=`${this.transformCSS(e,`${me}${ge}color-scheme:light`,`light`,`variable`,o,r,i)}${this.transformCSS(e,`${ve}color-scheme:dark`,`dark`,`variable`,o,r,i)}`,f=[...new Set([...he,..._e,...ye])],p=Fc(a.css,{dt:xl})}return{primitive:{css:s,tokens:c},semantic:{css:l,tokens:u},global:{css:d,tokens:f},style:p}},getPreset({name:e=``,preset:t={},options:n,params:r,set:i,defaults:a,selector:o}){let s,c,l;if(G(t)&&n.transform!==`strict`){let r=e.replace(`-directive`,``),u=t,{colorScheme:d,extend:f,css:p}=u,m=al(u,[`colorScheme`,`extend`,`css`]),h=f||{},{colorScheme:g}=h,_=al(h,[`colorScheme`]),v=d||{},{dark:y}=v,b=al(v,[`dark`]),x=g||{},{dark:S}=x,C=al(x,[`dark`]),w=G(m)?this._toVariables({[r]:rl(rl({},m),_)},n):{},ee=G(b)?this._toVariables({[r]:rl(rl({},b),C)},n):{},te=G(y)?this._toVariables({[r]:rl(rl({},y),S)},n):{},[ne,T]=[w.declarations??``,w.tokens||[]],[re,E]=[ee.declarations??``,ee.tokens||[]],[ie,ae]=[te.declarations??``,te.tokens||[]];s=`${this.transformCSS(r,`${ne}${re}`,`light`,`variable`,n,i,a,o)}${this.transformCSS(r,ie,`dark`,`variable`,n,i,a,o)}`,c=[...new Set([...T,...E,...ae])],l=Fc(p,{dt:xl})}return{css:s,tokens:c,style:l}},getPresetC({name:e=``,theme:t={},params:n,set:r,defaults:i}){let{preset:a,options:o}=t,s=a?.components?.[e];return this.getPreset({name:e,preset:s,options:o,params:n,set:r,defaults:i})},getPresetD({name:e=``,theme:t={},params:n,set:r,defaults:i}){let a=e.replace(`-directive`,``),{preset:o,options:s}=t,c=o?.components?.[a]||o?.directives?.[a];return this.getPreset({name:a,preset:c,options:s,params:n,set:r,defaults:i})},applyDarkColorScheme(e){return e.darkModeSelector!==`none`&&e.darkModeSelector!==!1},getColorSchemeOption(e,t){return this.applyDarkColorScheme(e)?this.regex.resolve(e.darkModeSelector===!0?t.options.darkModeSelector:e.darkModeSelector??t.options.darkModeSelector):[]},getLayerOrder(e,t={},n,r){let{cssLayer:i}=t;return i?`@layer ${Fc(i.order||i.name||`primeui`,n)}`:``},getCommonStyleSheet({name:e=``,theme:t={},params:n,props:r={},set:i,defaults:a}){let o=this.getCommon({name:e,theme:t,params:n,set:i,defaults:a}),s=Object.entries(r).reduce((e,[t,n])=>e.push(`${t}="${n}"`)&&e,[]).join(` `);return Object.entries(o||{}).reduce((e,[t,n])=>{if(Mc(n)&&Object.hasOwn(n,`css`)){let r=Uc(n.css),i=`${t}-variables`;e.push(`<style type="text/css" data-primevue-style-id="${i}" ${s}>${r}</style>`)}return e},[]).join(``)},getStyleSheet({name:e=``,theme:t={},params:n,props:r={},set:i,defaults:a}){let o={name:e,theme:t,params:n,set:i,defaults:a},s=(e.includes(`-directive`)?this.getPresetD(o):this.getPresetC(o))?.css,c=Object.entries(r).reduce((e,[t,n])=>e.push(`${t}="${n}"`)&&e,[]).join(` `);return s?`<style type="text/css" data-primevue-style-id="${e}-variables" ${c}>${Uc(s)}</style>`:``},createTokens(e={},t,n=``,r=``,i={}){let a=function(e,t={},n=[]){if(n.includes(this.path))return console.warn(`Circular reference detected at ${this.path}`),{colorScheme:e,path:this.path,paths:t,value:void 0};n.push(this.path),t.name=this.path,t.binding||={};let r=this.value;if(typeof this.value==`string`&&sl.test(this.value)){let i=this.value.trim().replace(sl,r=>{let i=r.slice(1,-1),a=this.tokens[i];if(!a)return console.warn(`Token not found for path: ${i}`),`__UNRESOLVED__`;let o=a.computed(e,t,n);return Array.isArray(o)&&o.length===2?`light-dark(${o[0].value},${o[1].value})`:o?.value??`__UNRESOLVED__`});r=cl.test(i.replace(ll,`0`))?`calc(${i})`:i}return Ac(t.binding)&&delete t.binding,n.pop(),{colorScheme:e,path:this.path,paths:t,value:r.includes(`__UNRESOLVED__`)?void 0:r}},o=(e,n,r)=>{Object.entries(e).forEach(([e,s])=>{let c=Vc(e,t.variable.excludedKeyRegex)?n:n?`${n}.${ul(e)}`:ul(e),l=r?`${r}.${e}`:e;Mc(s)?o(s,c,l):(i[c]||(i[c]={paths:[],computed:(e,t={},n=[])=>{if(i[c].paths.length===1)return i[c].paths[0].computed(i[c].paths[0].scheme,t.binding,n);if(e&&e!==`none`)for(let r=0;r<i[c].paths.length;r++){let a=i[c].paths[r];if(a.scheme===e)return a.computed(e,t.binding,n)}return i[c].paths.map(e=>e.computed(e.scheme,t[e.scheme],n))}}),i[c].paths.push({path:l,value:s,scheme:l.includes(`colorScheme.light`)?`light`:l.includes(`colorScheme.dark`)?`dark`:`none`,computed:a,tokens:i}))})};return o(e,n,r),i},getTokenValue(e,t,n){let r=(e=>e.split(`.`).filter(e=>!Vc(e.toLowerCase(),n.variable.excludedKeyRegex)).join(`.`))(t),i=t.includes(`colorScheme.light`)?`light`:t.includes(`colorScheme.dark`)?`dark`:void 0,a=[e[r]?.computed(i)].flat().filter(e=>e);return a.length===1?a[0].value:a.reduce((e={},t)=>{let n=t,{colorScheme:r}=n;return e[r]=al(n,[`colorScheme`]),e},void 0)},getSelectorRule(e,t,n,r){return n===`class`||n===`attr`?vl(G(t)?`${e}${t},${e} ${t}`:e,r):vl(e,vl(t??`:root,:host`,r))},transformCSS(e,t,n,r,i={},a,o,s){if(G(t)){let{cssLayer:c}=i;if(r!==`style`){let e=this.getColorSchemeOption(i,o);t=n===`dark`?e.reduce((e,{type:n,selector:r})=>(G(r)&&(e+=r.includes(`[CSS]`)?r.replace(`[CSS]`,t):this.getSelectorRule(r,s,n,t)),e),``):vl(s??`:root,:host`,t)}if(c){let n={name:`primeui`,order:`primeui`};Mc(c)&&(n.name=Fc(c.name,{name:e,type:r})),G(n.name)&&(t=vl(`@layer ${n.name}`,t),a?.layerNames(n.name))}return t}return``}},K={defaults:{variable:{prefix:`p`,selector:`:root,:host`,excludedKeyRegex:/^(primitive|semantic|components|directives|variables|colorscheme|light|dark|common|root|states|extend|css)$/gi},options:{prefix:`p`,darkModeSelector:`system`,cssLayer:!1}},_theme:void 0,_layerNames:new Set,_loadedStyleNames:new Set,_loadingStyles:new Set,_tokens:{},update(e={}){let{theme:t}=e;t&&(this._theme=il(rl({},t),{options:rl(rl({},this.defaults.options),t.options)}),this._tokens=Tl.createTokens(this.preset,this.defaults),this.clearLoadedStyleNames())},get theme(){return this._theme},get preset(){return this.theme?.preset||{}},get options(){return this.theme?.options||{}},get tokens(){return this._tokens},getTheme(){return this.theme},setTheme(e){this.update({theme:e}),ol.emit(`theme:change`,e)},getPreset(){return this.preset},setPreset(e){this._theme=il(rl({},this.theme),{preset:e}),this._tokens=Tl.createTokens(e,this.defaults),this.clearLoadedStyleNames(),ol.emit(`preset:change`,e),ol.emit(`theme:change`,this.theme)},getOptions(){return this.options},setOptions(e){this._theme=il(rl({},this.theme),{options:e}),this.clearLoadedStyleNames(),ol.emit(`options:change`,e),ol.emit(`theme:change`,this.theme)},getLayerNames(){return[...this._layerNames]},setLayerNames(e){this._layerNames.add(e)},getLoadedStyleNames(){return this._loadedStyleNames},isStyleNameLoaded(e){return this._loadedStyleNames.has(e)},setLoadedStyleName(e){this._loadedStyleNames.add(e)},deleteLoadedStyleName(e){this._loadedStyleNames.delete(e)},clearLoadedStyleNames(){this._loadedStyleNames.clear()},getTokenValue(e){return Tl.getTokenValue(this.tokens,e,this.defaults)},getCommon(e=``,t){return Tl.getCommon({name:e,theme:this.theme,params:t,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}})},getComponent(e=``,t){let n={name:e,theme:this.theme,params:t,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}};return Tl.getPresetC(n)},getDirective(e=``,t){let n={name:e,theme:this.theme,params:t,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}};return Tl.getPresetD(n)},getCustomPreset(e=``,t,n,r){let i={name:e,preset:t,options:this.options,selector:n,params:r,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}};return Tl.getPreset(i)},getLayerOrderCSS(e=``){return Tl.getLayerOrder(e,this.options,{names:this.getLayerNames()},this.defaults)},transformCSS(e=``,t,n=`style`,r){return Tl.transformCSS(e,t,r,n,this.options,{layerNames:this.setLayerNames.bind(this)},this.defaults)},getCommonStyleSheet(e=``,t,n={}){return Tl.getCommonStyleSheet({name:e,theme:this.theme,params:t,props:n,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}})},getStyleSheet(e,t,n={}){return Tl.getStyleSheet({name:e,theme:this.theme,params:t,props:n,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}})},onStyleMounted(e){this._loadingStyles.add(e)},onStyleUpdated(e){this._loadingStyles.add(e)},onStyleLoaded(e,{name:t}){this._loadingStyles.size&&(this._loadingStyles.delete(t),ol.emit(`theme:${t}:load`,e),!this._loadingStyles.size&&ol.emit(`theme:load`))}},El={_loadedStyleNames:new Set,getLoadedStyleNames:function(){return this._loadedStyleNames},isStyleNameLoaded:function(e){return this._loadedStyleNames.has(e)},setLoadedStyleName:function(e){this._loadedStyleNames.add(e)},deleteLoadedStyleName:function(e){this._loadedStyleNames.delete(e)},clearLoadedStyleNames:function(){this._loadedStyleNames.clear()}},Dl=`
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
`;function Ol(e){"@babel/helpers - typeof";return Ol=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Ol(e)}function kl(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function Al(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?kl(Object(n),!0).forEach(function(t){jl(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):kl(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function jl(e,t,n){return(t=Ml(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Ml(e){var t=Nl(e,`string`);return Ol(t)==`symbol`?t:t+``}function Nl(e,t){if(Ol(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Ol(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function Pl(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:!0;Ua()&&Ua().components?Rr(e):t?e():wn(e)}var Fl=0;function Il(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=$t(!1),r=$t(e),i=$t(null),a=bc()?window.document:void 0,o=t.document,s=o===void 0?a:o,c=t.immediate,l=c===void 0||c,u=t.manual,d=u!==void 0&&u,f=t.name,p=f===void 0?`style_${++Fl}`:f,m=t.id,h=m===void 0?void 0:m,g=t.media,_=g===void 0?void 0:g,v=t.nonce,y=v===void 0?void 0:v,b=t.first,x=b!==void 0&&b,S=t.onMounted,C=S===void 0?void 0:S,w=t.onUpdated,ee=w===void 0?void 0:w,te=t.onLoad,ne=te===void 0?void 0:te,T=t.props,re=T===void 0?{}:T,E=function(){},ie=function(t){var a=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};if(s){var o=Al(Al({},re),a),c=o.name||p,l=o.id||h,u=o.nonce||y;i.value=s.querySelector(`style[data-primevue-style-id="${c}"]`)||s.getElementById(l)||s.createElement(`style`),i.value.isConnected||(r.value=t||e,sc(i.value,{type:`text/css`,id:l,media:_,nonce:u}),x?s.head.prepend(i.value):s.head.appendChild(i.value),Sc(i.value,`data-primevue-style-id`,c),sc(i.value,o),i.value.onload=function(e){return ne?.(e,{name:c})},C?.(c)),n.value||=(E=Wn(r,function(e){i.value.textContent=e,ee?.(c)},{immediate:!0}),!0)}};return l&&!d&&Pl(ie),{id:h,name:p,el:i,css:r,unload:function(){s&&n.value&&(E(),ac(i.value)&&s.head.removeChild(i.value),n.value=!1,i.value=null)},load:ie,isLoaded:Ut(n)}}function Ll(e){"@babel/helpers - typeof";return Ll=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Ll(e)}var Rl,zl,Bl,Vl;function Hl(e,t){return ql(e)||Kl(e,t)||Wl(e,t)||Ul()}function Ul(){throw TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Wl(e,t){if(e){if(typeof e==`string`)return Gl(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Gl(e,t):void 0}}function Gl(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function Kl(e,t){var n=e==null?null:typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(n!=null){var r,i,a,o,s=[],c=!0,l=!1;try{if(a=(n=n.call(e)).next,t!==0)for(;!(c=(r=a.call(n)).done)&&(s.push(r.value),s.length!==t);c=!0);}catch(e){l=!0,i=e}finally{try{if(!c&&n.return!=null&&(o=n.return(),Object(o)!==o))return}finally{if(l)throw i}}return s}}function ql(e){if(Array.isArray(e))return e}function Jl(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function Yl(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?Jl(Object(n),!0).forEach(function(t){Xl(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):Jl(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function Xl(e,t,n){return(t=Zl(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Zl(e){var t=Ql(e,`string`);return Ll(t)==`symbol`?t:t+``}function Ql(e,t){if(Ll(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Ll(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function $l(e,t){return t||=e.slice(0),Object.freeze(Object.defineProperties(e,{raw:{value:Object.freeze(t)}}))}var q={name:`base`,css:function(e){var t=e.dt;return`
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
`},style:Dl,classes:{},inlineStyles:{},load:function(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=(arguments.length>2&&arguments[2]!==void 0?arguments[2]:function(e){return e})(Cl(Rl||=$l([``,``]),e));return G(n)?Il(Uc(n),Yl({name:this.name},t)):{}},loadCSS:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{};return this.load(this.css,e)},loadStyle:function(){var e=this,t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``;return this.load(this.style,t,function(){var r=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``;return K.transformCSS(t.name||e.name,`${r}${Cl(zl||=$l([``,``]),n)}`)})},getCommonTheme:function(e){return K.getCommon(this.name,e)},getComponentTheme:function(e){return K.getComponent(this.name,e)},getDirectiveTheme:function(e){return K.getDirective(this.name,e)},getPresetTheme:function(e,t,n){return K.getCustomPreset(this.name,e,t,n)},getLayerOrderThemeCSS:function(){return K.getLayerOrderCSS(this.name)},getStyleSheet:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};if(this.css){var n=Fc(this.css,{dt:xl})||``,r=Uc(Cl(Bl||=$l([``,``,``]),n,e)),i=Object.entries(t).reduce(function(e,t){var n=Hl(t,2),r=n[0],i=n[1];return e.push(`${r}="${i}"`)&&e},[]).join(` `);return G(r)?`<style type="text/css" data-primevue-style-id="${this.name}" ${i}>${r}</style>`:``}return``},getCommonThemeStyleSheet:function(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return K.getCommonStyleSheet(this.name,e,t)},getThemeStyleSheet:function(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=[K.getStyleSheet(this.name,e,t)];if(this.style){var r=this.name===`base`?`global-style`:`${this.name}-style`,i=Cl(Vl||=$l([``,``]),Fc(this.style,{dt:xl})),a=Uc(K.transformCSS(r,i)),o=Object.entries(t).reduce(function(e,t){var n=Hl(t,2),r=n[0],i=n[1];return e.push(`${r}="${i}"`)&&e},[]).join(` `);G(a)&&n.push(`<style type="text/css" data-primevue-style-id="${r}" ${o}>${a}</style>`)}return n.join(``)},extend:function(e){return Yl(Yl({},this),{},{css:void 0,style:void 0},e)}};function eu(){return`${arguments.length>0&&arguments[0]!==void 0?arguments[0]:`pc`}${Cr().replace(`v-`,``).replaceAll(`-`,`_`)}`}var tu=q.extend({name:`common`});function nu(e){"@babel/helpers - typeof";return nu=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},nu(e)}function ru(e){return uu(e)||iu(e)||su(e)||ou()}function iu(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function au(e,t){return uu(e)||lu(e,t)||su(e,t)||ou()}function ou(){throw TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function su(e,t){if(e){if(typeof e==`string`)return cu(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?cu(e,t):void 0}}function cu(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function lu(e,t){var n=e==null?null:typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(n!=null){var r,i,a,o,s=[],c=!0,l=!1;try{if(a=(n=n.call(e)).next,t===0){if(Object(n)!==n)return;c=!1}else for(;!(c=(r=a.call(n)).done)&&(s.push(r.value),s.length!==t);c=!0);}catch(e){l=!0,i=e}finally{try{if(!c&&n.return!=null&&(o=n.return(),Object(o)!==o))return}finally{if(l)throw i}}return s}}function uu(e){if(Array.isArray(e))return e}function du(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function J(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?du(Object(n),!0).forEach(function(t){fu(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):du(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function fu(e,t,n){return(t=pu(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function pu(e){var t=mu(e,`string`);return nu(t)==`symbol`?t:t+``}function mu(e,t){if(nu(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(nu(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var hu={name:`BaseComponent`,props:{pt:{type:Object,default:void 0},ptOptions:{type:Object,default:void 0},unstyled:{type:Boolean,default:void 0},dt:{type:Object,default:void 0}},inject:{$parentInstance:{default:void 0}},watch:{isUnstyled:{immediate:!0,handler:function(e){ol.off(`theme:change`,this._loadCoreStyles),e||(this._loadCoreStyles(),this._themeChangeListener(this._loadCoreStyles))}},dt:{immediate:!0,handler:function(e,t){var n=this;ol.off(`theme:change`,this._themeScopedListener),e?(this._loadScopedThemeStyles(e),this._themeScopedListener=function(){return n._loadScopedThemeStyles(e)},this._themeChangeListener(this._themeScopedListener)):this._unloadScopedThemeStyles()}}},scopedStyleEl:void 0,rootEl:void 0,uid:void 0,$attrSelector:void 0,beforeCreate:function(){var e,t,n,r,i,a,o,s,c,l,u=this.pt?._usept,d=u?(e=this.pt)==null||(e=e.originalValue)==null?void 0:e[this.$.type.name]:void 0;(n=(u?(t=this.pt)==null||(t=t.value)==null?void 0:t[this.$.type.name]:this.pt)||d)==null||(n=n.hooks)==null||(r=n.onBeforeCreate)==null||r.call(n);var f=(i=this.$primevueConfig)==null||(i=i.pt)==null?void 0:i._usept,p=f?(a=this.$primevue)==null||(a=a.config)==null||(a=a.pt)==null?void 0:a.originalValue:void 0;(c=(f?(o=this.$primevue)==null||(o=o.config)==null||(o=o.pt)==null?void 0:o.value:(s=this.$primevue)==null||(s=s.config)==null?void 0:s.pt)||p)==null||(c=c[this.$.type.name])==null||(c=c.hooks)==null||(l=c.onBeforeCreate)==null||l.call(c),this.$attrSelector=eu(),this.uid=this.$attrs.id||this.$attrSelector.replace(`pc`,`pv_id_`)},created:function(){this._hook(`onCreated`)},beforeMount:function(){this.rootEl=uc(oc(this.$el)?this.$el:this.$el?.parentElement,`[${this.$attrSelector}]`),this.rootEl&&(this.rootEl.$pc=J({name:this.$.type.name,attrSelector:this.$attrSelector},this.$params)),this._loadStyles(),this._hook(`onBeforeMount`)},mounted:function(){this._hook(`onMounted`)},beforeUpdate:function(){this._hook(`onBeforeUpdate`)},updated:function(){this._hook(`onUpdated`)},beforeUnmount:function(){this._hook(`onBeforeUnmount`)},unmounted:function(){this._removeThemeListeners(),this._unloadScopedThemeStyles(),this._hook(`onUnmounted`)},methods:{_hook:function(e){if(!this.$options.hostName){var t=this._usePT(this._getPT(this.pt,this.$.type.name),this._getOptionValue,`hooks.${e}`),n=this._useDefaultPT(this._getOptionValue,`hooks.${e}`);t?.(),n?.()}},_mergeProps:function(e){var t=[...arguments].slice(1);return jc(e)?e.apply(void 0,t):U.apply(void 0,t)},_load:function(){El.isStyleNameLoaded(`base`)||(q.loadCSS(this.$styleOptions),this._loadGlobalStyles(),El.setLoadedStyleName(`base`)),this._loadThemeStyles()},_loadStyles:function(){this._load(),this._themeChangeListener(this._load)},_loadCoreStyles:function(){var e;!El.isStyleNameLoaded(this.$style?.name)&&(e=this.$style)!=null&&e.name&&(tu.loadCSS(this.$styleOptions),this.$options.style&&this.$style.loadCSS(this.$styleOptions),El.setLoadedStyleName(this.$style.name))},_loadGlobalStyles:function(){var e=this._useGlobalPT(this._getOptionValue,`global.css`,this.$params);G(e)&&q.load(e,J({name:`global`},this.$styleOptions))},_loadThemeStyles:function(){var e;if(!(this.isUnstyled||this.$theme===`none`)){if(!K.isStyleNameLoaded(`common`)){var t,n,r=((t=this.$style)==null||(n=t.getCommonTheme)==null?void 0:n.call(t))||{},i=r.primitive,a=r.semantic,o=r.global,s=r.style;q.load(i?.css,J({name:`primitive-variables`},this.$styleOptions)),q.load(a?.css,J({name:`semantic-variables`},this.$styleOptions)),q.load(o?.css,J({name:`global-variables`},this.$styleOptions)),q.loadStyle(J({name:`global-style`},this.$styleOptions),s),K.setLoadedStyleName(`common`)}if(!K.isStyleNameLoaded(this.$style?.name)&&(e=this.$style)!=null&&e.name){var c,l,u,d,f=((c=this.$style)==null||(l=c.getComponentTheme)==null?void 0:l.call(c))||{},p=f.css,m=f.style;(u=this.$style)==null||u.load(p,J({name:`${this.$style.name}-variables`},this.$styleOptions)),(d=this.$style)==null||d.loadStyle(J({name:`${this.$style.name}-style`},this.$styleOptions),m),K.setLoadedStyleName(this.$style.name)}if(!K.isStyleNameLoaded(`layer-order`)){var h,g,_=(h=this.$style)==null||(g=h.getLayerOrderThemeCSS)==null?void 0:g.call(h);q.load(_,J({name:`layer-order`,first:!0},this.$styleOptions)),K.setLoadedStyleName(`layer-order`)}}},_loadScopedThemeStyles:function(e){var t,n,r=(((t=this.$style)==null||(n=t.getPresetTheme)==null?void 0:n.call(t,e,`[${this.$attrSelector}]`))||{}).css,i=this.$style?.load(r,J({name:`${this.$attrSelector}-${this.$style.name}`},this.$styleOptions));this.scopedStyleEl=i.el},_unloadScopedThemeStyles:function(){var e;(e=this.scopedStyleEl)==null||(e=e.value)==null||e.remove()},_themeChangeListener:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:function(){};El.clearLoadedStyleNames(),ol.on(`theme:change`,e)},_removeThemeListeners:function(){ol.off(`theme:change`,this._loadCoreStyles),ol.off(`theme:change`,this._load),ol.off(`theme:change`,this._themeScopedListener)},_getHostInstance:function(e){return e?this.$options.hostName?e.$.type.name===this.$options.hostName?e:this._getHostInstance(e.$parentInstance):e.$parentInstance:void 0},_getPropValue:function(e){return this[e]||this._getHostInstance(this)?.[e]},_getOptionValue:function(e){return Rc(e,arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,arguments.length>2&&arguments[2]!==void 0?arguments[2]:{})},_getPTValue:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,n=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{},r=arguments.length>3&&arguments[3]!==void 0?arguments[3]:!0,i=/./g.test(t)&&!!n[t.split(`.`)[0]],a=this._getPropValue(`ptOptions`)||this.$primevueConfig?.ptOptions||{},o=a.mergeSections,s=o===void 0||o,c=a.mergeProps,l=c!==void 0&&c,u=r?i?this._useGlobalPT(this._getPTClassValue,t,n):this._useDefaultPT(this._getPTClassValue,t,n):void 0,d=i?void 0:this._getPTSelf(e,this._getPTClassValue,t,J(J({},n),{},{global:u||{}})),f=this._getPTDatasets(t);return s||!s&&d?l?this._mergeProps(l,u,d,f):J(J(J({},u),d),f):J(J({},d),f)},_getPTSelf:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=[...arguments].slice(1);return U(this._usePT.apply(this,[this._getPT(e,this.$name)].concat(t)),this._usePT.apply(this,[this.$_attrsPT].concat(t)))},_getPTDatasets:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=`data-pc-`,n=e===`root`&&G(this.pt?.[`data-pc-section`]);return e!==`transition`&&J(J({},e===`root`&&J(J(fu({},`${t}name`,Lc(n?this.pt?.[`data-pc-section`]:this.$.type.name)),n&&fu({},`${t}extend`,Lc(this.$.type.name))),{},fu({},`${this.$attrSelector}`,``))),{},fu({},`${t}section`,Lc(e)))},_getPTClassValue:function(){var e=this._getOptionValue.apply(this,arguments);return Ic(e)||zc(e)?{class:e}:e},_getPT:function(e){var t=this,n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,r=arguments.length>2?arguments[2]:void 0,i=function(e){var i=arguments.length>1&&arguments[1]!==void 0&&arguments[1],a=r?r(e):e,o=Lc(n),s=Lc(t.$name);return(i&&o===s?void 0:a?.[o])??a};return e!=null&&e.hasOwnProperty(`_usept`)?{_usept:e._usept,originalValue:i(e.originalValue),value:i(e.value)}:i(e,!0)},_usePT:function(e,t,n,r){var i=function(e){return t(e,n,r)};if(e!=null&&e.hasOwnProperty(`_usept`)){var a=e._usept||this.$primevueConfig?.ptOptions||{},o=a.mergeSections,s=o===void 0||o,c=a.mergeProps,l=c!==void 0&&c,u=i(e.originalValue),d=i(e.value);return u===void 0&&d===void 0?void 0:Ic(d)?d:Ic(u)?u:s||!s&&d?l?this._mergeProps(l,u,d):J(J({},u),d):d}return i(e)},_useGlobalPT:function(e,t,n){return this._usePT(this.globalPT,e,t,n)},_useDefaultPT:function(e,t,n){return this._usePT(this.defaultPT,e,t,n)},ptm:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return this._getPTValue(this.pt,e,J(J({},this.$params),t))},ptmi:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=U(this.$_attrsWithoutPT,this.ptm(e,t));return n!=null&&n.hasOwnProperty(`id`)&&(n.id??=this.$id),n},ptmo:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,n=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{};return this._getPTValue(e,t,J({instance:this},n),!1)},cx:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return this.isUnstyled?void 0:this._getOptionValue(this.$style.classes,e,J(J({},this.$params),t))},sx:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:!0,n=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{};if(t){var r=this._getOptionValue(this.$style.inlineStyles,e,J(J({},this.$params),n));return[this._getOptionValue(tu.inlineStyles,e,J(J({},this.$params),n)),r]}}},computed:{globalPT:function(){var e=this;return this._getPT(this.$primevueConfig?.pt,void 0,function(t){return Fc(t,{instance:e})})},defaultPT:function(){var e=this;return this._getPT(this.$primevueConfig?.pt,void 0,function(t){return e._getOptionValue(t,e.$name,J({},e.$params))||Fc(t,J({},e.$params))})},isUnstyled:function(){return this.unstyled===void 0?this.$primevueConfig?.unstyled:this.unstyled},$id:function(){return this.$attrs.id||this.uid},$inProps:function(){var e=Object.keys(this.$.vnode?.props||{});return Object.fromEntries(Object.entries(this.$props).filter(function(t){var n=au(t,1)[0];return e?.includes(n)}))},$theme:function(){return this.$primevueConfig?.theme},$style:function(){return J(J({classes:void 0,inlineStyles:void 0,load:function(){},loadCSS:function(){},loadStyle:function(){}},(this._getHostInstance(this)||{}).$style),this.$options.style)},$styleOptions:function(){var e;return{nonce:(e=this.$primevueConfig)==null||(e=e.csp)==null?void 0:e.nonce}},$primevueConfig:function(){return this.$primevue?.config},$name:function(){return this.$options.hostName||this.$.type.name},$params:function(){var e=this._getHostInstance(this)||this.$parent;return{instance:this,props:this.$props,state:this.$data,attrs:this.$attrs,parent:{instance:e,props:e?.$props,state:e?.$data,attrs:e?.$attrs}}},$_attrsPT:function(){return Object.entries(this.$attrs||{}).filter(function(e){return au(e,1)[0]?.startsWith(`pt:`)}).reduce(function(e,t){var n=au(t,2),r=n[0],i=n[1];return cu(ru(r.split(`:`))).slice(1)?.reduce(function(e,t,n,r){return!e[t]&&(e[t]=n===r.length-1?i:{}),e[t]},e),e},{})},$_attrsWithoutPT:function(){return Object.entries(this.$attrs||{}).filter(function(e){var t=au(e,1)[0];return!(t!=null&&t.startsWith(`pt:`))}).reduce(function(e,t){var n=au(t,2),r=n[0];return e[r]=n[1],e},{})}}},gu=q.extend({name:`baseicon`,css:`
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
`});function _u(e){"@babel/helpers - typeof";return _u=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},_u(e)}function vu(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function yu(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?vu(Object(n),!0).forEach(function(t){bu(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):vu(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function bu(e,t,n){return(t=xu(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function xu(e){var t=Su(e,`string`);return _u(t)==`symbol`?t:t+``}function Su(e,t){if(_u(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(_u(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Cu={name:`BaseIcon`,extends:hu,props:{label:{type:String,default:void 0},spin:{type:Boolean,default:!1}},style:gu,provide:function(){return{$pcIcon:this,$parentInstance:this}},methods:{pti:function(){var e=Ac(this.label);return yu(yu({},!this.isUnstyled&&{class:[`p-icon`,{"p-icon-spin":this.spin}]}),{},{role:e?void 0:`img`,"aria-label":e?void 0:this.label,"aria-hidden":e})}}},wu={name:`SpinnerIcon`,extends:Cu};function Tu(e){return ku(e)||Ou(e)||Du(e)||Eu()}function Eu(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Du(e,t){if(e){if(typeof e==`string`)return Au(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Au(e,t):void 0}}function Ou(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function ku(e){if(Array.isArray(e))return Au(e)}function Au(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function ju(e,t,n,r,i,a){return L(),R(`svg`,U({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),Tu(t[0]||=[B(`path`,{d:`M6.99701 14C5.85441 13.999 4.72939 13.7186 3.72012 13.1832C2.71084 12.6478 1.84795 11.8737 1.20673 10.9284C0.565504 9.98305 0.165424 8.89526 0.041387 7.75989C-0.0826496 6.62453 0.073125 5.47607 0.495122 4.4147C0.917119 3.35333 1.59252 2.4113 2.46241 1.67077C3.33229 0.930247 4.37024 0.413729 5.4857 0.166275C6.60117 -0.0811796 7.76026 -0.0520535 8.86188 0.251112C9.9635 0.554278 10.9742 1.12227 11.8057 1.90555C11.915 2.01493 11.9764 2.16319 11.9764 2.31778C11.9764 2.47236 11.915 2.62062 11.8057 2.73C11.7521 2.78503 11.688 2.82877 11.6171 2.85864C11.5463 2.8885 11.4702 2.90389 11.3933 2.90389C11.3165 2.90389 11.2404 2.8885 11.1695 2.85864C11.0987 2.82877 11.0346 2.78503 10.9809 2.73C9.9998 1.81273 8.73246 1.26138 7.39226 1.16876C6.05206 1.07615 4.72086 1.44794 3.62279 2.22152C2.52471 2.99511 1.72683 4.12325 1.36345 5.41602C1.00008 6.70879 1.09342 8.08723 1.62775 9.31926C2.16209 10.5513 3.10478 11.5617 4.29713 12.1803C5.48947 12.7989 6.85865 12.988 8.17414 12.7157C9.48963 12.4435 10.6711 11.7264 11.5196 10.6854C12.3681 9.64432 12.8319 8.34282 12.8328 7C12.8328 6.84529 12.8943 6.69692 13.0038 6.58752C13.1132 6.47812 13.2616 6.41667 13.4164 6.41667C13.5712 6.41667 13.7196 6.47812 13.8291 6.58752C13.9385 6.69692 14 6.84529 14 7C14 8.85651 13.2622 10.637 11.9489 11.9497C10.6356 13.2625 8.85432 14 6.99701 14Z`,fill:`currentColor`},null,-1)]),16)}wu.render=ju;var Mu=q.extend({name:`badge`,style:`
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
`,classes:{root:function(e){var t=e.props,n=e.instance;return[`p-badge p-component`,{"p-badge-circle":G(t.value)&&String(t.value).length===1,"p-badge-dot":Ac(t.value)&&!n.$slots.default,"p-badge-sm":t.size===`small`,"p-badge-lg":t.size===`large`,"p-badge-xl":t.size===`xlarge`,"p-badge-info":t.severity===`info`,"p-badge-success":t.severity===`success`,"p-badge-warn":t.severity===`warn`,"p-badge-danger":t.severity===`danger`,"p-badge-secondary":t.severity===`secondary`,"p-badge-contrast":t.severity===`contrast`}]}}}),Nu={name:`BaseBadge`,extends:hu,props:{value:{type:[String,Number],default:null},severity:{type:String,default:null},size:{type:String,default:null}},style:Mu,provide:function(){return{$pcBadge:this,$parentInstance:this}}};function Pu(e){"@babel/helpers - typeof";return Pu=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Pu(e)}function Fu(e,t,n){return(t=Iu(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Iu(e){var t=Lu(e,`string`);return Pu(t)==`symbol`?t:t+``}function Lu(e,t){if(Pu(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Pu(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Ru={name:`Badge`,extends:Nu,inheritAttrs:!1,computed:{dataP:function(){return qs(Fu(Fu({circle:this.value!=null&&String(this.value).length===1,empty:this.value==null&&!this.$slots.default},this.severity,this.severity),this.size,this.size))}}},zu=[`data-p`];function Bu(e,t,n,r,i,a){return L(),R(`span`,U({class:e.cx(`root`),"data-p":a.dataP},e.ptmi(`root`)),[P(e.$slots,`default`,{},function(){return[Na(O(e.value),1)]})],16,zu)}Ru.render=Bu;var Vu=Cc();function Hu(e){"@babel/helpers - typeof";return Hu=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Hu(e)}function Uu(e,t){return Ju(e)||qu(e,t)||Gu(e,t)||Wu()}function Wu(){throw TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Gu(e,t){if(e){if(typeof e==`string`)return Ku(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Ku(e,t):void 0}}function Ku(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function qu(e,t){var n=e==null?null:typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(n!=null){var r,i,a,o,s=[],c=!0,l=!1;try{if(a=(n=n.call(e)).next,t!==0)for(;!(c=(r=a.call(n)).done)&&(s.push(r.value),s.length!==t);c=!0);}catch(e){l=!0,i=e}finally{try{if(!c&&n.return!=null&&(o=n.return(),Object(o)!==o))return}finally{if(l)throw i}}return s}}function Ju(e){if(Array.isArray(e))return e}function Yu(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function Y(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?Yu(Object(n),!0).forEach(function(t){Xu(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):Yu(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function Xu(e,t,n){return(t=Zu(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Zu(e){var t=Qu(e,`string`);return Hu(t)==`symbol`?t:t+``}function Qu(e,t){if(Hu(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Hu(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var X={_getMeta:function(){return[Mc(arguments.length<=0?void 0:arguments[0])||arguments.length<=0?void 0:arguments[0],Fc(Mc(arguments.length<=0?void 0:arguments[0])?arguments.length<=0?void 0:arguments[0]:arguments.length<=1?void 0:arguments[1])]},_getConfig:function(e,t){var n,r;return((e==null||(n=e.instance)==null?void 0:n.$primevue)||(t==null||(r=t.ctx)==null||(r=r.appContext)==null||(r=r.config)==null||(r=r.globalProperties)==null?void 0:r.$primevue))?.config},_getOptionValue:Rc,_getPTValue:function(){var e,t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},r=arguments.length>2&&arguments[2]!==void 0?arguments[2]:``,i=arguments.length>3&&arguments[3]!==void 0?arguments[3]:{},a=arguments.length>4&&arguments[4]!==void 0?arguments[4]:!0,o=function(){var e=X._getOptionValue.apply(X,arguments);return Ic(e)||zc(e)?{class:e}:e},s=((e=t.binding)==null||(e=e.value)==null?void 0:e.ptOptions)||t.$primevueConfig?.ptOptions||{},c=s.mergeSections,l=c===void 0||c,u=s.mergeProps,d=u!==void 0&&u,f=a?X._useDefaultPT(t,t.defaultPT(),o,r,i):void 0,p=X._usePT(t,X._getPT(n,t.$name),o,r,Y(Y({},i),{},{global:f||{}})),m=X._getPTDatasets(t,r);return l||!l&&p?d?X._mergeProps(t,d,f,p,m):Y(Y(Y({},f),p),m):Y(Y({},p),m)},_getPTDatasets:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,n=`data-pc-`;return Y(Y({},t===`root`&&Xu({},`${n}name`,Lc(e.$name))),{},Xu({},`${n}section`,Lc(t)))},_getPT:function(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,n=arguments.length>2?arguments[2]:void 0,r=function(e){var r=n?n(e):e,i=Lc(t);return r?.[i]??r};return e&&Object.hasOwn(e,`_usept`)?{_usept:e._usept,originalValue:r(e.originalValue),value:r(e.value)}:r(e)},_usePT:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1?arguments[1]:void 0,n=arguments.length>2?arguments[2]:void 0,r=arguments.length>3?arguments[3]:void 0,i=arguments.length>4?arguments[4]:void 0,a=function(e){return n(e,r,i)};if(t&&Object.hasOwn(t,`_usept`)){var o=t._usept||e.$primevueConfig?.ptOptions||{},s=o.mergeSections,c=s===void 0||s,l=o.mergeProps,u=l!==void 0&&l,d=a(t.originalValue),f=a(t.value);return d===void 0&&f===void 0?void 0:Ic(f)?f:Ic(d)?d:c||!c&&f?u?X._mergeProps(e,u,d,f):Y(Y({},d),f):f}return a(t)},_useDefaultPT:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=arguments.length>2?arguments[2]:void 0,r=arguments.length>3?arguments[3]:void 0,i=arguments.length>4?arguments[4]:void 0;return X._usePT(e,t,n,r,i)},_loadStyles:function(){var e,t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1?arguments[1]:void 0,r=arguments.length>2?arguments[2]:void 0,i=X._getConfig(n,r),a={nonce:i==null||(e=i.csp)==null?void 0:e.nonce};X._loadCoreStyles(t,a),X._loadThemeStyles(t,a),X._loadScopedThemeStyles(t,a),X._removeThemeListeners(t),t.$loadStyles=function(){return X._loadThemeStyles(t,a)},X._themeChangeListener(t.$loadStyles)},_loadCoreStyles:function(){var e,t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1?arguments[1]:void 0;if(!El.isStyleNameLoaded(t.$style?.name)&&(e=t.$style)!=null&&e.name){var r;q.loadCSS(n),(r=t.$style)==null||r.loadCSS(n),El.setLoadedStyleName(t.$style.name)}},_loadThemeStyles:function(){var e,t,n=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},r=arguments.length>1?arguments[1]:void 0;if(!(n!=null&&n.isUnstyled()||(n==null||(e=n.theme)==null?void 0:e.call(n))===`none`)){if(!K.isStyleNameLoaded(`common`)){var i,a,o=((i=n.$style)==null||(a=i.getCommonTheme)==null?void 0:a.call(i))||{},s=o.primitive,c=o.semantic,l=o.global,u=o.style;q.load(s?.css,Y({name:`primitive-variables`},r)),q.load(c?.css,Y({name:`semantic-variables`},r)),q.load(l?.css,Y({name:`global-variables`},r)),q.loadStyle(Y({name:`global-style`},r),u),K.setLoadedStyleName(`common`)}if(!K.isStyleNameLoaded(n.$style?.name)&&(t=n.$style)!=null&&t.name){var d,f,p,m,h=((d=n.$style)==null||(f=d.getDirectiveTheme)==null?void 0:f.call(d))||{},g=h.css,_=h.style;(p=n.$style)==null||p.load(g,Y({name:`${n.$style.name}-variables`},r)),(m=n.$style)==null||m.loadStyle(Y({name:`${n.$style.name}-style`},r),_),K.setLoadedStyleName(n.$style.name)}if(!K.isStyleNameLoaded(`layer-order`)){var v,y,b=(v=n.$style)==null||(y=v.getLayerOrderThemeCSS)==null?void 0:y.call(v);q.load(b,Y({name:`layer-order`,first:!0},r)),K.setLoadedStyleName(`layer-order`)}}},_loadScopedThemeStyles:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1?arguments[1]:void 0,n=e.preset();if(n&&e.$attrSelector){var r,i,a=(((r=e.$style)==null||(i=r.getPresetTheme)==null?void 0:i.call(r,n,`[${e.$attrSelector}]`))||{}).css;e.scopedStyleEl=(e.$style?.load(a,Y({name:`${e.$attrSelector}-${e.$style.name}`},t))).el}},_themeChangeListener:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:function(){};El.clearLoadedStyleNames(),ol.on(`theme:change`,e)},_removeThemeListeners:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{};ol.off(`theme:change`,e.$loadStyles),e.$loadStyles=void 0},_hook:function(e,t,n,r,i,a){var o,s,c=`on${Wc(t)}`,l=X._getConfig(r,i),u=n?.$instance,d=X._usePT(u,X._getPT(r==null||(o=r.value)==null?void 0:o.pt,e),X._getOptionValue,`hooks.${c}`),f=X._useDefaultPT(u,l==null||(s=l.pt)==null||(s=s.directives)==null?void 0:s[e],X._getOptionValue,`hooks.${c}`),p={el:n,binding:r,vnode:i,prevVnode:a};d?.(u,p),f?.(u,p)},_mergeProps:function(){var e=arguments.length>1?arguments[1]:void 0,t=[...arguments].slice(2);return jc(e)?e.apply(void 0,t):U.apply(void 0,t)},_extend:function(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=function(n,r,i,a,o){var s,c,l;r._$instances=r._$instances||{};var u=X._getConfig(i,a),d=r._$instances[e]||{},f=Ac(d)?Y(Y({},t),t?.methods):{};r._$instances[e]=Y(Y({},d),{},{$name:e,$host:r,$binding:i,$modifiers:i?.modifiers,$value:i?.value,$el:d.$el||r||void 0,$style:Y({classes:void 0,inlineStyles:void 0,load:function(){},loadCSS:function(){},loadStyle:function(){}},t?.style),$primevueConfig:u,$attrSelector:(s=r.$pd)==null||(s=s[e])==null?void 0:s.attrSelector,defaultPT:function(){return X._getPT(u?.pt,void 0,function(t){var n;return t==null||(n=t.directives)==null?void 0:n[e]})},isUnstyled:function(){var t,n;return((t=r._$instances[e])==null||(t=t.$binding)==null||(t=t.value)==null?void 0:t.unstyled)===void 0?u?.unstyled:(n=r._$instances[e])==null||(n=n.$binding)==null||(n=n.value)==null?void 0:n.unstyled},theme:function(){var t;return(t=r._$instances[e])==null||(t=t.$primevueConfig)==null?void 0:t.theme},preset:function(){var t;return(t=r._$instances[e])==null||(t=t.$binding)==null||(t=t.value)==null?void 0:t.dt},ptm:function(){var t,n=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,i=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return X._getPTValue(r._$instances[e],(t=r._$instances[e])==null||(t=t.$binding)==null||(t=t.value)==null?void 0:t.pt,n,Y({},i))},ptmo:function(){var t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,i=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{};return X._getPTValue(r._$instances[e],t,n,i,!1)},cx:function(){var t,n,i=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,a=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return(t=r._$instances[e])!=null&&t.isUnstyled()?void 0:X._getOptionValue((n=r._$instances[e])==null||(n=n.$style)==null?void 0:n.classes,i,Y({},a))},sx:function(){var t,n=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,i=arguments.length>1&&arguments[1]!==void 0?arguments[1]:!0,a=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{};return i?X._getOptionValue((t=r._$instances[e])==null||(t=t.$style)==null?void 0:t.inlineStyles,n,Y({},a)):void 0}},f),r.$instance=r._$instances[e],(c=(l=r.$instance)[n])==null||c.call(l,r,i,a,o),r[`$${e}`]=r.$instance,X._hook(e,n,r,i,a,o),r.$pd||={},r.$pd[e]=Y(Y({},r.$pd?.[e]),{},{name:e,instance:r._$instances[e]})},r=function(t){var n,r,i,a=t._$instances[e],o=a?.watch,s=function(e){var t,n=e.newValue,r=e.oldValue;return o==null||(t=o.config)==null?void 0:t.call(a,n,r)},c=function(e){var t,n=e.newValue,r=e.oldValue;return o==null||(t=o[`config.ripple`])==null?void 0:t.call(a,n,r)};a.$watchersCallback={config:s,"config.ripple":c},o==null||(n=o.config)==null||n.call(a,a?.$primevueConfig),Vu.on(`config:change`,s),o==null||(r=o[`config.ripple`])==null||r.call(a,a==null||(i=a.$primevueConfig)==null?void 0:i.ripple),Vu.on(`config:ripple:change`,c)},i=function(t){var n=t._$instances[e].$watchersCallback;n&&(Vu.off(`config:change`,n.config),Vu.off(`config:ripple:change`,n[`config.ripple`]),t._$instances[e].$watchersCallback=void 0)};return{created:function(t,r,i,a){t.$pd||={},t.$pd[e]={name:e,attrSelector:qc(`pd`)},n(`created`,t,r,i,a)},beforeMount:function(t,i,a,o){X._loadStyles(t.$pd[e]?.instance,i,a),n(`beforeMount`,t,i,a,o),r(t)},mounted:function(t,r,i,a){X._loadStyles(t.$pd[e]?.instance,r,i),n(`mounted`,t,r,i,a)},beforeUpdate:function(e,t,r,i){n(`beforeUpdate`,e,t,r,i)},updated:function(t,r,i,a){X._loadStyles(t.$pd[e]?.instance,r,i),n(`updated`,t,r,i,a)},beforeUnmount:function(t,r,a,o){i(t),X._removeThemeListeners(t.$pd[e]?.instance),n(`beforeUnmount`,t,r,a,o)},unmounted:function(t,r,i,a){var o;(o=t.$pd[e])==null||(o=o.instance)==null||(o=o.scopedStyleEl)==null||(o=o.value)==null||o.remove(),n(`unmounted`,t,r,i,a)}}},extend:function(){var e=Uu(X._getMeta.apply(X,arguments),2),t=e[0],n=e[1];return Y({extend:function(){var e=Uu(X._getMeta.apply(X,arguments),2),t=e[0],r=e[1];return X.extend(t,Y(Y(Y({},n),n?.methods),r))}},X._extend(t,n))}},$u=q.extend({name:`ripple-directive`,style:`
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
`,classes:{root:`p-ink`}}),ed=X.extend({style:$u});function td(e){"@babel/helpers - typeof";return td=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},td(e)}function nd(e){return od(e)||ad(e)||id(e)||rd()}function rd(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function id(e,t){if(e){if(typeof e==`string`)return sd(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?sd(e,t):void 0}}function ad(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function od(e){if(Array.isArray(e))return sd(e)}function sd(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function cd(e,t,n){return(t=ld(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function ld(e){var t=ud(e,`string`);return td(t)==`symbol`?t:t+``}function ud(e,t){if(td(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(td(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var dd=ed.extend(`ripple`,{watch:{"config.ripple":function(e){e?(this.createRipple(this.$host),this.bindEvents(this.$host),this.$host.setAttribute(`data-pd-ripple`,!0),this.$host.style.overflow=`hidden`,this.$host.style.position=`relative`):(this.remove(this.$host),this.$host.removeAttribute(`data-pd-ripple`))}},unmounted:function(e){this.remove(e)},timeout:void 0,methods:{bindEvents:function(e){e.addEventListener(`mousedown`,this.onMouseDown.bind(this))},unbindEvents:function(e){e.removeEventListener(`mousedown`,this.onMouseDown.bind(this))},createRipple:function(e){var t=this.getInk(e);t||(t=cc(`span`,cd(cd({role:`presentation`,"aria-hidden":!0,"data-p-ink":!0,"data-p-ink-active":!1,class:!this.isUnstyled()&&this.cx(`root`),onAnimationEnd:this.onAnimationEnd.bind(this)},this.$attrSelector,``),`p-bind`,this.ptm(`root`))),e.appendChild(t),this.$el=t)},remove:function(e){var t=this.getInk(e);t&&(this.$host.style.overflow=``,this.$host.style.position=``,this.unbindEvents(e),t.removeEventListener(`animationend`,this.onAnimationEnd),t.remove())},onMouseDown:function(e){var t=this,n=e.currentTarget,r=this.getInk(n);if(r&&getComputedStyle(r,null).display!==`none`){if(!this.isUnstyled()&&Qs(r,`p-ink-active`),r.setAttribute(`data-p-ink-active`,`false`),!hc(r)&&!yc(r)){var i=Math.max(rc(n),vc(n));r.style.height=i+`px`,r.style.width=i+`px`}var a=_c(n),o=e.pageX-a.left+document.body.scrollTop-yc(r)/2,s=e.pageY-a.top+document.body.scrollLeft-hc(r)/2;r.style.top=s+`px`,r.style.left=o+`px`,!this.isUnstyled()&&Ys(r,`p-ink-active`),r.setAttribute(`data-p-ink-active`,`true`),this.timeout=setTimeout(function(){r&&(!t.isUnstyled()&&Qs(r,`p-ink-active`),r.setAttribute(`data-p-ink-active`,`false`))},401)}},onAnimationEnd:function(e){this.timeout&&clearTimeout(this.timeout),!this.isUnstyled()&&Qs(e.currentTarget,`p-ink-active`),e.currentTarget.setAttribute(`data-p-ink-active`,`false`)},getInk:function(e){return e&&e.children?nd(e.children).find(function(e){return fc(e,`data-pc-name`)===`ripple`}):void 0}}}),fd=`
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
`;function pd(e){"@babel/helpers - typeof";return pd=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},pd(e)}function md(e,t,n){return(t=hd(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function hd(e){var t=gd(e,`string`);return pd(t)==`symbol`?t:t+``}function gd(e,t){if(pd(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(pd(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var _d=q.extend({name:`button`,style:fd,classes:{root:function(e){var t=e.instance,n=e.props;return[`p-button p-component`,md(md(md(md(md(md(md(md(md({"p-button-icon-only":t.hasIcon&&!n.label&&!n.badge,"p-button-vertical":(n.iconPos===`top`||n.iconPos===`bottom`)&&n.label,"p-button-loading":n.loading,"p-button-link":n.link||n.variant===`link`},`p-button-${n.severity}`,n.severity),`p-button-raised`,n.raised),`p-button-rounded`,n.rounded),`p-button-text`,n.text||n.variant===`text`),`p-button-outlined`,n.outlined||n.variant===`outlined`),`p-button-sm`,n.size===`small`),`p-button-lg`,n.size===`large`),`p-button-plain`,n.plain),`p-button-fluid`,t.hasFluid)]},loadingIcon:`p-button-loading-icon`,icon:function(e){var t=e.props;return[`p-button-icon`,md({},`p-button-icon-${t.iconPos}`,t.label)]},label:`p-button-label`}}),vd={name:`BaseButton`,extends:hu,props:{label:{type:String,default:null},icon:{type:String,default:null},iconPos:{type:String,default:`left`},iconClass:{type:[String,Object],default:null},badge:{type:String,default:null},badgeClass:{type:[String,Object],default:null},badgeSeverity:{type:String,default:`secondary`},loading:{type:Boolean,default:!1},loadingIcon:{type:String,default:void 0},as:{type:[String,Object],default:`BUTTON`},asChild:{type:Boolean,default:!1},link:{type:Boolean,default:!1},severity:{type:String,default:null},raised:{type:Boolean,default:!1},rounded:{type:Boolean,default:!1},text:{type:Boolean,default:!1},outlined:{type:Boolean,default:!1},size:{type:String,default:null},variant:{type:String,default:null},plain:{type:Boolean,default:!1},fluid:{type:Boolean,default:null}},style:_d,provide:function(){return{$pcButton:this,$parentInstance:this}}};function yd(e){"@babel/helpers - typeof";return yd=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},yd(e)}function bd(e,t,n){return(t=xd(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function xd(e){var t=Sd(e,`string`);return yd(t)==`symbol`?t:t+``}function Sd(e,t){if(yd(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(yd(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Cd={name:`Button`,extends:vd,inheritAttrs:!1,inject:{$pcFluid:{default:null}},methods:{getPTOptions:function(e){return(e===`root`?this.ptmi:this.ptm)(e,{context:{disabled:this.disabled}})}},computed:{disabled:function(){return this.$attrs.disabled||this.$attrs.disabled===``||this.loading},defaultAriaLabel:function(){return this.label?this.label+(this.badge?` `+this.badge:``):this.$attrs.ariaLabel},hasIcon:function(){return this.icon||this.$slots.icon},attrs:function(){return U(this.asAttrs,this.a11yAttrs,this.getPTOptions(`root`))},asAttrs:function(){return this.as===`BUTTON`?{type:`button`,disabled:this.disabled}:void 0},a11yAttrs:function(){return{"aria-label":this.defaultAriaLabel,"data-pc-name":`button`,"data-p-disabled":this.disabled,"data-p-severity":this.severity}},hasFluid:function(){return Ac(this.fluid)?!!this.$pcFluid:this.fluid},dataP:function(){return qs(bd(bd(bd(bd(bd(bd(bd(bd(bd(bd({},this.size,this.size),`icon-only`,this.hasIcon&&!this.label&&!this.badge),`loading`,this.loading),`fluid`,this.hasFluid),`rounded`,this.rounded),`raised`,this.raised),`outlined`,this.outlined||this.variant===`outlined`),`text`,this.text||this.variant===`text`),`link`,this.link||this.variant===`link`),`vertical`,(this.iconPos===`top`||this.iconPos===`bottom`)&&this.label))},dataIconP:function(){return qs(bd(bd({},this.iconPos,this.iconPos),this.size,this.size))},dataLabelP:function(){return qs(bd(bd({},this.size,this.size),`icon-only`,this.hasIcon&&!this.label&&!this.badge))}},components:{SpinnerIcon:wu,Badge:Ru},directives:{ripple:dd}},wd=[`data-p`],Td=[`data-p`];function Ed(e,t,n,r,i,a){var o=Yr(`SpinnerIcon`),s=Yr(`Badge`),c=Qr(`ripple`);return e.asChild?P(e.$slots,`default`,{key:1,class:ye(e.cx(`root`)),a11yAttrs:a.a11yAttrs}):Rn((L(),z(Zr(e.as),U({key:0,class:e.cx(`root`),"data-p":a.dataP},a.attrs),{default:Ln(function(){return[P(e.$slots,`default`,{},function(){return[e.loading?P(e.$slots,`loadingicon`,U({key:0,class:[e.cx(`loadingIcon`),e.cx(`icon`)]},e.ptm(`loadingIcon`)),function(){return[e.loadingIcon?(L(),R(`span`,U({key:0,class:[e.cx(`loadingIcon`),e.cx(`icon`),e.loadingIcon]},e.ptm(`loadingIcon`)),null,16)):(L(),z(o,U({key:1,class:[e.cx(`loadingIcon`),e.cx(`icon`)],spin:``},e.ptm(`loadingIcon`)),null,16,[`class`]))]}):P(e.$slots,`icon`,U({key:1,class:[e.cx(`icon`)]},e.ptm(`icon`)),function(){return[e.icon?(L(),R(`span`,U({key:0,class:[e.cx(`icon`),e.icon,e.iconClass],"data-p":a.dataIconP},e.ptm(`icon`)),null,16,wd)):H(``,!0)]}),e.label?(L(),R(`span`,U({key:2,class:e.cx(`label`)},e.ptm(`label`),{"data-p":a.dataLabelP}),O(e.label),17,Td)):H(``,!0),e.badge?(L(),z(s,{key:3,value:e.badge,class:ye(e.badgeClass),severity:e.badgeSeverity,unstyled:e.unstyled,pt:e.ptm(`pcBadge`)},null,8,[`value`,`class`,`severity`,`unstyled`,`pt`])):H(``,!0)]})]}),_:3},16,[`class`,`data-p`])),[[c]])}Cd.render=Ed;var Dd={name:`TimesIcon`,extends:Cu};function Od(e){return Md(e)||jd(e)||Ad(e)||kd()}function kd(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Ad(e,t){if(e){if(typeof e==`string`)return Nd(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Nd(e,t):void 0}}function jd(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function Md(e){if(Array.isArray(e))return Nd(e)}function Nd(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function Pd(e,t,n,r,i,a){return L(),R(`svg`,U({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),Od(t[0]||=[B(`path`,{d:`M8.01186 7.00933L12.27 2.75116C12.341 2.68501 12.398 2.60524 12.4375 2.51661C12.4769 2.42798 12.4982 2.3323 12.4999 2.23529C12.5016 2.13827 12.4838 2.0419 12.4474 1.95194C12.4111 1.86197 12.357 1.78024 12.2884 1.71163C12.2198 1.64302 12.138 1.58893 12.0481 1.55259C11.9581 1.51625 11.8617 1.4984 11.7647 1.50011C11.6677 1.50182 11.572 1.52306 11.4834 1.56255C11.3948 1.60204 11.315 1.65898 11.2488 1.72997L6.99067 5.98814L2.7325 1.72997C2.59553 1.60234 2.41437 1.53286 2.22718 1.53616C2.03999 1.53946 1.8614 1.61529 1.72901 1.74767C1.59663 1.88006 1.5208 2.05865 1.5175 2.24584C1.5142 2.43303 1.58368 2.61419 1.71131 2.75116L5.96948 7.00933L1.71131 11.2675C1.576 11.403 1.5 11.5866 1.5 11.7781C1.5 11.9696 1.576 12.1532 1.71131 12.2887C1.84679 12.424 2.03043 12.5 2.2219 12.5C2.41338 12.5 2.59702 12.424 2.7325 12.2887L6.99067 8.03052L11.2488 12.2887C11.3843 12.424 11.568 12.5 11.7594 12.5C11.9509 12.5 12.1346 12.424 12.27 12.2887C12.4053 12.1532 12.4813 11.9696 12.4813 11.7781C12.4813 11.5866 12.4053 11.403 12.27 11.2675L8.01186 7.00933Z`,fill:`currentColor`},null,-1)]),16)}Dd.render=Pd;var Fd=q.extend({name:`message`,style:`
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
`,classes:{root:function(e){var t=e.props;return[`p-message p-component p-message-`+t.severity,{"p-message-outlined":t.variant===`outlined`,"p-message-simple":t.variant===`simple`,"p-message-sm":t.size===`small`,"p-message-lg":t.size===`large`}]},contentWrapper:`p-message-content-wrapper`,content:`p-message-content`,icon:`p-message-icon`,text:`p-message-text`,closeButton:`p-message-close-button`,closeIcon:`p-message-close-icon`}}),Id={name:`BaseMessage`,extends:hu,props:{severity:{type:String,default:`info`},closable:{type:Boolean,default:!1},life:{type:Number,default:null},icon:{type:String,default:void 0},closeIcon:{type:String,default:void 0},closeButtonProps:{type:null,default:null},size:{type:String,default:null},variant:{type:String,default:null}},style:Fd,provide:function(){return{$pcMessage:this,$parentInstance:this}}};function Ld(e){"@babel/helpers - typeof";return Ld=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Ld(e)}function Rd(e,t,n){return(t=zd(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function zd(e){var t=Bd(e,`string`);return Ld(t)==`symbol`?t:t+``}function Bd(e,t){if(Ld(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Ld(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Vd={name:`Message`,extends:Id,inheritAttrs:!1,emits:[`close`,`life-end`],timeout:null,data:function(){return{visible:!0}},mounted:function(){var e=this;this.life&&setTimeout(function(){e.visible=!1,e.$emit(`life-end`)},this.life)},methods:{close:function(e){this.visible=!1,this.$emit(`close`,e)}},computed:{closeAriaLabel:function(){return this.$primevue.config.locale.aria?this.$primevue.config.locale.aria.close:void 0},dataP:function(){return qs(Rd(Rd({outlined:this.variant===`outlined`,simple:this.variant===`simple`},this.severity,this.severity),this.size,this.size))}},directives:{ripple:dd},components:{TimesIcon:Dd}};function Hd(e){"@babel/helpers - typeof";return Hd=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Hd(e)}function Ud(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function Wd(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?Ud(Object(n),!0).forEach(function(t){Gd(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):Ud(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function Gd(e,t,n){return(t=Kd(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Kd(e){var t=qd(e,`string`);return Hd(t)==`symbol`?t:t+``}function qd(e,t){if(Hd(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Hd(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Jd=[`data-p`],Yd=[`data-p`],Xd=[`data-p`],Zd=[`aria-label`,`data-p`],Qd=[`data-p`];function $d(e,t,n,r,i,a){var o=Yr(`TimesIcon`),s=Qr(`ripple`);return L(),z(So,U({name:`p-message`,appear:``},e.ptmi(`transition`)),{default:Ln(function(){return[i.visible?(L(),R(`div`,U({key:0,class:e.cx(`root`),role:`alert`,"aria-live":`assertive`,"aria-atomic":`true`,"data-p":a.dataP},e.ptm(`root`)),[B(`div`,U({class:e.cx(`contentWrapper`)},e.ptm(`contentWrapper`)),[e.$slots.container?P(e.$slots,`container`,{key:0,closeCallback:a.close}):(L(),R(`div`,U({key:1,class:e.cx(`content`),"data-p":a.dataP},e.ptm(`content`)),[P(e.$slots,`icon`,{class:ye(e.cx(`icon`))},function(){return[(L(),z(Zr(e.icon?`span`:null),U({class:[e.cx(`icon`),e.icon],"data-p":a.dataP},e.ptm(`icon`)),null,16,[`class`,`data-p`]))]}),e.$slots.default?(L(),R(`div`,U({key:0,class:e.cx(`text`),"data-p":a.dataP},e.ptm(`text`)),[P(e.$slots,`default`)],16,Xd)):H(``,!0),e.closable?Rn((L(),R(`button`,U({key:1,class:e.cx(`closeButton`),"aria-label":a.closeAriaLabel,type:`button`,onClick:t[0]||=function(e){return a.close(e)},"data-p":a.dataP},Wd(Wd({},e.closeButtonProps),e.ptm(`closeButton`))),[P(e.$slots,`closeicon`,{},function(){return[e.closeIcon?(L(),R(`i`,U({key:0,class:[e.cx(`closeIcon`),e.closeIcon],"data-p":a.dataP},e.ptm(`closeIcon`)),null,16,Qd)):(L(),z(o,U({key:1,class:[e.cx(`closeIcon`),e.closeIcon],"data-p":a.dataP},e.ptm(`closeIcon`)),null,16,[`class`,`data-p`]))]})],16,Zd)),[[s]]):H(``,!0)],16,Yd))],16)],16,Jd)):H(``,!0)]}),_:3},16)}Vd.render=$d;var ef=Vt({health:null,error:``,loading:!1}),tf=Ut(ef),nf=0;async function rf(){let e=++nf;ef.loading=!0;try{let t=await ws(`/civitai/health`);if(e!==nf)return;ef.health=t,ef.error=``}catch(t){if(e!==nf)return;ef.health=null,ef.error=t?.message||String(t)}finally{e===nf&&(ef.loading=!1)}}function af(){if(!(ef.health||ef.loading))return rf()}function of(e){ef.health&&e&&(ef.health={...ef.health,keys:{...e}})}var sf={title:`Civitai Sidebar`,views:{image:`Civitai image`,workflow:`This workflow`,imageTitle:`From a Civitai image`,workflowTitle:`The models this workflow needs`},image:{inputLabel:`Civitai image or model: ID, link or AIR`,inputPlaceholder:`123456, https://civitai.red/images/123456, a model link or an AIR`,load:`Load`,loading:`Loading the image…`,empty:`Paste the ID or link of a Civitai image (civitai.com, .red or .green) to see its parameters and the models it used, or a model link or AIR to get that model.`,openOnCivitai:`Open on Civitai`,by:`by {user}`,noMeta:`This image has no generation parameters on Civitai.`,parameters:`Parameters`,notices:`Notices`,resources:`Resources`,modelVersion:`version {version}`,modelNoParams:`A model link names a model, not an image: there are no generation parameters to build a workflow from. Download its file below.`},params:{prompt:`Prompt`,negative_prompt:`Negative`,model:`Model`,sampler:`Sampler`,scheduler:`Scheduler`,steps:`Steps`,cfg:`CFG`,seed:`Seed`,size:`Size`,clip_skip:`Clip skip`,denoise:`Denoise`,vae:`VAE`,hires:`Hires fix`,hiresSteps:`{steps} steps`,hiresDenoise:`denoise {denoise}`},workflow:{refresh:`Refresh`,checking:`Checking the open workflow…`,summary:`{count} models referenced`,noModels:`The open workflow does not load any model file.`,notes:`Notes`,customNodes:`Node types this ComfyUI lacks`,customNodesHint:`ComfyUI cannot run the workflow until it has them.`,noGraph:`No workflow is open.`,nodeCore:`Update ComfyUI: a core node of a newer ComfyUI (this graph was made with ComfyUI {version}).`,nodeCoreNoVersion:`Update ComfyUI: a core node of a newer ComfyUI.`,nodePack:`Install the pack {pack} with ComfyUI-Manager.`,nodePackVersion:`Install the pack {pack} ({version}) with ComfyUI-Manager.`,nodeVersion:`version {version}`,nodeCommit:`commit {commit}`,nodeUnknown:`No one knows which pack provides it: the workflow does not say. Search ComfyUI-Manager for the node type.`},list:{missing:`{count} missing`,noneMissing:`Nothing missing`,downloadAll:`Download All Missing`,downloadingAll:`Downloading... ({done}/{total})`,cancelAll:`Cancel All`,empty:`No resources.`,skipped:`{count} skipped by Download All: their source refuses them for now (see each card)`},card:{kind:{checkpoint:`Checkpoint`,diffusion_model:`Diffusion model`,lora:`LoRA`,embedding:`Embedding`,vae:`VAE`,upscaler:`Upscaler`,controlnet:`ControlNet`,hypernetwork:`Hypernetwork`,text_encoder:`Text encoder`,clip_vision:`CLIP vision`,motion_module:`Motion module`,model:`Model`},weight:`weight {weight}`,openPage:`Open the model page on Civitai`,present:`On disk`,download:`Download`,looking:`Looking for a source…`,cannotResolve:`Cannot resolve`,waiting:`Waiting in the queue…`,cancel:`Cancel`,verifying:`Verifying SHA256...`,retry:`Retry`,cancelled:`Cancelled`,confirm:`Use this file`,confirmHint:`Likely match, not certain:`,workflowLoads:`The workflow loads:`,civitaiHas:`Civitai has:`,sourceHas:`The source has:`,savedAs:`“Use this file” saves it as {name}, the name the workflow loads.`,needsKey:`Needs a Civitai API key — add it in Settings → Civitai`,earlyAccess:`Early access until {date}`,elsewhere:`In another folder`,mutedNode:`only used by muted or bypassed nodes`,unknownSize:`{done} MB`,bytes:`{done} / {total} MB`,retrying:`retrying in {seconds} s, {attempt} of {of}`,keyThenRetry:`Retry appears once the key is set.`},generate:{button:`Generate Workflow`,ownWorkflow:`Load the image's own workflow`,working:`Building the workflow…`,dialogTitle:`Some models are missing`,dialogText:`The workflow will load, but ComfyUI cannot run it until these files are on disk:`,continue:`Continue`,cancel:`Cancel`,loaded:`Workflow loaded · {count} nodes · {type}`,ownLoaded:`Image's workflow loaded · {count} nodes`,notLoaded:`ComfyUI did not load the workflow (see its message).`},status:{title:`Status`,backend:`Backend`,refresh:`Refresh`,checking:`Checking the backend…`,unreachable:`Cannot reach the Civitai Sidebar backend: {error}`,version:`Version`,civitai:`Civitai`,huggingface:`Hugging Face`,civitaiKey:`Civitai key`,hfToken:`Hugging Face token`,set:`set`,notSet:`not set`},toast:{downloaded:`Downloaded`,downloadFailed:`Download failed`,keySaved:`Key saved on the server`,keyForgotten:`Key removed from the server`,keyFailed:`Could not save the key`,settingFailed:`Could not apply the setting`},settings:{civitaiKey:`Civitai API key`,hfToken:`Hugging Face token`,concurrency:`Parallel downloads`,keyTooltip:`Kept by the Civitai Sidebar on the server, never in ComfyUI's settings file. Paste a key to set it; empty the field to remove it.`,concurrencyTooltip:`How many files download at the same time (1-8).`,keyPlaceholder:`not set`}},cf={en:sf,zh:{title:`Civitai 侧边栏`,views:{image:`Civitai 图片`,workflow:`当前工作流`,imageTitle:`来自 Civitai 图片`,workflowTitle:`当前工作流需要的模型`},image:{inputLabel:`Civitai 图片或模型：ID、链接或 AIR`,inputPlaceholder:`123456、https://civitai.red/images/123456、模型链接或 AIR`,load:`加载`,loading:`正在加载图片…`,empty:`粘贴 Civitai 图片（civitai.com、.red 或 .green）的 ID 或链接，查看其生成参数和所用模型；或粘贴模型链接或 AIR 获取该模型。`,openOnCivitai:`在 Civitai 上打开`,by:`作者 {user}`,noMeta:`这张图片在 Civitai 上没有生成参数。`,parameters:`参数`,notices:`提示`,resources:`资源`,modelVersion:`版本 {version}`,modelNoParams:`模型链接指向的是模型而不是图片：没有可用于生成工作流的参数。请在下方下载其文件。`},params:{prompt:`提示词`,negative_prompt:`负面提示词`,model:`模型`,sampler:`采样器`,scheduler:`调度器`,steps:`步数`,cfg:`CFG`,seed:`种子`,size:`尺寸`,clip_skip:`CLIP 跳过层`,denoise:`降噪`,vae:`VAE`,hires:`高清修复`,hiresSteps:`{steps} 步`,hiresDenoise:`降噪 {denoise}`},workflow:{refresh:`刷新`,checking:`正在检查当前工作流…`,summary:`引用了 {count} 个模型`,noModels:`当前工作流没有加载任何模型文件。`,notes:`说明`,customNodes:`此 ComfyUI 缺少的节点类型`,customNodesHint:`在具备这些节点之前，ComfyUI 无法运行此工作流。`,noGraph:`没有打开的工作流。`,nodeCore:`请更新 ComfyUI：这是较新版本 ComfyUI 的核心节点（此工作流由 ComfyUI {version} 创建）。`,nodeCoreNoVersion:`请更新 ComfyUI：这是较新版本 ComfyUI 的核心节点。`,nodePack:`请用 ComfyUI-Manager 安装节点包 {pack}。`,nodePackVersion:`请用 ComfyUI-Manager 安装节点包 {pack}（{version}）。`,nodeVersion:`版本 {version}`,nodeCommit:`提交 {commit}`,nodeUnknown:`无法得知由哪个节点包提供：工作流中没有记录。请在 ComfyUI-Manager 中搜索此节点类型。`},list:{missing:`缺少 {count} 个`,noneMissing:`没有缺少的模型`,downloadAll:`下载全部缺少的模型`,downloadingAll:`下载中... ({done}/{total})`,cancelAll:`全部取消`,empty:`没有资源。`,skipped:`全部下载跳过了 {count} 个：来源暂时拒绝下载（见各卡片）`},card:{kind:{checkpoint:`Checkpoint`,diffusion_model:`扩散模型`,lora:`LoRA`,embedding:`嵌入`,vae:`VAE`,upscaler:`放大模型`,controlnet:`ControlNet`,hypernetwork:`超网络`,text_encoder:`文本编码器`,clip_vision:`CLIP 视觉`,motion_module:`运动模块`,model:`模型`},weight:`权重 {weight}`,openPage:`在 Civitai 上打开模型页面`,present:`已在磁盘上`,download:`下载`,looking:`正在查找下载来源…`,cannotResolve:`无法解析`,waiting:`排队等待中…`,cancel:`取消`,verifying:`正在校验 SHA256...`,retry:`重试`,cancelled:`已取消`,confirm:`使用此文件`,confirmHint:`可能的匹配，但不确定：`,workflowLoads:`工作流加载：`,civitaiHas:`Civitai 上的文件：`,sourceHas:`来源的文件：`,savedAs:`“使用此文件”会将其保存为 {name}，即工作流加载的名称。`,needsKey:`需要 Civitai API 密钥——请在 设置 → Civitai 中添加`,earlyAccess:`抢先体验至 {date}`,elsewhere:`在其他文件夹中`,mutedNode:`仅被已静音或绕过的节点使用`,unknownSize:`{done} MB`,bytes:`{done} / {total} MB`,retrying:`{seconds} 秒后重试，第 {attempt}/{of} 次`,keyThenRetry:`设置密钥后即可重试。`},generate:{button:`生成工作流`,ownWorkflow:`加载图片自带的工作流`,working:`正在生成工作流…`,dialogTitle:`缺少一些模型`,dialogText:`工作流可以加载，但在这些文件下载到磁盘之前，ComfyUI 无法运行它：`,continue:`继续`,cancel:`取消`,loaded:`工作流已加载 · {count} 个节点 · {type}`,ownLoaded:`图片自带的工作流已加载 · {count} 个节点`,notLoaded:`ComfyUI 没有加载该工作流（请查看它的提示）。`},status:{title:`状态`,backend:`后端`,refresh:`刷新`,checking:`正在检查后端…`,unreachable:`无法连接 Civitai 侧边栏后端：{error}`,version:`版本`,civitai:`Civitai`,huggingface:`Hugging Face`,civitaiKey:`Civitai 密钥`,hfToken:`Hugging Face 令牌`,set:`已设置`,notSet:`未设置`},toast:{downloaded:`下载完成`,downloadFailed:`下载失败`,keySaved:`密钥已保存到服务器`,keyForgotten:`密钥已从服务器删除`,keyFailed:`无法保存密钥`,settingFailed:`无法应用该设置`},settings:{civitaiKey:`Civitai API 密钥`,hfToken:`Hugging Face 令牌`,concurrency:`同时下载数`,keyTooltip:`由 Civitai 侧边栏保存在服务器上，绝不写入 ComfyUI 的设置文件。粘贴密钥即可设置；清空输入框即可删除。`,concurrencyTooltip:`同时下载的文件数（1-8）。`,keyPlaceholder:`未设置`}}},lf=$t(`en`);function uf(e){return typeof e==`string`&&e.toLowerCase().startsWith(`zh`)?`zh`:`en`}function df(){lf.value=uf(js(`Comfy.Locale`))}function ff(e,t){return t.split(`.`).reduce((e,t)=>e?.[t],e)}function Z(e,t={}){let n=ff(cf[lf.value],e)??ff(sf,e);return typeof n==`string`?n.replace(/\{(\w+)\}/g,(e,n)=>n in t?String(t[n]):e):e}var pf=[`aria-busy`],mf={class:`cs-health-heading`},hf={class:`cs-subtitle`},gf={key:0,class:`cs-muted`,"data-testid":`health-loading`},_f={key:2,class:`cs-facts`},vf={"data-testid":`health-version`},yf={"data-testid":`health-civitai-url`},bf={"data-testid":`health-hf-url`},xf=[`data-configured`],Sf=[`data-configured`],Cf={__name:`HealthPanel`,setup(e){let t=W(()=>tf.health);function n(e){return Z(e===!0?`status.set`:`status.notSet`)}return(e,r)=>(L(),R(`div`,{class:`cs-health`,"data-testid":`civitai-health`,"aria-busy":M(tf).loading},[B(`div`,mf,[B(`h3`,hf,O(M(Z)(`status.backend`)),1),V(M(Cd),{label:M(Z)(`status.refresh`),icon:`pi pi-refresh`,"loading-icon":`pi pi-spin pi-spinner`,loading:M(tf).loading,"data-testid":`health-refresh`,onClick:M(rf)},null,8,[`label`,`loading`,`onClick`])]),M(tf).loading&&!t.value?(L(),R(`p`,gf,O(M(Z)(`status.checking`)),1)):M(tf).error?(L(),z(M(Vd),{key:1,severity:`error`,"data-testid":`health-error`},{default:Ln(()=>[Na(O(M(Z)(`status.unreachable`,{error:M(tf).error})),1)]),_:1})):t.value?(L(),R(`dl`,_f,[B(`dt`,null,O(M(Z)(`status.version`)),1),B(`dd`,vf,O(t.value.version),1),B(`dt`,null,O(M(Z)(`status.civitai`)),1),B(`dd`,yf,O(t.value.api?.civitai),1),B(`dt`,null,O(M(Z)(`status.huggingface`)),1),B(`dd`,bf,O(t.value.api?.huggingface),1),B(`dt`,null,O(M(Z)(`status.civitaiKey`)),1),B(`dd`,{"data-testid":`health-key-civitai`,"data-configured":t.value.keys?.civitai===!0},O(n(t.value.keys?.civitai)),9,xf),B(`dt`,null,O(M(Z)(`status.hfToken`)),1),B(`dd`,{"data-testid":`health-key-hf`,"data-configured":t.value.keys?.huggingface===!0},O(n(t.value.keys?.huggingface)),9,Sf)])):H(``,!0)],8,pf))}},wf={name:`WindowMaximizeIcon`,extends:Cu};function Tf(e){return kf(e)||Of(e)||Df(e)||Ef()}function Ef(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Df(e,t){if(e){if(typeof e==`string`)return Af(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Af(e,t):void 0}}function Of(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function kf(e){if(Array.isArray(e))return Af(e)}function Af(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function jf(e,t,n,r,i,a){return L(),R(`svg`,U({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),Tf(t[0]||=[B(`path`,{"fill-rule":`evenodd`,"clip-rule":`evenodd`,d:`M7 14H11.8C12.3835 14 12.9431 13.7682 13.3556 13.3556C13.7682 12.9431 14 12.3835 14 11.8V2.2C14 1.61652 13.7682 1.05694 13.3556 0.644365C12.9431 0.231785 12.3835 0 11.8 0H2.2C1.61652 0 1.05694 0.231785 0.644365 0.644365C0.231785 1.05694 0 1.61652 0 2.2V7C0 7.15913 0.063214 7.31174 0.175736 7.42426C0.288258 7.53679 0.44087 7.6 0.6 7.6C0.75913 7.6 0.911742 7.53679 1.02426 7.42426C1.13679 7.31174 1.2 7.15913 1.2 7V2.2C1.2 1.93478 1.30536 1.68043 1.49289 1.49289C1.68043 1.30536 1.93478 1.2 2.2 1.2H11.8C12.0652 1.2 12.3196 1.30536 12.5071 1.49289C12.6946 1.68043 12.8 1.93478 12.8 2.2V11.8C12.8 12.0652 12.6946 12.3196 12.5071 12.5071C12.3196 12.6946 12.0652 12.8 11.8 12.8H7C6.84087 12.8 6.68826 12.8632 6.57574 12.9757C6.46321 13.0883 6.4 13.2409 6.4 13.4C6.4 13.5591 6.46321 13.7117 6.57574 13.8243C6.68826 13.9368 6.84087 14 7 14ZM9.77805 7.42192C9.89013 7.534 10.0415 7.59788 10.2 7.59995C10.3585 7.59788 10.5099 7.534 10.622 7.42192C10.7341 7.30985 10.798 7.15844 10.8 6.99995V3.94242C10.8066 3.90505 10.8096 3.86689 10.8089 3.82843C10.8079 3.77159 10.7988 3.7157 10.7824 3.6623C10.756 3.55552 10.701 3.45698 10.622 3.37798C10.5099 3.2659 10.3585 3.20202 10.2 3.19995H7.00002C6.84089 3.19995 6.68828 3.26317 6.57576 3.37569C6.46324 3.48821 6.40002 3.64082 6.40002 3.79995C6.40002 3.95908 6.46324 4.11169 6.57576 4.22422C6.68828 4.33674 6.84089 4.39995 7.00002 4.39995H8.80006L6.19997 7.00005C6.10158 7.11005 6.04718 7.25246 6.04718 7.40005C6.04718 7.54763 6.10158 7.69004 6.19997 7.80005C6.30202 7.91645 6.44561 7.98824 6.59997 8.00005C6.75432 7.98824 6.89791 7.91645 6.99997 7.80005L9.60002 5.26841V6.99995C9.6021 7.15844 9.66598 7.30985 9.77805 7.42192ZM1.4 14H3.8C4.17066 13.9979 4.52553 13.8498 4.78763 13.5877C5.04973 13.3256 5.1979 12.9707 5.2 12.6V10.2C5.1979 9.82939 5.04973 9.47452 4.78763 9.21242C4.52553 8.95032 4.17066 8.80215 3.8 8.80005H1.4C1.02934 8.80215 0.674468 8.95032 0.412371 9.21242C0.150274 9.47452 0.00210008 9.82939 0 10.2V12.6C0.00210008 12.9707 0.150274 13.3256 0.412371 13.5877C0.674468 13.8498 1.02934 13.9979 1.4 14ZM1.25858 10.0586C1.29609 10.0211 1.34696 10 1.4 10H3.8C3.85304 10 3.90391 10.0211 3.94142 10.0586C3.97893 10.0961 4 10.147 4 10.2V12.6C4 12.6531 3.97893 12.704 3.94142 12.7415C3.90391 12.779 3.85304 12.8 3.8 12.8H1.4C1.34696 12.8 1.29609 12.779 1.25858 12.7415C1.22107 12.704 1.2 12.6531 1.2 12.6V10.2C1.2 10.147 1.22107 10.0961 1.25858 10.0586Z`,fill:`currentColor`},null,-1)]),16)}wf.render=jf;var Mf={name:`WindowMinimizeIcon`,extends:Cu};function Nf(e){return Lf(e)||If(e)||Ff(e)||Pf()}function Pf(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Ff(e,t){if(e){if(typeof e==`string`)return Rf(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Rf(e,t):void 0}}function If(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function Lf(e){if(Array.isArray(e))return Rf(e)}function Rf(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function zf(e,t,n,r,i,a){return L(),R(`svg`,U({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),Nf(t[0]||=[B(`path`,{"fill-rule":`evenodd`,"clip-rule":`evenodd`,d:`M11.8 0H2.2C1.61652 0 1.05694 0.231785 0.644365 0.644365C0.231785 1.05694 0 1.61652 0 2.2V7C0 7.15913 0.063214 7.31174 0.175736 7.42426C0.288258 7.53679 0.44087 7.6 0.6 7.6C0.75913 7.6 0.911742 7.53679 1.02426 7.42426C1.13679 7.31174 1.2 7.15913 1.2 7V2.2C1.2 1.93478 1.30536 1.68043 1.49289 1.49289C1.68043 1.30536 1.93478 1.2 2.2 1.2H11.8C12.0652 1.2 12.3196 1.30536 12.5071 1.49289C12.6946 1.68043 12.8 1.93478 12.8 2.2V11.8C12.8 12.0652 12.6946 12.3196 12.5071 12.5071C12.3196 12.6946 12.0652 12.8 11.8 12.8H7C6.84087 12.8 6.68826 12.8632 6.57574 12.9757C6.46321 13.0883 6.4 13.2409 6.4 13.4C6.4 13.5591 6.46321 13.7117 6.57574 13.8243C6.68826 13.9368 6.84087 14 7 14H11.8C12.3835 14 12.9431 13.7682 13.3556 13.3556C13.7682 12.9431 14 12.3835 14 11.8V2.2C14 1.61652 13.7682 1.05694 13.3556 0.644365C12.9431 0.231785 12.3835 0 11.8 0ZM6.368 7.952C6.44137 7.98326 6.52025 7.99958 6.6 8H9.8C9.95913 8 10.1117 7.93678 10.2243 7.82426C10.3368 7.71174 10.4 7.55913 10.4 7.4C10.4 7.24087 10.3368 7.08826 10.2243 6.97574C10.1117 6.86321 9.95913 6.8 9.8 6.8H8.048L10.624 4.224C10.73 4.11026 10.7877 3.95982 10.7849 3.80438C10.7822 3.64894 10.7192 3.50063 10.6093 3.3907C10.4994 3.28077 10.3511 3.2178 10.1956 3.21506C10.0402 3.21232 9.88974 3.27002 9.776 3.376L7.2 5.952V4.2C7.2 4.04087 7.13679 3.88826 7.02426 3.77574C6.91174 3.66321 6.75913 3.6 6.6 3.6C6.44087 3.6 6.28826 3.66321 6.17574 3.77574C6.06321 3.88826 6 4.04087 6 4.2V7.4C6.00042 7.47975 6.01674 7.55862 6.048 7.632C6.07656 7.70442 6.11971 7.7702 6.17475 7.82524C6.2298 7.88029 6.29558 7.92344 6.368 7.952ZM1.4 8.80005H3.8C4.17066 8.80215 4.52553 8.95032 4.78763 9.21242C5.04973 9.47452 5.1979 9.82939 5.2 10.2V12.6C5.1979 12.9707 5.04973 13.3256 4.78763 13.5877C4.52553 13.8498 4.17066 13.9979 3.8 14H1.4C1.02934 13.9979 0.674468 13.8498 0.412371 13.5877C0.150274 13.3256 0.00210008 12.9707 0 12.6V10.2C0.00210008 9.82939 0.150274 9.47452 0.412371 9.21242C0.674468 8.95032 1.02934 8.80215 1.4 8.80005ZM3.94142 12.7415C3.97893 12.704 4 12.6531 4 12.6V10.2C4 10.147 3.97893 10.0961 3.94142 10.0586C3.90391 10.0211 3.85304 10 3.8 10H1.4C1.34696 10 1.29609 10.0211 1.25858 10.0586C1.22107 10.0961 1.2 10.147 1.2 10.2V12.6C1.2 12.6531 1.22107 12.704 1.25858 12.7415C1.29609 12.779 1.34696 12.8 1.4 12.8H3.8C3.85304 12.8 3.90391 12.779 3.94142 12.7415Z`,fill:`currentColor`},null,-1)]),16)}Mf.render=zf;var Bf=q.extend({name:`focustrap-directive`}),Vf=X.extend({style:Bf});function Hf(e){"@babel/helpers - typeof";return Hf=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Hf(e)}function Uf(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function Wf(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?Uf(Object(n),!0).forEach(function(t){Gf(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):Uf(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function Gf(e,t,n){return(t=Kf(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Kf(e){var t=qf(e,`string`);return Hf(t)==`symbol`?t:t+``}function qf(e,t){if(Hf(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Hf(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Jf=Vf.extend(`focustrap`,{mounted:function(e,t){(t.value||{}).disabled||(this.createHiddenFocusableElements(e,t),this.bind(e,t),this.autoElementFocus(e,t)),e.setAttribute(`data-pd-focustrap`,!0),this.$el=e},updated:function(e,t){(t.value||{}).disabled&&this.unbind(e)},unmounted:function(e){this.unbind(e)},methods:{getComputedSelector:function(e){return`:not(.p-hidden-focusable):not([data-p-hidden-focusable="true"])${e??``}`},bind:function(e,t){var n=this,r=t.value||{},i=r.onFocusIn,a=r.onFocusOut;e.$_pfocustrap_mutationobserver=new MutationObserver(function(t){t.forEach(function(t){if(t.type===`childList`&&!e.contains(document.activeElement)){var r=function(t){var i=xc(t)?xc(t,n.getComputedSelector(e.$_pfocustrap_focusableselector))?t:mc(e,n.getComputedSelector(e.$_pfocustrap_focusableselector)):mc(t);return G(i)?i:t.nextSibling&&r(t.nextSibling)};dc(r(t.nextSibling))}})}),e.$_pfocustrap_mutationobserver.disconnect(),e.$_pfocustrap_mutationobserver.observe(e,{childList:!0}),e.$_pfocustrap_focusinlistener=function(e){return i&&i(e)},e.$_pfocustrap_focusoutlistener=function(e){return a&&a(e)},e.addEventListener(`focusin`,e.$_pfocustrap_focusinlistener),e.addEventListener(`focusout`,e.$_pfocustrap_focusoutlistener)},unbind:function(e){e.$_pfocustrap_mutationobserver&&e.$_pfocustrap_mutationobserver.disconnect(),e.$_pfocustrap_focusinlistener&&e.removeEventListener(`focusin`,e.$_pfocustrap_focusinlistener)&&(e.$_pfocustrap_focusinlistener=null),e.$_pfocustrap_focusoutlistener&&e.removeEventListener(`focusout`,e.$_pfocustrap_focusoutlistener)&&(e.$_pfocustrap_focusoutlistener=null)},autoFocus:function(e){this.autoElementFocus(this.$el,{value:Wf(Wf({},e),{},{autoFocus:!0})})},autoElementFocus:function(e,t){var n=t.value||{},r=n.autoFocusSelector,i=r===void 0?``:r,a=n.firstFocusableSelector,o=a===void 0?``:a,s=n.autoFocus,c=s!==void 0&&s,l=mc(e,`[autofocus]${this.getComputedSelector(i)}`);c&&!l&&(l=mc(e,this.getComputedSelector(o))),dc(l)},onFirstHiddenElementFocus:function(e){var t,n=e.currentTarget,r=e.relatedTarget;dc(r===n.$_pfocustrap_lasthiddenfocusableelement||!((t=this.$el)!=null&&t.contains(r))?mc(n.parentElement,this.getComputedSelector(n.$_pfocustrap_focusableselector)):n.$_pfocustrap_lasthiddenfocusableelement)},onLastHiddenElementFocus:function(e){var t,n=e.currentTarget,r=e.relatedTarget;dc(r===n.$_pfocustrap_firsthiddenfocusableelement||!((t=this.$el)!=null&&t.contains(r))?gc(n.parentElement,this.getComputedSelector(n.$_pfocustrap_focusableselector)):n.$_pfocustrap_firsthiddenfocusableelement)},createHiddenFocusableElements:function(e,t){var n=this,r=t.value||{},i=r.tabIndex,a=i===void 0?0:i,o=r.firstFocusableSelector,s=o===void 0?``:o,c=r.lastFocusableSelector,l=c===void 0?``:c,u=function(e){return cc(`span`,{class:`p-hidden-accessible p-hidden-focusable`,tabIndex:a,role:`presentation`,"aria-hidden":!0,"data-p-hidden-accessible":!0,"data-p-hidden-focusable":!0,onFocus:e?.bind(n)})},d=u(this.onFirstHiddenElementFocus),f=u(this.onLastHiddenElementFocus);d.$_pfocustrap_lasthiddenfocusableelement=f,d.$_pfocustrap_focusableselector=s,d.setAttribute(`data-pc-section`,`firstfocusableelement`),f.$_pfocustrap_firsthiddenfocusableelement=d,f.$_pfocustrap_focusableselector=l,f.setAttribute(`data-pc-section`,`lastfocusableelement`),e.prepend(d),e.append(f)}}}),Yf={name:`Portal`,props:{appendTo:{type:[String,Object],default:`body`},disabled:{type:Boolean,default:!1}},data:function(){return{mounted:!1}},mounted:function(){this.mounted=bc()},computed:{inline:function(){return this.disabled||this.appendTo===`self`}}};function Xf(e,t,n,r,i,a){return a.inline?P(e.$slots,`default`,{key:0}):i.mounted?(L(),z(ar,{key:1,to:n.appendTo},[P(e.$slots,`default`)],8,[`to`])):H(``,!0)}Yf.render=Xf;function Zf(){Zs({variableName:bl(`scrollbar.width`).name})}function Qf(){$s({variableName:bl(`scrollbar.width`).name})}var $f=q.extend({name:`dialog`,style:`
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
`,classes:{mask:function(e){var t=e.props,n=[`left`,`right`,`top`,`topleft`,`topright`,`bottom`,`bottomleft`,`bottomright`].find(function(e){return e===t.position});return[`p-dialog-mask`,{"p-overlay-mask p-overlay-mask-enter-active":t.modal},n?`p-dialog-${n}`:``]},root:function(e){var t=e.props,n=e.instance;return[`p-dialog p-component`,{"p-dialog-maximized":t.maximizable&&n.maximized}]},header:`p-dialog-header`,title:`p-dialog-title`,headerActions:`p-dialog-header-actions`,pcMaximizeButton:`p-dialog-maximize-button`,pcCloseButton:`p-dialog-close-button`,content:`p-dialog-content`,footer:`p-dialog-footer`},inlineStyles:{mask:function(e){var t=e.position,n=e.modal;return{position:`fixed`,height:`100%`,width:`100%`,left:0,top:0,display:`flex`,justifyContent:t===`left`||t===`topleft`||t===`bottomleft`?`flex-start`:t===`right`||t===`topright`||t===`bottomright`?`flex-end`:`center`,alignItems:t===`top`||t===`topleft`||t===`topright`?`flex-start`:t===`bottom`||t===`bottomleft`||t===`bottomright`?`flex-end`:`center`,pointerEvents:n?`auto`:`none`}},root:{display:`flex`,flexDirection:`column`,pointerEvents:`auto`}}}),ep={name:`Dialog`,extends:{name:`BaseDialog`,extends:hu,props:{header:{type:null,default:null},footer:{type:null,default:null},visible:{type:Boolean,default:!1},modal:{type:Boolean,default:null},contentStyle:{type:null,default:null},contentClass:{type:String,default:null},contentProps:{type:null,default:null},maximizable:{type:Boolean,default:!1},dismissableMask:{type:Boolean,default:!1},closable:{type:Boolean,default:!0},closeOnEscape:{type:Boolean,default:!0},showHeader:{type:Boolean,default:!0},blockScroll:{type:Boolean,default:!1},baseZIndex:{type:Number,default:0},autoZIndex:{type:Boolean,default:!0},position:{type:String,default:`center`},breakpoints:{type:Object,default:null},draggable:{type:Boolean,default:!0},keepInViewport:{type:Boolean,default:!0},minX:{type:Number,default:0},minY:{type:Number,default:0},appendTo:{type:[String,Object],default:`body`},closeIcon:{type:String,default:void 0},maximizeIcon:{type:String,default:void 0},minimizeIcon:{type:String,default:void 0},closeButtonProps:{type:Object,default:function(){return{severity:`secondary`,text:!0,rounded:!0}}},maximizeButtonProps:{type:Object,default:function(){return{severity:`secondary`,text:!0,rounded:!0}}},_instance:null},style:$f,provide:function(){return{$pcDialog:this,$parentInstance:this}}},inheritAttrs:!1,emits:[`update:visible`,`show`,`hide`,`after-hide`,`maximize`,`unmaximize`,`dragstart`,`dragend`],provide:function(){var e=this;return{dialogRef:W(function(){return e._instance})}},data:function(){return{containerVisible:this.visible,maximized:!1,focusableMax:null,focusableClose:null,target:null}},documentKeydownListener:null,container:null,mask:null,content:null,headerContainer:null,footerContainer:null,maximizableButton:null,closeButton:null,styleElement:null,dragging:null,documentDragListener:null,documentDragEndListener:null,lastPageX:null,lastPageY:null,maskMouseDownTarget:null,updated:function(){this.visible&&(this.containerVisible=this.visible)},beforeUnmount:function(){this.unbindDocumentState(),this.unbindGlobalListeners(),this.destroyStyle(),this.mask&&this.autoZIndex&&Yc.clear(this.mask),this.container=null,this.mask=null},mounted:function(){this.breakpoints&&this.createStyle()},methods:{close:function(){this.$emit(`update:visible`,!1)},onEnter:function(){this.$emit(`show`),this.target=document.activeElement,this.enableDocumentSettings(),this.bindGlobalListeners(),this.autoZIndex&&Yc.set(`modal`,this.mask,this.baseZIndex||this.$primevue.config.zIndex.modal)},onAfterEnter:function(){this.focus()},onBeforeLeave:function(){this.modal&&!this.isUnstyled&&Ys(this.mask,`p-overlay-mask-leave-active`),this.dragging&&this.documentDragEndListener&&this.documentDragEndListener()},onLeave:function(){this.$emit(`hide`),dc(this.target),this.target=null,this.focusableClose=null,this.focusableMax=null},onAfterLeave:function(){this.autoZIndex&&Yc.clear(this.mask),this.containerVisible=!1,this.unbindDocumentState(),this.unbindGlobalListeners(),this.$emit(`after-hide`)},onMaskMouseDown:function(e){this.maskMouseDownTarget=e.target},onMaskMouseUp:function(){this.dismissableMask&&this.modal&&this.mask===this.maskMouseDownTarget&&this.close()},focus:function(){var e=function(e){return e&&e.querySelector(`[autofocus]`)},t=this.$slots.footer&&e(this.footerContainer);t||(t=this.$slots.header&&e(this.headerContainer),t||(t=this.$slots.default&&e(this.content),t||(this.maximizable?(this.focusableMax=!0,t=this.maximizableButton):(this.focusableClose=!0,t=this.closeButton)))),t&&dc(t,{focusVisible:!0})},maximize:function(e){this.maximized?(this.maximized=!1,this.$emit(`unmaximize`,e)):(this.maximized=!0,this.$emit(`maximize`,e)),this.modal||(this.maximized?Zf():Qf())},enableDocumentSettings:function(){(this.modal||!this.modal&&this.blockScroll||this.maximizable&&this.maximized)&&Zf()},unbindDocumentState:function(){(this.modal||!this.modal&&this.blockScroll||this.maximizable&&this.maximized)&&Qf()},onKeyDown:function(e){e.code===`Escape`&&this.closeOnEscape&&!e.isComposing&&this.close()},bindDocumentKeyDownListener:function(){this.documentKeydownListener||(this.documentKeydownListener=this.onKeyDown.bind(this),window.document.addEventListener(`keydown`,this.documentKeydownListener))},unbindDocumentKeyDownListener:function(){this.documentKeydownListener&&=(window.document.removeEventListener(`keydown`,this.documentKeydownListener),null)},containerRef:function(e){this.container=e},maskRef:function(e){this.mask=e},contentRef:function(e){this.content=e},headerContainerRef:function(e){this.headerContainer=e},footerContainerRef:function(e){this.footerContainer=e},maximizableRef:function(e){this.maximizableButton=e?e.$el:void 0},closeButtonRef:function(e){this.closeButton=e?e.$el:void 0},createStyle:function(){if(!this.styleElement&&!this.isUnstyled){var e;this.styleElement=document.createElement(`style`),this.styleElement.type=`text/css`,Sc(this.styleElement,`nonce`,(e=this.$primevue)==null||(e=e.config)==null||(e=e.csp)==null?void 0:e.nonce),document.head.appendChild(this.styleElement);var t=``;for(var n in this.breakpoints)t+=`
                        @media screen and (max-width: ${n}) {
                            .p-dialog[${this.$attrSelector}] {
                                width: ${this.breakpoints[n]} !important;
                            }
                        }
                    `;this.styleElement.innerHTML=t}},destroyStyle:function(){this.styleElement&&=(document.head.removeChild(this.styleElement),null)},initDrag:function(e){e.target.closest(`div`).getAttribute(`data-pc-section`)!==`headeractions`&&this.draggable&&(this.dragging=!0,this.lastPageX=e.pageX,this.lastPageY=e.pageY,this.container.style.margin=`0`,document.body.setAttribute(`data-p-unselectable-text`,`true`),!this.isUnstyled&&nc(document.body,{"user-select":`none`}),this.$emit(`dragstart`,e))},bindGlobalListeners:function(){this.draggable&&(this.bindDocumentDragListener(),this.bindDocumentDragEndListener()),this.closeOnEscape&&this.bindDocumentKeyDownListener()},unbindGlobalListeners:function(){this.unbindDocumentDragListener(),this.unbindDocumentDragEndListener(),this.unbindDocumentKeyDownListener()},bindDocumentDragListener:function(){var e=this;this.documentDragListener=function(t){if(e.dragging){var n=rc(e.container),r=vc(e.container),i=t.pageX-e.lastPageX,a=t.pageY-e.lastPageY,o=e.container.getBoundingClientRect(),s=o.left+i,c=o.top+a,l=ec(),u=getComputedStyle(e.container),d=parseFloat(u.marginLeft),f=parseFloat(u.marginTop);e.container.style.position=`fixed`,e.keepInViewport?(s>=e.minX&&s+n<l.width&&(e.lastPageX=t.pageX,e.container.style.left=s-d+`px`),c>=e.minY&&c+r<l.height&&(e.lastPageY=t.pageY,e.container.style.top=c-f+`px`)):(e.lastPageX=t.pageX,e.container.style.left=s-d+`px`,e.lastPageY=t.pageY,e.container.style.top=c-f+`px`)}},window.document.addEventListener(`mousemove`,this.documentDragListener)},unbindDocumentDragListener:function(){this.documentDragListener&&=(window.document.removeEventListener(`mousemove`,this.documentDragListener),null)},bindDocumentDragEndListener:function(){var e=this;this.documentDragEndListener=function(t){e.dragging&&(e.dragging=!1,document.body.removeAttribute(`data-p-unselectable-text`),!e.isUnstyled&&(document.body.style[`user-select`]=``),e.$emit(`dragend`,t))},window.document.addEventListener(`mouseup`,this.documentDragEndListener)},unbindDocumentDragEndListener:function(){this.documentDragEndListener&&=(window.document.removeEventListener(`mouseup`,this.documentDragEndListener),null)}},computed:{maximizeIconComponent:function(){return this.maximized?this.minimizeIcon?`span`:`WindowMinimizeIcon`:this.maximizeIcon?`span`:`WindowMaximizeIcon`},ariaLabelledById:function(){return this.header!=null||this.$attrs[`aria-labelledby`]!==null?this.$id+`_header`:null},closeAriaLabel:function(){return this.$primevue.config.locale.aria?this.$primevue.config.locale.aria.close:void 0},dataP:function(){return qs({maximized:this.maximized,modal:this.modal})}},directives:{ripple:dd,focustrap:Jf},components:{Button:Cd,Portal:Yf,WindowMinimizeIcon:Mf,WindowMaximizeIcon:wf,TimesIcon:Dd}};function tp(e){"@babel/helpers - typeof";return tp=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},tp(e)}function np(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function rp(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?np(Object(n),!0).forEach(function(t){ip(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):np(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function ip(e,t,n){return(t=ap(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function ap(e){var t=op(e,`string`);return tp(t)==`symbol`?t:t+``}function op(e,t){if(tp(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(tp(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var sp=[`data-p`],cp=[`aria-labelledby`,`aria-modal`,`data-p`],lp=[`id`],up=[`data-p`];function dp(e,t,n,r,i,a){var o=Yr(`Button`),s=Yr(`Portal`),c=Qr(`focustrap`);return L(),z(s,{appendTo:e.appendTo},{default:Ln(function(){return[i.containerVisible?(L(),R(`div`,U({key:0,ref:a.maskRef,class:e.cx(`mask`),style:e.sx(`mask`,!0,{position:e.position,modal:e.modal}),onMousedown:t[1]||=function(){return a.onMaskMouseDown&&a.onMaskMouseDown.apply(a,arguments)},onMouseup:t[2]||=function(){return a.onMaskMouseUp&&a.onMaskMouseUp.apply(a,arguments)},"data-p":a.dataP},e.ptm(`mask`)),[V(So,U({name:`p-dialog`,onEnter:a.onEnter,onAfterEnter:a.onAfterEnter,onBeforeLeave:a.onBeforeLeave,onLeave:a.onLeave,onAfterLeave:a.onAfterLeave,appear:``},e.ptm(`transition`)),{default:Ln(function(){return[e.visible?Rn((L(),R(`div`,U({key:0,ref:a.containerRef,class:e.cx(`root`),style:e.sx(`root`),role:`dialog`,"aria-labelledby":a.ariaLabelledById,"aria-modal":e.modal,"data-p":a.dataP},e.ptmi(`root`)),[e.$slots.container?P(e.$slots,`container`,{key:0,closeCallback:a.close,maximizeCallback:function(e){return a.maximize(e)},initDragCallback:a.initDrag}):(L(),R(F,{key:1},[e.showHeader?(L(),R(`div`,U({key:0,ref:a.headerContainerRef,class:e.cx(`header`),onMousedown:t[0]||=function(){return a.initDrag&&a.initDrag.apply(a,arguments)}},e.ptm(`header`)),[P(e.$slots,`header`,{class:ye(e.cx(`title`))},function(){return[e.header?(L(),R(`span`,U({key:0,id:a.ariaLabelledById,class:e.cx(`title`)},e.ptm(`title`)),O(e.header),17,lp)):H(``,!0)]}),B(`div`,U({class:e.cx(`headerActions`)},e.ptm(`headerActions`)),[e.maximizable?P(e.$slots,`maximizebutton`,{key:0,maximized:i.maximized,maximizeCallback:function(e){return a.maximize(e)}},function(){return[V(o,U({ref:a.maximizableRef,autofocus:i.focusableMax,class:e.cx(`pcMaximizeButton`),onClick:a.maximize,tabindex:e.maximizable?`0`:`-1`,unstyled:e.unstyled},e.maximizeButtonProps,{pt:e.ptm(`pcMaximizeButton`),"data-pc-group-section":`headericon`}),{icon:Ln(function(t){return[P(e.$slots,`maximizeicon`,{maximized:i.maximized},function(){return[(L(),z(Zr(a.maximizeIconComponent),U({class:[t.class,i.maximized?e.minimizeIcon:e.maximizeIcon]},e.ptm(`pcMaximizeButton`).icon),null,16,[`class`]))]})]}),_:3},16,[`autofocus`,`class`,`onClick`,`tabindex`,`unstyled`,`pt`])]}):H(``,!0),e.closable?P(e.$slots,`closebutton`,{key:1,closeCallback:a.close},function(){return[V(o,U({ref:a.closeButtonRef,autofocus:i.focusableClose,class:e.cx(`pcCloseButton`),onClick:a.close,"aria-label":a.closeAriaLabel,unstyled:e.unstyled},e.closeButtonProps,{pt:e.ptm(`pcCloseButton`),"data-pc-group-section":`headericon`}),{icon:Ln(function(t){return[P(e.$slots,`closeicon`,{},function(){return[(L(),z(Zr(e.closeIcon?`span`:`TimesIcon`),U({class:[e.closeIcon,t.class]},e.ptm(`pcCloseButton`).icon),null,16,[`class`]))]})]}),_:3},16,[`autofocus`,`class`,`onClick`,`aria-label`,`unstyled`,`pt`])]}):H(``,!0)],16)],16)):H(``,!0),B(`div`,U({ref:a.contentRef,class:[e.cx(`content`),e.contentClass],style:e.contentStyle,"data-p":a.dataP},rp(rp({},e.contentProps),e.ptm(`content`))),[P(e.$slots,`default`)],16,up),e.footer||e.$slots.footer?(L(),R(`div`,U({key:1,ref:a.footerContainerRef,class:e.cx(`footer`)},e.ptm(`footer`)),[P(e.$slots,`footer`,{},function(){return[Na(O(e.footer),1)]})],16)):H(``,!0)],64))],16,cp)),[[c,{disabled:!e.modal}]]):H(``,!0)]}),_:3},16,[`onEnter`,`onAfterEnter`,`onBeforeLeave`,`onLeave`,`onAfterLeave`])],16,sp)):H(``,!0)]}),_:3},8,[`appendTo`])}ep.render=dp;var fp={class:`cs-dialog-text`},pp={class:`cs-dialog-list`},mp={class:`cs-muted`},hp={__name:`GenerateDialog`,props:{visible:{type:Boolean,required:!0},missing:{type:Array,required:!0}},emits:[`continue`,`cancel`],setup(e,{emit:t}){let n=t;return(t,r)=>(L(),z(M(ep),{visible:e.visible,modal:``,header:M(Z)(`generate.dialogTitle`),closable:!1,draggable:!1,"data-testid":`generate-dialog`,"onUpdate:visible":r[2]||=e=>e||n(`cancel`)},{footer:Ln(()=>[V(M(Cd),{label:M(Z)(`generate.cancel`),"data-testid":`generate-cancel`,onClick:r[0]||=e=>n(`cancel`)},null,8,[`label`]),V(M(Cd),{label:M(Z)(`generate.continue`),class:`cs-primary`,"data-testid":`generate-continue`,onClick:r[1]||=e=>n(`continue`)},null,8,[`label`])]),default:Ln(()=>[B(`p`,fp,O(M(Z)(`generate.dialogText`)),1),B(`ul`,pp,[(L(!0),R(F,null,ti(e.missing,e=>(L(),R(`li`,{key:e.entry.key},[B(`strong`,null,O(e.entry.name),1),B(`span`,mp,` · `+O(e.entry.folder)+`/`+O(e.entry.filename),1)]))),128))])]),_:1},8,[`visible`,`header`]))}},gp=new Set([`waiting`,`downloading`,`verifying`]);function _p(e){return gp.has(e)}function vp(e,t){let n=e=>String(e??``).replace(/\\/g,`/`).replace(/^\/+|\/+$/g,``);return[n(e),n(t)].filter(Boolean).join(`/`)}function yp(e,t,n){return`${e??``}::${vp(t,n)}`}function bp(e){return e.path?yp(e.folder,``,e.path):yp(e.folder,e.subfolder,e.filename)}function xp(e){return String(e??``).replace(/\\/g,`/`).split(`/`).pop()}function Sp(e){return!!(e&&e.resolved!==!1&&e.url)}function Cp(e){return{key:yp(e.folder,e.subfolder,e.filename||e.name),name:e.name||e.model_name||e.filename||`?`,kind:e.kind||`model`,weight:e.kind===`lora`?e.weight??null:null,folder:e.folder,filename:e.filename||``,subfolder:e.subfolder||``,resource:e,present:!!e.already_downloaded,localPath:e.local_path||``,unresolvedReason:Sp(e)?``:e.reason||``,blockedReason:e.blocked||``,elsewhere:null,disabled:!1}}var wp={checkpoints:`checkpoint`,diffusion_models:`diffusion_model`,unet:`diffusion_model`,loras:`lora`,embeddings:`embedding`,vae:`vae`,upscale_models:`upscaler`,controlnet:`controlnet`,hypernetworks:`hypernetwork`,text_encoders:`text_encoder`,clip:`text_encoder`,clip_vision:`clip_vision`,animatediff_models:`motion_module`};function Tp(e){let{reference:t,resource:n}=e,r=n?.filename||xp(t.name),i=n?n.subfolder||``:t.name.replace(/\\/g,`/`).split(`/`).slice(0,-1).join(`/`);return{key:yp(n?.folder||t.folder,i,r),name:n?.model_name||t.name,kind:n?.kind||wp[t.folder]||`model`,weight:null,folder:n?.folder||t.folder||`?`,filename:r,subfolder:i,resource:n??null,present:e.status===`present`,localPath:e.local_path||``,unresolvedReason:Sp(n)?``:n?.reason||e.message||``,blockedReason:n?.blocked||``,elsewhere:e.status===`elsewhere`?{path:e.found_elsewhere||``,message:e.message||``}:null,disabled:!!t.disabled,looking:!!e.looking}}function Ep(e,t,n=!1){if(t){if(t.status===`completed`)return`present`;if(_p(t.status)||t.status===`failed`||t.status===`cancelled`)return t.status}return e.present?`present`:e.elsewhere?`elsewhere`:e.looking?`looking`:e.blockedReason?`blocked`:Sp(e.resource)?e.resource.needs_confirmation&&!n?`confirm`:`resolved`:`unresolved`}function Dp(e,t){return t?.status===`completed`?`${t.folder}/${t.path||vp(t.subfolder,t.filename)}`:e.localPath?`${e.folder}/${e.localPath}`:`${e.folder}/${vp(e.subfolder,e.filename)}`}function Op(e,t={}){return!e||e.status!==`failed`?!1:e.needs_key?!!t?.[e.needs_key]:e.retryable!==!1}function kp(e,t=null,n={}){return e===`failed`?Op(t,n):e===`resolved`||e===`cancelled`}function Ap(e,t=null,n={}){return e===`blocked`||e===`failed`&&!Op(t,n)}function jp(e){return e!==`present`}var Mp=`civitai.download.progress`,Np=1e3,Q=Vt({files:{},batches:{},latestByTarget:{},requestedByTarget:{},batchTargets:{}}),Pp=0,Fp=0,Ip=null,Lp={waiting:0,downloading:1,verifying:2},Rp=new Set([`completed`,`failed`,`cancelled`]);function zp(e,t){if(!t)return!0;if(Rp.has(t.status))return!1;if(Rp.has(e.status))return!0;let n=Lp[t.status]??0,r=Lp[e.status]??0,i=e.downloaded_bytes??0,a=t.downloaded_bytes??0;if(r!==n)return r>n||e.status===`downloading`&&t.status===`verifying`&&i>a;let o=e.completed_count??0,s=t.completed_count??0;return o===s?i>=a:o>s}function Bp(e){if(!e?.task_id)return!1;let t=e.kind===`batch`?Q.batches:Q.files,n=t[e.task_id];if(!zp(e,n))return!1;if(t[e.task_id]={...e,seq:n?.seq??++Pp},e.kind===`batch`)return!0;let r=bp(e),i=Q.files[Q.latestByTarget[r]];return(!i||i.seq<=t[e.task_id].seq)&&(Q.latestByTarget[r]=e.task_id),n&&!Rp.has(n.status)&&Rp.has(e.status)&&Vp(e),!0}function Vp(e){let t=`${e.folder}/${e.path||e.filename}`;e.status===`completed`?(As(`success`,Z(`toast.downloaded`),t),Up()):e.status===`failed`&&As(`error`,Z(`toast.downloadFailed`),`${t}: ${e.error||``}`.trim())}async function Hp(){Ip&&(clearTimeout(Ip),Ip=null,await Promise.resolve(zs()).catch(e=>console.warn(`[Civitai Sidebar] refreshing model lists failed`,e)))}function Up(){clearTimeout(Ip),Ip=setTimeout(()=>{Ip=null,Promise.resolve(zs()).catch(e=>console.warn(`[Civitai Sidebar] refreshing model lists failed`,e))},Np)}async function Wp(){let e=Pp,{tasks:t=[]}=await ws(`/civitai/downloads`)??{},n=new Set(t.map(e=>e.task_id));for(let e of t)Bp(e);for(let t of[Q.files,Q.batches])for(let[r,i]of Object.entries(t))!n.has(r)&&i.seq<=e&&!Rp.has(i.status)&&!r.startsWith(`local-`)&&delete t[r]}function Gp(){let e=Ds(Mp,Bp);return Wp().catch(e=>console.warn(`[Civitai Sidebar] could not read the downloads`,e)),e}function Kp(e,t){Q.files[e]||Bp({task_id:e,kind:`file`,status:`waiting`,progress:0,downloaded_bytes:0,total_bytes:null,error:null,...t})}async function qp(e,t){let n={folder:t.folder,subfolder:t.subfolder||``,filename:t.filename||t.name,path:null};try{let{task_id:r}=await ws(`/civitai/download`,{method:`POST`,body:{resource:t}});Q.requestedByTarget[e]=r,Kp(r,n)}catch(t){let r=`local-${++Fp}`;Q.requestedByTarget[e]=r,Bp({task_id:r,kind:`file`,...n,status:`failed`,progress:0,downloaded_bytes:0,error:t.message})}}async function Jp(e){try{let{task_id:t}=await ws(`/civitai/download-all`,{method:`POST`,body:{resources:e.map(e=>e.resource)}});Q.batchTargets[t]=e.map(e=>e.key),Q.batches[t]||Bp({task_id:t,kind:`batch`,status:`waiting`,completed_count:0,total_count:e.length,items:[],downloaded_bytes:0})}catch(e){As(`error`,Z(`toast.downloadFailed`),e.message)}}async function Yp(e){try{await ws(`/civitai/download-cancel`,{method:`POST`,body:{task_id:e}})}catch(e){As(`error`,Z(`toast.downloadFailed`),e.message)}}async function Xp(){try{await ws(`/civitai/download-cancel`,{method:`POST`,body:{cancel_all:!0}})}catch(e){As(`error`,Z(`toast.downloadFailed`),e.message)}}function Zp(e){return[Q.files[Q.latestByTarget[e]],Q.files[Q.requestedByTarget[e]]].filter(Boolean).sort((e,t)=>t.seq-e.seq)[0]??null}function Qp(e){let t=new Set(e);return Object.values(Q.batches).filter(e=>_p(e.status)).sort((e,t)=>t.seq-e.seq).find(e=>{let n=Q.batchTargets[e.task_id]??[],r=(e.items??[]).map(e=>Q.files[e]).filter(Boolean).map(bp);return[...n,...r].some(e=>t.has(e))})??null}function $p(){return Object.values(Q.files).some(e=>_p(e.status))||Object.values(Q.batches).some(e=>_p(e.status))}var $=Vt({query:``,loading:!1,error:``,result:null,confirmed:{},generating:!1,generateError:``,generated:null}),em=Ut($),tm=0;function nm(e){$.query=e}async function rm(e=$.query){let t=String(e??``).trim();if(!t)return;let n=++tm;Object.assign($,{loading:!0,error:``,generateError:``,generated:null});try{let e=await ws(`/civitai/resolve`,{method:`POST`,body:{image_id:t}});if(n!==tm)return;Object.assign($,{result:e,confirmed:{}})}catch(e){if(n!==tm)return;Object.assign($,{result:null,error:e.message})}finally{n===tm&&($.loading=!1)}}function im(e){$.confirmed[e]=!0}function am(){return!!($.result?.metadata&&$.result.meta_available!==!1)&&!$.generating}async function om(e){Object.assign($,{generating:!0,generateError:``,generated:null});try{await Hp(),$.generated=await e()}catch(e){$.generateError=e.message}finally{$.generating=!1}}function sm(){let{metadata:e,resources:t,image:n}=$.result;return om(async()=>{let r=await ws(`/civitai/generate`,{method:`POST`,body:{metadata:e,resources:t}}),{loaded:i,nodeCount:a}=await Vs(r.workflow,`civitai-${n?.id??`image`}`);if(!i)throw Error(Z(`generate.notLoaded`));return{text:Z(`generate.loaded`,{count:a||r.node_count,type:r.workflow_type}),warnings:r.warnings??[]}})}function cm(){let e=$.result?.comfy_workflow;return e?.workflow?{format:`ui`,workflow:e.workflow}:e?.prompt?{format:`api`,workflow:e.prompt}:null}function lm(){let e=cm();if(e)return om(async()=>{if(e.format===`ui`)return{text:Z(`generate.ownLoaded`,{count:await Ks(e.workflow)}),warnings:[]};let{loaded:t,nodeCount:n}=await Vs(e.workflow,`civitai-${$.result.image?.id??`image`}-own`);if(!t)throw Error(Z(`generate.notLoaded`));return{text:Z(`generate.ownLoaded`,{count:n}),warnings:[]}})}var um={class:`cs-generate`},dm={class:`cs-generate-actions`},fm={key:1,class:`cs-generate-status`,"data-testid":`generate-status`},pm={key:0,class:`cs-muted`},mm={__name:`GeneratePanel`,props:{cards:{type:Array,required:!0}},setup(e){let t=e,n=$t(!1),r=W(()=>t.cards.filter(e=>jp(e.state)));function i(){r.value.length?n.value=!0:sm()}function a(){n.value=!1,sm()}return(e,t)=>(L(),R(`div`,um,[B(`div`,dm,[V(M(Cd),{label:M(Z)(`generate.button`),icon:`pi pi-sparkles`,"loading-icon":`pi pi-spin pi-spinner`,class:`cs-primary`,loading:M(em).generating,disabled:!M(am)(),"data-testid":`generate-workflow`,onClick:i},null,8,[`label`,`loading`,`disabled`]),M(cm)()?(L(),z(M(Cd),{key:0,label:M(Z)(`generate.ownWorkflow`),icon:`pi pi-folder-open`,disabled:M(em).generating,"data-testid":`load-own-workflow`,onClick:M(lm)},null,8,[`label`,`disabled`,`onClick`])):H(``,!0)]),M(em).generateError?(L(),z(M(Vd),{key:0,severity:`error`,"data-testid":`generate-error`},{default:Ln(()=>[Na(O(M(em).generateError),1)]),_:1})):M(em).generated?(L(),R(`div`,fm,[B(`span`,null,[t[1]||=B(`i`,{class:`pi pi-check`,"aria-hidden":`true`},null,-1),Na(` `+O(M(em).generated.text),1)]),M(em).generated.warnings.length?(L(),R(`ul`,pm,[(L(!0),R(F,null,ti(M(em).generated.warnings,(e,t)=>(L(),R(`li`,{key:t},O(e),1))),128))])):H(``,!0)])):H(``,!0),V(hp,{visible:n.value,missing:r.value,onContinue:a,onCancel:t[0]||=e=>n.value=!1},null,8,[`visible`,`missing`])]))}},hm={name:`BaseInputText`,extends:{name:`BaseInput`,extends:{name:`BaseEditableHolder`,extends:hu,emits:[`update:modelValue`,`value-change`],props:{modelValue:{type:null,default:void 0},defaultValue:{type:null,default:void 0},name:{type:String,default:void 0},invalid:{type:Boolean,default:void 0},disabled:{type:Boolean,default:!1},formControl:{type:Object,default:void 0}},inject:{$parentInstance:{default:void 0},$pcForm:{default:void 0},$pcFormField:{default:void 0}},data:function(){return{d_value:this.defaultValue===void 0?this.modelValue:this.defaultValue}},watch:{modelValue:{deep:!0,handler:function(e){this.d_value=e}},defaultValue:function(e){this.d_value=e},$formName:{immediate:!0,handler:function(e){var t,n;this.formField=((t=this.$pcForm)==null||(n=t.register)==null?void 0:n.call(t,e,this.$formControl))||{}}},$formControl:{immediate:!0,handler:function(e){var t,n;this.formField=((t=this.$pcForm)==null||(n=t.register)==null?void 0:n.call(t,this.$formName,e))||{}}},$formDefaultValue:{immediate:!0,handler:function(e){this.d_value!==e&&(this.d_value=e)}},$formValue:{immediate:!1,handler:function(e){var t;(t=this.$pcForm)!=null&&t.getFieldState(this.$formName)&&e!==this.d_value&&(this.d_value=e)}}},formField:{},methods:{writeValue:function(e,t){var n,r;this.controlled&&(this.d_value=e,this.$emit(`update:modelValue`,e)),this.$emit(`value-change`,e),(n=(r=this.formField).onChange)==null||n.call(r,{originalEvent:t,value:e})},findNonEmpty:function(){return[...arguments].find(G)}},computed:{$filled:function(){return G(this.d_value)},$invalid:function(){var e,t;return!this.$formNovalidate&&this.findNonEmpty(this.invalid,(e=this.$pcFormField)==null||(e=e.$field)==null?void 0:e.invalid,(t=this.$pcForm)==null||(t=t.getFieldState(this.$formName))==null?void 0:t.invalid)},$formName:function(){return this.$formNovalidate?void 0:this.name||this.$formControl?.name},$formControl:function(){return this.formControl||this.$pcFormField?.formControl},$formNovalidate:function(){return this.$formControl?.novalidate},$formDefaultValue:function(){var e;return this.findNonEmpty(this.d_value,this.$pcFormField?.initialValue,(e=this.$pcForm)==null||(e=e.initialValues)==null?void 0:e[this.$formName])},$formValue:function(){var e,t;return this.findNonEmpty((e=this.$pcFormField)==null||(e=e.$field)==null?void 0:e.value,(t=this.$pcForm)==null||(t=t.getFieldState(this.$formName))==null?void 0:t.value)},controlled:function(){return this.$inProps.hasOwnProperty(`modelValue`)||!this.$inProps.hasOwnProperty(`modelValue`)&&!this.$inProps.hasOwnProperty(`defaultValue`)},filled:function(){return this.$filled}}},props:{size:{type:String,default:null},fluid:{type:Boolean,default:null},variant:{type:String,default:null}},inject:{$parentInstance:{default:void 0},$pcFluid:{default:void 0}},computed:{$variant:function(){return this.variant??(this.$primevue.config.inputStyle||this.$primevue.config.inputVariant)},$fluid:function(){return this.fluid??!!this.$pcFluid},hasFluid:function(){return this.$fluid}}},style:q.extend({name:`inputtext`,style:`
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
`,classes:{root:function(e){var t=e.instance,n=e.props;return[`p-inputtext p-component`,{"p-filled":t.$filled,"p-inputtext-sm p-inputfield-sm":n.size===`small`,"p-inputtext-lg p-inputfield-lg":n.size===`large`,"p-invalid":t.$invalid,"p-variant-filled":t.$variant===`filled`,"p-inputtext-fluid":t.$fluid}]}}}),provide:function(){return{$pcInputText:this,$parentInstance:this}}};function gm(e){"@babel/helpers - typeof";return gm=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},gm(e)}function _m(e,t,n){return(t=vm(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function vm(e){var t=ym(e,`string`);return gm(t)==`symbol`?t:t+``}function ym(e,t){if(gm(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(gm(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var bm={name:`InputText`,extends:hm,inheritAttrs:!1,methods:{onInput:function(e){this.writeValue(e.target.value,e)}},computed:{attrs:function(){return U(this.ptmi(`root`,{context:{filled:this.$filled,disabled:this.disabled}}),this.formField)},dataP:function(){return qs(_m({invalid:this.$invalid,fluid:this.$fluid,filled:this.$variant===`filled`},this.size,this.size))}}},xm=[`value`,`name`,`disabled`,`aria-invalid`,`data-p`];function Sm(e,t,n,r,i,a){return L(),R(`input`,U({type:`text`,class:e.cx(`root`),value:e.d_value,name:e.name,disabled:e.disabled,"aria-invalid":e.$invalid||void 0,"data-p":a.dataP,onInput:t[0]||=function(){return a.onInput&&a.onInput.apply(a,arguments)}},a.attrs),null,16,xm)}bm.render=Sm;var Cm={__name:`ImageLookupForm`,setup(e){return(e,t)=>(L(),R(`form`,{class:`cs-lookup`,onSubmit:t[0]||=hs(e=>M(rm)(),[`prevent`])},[V(M(bm),{"model-value":M(em).query,class:`cs-lookup-input`,placeholder:M(Z)(`image.inputPlaceholder`),"aria-label":M(Z)(`image.inputLabel`),autocomplete:`off`,spellcheck:`false`,"data-testid":`image-input`,"onUpdate:modelValue":M(nm)},null,8,[`model-value`,`placeholder`,`aria-label`,`onUpdate:modelValue`]),V(M(Cd),{type:`submit`,label:M(Z)(`image.load`),icon:`pi pi-search`,"loading-icon":`pi pi-spin pi-spinner`,loading:M(em).loading,disabled:!M(em).query.trim(),"data-testid":`image-load`},null,8,[`label`,`loading`,`disabled`])],32))}},wm={class:`cs-facts cs-params`,"data-testid":`image-params`},Tm=[`data-param`],Em={__name:`ImageParams`,props:{metadata:{type:Object,required:!0}},setup(e){let t=e,n=e=>e!=null&&e!==``;function r(e){if(!e)return``;let{upscale:t,upscaler:r,steps:i,denoise:a}=e;return[[n(t)?`×${t}`:``,r??``].filter(Boolean).join(` `),n(i)?Z(`params.hiresSteps`,{steps:i}):``,n(a)?Z(`params.hiresDenoise`,{denoise:a}):``].filter(Boolean).join(`, `)}let i=W(()=>{let e=t.metadata,i=e.width&&e.height?`${e.width} × ${e.height}`:``;return[[`prompt`,e.prompt,!0],[`negative_prompt`,e.negative_prompt,!0],[`model`,e.model_name],[`sampler`,e.sampler],[`scheduler`,e.scheduler],[`steps`,e.steps],[`cfg`,e.cfg],[`seed`,e.seed],[`size`,i],[`clip_skip`,e.clip_skip],[`denoise`,e.denoise],[`vae`,e.vae],[`hires`,r(e.hires)]].filter(([,e])=>n(e)).map(([e,t,n])=>({name:e,value:String(t),long:!!n}))});return(e,t)=>(L(),R(`dl`,wm,[(L(!0),R(F,null,ti(i.value,e=>(L(),R(F,{key:e.name},[B(`dt`,{class:ye({"cs-param-long":e.long})},O(M(Z)(`params.${e.name}`)),3),B(`dd`,{class:ye({"cs-param-long":e.long}),"data-param":e.name},O(e.value),11,Tm)],64))),128))]))}},Dm={class:`cs-image`},Om=[`href`,`aria-label`],km=[`src`],Am=[`src`],jm={class:`cs-muted cs-image-credit`},Mm=[`href`],Nm={key:1},Pm={key:2},Fm={key:3,class:`cs-notices`,"data-testid":`image-notices`},Im={__name:`ImageSummary`,props:{result:{type:Object,required:!0}},setup(e){let t=e,n=W(()=>t.result.image??{});function r(e){e.target.style.visibility=`hidden`}let i=W(()=>n.value.width&&n.value.height?`${n.value.width} / ${n.value.height}`:`1 / 1`);return(t,a)=>(L(),R(`div`,Dm,[n.value.url?(L(),R(`a`,{key:0,class:`cs-thumb`,href:n.value.page_url||n.value.url,target:`_blank`,rel:`noopener noreferrer`,style:me({aspectRatio:i.value}),"aria-label":M(Z)(`image.openOnCivitai`)},[n.value.type===`video`?(L(),R(`video`,{key:0,src:n.value.url,muted:``,loop:``,autoplay:``,playsinline:``},null,8,km)):(L(),R(`img`,{key:1,src:n.value.url,alt:``,loading:`lazy`,onError:r},null,40,Am))],12,Om)):H(``,!0),B(`p`,jm,[n.value.page_url?(L(),R(`a`,{key:0,href:n.value.page_url,target:`_blank`,rel:`noopener noreferrer`},O(M(Z)(`image.openOnCivitai`)),9,Mm)):H(``,!0),n.value.username?(L(),R(`span`,Nm,` · `+O(M(Z)(`image.by`,{user:n.value.username})),1)):H(``,!0),n.value.base_model?(L(),R(`span`,Pm,` · `+O(n.value.base_model),1)):H(``,!0)]),e.result.meta_available===!1?(L(),z(M(Vd),{key:1,severity:`warn`},{default:Ln(()=>[Na(O(M(Z)(`image.noMeta`)),1)]),_:1})):e.result.metadata?(L(),z(Em,{key:2,metadata:e.result.metadata},null,8,[`metadata`])):H(``,!0),e.result.notices?.length?(L(),R(`ul`,Fm,[(L(!0),R(F,null,ti(e.result.notices,(e,t)=>(L(),R(`li`,{key:t},O(e),1))),128))])):H(``,!0)]))}},Lm={class:`cs-image cs-model`,"data-testid":`model-summary`},Rm={class:`cs-model-title`},zm={"data-testid":`model-name`},Bm={key:0,class:`cs-muted`},Vm={class:`cs-muted cs-image-credit`},Hm=[`href`],Um={key:1},Wm={key:2},Gm={key:0,class:`cs-notices`,"data-testid":`image-notices`},Km={__name:`ModelSummary`,props:{result:{type:Object,required:!0}},setup(e){let t=e,n=W(()=>t.result.model??{});return(t,r)=>(L(),R(`div`,Lm,[B(`p`,Rm,[B(`strong`,zm,O(n.value.name),1),n.value.version_name?(L(),R(`span`,Bm,` · `+O(M(Z)(`image.modelVersion`,{version:n.value.version_name})),1)):H(``,!0)]),B(`p`,Vm,[n.value.page_url?(L(),R(`a`,{key:0,href:n.value.page_url,target:`_blank`,rel:`noopener noreferrer`},O(M(Z)(`image.openOnCivitai`)),9,Hm)):H(``,!0),n.value.type?(L(),R(`span`,Um,` · `+O(n.value.type),1)):H(``,!0),n.value.base_model?(L(),R(`span`,Wm,` · `+O(n.value.base_model),1)):H(``,!0)]),e.result.notices?.length?(L(),R(`ul`,Gm,[(L(!0),R(F,null,ti(e.result.notices,(e,t)=>(L(),R(`li`,{key:t},O(e),1))),128))])):H(``,!0),V(M(Vd),{severity:`secondary`,"data-testid":`model-no-params`},{default:Ln(()=>[Na(O(M(Z)(`image.modelNoParams`)),1)]),_:1})]))}},qm={class:`cs-list-toolbar`},Jm=[`data-count`],Ym={class:`cs-list-actions`},Xm=[`data-count`,`title`],Zm={__name:`DownloadToolbar`,props:{cards:{type:Array,required:!0}},setup(e){let t=e,n=W(()=>tf.health?.keys??{}),r=W(()=>t.cards.filter(e=>jp(e.state)).length),i=W(()=>t.cards.filter(e=>kp(e.state,e.task,n.value))),a=W(()=>t.cards.filter(e=>Ap(e.state,e.task,n.value))),o=W(()=>a.value.map(e=>`${e.entry.filename||e.entry.name}: ${e.entry.blockedReason||e.task?.error||``}`).join(`
`)),s=W(()=>Qp(t.cards.map(e=>e.entry.key))),c=W(()=>$p()),l=W(()=>s.value?Z(`list.downloadingAll`,{done:s.value.completed_count??0,total:s.value.total_count??0}):Z(`list.downloadAll`));function u(){Jp(i.value.map(e=>({key:e.entry.key,resource:e.entry.resource})))}return(e,t)=>(L(),R(`div`,qm,[B(`span`,{class:`cs-missing-count`,"data-testid":`missing-count`,"data-count":r.value},O(r.value?M(Z)(`list.missing`,{count:r.value}):M(Z)(`list.noneMissing`)),9,Jm),B(`div`,Ym,[V(M(Cd),{label:l.value,icon:`pi pi-download`,class:`cs-primary`,disabled:!!s.value||i.value.length===0,"data-testid":`download-all`,onClick:u},null,8,[`label`,`disabled`]),c.value?(L(),z(M(Cd),{key:0,label:M(Z)(`list.cancelAll`),icon:`pi pi-times`,"data-testid":`cancel-all`,onClick:M(Xp)},null,8,[`label`,`onClick`])):H(``,!0)]),a.value.length?(L(),R(`p`,{key:0,class:`cs-skipped`,"data-testid":`skipped-count`,"data-count":a.value.length,title:o.value},[t[0]||=B(`i`,{class:`pi pi-lock`,"aria-hidden":`true`},null,-1),Na(` `+O(M(Z)(`list.skipped`,{count:a.value.length})),1)],8,Xm)):H(``,!0)]))}},Qm=q.extend({name:`progressbar`,style:`
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
`,classes:{root:function(e){var t=e.instance;return[`p-progressbar p-component`,{"p-progressbar-determinate":t.determinate,"p-progressbar-indeterminate":t.indeterminate}]},value:`p-progressbar-value`,label:`p-progressbar-label`}}),$m={name:`ProgressBar`,extends:{name:`BaseProgressBar`,extends:hu,props:{value:{type:Number,default:null},mode:{type:String,default:`determinate`},showValue:{type:Boolean,default:!0}},style:Qm,provide:function(){return{$pcProgressBar:this,$parentInstance:this}}},inheritAttrs:!1,computed:{progressStyle:function(){return{width:this.value+`%`,display:`flex`}},indeterminate:function(){return this.mode===`indeterminate`},determinate:function(){return this.mode===`determinate`},dataP:function(){return qs({determinate:this.determinate,indeterminate:this.indeterminate})}}},eh=[`aria-valuenow`,`data-p`],th=[`data-p`],nh=[`data-p`],rh=[`data-p`];function ih(e,t,n,r,i,a){return L(),R(`div`,U({role:`progressbar`,class:e.cx(`root`),"aria-valuemin":`0`,"aria-valuenow":e.value,"aria-valuemax":`100`,"data-p":a.dataP},e.ptmi(`root`)),[a.determinate?(L(),R(`div`,U({key:0,class:e.cx(`value`),style:a.progressStyle,"data-p":a.dataP},e.ptm(`value`)),[e.value!=null&&e.value!==0&&e.showValue?(L(),R(`div`,U({key:0,class:e.cx(`label`),"data-p":a.dataP},e.ptm(`label`)),[P(e.$slots,`default`,{},function(){return[Na(O(e.value+`%`),1)]})],16,nh)):H(``,!0)],16,th)):a.indeterminate?(L(),R(`div`,U({key:1,class:e.cx(`value`),"data-p":a.dataP},e.ptm(`value`)),null,16,rh)):H(``,!0)],16,eh)}$m.render=ih;var ah=1048576;function oh(e){return((Number(e)||0)/ah).toFixed(1)}function sh(e){let t=Math.min(100,Math.max(0,Number(e)||0));return Math.round(t*10)/10}var ch=[`data-state`],lh=[`aria-label`],uh=[`title`],dh={class:`cs-status-text cs-muted`,"data-testid":`card-looking`},fh={class:`cs-status-text cs-muted`},ph=[`title`],mh=[`title`],hh=[`title`],gh=[`title`],_h={class:`cs-status-text cs-muted`},vh={class:`cs-progress-column`},yh={key:0,class:`cs-bytes cs-retrying`,"data-testid":`card-retrying`},bh={key:1,class:`cs-bytes`,"data-testid":`card-bytes`},xh={class:`cs-status-text`},Sh=[`title`],Ch={__name:`CardStatus`,props:{state:{type:String,required:!0},entry:{type:Object,required:!0},task:{type:Object,default:null}},emits:[`download`,`cancel`,`retry`,`confirm`],setup(e){let t=e,n=W(()=>sh(t.task?.progress)),r=W(()=>{let e=t.task??{},n=e.total_bytes??t.entry.resource?.size;return n?Z(`card.bytes`,{done:oh(e.downloaded_bytes),total:oh(n)}):Z(`card.unknownSize`,{done:oh(e.downloaded_bytes)})}),i=W(()=>t.entry.resource?.size?`${oh(t.entry.resource.size)} MB`:``),a=W(()=>Op(t.task,tf.health?.keys??{})),o=W(()=>!!t.task?.needs_key&&!a.value),s=W(()=>[t.task?.error,o.value?Z(`card.keyThenRetry`):``].filter(Boolean).join(` `)),c=$t(0),l=$t(Date.now()),u=null;Wn(()=>t.task?.retry,e=>{clearInterval(u),u=null,e&&(c.value=l.value=Date.now(),u=setInterval(()=>l.value=Date.now(),1e3))},{immediate:!0}),Hr(()=>clearInterval(u));let d=W(()=>{let e=t.task?.retry;return e?Z(`card.retrying`,{seconds:Math.max(0,Math.ceil(e.in_seconds-(l.value-c.value)/1e3)),attempt:e.attempt,of:e.of}):``});return(t,o)=>(L(),R(`div`,{class:`cs-card-status`,"data-state":e.state},[e.state===`present`?(L(),R(F,{key:0},[B(`i`,{class:`pi pi-check cs-ok`,"aria-label":M(Z)(`card.present`)},null,8,lh),B(`span`,{class:`cs-status-text cs-path`,"data-testid":`card-path`,title:M(Dp)(e.entry,e.task)},O(M(Dp)(e.entry,e.task)),9,uh)],64)):e.state===`looking`?(L(),R(F,{key:1},[o[5]||=B(`i`,{class:`pi pi-spin pi-spinner`,"aria-hidden":`true`},null,-1),B(`span`,dh,O(M(Z)(`card.looking`)),1)],64)):e.state===`resolved`||e.state===`cancelled`?(L(),R(F,{key:2},[B(`span`,fh,O(e.state===`cancelled`?M(Z)(`card.cancelled`):i.value),1),V(M(Cd),{label:M(Z)(`card.download`),icon:`pi pi-download`,class:`cs-primary`,"data-testid":`card-download`,onClick:o[0]||=e=>t.$emit(`download`)},null,8,[`label`])],64)):e.state===`unresolved`?(L(),R(`span`,{key:3,class:`cs-status-text cs-reason`,"data-testid":`card-reason`,title:e.entry.unresolvedReason},[B(`strong`,null,O(M(Z)(`card.cannotResolve`)),1),e.entry.unresolvedReason?(L(),R(F,{key:0},[Na(`: `+O(e.entry.unresolvedReason),1)],64)):H(``,!0)],8,ph)):e.state===`blocked`?(L(),R(F,{key:4},[o[6]||=B(`i`,{class:`pi pi-lock cs-blocked-icon`,"aria-hidden":`true`},null,-1),B(`span`,{class:`cs-status-text cs-reason`,"data-testid":`card-blocked`,title:e.entry.blockedReason},O(e.entry.blockedReason),9,mh)],64)):e.state===`elsewhere`?(L(),R(`span`,{key:5,class:`cs-status-text cs-muted`,"data-testid":`card-message`,title:e.entry.elsewhere.message},O(e.entry.elsewhere.message||`${M(Z)(`card.elsewhere`)}: ${e.entry.elsewhere.path}`),9,hh)):e.state===`confirm`?(L(),R(F,{key:6},[B(`span`,{class:`cs-status-text cs-evidence`,title:e.entry.resource.evidence},O(M(Z)(`card.confirmHint`))+` `+O(e.entry.resource.evidence),9,gh),V(M(Cd),{label:M(Z)(`card.confirm`),icon:`pi pi-check`,"data-testid":`card-confirm`,onClick:o[1]||=e=>t.$emit(`confirm`)},null,8,[`label`])],64)):e.state===`waiting`?(L(),R(F,{key:7},[B(`span`,_h,O(M(Z)(`card.waiting`)),1),V(M(Cd),{label:M(Z)(`card.cancel`),icon:`pi pi-times`,"data-testid":`card-cancel`,onClick:o[2]||=e=>t.$emit(`cancel`)},null,8,[`label`])],64)):e.state===`downloading`?(L(),R(F,{key:8},[B(`div`,vh,[V(M($m),{value:n.value,"show-value":n.value>10,"data-testid":`card-progress`},{default:Ln(()=>[Na(O(Math.floor(n.value))+`%`,1)]),_:1},8,[`value`,`show-value`]),d.value?(L(),R(`span`,yh,O(d.value),1)):(L(),R(`span`,bh,O(r.value),1))]),V(M(Cd),{label:M(Z)(`card.cancel`),icon:`pi pi-times`,"data-testid":`card-cancel`,onClick:o[3]||=e=>t.$emit(`cancel`)},null,8,[`label`])],64)):e.state===`verifying`?(L(),R(F,{key:9},[o[7]||=B(`i`,{class:`pi pi-spin pi-spinner`,"aria-hidden":`true`},null,-1),B(`span`,xh,O(M(Z)(`card.verifying`)),1)],64)):e.state===`failed`?(L(),R(F,{key:10},[B(`span`,{class:`cs-status-text cs-error`,"data-testid":`card-error`,title:e.task?.error},O(s.value),9,Sh),a.value?(L(),z(M(Cd),{key:0,label:M(Z)(`card.retry`),icon:`pi pi-refresh`,"data-testid":`card-retry`,onClick:o[4]||=e=>t.$emit(`retry`)},null,8,[`label`])):H(``,!0)],64)):H(``,!0)],8,ch))}},wh=[`data-state`,`data-name`,`data-folder`,`data-filename`],Th={class:`cs-card-head`},Eh={class:`cs-card-titles`},Dh=[`title`],Oh=[`title`],kh={class:`cs-badge`},Ah={key:0,class:`cs-badge`,"data-testid":`card-weight`},jh=[`href`,`title`,`aria-label`],Mh={class:`cs-card-names`,"data-testid":`card-names`},Nh=[`title`],Ph=[`title`],Fh={class:`cs-card-hint`,"data-testid":`card-saved-as`},Ih={key:1,class:`cs-card-hint`,"data-testid":`card-needs-key`},Lh={key:2,class:`cs-card-hint`},Rh={key:3,class:`cs-card-hint`},zh={__name:`ResourceCard`,props:{entry:{type:Object,required:!0},task:{type:Object,default:null},state:{type:String,required:!0}},emits:[`download`,`cancel`,`retry`,`confirm`],setup(e){let t=e,n=W(()=>t.entry.resource??{}),r=W(()=>[t.entry.folder,t.entry.subfolder,t.entry.filename].filter(Boolean).join(`/`)),i=W(()=>{let e=Z(`card.kind.${t.entry.kind}`);return e.startsWith(`card.kind.`)?t.entry.kind:e}),a=W(()=>t.state===`confirm`&&!!n.value.source_filename),o=W(()=>Z(n.value.model_version_id?`card.civitaiHas`:`card.sourceHas`)),s=W(()=>n.value.needs_key&&[`resolved`,`confirm`,`failed`,`cancelled`].includes(t.state));return(t,c)=>(L(),R(`article`,{class:`cs-card`,"data-testid":`resource-card`,"data-state":e.state,"data-name":e.entry.name,"data-folder":e.entry.folder,"data-filename":e.entry.filename},[B(`header`,Th,[B(`div`,Eh,[B(`div`,{class:`cs-card-title`,title:e.entry.name},O(e.entry.name),9,Dh),B(`div`,{class:`cs-card-subtitle`,title:r.value},O(r.value),9,Oh)]),B(`span`,kh,O(i.value),1),e.entry.weight!==null&&e.entry.weight!==void 0?(L(),R(`span`,Ah,O(M(Z)(`card.weight`,{weight:e.entry.weight})),1)):H(``,!0),n.value.page_url?(L(),R(`a`,{key:1,class:`cs-card-link`,href:n.value.page_url,target:`_blank`,rel:`noopener noreferrer`,title:M(Z)(`card.openPage`),"aria-label":M(Z)(`card.openPage`),"data-testid":`card-link`},[...c[4]||=[B(`i`,{class:`pi pi-external-link`,"aria-hidden":`true`},null,-1)]],8,jh)):H(``,!0)]),a.value?(L(),R(F,{key:0},[B(`dl`,Mh,[B(`div`,null,[B(`dt`,null,O(M(Z)(`card.workflowLoads`)),1),B(`dd`,{"data-testid":`card-wanted-name`,title:e.entry.filename},O(e.entry.filename),9,Nh)]),B(`div`,null,[B(`dt`,null,O(o.value),1),B(`dd`,{"data-testid":`card-source-name`,title:n.value.source_filename},O(n.value.source_filename),9,Ph)])]),B(`p`,Fh,O(M(Z)(`card.savedAs`,{name:e.entry.filename})),1)],64)):H(``,!0),s.value?(L(),R(`p`,Ih,[c[5]||=B(`i`,{class:`pi pi-key`,"aria-hidden":`true`},null,-1),Na(` `+O(M(Z)(`card.needsKey`)),1)])):H(``,!0),n.value.early_access_ends_at&&![`present`,`blocked`].includes(e.state)?(L(),R(`p`,Lh,O(M(Z)(`card.earlyAccess`,{date:n.value.early_access_ends_at.slice(0,10)})),1)):H(``,!0),e.entry.disabled?(L(),R(`p`,Rh,O(M(Z)(`card.mutedNode`)),1)):H(``,!0),V(Ch,{state:e.state,entry:e.entry,task:e.task,onDownload:c[0]||=e=>t.$emit(`download`),onCancel:c[1]||=e=>t.$emit(`cancel`),onRetry:c[2]||=e=>t.$emit(`retry`),onConfirm:c[3]||=e=>t.$emit(`confirm`)},null,8,[`state`,`entry`,`task`])],8,wh))}},Bh={class:`cs-resources`},Vh={key:0,class:`cs-muted`},Hh={__name:`ResourceList`,props:{cards:{type:Array,required:!0}},emits:[`confirm`],setup(e,{emit:t}){let n=t,r=e=>qp(e.entry.key,e.entry.resource);return(t,i)=>(L(),R(`div`,Bh,[V(Zm,{cards:e.cards},null,8,[`cards`]),e.cards.length===0?(L(),R(`p`,Vh,O(M(Z)(`list.empty`)),1)):H(``,!0),(L(!0),R(F,null,ti(e.cards,e=>(L(),z(zh,{key:e.entry.key,entry:e.entry,task:e.task,state:e.state,onDownload:t=>r(e),onRetry:t=>r(e),onCancel:t=>e.task&&M(Yp)(e.task.task_id),onConfirm:t=>n(`confirm`,e.entry.key)},null,8,[`entry`,`task`,`state`,`onDownload`,`onRetry`,`onCancel`,`onConfirm`]))),128))]))}};function Uh(e,t){return W(()=>{let n=t()??{};return e().map(e=>{let t=Zp(e.key);return{entry:e,task:t,state:Ep(e,t,!!n[e.key])}})})}var Wh={class:`cs-view`,"data-testid":`image-view`},Gh={class:`cs-section-title`},Kh={key:2,class:`cs-muted`},qh={key:3,class:`cs-muted`},Jh={__name:`ImageView`,setup(e){function t(e){let t=new Set;return e.filter(e=>!t.has(e.key)&&t.add(e.key))}let n=W(()=>em.result),r=W(()=>t((n.value?.resources??[]).map(Cp))),i=W(()=>t([...r.value,...(n.value?.comfy_workflow?.resources??[]).map(Cp)])),a=()=>em.confirmed,o=Uh(()=>r.value,a),s=Uh(()=>i.value,a);return(e,t)=>(L(),R(`div`,Wh,[V(Cm),M(em).error?(L(),z(M(Vd),{key:0,severity:`error`,"data-testid":`image-error`},{default:Ln(()=>[Na(O(M(em).error),1)]),_:1})):H(``,!0),n.value?(L(),R(F,{key:1},[n.value.kind===`model`?(L(),z(Km,{key:0,result:n.value},null,8,[`result`])):(L(),z(Im,{key:1,result:n.value},null,8,[`result`])),B(`h3`,Gh,O(M(Z)(`image.resources`)),1),V(Hh,{cards:M(s),onConfirm:M(im)},null,8,[`cards`,`onConfirm`]),n.value.kind===`model`?H(``,!0):(L(),z(mm,{key:2,cards:M(o)},null,8,[`cards`]))],64)):M(em).loading?(L(),R(`p`,Kh,O(M(Z)(`image.loading`)),1)):M(em).error?H(``,!0):(L(),R(`p`,qh,O(M(Z)(`image.empty`)),1))]))}},Yh=[`image`,`workflow`],Xh=$t(`image`);function Zh(e){Yh.includes(e)&&(Xh.value=e)}var Qh={class:`cs-switch`,role:`tablist`},$h=[`aria-selected`,`data-testid`,`title`,`onClick`],eg={__name:`ViewSwitch`,setup(e){let t=[{id:`image`,testId:`view-image`,icon:`pi pi-image`},{id:`workflow`,testId:`view-workflow`,icon:`pi pi-sitemap`}];return(e,n)=>(L(),R(`div`,Qh,[(L(),R(F,null,ti(t,e=>B(`button`,{key:e.id,type:`button`,role:`tab`,class:`cs-switch-option`,"aria-selected":M(Xh)===e.id,"data-testid":e.testId,title:M(Z)(`views.${e.id}Title`),onClick:t=>M(Zh)(e.id)},[B(`i`,{class:ye(e.icon),"aria-hidden":`true`},null,2),B(`span`,null,O(M(Z)(`views.${e.id}`)),1)],8,$h)),64))]))}},tg=`https://registry.comfy.org/nodes/`,ng=/^[\w.-]+\/[\w.-]+$/,rg=/^[0-9a-f]{7,40}$/;function ig(e){return rg.test(e)?Z(`workflow.nodeCommit`,{commit:e.slice(0,12)}):Z(`workflow.nodeVersion`,{version:e})}function ag(e){return e.core?e.version?Z(`workflow.nodeCore`,{version:e.version}):Z(`workflow.nodeCoreNoVersion`):e.pack?e.version?Z(`workflow.nodePackVersion`,{pack:e.pack,version:ig(e.version)}):Z(`workflow.nodePack`,{pack:e.pack}):Z(`workflow.nodeUnknown`)}function og(e){return e.core||!e.pack?``:ng.test(e.pack)?`https://github.com/${e.pack}`:`${tg}${encodeURIComponent(e.pack)}`}var sg=e=>e.core?0:e.pack?1:2;function cg(e){return[...e].sort((e,t)=>sg(e)-sg(t)||String(e.pack??``).localeCompare(String(t.pack??``))||e.type.localeCompare(t.type))}var lg=1200,ug=Vt({loading:!1,error:``,result:null,hasGraph:!0,confirmed:{}}),dg=Ut(ug),fg=0,pg=null;function mg(e){return[e.type,e.mode??0,e.widgets_values??null,e.properties?.models??null]}function hg(e){if(!e)return``;let t=e.definitions?.subgraphs??[];return JSON.stringify([(e.nodes??[]).map(mg),t.map(e=>(e.nodes??[]).map(mg))])}async function gg({force:e=!1}={}){let t=Ps(),n=hg(t);if(!e&&n===pg&&(ug.result||ug.loading))return;pg=n;let r=++fg;if(!t)Object.assign(ug,{loading:!1,error:``,result:null,hasGraph:!1});else{Object.assign(ug,{loading:!0,error:``,hasGraph:!0});try{let e=await ws(`/civitai/missing`,{method:`POST`,body:{workflow:t}});if(r!==fg)return;for(let t of e.models??[])t.looking=t.status===`missing`&&!t.resource;ug.result=e,_g(r)}catch(e){if(r!==fg)return;Object.assign(ug,{result:null,error:e.message}),pg=null}finally{r===fg&&(ug.loading=!1)}}}async function _g(e){let t=(ug.result?.models??[]).filter(e=>e.looking);await Promise.all(Array.from({length:4},async()=>{for(let n=t.shift();n;n=t.shift()){if(e!==fg)return;try{let t=await ws(`/civitai/sources`,{method:`POST`,body:{references:[n.reference]}});if(e!==fg)return;n.resource=t.resources?.[0]??null}catch(t){if(e!==fg)return;n.message=t.message}n.looking=!1}}))}function vg(e=lg){let t=null,n=Ls(()=>{clearTimeout(t),t=setTimeout(()=>{t=null,gg()},e)});return()=>{clearTimeout(t),n()}}function yg(e){ug.confirmed[e]=!0}var bg={class:`cs-view`,"data-testid":`workflow-view`},xg={class:`cs-workflow-toolbar`},Sg={class:`cs-muted`,"data-testid":`workflow-summary`},Cg={key:1,class:`cs-muted`},wg={key:2,class:`cs-custom-nodes`,"data-testid":`custom-nodes`},Tg={class:`cs-section-title`},Eg={class:`cs-muted`},Dg=[`data-core`],Og={class:`cs-node-advice`},kg=[`href`],Ag={key:3,class:`cs-notices`,"data-testid":`workflow-notes`},jg={key:0,class:`cs-muted`},Mg={__name:`WorkflowView`,setup(e){let t={missing:0,elsewhere:1,present:2},n=W(()=>{let e=[...dg.result?.models??[]].sort((e,n)=>(t[e.status]??0)-(t[n.status]??0)),n=new Set;return e.map(Tp).filter(e=>!n.has(e.key)&&n.add(e.key))}),r=Uh(()=>n.value,()=>dg.confirmed),i=W(()=>cg(dg.result?.custom_nodes??[])),a=W(()=>dg.result?.notes??[]),o=null;return Rr(()=>{gg(),o=vg()}),Vr(()=>o?.()),(e,t)=>(L(),R(`div`,bg,[B(`div`,xg,[B(`span`,Sg,O(M(dg).loading?M(Z)(`workflow.checking`):M(dg).result?M(Z)(`workflow.summary`,{count:n.value.length}):``),1),V(M(Cd),{label:M(Z)(`workflow.refresh`),icon:`pi pi-refresh`,"loading-icon":`pi pi-spin pi-spinner`,loading:M(dg).loading,"data-testid":`workflow-refresh`,onClick:t[0]||=e=>M(gg)({force:!0})},null,8,[`label`,`loading`])]),M(dg).error?(L(),z(M(Vd),{key:0,severity:`error`,"data-testid":`workflow-error`},{default:Ln(()=>[Na(O(M(dg).error),1)]),_:1})):H(``,!0),M(dg).hasGraph?H(``,!0):(L(),R(`p`,Cg,O(M(Z)(`workflow.noGraph`)),1)),i.value.length?(L(),R(`section`,wg,[B(`h3`,Tg,O(M(Z)(`workflow.customNodes`)),1),B(`p`,Eg,O(M(Z)(`workflow.customNodesHint`)),1),B(`ul`,null,[(L(!0),R(F,null,ti(i.value,e=>(L(),R(`li`,{key:e.type,"data-testid":`custom-node`,"data-core":String(e.core)},[B(`code`,null,O(e.type),1),B(`span`,Og,O(M(ag)(e)),1),M(og)(e)?(L(),R(`a`,{key:0,href:M(og)(e),target:`_blank`,rel:`noopener noreferrer`},O(e.pack),9,kg)):H(``,!0)],8,Dg))),128))])])):H(``,!0),a.value.length?(L(),R(`ul`,Ag,[(L(!0),R(F,null,ti(a.value,(e,t)=>(L(),R(`li`,{key:t},O(e),1))),128))])):H(``,!0),M(dg).result?(L(),R(F,{key:4},[n.value.length===0?(L(),R(`p`,jg,O(M(Z)(`workflow.noModels`)),1)):(L(),z(Hh,{key:1,cards:M(r),onConfirm:M(yg)},null,8,[`cards`,`onConfirm`]))],64)):H(``,!0)]))}},Ng={class:`civitai-sidebar cs-root`,"data-testid":`civitai-sidebar`},Pg={class:`cs-header`},Fg={class:`cs-title`},Ig={class:`cs-status`,open:``},Lg={class:`cs-status-summary`},Rg={__name:`SidebarView`,setup(e){df();let t=null;return Rr(()=>{af(),t=Gp()}),Vr(()=>t?.()),(e,t)=>(L(),R(`section`,Ng,[B(`header`,Pg,[B(`h2`,Fg,O(M(Z)(`title`)),1)]),V(eg),M(Xh)===`image`?(L(),z(Jh,{key:0})):(L(),z(Mg,{key:1})),B(`details`,Ig,[B(`summary`,Lg,O(M(Z)(`status.title`)),1),V(Cf)])]))}},zg={STARTS_WITH:`startsWith`,CONTAINS:`contains`,NOT_CONTAINS:`notContains`,ENDS_WITH:`endsWith`,EQUALS:`equals`,NOT_EQUALS:`notEquals`,IN:`in`,LESS_THAN:`lt`,LESS_THAN_OR_EQUAL_TO:`lte`,GREATER_THAN:`gt`,GREATER_THAN_OR_EQUAL_TO:`gte`,BETWEEN:`between`,DATE_IS:`dateIs`,DATE_IS_NOT:`dateIsNot`,DATE_BEFORE:`dateBefore`,DATE_AFTER:`dateAfter`};function Bg(e){"@babel/helpers - typeof";return Bg=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Bg(e)}function Vg(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function Hg(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?Vg(Object(n),!0).forEach(function(t){Ug(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):Vg(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function Ug(e,t,n){return(t=Wg(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Wg(e){var t=Gg(e,`string`);return Bg(t)==`symbol`?t:t+``}function Gg(e,t){if(Bg(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Bg(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Kg={ripple:!1,inputStyle:null,inputVariant:null,locale:{startsWith:`Starts with`,contains:`Contains`,notContains:`Not contains`,endsWith:`Ends with`,equals:`Equals`,notEquals:`Not equals`,noFilter:`No Filter`,lt:`Less than`,lte:`Less than or equal to`,gt:`Greater than`,gte:`Greater than or equal to`,dateIs:`Date is`,dateIsNot:`Date is not`,dateBefore:`Date is before`,dateAfter:`Date is after`,clear:`Clear`,apply:`Apply`,matchAll:`Match All`,matchAny:`Match Any`,addRule:`Add Rule`,removeRule:`Remove Rule`,accept:`Yes`,reject:`No`,choose:`Choose`,upload:`Upload`,cancel:`Cancel`,completed:`Completed`,pending:`Pending`,fileSizeTypes:[`B`,`KB`,`MB`,`GB`,`TB`,`PB`,`EB`,`ZB`,`YB`],dayNames:[`Sunday`,`Monday`,`Tuesday`,`Wednesday`,`Thursday`,`Friday`,`Saturday`],dayNamesShort:[`Sun`,`Mon`,`Tue`,`Wed`,`Thu`,`Fri`,`Sat`],dayNamesMin:[`Su`,`Mo`,`Tu`,`We`,`Th`,`Fr`,`Sa`],monthNames:[`January`,`February`,`March`,`April`,`May`,`June`,`July`,`August`,`September`,`October`,`November`,`December`],monthNamesShort:[`Jan`,`Feb`,`Mar`,`Apr`,`May`,`Jun`,`Jul`,`Aug`,`Sep`,`Oct`,`Nov`,`Dec`],chooseYear:`Choose Year`,chooseMonth:`Choose Month`,chooseDate:`Choose Date`,prevDecade:`Previous Decade`,nextDecade:`Next Decade`,prevYear:`Previous Year`,nextYear:`Next Year`,prevMonth:`Previous Month`,nextMonth:`Next Month`,prevHour:`Previous Hour`,nextHour:`Next Hour`,prevMinute:`Previous Minute`,nextMinute:`Next Minute`,prevSecond:`Previous Second`,nextSecond:`Next Second`,am:`am`,pm:`pm`,today:`Today`,weekHeader:`Wk`,firstDayOfWeek:0,showMonthAfterYear:!1,dateFormat:`mm/dd/yy`,weak:`Weak`,medium:`Medium`,strong:`Strong`,passwordPrompt:`Enter a password`,emptyFilterMessage:`No results found`,searchMessage:`{0} results are available`,selectionMessage:`{0} items selected`,emptySelectionMessage:`No selected item`,emptySearchMessage:`No results found`,fileChosenMessage:`{0} files`,noFileChosenMessage:`No file chosen`,emptyMessage:`No available options`,aria:{trueLabel:`True`,falseLabel:`False`,nullLabel:`Not Selected`,star:`1 star`,stars:`{star} stars`,selectAll:`All items selected`,unselectAll:`All items unselected`,close:`Close`,previous:`Previous`,next:`Next`,navigation:`Navigation`,scrollTop:`Scroll Top`,moveTop:`Move Top`,moveUp:`Move Up`,moveDown:`Move Down`,moveBottom:`Move Bottom`,moveToTarget:`Move to Target`,moveToSource:`Move to Source`,moveAllToTarget:`Move All to Target`,moveAllToSource:`Move All to Source`,pageLabel:`Page {page}`,firstPageLabel:`First Page`,lastPageLabel:`Last Page`,nextPageLabel:`Next Page`,prevPageLabel:`Previous Page`,rowsPerPageLabel:`Rows per page`,jumpToPageDropdownLabel:`Jump to Page Dropdown`,jumpToPageInputLabel:`Jump to Page Input`,selectRow:`Row Selected`,unselectRow:`Row Unselected`,expandRow:`Row Expanded`,collapseRow:`Row Collapsed`,showFilterMenu:`Show Filter Menu`,hideFilterMenu:`Hide Filter Menu`,filterOperator:`Filter Operator`,filterConstraint:`Filter Constraint`,editRow:`Row Edit`,saveEdit:`Save Edit`,cancelEdit:`Cancel Edit`,listView:`List View`,gridView:`Grid View`,slide:`Slide`,slideNumber:`{slideNumber}`,zoomImage:`Zoom Image`,zoomIn:`Zoom In`,zoomOut:`Zoom Out`,rotateRight:`Rotate Right`,rotateLeft:`Rotate Left`,listLabel:`Option List`}},filterMatchModeOptions:{text:[zg.STARTS_WITH,zg.CONTAINS,zg.NOT_CONTAINS,zg.ENDS_WITH,zg.EQUALS,zg.NOT_EQUALS],numeric:[zg.EQUALS,zg.NOT_EQUALS,zg.LESS_THAN,zg.LESS_THAN_OR_EQUAL_TO,zg.GREATER_THAN,zg.GREATER_THAN_OR_EQUAL_TO],date:[zg.DATE_IS,zg.DATE_IS_NOT,zg.DATE_BEFORE,zg.DATE_AFTER]},zIndex:{modal:1100,overlay:1e3,menu:1e3,tooltip:1100},theme:void 0,unstyled:!1,pt:void 0,ptOptions:{mergeSections:!0,mergeProps:!1},csp:{nonce:void 0}},qg=Symbol();function Jg(e,t){var n={config:Vt(t)};return e.config.globalProperties.$primevue=n,e.provide(qg,n),Xg(),Zg(e,n),n}var Yg=[];function Xg(){ol.clear(),Yg.forEach(function(e){return e?.()}),Yg=[]}function Zg(e,t){var n=$t(!1),r=function(){if(t.config?.theme!==`none`&&!K.isStyleNameLoaded(`common`)){var e,n=q.getCommonTheme?.call(q)||{},r=n.primitive,i=n.semantic,a=n.global,o=n.style,s={nonce:(e=t.config)==null||(e=e.csp)==null?void 0:e.nonce};q.load(r?.css,Hg({name:`primitive-variables`},s)),q.load(i?.css,Hg({name:`semantic-variables`},s)),q.load(a?.css,Hg({name:`global-variables`},s)),q.loadStyle(Hg({name:`global-style`},s),o),K.setLoadedStyleName(`common`)}};ol.on(`theme:change`,function(t){n.value||=(e.config.globalProperties.$primevue.config.theme=t,!0)});var i=Wn(t.config,function(e,t){Vu.emit(`config:change`,{newValue:e,oldValue:t})},{immediate:!0,deep:!0}),a=Wn(function(){return t.config.ripple},function(e,t){Vu.emit(`config:ripple:change`,{newValue:e,oldValue:t})},{immediate:!0,deep:!0}),o=Wn(function(){return t.config.theme},function(e,i){n.value||K.setTheme(e),t.config.unstyled||r(),n.value=!1,Vu.emit(`config:theme:change`,{newValue:e,oldValue:i})},{immediate:!0,deep:!1}),s=Wn(function(){return t.config.unstyled},function(e,n){!e&&t.config.theme&&r(),Vu.emit(`config:unstyled:change`,{newValue:e,oldValue:n})},{immediate:!0,deep:!0});Yg.push(i),Yg.push(a),Yg.push(o),Yg.push(s)}var Qg={install:function(e,t){Jg(e,Hc(Kg,t))}};El.isStyleNameLoaded=()=>!0;var $g={button:{root:{class:`cs-button`},icon:{class:`cs-button-icon`},loadingIcon:{class:`cs-button-icon`},label:{class:`cs-button-label`}},inputtext:{root:{class:`cs-input`}},progressbar:{root:{class:`cs-progress`},value:{class:`cs-progress-value`},label:{class:`cs-progress-label`}},dialog:{mask:{class:`civitai-sidebar cs-dialog-mask`},root:{class:`cs-dialog`},header:{class:`cs-dialog-header`},title:{class:`cs-dialog-title`},content:{class:`cs-dialog-content`},footer:{class:`cs-dialog-footer`}},message:{root:({props:e})=>({class:[`cs-message`,`cs-message--${e.severity}`]}),content:{class:`cs-message-content`},icon:{class:`cs-message-icon`},text:{class:`cs-message-text`}}},e_={modal:5e3,overlay:5e3,menu:5e3,tooltip:5100};function t_(e){e.use(Qg,{unstyled:!0,ripple:!1,pt:$g,zIndex:e_})}var n_=`civitai-sidebar`;function r_(){let e=null;function t(){e?.unmount(),e=null}function n(n){t(),e=ys(Rg),t_(e),e.mount(n)}return{id:n_,icon:`pi pi-download`,title:`Civitai`,tooltip:`Civitai Sidebar`,type:`custom`,render:n,destroy:t}}var i_=`••••••••`,a_=`Civitai.Downloads.Concurrency`,o_=[{id:`Civitai.Keys.CivitaiApiKey`,field:`civitai`,label:`settings.civitaiKey`,sortOrder:20},{id:`Civitai.Keys.HuggingFaceToken`,field:`huggingface`,label:`settings.hfToken`,sortOrder:10}],s_=e=>/^•+$/.test(e);function c_({id:e,field:t},n=800){let r=null,i=null,a=!1,o=!1,s,c=()=>js(e)===`••••••••`?i_:``;function l(e){r=e,clearTimeout(i),i=setTimeout(m,n)}function u(e){if(e===``||e===`••••••••`||e==null)return e;let t=String(e).trim();return t&&!s_(t)&&(a||(o=!0),l({value:t})),c()}function d(e,t){t===void 0?a=!0:(s===void 0||e!==s)&&e===``&&t===`••••••••`&&l({value:null})}async function f(t){s=t;let n=Ms(e,t);s=void 0,await n}async function p(t,n=!1){let r=t?i_:``;n&&js(e)===r&&await f(r===``?i_:``),(js(e)!==r||n)&&await f(r)}async function m(){i=null;let e=r;if(r=null,!e)return;let n=o||!!e.value;o=!1;try{let{keys:r}=await ws(`/civitai/settings/keys`,{method:`POST`,body:{[t]:e.value}});of(r),As(`success`,e.value?Z(`toast.keySaved`):Z(`toast.keyForgotten`)),await p(r?.[t]===!0,n)}catch(e){As(`error`,Z(`toast.keyFailed`),e.message),await p(tf.health?.keys?.[t]===!0,n)}}return{setting:{id:e,type:`text`,defaultValue:``,attrs:{type:`password`,autocomplete:`off`,spellcheck:!1,placeholder:Z(`settings.keyPlaceholder`)},migrateDeprecatedValue:u,onChange:d},show:p,flush:m}}function l_(e){let t=Math.round(Number(e));return Number.isFinite(t)?Math.min(8,Math.max(1,t)):2}async function u_(e){try{await ws(`/civitai/settings/downloads`,{method:`POST`,body:{concurrency:l_(e)}})}catch(e){As(`error`,Z(`toast.settingFailed`),e.message)}}function d_(){let e=o_.map(e=>({spec:e,field:c_(e)})),t=e.map(({spec:e,field:t})=>{let n=Z(e.label);return{...t.setting,name:n,tooltip:Z(`settings.keyTooltip`),category:[`Civitai`,`Keys`,n],sortOrder:e.sortOrder}}),n=Z(`settings.concurrency`);t.push({id:a_,name:n,type:`number`,defaultValue:2,attrs:{min:1,max:8,step:1,showButtons:!0},tooltip:Z(`settings.concurrencyTooltip`),category:[`Civitai`,`Downloads`,n],onChange(e,t){if(t!==void 0||l_(e)!==2)return u_(e)}});async function r(t){if(t)for(let{spec:n,field:r}of e)await r.show(t[n.field]===!0)}return{settings:t,showKeyStatus:r}}df();var{settings:f_,showKeyStatus:p_}=d_();Ss({name:`Civitai.Sidebar`,settings:f_,setup(){Cs(r_()),Wn(()=>tf.health?.keys,p_),af()},afterConfigureGraph(){Is()}});