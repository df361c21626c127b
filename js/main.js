(function(){try{if(typeof document<`u`){var e=document.createElement(`style`);e.setAttribute(`id`,`civitai-sidebar-styles`),e.appendChild(document.createTextNode(`.civitai-sidebar .cs-health{flex-direction:column;gap:.5rem;display:flex}.civitai-sidebar .cs-health-heading{justify-content:space-between;align-items:center;gap:.5rem;display:flex}.civitai-sidebar .cs-subtitle{color:var(--cs-muted);margin:0;font-size:.8125rem;font-weight:600}.civitai-sidebar .cs-facts{border:1px solid var(--cs-border);border-radius:var(--cs-radius);background:var(--cs-surface);grid-template-columns:max-content minmax(0,1fr);gap:.25rem .75rem;margin:0;padding:.5rem .625rem;display:grid}.civitai-sidebar .cs-facts dt{color:var(--cs-muted)}.civitai-sidebar .cs-facts dd{overflow-wrap:anywhere;margin:0}.civitai-sidebar .cs-facts dd[data-configured=false]{color:var(--cs-muted)}.civitai-sidebar{--cs-fg:var(--fg-color,#fff);--cs-muted:var(--descrip-text,#999);--cs-surface:var(--comfy-input-bg,#222);--cs-surface-text:var(--input-text,var(--cs-fg));--cs-border:var(--border-color,#4e4e4e);--cs-hover:var(--content-hover-bg,#222);--cs-error:var(--error-text,#f44);--cs-radius:6px;box-sizing:border-box;height:100%;color:var(--cs-fg);flex-direction:column;gap:.75rem;padding:.75rem;font-size:.875rem;line-height:1.4;display:flex;overflow-y:auto}.civitai-sidebar *,.civitai-sidebar :before,.civitai-sidebar :after{box-sizing:inherit}.civitai-sidebar .cs-header{border-bottom:1px solid var(--cs-border);align-items:center;gap:.5rem;padding-bottom:.5rem;display:flex}.civitai-sidebar .cs-title{margin:0;font-size:1rem;font-weight:600}.civitai-sidebar .cs-muted{color:var(--cs-muted)}.civitai-sidebar .cs-button{border:1px solid var(--cs-border);border-radius:var(--cs-radius);background:var(--cs-surface);color:var(--cs-surface-text);font:inherit;cursor:pointer;align-items:center;gap:.375rem;padding:.25rem .625rem;display:inline-flex}.civitai-sidebar .cs-button:hover:not(:disabled){background:var(--cs-hover)}.civitai-sidebar .cs-button:focus-visible{outline:2px solid var(--cs-fg);outline-offset:1px}.civitai-sidebar .cs-button:disabled{cursor:default;opacity:.6}.civitai-sidebar .cs-message{border:1px solid var(--cs-border);border-radius:var(--cs-radius);background:var(--cs-surface);border-left-width:4px;padding:.5rem .625rem}.civitai-sidebar .cs-message--error{border-color:var(--cs-error);color:var(--cs-error)}.civitai-sidebar .cs-message-content{overflow-wrap:anywhere;align-items:flex-start;gap:.5rem;display:flex}/*$vite$:1*/`)),document.head.appendChild(e)}}catch(e){console.error(`vite-plugin-css-injected-by-js`,e)}})();
import{app as e}from"../../scripts/app.js";import{api as t}from"../../scripts/api.js";function n(t){e.registerExtension(t)}function r(t){e.extensionManager.registerSidebarTab(t)}async function i(e,n={}){let r=await t.fetchApi(e,a(n)),i=await o(r);if(!r.ok){let e=typeof i?.error==`string`?i.error:``,t=Error(e||`HTTP ${r.status} ${r.statusText}`.trim());throw t.status=r.status,t}return i}function a(e){let{body:t}=e;return!(typeof t==`object`&&t&&Object.getPrototypeOf(t)===Object.prototype)&&!Array.isArray(t)?e:{...e,body:JSON.stringify(t),headers:{"Content-Type":`application/json`,...e.headers}}}async function o(e){let t=await e.text();if(!t)return null;try{return JSON.parse(t)}catch{if(e.ok)throw Error(`Expected JSON from the server, got: ${t.slice(0,80)}`);return null}}
/**
* @vue/shared v3.5.45
* (c) 2018-present Yuxi (Evan) You and Vue contributors
* @license MIT
**/
function s(e){let t=Object.create(null);for(let n of e.split(`,`))t[n]=1;return e=>e in t}var c={},l=[],u=()=>{},d=()=>!1,f=e=>e.charCodeAt(0)===111&&e.charCodeAt(1)===110&&(e.charCodeAt(2)>122||e.charCodeAt(2)<97),p=e=>e.startsWith(`onUpdate:`),m=Object.assign,h=(e,t)=>{let n=e.indexOf(t);n>-1&&e.splice(n,1)},g=Object.prototype.hasOwnProperty,_=(e,t)=>g.call(e,t),v=Array.isArray,y=e=>te(e)===`[object Map]`,b=e=>te(e)===`[object Set]`,x=e=>te(e)===`[object Date]`,S=e=>typeof e==`function`,C=e=>typeof e==`string`,w=e=>typeof e==`symbol`,T=e=>typeof e==`object`&&!!e,E=e=>(T(e)||S(e))&&S(e.then)&&S(e.catch),ee=Object.prototype.toString,te=e=>ee.call(e),ne=e=>te(e).slice(8,-1),re=e=>te(e)===`[object Object]`,ie=e=>C(e)&&e!==`NaN`&&e[0]!==`-`&&``+parseInt(e,10)===e,ae=s(`,key,ref,ref_for,ref_key,onVnodeBeforeMount,onVnodeMounted,onVnodeBeforeUpdate,onVnodeUpdated,onVnodeBeforeUnmount,onVnodeUnmounted`),oe=e=>{let t=Object.create(null);return(n=>t[n]||(t[n]=e(n)))},se=/-\w/g,D=oe(e=>e.replace(se,e=>e.slice(1).toUpperCase())),ce=/\B([A-Z])/g,le=oe(e=>e.replace(ce,`-$1`).toLowerCase()),ue=oe(e=>e.charAt(0).toUpperCase()+e.slice(1)),de=oe(e=>e?`on${ue(e)}`:``),fe=(e,t)=>!Object.is(e,t),pe=(e,...t)=>{for(let n=0;n<e.length;n++)e[n](...t)},me=(e,t,n,r=!1)=>{Object.defineProperty(e,t,{configurable:!0,enumerable:!1,writable:r,value:n})},he=e=>{let t=parseFloat(e);return isNaN(t)?e:t},ge=e=>{let t=C(e)?Number(e):NaN;return isNaN(t)?e:t},_e,ve=()=>_e||=typeof globalThis<`u`?globalThis:typeof self<`u`?self:typeof window<`u`?window:typeof global<`u`?global:{};function ye(e){if(v(e)){let t={};for(let n=0;n<e.length;n++){let r=e[n],i=C(r)?Ce(r):ye(r);if(i)for(let e in i)t[e]=i[e]}return t}if(C(e)||T(e))return e}var be=/;(?![^(]*\))/g,xe=/:([^]+)/,Se=/"(?:[^"\\]|\\[^])*"|'(?:[^'\\]|\\[^])*'|\\[^]|\/\*[^]*?\*\//g;function Ce(e){let t={};return e.replace(Se,e=>e.startsWith(`/*`)?``:e).split(be).forEach(e=>{if(e){let n=e.split(xe);n.length>1&&(t[n[0].trim()]=n[1].trim())}}),t}function we(e){let t=``;if(C(e))t=e;else if(v(e))for(let n=0;n<e.length;n++){let r=we(e[n]);r&&(t+=r+` `)}else if(T(e))for(let n in e)e[n]&&(t+=n+` `);return t.trim()}var Te=s(`itemscope,allowfullscreen,disablepictureinpicture,disableremoteplayback,formnovalidate,ismap,nomodule,novalidate,playsinline,readonly`);function Ee(e){return!!e||e===``}function De(e,t,n){if(e.length!==t.length)return!1;let r=!0;for(let i=0;r&&i<e.length;i++)r=je(e[i],t[i],n);return r}function Oe(e,t,n){if(e.size!==t.size)return!1;let r=Array.from(t),i=new Uint8Array(r.length);for(let t of e){let e=-1;for(let a=0;a<r.length;a++)if(!i[a]&&je(t,r[a],n)){e=a;break}if(e<0)return!1;i[e]=1}return!0}function ke(e,t,n){let r=y(e),i=y(t);if(r||i||(r=b(e),i=b(t),r||i))return r&&i?Oe(e,t,n):!1;if(Object.keys(e).length!==Object.keys(t).length)return!1;for(let r in e){let i=e.hasOwnProperty(r),a=t.hasOwnProperty(r);if(i&&!a||!i&&a||!je(e[r],t[r],n))return!1}return String(e)===String(t)}function Ae(e,t,n,r){n||=[new Map,new Map];let[i,a]=n;if(i.has(e)||a.has(t))return i.get(e)===t&&a.get(t)===e;i.set(e,t),a.set(t,e);let o=r(e,t,n);return i.delete(e),a.delete(t),o}function je(e,t,n){if(e===t)return!0;let r=x(e),i=x(t);return r||i?r&&i?e.getTime()===t.getTime():!1:(r=w(e),i=w(t),r||i?e===t:(r=v(e),i=v(t),r||i?r&&i?Ae(e,t,n,De):!1:(r=T(e),i=T(t),r||i?!r||!i?!1:Ae(e,t,n,ke):String(e)===String(t))))}var Me=e=>!!(e&&e.__v_isRef===!0),Ne=e=>C(e)?e:e==null?``:v(e)||T(e)&&(e.toString===ee||!S(e.toString))?Me(e)?Ne(e.value):JSON.stringify(e,Pe,2):String(e),Pe=(e,t)=>Me(t)?Pe(e,t.value):y(t)?{[`Map(${t.size})`]:[...t.entries()].reduce((e,[t,n],r)=>(e[Fe(t,r)+` =>`]=n,e),{})}:b(t)?{[`Set(${t.size})`]:[...t.values()].map(e=>Fe(e))}:w(t)?Fe(t):T(t)&&!v(t)&&!re(t)?String(t):t,Fe=(e,t=``)=>w(e)?`Symbol(${e.description??t})`:e,O,Ie=class{constructor(e=!1){
/**
* @vue/reactivity v3.5.45
* (c) 2018-present Yuxi (Evan) You and Vue contributors
* @license MIT
**/
this.detached=e,this._active=!0,this._on=0,this.effects=[],this.cleanups=[],this._isPaused=!1,this._warnOnRun=!0,this.__v_skip=!0,!e&&O&&(O.active?(this.parent=O,this.index=(O.scopes||(O.scopes=[])).push(this)-1):(this._active=!1,this._warnOnRun=!1))}get active(){return this._active}pause(){if(this._active){this._isPaused=!0;let e,t;if(this.scopes){let n=this.scopes.slice();for(e=0,t=n.length;e<t;e++)n[e].pause()}for(e=0,t=this.effects.length;e<t;e++)this.effects[e].pause()}}resume(){if(this._active&&this._isPaused){this._isPaused=!1;let e,t;if(this.scopes){let n=this.scopes.slice();for(e=0,t=n.length;e<t;e++)n[e].resume()}let n=this.effects.slice();for(e=0,t=n.length;e<t;e++)n[e].resume()}}run(e){if(this._active){let t=O;try{return O=this,e()}finally{O=t}}}on(){++this._on===1&&(this.prevScope=O,O=this)}off(){if(this._on>0&&--this._on===0){if(O===this)O=this.prevScope;else{let e=O;for(;e;){if(e.prevScope===this){e.prevScope=this.prevScope;break}e=e.prevScope}}this.prevScope=void 0}}stop(e){if(this._active){this._active=!1;let t,n;for(t=0,n=this.effects.length;t<n;t++)this.effects[t].stop();for(this.effects.length=0,t=0,n=this.cleanups.length;t<n;t++)this.cleanups[t]();if(this.cleanups.length=0,this.scopes){let e=this.scopes.slice();for(t=0,n=e.length;t<n;t++)e[t].stop(!0);this.scopes.length=0}if(!this.detached&&this.parent&&!e){let e=this.parent.scopes.pop();e&&e!==this&&(this.parent.scopes[this.index]=e,e.index=this.index)}this.parent=void 0}}};function Le(){return O}var k,Re=new WeakSet,ze=class{constructor(e){this.fn=e,this.deps=void 0,this.depsTail=void 0,this.flags=5,this.next=void 0,this.cleanup=void 0,this.scheduler=void 0,O&&(O.active?O.effects.push(this):this.flags&=-2)}pause(){this.flags|=64}resume(){this.flags&64&&(this.flags&=-65,Re.has(this)&&(Re.delete(this),this.trigger()))}notify(){this.flags&2&&!(this.flags&32)||this.flags&8||Ue(this)}run(){if(!(this.flags&1))return this.fn();this.flags|=2,nt(this),Ke(this);let e=k,t=Qe;k=this,Qe=!0;try{return this.fn()}finally{qe(this),k=e,Qe=t,this.flags&=-3}}stop(){if(this.flags&1){for(let e=this.deps;e;e=e.nextDep)Xe(e);this.deps=this.depsTail=void 0,nt(this),this.onStop&&this.onStop(),this.flags&=-2}}trigger(){this.flags&64?Re.add(this):this.scheduler?this.scheduler():this.runIfDirty()}runIfDirty(){Je(this)&&this.run()}get dirty(){return Je(this)}},Be=0,Ve,He;function Ue(e,t=!1){e.flags|=8,t?(e.next=He,He=e):(e.next=Ve,Ve=e)}function We(){Be++}function Ge(){if(--Be>0)return;if(He){let e=He;for(He=void 0;e;){let t=e.next;e.next=void 0,e.flags&=-9,e=t}}let e;for(;Ve;){let t=Ve;for(Ve=void 0;t;){let n=t.next;if(t.next=void 0,t.flags&=-9,t.flags&1)try{t.trigger()}catch(t){e||=t}t=n}}if(e)throw e}function Ke(e){for(let t=e.deps;t;t=t.nextDep)t.version=-1,t.prevActiveLink=t.dep.activeLink,t.dep.activeLink=t}function qe(e){let t,n=e.depsTail,r=n;for(;r;){let e=r.prevDep;r.version===-1?(r===n&&(n=e),Xe(r),Ze(r)):t=r,r.dep.activeLink=r.prevActiveLink,r.prevActiveLink=void 0,r=e}e.deps=t,e.depsTail=n}function Je(e){for(let t=e.deps;t;t=t.nextDep)if(t.dep.version!==t.version||t.dep.computed&&(Ye(t.dep.computed)||t.dep.version!==t.version))return!0;return!!e._dirty}function Ye(e){if(e.flags&4&&!(e.flags&16)||(e.flags&=-17,e.globalVersion===rt)||(e.globalVersion=rt,!e.isSSR&&e.flags&128&&(!e.deps&&!e._dirty||!Je(e))))return;e.flags|=2;let t=e.dep,n=k,r=Qe;k=e,Qe=!0;try{Ke(e);let n=e.fn(e._value);(t.version===0||fe(n,e._value))&&(e.flags|=128,e._value=n,t.version++)}catch(e){throw t.version++,e}finally{k=n,Qe=r,qe(e),e.flags&=-3}}function Xe(e,t=!1){let{dep:n,prevSub:r,nextSub:i}=e;if(r&&(r.nextSub=i,e.prevSub=void 0),i&&(i.prevSub=r,e.nextSub=void 0),n.subs===e&&(n.subs=r,!r&&n.computed)){n.computed.flags&=-5;for(let e=n.computed.deps;e;e=e.nextDep)Xe(e,!0)}!t&&!--n.sc&&n.map&&n.map.delete(n.key)}function Ze(e){let{prevDep:t,nextDep:n}=e;t&&(t.nextDep=n,e.prevDep=void 0),n&&(n.prevDep=t,e.nextDep=void 0)}var Qe=!0,$e=[];function et(){$e.push(Qe),Qe=!1}function tt(){let e=$e.pop();Qe=e===void 0||e}function nt(e){let{cleanup:t}=e;if(e.cleanup=void 0,t){let e=k;k=void 0;try{t()}finally{k=e}}}var rt=0,it=class{constructor(e,t){this.sub=e,this.dep=t,this.version=t.version,this.nextDep=this.prevDep=this.nextSub=this.prevSub=this.prevActiveLink=void 0}},at=class{constructor(e){this.computed=e,this.version=0,this.activeLink=void 0,this.subs=void 0,this.map=void 0,this.key=void 0,this.sc=0,this.__v_skip=!0}track(e){if(!k||!Qe||k===this.computed)return;let t=this.activeLink;if(t===void 0||t.sub!==k)t=this.activeLink=new it(k,this),k.deps?(t.prevDep=k.depsTail,k.depsTail.nextDep=t,k.depsTail=t):k.deps=k.depsTail=t,ot(t);else if(t.version===-1&&(t.version=this.version,t.nextDep)){let e=t.nextDep;e.prevDep=t.prevDep,t.prevDep&&(t.prevDep.nextDep=e),t.prevDep=k.depsTail,t.nextDep=void 0,k.depsTail.nextDep=t,k.depsTail=t,k.deps===t&&(k.deps=e)}return t}trigger(e){this.version++,rt++,this.notify(e)}notify(e){We();try{for(let e=this.subs;e;e=e.prevSub)e.sub.notify()&&e.sub.dep.notify()}finally{Ge()}}};function ot(e){if(e.dep.sc++,e.sub.flags&4){let t=e.dep.computed;if(t&&!e.dep.subs){t.flags|=20;for(let e=t.deps;e;e=e.nextDep)ot(e)}let n=e.dep.subs;n!==e&&(e.prevSub=n,n&&(n.nextSub=e)),e.dep.subs=e}}var st=new WeakMap,ct=Symbol(``),lt=Symbol(``),ut=Symbol(``);function A(e,t,n){if(Qe&&k){let t=st.get(e);t||st.set(e,t=new Map);let r=t.get(n);r||(t.set(n,r=new at),r.map=t,r.key=n),r.track()}}function dt(e,t,n,r,i,a){let o=st.get(e);if(!o){rt++;return}let s=e=>{e&&e.trigger()};if(We(),t===`clear`)o.forEach(s);else{let i=v(e),a=i&&ie(n);if(i&&n===`length`){let e=Number(r);o.forEach((t,n)=>{(n===`length`||n===ut||!w(n)&&n>=e)&&s(t)})}else switch((n!==void 0||o.has(void 0))&&s(o.get(n)),a&&s(o.get(ut)),t){case`add`:i?a&&s(o.get(`length`)):(s(o.get(ct)),y(e)&&s(o.get(lt)));break;case`delete`:i||(s(o.get(ct)),y(e)&&s(o.get(lt)));break;case`set`:y(e)&&s(o.get(ct))}}Ge()}function ft(e){let t=j(e);return t===e||(A(t,`iterate`,ut),Qt(e))?t:Zt(e)?Xt(e)?t.map(e=>nn(tn(e))):t.map(nn):t.map(tn)}function pt(e){return A(e=j(e),`iterate`,ut),e}function mt(e,t){return Zt(e)?nn(Xt(e)?tn(t):t):tn(t)}var ht={__proto__:null,[Symbol.iterator](){return gt(this,Symbol.iterator,e=>mt(this,e))},concat(...e){return ft(this).concat(...e.map(e=>v(e)?ft(e):e))},entries(){return gt(this,`entries`,e=>(e[1]=mt(this,e[1]),e))},every(e,t){return yt(this,`every`,e,t,void 0,arguments)},filter(e,t){return yt(this,`filter`,e,t,e=>e.map(e=>mt(this,e)),arguments)},find(e,t){return yt(this,`find`,e,t,e=>mt(this,e),arguments)},findIndex(e,t){return yt(this,`findIndex`,e,t,void 0,arguments)},findLast(e,t){return yt(this,`findLast`,e,t,e=>mt(this,e),arguments)},findLastIndex(e,t){return yt(this,`findLastIndex`,e,t,void 0,arguments)},forEach(e,t){return yt(this,`forEach`,e,t,void 0,arguments)},includes(...e){return xt(this,`includes`,e)},indexOf(...e){return xt(this,`indexOf`,e)},join(e){return ft(this).join(e)},lastIndexOf(...e){return xt(this,`lastIndexOf`,e)},map(e,t){return yt(this,`map`,e,t,void 0,arguments)},pop(){return St(this,`pop`)},push(...e){return St(this,`push`,e)},reduce(e,...t){return bt(this,`reduce`,e,t)},reduceRight(e,...t){return bt(this,`reduceRight`,e,t)},shift(){return St(this,`shift`)},some(e,t){return yt(this,`some`,e,t,void 0,arguments)},splice(...e){return St(this,`splice`,e)},toReversed(){return ft(this).toReversed()},toSorted(e){return ft(this).toSorted(e)},toSpliced(...e){return ft(this).toSpliced(...e)},unshift(...e){return St(this,`unshift`,e)},values(){return gt(this,`values`,e=>mt(this,e))}};function gt(e,t,n){let r=pt(e),i=r[t],a=i.call(r);if(r!==e&&!Qt(e)){if(a[Symbol.toStringTag]===`Array Iterator`){let e=Object.create(Object.getPrototypeOf(a));return e.next=()=>_t(a.next(),n),i!==vt[t]&&Object.defineProperties(e,{return:{get(){let e=a.return;return typeof e==`function`?e.bind(a):e}},throw:{get(){let e=a.throw;return typeof e==`function`?e.bind(a):e}}}),e}a._next=a.next,a.next=()=>_t(a._next(),n)}return a}function _t(e,t){return e.done||(e.value=t(e.value)),e}var vt=Array.prototype;function yt(e,t,n,r,i,a){let o=pt(e),s=o!==e&&!Qt(e),c=o[t];if(c!==vt[t]){let t=c.apply(e,a);return s?tn(t):t}let l=n;o!==e&&(s?l=function(t,r){return n.call(this,mt(e,t),r,e)}:n.length>2&&(l=function(t,r){return n.call(this,t,r,e)}));let u=c.call(o,l,r);return s&&i?i(u):u}function bt(e,t,n,r){let i=pt(e),a=i!==e&&!Qt(e),o=n,s=!1;i!==e&&(a?(s=r.length===0,o=function(t,r,i){return s&&(s=!1,t=mt(e,t)),n.call(this,t,mt(e,r),i,e)}):n.length>3&&(o=function(t,r,i){return n.call(this,t,r,i,e)}));let c=i[t](o,...r);return s?mt(e,c):c}function xt(e,t,n){let r=j(e);A(r,`iterate`,ut);let i=r[t](...n);return(i===-1||i===!1)&&$t(n[0])?(n[0]=j(n[0]),r[t](...n)):i}function St(e,t,n=[]){et(),We();let r=j(e)[t].apply(e,n);return Ge(),tt(),r}var Ct=s(`__proto__,__v_isRef,__isVue`),wt=new Set(Object.getOwnPropertyNames(Symbol).filter(e=>e!==`arguments`&&e!==`caller`).map(e=>Symbol[e]).filter(w));function Tt(e){w(e)||(e=String(e));let t=j(this);return A(t,`has`,e),t.hasOwnProperty(e)}var Et=class{constructor(e=!1,t=!1){this._isReadonly=e,this._isShallow=t}get(e,t,n){if(t===`__v_skip`)return e.__v_skip;let r=this._isReadonly,i=this._isShallow;if(t===`__v_isReactive`)return!r;if(t===`__v_isReadonly`)return r;if(t===`__v_isShallow`)return i;if(t===`__v_raw`)return n===(r?i?Wt:Ut:i?Ht:Vt).get(e)||Object.getPrototypeOf(e)===Object.getPrototypeOf(n)?e:void 0;let a=v(e);if(!r){let e;if(a&&(e=ht[t]))return e;if(t===`hasOwnProperty`)return Tt}let o=Reflect.get(e,t,M(e)?e:n);if((w(t)?wt.has(t):Ct(t))||(r||A(e,`get`,t),i))return o;if(M(o)){let e=a&&ie(t)?o:o.value;return r&&T(e)?Jt(e):e}return T(o)?r?Jt(o):Kt(o):o}},Dt=class extends Et{constructor(e=!1){super(!1,e)}set(e,t,n,r){let i=e[t],a=v(e)&&ie(t);if(!this._isShallow){let e=Zt(i);if(!Qt(n)&&!Zt(n)&&(i=j(i),n=j(n)),!a&&M(i)&&!M(n))return e||(i.value=n),!0}let o=a?Number(t)<e.length:_(e,t),s=Reflect.set(e,t,n,M(e)?e:r);return e===j(r)&&s&&(o?fe(n,i)&&dt(e,`set`,t,n,i):dt(e,`add`,t,n)),s}deleteProperty(e,t){let n=_(e,t),r=e[t],i=Reflect.deleteProperty(e,t);return i&&n&&dt(e,`delete`,t,void 0,r),i}has(e,t){let n=Reflect.has(e,t);return w(t)&&wt.has(t)||A(e,`has`,t),n}ownKeys(e){return A(e,`iterate`,v(e)?`length`:ct),Reflect.ownKeys(e)}},Ot=class extends Et{constructor(e=!1){super(!0,e)}set(e,t){return!0}deleteProperty(e,t){return!0}},kt=new Dt,At=new Ot,jt=new Dt(!0),Mt=e=>e,Nt=e=>Reflect.getPrototypeOf(e);function Pt(e,t,n){return function(...r){let i=this.__v_raw,a=j(i),o=y(a),s=e===`entries`||e===Symbol.iterator&&o,c=e===`keys`&&o,l=i[e](...r),u=n?Mt:t?nn:tn;return!t&&A(a,`iterate`,c?lt:ct),m(Object.create(l),{next(){let{value:e,done:t}=l.next();return t?{value:e,done:t}:{value:s?[u(e[0]),u(e[1])]:u(e),done:t}}})}}function Ft(e){return function(...t){return e===`delete`?!1:e===`clear`?void 0:this}}function It(e,t){let n={get(n){let r=this.__v_raw,i=j(r),a=j(n);e||(fe(n,a)&&A(i,`get`,n),A(i,`get`,a));let{has:o}=Nt(i),s=t?Mt:e?nn:tn;if(o.call(i,n))return s(r.get(n));if(o.call(i,a))return s(r.get(a));r!==i&&r.get(n)},get size(){let t=this.__v_raw;return!e&&A(j(t),`iterate`,ct),t.size},has(t){let n=this.__v_raw,r=j(n),i=j(t);return e||(fe(t,i)&&A(r,`has`,t),A(r,`has`,i)),t===i?n.has(t):n.has(t)||n.has(i)},forEach(n,r){let i=this,a=i.__v_raw,o=j(a),s=t?Mt:e?nn:tn;return!e&&A(o,`iterate`,ct),a.forEach((e,t)=>n.call(r,s(e),s(t),i))}};return m(n,e?{add:Ft(`add`),set:Ft(`set`),delete:Ft(`delete`),clear:Ft(`clear`)}:{add(e){let n=j(this),r=Nt(n),i=j(e),a=!t&&!Qt(e)&&!Zt(e)?i:e;return r.has.call(n,a)||fe(e,a)&&r.has.call(n,e)||fe(i,a)&&r.has.call(n,i)||(n.add(a),dt(n,`add`,a,a)),this},set(e,n){t||Qt(n)||Zt(n)||(n=j(n));let r=j(this),{has:i,get:a}=Nt(r),o=i.call(r,e);o||=(e=j(e),i.call(r,e));let s=a.call(r,e);return r.set(e,n),o?fe(n,s)&&dt(r,`set`,e,n,s):dt(r,`add`,e,n),this},delete(e){let t=j(this),{has:n,get:r}=Nt(t),i=n.call(t,e);i||=(e=j(e),n.call(t,e));let a=r?r.call(t,e):void 0,o=t.delete(e);return i&&dt(t,`delete`,e,void 0,a),o},clear(){let e=j(this),t=e.size!==0,n=e.clear();return t&&dt(e,`clear`,void 0,void 0,void 0),n}}),[`keys`,`values`,`entries`,Symbol.iterator].forEach(r=>{n[r]=Pt(r,e,t)}),n}function Lt(e,t){let n=It(e,t);return(r,i,a)=>i===`__v_isReactive`?!e:i===`__v_isReadonly`?e:i===`__v_isShallow`?t:i===`__v_raw`?r:Reflect.get(_(n,i)&&i in r?n:r,i,a)}var Rt={get:Lt(!1,!1)},zt={get:Lt(!1,!0)},Bt={get:Lt(!0,!1)},Vt=new WeakMap,Ht=new WeakMap,Ut=new WeakMap,Wt=new WeakMap;function Gt(e){switch(e){case`Object`:case`Array`:return 1;case`Map`:case`Set`:case`WeakMap`:case`WeakSet`:return 2;default:return 0}}function Kt(e){return Zt(e)?e:Yt(e,!1,kt,Rt,Vt)}function qt(e){return Yt(e,!1,jt,zt,Ht)}function Jt(e){return Yt(e,!0,At,Bt,Ut)}function Yt(e,t,n,r,i){if(!T(e)||e.__v_raw&&!(t&&e.__v_isReactive)||e.__v_skip||!Object.isExtensible(e))return e;let a=i.get(e);if(a)return a;let o=Gt(ne(e));if(o===0)return e;let s=new Proxy(e,o===2?r:n);return i.set(e,s),s}function Xt(e){return Zt(e)?Xt(e.__v_raw):!!(e&&e.__v_isReactive)}function Zt(e){return!!(e&&e.__v_isReadonly)}function Qt(e){return!!(e&&e.__v_isShallow)}function $t(e){return e?!!e.__v_raw:!1}function j(e){let t=e&&e.__v_raw;return t?j(t):e}function en(e){return!_(e,`__v_skip`)&&Object.isExtensible(e)&&me(e,`__v_skip`,!0),e}var tn=e=>T(e)?Kt(e):e,nn=e=>T(e)?Jt(e):e;function M(e){return e?e.__v_isRef===!0:!1}function rn(e){return an(e,!1)}function an(e,t){return M(e)?e:new on(e,t)}var on=class{constructor(e,t){this.dep=new at,this.__v_isRef=!0,this.__v_isShallow=!1,this._rawValue=t?e:j(e),this._value=t?e:tn(e),this.__v_isShallow=t}get value(){return this.dep.track(),this._value}set value(e){let t=this._rawValue,n=this.__v_isShallow||Qt(e)||Zt(e);e=n?e:j(e),fe(e,t)&&(this._rawValue=e,this._value=n?e:tn(e),this.dep.trigger())}};function sn(e){return M(e)?e.value:e}var cn={get:(e,t,n)=>t===`__v_raw`?e:sn(Reflect.get(e,t,n)),set:(e,t,n,r)=>{let i=e[t];return M(i)&&!M(n)?(i.value=n,!0):Reflect.set(e,t,n,r)}};function ln(e){return Xt(e)?e:new Proxy(e,cn)}var un=class{constructor(e,t,n){this.fn=e,this.setter=t,this._value=void 0,this.dep=new at(this),this.__v_isRef=!0,this.deps=void 0,this.depsTail=void 0,this.flags=16,this.globalVersion=rt-1,this.next=void 0,this.effect=this,this.__v_isReadonly=!t,this.isSSR=n}notify(){if(this.flags|=16,!(this.flags&8)&&k!==this)return Ue(this,!0),!0}get value(){let e=this.dep.track();return Ye(this),e&&(e.version=this.dep.version),this._value}set value(e){this.setter&&this.setter(e)}};function dn(e,t,n=!1){let r,i;return S(e)?r=e:(r=e.get,i=e.set),new un(r,i,n)}var fn={},pn=new WeakMap,mn=void 0;function hn(e,t=!1,n=mn){if(n){let t=pn.get(n);t||pn.set(n,t=[]),t.push(e)}}function gn(e,t,n=c){let{immediate:r,deep:i,once:a,scheduler:o,augmentJob:s,call:l}=n,d=e=>i?e:Qt(e)||i===!1||i===0?_n(e,1):_n(e),f,p,m,g,_=!1,y=!1;if(M(e)?(p=()=>e.value,_=Qt(e)):Xt(e)?(p=()=>d(e),_=!0):v(e)?(y=!0,_=e.some(e=>Xt(e)||Qt(e)),p=()=>e.map(e=>{if(M(e))return e.value;if(Xt(e))return d(e);if(S(e))return l?l(e,2):e()})):p=S(e)?t?l?()=>l(e,2):e:()=>{if(m){et();try{m()}finally{tt()}}let t=mn;mn=f;try{return l?l(e,3,[g]):e(g)}finally{mn=t}}:u,t&&i){let e=p,t=i===!0?1/0:i;p=()=>_n(e(),t)}let b=Le(),x=()=>{f.stop(),b&&b.active&&h(b.effects,f)};if(a&&t){let e=t;t=(...t)=>{try{return e(...t)}finally{x()}}}let C=y?Array(e.length).fill(fn):fn,w=e=>{if(f.flags&1&&(f.dirty||e)){if(t){let n=f.run();if(e||i||_||(y?n.some((e,t)=>fe(e,C[t])):fe(n,C))){let e=mn;et();try{m&&m(),mn=f;let e=[n,C===fn?void 0:y&&C[0]===fn?[]:C,g];C=n,l?l(t,3,e):t(...e)}finally{mn=e,tt()}}}else f.run()}};return s&&s(w),f=new ze(p),f.scheduler=o?()=>o(w,!1):w,g=e=>hn(e,!1,f),m=f.onStop=()=>{let e=pn.get(f);if(e){if(l)l(e,4);else for(let t of e)t();pn.delete(f)}},t?r?w(!0):C=f.run():o?o(w.bind(null,!0),!0):f.run(),x.pause=f.pause.bind(f),x.resume=f.resume.bind(f),x.stop=x,x}function _n(e,t=1/0,n){if(t<=0||!T(e)||e.__v_skip||(n||=new Map,(n.get(e)||0)>=t))return e;if(n.set(e,t),t--,M(e))_n(e.value,t,n);else if(v(e))for(let r=0;r<e.length;r++)_n(e[r],t,n);else if(b(e)||y(e))e.forEach(e=>{_n(e,t,n)});else if(re(e)){for(let r in e)_n(e[r],t,n);for(let r of Object.getOwnPropertySymbols(e))Object.prototype.propertyIsEnumerable.call(e,r)&&_n(e[r],t,n)}return e}
/**
* @vue/runtime-core v3.5.45
* (c) 2018-present Yuxi (Evan) You and Vue contributors
* @license MIT
**/
function vn(e,t,n,r){try{return r?e(...r):e()}catch(e){bn(e,t,n)}}function yn(e,t,n,r){if(S(e)){let i=vn(e,t,n,r);return i&&E(i)&&i.catch(e=>{bn(e,t,n,void 0,!0)}),i}if(v(e)){let i=[];for(let a=0;a<e.length;a++)i.push(yn(e[a],t,n,r));return i}}function bn(e,t,n,r=!0,i=!1){let a=t?t.vnode:null,{errorHandler:o,throwUnhandledErrorInProduction:s}=t&&t.appContext.config||c;if(t){let r=t.parent,a=t.proxy,s=`https://vuejs.org/error-reference/#runtime-${n}`;for(;r;){let t=r.ec;if(t&&!r.isUnmounted&&(!i||r.scope.active)){for(let n=0;n<t.length;n++)if(t[n](e,a,s)===!1)return}r=r.parent}if(o){et(),vn(o,null,10,[e,a,s]),tt();return}}xn(e,n,a,r,s)}function xn(e,t,n,r=!0,i=!1){if(i)throw e;console.error(e)}var N=[],Sn=-1,Cn=[],wn=null,Tn=0,En=Promise.resolve(),Dn=null;function On(e){let t=Dn||En;return e?t.then(this?e.bind(this):e):t}function kn(e){let t=Sn+1,n=N.length;for(;t<n;){let r=t+n>>>1,i=N[r],a=Ln(i);a<e||a===e&&i.flags&2?t=r+1:n=r}return t}function An(e){if(!(e.flags&1)){let t=Ln(e),n=N[N.length-1];!n||!(e.flags&2)&&t>=Ln(n)?N.push(e):N.splice(kn(t),0,e),e.flags|=1,jn()}}function jn(){Dn||=En.then(Rn)}function Mn(e){if(!v(e))wn&&e.id===-1?wn.splice(Tn+1,0,e):e.flags&1||(Cn.push(e),e.flags|=1);else for(let t=0;t<e.length;t++)Cn.push(e[t]);jn()}function Nn(e,t,n,r=Sn+1){for(;r<N.length;r++){let n=N[r];if(n&&n.flags&2){if(e&&n.id!==e.uid||t!==void 0&&!(n.id>=t))continue;N.splice(r,1),r=e?r-1:Sn,n.flags&4&&(n.flags&=-2),n(),n.flags&4||(n.flags&=-2)}}}function Pn(e,t,n=0){if(Cn.length){let e=Cn,r=0;if(t){e=[];for(let i=0;i<Cn.length;i++){let a=Cn[i];(a.i===void 0?t.has(a):!a.i||a.i.uid<n)?Cn[r++]=a:e.push(a)}}let i=[...new Set(e)].sort((e,t)=>Ln(e)-Ln(t));if(Cn.length=r,wn){for(let e=0;e<i.length;e++)wn.push(i[e]);return}for(wn=i,Tn=0;Tn<wn.length;Tn++){let e=wn[Tn];e.flags&4&&(e.flags&=-2),e.flags&8||e(),e.flags&=-2}wn=null,Tn=0}}var Fn=!1;function In(e,t){if(Fn){e();return}let n=t===void 0?void 0:new Set(Cn);e(),Fn=!0;try{Nn(void 0,t),Pn(void 0,n,t)}finally{Fn=!1}}var Ln=e=>e.id==null?e.flags&2?-1:1/0:e.id;function Rn(e){try{for(Sn=0;Sn<N.length;Sn++){let e=N[Sn];e&&!(e.flags&8)&&(e.flags&4&&(e.flags&=-2),vn(e,e.i,e.i?15:14),e.flags&4||(e.flags&=-2))}}finally{for(;Sn<N.length;Sn++){let e=N[Sn];e&&(e.flags&=-2)}Sn=-1,N.length=0,Pn(e),Dn=null,(N.length||Cn.length)&&Rn(e)}}var P=null,zn=null;function Bn(e){let t=P;return P=e,zn=e&&e.type.__scopeId||null,t}function Vn(e,t=P,n){if(!t||e._n)return e;let r=(...n)=>{r._d&&ma(-1);let i=Bn(t),a=ua.length,o;try{o=e(...n)}finally{for(let e=ua.length;e>a;e--)fa();Bn(i),r._d&&ma(1)}return o};return r._n=!0,r._c=!0,r._d=!0,r}function Hn(e,t){if(P===null)return e;let n=Ja(P),r=e.dirs||=[];for(let e=0;e<t.length;e++){let[i,a,o,s=c]=t[e];i&&(S(i)&&(i={mounted:i,updated:i}),i.deep&&_n(a),r.push({dir:i,instance:n,value:a,oldValue:void 0,arg:o,modifiers:s}))}return e}function Un(e,t,n,r){let i=e;if(r===`beforeMount`)e._mount=e;else if(r===`beforeUpdate`){let n=t&&t._mount;n&&(n._latest=e,e._mount=n)}else if(r===`mounted`){let t=e._latest;e._mount=e._latest=void 0,t&&(i=t,t._mount=void 0)}let a=i.dirs,o=t&&t.dirs;for(let s=0;s<a.length;s++){let c=a[s];o?c.oldValue=o[s].value:r===`mounted`&&c.oldValue!==void 0&&(c=m({},c,{oldValue:void 0}));let l=c.dir[r];l&&(et(),yn(l,n,8,[e.el,c,i,t]),tt())}}function Wn(e,t){if(W){let n=W.provides,r=W.parent&&W.parent.provides;r===n&&(n=W.provides=Object.create(r)),n[e]=t}}function Gn(e,t,n=!1){let r=Pa();if(r||_i){let i=_i?_i._context.provides:r?r.parent==null||r.ce?r.vnode.appContext&&r.vnode.appContext.provides:r.parent.provides:void 0;if(i&&e in i)return i[e];if(arguments.length>1)return n&&S(t)?t.call(r&&r.proxy):t}}var Kn=Symbol.for(`v-scx`),qn=()=>Gn(Kn);function Jn(e,t,n){return Yn(e,t,n)}function Yn(e,t,n=c){let{immediate:r,deep:i,flush:a,once:o}=n,s=m({},n),l=t&&r||!t&&a!==`post`,d;if(Ba){if(a===`sync`){let e=qn();d=e.__watcherHandles||=[]}else if(!l){let e=()=>{};return e.stop=u,e.resume=u,e.pause=u,e}}let f=W;s.call=(e,t,n)=>yn(e,f,t,n);let p=!1;a===`post`?s.scheduler=e=>{e.i=f,I(e,f&&f.suspense)}:a!==`sync`&&(p=!0,s.scheduler=(e,t)=>{t?e():An(e)}),s.augmentJob=e=>{t&&(e.flags|=4),p&&(e.flags|=2,f&&(e.id=f.uid,e.i=f))};let h=gn(e,t,s);return Ba&&(d?d.push(h):l&&h()),h}function Xn(e,t,n){let r=this.proxy,i=C(e)?e.includes(`.`)?Zn(r,e):()=>r[e]:e.bind(r,r),a;S(t)?a=t:(a=t.handler,n=t);let o=La(this),s=Yn(i,a.bind(r),n);return o(),s}function Zn(e,t){let n=t.split(`.`);return()=>{let t=e;for(let e=0;e<n.length&&t;e++)t=t[n[e]];return t}}var Qn=Symbol(`_vte`),$n=e=>e.__isTeleport,er=Symbol(`_leaveCb`),tr=Symbol(`_enterCb`);function nr(){let e={isMounted:!1,isLeaving:!1,isUnmounting:!1,leavingVNodes:new Map};return Ar(()=>{e.isMounted=!0}),Nr(()=>{e.isUnmounting=!0}),e}var rr=[Function,Array],ir={mode:String,appear:Boolean,persisted:Boolean,onBeforeEnter:rr,onEnter:rr,onAfterEnter:rr,onEnterCancelled:rr,onBeforeLeave:rr,onLeave:rr,onAfterLeave:rr,onLeaveCancelled:rr,onBeforeAppear:rr,onAppear:rr,onAfterAppear:rr,onAppearCancelled:rr},ar={name:`BaseTransition`,props:ir,setup(e,{slots:t}){let n=Pa(),r=nr();return()=>{let i=t.default&&pr(t.default(),!0),a=i&&i.length?or(i):n.subTree?Ta():void 0;if(!a)return;let o=j(e),{mode:s}=o;if(r.isLeaving)return ur(a);let c=dr(a);if(!c)return ur(a);let l=lr(c,o,r,n);c.type!==R&&fr(c,l);let u=n.subTree&&dr(n.subTree);if(u&&u.type!==R&&!va(u,c)&&mr(n.subTree)){let e=lr(u,o,r,n);if(fr(u,e),s===`out-in`&&c.type!==R)return r.isLeaving=!0,e.afterLeave=()=>{if(r.isLeaving=!1,!(n.job.flags&8)){if(n.effect.flags&2){let e=()=>{n.job.flags&8||n.update()};e.i=n,An(e)}else n.update()}delete e.afterLeave,u=void 0},ur(a);s===`in-out`&&c.type!==R?e.delayLeave=(e,t,n)=>{let i=cr(r,u);i[String(u.key)]=u,e[er]=()=>{t(),e[er]=void 0,delete l.delayedLeave,u=void 0},l.delayedLeave=()=>{n(),delete l.delayedLeave,u=void 0}}:u=void 0}else u&&=void 0;return a}}};function or(e){let t=e[0];if(e.length>1){for(let n of e)if(n.type!==R){t=n;break}}return t}var sr=ar;function cr(e,t){let{leavingVNodes:n}=e,r=n.get(t.type);return r||(r=Object.create(null),n.set(t.type,r)),r}function lr(e,t,n,r){let{appear:i,mode:a,persisted:o=!1,onBeforeEnter:s,onEnter:c,onAfterEnter:l,onEnterCancelled:u,onBeforeLeave:d,onLeave:f,onAfterLeave:p,onLeaveCancelled:m,onBeforeAppear:h,onAppear:g,onAfterAppear:_,onAppearCancelled:y}=t,b=String(e.key),x=cr(n,e),S=(e,t)=>{e&&yn(e,r,9,t)},C=(e,t)=>{let n=t[1];S(e,t),v(e)?e.every(e=>e.length<=1)&&n():e.length<=1&&n()},w={mode:a,persisted:o,beforeEnter(t){let r=s;if(!n.isMounted){if(i)r=h||s;else return}t[er]&&t[er](!0);let a=x[b];if(a&&va(e,a)){let e=a.el[er];if(!e){let t=mr(a);e=t&&t.el[er]}e&&e()}S(r,[t])},enter(t){if(x[b]===e)return;let r=c,a=l,o=u;if(!n.isMounted){if(i)r=g||c,a=_||l,o=y||u;else return}let s=!1;t[tr]=e=>{s||(s=!0,S(e?o:a,[t]),w.delayedLeave&&w.delayedLeave(),t[tr]=void 0)};let d=t[tr].bind(null,!1);r?C(r,[t,d]):d()},leave(t,r){let i=String(e.key);if(t[tr]&&t[tr](!0),n.isUnmounting)return r();S(d,[t]);let a=!1;t[er]=n=>{a||(a=!0,r(),S(n?m:p,[t]),t[er]=void 0,x[i]===e&&delete x[i])};let o=t[er].bind(null,!1);x[i]=e,f?C(f,[t,o]):o()},clone(e){let i=lr(e,t,n,r);return i.afterLeave=()=>{w.afterLeave&&w.afterLeave()},i.delayLeave=(e,t,n)=>{w.delayLeave?w.delayLeave(e,t,n):n()},i.delayedLeave=()=>{w.delayedLeave&&w.delayedLeave()},i}};return w}function ur(e){if(Sr(e))return e=Ca(e),e.children=null,e}function dr(e){if(!Sr(e))return $n(e.type)&&e.children?or(e.children):e;if(e.component)return e.component.subTree;let{shapeFlag:t,children:n}=e;if(n){if(t&16)return n[0];if(t&32&&S(n.default))return n.default()}}function fr(e,t){if(e.shapeFlag&6&&e.component){e.transition=t;let n=e.component.subTree;fr($n(n.type)&&dr(n)||n,t)}else if(e.shapeFlag&128){let n=e.suspense;if(n){let e=n.isHydrating?n.pendingBranch:n.activeBranch;e&&fr(e,t.clone(e))}else e.ssContent.transition=t.clone(e.ssContent),e.ssFallback.transition=t.clone(e.ssFallback)}else if(e.transition=t,e.type===L&&v(e.children)){let n=wi(e.children,!1);n&&fr(n,t)}}function pr(e,t=!1,n){let r=[],i=0;for(let a=0;a<e.length;a++){let o=e[a],s=n==null?o.key:String(n)+String(o.key==null?a:o.key);o.type===L?(o.patchFlag&128&&i++,r=r.concat(pr(o.children,t,s))):(t||o.type!==R)&&r.push(s==null?o:Ca(o,{key:s}))}if(i>1)for(let e=0;e<r.length;e++)r[e].patchFlag=-2;return r}function mr(e){if(e.component)return mr(e.component.subTree);if(e.type===L){let t=v(e.children)&&wi(e.children,!1);return t?mr(t):void 0}if(e.type!==R)return e}function hr(){let e=Pa();return e?(e.appContext.config.idPrefix||`v`)+`-`+e.ids[0]+e.ids[1]++:``}function gr(e){e.ids=[e.ids[0]+e.ids[2]+++`-`,0,0]}function _r(e,t){let n;return!!((n=Object.getOwnPropertyDescriptor(e,t))&&!n.configurable)}var vr=new WeakMap;function yr(e,t,n,r,i=!1){if(v(e)){e.forEach((e,a)=>yr(e,t&&(v(t)?t[a]:t),n,r,i));return}if(xr(r)&&!i){r.shapeFlag&512&&r.type.__asyncResolved&&r.component.subTree.component&&yr(e,t,n,r.component.subTree);return}let a=r.shapeFlag&4?Ja(r.component):r.el,o=i?null:a,{i:s,r:l}=e,u=t&&t.r,f=s.refs===c?s.refs={}:s.refs,p=s.setupState,m=j(p),g=p===c?d:e=>!_r(f,e)&&_(m,e),y=(e,t)=>!(t&&_r(f,t));if(u!=null&&u!==l){if(br(t),C(u))f[u]=null,g(u)&&(p[u]=null);else if(M(u)){let e=t;y(u,e.k)&&(u.value=null),e.k&&(f[e.k]=null)}}if(S(l))vn(l,s,12,[o,f]);else{let t=C(l),r=M(l);if(t||r){let s=()=>{if(e.f){let n=t?g(l)?p[l]:f[l]:y(l)||!e.k?l.value:f[e.k];if(i)v(n)&&h(n,a);else if(v(n))n.includes(a)||n.push(a);else if(t)f[l]=[a],g(l)&&(p[l]=f[l]);else{let t=[a];y(l,e.k)&&(l.value=t),e.k&&(f[e.k]=t)}}else t?(f[l]=o,g(l)&&(p[l]=o)):r&&(y(l,e.k)&&(l.value=o),e.k&&(f[e.k]=o))};if(o){let t=()=>{s(),vr.delete(e)};t.id=-1,vr.set(e,t),I(t,n)}else br(e),s()}}}function br(e){let t=vr.get(e);t&&(t.flags|=8,vr.delete(e))}ve().requestIdleCallback,ve().cancelIdleCallback;var xr=e=>!!e.type.__asyncLoader,Sr=e=>e.type.__isKeepAlive;function Cr(e,t){Tr(e,`a`,t)}function wr(e,t){Tr(e,`da`,t)}function Tr(e,t,n=W){let r=e.__wdc||=()=>{let t=n;for(;t;){if(t.isDeactivated)return;t=t.parent}return e()};if(Dr(t,r,n),n){let e=n.parent;for(;e&&e.parent;)Sr(e.parent.vnode)&&Er(r,t,n,e),e=e.parent}}function Er(e,t,n,r){let i=Dr(t,e,r,!0),a=Dr(`um`,()=>h(r[t],i),n);a.flags=16}function Dr(e,t,n=W,r=!1){if(n){let i=n[e]||(n[e]=[]),a=t.__weh||=(...r)=>{et();let i=La(n),a=yn(t,n,e,r);return i(),tt(),a};return r?i.unshift(a):i.push(a),a}}var Or=e=>(t,n=W)=>{Ba&&e!==`sp`||Dr(e,(...e)=>t(...e),n)},kr=Or(`bm`),Ar=Or(`m`),jr=Or(`bu`),Mr=Or(`u`),Nr=Or(`bum`),Pr=Or(`um`),Fr=Or(`sp`),Ir=Or(`rtg`),Lr=Or(`rtc`);function Rr(e,t=W){Dr(`ec`,e,t)}var zr=`components`,Br=`directives`;function Vr(e,t){return Gr(zr,e,!0,t)||e}var Hr=Symbol.for(`v-ndc`);function Ur(e){return C(e)?Gr(zr,e,!1)||e:e||Hr}function Wr(e){return Gr(Br,e)}function Gr(e,t,n=!0,r=!1){let i=P||W;if(i){let n=i.type;if(e===zr){let e=Ya(n,!1);if(e&&(e===t||e===D(t)||e===ue(D(t))))return n}let a=Kr(i[e]||n[e],t)||Kr(i.appContext[e],t);return!a&&r?n:a}}function Kr(e,t){return e&&(e[t]||e[D(t)]||e[ue(D(t))])}function qr(e,t,n,r,i,a){if(n??={},P.ce||P.parent&&xr(P.parent)&&P.parent.ce){let e=a!=null&&n.key==null?m({},n,{key:a}):n,i=Object.keys(e).length>0;return t!=="default"&&(e.name=t),z(),ga(L,null,[H(`slot`,e,r&&r())],i?-2:64)}let o=e[t];o&&o._c&&(o._d=!1);let s=ua.length;z();let c;try{let i=o&&Jr(o(n)),s=n.key||a||i&&i.key;c=ga(L,{key:(s&&!w(s)?s:`_${t}`)+(!i&&r?`_fb`:``)},i||(r?r():[]),i&&e._===1?64:-2)}catch(e){for(let e=ua.length;e>s;e--)fa();throw e}finally{o&&o._c&&(o._d=!0)}return!i&&c.scopeId&&(c.slotScopeIds=[c.scopeId+`-s`]),c}function Jr(e){return e.some(e=>!_a(e)||!(e.type===R||e.type===L&&!Jr(e.children)))?e:null}var Yr=e=>e?za(e)?Ja(e):Yr(e.parent):null,Xr=m(Object.create(null),{$:e=>e,$el:e=>e.vnode.el,$data:e=>e.data,$props:e=>e.props,$attrs:e=>e.attrs,$slots:e=>e.slots,$refs:e=>e.refs,$parent:e=>Yr(e.parent),$root:e=>Yr(e.root),$host:e=>e.ce,$emit:e=>e.emit,$options:e=>ai(e),$forceUpdate:e=>e.f||=()=>{An(e.update)},$nextTick:e=>e.n||=On.bind(e.proxy),$watch:e=>Xn.bind(e)}),Zr=(e,t)=>e!==c&&!e.__isScriptSetup&&_(e,t),Qr={get({_:e},t){if(t===`__v_skip`)return!0;let{ctx:n,setupState:r,data:i,props:a,accessCache:o,type:s,appContext:l}=e;if(t[0]!==`$`){let e=o[t];if(e!==void 0)switch(e){case 1:return r[t];case 2:return i[t];case 4:return n[t];case 3:return a[t]}else if(Zr(r,t))return o[t]=1,r[t];else if(i!==c&&_(i,t))return o[t]=2,i[t];else if(_(a,t))return o[t]=3,a[t];else if(n!==c&&_(n,t))return o[t]=4,n[t];else ei&&(o[t]=0)}let u=Xr[t],d,f;if(u)return t===`$attrs`&&A(e.attrs,`get`,``),u(e);if((d=s.__cssModules)&&(d=d[t]))return d;if(n!==c&&_(n,t))return o[t]=4,n[t];if(f=l.config.globalProperties,_(f,t))return f[t]},set({_:e},t,n){let{data:r,setupState:i,ctx:a}=e;return Zr(i,t)?(i[t]=n,!0):r!==c&&_(r,t)?(r[t]=n,!0):_(e.props,t)||t[0]===`$`&&t.slice(1)in e?!1:(a[t]=n,!0)},has({_:{data:e,setupState:t,accessCache:n,ctx:r,appContext:i,props:a,type:o}},s){let l;return!!(n[s]||e!==c&&s[0]!==`$`&&_(e,s)||Zr(t,s)||_(a,s)||_(r,s)||_(Xr,s)||_(i.config.globalProperties,s)||(l=o.__cssModules)&&l[s])},defineProperty(e,t,n){return n.get==null?_(n,`value`)&&this.set(e,t,n.value,null):e._.accessCache[t]=0,Reflect.defineProperty(e,t,n)}};function $r(e){return v(e)?e.reduce((e,t)=>(e[t]=null,e),{}):e}var ei=!0;function ti(e){let t=ai(e),n=e.proxy,r=e.ctx;ei=!1,t.beforeCreate&&ri(t.beforeCreate,e,`bc`);let{data:i,computed:a,methods:o,watch:s,provide:c,inject:l,created:d,beforeMount:f,mounted:p,beforeUpdate:m,updated:h,activated:g,deactivated:_,beforeDestroy:y,beforeUnmount:b,destroyed:x,unmounted:C,render:w,renderTracked:E,renderTriggered:ee,errorCaptured:te,serverPrefetch:ne,expose:re,inheritAttrs:ie,components:ae,directives:oe,filters:se}=t;if(l&&ni(l,r,null),o)for(let e in o){let t=o[e];S(t)&&(r[e]=t.bind(n))}if(i){let t=i.call(n,n);T(t)&&(e.data=Kt(t))}if(ei=!0,a)for(let e in a){let t=a[e],i=Za({get:S(t)?t.bind(n,n):S(t.get)?t.get.bind(n,n):u,set:!S(t)&&S(t.set)?t.set.bind(n):u});Object.defineProperty(r,e,{enumerable:!0,configurable:!0,get:()=>i.value,set:e=>i.value=e})}if(s)for(let e in s)ii(s[e],r,n,e);if(c){let e=S(c)?c.call(n):c;Reflect.ownKeys(e).forEach(t=>{Wn(t,e[t])})}d&&ri(d,e,`c`);function D(e,t){v(t)?t.forEach(t=>e(t.bind(n))):t&&e(t.bind(n))}if(D(kr,f),D(Ar,p),D(jr,m),D(Mr,h),D(Cr,g),D(wr,_),D(Rr,te),D(Lr,E),D(Ir,ee),D(Nr,b),D(Pr,C),D(Fr,ne),v(re)){if(re.length){let t=e.exposed||={};re.forEach(e=>{Object.defineProperty(t,e,{get:()=>n[e],set:t=>n[e]=t,enumerable:!0})})}else e.exposed||={}}w&&e.render===u&&(e.render=w),ie!=null&&(e.inheritAttrs=ie),ae&&(e.components=ae),oe&&(e.directives=oe),ne&&gr(e)}function ni(e,t,n=u){v(e)&&(e=ui(e));for(let n in e){let r=e[n],i;i=T(r)?`default`in r?Gn(r.from||n,r.default,!0):Gn(r.from||n):Gn(r),M(i)?Object.defineProperty(t,n,{enumerable:!0,configurable:!0,get:()=>i.value,set:e=>i.value=e}):t[n]=i}}function ri(e,t,n){yn(v(e)?e.map(e=>e.bind(t.proxy)):e.bind(t.proxy),t,n)}function ii(e,t,n,r){let i=r.includes(`.`)?Zn(n,r):()=>n[r];if(C(e)){let n=t[e];S(n)&&Jn(i,n)}else if(S(e))Jn(i,e.bind(n));else if(T(e)){if(v(e))e.forEach(e=>ii(e,t,n,r));else{let r=S(e.handler)?e.handler.bind(n):t[e.handler];S(r)&&Jn(i,r,e)}}}function ai(e){let t=e.type,{mixins:n,extends:r}=t,{mixins:i,optionsCache:a,config:{optionMergeStrategies:o}}=e.appContext,s=a.get(t),c;return s?c=s:!i.length&&!n&&!r?c=t:(c={},i.length&&i.forEach(e=>oi(c,e,o,!0)),oi(c,t,o)),T(t)&&a.set(t,c),c}function oi(e,t,n,r=!1){let{mixins:i,extends:a}=t;a&&oi(e,a,n,!0),i&&i.forEach(t=>oi(e,t,n,!0));for(let i in t)if(!(r&&i===`expose`)){let r=si[i]||n&&n[i];e[i]=r?r(e[i],t[i]):t[i]}return e}var si={data:ci,props:fi,emits:fi,methods:di,computed:di,beforeCreate:F,created:F,beforeMount:F,mounted:F,beforeUpdate:F,updated:F,beforeDestroy:F,beforeUnmount:F,destroyed:F,unmounted:F,activated:F,deactivated:F,errorCaptured:F,serverPrefetch:F,components:di,directives:di,watch:pi,provide:ci,inject:li};function ci(e,t){return t?e?function(){return m(S(e)?e.call(this,this):e,S(t)?t.call(this,this):t)}:t:e}function li(e,t){return di(ui(e),ui(t))}function ui(e){if(v(e)){let t={};for(let n=0;n<e.length;n++)t[e[n]]=e[n];return t}return e}function F(e,t){return e?[...new Set([].concat(e,t))]:t}function di(e,t){return e?m(Object.create(null),e,t):t}function fi(e,t){return e?v(e)&&v(t)?[...new Set([...e,...t])]:m(Object.create(null),$r(e),$r(t??{})):t}function pi(e,t){if(!e)return t;if(!t)return e;let n=m(Object.create(null),e);for(let r in t)n[r]=F(e[r],t[r]);return n}function mi(){return{app:null,config:{isNativeTag:d,performance:!1,globalProperties:{},optionMergeStrategies:{},errorHandler:void 0,warnHandler:void 0,compilerOptions:{}},mixins:[],components:{},directives:{},provides:Object.create(null),optionsCache:new WeakMap,propsCache:new WeakMap,emitsCache:new WeakMap}}var hi=0;function gi(e,t){return function(n,r=null){S(n)||(n=m({},n)),r!=null&&!T(r)&&(r=null);let i=mi(),a=new WeakSet,o=[],s=!1,c=i.app={_uid:hi++,_component:n,_props:r,_container:null,_context:i,_instance:null,version:$a,get config(){return i.config},set config(e){},use(e,...t){return a.has(e)||(e&&S(e.install)?(a.add(e),e.install(c,...t)):S(e)&&(a.add(e),e(c,...t))),c},mixin(e){return i.mixins.includes(e)||i.mixins.push(e),c},component(e,t){return t?(i.components[e]=t,c):i.components[e]},directive(e,t){return t?(i.directives[e]=t,c):i.directives[e]},mount(a,o,l){if(!s){let u=c._ceVNode||H(n,r);return u.appContext=i,l===!0?l=`svg`:l===!1&&(l=void 0),o&&t?t(u,a):e(u,a,l),s=!0,c._container=a,a.__vue_app__=c,Ja(u.component)}},onUnmount(e){o.push(e)},unmount(){s&&(yn(o,c._instance,16),e(null,c._container),delete c._container.__vue_app__)},provide(e,t){return i.provides[e]=t,c},runWithContext(e){let t=_i;_i=c;try{return e()}finally{_i=t}}};return c}}var _i=null,vi=(e,t)=>t===`modelValue`||t===`model-value`?e.modelModifiers:e[`${t}Modifiers`]||e[`${D(t)}Modifiers`]||e[`${le(t)}Modifiers`];function yi(e,t,...n){if(e.isUnmounted)return;let r=e.vnode.props||c,i=n,a=t.startsWith(`update:`),o=a&&vi(r,t.slice(7));o&&(o.trim&&(i=n.map(e=>C(e)?e.trim():e)),o.number&&(i=i.map(he)));let s,l=r[s=de(t)]||r[s=de(D(t))];!l&&a&&(l=r[s=de(le(t))]),l&&yn(l,e,6,i);let u=r[s+`Once`];if(u){if(!e.emitted)e.emitted={};else if(e.emitted[s])return;e.emitted[s]=!0,yn(u,e,6,i)}}var bi=new WeakMap;function xi(e,t,n=!1){let r=n?bi:t.emitsCache,i=r.get(e);if(i!==void 0)return i;let a=e.emits,o={},s=!1;if(!S(e)){let r=e=>{let n=xi(e,t,!0);n&&(s=!0,m(o,n))};!n&&t.mixins.length&&t.mixins.forEach(r),e.extends&&r(e.extends),e.mixins&&e.mixins.forEach(r)}return!a&&!s?(T(e)&&r.set(e,null),null):(v(a)?a.forEach(e=>o[e]=null):m(o,a),T(e)&&r.set(e,o),o)}function Si(e,t){return!e||!f(t)?!1:(t=t.slice(2),t=t===`Once`?t:t.replace(/Once$/,``),_(e,t[0].toLowerCase()+t.slice(1))||_(e,le(t))||_(e,t))}function Ci(e){let{type:t,vnode:n,proxy:r,withProxy:i,propsOptions:[a],slots:o,attrs:s,emit:c,render:l,renderCache:u,props:d,data:f,setupState:m,ctx:h,inheritAttrs:g}=e,_=Bn(e),v,y;try{if(n.shapeFlag&4){let e=i||r,t=e;v=Ea(l.call(t,e,u,d,m,f,h)),y=s}else{let e=t;v=Ea(e.length>1?e(d,{attrs:s,slots:o,emit:c}):e(d,null)),y=t.props?s:Ti(s)}}catch(t){ua.length=0,bn(t,e,1),v=H(R)}let b=v;if(y&&g!==!1){let e=Object.keys(y),{shapeFlag:t}=b;e.length&&t&7&&(a&&e.some(p)&&(y=Ei(y,a)),b=Ca(b,y,!1,!0))}return n.dirs&&(b=Ca(b,null,!1,!0),b.dirs=b.dirs?b.dirs.concat(n.dirs):n.dirs),n.transition&&fr($n(b.type)&&dr(b)||b,n.transition),v=b,Bn(_),v}function wi(e,t=!0){let n;for(let t=0;t<e.length;t++){let r=e[t];if(_a(r)){if(r.type!==R||r.children===`v-if`){if(n)return;n=r}}else return}return n}var Ti=e=>{let t;for(let n in e)(n===`class`||n===`style`||f(n))&&((t||={})[n]=e[n]);return t},Ei=(e,t)=>{let n={};for(let r in e)p(r)&&r.slice(9)in t||(n[r]=e[r]);return n};function Di(e,t,n){let{props:r,children:i,component:a}=e,{props:o,children:s,patchFlag:c}=t,l=a.emitsOptions;if(t.dirs||t.transition)return!0;if(n&&c>=0){if(c&1024)return!0;if(c&16)return r?Oi(r,o,l):!!o;if(c&8){let e=t.dynamicProps;for(let t=0;t<e.length;t++){let n=e[t];if(ki(o,r,n)&&!Si(l,n))return!0}}}else return(i||s)&&(!s||!s.$stable)?!0:r===o?!1:r?!o||Oi(r,o,l):!!o;return!1}function Oi(e,t,n){let r=Object.keys(t);if(r.length!==Object.keys(e).length)return!0;for(let i=0;i<r.length;i++){let a=r[i];if(!_(e,a)||ki(t,e,a)&&!Si(n,a))return!0}return!1}function ki(e,t,n){let r=e[n],i=t[n];return n===`style`&&T(r)&&T(i)?!je(r,i):r!==i}function Ai({vnode:e,parent:t,suspense:n},r){for(;t;){let n=t.subTree;if(n.suspense&&n.suspense.activeBranch===e&&(n.suspense.vnode.el=n.el=r,e=n),n===e)(e=t.vnode).el=r,t=t.parent;else break}n&&n.activeBranch===e&&(n.vnode.el=r)}var ji={},Mi=()=>Object.create(ji),Ni=e=>Object.getPrototypeOf(e)===ji;function Pi(e,t,n,r=!1){let i={},a=Mi();e.propsDefaults=Object.create(null),Ii(e,t,i,a);for(let t in e.propsOptions[0])t in i||(i[t]=void 0);e.props=n?r?i:qt(i):e.type.props?i:a,e.attrs=a}function Fi(e,t,n,r){let{props:i,attrs:a,vnode:{patchFlag:o}}=e,s=j(i),[c]=e.propsOptions,l=!1;if((r||o>0)&&!(o&16)){if(o&8){let n=e.vnode.dynamicProps;for(let r=0;r<n.length;r++){let o=n[r];if(Si(e.emitsOptions,o))continue;let u=t[o];if(c){if(_(a,o))u!==a[o]&&(a[o]=u,l=!0);else{let t=D(o);i[t]=Li(c,s,t,u,e,!1)}}else u!==a[o]&&(a[o]=u,l=!0)}}}else{Ii(e,t,i,a)&&(l=!0);let r;for(let a in s)t&&(_(t,a)||(r=le(a))!==a&&_(t,r))||(c?n&&(n[a]!==void 0||n[r]!==void 0)&&(i[a]=Li(c,s,a,void 0,e,!0)):delete i[a]);if(a!==s)for(let e in a)t&&_(t,e)||(delete a[e],l=!0)}l&&dt(e.attrs,`set`,``)}function Ii(e,t,n,r){let[i,a]=e.propsOptions,o=!1,s;if(t)for(let c in t){if(ae(c))continue;let l=t[c],u;i&&_(i,u=D(c))?!a||!a.includes(u)?n[u]=l:(s||={})[u]=l:Si(e.emitsOptions,c)||c in r&&l===r[c]||(r[c]=l,o=!0)}if(a){let t=j(n),r=s||c;for(let o=0;o<a.length;o++){let s=a[o];n[s]=Li(i,t,s,r[s],e,!_(r,s))}}return o}function Li(e,t,n,r,i,a){let o=e[n];if(o!=null){let e=_(o,`default`);if(e&&r===void 0){let e=o.default;if(o.type!==Function&&!o.skipFactory&&S(e)){let{propsDefaults:a}=i;if(n in a)r=a[n];else{let o=La(i);r=a[n]=e.call(null,t),o()}}else r=e;i.ce&&i.ce._setProp(n,r)}o[0]&&(a&&!e?r=!1:o[1]&&(r===``||r===le(n))&&(r=!0))}return r}var Ri=new WeakMap;function zi(e,t,n=!1){let r=n?Ri:t.propsCache,i=r.get(e);if(i)return i;let a=e.props,o={},s=[],u=!1;if(!S(e)){let r=e=>{u=!0;let[n,r]=zi(e,t,!0);m(o,n),r&&s.push(...r)};!n&&t.mixins.length&&t.mixins.forEach(r),e.extends&&r(e.extends),e.mixins&&e.mixins.forEach(r)}if(!a&&!u)return T(e)&&r.set(e,l),l;if(v(a))for(let e=0;e<a.length;e++){let t=D(a[e]);Bi(t)&&(o[t]=c)}else if(a)for(let e in a){let t=D(e);if(Bi(t)){let n=a[e],r=o[t]=v(n)||S(n)?{type:n}:m({},n),i=r.type,c=!1,l=!0;if(v(i))for(let e=0;e<i.length;++e){let t=i[e],n=S(t)&&t.name;if(n===`Boolean`){c=!0;break}n===`String`&&(l=!1)}else c=S(i)&&i.name===`Boolean`;r[0]=c,r[1]=l,(c||_(r,`default`))&&s.push(t)}}let d=[o,s];return T(e)&&r.set(e,d),d}function Bi(e){return e[0]!==`$`&&!ae(e)}var Vi=e=>e===`_`||e===`_ctx`||e===`$stable`,Hi=e=>v(e)?e.map(Ea):[Ea(e)],Ui=(e,t,n)=>{if(t._n)return t;let r=Vn((...e)=>Hi(t(...e)),n);return r._c=!1,r},Wi=(e,t,n)=>{let r=e._ctx;for(let n in e){if(Vi(n))continue;let i=e[n];if(S(i))t[n]=Ui(n,i,r);else if(i!=null){let e=Hi(i);t[n]=()=>e}}},Gi=(e,t)=>{let n=Hi(t);e.slots.default=()=>n},Ki=(e,t,n)=>{for(let r in t)(n||!Vi(r))&&(e[r]=t[r])},qi=(e,t,n)=>{let r=e.slots=Mi();if(e.vnode.shapeFlag&32){let e=t._;e?(Ki(r,t,n),n&&me(r,`_`,e,!0)):Wi(t,r)}else t&&Gi(e,t)},Ji=(e,t,n)=>{let{vnode:r,slots:i}=e,a=!0,o=c;if(r.shapeFlag&32){let e=t._;e?n&&e===1?a=!1:Ki(i,t,n):(a=!t.$stable,Wi(t,i)),o=t}else t&&(Gi(e,t),o={default:1});if(a)for(let e in i)!Vi(e)&&o[e]==null&&delete i[e]},I=sa;function Yi(e){return Xi(e)}function Xi(e,t){let n=ve();n.__VUE__=!0;let{insert:r,remove:i,patchProp:a,createElement:o,createText:s,createComment:d,setText:f,setElementText:p,parentNode:m,nextSibling:h,setScopeId:g=u,insertStaticContent:_}=e,v=(e,t,n,r=null,i=null,a=null,o=void 0,s=null,c=!!t.dynamicChildren)=>{if(e===t)return;e&&!va(e,t)&&(r=xe(e),he(e,i,a,!0),e=null),t.patchFlag===-2&&(c=!1,t.dynamicChildren=null),t.dynamicChildren&&e&&e.dynamicChildren&&e.dynamicChildren.hasOnce&&(t.dynamicChildren===l&&(t.dynamicChildren=[]),t.dynamicChildren.hasOnce=!0);let{type:u,ref:d,shapeFlag:f}=t;switch(u){case ca:y(e,t,n,r);break;case R:b(e,t,n,r);break;case la:e??x(t,n,r,o);break;case L:ie(e,t,n,r,i,a,o,s,c);break;default:f&1?w(e,t,n,r,i,a,o,s,c):f&6?oe(e,t,n,r,i,a,o,s,c):(f&64||f&128)&&u.process(e,t,n,r,i,a,o,s,c,Ce)}d!=null&&i?yr(d,e&&e.ref,a,t||e,!t):d==null&&e&&e.ref!=null&&yr(e.ref,null,a,e,!0)},y=(e,t,n,i)=>{if(e==null)r(t.el=s(t.children),n,i);else{let n=t.el=e.el;t.children!==e.children&&f(n,t.children)}},b=(e,t,n,i)=>{e==null?r(t.el=d(t.children||``),n,i):t.el=e.el},x=(e,t,n,r)=>{[e.el,e.anchor]=_(e.children,t,n,r,e.el,e.anchor)},S=({el:e,anchor:t},n,i)=>{let a;for(;e&&e!==t;)a=h(e),r(e,n,i),e=a;r(t,n,i)},C=({el:e,anchor:t})=>{let n;for(;e&&e!==t;)n=h(e),i(e),e=n;i(t)},w=(e,t,n,r,i,a,o,s,c)=>{if(t.type===`svg`?o=`svg`:t.type===`math`&&(o=`mathml`),e==null)T(t,n,r,i,a,o,s,c);else{let n=e.el&&e.el._isVueCE?e.el:null;try{n&&n._beginPatch(),te(e,t,i,a,o,s,c)}finally{n&&n._endPatch()}}},T=(e,t,n,i,s,c,l,u)=>{let d,f,{props:m,shapeFlag:h,transition:g,dirs:_}=e;if(d=e.el=o(e.type,c,m&&m.is,m),h&8?p(d,e.children):h&16&&ee(e.children,d,null,i,s,Zi(e,c),l,u),_&&Un(e,null,i,`created`),E(d,e,e.scopeId,l,i),m){for(let e in m)e!==`value`&&!ae(e)&&a(d,e,null,m[e],c,i);`value`in m&&a(d,`value`,null,m.value,c),(f=m.onVnodeBeforeMount)&&ka(f,i,e)}_&&Un(e,null,i,`beforeMount`);let v=$i(s,g);v?g.beforeEnter(d):g&&!g.persisted&&(d[oa]=!0),r(d,t,n),((f=m&&m.onVnodeMounted)||v||_)&&I(()=>{try{f&&ka(f,i,e),v&&g.enter(d),_&&Un(e,null,i,`mounted`)}finally{}},s)},E=(e,t,n,r,i)=>{if(n&&g(e,n),r)for(let t=0;t<r.length;t++)g(e,r[t]);if(i){let n=i.subTree;if(t===n||aa(n.type)&&(n.ssContent===t||n.ssFallback===t)){let t=i.vnode;E(e,t,t.scopeId,t.slotScopeIds,i.parent)}}},ee=(e,t,n,r,i,a,o,s,c=0)=>{for(let l=c;l<e.length;l++){let c=e[l]=s?Da(e[l]):Ea(e[l]);v(null,c,t,n,r,i,a,o,s)}},te=(e,t,n,r,i,o,s)=>{let l=t.el=e.el,{patchFlag:u,dynamicChildren:d,dirs:f}=t;u|=e.patchFlag&16;let m=e.props||c,h=t.props||c,g;if(n&&Qi(n,!1),(g=h.onVnodeBeforeUpdate)&&ka(g,n,t,e),f&&Un(t,e,n,`beforeUpdate`),n&&Qi(n,!0),d&&(!e.dynamicChildren||e.dynamicChildren.length!==d.length)&&(u=0,s=!1,d=null),(m.innerHTML&&h.innerHTML==null||m.textContent&&h.textContent==null)&&p(l,``),d?ne(e.dynamicChildren,d,l,n,r,Zi(t,i),o):s||ue(e,t,l,null,n,r,Zi(t,i),o,!1),u>0){if(u&16)re(l,m,h,n,i);else if(u&2&&m.class!==h.class&&a(l,`class`,null,h.class,i),u&4&&a(l,`style`,m.style,h.style,i),u&8){let e=t.dynamicProps;for(let t=0;t<e.length;t++){let r=e[t],o=m[r],s=h[r];(s!==o||r===`value`)&&a(l,r,o,s,i,n)}}u&1&&e.children!==t.children&&p(l,t.children)}else!s&&d==null&&re(l,m,h,n,i);((g=h.onVnodeUpdated)||f)&&I(()=>{g&&ka(g,n,t,e),f&&Un(t,e,n,`updated`)},r)},ne=(e,t,n,r,i,a,o)=>{for(let s=0;s<t.length;s++){let c=e[s],l=t[s],u=c.el||ia(c),d=u&&(c.type===L||!va(c,l)||c.shapeFlag&198)?m(u):n;v(c,l,d,null,r,i,a,o,!0)}},re=(e,t,n,r,i)=>{if(t!==n){if(t!==c)for(let o in t)!ae(o)&&!(o in n)&&a(e,o,t[o],null,i,r);for(let o in n){if(ae(o))continue;let s=n[o],c=t[o];s!==c&&o!==`value`&&a(e,o,c,s,i,r)}`value`in n&&a(e,`value`,t.value,n.value,i)}},ie=(e,t,n,i,a,o,c,l,u)=>{let d=t.el=e?e.el:s(``),f=t.anchor=e?e.anchor:s(``),{patchFlag:p,dynamicChildren:m,slotScopeIds:h}=t;h&&(l=l?l.concat(h):h),e==null?(r(d,n,i),r(f,n,i),ee(t.children||[],n,f,a,o,c,l,u)):p>0&&p&64&&m&&e.dynamicChildren&&e.dynamicChildren.length===m.length?(ne(e.dynamicChildren,m,n,a,o,c,l),(t.key!=null||a&&t===a.subTree)&&ea(e,t,!0)):ue(e,t,n,f,a,o,c,l,u)},oe=(e,t,n,r,i,a,o,s,c)=>{t.slotScopeIds=s,e==null?t.shapeFlag&512?i.ctx.activate(t,n,r,o,c):se(t,n,r,i,a,o,c):D(e,t,c)},se=(e,t,n,r,i,a,o)=>{let s=e.component=Na(e,r,i);if(Sr(e)&&(s.ctx.renderer=Ce),Va(s,!1,o),s.asyncDep){if(i&&i.registerDep(s,ce,o,a),!e.el){let r=s.subTree=H(R);b(null,r,t,n),e.placeholder=r.el}}else ce(s,e,t,n,i,a,o)},D=(e,t,n)=>{let r=t.component=e.component;if(Di(e,t,n)){if(r.asyncDep&&!r.asyncResolved){t.el=e.el,t.placeholder=e.placeholder,le(r,t,n);return}r.next=t,r.update()}else t.el=e.el,t.placeholder=e.placeholder,r.vnode=t},ce=(e,t,n,r,i,a,o)=>{let s=()=>{if(e.isMounted){let{next:t,bu:n,u:r,parent:s,vnode:c}=e;{let n=na(e);if(n){t&&(t.el=c.el,le(e,t,o)),n.asyncDep.then(()=>{let t=()=>{e.job.flags&8||(i&&i.pendingBranch?I(t,i):l())};t.flags=48,I(t,i)});return}}let u=t,d;Qi(e,!1),t?(t.el=c.el,le(e,t,o)):t=c,n&&pe(n),(d=t.props&&t.props.onVnodeBeforeUpdate)&&ka(d,s,t,c),Qi(e,!0);let f=Ci(e),p=e.subTree;e.subTree=f,v(p,f,m(p.el||ia(p)),xe(p),e,i,a),t.el=f.el,u===null&&Ai(e,f.el),r&&I(r,i),(d=t.props&&t.props.onVnodeUpdated)&&I(()=>ka(d,s,t,c),i)}else{let o,{el:s,props:c}=t,{bm:l,m:u,parent:d,root:f,type:p}=e,m=xr(t);if(Qi(e,!1),l&&pe(l),!m&&(o=c&&c.onVnodeBeforeMount)&&ka(o,d,t),Qi(e,!0),s&&Te){let t=()=>{e.subTree=Ci(e),Te(s,e.subTree,e,i,null)};m&&p.__asyncHydrate?p.__asyncHydrate(s,e,t):t()}else{f.ce&&f.ce._hasShadowRoot()&&f.ce._injectChildStyle(p,e.parent?e.parent.type:void 0);let o=e.subTree=Ci(e);v(null,o,n,r,e,i,a),t.el=o.el}if(u&&I(u,i),!m&&(o=c&&c.onVnodeMounted)){let e=t;I(()=>ka(o,d,e),i)}(t.shapeFlag&256||d&&xr(d.vnode)&&d.vnode.shapeFlag&256)&&e.a&&I(e.a,i),e.isMounted=!0,t=n=r=null}};e.scope.on();let c=e.effect=new ze(s);e.scope.off();let l=e.update=c.run.bind(c),u=e.job=c.runIfDirty.bind(c);u.i=e,u.id=e.uid,c.scheduler=()=>An(u),Qi(e,!0),l()},le=(e,t,n)=>{t.component=e;let r=e.vnode.props;e.vnode=t,e.next=null,Fi(e,t.props,r,n),Ji(e,t.children,n),et(),Nn(e),tt()},ue=(e,t,n,r,i,a,o,s,c=!1)=>{let l=e&&e.children,u=e?e.shapeFlag:0,d=t.children,{patchFlag:f,shapeFlag:m}=t;if(f>0){if(f&128){fe(l,d,n,r,i,a,o,s,c);return}if(f&256){de(l,d,n,r,i,a,o,s,c);return}}m&8?(u&16&&be(l,i,a),d!==l&&p(n,d)):u&16?m&16?fe(l,d,n,r,i,a,o,s,c):be(l,i,a,!0):(u&8&&p(n,``),m&16&&ee(d,n,r,i,a,o,s,c))},de=(e,t,n,r,i,a,o,s,c)=>{e||=l,t||=l;let u=e.length,d=t.length,f=Math.min(u,d),p=0;for(;p<f;p++){let r=t[p]=c?Da(t[p]):Ea(t[p]);v(e[p],r,n,null,i,a,o,s,c)}u>d?be(e,i,a,!0,!1,f):ee(t,n,r,i,a,o,s,c,f)},fe=(e,t,n,r,i,a,o,s,c)=>{let u=0,d=t.length,f=e.length-1,p=d-1;for(;u<=f&&u<=p;){let r=e[u],l=t[u]=c?Da(t[u]):Ea(t[u]);if(va(r,l))v(r,l,n,null,i,a,o,s,c);else break;u++}for(;u<=f&&u<=p;){let r=e[f],l=t[p]=c?Da(t[p]):Ea(t[p]);if(va(r,l))v(r,l,n,null,i,a,o,s,c);else break;f--,p--}if(u>f){if(u<=p){let e=p+1,l=e<d?t[e].el:r;for(;u<=p;)v(null,t[u]=c?Da(t[u]):Ea(t[u]),n,l,i,a,o,s,c),u++}}else if(u>p)for(;u<=f;)he(e[u],i,a,!0),u++;else{let m=u,h=u,g=new Map;for(u=h;u<=p;u++){let e=t[u]=c?Da(t[u]):Ea(t[u]);e.key!=null&&g.set(e.key,u)}let _,y=0,b=p-h+1,x=!1,S=0,C=Array(b);for(u=0;u<b;u++)C[u]=0;for(u=m;u<=f;u++){let r=e[u];if(y>=b){he(r,i,a,!0);continue}let l;if(r.key!=null)l=g.get(r.key);else for(_=h;_<=p;_++)if(C[_-h]===0&&va(r,t[_])){l=_;break}l===void 0?he(r,i,a,!0):(C[l-h]=u+1,l>=S?S=l:x=!0,v(r,t[l],n,null,i,a,o,s,c),y++)}let w=x?ta(C):l;for(_=w.length-1,u=b-1;u>=0;u--){let e=h+u,l=t[e],f=t[e+1],p=e+1<d?f.el||ia(f):r;C[u]===0?v(null,l,n,p,i,a,o,s,c):x&&(_<0||u!==w[_]?me(l,n,p,2):_--)}}},me=(e,t,n,a,o=null)=>{let{el:s,type:c,transition:l,children:u,shapeFlag:d}=e;if(d&6)me(e.component.subTree,t,n,a);else if(d&128)e.suspense.move(t,n,a);else if(d&64)c.move(e,t,n,Ce);else if(c===L){r(s,t,n);for(let e=0;e<u.length;e++)me(u[e],t,n,a);r(e.anchor,t,n)}else if(c===la)S(e,t,n);else if(a!==2&&d&1&&l){if(a===0)l.persisted&&!s[er]?r(s,t,n):(l.beforeEnter(s),r(s,t,n),I(()=>l.enter(s),o));else{let{leave:a,delayLeave:o,afterLeave:c}=l,u=()=>{e.ctx.isUnmounted?i(s):r(s,t,n)},d=()=>{let e=s._isLeaving||!!s[er];s._isLeaving&&s[er](!0),l.persisted&&!e?u():a(s,()=>{u(),c&&c()})};o?o(s,u,d):d()}}else r(s,t,n)},he=(e,t,n,r=!1,i=!1)=>{let{type:a,props:o,ref:s,children:c,dynamicChildren:l,shapeFlag:u,patchFlag:d,dirs:f,cacheIndex:p,memo:m}=e;if((d===-2||l&&l.hasOnce)&&(i=!1),s!=null&&(et(),yr(s,null,n,e,!0),tt()),p==null||e.ctx&&e.ctx!==t||(t.renderCache[p]=void 0),u&256&&t.ctx.deactivate(e))return;let h=u&1&&f,g=!xr(e),_;if(g&&(_=o&&o.onVnodeBeforeUnmount)&&ka(_,t,e),u&6)ye(e.component,n,r);else{if(u&128){e.suspense.unmount(n,r);return}h&&Un(e,null,t,`beforeUnmount`),u&64?e.type.remove(e,t,n,Ce,r):l&&!l.hasOnce&&(a!==L||d>0&&d&64)?be(l,t,n,!1,!0):(a===L&&d&384||!i&&u&16)&&be(c,t,n),r&&ge(e)}let v=m!=null&&p==null;(g&&(_=o&&o.onVnodeUnmounted)||h||v)&&I(()=>{_&&ka(_,t,e),h&&Un(e,null,t,`unmounted`),v&&(e.el=null)},n)},ge=e=>{let{type:t,el:n,anchor:r,transition:a}=e,o=t===L;if(o&&!a){_e(n,r);return}if(t===la){C(e),a&&!a.persisted&&a.afterLeave&&a.afterLeave();return}let s=o?mr(e):e,c=()=>{o?m(n)&&_e(n,r):i(n),a&&!a.persisted&&a.afterLeave&&a.afterLeave()};if(s&&s.shapeFlag&1&&a&&!a.persisted){let{leave:e,delayLeave:t}=a,n=s.el,r=()=>e(n,c);t?t(n,c,r):r()}else c()},_e=(e,t)=>{let n;for(;e!==t;)n=h(e),i(e),e=n;i(t)},ye=(e,t,n)=>{let{bum:r,scope:i,job:a,subTree:o,um:s,m:c,a:l}=e;ra(c),ra(l),r&&pe(r),i.stop(),a?(a.flags|=8,he(o,e,t,n)):o&&(o.transition=e.vnode.transition,he(o,e,t,n)),s&&I(s,t);let u=()=>{e.isUnmounted=!0};u.flags=16,I(u,t)},be=(e,t,n,r=!1,i=!1,a=0)=>{for(let o=a;o<e.length;o++)he(e[o],t,n,r,i)},xe=e=>{if(e.shapeFlag&6)return xe(e.component.subTree);if(e.shapeFlag&128)return e.suspense.next();let t=h(e.anchor||e.el),n=t&&t[Qn];return n?h(n):t},Se=(e,t,n)=>{In(()=>{e==null?t._vnode&&he(t._vnode,null,null,!0):v(t._vnode||null,e,t,null,null,null,n),t._vnode=e},e&&t._vnode?void 0:e&&e.component?e.component.uid:Ma())},Ce={p:v,um:he,m:me,r:ge,mt:se,mc:ee,pc:ue,pbc:ne,n:xe,o:e},we,Te;return t&&([we,Te]=t(Ce)),{render:Se,hydrate:we,createApp:gi(Se,we)}}function Zi({type:e,props:t},n){return n===`svg`&&e===`foreignObject`||n===`mathml`&&e===`annotation-xml`&&t&&t.encoding&&t.encoding.includes(`html`)?void 0:n}function Qi({effect:e,job:t},n){n?(e.flags|=32,t.flags|=4):(e.flags&=-33,t.flags&=-5)}function $i(e,t){return(!e||e&&!e.pendingBranch)&&t&&!t.persisted}function ea(e,t,n=!1){let r=e.children,i=t.children;if(v(r)&&v(i))for(let e=0;e<r.length;e++){let t=r[e],a=i[e];a.shapeFlag&1&&!a.dynamicChildren&&((a.patchFlag<=0||a.patchFlag===32)&&(a=i[e]=Da(i[e]),a.el=t.el),!n&&a.patchFlag!==-2&&ea(t,a)),a.type===ca&&(a.patchFlag===-1&&(a=i[e]=Da(a)),a.el=t.el),a.type===R&&!a.el&&(a.el=t.el)}}function ta(e){let t=e.slice(),n=[0],r,i,a,o,s,c=e.length;for(r=0;r<c;r++){let c=e[r];if(c!==0){if(i=n[n.length-1],e[i]<c){t[r]=i,n.push(r);continue}for(a=0,o=n.length-1;a<o;)s=a+o>>1,e[n[s]]<c?a=s+1:o=s;c<e[n[a]]&&(a>0&&(t[r]=n[a-1]),n[a]=r)}}for(a=n.length,o=n[a-1];a-->0;)n[a]=o,o=t[o];return n}function na(e){let t=e.subTree.component;if(t)return t.asyncDep&&!t.asyncResolved?t:na(t)}function ra(e){if(e)for(let t=0;t<e.length;t++)e[t].flags|=8}function ia(e){if(e.placeholder)return e.placeholder;let t=e.component;if(t)return ia(t.subTree);let n=e.suspense;return n&&n.activeBranch?ia(n.activeBranch):null}var aa=e=>e.__isSuspense,oa=Symbol(`_deferredEnter`);function sa(e,t){t&&t.pendingBranch?v(e)?t.effects.push(...e):t.effects.push(e):Mn(e)}var L=Symbol.for(`v-fgt`),ca=Symbol.for(`v-txt`),R=Symbol.for(`v-cmt`),la=Symbol.for(`v-stc`),ua=[],da=null;function z(e=!1){ua.push(da=e?null:[])}function fa(){ua.pop(),da=ua[ua.length-1]||null}var pa=1;function ma(e,t=!1){pa+=e,e<0&&da&&t&&(da.hasOnce=!0)}function ha(e){return e.dynamicChildren=pa>0?da||l:null,fa(),pa>0&&da&&da.push(e),e}function B(e,t,n,r,i,a){return ha(V(e,t,n,r,i,a,!0))}function ga(e,t,n,r,i){return ha(H(e,t,n,r,i,!0))}function _a(e){return e?e.__v_isVNode===!0:!1}function va(e,t){return e.type===t.type&&e.key===t.key}var ya=({key:e})=>e??null,ba=({ref:e,ref_key:t,ref_for:n})=>(typeof e==`number`&&(e=``+e),e==null?null:C(e)||M(e)||S(e)?{i:P,r:e,k:t,f:!!n}:e);function V(e,t=null,n=null,r=0,i=null,a=e===L?0:1,o=!1,s=!1){let c={__v_isVNode:!0,__v_skip:!0,type:e,props:t,key:t&&ya(t),ref:t&&ba(t),scopeId:zn,slotScopeIds:null,children:n,component:null,suspense:null,ssContent:null,ssFallback:null,dirs:null,transition:null,el:null,anchor:null,target:null,targetStart:null,targetAnchor:null,staticCount:0,shapeFlag:a,patchFlag:r,dynamicProps:i,dynamicChildren:null,appContext:null,ctx:P};return s?(Oa(c,n),a&128&&e.normalize(c)):n&&(c.shapeFlag|=C(n)?8:16),pa>0&&!o&&da&&(c.patchFlag>0||a&6)&&c.patchFlag!==32&&da.push(c),c}var H=xa;function xa(e,t=null,n=null,r=0,i=null,a=!1){if(e&&e!==Hr||(e=R),_a(e)){let r=Ca(e,t,!0);return n&&Oa(r,n),pa>0&&!a&&da&&(r.shapeFlag&6?da[da.indexOf(e)]=r:da.push(r)),r.patchFlag=-2,r}if(Xa(e)&&(e=e.__vccOpts),t){t=Sa(t);let{class:e,style:n}=t;e&&!C(e)&&(t.class=we(e)),T(n)&&($t(n)&&!v(n)&&(n=m({},n)),t.style=ye(n))}let o=C(e)?1:aa(e)?128:$n(e)?64:T(e)?4:S(e)?2:0;return V(e,t,n,r,i,o,a,!0)}function Sa(e){return e?$t(e)?m({},e):Ni(e)?m({},e[Ga]||e):e:null}function Ca(e,t,n=!1,r=!1){let{props:i,ref:a,patchFlag:o,children:s,transition:c}=e,l=t?U(i||{},t):i,u={__v_isVNode:!0,__v_skip:!0,type:e.type,props:l,key:l&&ya(l),ref:t&&t.ref?n&&a?v(a)?a.concat(ba(t)):[a,ba(t)]:ba(t):a,scopeId:e.scopeId,slotScopeIds:e.slotScopeIds,children:s,target:e.target,targetStart:e.targetStart,targetAnchor:e.targetAnchor,staticCount:e.staticCount,shapeFlag:e.shapeFlag,patchFlag:t&&e.type!==L?o===-1?16:o|16:o,dynamicProps:e.dynamicProps,dynamicChildren:e.dynamicChildren,appContext:e.appContext,dirs:e.dirs,transition:c,component:e.component,suspense:e.suspense,ssContent:e.ssContent&&Ca(e.ssContent),ssFallback:e.ssFallback&&Ca(e.ssFallback),placeholder:e.placeholder,el:e.el,anchor:e.anchor,ctx:e.ctx,ce:e.ce,cacheIndex:e.cacheIndex};return c&&r&&fr(u,c.clone(u)),u}function wa(e=` `,t=0){return H(ca,null,e,t)}function Ta(e=``,t=!1){return t?(z(),ga(R,null,e)):H(R,null,e)}function Ea(e){return e==null||typeof e==`boolean`?H(R):v(e)?H(L,null,e.slice()):_a(e)?Da(e):H(ca,null,String(e))}function Da(e){return e.el===null&&e.patchFlag!==-1||e.memo?e:Ca(e)}function Oa(e,t){let n=0,{shapeFlag:r}=e;if(t==null)t=null;else if(v(t))n=16;else if(typeof t==`object`){if(r&65){let n=t.default;n&&(n._c&&(n._d=!1),Oa(e,n()),n._c&&(n._d=!0));return}{n=32;let r=t._;!r&&!Ni(t)?t._ctx=P:r===3&&P&&(P.slots._===1?t._=1:(t._=2,e.patchFlag|=1024))}}else if(S(t)){if(r&65){Oa(e,{default:t});return}t={default:t,_ctx:P},n=32}else t=String(t),r&64?(n=16,t=[wa(t)]):n=8;e.children=t,e.shapeFlag|=n}function U(...e){let t={};for(let n=0;n<e.length;n++){let r=e[n];for(let e in r)if(e===`class`)t.class!==r.class&&(t.class=we([t.class,r.class]));else if(e===`style`)t.style=ye([t.style,r.style]);else if(f(e)){let n=t[e],i=r[e];i&&n!==i&&!(v(n)&&n.includes(i))?t[e]=n?[].concat(n,i):i:i==null&&n==null&&!p(e)&&(t[e]=i)}else e!==``&&(t[e]=r[e])}return t}function ka(e,t,n,r=null){yn(e,t,7,[n,r])}var Aa=mi(),ja=0;function Ma(){return ja}function Na(e,t,n){let r=e.type,i=(t?t.appContext:e.appContext)||Aa,a={uid:ja++,vnode:e,type:r,parent:t,appContext:i,root:null,next:null,subTree:null,effect:null,update:null,job:null,scope:new Ie(!0),render:null,proxy:null,exposed:null,exposeProxy:null,withProxy:null,provides:t?t.provides:Object.create(i.provides),ids:t?t.ids:[``,0,0],accessCache:null,renderCache:[],components:null,directives:null,propsOptions:zi(r,i),emitsOptions:xi(r,i),emit:null,emitted:null,propsDefaults:c,inheritAttrs:r.inheritAttrs,ctx:c,data:c,props:c,attrs:c,slots:c,refs:c,setupState:c,setupContext:null,suspense:n,suspenseId:n?n.pendingId:0,asyncDep:null,asyncResolved:!1,isMounted:!1,isUnmounted:!1,isDeactivated:!1,bc:null,c:null,bm:null,m:null,bu:null,u:null,um:null,bum:null,da:null,a:null,rtg:null,rtc:null,ec:null,sp:null};return a.ctx={_:a},a.root=t?t.root:a,a.emit=yi.bind(null,a),e.ce&&e.ce(a),a}var W=null,Pa=()=>W||P,Fa,Ia;{let e=ve(),t=(t,n)=>{let r;return(r=e[t])||(r=e[t]=[]),r.push(n),e=>{r.length>1?r.forEach(t=>t(e)):r[0](e)}};Fa=t(`__VUE_INSTANCE_SETTERS__`,e=>W=e),Ia=t(`__VUE_SSR_SETTERS__`,e=>Ba=e)}var La=e=>{let t=W;return Fa(e),e.scope.on(),()=>{e.scope.off(),Fa(t)}},Ra=()=>{W&&W.scope.off(),Fa(null)};function za(e){return e.vnode.shapeFlag&4}var Ba=!1;function Va(e,t=!1,n=!1){t&&Ia(t);let{props:r,children:i}=e.vnode,a=za(e);Pi(e,r,a,t),qi(e,i,n||t);let o=a?Ha(e,t):void 0;return t&&Ia(!1),o}function Ha(e,t){let n=e.type;e.accessCache=Object.create(null),e.proxy=new Proxy(e.ctx,Qr);let{setup:r}=n;if(r){et();let n=e.setupContext=r.length>1?qa(e):null,i=La(e),a=vn(r,e,0,[e.props,n]),o=E(a);if(tt(),i(),(o||e.sp)&&!xr(e)&&gr(e),o){if(a.then(Ra,Ra),t)return a.then(n=>{Ia(!0);try{Ua(e,n,t)}finally{Ia(!1)}}).catch(t=>{bn(t,e,0,void 0,!0),e.ssrRender=(e,t)=>t(`<!---->`)});e.asyncDep=a}else Ua(e,a,t)}else Wa(e,t)}function Ua(e,t,n){S(t)?e.type.__ssrInlineRender?e.ssrRender=t:e.render=t:T(t)&&(e.setupState=ln(t)),Wa(e,n)}function Wa(e,t,n){let r=e.type;e.render||=r.render||u;{let t=La(e);et();try{ti(e)}finally{tt(),t()}}}var Ga=Symbol(),Ka={get(e,t){return A(e,`get`,``),t===Ga?e:e[t]}};function qa(e){return{attrs:new Proxy(e.attrs,Ka),slots:e.slots,emit:e.emit,expose:t=>{e.exposed=t||{}}}}function Ja(e){return e.exposed?e.exposeProxy||=new Proxy(ln(en(e.exposed)),{get(t,n){if(n in t)return t[n];if(n in Xr)return Xr[n](e)},has(e,t){return t in e||t in Xr}}):e.proxy}function Ya(e,t=!0){return S(e)?e.displayName||e.name:e.name||t&&e.__name}function Xa(e){return S(e)&&`__vccOpts`in e}var Za=(e,t)=>dn(e,t,Ba);function Qa(e,t,n){try{ma(-1);let r=arguments.length;return r===2?T(t)&&!v(t)?_a(t)?H(e,null,[t]):H(e,t):H(e,null,t):(r>3?n=Array.prototype.slice.call(arguments,2):r===3&&_a(n)&&(n=[n]),H(e,t,n))}finally{ma(1)}}var $a=`3.5.45`,eo=void 0,to=typeof window<`u`&&window.trustedTypes
/**
* @vue/runtime-dom v3.5.45
* (c) 2018-present Yuxi (Evan) You and Vue contributors
* @license MIT
**/
;if(to)try{eo=to.createPolicy(`vue`,{createHTML:e=>e})}catch{}var no=eo?e=>eo.createHTML(e):e=>e,ro=`http://www.w3.org/2000/svg`,io=`http://www.w3.org/1998/Math/MathML`,ao=typeof document<`u`?document:null,oo=ao&&ao.createElement(`template`),so={insert:(e,t,n)=>{t.insertBefore(e,n||null)},remove:e=>{let t=e.parentNode;t&&t.removeChild(e)},createElement:(e,t,n,r)=>{let i=t===`svg`?ao.createElementNS(ro,e):t===`mathml`?ao.createElementNS(io,e):n?ao.createElement(e,{is:n}):ao.createElement(e);return e===`select`&&r&&r.multiple!=null&&i.setAttribute(`multiple`,r.multiple),i},createText:e=>ao.createTextNode(e),createComment:e=>ao.createComment(e),setText:(e,t)=>{e.nodeValue=t},setElementText:(e,t)=>{e.textContent=t},parentNode:e=>e.parentNode,nextSibling:e=>e.nextSibling,querySelector:e=>ao.querySelector(e),setScopeId(e,t){e.setAttribute(t,``)},insertStaticContent(e,t,n,r,i,a){let o=n?n.previousSibling:t.lastChild;if(i&&(i===a||i.nextSibling))for(;t.insertBefore(i.cloneNode(!0),n),i!==a&&(i=i.nextSibling););else{oo.innerHTML=no(r===`svg`?`<svg>${e}</svg>`:r===`mathml`?`<math>${e}</math>`:e);let i=oo.content;if(r===`svg`||r===`mathml`){let e=i.firstChild;for(;e.firstChild;)i.appendChild(e.firstChild);i.removeChild(e)}t.insertBefore(i,n)}return[o?o.nextSibling:t.firstChild,n?n.previousSibling:t.lastChild]}},co=`transition`,lo=`animation`,uo=Symbol(`_vtc`),fo={name:String,type:String,css:{type:Boolean,default:!0},duration:[String,Number,Object],enterFromClass:String,enterActiveClass:String,enterToClass:String,appearFromClass:String,appearActiveClass:String,appearToClass:String,leaveFromClass:String,leaveActiveClass:String,leaveToClass:String},po=m({},ir,fo),mo=(e=>(e.displayName=`Transition`,e.props=po,e))((e,{slots:t})=>Qa(sr,_o(e),t)),ho=(e,t=[])=>{v(e)?e.forEach(e=>e(...t)):e&&e(...t)},go=e=>e?v(e)?e.some(e=>e.length>1):e.length>1:!1;function _o(e){let t={};for(let n in e)n in fo||(t[n]=e[n]);if(e.css===!1)return t;let{name:n=`v`,type:r,duration:i,enterFromClass:a=`${n}-enter-from`,enterActiveClass:o=`${n}-enter-active`,enterToClass:s=`${n}-enter-to`,appearFromClass:c=a,appearActiveClass:l=o,appearToClass:u=s,leaveFromClass:d=`${n}-leave-from`,leaveActiveClass:f=`${n}-leave-active`,leaveToClass:p=`${n}-leave-to`}=e,h=vo(i),g=h&&h[0],_=h&&h[1],{onBeforeEnter:v,onEnter:y,onEnterCancelled:b,onLeave:x,onLeaveCancelled:S,onBeforeAppear:C=v,onAppear:w=y,onAppearCancelled:T=b}=t,E=(e,t,n,r)=>{e._enterCancelled=r,xo(e,t?u:s),xo(e,t?l:o),n&&n()},ee=(e,t)=>{e._isLeaving=!1,xo(e,d),xo(e,p),xo(e,f),t&&t()},te=e=>(t,n)=>{let i=e?w:y,o=()=>E(t,e,n);ho(i,[t,o]),So(()=>{xo(t,e?c:a),bo(t,e?u:s),go(i)||wo(t,r,g,o)})};return m(t,{onBeforeEnter(e){ho(v,[e]),bo(e,a),bo(e,o)},onBeforeAppear(e){ho(C,[e]),bo(e,c),bo(e,l)},onEnter:te(!1),onAppear:te(!0),onLeave(e,t){e._isLeaving=!0;let n=()=>ee(e,t);bo(e,d),e._enterCancelled?(bo(e,f),Oo(e)):(Oo(e),bo(e,f)),So(()=>{e._isLeaving&&(xo(e,d),bo(e,p),go(x)||wo(e,r,_,n))}),ho(x,[e,n])},onEnterCancelled(e){E(e,!1,void 0,!0),ho(b,[e])},onAppearCancelled(e){E(e,!0,void 0,!0),ho(T,[e])},onLeaveCancelled(e){ee(e),ho(S,[e])}})}function vo(e){if(e==null)return null;if(T(e))return[yo(e.enter),yo(e.leave)];{let t=yo(e);return[t,t]}}function yo(e){return ge(e)}function bo(e,t){t.split(/\s+/).forEach(t=>t&&e.classList.add(t)),(e[uo]||(e[uo]=new Set)).add(t)}function xo(e,t){t.split(/\s+/).forEach(t=>t&&e.classList.remove(t));let n=e[uo];n&&(n.delete(t),n.size||(e[uo]=void 0))}function So(e){requestAnimationFrame(()=>{requestAnimationFrame(e)})}var Co=0;function wo(e,t,n,r){let i=e._endId=++Co,a=()=>{i===e._endId&&r()};if(n!=null)return setTimeout(a,n);let{type:o,timeout:s,propCount:c}=To(e,t);if(!o)return r();let l=o+`end`,u=0,d=()=>{e.removeEventListener(l,f),a()},f=t=>{t.target===e&&++u>=c&&d()};setTimeout(()=>{u<c&&d()},s+1),e.addEventListener(l,f)}function To(e,t){let n=window.getComputedStyle(e),r=e=>(n[e]||``).split(`, `),i=r(`${co}Delay`),a=r(`${co}Duration`),o=Eo(i,a),s=r(`${lo}Delay`),c=r(`${lo}Duration`),l=Eo(s,c),u=null,d=0,f=0;t===co?o>0&&(u=co,d=o,f=a.length):t===lo?l>0&&(u=lo,d=l,f=c.length):(d=Math.max(o,l),u=d>0?o>l?co:lo:null,f=u?u===co?a.length:c.length:0);let p=u===co&&/\b(?:transform|all)(?:,|$)/.test(r(`${co}Property`).toString());return{type:u,timeout:d,propCount:f,hasTransform:p}}function Eo(e,t){for(;e.length<t.length;)e=e.concat(e);return Math.max(...t.map((t,n)=>Do(t)+Do(e[n])))}function Do(e){return e===`auto`?0:Number(e.slice(0,-1).replace(`,`,`.`))*1e3}function Oo(e){return(e?e.ownerDocument:document).body.offsetHeight}function ko(e,t,n){let r=e[uo];r&&(t=(t?[t,...r]:[...r]).join(` `)),t==null?e.removeAttribute(`class`):n?e.setAttribute(`class`,t):e.className=t}var Ao=Symbol(`_vod`),jo=Symbol(`_vsh`),Mo=Symbol(``),No=/(?:^|;)\s*display\s*:/;function Po(e,t,n){let r=e.style,i=C(n),a=!1;if(n&&!i){if(t){if(C(t))for(let e of t.split(`;`)){let t=e.slice(0,e.indexOf(`:`)).trim();n[t]??Io(r,t,``)}else for(let e in t)n[e]??Io(r,e,``)}for(let i in n){i===`display`&&(a=!0);let o=n[i];o==null?Io(r,i,``):Bo(e,i,!C(t)&&t?t[i]:void 0,o)||Io(r,i,o)}}else if(i){if(t!==n){let e=r[Mo];e&&(n+=`;`+e),r.cssText=n,a=No.test(n)}}else t&&e.removeAttribute(`style`);Ao in e&&(i&&t===n||(e[Ao]=a?r.display:``),e[jo]&&(r.display=`none`))}var Fo=/\s*!important$/;function Io(e,t,n){if(v(n))n.forEach(n=>Io(e,t,n));else if(n??=``,t.startsWith(`--`))Fo.test(n)?e.setProperty(t,n.replace(Fo,``),`important`):e.setProperty(t,n);else{let r=zo(e,t);Fo.test(n)?e.setProperty(le(r),n.replace(Fo,``),`important`):e[r]=n}}var Lo=[`Webkit`,`Moz`,`ms`],Ro={};function zo(e,t){let n=Ro[t];if(n)return n;let r=D(t);if(r!==`filter`&&r in e)return Ro[t]=r;r=ue(r);for(let n=0;n<Lo.length;n++){let i=Lo[n]+r;if(i in e)return Ro[t]=i}return t}function Bo(e,t,n,r){return e.tagName===`TEXTAREA`&&(t===`width`||t===`height`)&&C(r)&&n===r}var Vo=`http://www.w3.org/1999/xlink`;function Ho(e,t,n,r,i,a=Te(t)){r&&t.startsWith(`xlink:`)?n==null?e.removeAttributeNS(Vo,t.slice(6,t.length)):e.setAttributeNS(Vo,t,n):n==null||a&&!Ee(n)?e.removeAttribute(t):e.setAttribute(t,a?``:w(n)?String(n):n)}function Uo(e,t,n,r,i){if(t===`innerHTML`||t===`textContent`){n!=null&&(e[t]=t===`innerHTML`?no(n):n);return}let a=e.tagName;if(t===`value`&&a!==`PROGRESS`&&!a.includes(`-`)){let r=a===`OPTION`?e.getAttribute(`value`)||``:e.value,i=n==null?e.type===`checkbox`?`on`:``:String(n);r===i&&`_value`in e||(e.value=i),n??e.removeAttribute(t),e._value=n;return}let o=!1;if(n===``||n==null){let r=typeof e[t];r===`boolean`?n=Ee(n):n==null&&r===`string`?(n=``,o=!0):r===`number`&&(n=0,o=!0)}try{e[t]=n}catch{}o&&e.removeAttribute(i||t)}function Wo(e,t,n,r){e.addEventListener(t,n,r)}function Go(e,t,n,r){e.removeEventListener(t,n,r)}var Ko=Symbol(`_vei`);function qo(e,t,n,r,i=null){let a=e[Ko]||(e[Ko]={}),o=a[t];if(r&&o)o.value=r;else{let[n,s]=Xo(t);r?Wo(e,n,a[t]=es(r,i),s):o&&(Go(e,n,o,s),a[t]=void 0)}}var Jo=/(Once|Passive|Capture)$/,Yo=/^on:?(?:Once|Passive|Capture)$/;function Xo(e){let t,n;for(;(n=e.match(Jo))&&!Yo.test(e);)t||={},e=e.slice(0,e.length-n[1].length),t[n[1].toLowerCase()]=!0;return[e[2]===`:`?e.slice(3):le(e.slice(2)),t]}var Zo=0,Qo=Promise.resolve(),$o=()=>Zo||=(Qo.then(()=>Zo=0),Date.now());function es(e,t){let n=e=>{if(!e._vts)e._vts=Date.now();else if(e._vts<=n.attached)return;let r=n.value;if(v(r)){let n=e.stopImmediatePropagation;e.stopImmediatePropagation=()=>{n.call(e),e._stopped=!0};let i=r.slice(),a=[e];for(let n=0;n<i.length&&!e._stopped;n++){let e=i[n];e&&yn(e,t,5,a)}}else yn(r,t,5,[e])};return n.value=e,n.attached=$o(),n}var ts=e=>e.charCodeAt(0)===111&&e.charCodeAt(1)===110&&e.charCodeAt(2)>96&&e.charCodeAt(2)<123,ns=(e,t,n,r,i,a)=>{let o=i===`svg`;t===`class`?ko(e,r,o):t===`style`?Po(e,n,r):f(t)?p(t)||qo(e,t,n,r,a):(t[0]===`.`?(t=t.slice(1),1):t[0]===`^`?(t=t.slice(1),0):rs(e,t,r,o))?(Uo(e,t,r),e.tagName.includes(`-`)||t!==`value`&&t!==`checked`&&t!==`selected`||Ho(e,t,r,o,a,t!==`value`)):e._isVueCE&&(is(e,t)||e._def.__asyncLoader&&(/[A-Z]/.test(t)||!C(r)))?Uo(e,D(t),r,a,t):(t===`true-value`?e._trueValue=r:t===`false-value`&&(e._falseValue=r),Ho(e,t,r,o))};function rs(e,t,n,r){if(r)return!!(t===`innerHTML`||t===`textContent`||t in e&&ts(t)&&S(n));if(t===`spellcheck`||t===`draggable`||t===`translate`||t===`autocorrect`||t===`sandbox`&&e.tagName===`IFRAME`||t===`form`||t===`list`&&e.tagName===`INPUT`||t===`type`&&e.tagName===`TEXTAREA`)return!1;if(t===`width`||t===`height`){let t=e.tagName;if(t===`IMG`||t===`VIDEO`||t===`CANVAS`||t===`SOURCE`)return!1}return ts(t)&&C(n)?!1:t in e}function is(e,t){let n=e._def.props;if(!n)return!1;let r=D(t);return Array.isArray(n)?n.some(e=>D(e)===r):Object.keys(n).some(e=>D(e)===r)}var as=m({patchProp:ns},so),os;function ss(){return os||=Yi(as)}var cs=((...e)=>{let t=ss().createApp(...e),{mount:n}=t;return t.mount=e=>{let r=us(e);if(!r)return;let i=t._component;S(i)||i.render||i.template||(i.template=r.innerHTML),r.nodeType===1&&(r.textContent=``);let a=n(r,!1,ls(r));return r instanceof Element&&(r.removeAttribute(`v-cloak`),r.setAttribute(`data-v-app`,``)),a},t});function ls(e){if(e instanceof SVGElement)return`svg`;if(typeof MathMLElement==`function`&&e instanceof MathMLElement)return`mathml`}function us(e){return C(e)?document.querySelector(e):e}function ds(...e){if(e){let t=[];for(let n=0;n<e.length;n++){let r=e[n];if(!r)continue;let i=typeof r;if(i===`string`||i===`number`)t.push(r);else if(i===`object`){let e=Array.isArray(r)?[ds(...r)]:Object.entries(r).map(([e,t])=>t?e:void 0);t=e.length?t.concat(e.filter(e=>!!e)):t}}return t.join(` `).trim()}}function fs(e,t){return e?e.classList?e.classList.contains(t):RegExp(`(^| )`+t+`( |$)`,`gi`).test(e.className):!1}function ps(e,t){if(e&&t){let n=t=>{fs(e,t)||(e.classList?e.classList.add(t):e.className+=` `+t)};[t].flat().filter(Boolean).forEach(e=>e.split(` `).forEach(n))}}function ms(e,t){if(e&&t){let n=t=>{e.classList?e.classList.remove(t):e.className=e.className.replace(RegExp(`(^|\\b)`+t.split(` `).join(`|`)+`(\\b|$)`,`gi`),` `)};[t].flat().filter(Boolean).forEach(e=>e.split(` `).forEach(n))}}function hs(e){return e?Math.abs(e.scrollLeft):0}function gs(e,t){if(e instanceof HTMLElement){let n=e.offsetWidth;if(t){let t=getComputedStyle(e);n+=parseFloat(t.marginLeft)+parseFloat(t.marginRight)}return n}return 0}function _s(e){if(e){let t=e.parentNode;return t&&t instanceof ShadowRoot&&t.host&&(t=t.host),t}return null}function vs(e){return!!(e!=null&&e.nodeName&&_s(e))}function ys(e){return typeof Element<`u`?e instanceof Element:typeof e==`object`&&!!e&&e.nodeType===1&&typeof e.nodeName==`string`}function bs(e,t={}){if(ys(e)){let n=(t,r)=>{var i;let a=(i=e?.$attrs)!=null&&i[t]?[e?.$attrs?.[t]]:[];return[r].flat().reduce((e,r)=>{if(r!=null){let i=typeof r;if(i===`string`||i===`number`)e.push(r);else if(i===`object`){let i=Array.isArray(r)?n(t,r):Object.entries(r).map(([e,n])=>t===`style`&&(n||n===0)?`${e.replace(/([a-z])([A-Z])/g,`$1-$2`).toLowerCase()}:${n}`:n?e:void 0);e=i.length?e.concat(i.filter(e=>!!e)):e}}return e},a)};Object.entries(t).forEach(([t,r])=>{if(r!=null){let i=t.match(/^on(.+)/);i?e.addEventListener(i[1].toLowerCase(),r):t===`p-bind`||t===`pBind`?bs(e,r):(r=t===`class`?[...new Set(n(`class`,r))].join(` `).trim():t===`style`?n(`style`,r).join(`;`).trim():r,(e.$attrs=e.$attrs||{})&&(e.$attrs[t]=r),e.setAttribute(t,r))}})}}function xs(e,t={},...n){if(e){let r=document.createElement(e);return bs(r,t),r.append(...n),r}}function Ss(e,t){return ys(e)?e.matches(t)?e:e.querySelector(t):null}function Cs(e,t){if(ys(e)){let n=e.getAttribute(t);return isNaN(n)?n===`true`||n===`false`?n===`true`:n:+n}}function ws(e){if(e){let t=e.offsetHeight,n=getComputedStyle(e);return t-=parseFloat(n.paddingTop)+parseFloat(n.paddingBottom)+parseFloat(n.borderTopWidth)+parseFloat(n.borderBottomWidth),t}return 0}function Ts(e){if(e){let t=e.getBoundingClientRect();return{top:t.top+(window.pageYOffset||document.documentElement.scrollTop||document.body.scrollTop||0),left:t.left+(window.pageXOffset||hs(document.documentElement)||hs(document.body)||0)}}return{top:`auto`,left:`auto`}}function Es(e,t){if(e){let n=e.offsetHeight;if(t){let t=getComputedStyle(e);n+=parseFloat(t.marginTop)+parseFloat(t.marginBottom)}return n}return 0}function Ds(e){if(e){let t=e.offsetWidth,n=getComputedStyle(e);return t-=parseFloat(n.paddingLeft)+parseFloat(n.paddingRight)+parseFloat(n.borderLeftWidth)+parseFloat(n.borderRightWidth),t}return 0}function Os(){return!!(typeof window<`u`&&window.document&&window.document.createElement)}function ks(e,t=``,n){ys(e)&&n!=null&&e.setAttribute(t,n)}function As(){let e=new Map;return{on(t,n){let r=e.get(t);return r?r.push(n):r=[n],e.set(t,r),this},off(t,n){let r=e.get(t);return r&&r.splice(r.indexOf(n)>>>0,1),this},emit(t,n){let r=e.get(t);r&&r.forEach(e=>{e(n)})},clear(){e.clear()}}}var js=Object.defineProperty,Ms=Object.getOwnPropertySymbols,Ns=Object.prototype.hasOwnProperty,Ps=Object.prototype.propertyIsEnumerable,Fs=(e,t,n)=>t in e?js(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,Is=(e,t)=>{for(var n in t||={})Ns.call(t,n)&&Fs(e,n,t[n]);if(Ms)for(var n of Ms(t))Ps.call(t,n)&&Fs(e,n,t[n]);return e};function Ls(e){return e==null||e===``||Array.isArray(e)&&e.length===0||!(e instanceof Date)&&typeof e==`object`&&Object.keys(e).length===0}function Rs(e){return typeof e==`function`&&`call`in e&&`apply`in e}function G(e){return!Ls(e)}function zs(e,t=!0){return e instanceof Object&&e.constructor===Object&&(t||Object.keys(e).length!==0)}function Bs(e={},t={}){let n=Is({},e);return Object.keys(t).forEach(r=>{let i=r;zs(t[i])&&i in e&&zs(e[i])?n[i]=Bs(e[i],t[i]):n[i]=t[i]}),n}function Vs(...e){return e.reduce((e,t,n)=>n===0?t:Bs(e,t),{})}function Hs(e,...t){return Rs(e)?e(...t):e}function Us(e,t=!0){return typeof e==`string`&&(t||e!==``)}function Ws(e){return Us(e)?e.replace(/(-|_)/g,``).toLowerCase():e}function Gs(e,t=``,n={}){let r=Ws(t).split(`.`),i=r.shift();return i?zs(e)?Gs(Hs(e[Object.keys(e).find(e=>Ws(e)===i)||``],n),r.join(`.`),n):void 0:Hs(e,n)}function Ks(e,t=!0){return Array.isArray(e)&&(t||e.length!==0)}function qs(e){return G(e)&&!isNaN(e)}function Js(e,t){if(t){let n=t.test(e);return t.lastIndex=0,n}return!1}function Ys(...e){return Vs(...e)}function Xs(e){return e&&e.replace(/\/\*(?:(?!\*\/)[\s\S])*\*\/|[\r\n\t]+/g,``).replace(/ {2,}/g,` `).replace(/ ([{:}]) /g,`$1`).replace(/([;,]) /g,`$1`).replace(/ !/g,`!`).replace(/: /g,`:`).trim()}function Zs(e){return Us(e,!1)?e[0].toUpperCase()+e.slice(1):e}function Qs(e){return Us(e)?e.replace(/(_)/g,`-`).replace(/([a-z])([A-Z])/g,`$1-$2`).toLowerCase():e}var $s={};function ec(e=`pui_id_`){return Object.hasOwn($s,e)||($s[e]=0),$s[e]++,`${e}${$s[e]}`}var tc=Object.defineProperty,nc=Object.defineProperties,rc=Object.getOwnPropertyDescriptors,ic=Object.getOwnPropertySymbols,ac=Object.prototype.hasOwnProperty,oc=Object.prototype.propertyIsEnumerable,sc=(e,t,n)=>t in e?tc(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n,cc=(e,t)=>{for(var n in t||={})ac.call(t,n)&&sc(e,n,t[n]);if(ic)for(var n of ic(t))oc.call(t,n)&&sc(e,n,t[n]);return e},lc=(e,t)=>nc(e,rc(t)),uc=(e,t)=>{var n={};for(var r in e)ac.call(e,r)&&t.indexOf(r)<0&&(n[r]=e[r]);if(e!=null&&ic)for(var r of ic(e))t.indexOf(r)<0&&oc.call(e,r)&&(n[r]=e[r]);return n},K=As(),dc=/{([^}]*)}/g,fc=/(\d+\s+[\+\-\*\/]\s+\d+)/g,pc=/var\([^)]+\)/g;function mc(e){return Us(e)?e.replace(/[A-Z]/g,(e,t)=>t===0?e:`.`+e.toLowerCase()).toLowerCase():e}function hc(e){return zs(e)&&e.hasOwnProperty(`$value`)&&e.hasOwnProperty(`$type`)?e.$value:e}function gc(e){return e.replaceAll(/ /g,``).replace(/[^\w]/g,`-`)}function _c(e=``,t=``){return gc(`${Us(e,!1)&&Us(t,!1)?`${e}-`:e}${t}`)}function vc(e=``,t=``){return`--${_c(e,t)}`}function yc(e=``){return((e.match(/{/g)||[]).length+(e.match(/}/g)||[]).length)%2!=0}function bc(e,t=``,n=``,r=[],i){if(Us(e)){let t=e.trim();if(yc(t))return;if(Js(t,dc)){let e=t.replaceAll(dc,e=>`var(${vc(n,Qs(e.replace(/{|}/g,``).split(`.`).filter(e=>!r.some(t=>Js(e,t))).join(`-`)))}${G(i)?`, ${i}`:``})`);return Js(e.replace(pc,`0`),fc)?`calc(${e})`:e}return t}if(qs(e))return e}function xc(e,t,n){Us(t,!1)&&e.push(`${t}:${n};`)}function Sc(e,t){return e?`${e}{${t}}`:``}function Cc(e,t){if(e.indexOf(`dt(`)===-1)return e;function n(e,t){let n=[],i=0,a=``,o=null,s=0;for(;i<=e.length;){let c=e[i];if((c===`"`||c===`'`||c==="`")&&e[i-1]!==`\\`&&(o=o===c?null:c),!o&&(c===`(`&&s++,c===`)`&&s--,(c===`,`||i===e.length)&&s===0)){let e=a.trim();e.startsWith(`dt(`)?n.push(Cc(e,t)):n.push(r(e)),a=``,i++}else c!==void 0&&(a+=c),i++}return n}function r(e){let t=e[0];if((t===`"`||t===`'`||t==="`")&&e[e.length-1]===t)return e.slice(1,-1);let n=Number(e);return isNaN(n)?e:n}let i=[],a=[];for(let t=0;t<e.length;t++)if(e[t]===`d`&&e.slice(t,t+3)===`dt(`)a.push(t),t+=2;else if(e[t]===`)`&&a.length>0){let e=a.pop();a.length===0&&i.push([e,t])}if(!i.length)return e;for(let r=i.length-1;r>=0;r--){let[a,o]=i[r],s=t(...n(e.slice(a+3,o),t));e=e.slice(0,a)+s+e.slice(o+1)}return e}var wc=(...e)=>Tc(q.getTheme(),...e),Tc=(e={},t,n,r)=>{if(t){let{variable:i,options:a}=q.defaults||{},{prefix:o,transform:s}=e?.options||a||{},c=Js(t,dc)?t:`{${t}}`;return r===`value`||Ls(r)&&s===`strict`?q.getTokenValue(t):bc(c,void 0,o,[i.excludedKeyRegex],n)}return``};function Ec(e,...t){return e instanceof Array?Cc(e.reduce((e,n,r)=>e+n+(Hs(t[r],{dt:wc})??``),``),wc):Hs(e,{dt:wc})}function Dc(e,t={}){let n=q.defaults.variable,{prefix:r=n.prefix,selector:i=n.selector,excludedKeyRegex:a=n.excludedKeyRegex}=t,o=[],s=[],c=[{node:e,path:r}];for(;c.length;){let{node:e,path:t}=c.pop();for(let n in e){let i=e[n],l=hc(i),u=Js(n,a)?_c(t):_c(t,Qs(n));if(zs(l))c.push({node:l,path:u});else{xc(s,vc(u),bc(l,u,r,[a]));let e=u;r&&e.startsWith(r+`-`)&&(e=e.slice(r.length+1)),o.push(e.replace(/-/g,`.`))}}}let l=s.join(``);return{value:s,tokens:o,declarations:l,css:Sc(i,l)}}var Oc={regex:{rules:{class:{pattern:/^\.([a-zA-Z][\w-]*)$/,resolve(e){return{type:`class`,selector:e,matched:this.pattern.test(e.trim())}}},attr:{pattern:/^\[(.*)\]$/,resolve(e){return{type:`attr`,selector:`:root${e},:host${e}`,matched:this.pattern.test(e.trim())}}},media:{pattern:/^@media (.*)$/,resolve(e){return{type:`media`,selector:e,matched:this.pattern.test(e.trim())}}},system:{pattern:/^system$/,resolve(e){return{type:`system`,selector:`@media (prefers-color-scheme: dark)`,matched:this.pattern.test(e.trim())}}},custom:{resolve(e){return{type:`custom`,selector:e,matched:!0}}}},resolve(e){let t=Object.keys(this.rules).filter(e=>e!==`custom`).map(e=>this.rules[e]);return[e].flat().map(e=>t.map(t=>t.resolve(e)).find(e=>e.matched)??this.rules.custom.resolve(e))}},_toVariables(e,t){return Dc(e,{prefix:t?.prefix})},getCommon({name:e=``,theme:t={},params:n,set:r,defaults:i}){let{preset:a,options:o}=t,s,c,l,u,d,f,p;if(G(a)&&o.transform!==`strict`){let{primitive:t,semantic:n,extend:m}=a,h=n||{},{colorScheme:g}=h,_=uc(h,[`colorScheme`]),v=m||{},{colorScheme:y}=v,b=uc(v,[`colorScheme`]),x=g||{},{dark:S}=x,C=uc(x,[`dark`]),w=y||{},{dark:T}=w,E=uc(w,[`dark`]),ee=G(t)?this._toVariables({primitive:t},o):{},te=G(_)?this._toVariables({semantic:_},o):{},ne=G(C)?this._toVariables({light:C},o):{},re=G(S)?this._toVariables({dark:S},o):{},ie=G(b)?this._toVariables({semantic:b},o):{},ae=G(E)?this._toVariables({light:E},o):{},oe=G(T)?this._toVariables({dark:T},o):{},[se,D]=[ee.declarations??``,ee.tokens],[ce,le]=[te.declarations??``,te.tokens||[]],[ue,de]=[ne.declarations??``,ne.tokens||[]],[fe,pe]=[re.declarations??``,re.tokens||[]],[me,he]=[ie.declarations??``,ie.tokens||[]],[ge,_e]=[ae.declarations??``,ae.tokens||[]],[ve,ye]=[oe.declarations??``,oe.tokens||[]];s=this.transformCSS(e,se,`light`,`variable`,o,r,i),c=D,l=`${this.transformCSS(e,`${ce}${ue}`,`light`,`variable`,o,r,i)}${this.transformCSS(e,`${fe}`,`dark`,`variable`,o,r,i)}`,u=[...new Set([...le,...de,...pe])],d=`${this.transformCSS(e,`${me}${ge}color-scheme:light`,`light`,`variable`,o,r,i)}${this.transformCSS(e,`${ve}color-scheme:dark`,`dark`,`variable`,o,r,i)}`,f=[...new Set([...he,..._e,...ye])],p=Hs(a.css,{dt:wc})}return{primitive:{css:s,tokens:c},semantic:{css:l,tokens:u},global:{css:d,tokens:f},style:p}},getPreset({name:e=``,preset:t={},options:n,params:r,set:i,defaults:a,selector:o}){let s,c,l;if(G(t)&&n.transform!==`strict`){let r=e.replace(`-directive`,``),u=t,{colorScheme:d,extend:f,css:p}=u,m=uc(u,[`colorScheme`,`extend`,`css`]),h=f||{},{colorScheme:g}=h,_=uc(h,[`colorScheme`]),v=d||{},{dark:y}=v,b=uc(v,[`dark`]),x=g||{},{dark:S}=x,C=uc(x,[`dark`]),w=G(m)?this._toVariables({[r]:cc(cc({},m),_)},n):{},T=G(b)?this._toVariables({[r]:cc(cc({},b),C)},n):{},E=G(y)?this._toVariables({[r]:cc(cc({},y),S)},n):{},[ee,te]=[w.declarations??``,w.tokens||[]],[ne,re]=[T.declarations??``,T.tokens||[]],[ie,ae]=[E.declarations??``,E.tokens||[]];s=`${this.transformCSS(r,`${ee}${ne}`,`light`,`variable`,n,i,a,o)}${this.transformCSS(r,ie,`dark`,`variable`,n,i,a,o)}`,c=[...new Set([...te,...re,...ae])],l=Hs(p,{dt:wc})}return{css:s,tokens:c,style:l}},getPresetC({name:e=``,theme:t={},params:n,set:r,defaults:i}){let{preset:a,options:o}=t,s=a?.components?.[e];return this.getPreset({name:e,preset:s,options:o,params:n,set:r,defaults:i})},getPresetD({name:e=``,theme:t={},params:n,set:r,defaults:i}){let a=e.replace(`-directive`,``),{preset:o,options:s}=t,c=o?.components?.[a]||o?.directives?.[a];return this.getPreset({name:a,preset:c,options:s,params:n,set:r,defaults:i})},applyDarkColorScheme(e){return e.darkModeSelector!==`none`&&e.darkModeSelector!==!1},getColorSchemeOption(e,t){return this.applyDarkColorScheme(e)?this.regex.resolve(e.darkModeSelector===!0?t.options.darkModeSelector:e.darkModeSelector??t.options.darkModeSelector):[]},getLayerOrder(e,t={},n,r){let{cssLayer:i}=t;return i?`@layer ${Hs(i.order||i.name||`primeui`,n)}`:``},getCommonStyleSheet({name:e=``,theme:t={},params:n,props:r={},set:i,defaults:a}){let o=this.getCommon({name:e,theme:t,params:n,set:i,defaults:a}),s=Object.entries(r).reduce((e,[t,n])=>e.push(`${t}="${n}"`)&&e,[]).join(` `);return Object.entries(o||{}).reduce((e,[t,n])=>{if(zs(n)&&Object.hasOwn(n,`css`)){let r=Xs(n.css),i=`${t}-variables`;e.push(`<style type="text/css" data-primevue-style-id="${i}" ${s}>${r}</style>`)}return e},[]).join(``)},getStyleSheet({name:e=``,theme:t={},params:n,props:r={},set:i,defaults:a}){let o={name:e,theme:t,params:n,set:i,defaults:a},s=(e.includes(`-directive`)?this.getPresetD(o):this.getPresetC(o))?.css,c=Object.entries(r).reduce((e,[t,n])=>e.push(`${t}="${n}"`)&&e,[]).join(` `);return s?`<style type="text/css" data-primevue-style-id="${e}-variables" ${c}>${Xs(s)}</style>`:``},createTokens(e={},t,n=``,r=``,i={}){let a=function(e,t={},n=[]){if(n.includes(this.path))return console.warn(`Circular reference detected at ${this.path}`),{colorScheme:e,path:this.path,paths:t,value:void 0};n.push(this.path),t.name=this.path,t.binding||={};let r=this.value;if(typeof this.value==`string`&&dc.test(this.value)){let i=this.value.trim().replace(dc,r=>{let i=r.slice(1,-1),a=this.tokens[i];if(!a)return console.warn(`Token not found for path: ${i}`),`__UNRESOLVED__`;let o=a.computed(e,t,n);return Array.isArray(o)&&o.length===2?`light-dark(${o[0].value},${o[1].value})`:o?.value??`__UNRESOLVED__`});r=fc.test(i.replace(pc,`0`))?`calc(${i})`:i}return Ls(t.binding)&&delete t.binding,n.pop(),{colorScheme:e,path:this.path,paths:t,value:r.includes(`__UNRESOLVED__`)?void 0:r}},o=(e,n,r)=>{Object.entries(e).forEach(([e,s])=>{let c=Js(e,t.variable.excludedKeyRegex)?n:n?`${n}.${mc(e)}`:mc(e),l=r?`${r}.${e}`:e;zs(s)?o(s,c,l):(i[c]||(i[c]={paths:[],computed:(e,t={},n=[])=>{if(i[c].paths.length===1)return i[c].paths[0].computed(i[c].paths[0].scheme,t.binding,n);if(e&&e!==`none`)for(let r=0;r<i[c].paths.length;r++){let a=i[c].paths[r];if(a.scheme===e)return a.computed(e,t.binding,n)}return i[c].paths.map(e=>e.computed(e.scheme,t[e.scheme],n))}}),i[c].paths.push({path:l,value:s,scheme:l.includes(`colorScheme.light`)?`light`:l.includes(`colorScheme.dark`)?`dark`:`none`,computed:a,tokens:i}))})};return o(e,n,r),i},getTokenValue(e,t,n){let r=(e=>e.split(`.`).filter(e=>!Js(e.toLowerCase(),n.variable.excludedKeyRegex)).join(`.`))(t),i=t.includes(`colorScheme.light`)?`light`:t.includes(`colorScheme.dark`)?`dark`:void 0,a=[e[r]?.computed(i)].flat().filter(e=>e);return a.length===1?a[0].value:a.reduce((e={},t)=>{let n=t,{colorScheme:r}=n;return e[r]=uc(n,[`colorScheme`]),e},void 0)},getSelectorRule(e,t,n,r){return n===`class`||n===`attr`?Sc(G(t)?`${e}${t},${e} ${t}`:e,r):Sc(e,Sc(t??`:root,:host`,r))},transformCSS(e,t,n,r,i={},a,o,s){if(G(t)){let{cssLayer:c}=i;if(r!==`style`){let e=this.getColorSchemeOption(i,o);t=n===`dark`?e.reduce((e,{type:n,selector:r})=>(G(r)&&(e+=r.includes(`[CSS]`)?r.replace(`[CSS]`,t):this.getSelectorRule(r,s,n,t)),e),``):Sc(s??`:root,:host`,t)}if(c){let n={name:`primeui`,order:`primeui`};zs(c)&&(n.name=Hs(c.name,{name:e,type:r})),G(n.name)&&(t=Sc(`@layer ${n.name}`,t),a?.layerNames(n.name))}return t}return``}},q={defaults:{variable:{prefix:`p`,selector:`:root,:host`,excludedKeyRegex:/^(primitive|semantic|components|directives|variables|colorscheme|light|dark|common|root|states|extend|css)$/gi},options:{prefix:`p`,darkModeSelector:`system`,cssLayer:!1}},_theme:void 0,_layerNames:new Set,_loadedStyleNames:new Set,_loadingStyles:new Set,_tokens:{},update(e={}){let{theme:t}=e;t&&(this._theme=lc(cc({},t),{options:cc(cc({},this.defaults.options),t.options)}),this._tokens=Oc.createTokens(this.preset,this.defaults),this.clearLoadedStyleNames())},get theme(){return this._theme},get preset(){return this.theme?.preset||{}},get options(){return this.theme?.options||{}},get tokens(){return this._tokens},getTheme(){return this.theme},setTheme(e){this.update({theme:e}),K.emit(`theme:change`,e)},getPreset(){return this.preset},setPreset(e){this._theme=lc(cc({},this.theme),{preset:e}),this._tokens=Oc.createTokens(e,this.defaults),this.clearLoadedStyleNames(),K.emit(`preset:change`,e),K.emit(`theme:change`,this.theme)},getOptions(){return this.options},setOptions(e){this._theme=lc(cc({},this.theme),{options:e}),this.clearLoadedStyleNames(),K.emit(`options:change`,e),K.emit(`theme:change`,this.theme)},getLayerNames(){return[...this._layerNames]},setLayerNames(e){this._layerNames.add(e)},getLoadedStyleNames(){return this._loadedStyleNames},isStyleNameLoaded(e){return this._loadedStyleNames.has(e)},setLoadedStyleName(e){this._loadedStyleNames.add(e)},deleteLoadedStyleName(e){this._loadedStyleNames.delete(e)},clearLoadedStyleNames(){this._loadedStyleNames.clear()},getTokenValue(e){return Oc.getTokenValue(this.tokens,e,this.defaults)},getCommon(e=``,t){return Oc.getCommon({name:e,theme:this.theme,params:t,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}})},getComponent(e=``,t){let n={name:e,theme:this.theme,params:t,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}};return Oc.getPresetC(n)},getDirective(e=``,t){let n={name:e,theme:this.theme,params:t,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}};return Oc.getPresetD(n)},getCustomPreset(e=``,t,n,r){let i={name:e,preset:t,options:this.options,selector:n,params:r,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}};return Oc.getPreset(i)},getLayerOrderCSS(e=``){return Oc.getLayerOrder(e,this.options,{names:this.getLayerNames()},this.defaults)},transformCSS(e=``,t,n=`style`,r){return Oc.transformCSS(e,t,r,n,this.options,{layerNames:this.setLayerNames.bind(this)},this.defaults)},getCommonStyleSheet(e=``,t,n={}){return Oc.getCommonStyleSheet({name:e,theme:this.theme,params:t,props:n,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}})},getStyleSheet(e,t,n={}){return Oc.getStyleSheet({name:e,theme:this.theme,params:t,props:n,defaults:this.defaults,set:{layerNames:this.setLayerNames.bind(this)}})},onStyleMounted(e){this._loadingStyles.add(e)},onStyleUpdated(e){this._loadingStyles.add(e)},onStyleLoaded(e,{name:t}){this._loadingStyles.size&&(this._loadingStyles.delete(t),K.emit(`theme:${t}:load`,e),!this._loadingStyles.size&&K.emit(`theme:load`))}},kc={_loadedStyleNames:new Set,getLoadedStyleNames:function(){return this._loadedStyleNames},isStyleNameLoaded:function(e){return this._loadedStyleNames.has(e)},setLoadedStyleName:function(e){this._loadedStyleNames.add(e)},deleteLoadedStyleName:function(e){this._loadedStyleNames.delete(e)},clearLoadedStyleNames:function(){this._loadedStyleNames.clear()}},Ac=`
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
`;function jc(e){"@babel/helpers - typeof";return jc=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},jc(e)}function Mc(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function Nc(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?Mc(Object(n),!0).forEach(function(t){Pc(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):Mc(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function Pc(e,t,n){return(t=Fc(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Fc(e){var t=Ic(e,`string`);return jc(t)==`symbol`?t:t+``}function Ic(e,t){if(jc(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(jc(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function Lc(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:!0;Pa()&&Pa().components?Ar(e):t?e():On(e)}var Rc=0;function zc(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=rn(!1),r=rn(e),i=rn(null),a=Os()?window.document:void 0,o=t.document,s=o===void 0?a:o,c=t.immediate,l=c===void 0||c,u=t.manual,d=u!==void 0&&u,f=t.name,p=f===void 0?`style_${++Rc}`:f,m=t.id,h=m===void 0?void 0:m,g=t.media,_=g===void 0?void 0:g,v=t.nonce,y=v===void 0?void 0:v,b=t.first,x=b!==void 0&&b,S=t.onMounted,C=S===void 0?void 0:S,w=t.onUpdated,T=w===void 0?void 0:w,E=t.onLoad,ee=E===void 0?void 0:E,te=t.props,ne=te===void 0?{}:te,re=function(){},ie=function(t){var a=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};if(s){var o=Nc(Nc({},ne),a),c=o.name||p,l=o.id||h,u=o.nonce||y;i.value=s.querySelector(`style[data-primevue-style-id="${c}"]`)||s.getElementById(l)||s.createElement(`style`),i.value.isConnected||(r.value=t||e,bs(i.value,{type:`text/css`,id:l,media:_,nonce:u}),x?s.head.prepend(i.value):s.head.appendChild(i.value),ks(i.value,`data-primevue-style-id`,c),bs(i.value,o),i.value.onload=function(e){return ee?.(e,{name:c})},C?.(c)),n.value||=(re=Jn(r,function(e){i.value.textContent=e,T?.(c)},{immediate:!0}),!0)}};return l&&!d&&Lc(ie),{id:h,name:p,el:i,css:r,unload:function(){s&&n.value&&(re(),vs(i.value)&&s.head.removeChild(i.value),n.value=!1,i.value=null)},load:ie,isLoaded:Jt(n)}}function Bc(e){"@babel/helpers - typeof";return Bc=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Bc(e)}var Vc,Hc,Uc,Wc;function Gc(e,t){return Xc(e)||Yc(e,t)||qc(e,t)||Kc()}function Kc(){throw TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function qc(e,t){if(e){if(typeof e==`string`)return Jc(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Jc(e,t):void 0}}function Jc(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function Yc(e,t){var n=e==null?null:typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(n!=null){var r,i,a,o,s=[],c=!0,l=!1;try{if(a=(n=n.call(e)).next,t!==0)for(;!(c=(r=a.call(n)).done)&&(s.push(r.value),s.length!==t);c=!0);}catch(e){l=!0,i=e}finally{try{if(!c&&n.return!=null&&(o=n.return(),Object(o)!==o))return}finally{if(l)throw i}}return s}}function Xc(e){if(Array.isArray(e))return e}function Zc(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function Qc(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?Zc(Object(n),!0).forEach(function(t){$c(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):Zc(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function $c(e,t,n){return(t=el(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function el(e){var t=tl(e,`string`);return Bc(t)==`symbol`?t:t+``}function tl(e,t){if(Bc(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Bc(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function nl(e,t){return t||=e.slice(0),Object.freeze(Object.defineProperties(e,{raw:{value:Object.freeze(t)}}))}var J={name:`base`,css:function(e){var t=e.dt;return`
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
`},style:Ac,classes:{},inlineStyles:{},load:function(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=(arguments.length>2&&arguments[2]!==void 0?arguments[2]:function(e){return e})(Ec(Vc||=nl([``,``]),e));return G(n)?zc(Xs(n),Qc({name:this.name},t)):{}},loadCSS:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{};return this.load(this.css,e)},loadStyle:function(){var e=this,t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``;return this.load(this.style,t,function(){var r=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``;return q.transformCSS(t.name||e.name,`${r}${Ec(Hc||=nl([``,``]),n)}`)})},getCommonTheme:function(e){return q.getCommon(this.name,e)},getComponentTheme:function(e){return q.getComponent(this.name,e)},getDirectiveTheme:function(e){return q.getDirective(this.name,e)},getPresetTheme:function(e,t,n){return q.getCustomPreset(this.name,e,t,n)},getLayerOrderThemeCSS:function(){return q.getLayerOrderCSS(this.name)},getStyleSheet:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};if(this.css){var n=Hs(this.css,{dt:wc})||``,r=Xs(Ec(Uc||=nl([``,``,``]),n,e)),i=Object.entries(t).reduce(function(e,t){var n=Gc(t,2),r=n[0],i=n[1];return e.push(`${r}="${i}"`)&&e},[]).join(` `);return G(r)?`<style type="text/css" data-primevue-style-id="${this.name}" ${i}>${r}</style>`:``}return``},getCommonThemeStyleSheet:function(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return q.getCommonStyleSheet(this.name,e,t)},getThemeStyleSheet:function(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=[q.getStyleSheet(this.name,e,t)];if(this.style){var r=this.name===`base`?`global-style`:`${this.name}-style`,i=Ec(Wc||=nl([``,``]),Hs(this.style,{dt:wc})),a=Xs(q.transformCSS(r,i)),o=Object.entries(t).reduce(function(e,t){var n=Gc(t,2),r=n[0],i=n[1];return e.push(`${r}="${i}"`)&&e},[]).join(` `);G(a)&&n.push(`<style type="text/css" data-primevue-style-id="${r}" ${o}>${a}</style>`)}return n.join(``)},extend:function(e){return Qc(Qc({},this),{},{css:void 0,style:void 0},e)}};function rl(){return`${arguments.length>0&&arguments[0]!==void 0?arguments[0]:`pc`}${hr().replace(`v-`,``).replaceAll(`-`,`_`)}`}var il=J.extend({name:`common`});function al(e){"@babel/helpers - typeof";return al=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},al(e)}function ol(e){return pl(e)||sl(e)||ul(e)||ll()}function sl(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function cl(e,t){return pl(e)||fl(e,t)||ul(e,t)||ll()}function ll(){throw TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function ul(e,t){if(e){if(typeof e==`string`)return dl(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?dl(e,t):void 0}}function dl(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function fl(e,t){var n=e==null?null:typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(n!=null){var r,i,a,o,s=[],c=!0,l=!1;try{if(a=(n=n.call(e)).next,t===0){if(Object(n)!==n)return;c=!1}else for(;!(c=(r=a.call(n)).done)&&(s.push(r.value),s.length!==t);c=!0);}catch(e){l=!0,i=e}finally{try{if(!c&&n.return!=null&&(o=n.return(),Object(o)!==o))return}finally{if(l)throw i}}return s}}function pl(e){if(Array.isArray(e))return e}function ml(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function Y(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?ml(Object(n),!0).forEach(function(t){hl(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):ml(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function hl(e,t,n){return(t=gl(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function gl(e){var t=_l(e,`string`);return al(t)==`symbol`?t:t+``}function _l(e,t){if(al(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(al(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var vl={name:`BaseComponent`,props:{pt:{type:Object,default:void 0},ptOptions:{type:Object,default:void 0},unstyled:{type:Boolean,default:void 0},dt:{type:Object,default:void 0}},inject:{$parentInstance:{default:void 0}},watch:{isUnstyled:{immediate:!0,handler:function(e){K.off(`theme:change`,this._loadCoreStyles),e||(this._loadCoreStyles(),this._themeChangeListener(this._loadCoreStyles))}},dt:{immediate:!0,handler:function(e,t){var n=this;K.off(`theme:change`,this._themeScopedListener),e?(this._loadScopedThemeStyles(e),this._themeScopedListener=function(){return n._loadScopedThemeStyles(e)},this._themeChangeListener(this._themeScopedListener)):this._unloadScopedThemeStyles()}}},scopedStyleEl:void 0,rootEl:void 0,uid:void 0,$attrSelector:void 0,beforeCreate:function(){var e,t,n,r,i,a,o,s,c,l,u=this.pt?._usept,d=u?(e=this.pt)==null||(e=e.originalValue)==null?void 0:e[this.$.type.name]:void 0;(n=(u?(t=this.pt)==null||(t=t.value)==null?void 0:t[this.$.type.name]:this.pt)||d)==null||(n=n.hooks)==null||(r=n.onBeforeCreate)==null||r.call(n);var f=(i=this.$primevueConfig)==null||(i=i.pt)==null?void 0:i._usept,p=f?(a=this.$primevue)==null||(a=a.config)==null||(a=a.pt)==null?void 0:a.originalValue:void 0;(c=(f?(o=this.$primevue)==null||(o=o.config)==null||(o=o.pt)==null?void 0:o.value:(s=this.$primevue)==null||(s=s.config)==null?void 0:s.pt)||p)==null||(c=c[this.$.type.name])==null||(c=c.hooks)==null||(l=c.onBeforeCreate)==null||l.call(c),this.$attrSelector=rl(),this.uid=this.$attrs.id||this.$attrSelector.replace(`pc`,`pv_id_`)},created:function(){this._hook(`onCreated`)},beforeMount:function(){this.rootEl=Ss(ys(this.$el)?this.$el:this.$el?.parentElement,`[${this.$attrSelector}]`),this.rootEl&&(this.rootEl.$pc=Y({name:this.$.type.name,attrSelector:this.$attrSelector},this.$params)),this._loadStyles(),this._hook(`onBeforeMount`)},mounted:function(){this._hook(`onMounted`)},beforeUpdate:function(){this._hook(`onBeforeUpdate`)},updated:function(){this._hook(`onUpdated`)},beforeUnmount:function(){this._hook(`onBeforeUnmount`)},unmounted:function(){this._removeThemeListeners(),this._unloadScopedThemeStyles(),this._hook(`onUnmounted`)},methods:{_hook:function(e){if(!this.$options.hostName){var t=this._usePT(this._getPT(this.pt,this.$.type.name),this._getOptionValue,`hooks.${e}`),n=this._useDefaultPT(this._getOptionValue,`hooks.${e}`);t?.(),n?.()}},_mergeProps:function(e){var t=[...arguments].slice(1);return Rs(e)?e.apply(void 0,t):U.apply(void 0,t)},_load:function(){kc.isStyleNameLoaded(`base`)||(J.loadCSS(this.$styleOptions),this._loadGlobalStyles(),kc.setLoadedStyleName(`base`)),this._loadThemeStyles()},_loadStyles:function(){this._load(),this._themeChangeListener(this._load)},_loadCoreStyles:function(){var e;!kc.isStyleNameLoaded(this.$style?.name)&&(e=this.$style)!=null&&e.name&&(il.loadCSS(this.$styleOptions),this.$options.style&&this.$style.loadCSS(this.$styleOptions),kc.setLoadedStyleName(this.$style.name))},_loadGlobalStyles:function(){var e=this._useGlobalPT(this._getOptionValue,`global.css`,this.$params);G(e)&&J.load(e,Y({name:`global`},this.$styleOptions))},_loadThemeStyles:function(){var e;if(!(this.isUnstyled||this.$theme===`none`)){if(!q.isStyleNameLoaded(`common`)){var t,n,r=((t=this.$style)==null||(n=t.getCommonTheme)==null?void 0:n.call(t))||{},i=r.primitive,a=r.semantic,o=r.global,s=r.style;J.load(i?.css,Y({name:`primitive-variables`},this.$styleOptions)),J.load(a?.css,Y({name:`semantic-variables`},this.$styleOptions)),J.load(o?.css,Y({name:`global-variables`},this.$styleOptions)),J.loadStyle(Y({name:`global-style`},this.$styleOptions),s),q.setLoadedStyleName(`common`)}if(!q.isStyleNameLoaded(this.$style?.name)&&(e=this.$style)!=null&&e.name){var c,l,u,d,f=((c=this.$style)==null||(l=c.getComponentTheme)==null?void 0:l.call(c))||{},p=f.css,m=f.style;(u=this.$style)==null||u.load(p,Y({name:`${this.$style.name}-variables`},this.$styleOptions)),(d=this.$style)==null||d.loadStyle(Y({name:`${this.$style.name}-style`},this.$styleOptions),m),q.setLoadedStyleName(this.$style.name)}if(!q.isStyleNameLoaded(`layer-order`)){var h,g,_=(h=this.$style)==null||(g=h.getLayerOrderThemeCSS)==null?void 0:g.call(h);J.load(_,Y({name:`layer-order`,first:!0},this.$styleOptions)),q.setLoadedStyleName(`layer-order`)}}},_loadScopedThemeStyles:function(e){var t,n,r=(((t=this.$style)==null||(n=t.getPresetTheme)==null?void 0:n.call(t,e,`[${this.$attrSelector}]`))||{}).css,i=this.$style?.load(r,Y({name:`${this.$attrSelector}-${this.$style.name}`},this.$styleOptions));this.scopedStyleEl=i.el},_unloadScopedThemeStyles:function(){var e;(e=this.scopedStyleEl)==null||(e=e.value)==null||e.remove()},_themeChangeListener:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:function(){};kc.clearLoadedStyleNames(),K.on(`theme:change`,e)},_removeThemeListeners:function(){K.off(`theme:change`,this._loadCoreStyles),K.off(`theme:change`,this._load),K.off(`theme:change`,this._themeScopedListener)},_getHostInstance:function(e){return e?this.$options.hostName?e.$.type.name===this.$options.hostName?e:this._getHostInstance(e.$parentInstance):e.$parentInstance:void 0},_getPropValue:function(e){return this[e]||this._getHostInstance(this)?.[e]},_getOptionValue:function(e){return Gs(e,arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,arguments.length>2&&arguments[2]!==void 0?arguments[2]:{})},_getPTValue:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,n=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{},r=arguments.length>3&&arguments[3]!==void 0?arguments[3]:!0,i=/./g.test(t)&&!!n[t.split(`.`)[0]],a=this._getPropValue(`ptOptions`)||this.$primevueConfig?.ptOptions||{},o=a.mergeSections,s=o===void 0||o,c=a.mergeProps,l=c!==void 0&&c,u=r?i?this._useGlobalPT(this._getPTClassValue,t,n):this._useDefaultPT(this._getPTClassValue,t,n):void 0,d=i?void 0:this._getPTSelf(e,this._getPTClassValue,t,Y(Y({},n),{},{global:u||{}})),f=this._getPTDatasets(t);return s||!s&&d?l?this._mergeProps(l,u,d,f):Y(Y(Y({},u),d),f):Y(Y({},d),f)},_getPTSelf:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=[...arguments].slice(1);return U(this._usePT.apply(this,[this._getPT(e,this.$name)].concat(t)),this._usePT.apply(this,[this.$_attrsPT].concat(t)))},_getPTDatasets:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=`data-pc-`,n=e===`root`&&G(this.pt?.[`data-pc-section`]);return e!==`transition`&&Y(Y({},e===`root`&&Y(Y(hl({},`${t}name`,Ws(n?this.pt?.[`data-pc-section`]:this.$.type.name)),n&&hl({},`${t}extend`,Ws(this.$.type.name))),{},hl({},`${this.$attrSelector}`,``))),{},hl({},`${t}section`,Ws(e)))},_getPTClassValue:function(){var e=this._getOptionValue.apply(this,arguments);return Us(e)||Ks(e)?{class:e}:e},_getPT:function(e){var t=this,n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,r=arguments.length>2?arguments[2]:void 0,i=function(e){var i=arguments.length>1&&arguments[1]!==void 0&&arguments[1],a=r?r(e):e,o=Ws(n),s=Ws(t.$name);return(i&&o===s?void 0:a?.[o])??a};return e!=null&&e.hasOwnProperty(`_usept`)?{_usept:e._usept,originalValue:i(e.originalValue),value:i(e.value)}:i(e,!0)},_usePT:function(e,t,n,r){var i=function(e){return t(e,n,r)};if(e!=null&&e.hasOwnProperty(`_usept`)){var a=e._usept||this.$primevueConfig?.ptOptions||{},o=a.mergeSections,s=o===void 0||o,c=a.mergeProps,l=c!==void 0&&c,u=i(e.originalValue),d=i(e.value);return u===void 0&&d===void 0?void 0:Us(d)?d:Us(u)?u:s||!s&&d?l?this._mergeProps(l,u,d):Y(Y({},u),d):d}return i(e)},_useGlobalPT:function(e,t,n){return this._usePT(this.globalPT,e,t,n)},_useDefaultPT:function(e,t,n){return this._usePT(this.defaultPT,e,t,n)},ptm:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return this._getPTValue(this.pt,e,Y(Y({},this.$params),t))},ptmi:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=U(this.$_attrsWithoutPT,this.ptm(e,t));return n!=null&&n.hasOwnProperty(`id`)&&(n.id??=this.$id),n},ptmo:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,n=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{};return this._getPTValue(e,t,Y({instance:this},n),!1)},cx:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return this.isUnstyled?void 0:this._getOptionValue(this.$style.classes,e,Y(Y({},this.$params),t))},sx:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:!0,n=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{};if(t){var r=this._getOptionValue(this.$style.inlineStyles,e,Y(Y({},this.$params),n));return[this._getOptionValue(il.inlineStyles,e,Y(Y({},this.$params),n)),r]}}},computed:{globalPT:function(){var e=this;return this._getPT(this.$primevueConfig?.pt,void 0,function(t){return Hs(t,{instance:e})})},defaultPT:function(){var e=this;return this._getPT(this.$primevueConfig?.pt,void 0,function(t){return e._getOptionValue(t,e.$name,Y({},e.$params))||Hs(t,Y({},e.$params))})},isUnstyled:function(){return this.unstyled===void 0?this.$primevueConfig?.unstyled:this.unstyled},$id:function(){return this.$attrs.id||this.uid},$inProps:function(){var e=Object.keys(this.$.vnode?.props||{});return Object.fromEntries(Object.entries(this.$props).filter(function(t){var n=cl(t,1)[0];return e?.includes(n)}))},$theme:function(){return this.$primevueConfig?.theme},$style:function(){return Y(Y({classes:void 0,inlineStyles:void 0,load:function(){},loadCSS:function(){},loadStyle:function(){}},(this._getHostInstance(this)||{}).$style),this.$options.style)},$styleOptions:function(){var e;return{nonce:(e=this.$primevueConfig)==null||(e=e.csp)==null?void 0:e.nonce}},$primevueConfig:function(){return this.$primevue?.config},$name:function(){return this.$options.hostName||this.$.type.name},$params:function(){var e=this._getHostInstance(this)||this.$parent;return{instance:this,props:this.$props,state:this.$data,attrs:this.$attrs,parent:{instance:e,props:e?.$props,state:e?.$data,attrs:e?.$attrs}}},$_attrsPT:function(){return Object.entries(this.$attrs||{}).filter(function(e){return cl(e,1)[0]?.startsWith(`pt:`)}).reduce(function(e,t){var n=cl(t,2),r=n[0],i=n[1];return dl(ol(r.split(`:`))).slice(1)?.reduce(function(e,t,n,r){return!e[t]&&(e[t]=n===r.length-1?i:{}),e[t]},e),e},{})},$_attrsWithoutPT:function(){return Object.entries(this.$attrs||{}).filter(function(e){var t=cl(e,1)[0];return!(t!=null&&t.startsWith(`pt:`))}).reduce(function(e,t){var n=cl(t,2),r=n[0];return e[r]=n[1],e},{})}}},yl=J.extend({name:`baseicon`,css:`
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
`});function bl(e){"@babel/helpers - typeof";return bl=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},bl(e)}function xl(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function Sl(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?xl(Object(n),!0).forEach(function(t){Cl(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):xl(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function Cl(e,t,n){return(t=wl(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function wl(e){var t=Tl(e,`string`);return bl(t)==`symbol`?t:t+``}function Tl(e,t){if(bl(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(bl(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var El={name:`BaseIcon`,extends:vl,props:{label:{type:String,default:void 0},spin:{type:Boolean,default:!1}},style:yl,provide:function(){return{$pcIcon:this,$parentInstance:this}},methods:{pti:function(){var e=Ls(this.label);return Sl(Sl({},!this.isUnstyled&&{class:[`p-icon`,{"p-icon-spin":this.spin}]}),{},{role:e?void 0:`img`,"aria-label":e?void 0:this.label,"aria-hidden":e})}}},Dl={name:`SpinnerIcon`,extends:El};function Ol(e){return Ml(e)||jl(e)||Al(e)||kl()}function kl(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Al(e,t){if(e){if(typeof e==`string`)return Nl(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Nl(e,t):void 0}}function jl(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function Ml(e){if(Array.isArray(e))return Nl(e)}function Nl(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function Pl(e,t,n,r,i,a){return z(),B(`svg`,U({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),Ol(t[0]||=[V(`path`,{d:`M6.99701 14C5.85441 13.999 4.72939 13.7186 3.72012 13.1832C2.71084 12.6478 1.84795 11.8737 1.20673 10.9284C0.565504 9.98305 0.165424 8.89526 0.041387 7.75989C-0.0826496 6.62453 0.073125 5.47607 0.495122 4.4147C0.917119 3.35333 1.59252 2.4113 2.46241 1.67077C3.33229 0.930247 4.37024 0.413729 5.4857 0.166275C6.60117 -0.0811796 7.76026 -0.0520535 8.86188 0.251112C9.9635 0.554278 10.9742 1.12227 11.8057 1.90555C11.915 2.01493 11.9764 2.16319 11.9764 2.31778C11.9764 2.47236 11.915 2.62062 11.8057 2.73C11.7521 2.78503 11.688 2.82877 11.6171 2.85864C11.5463 2.8885 11.4702 2.90389 11.3933 2.90389C11.3165 2.90389 11.2404 2.8885 11.1695 2.85864C11.0987 2.82877 11.0346 2.78503 10.9809 2.73C9.9998 1.81273 8.73246 1.26138 7.39226 1.16876C6.05206 1.07615 4.72086 1.44794 3.62279 2.22152C2.52471 2.99511 1.72683 4.12325 1.36345 5.41602C1.00008 6.70879 1.09342 8.08723 1.62775 9.31926C2.16209 10.5513 3.10478 11.5617 4.29713 12.1803C5.48947 12.7989 6.85865 12.988 8.17414 12.7157C9.48963 12.4435 10.6711 11.7264 11.5196 10.6854C12.3681 9.64432 12.8319 8.34282 12.8328 7C12.8328 6.84529 12.8943 6.69692 13.0038 6.58752C13.1132 6.47812 13.2616 6.41667 13.4164 6.41667C13.5712 6.41667 13.7196 6.47812 13.8291 6.58752C13.9385 6.69692 14 6.84529 14 7C14 8.85651 13.2622 10.637 11.9489 11.9497C10.6356 13.2625 8.85432 14 6.99701 14Z`,fill:`currentColor`},null,-1)]),16)}Dl.render=Pl;var Fl=J.extend({name:`badge`,style:`
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
`,classes:{root:function(e){var t=e.props,n=e.instance;return[`p-badge p-component`,{"p-badge-circle":G(t.value)&&String(t.value).length===1,"p-badge-dot":Ls(t.value)&&!n.$slots.default,"p-badge-sm":t.size===`small`,"p-badge-lg":t.size===`large`,"p-badge-xl":t.size===`xlarge`,"p-badge-info":t.severity===`info`,"p-badge-success":t.severity===`success`,"p-badge-warn":t.severity===`warn`,"p-badge-danger":t.severity===`danger`,"p-badge-secondary":t.severity===`secondary`,"p-badge-contrast":t.severity===`contrast`}]}}}),Il={name:`BaseBadge`,extends:vl,props:{value:{type:[String,Number],default:null},severity:{type:String,default:null},size:{type:String,default:null}},style:Fl,provide:function(){return{$pcBadge:this,$parentInstance:this}}};function Ll(e){"@babel/helpers - typeof";return Ll=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Ll(e)}function Rl(e,t,n){return(t=zl(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function zl(e){var t=Bl(e,`string`);return Ll(t)==`symbol`?t:t+``}function Bl(e,t){if(Ll(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Ll(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Vl={name:`Badge`,extends:Il,inheritAttrs:!1,computed:{dataP:function(){return ds(Rl(Rl({circle:this.value!=null&&String(this.value).length===1,empty:this.value==null&&!this.$slots.default},this.severity,this.severity),this.size,this.size))}}},Hl=[`data-p`];function Ul(e,t,n,r,i,a){return z(),B(`span`,U({class:e.cx(`root`),"data-p":a.dataP},e.ptmi(`root`)),[qr(e.$slots,`default`,{},function(){return[wa(Ne(e.value),1)]})],16,Hl)}Vl.render=Ul;var Wl=As();function Gl(e){"@babel/helpers - typeof";return Gl=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Gl(e)}function Kl(e,t){return Zl(e)||Xl(e,t)||Jl(e,t)||ql()}function ql(){throw TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Jl(e,t){if(e){if(typeof e==`string`)return Yl(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Yl(e,t):void 0}}function Yl(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function Xl(e,t){var n=e==null?null:typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(n!=null){var r,i,a,o,s=[],c=!0,l=!1;try{if(a=(n=n.call(e)).next,t!==0)for(;!(c=(r=a.call(n)).done)&&(s.push(r.value),s.length!==t);c=!0);}catch(e){l=!0,i=e}finally{try{if(!c&&n.return!=null&&(o=n.return(),Object(o)!==o))return}finally{if(l)throw i}}return s}}function Zl(e){if(Array.isArray(e))return e}function Ql(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function X(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?Ql(Object(n),!0).forEach(function(t){$l(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):Ql(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function $l(e,t,n){return(t=eu(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function eu(e){var t=tu(e,`string`);return Gl(t)==`symbol`?t:t+``}function tu(e,t){if(Gl(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Gl(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Z={_getMeta:function(){return[zs(arguments.length<=0?void 0:arguments[0])||arguments.length<=0?void 0:arguments[0],Hs(zs(arguments.length<=0?void 0:arguments[0])?arguments.length<=0?void 0:arguments[0]:arguments.length<=1?void 0:arguments[1])]},_getConfig:function(e,t){var n,r;return((e==null||(n=e.instance)==null?void 0:n.$primevue)||(t==null||(r=t.ctx)==null||(r=r.appContext)==null||(r=r.config)==null||(r=r.globalProperties)==null?void 0:r.$primevue))?.config},_getOptionValue:Gs,_getPTValue:function(){var e,t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},r=arguments.length>2&&arguments[2]!==void 0?arguments[2]:``,i=arguments.length>3&&arguments[3]!==void 0?arguments[3]:{},a=arguments.length>4&&arguments[4]!==void 0?arguments[4]:!0,o=function(){var e=Z._getOptionValue.apply(Z,arguments);return Us(e)||Ks(e)?{class:e}:e},s=((e=t.binding)==null||(e=e.value)==null?void 0:e.ptOptions)||t.$primevueConfig?.ptOptions||{},c=s.mergeSections,l=c===void 0||c,u=s.mergeProps,d=u!==void 0&&u,f=a?Z._useDefaultPT(t,t.defaultPT(),o,r,i):void 0,p=Z._usePT(t,Z._getPT(n,t.$name),o,r,X(X({},i),{},{global:f||{}})),m=Z._getPTDatasets(t,r);return l||!l&&p?d?Z._mergeProps(t,d,f,p,m):X(X(X({},f),p),m):X(X({},p),m)},_getPTDatasets:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,n=`data-pc-`;return X(X({},t===`root`&&$l({},`${n}name`,Ws(e.$name))),{},$l({},`${n}section`,Ws(t)))},_getPT:function(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,n=arguments.length>2?arguments[2]:void 0,r=function(e){var r=n?n(e):e,i=Ws(t);return r?.[i]??r};return e&&Object.hasOwn(e,`_usept`)?{_usept:e._usept,originalValue:r(e.originalValue),value:r(e.value)}:r(e)},_usePT:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1?arguments[1]:void 0,n=arguments.length>2?arguments[2]:void 0,r=arguments.length>3?arguments[3]:void 0,i=arguments.length>4?arguments[4]:void 0,a=function(e){return n(e,r,i)};if(t&&Object.hasOwn(t,`_usept`)){var o=t._usept||e.$primevueConfig?.ptOptions||{},s=o.mergeSections,c=s===void 0||s,l=o.mergeProps,u=l!==void 0&&l,d=a(t.originalValue),f=a(t.value);return d===void 0&&f===void 0?void 0:Us(f)?f:Us(d)?d:c||!c&&f?u?Z._mergeProps(e,u,d,f):X(X({},d),f):f}return a(t)},_useDefaultPT:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=arguments.length>2?arguments[2]:void 0,r=arguments.length>3?arguments[3]:void 0,i=arguments.length>4?arguments[4]:void 0;return Z._usePT(e,t,n,r,i)},_loadStyles:function(){var e,t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1?arguments[1]:void 0,r=arguments.length>2?arguments[2]:void 0,i=Z._getConfig(n,r),a={nonce:i==null||(e=i.csp)==null?void 0:e.nonce};Z._loadCoreStyles(t,a),Z._loadThemeStyles(t,a),Z._loadScopedThemeStyles(t,a),Z._removeThemeListeners(t),t.$loadStyles=function(){return Z._loadThemeStyles(t,a)},Z._themeChangeListener(t.$loadStyles)},_loadCoreStyles:function(){var e,t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1?arguments[1]:void 0;if(!kc.isStyleNameLoaded(t.$style?.name)&&(e=t.$style)!=null&&e.name){var r;J.loadCSS(n),(r=t.$style)==null||r.loadCSS(n),kc.setLoadedStyleName(t.$style.name)}},_loadThemeStyles:function(){var e,t,n=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},r=arguments.length>1?arguments[1]:void 0;if(!(n!=null&&n.isUnstyled()||(n==null||(e=n.theme)==null?void 0:e.call(n))===`none`)){if(!q.isStyleNameLoaded(`common`)){var i,a,o=((i=n.$style)==null||(a=i.getCommonTheme)==null?void 0:a.call(i))||{},s=o.primitive,c=o.semantic,l=o.global,u=o.style;J.load(s?.css,X({name:`primitive-variables`},r)),J.load(c?.css,X({name:`semantic-variables`},r)),J.load(l?.css,X({name:`global-variables`},r)),J.loadStyle(X({name:`global-style`},r),u),q.setLoadedStyleName(`common`)}if(!q.isStyleNameLoaded(n.$style?.name)&&(t=n.$style)!=null&&t.name){var d,f,p,m,h=((d=n.$style)==null||(f=d.getDirectiveTheme)==null?void 0:f.call(d))||{},g=h.css,_=h.style;(p=n.$style)==null||p.load(g,X({name:`${n.$style.name}-variables`},r)),(m=n.$style)==null||m.loadStyle(X({name:`${n.$style.name}-style`},r),_),q.setLoadedStyleName(n.$style.name)}if(!q.isStyleNameLoaded(`layer-order`)){var v,y,b=(v=n.$style)==null||(y=v.getLayerOrderThemeCSS)==null?void 0:y.call(v);J.load(b,X({name:`layer-order`,first:!0},r)),q.setLoadedStyleName(`layer-order`)}}},_loadScopedThemeStyles:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=arguments.length>1?arguments[1]:void 0,n=e.preset();if(n&&e.$attrSelector){var r,i,a=(((r=e.$style)==null||(i=r.getPresetTheme)==null?void 0:i.call(r,n,`[${e.$attrSelector}]`))||{}).css;e.scopedStyleEl=(e.$style?.load(a,X({name:`${e.$attrSelector}-${e.$style.name}`},t))).el}},_themeChangeListener:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:function(){};kc.clearLoadedStyleNames(),K.on(`theme:change`,e)},_removeThemeListeners:function(){var e=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{};K.off(`theme:change`,e.$loadStyles),e.$loadStyles=void 0},_hook:function(e,t,n,r,i,a){var o,s,c=`on${Zs(t)}`,l=Z._getConfig(r,i),u=n?.$instance,d=Z._usePT(u,Z._getPT(r==null||(o=r.value)==null?void 0:o.pt,e),Z._getOptionValue,`hooks.${c}`),f=Z._useDefaultPT(u,l==null||(s=l.pt)==null||(s=s.directives)==null?void 0:s[e],Z._getOptionValue,`hooks.${c}`),p={el:n,binding:r,vnode:i,prevVnode:a};d?.(u,p),f?.(u,p)},_mergeProps:function(){var e=arguments.length>1?arguments[1]:void 0,t=[...arguments].slice(2);return Rs(e)?e.apply(void 0,t):U.apply(void 0,t)},_extend:function(e){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},n=function(n,r,i,a,o){var s,c,l;r._$instances=r._$instances||{};var u=Z._getConfig(i,a),d=r._$instances[e]||{},f=Ls(d)?X(X({},t),t?.methods):{};r._$instances[e]=X(X({},d),{},{$name:e,$host:r,$binding:i,$modifiers:i?.modifiers,$value:i?.value,$el:d.$el||r||void 0,$style:X({classes:void 0,inlineStyles:void 0,load:function(){},loadCSS:function(){},loadStyle:function(){}},t?.style),$primevueConfig:u,$attrSelector:(s=r.$pd)==null||(s=s[e])==null?void 0:s.attrSelector,defaultPT:function(){return Z._getPT(u?.pt,void 0,function(t){var n;return t==null||(n=t.directives)==null?void 0:n[e]})},isUnstyled:function(){var t,n;return((t=r._$instances[e])==null||(t=t.$binding)==null||(t=t.value)==null?void 0:t.unstyled)===void 0?u?.unstyled:(n=r._$instances[e])==null||(n=n.$binding)==null||(n=n.value)==null?void 0:n.unstyled},theme:function(){var t;return(t=r._$instances[e])==null||(t=t.$primevueConfig)==null?void 0:t.theme},preset:function(){var t;return(t=r._$instances[e])==null||(t=t.$binding)==null||(t=t.value)==null?void 0:t.dt},ptm:function(){var t,n=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,i=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return Z._getPTValue(r._$instances[e],(t=r._$instances[e])==null||(t=t.$binding)==null||(t=t.value)==null?void 0:t.pt,n,X({},i))},ptmo:function(){var t=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},n=arguments.length>1&&arguments[1]!==void 0?arguments[1]:``,i=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{};return Z._getPTValue(r._$instances[e],t,n,i,!1)},cx:function(){var t,n,i=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,a=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return(t=r._$instances[e])!=null&&t.isUnstyled()?void 0:Z._getOptionValue((n=r._$instances[e])==null||(n=n.$style)==null?void 0:n.classes,i,X({},a))},sx:function(){var t,n=arguments.length>0&&arguments[0]!==void 0?arguments[0]:``,i=arguments.length>1&&arguments[1]!==void 0?arguments[1]:!0,a=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{};return i?Z._getOptionValue((t=r._$instances[e])==null||(t=t.$style)==null?void 0:t.inlineStyles,n,X({},a)):void 0}},f),r.$instance=r._$instances[e],(c=(l=r.$instance)[n])==null||c.call(l,r,i,a,o),r[`$${e}`]=r.$instance,Z._hook(e,n,r,i,a,o),r.$pd||={},r.$pd[e]=X(X({},r.$pd?.[e]),{},{name:e,instance:r._$instances[e]})},r=function(t){var n,r,i,a=t._$instances[e],o=a?.watch,s=function(e){var t,n=e.newValue,r=e.oldValue;return o==null||(t=o.config)==null?void 0:t.call(a,n,r)},c=function(e){var t,n=e.newValue,r=e.oldValue;return o==null||(t=o[`config.ripple`])==null?void 0:t.call(a,n,r)};a.$watchersCallback={config:s,"config.ripple":c},o==null||(n=o.config)==null||n.call(a,a?.$primevueConfig),Wl.on(`config:change`,s),o==null||(r=o[`config.ripple`])==null||r.call(a,a==null||(i=a.$primevueConfig)==null?void 0:i.ripple),Wl.on(`config:ripple:change`,c)},i=function(t){var n=t._$instances[e].$watchersCallback;n&&(Wl.off(`config:change`,n.config),Wl.off(`config:ripple:change`,n[`config.ripple`]),t._$instances[e].$watchersCallback=void 0)};return{created:function(t,r,i,a){t.$pd||={},t.$pd[e]={name:e,attrSelector:ec(`pd`)},n(`created`,t,r,i,a)},beforeMount:function(t,i,a,o){Z._loadStyles(t.$pd[e]?.instance,i,a),n(`beforeMount`,t,i,a,o),r(t)},mounted:function(t,r,i,a){Z._loadStyles(t.$pd[e]?.instance,r,i),n(`mounted`,t,r,i,a)},beforeUpdate:function(e,t,r,i){n(`beforeUpdate`,e,t,r,i)},updated:function(t,r,i,a){Z._loadStyles(t.$pd[e]?.instance,r,i),n(`updated`,t,r,i,a)},beforeUnmount:function(t,r,a,o){i(t),Z._removeThemeListeners(t.$pd[e]?.instance),n(`beforeUnmount`,t,r,a,o)},unmounted:function(t,r,i,a){var o;(o=t.$pd[e])==null||(o=o.instance)==null||(o=o.scopedStyleEl)==null||(o=o.value)==null||o.remove(),n(`unmounted`,t,r,i,a)}}},extend:function(){var e=Kl(Z._getMeta.apply(Z,arguments),2),t=e[0],n=e[1];return X({extend:function(){var e=Kl(Z._getMeta.apply(Z,arguments),2),t=e[0],r=e[1];return Z.extend(t,X(X(X({},n),n?.methods),r))}},Z._extend(t,n))}},nu=J.extend({name:`ripple-directive`,style:`
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
`,classes:{root:`p-ink`}}),ru=Z.extend({style:nu});function iu(e){"@babel/helpers - typeof";return iu=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},iu(e)}function au(e){return lu(e)||cu(e)||su(e)||ou()}function ou(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function su(e,t){if(e){if(typeof e==`string`)return uu(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?uu(e,t):void 0}}function cu(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function lu(e){if(Array.isArray(e))return uu(e)}function uu(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function du(e,t,n){return(t=fu(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function fu(e){var t=pu(e,`string`);return iu(t)==`symbol`?t:t+``}function pu(e,t){if(iu(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(iu(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var mu=ru.extend(`ripple`,{watch:{"config.ripple":function(e){e?(this.createRipple(this.$host),this.bindEvents(this.$host),this.$host.setAttribute(`data-pd-ripple`,!0),this.$host.style.overflow=`hidden`,this.$host.style.position=`relative`):(this.remove(this.$host),this.$host.removeAttribute(`data-pd-ripple`))}},unmounted:function(e){this.remove(e)},timeout:void 0,methods:{bindEvents:function(e){e.addEventListener(`mousedown`,this.onMouseDown.bind(this))},unbindEvents:function(e){e.removeEventListener(`mousedown`,this.onMouseDown.bind(this))},createRipple:function(e){var t=this.getInk(e);t||(t=xs(`span`,du(du({role:`presentation`,"aria-hidden":!0,"data-p-ink":!0,"data-p-ink-active":!1,class:!this.isUnstyled()&&this.cx(`root`),onAnimationEnd:this.onAnimationEnd.bind(this)},this.$attrSelector,``),`p-bind`,this.ptm(`root`))),e.appendChild(t),this.$el=t)},remove:function(e){var t=this.getInk(e);t&&(this.$host.style.overflow=``,this.$host.style.position=``,this.unbindEvents(e),t.removeEventListener(`animationend`,this.onAnimationEnd),t.remove())},onMouseDown:function(e){var t=this,n=e.currentTarget,r=this.getInk(n);if(r&&getComputedStyle(r,null).display!==`none`){if(!this.isUnstyled()&&ms(r,`p-ink-active`),r.setAttribute(`data-p-ink-active`,`false`),!ws(r)&&!Ds(r)){var i=Math.max(gs(n),Es(n));r.style.height=i+`px`,r.style.width=i+`px`}var a=Ts(n),o=e.pageX-a.left+document.body.scrollTop-Ds(r)/2,s=e.pageY-a.top+document.body.scrollLeft-ws(r)/2;r.style.top=s+`px`,r.style.left=o+`px`,!this.isUnstyled()&&ps(r,`p-ink-active`),r.setAttribute(`data-p-ink-active`,`true`),this.timeout=setTimeout(function(){r&&(!t.isUnstyled()&&ms(r,`p-ink-active`),r.setAttribute(`data-p-ink-active`,`false`))},401)}},onAnimationEnd:function(e){this.timeout&&clearTimeout(this.timeout),!this.isUnstyled()&&ms(e.currentTarget,`p-ink-active`),e.currentTarget.setAttribute(`data-p-ink-active`,`false`)},getInk:function(e){return e&&e.children?au(e.children).find(function(e){return Cs(e,`data-pc-name`)===`ripple`}):void 0}}}),hu=`
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
`;function gu(e){"@babel/helpers - typeof";return gu=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},gu(e)}function _u(e,t,n){return(t=vu(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function vu(e){var t=yu(e,`string`);return gu(t)==`symbol`?t:t+``}function yu(e,t){if(gu(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(gu(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var bu=J.extend({name:`button`,style:hu,classes:{root:function(e){var t=e.instance,n=e.props;return[`p-button p-component`,_u(_u(_u(_u(_u(_u(_u(_u(_u({"p-button-icon-only":t.hasIcon&&!n.label&&!n.badge,"p-button-vertical":(n.iconPos===`top`||n.iconPos===`bottom`)&&n.label,"p-button-loading":n.loading,"p-button-link":n.link||n.variant===`link`},`p-button-${n.severity}`,n.severity),`p-button-raised`,n.raised),`p-button-rounded`,n.rounded),`p-button-text`,n.text||n.variant===`text`),`p-button-outlined`,n.outlined||n.variant===`outlined`),`p-button-sm`,n.size===`small`),`p-button-lg`,n.size===`large`),`p-button-plain`,n.plain),`p-button-fluid`,t.hasFluid)]},loadingIcon:`p-button-loading-icon`,icon:function(e){var t=e.props;return[`p-button-icon`,_u({},`p-button-icon-${t.iconPos}`,t.label)]},label:`p-button-label`}}),xu={name:`BaseButton`,extends:vl,props:{label:{type:String,default:null},icon:{type:String,default:null},iconPos:{type:String,default:`left`},iconClass:{type:[String,Object],default:null},badge:{type:String,default:null},badgeClass:{type:[String,Object],default:null},badgeSeverity:{type:String,default:`secondary`},loading:{type:Boolean,default:!1},loadingIcon:{type:String,default:void 0},as:{type:[String,Object],default:`BUTTON`},asChild:{type:Boolean,default:!1},link:{type:Boolean,default:!1},severity:{type:String,default:null},raised:{type:Boolean,default:!1},rounded:{type:Boolean,default:!1},text:{type:Boolean,default:!1},outlined:{type:Boolean,default:!1},size:{type:String,default:null},variant:{type:String,default:null},plain:{type:Boolean,default:!1},fluid:{type:Boolean,default:null}},style:bu,provide:function(){return{$pcButton:this,$parentInstance:this}}};function Su(e){"@babel/helpers - typeof";return Su=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Su(e)}function Q(e,t,n){return(t=Cu(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Cu(e){var t=wu(e,`string`);return Su(t)==`symbol`?t:t+``}function wu(e,t){if(Su(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Su(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Tu={name:`Button`,extends:xu,inheritAttrs:!1,inject:{$pcFluid:{default:null}},methods:{getPTOptions:function(e){return(e===`root`?this.ptmi:this.ptm)(e,{context:{disabled:this.disabled}})}},computed:{disabled:function(){return this.$attrs.disabled||this.$attrs.disabled===``||this.loading},defaultAriaLabel:function(){return this.label?this.label+(this.badge?` `+this.badge:``):this.$attrs.ariaLabel},hasIcon:function(){return this.icon||this.$slots.icon},attrs:function(){return U(this.asAttrs,this.a11yAttrs,this.getPTOptions(`root`))},asAttrs:function(){return this.as===`BUTTON`?{type:`button`,disabled:this.disabled}:void 0},a11yAttrs:function(){return{"aria-label":this.defaultAriaLabel,"data-pc-name":`button`,"data-p-disabled":this.disabled,"data-p-severity":this.severity}},hasFluid:function(){return Ls(this.fluid)?!!this.$pcFluid:this.fluid},dataP:function(){return ds(Q(Q(Q(Q(Q(Q(Q(Q(Q(Q({},this.size,this.size),`icon-only`,this.hasIcon&&!this.label&&!this.badge),`loading`,this.loading),`fluid`,this.hasFluid),`rounded`,this.rounded),`raised`,this.raised),`outlined`,this.outlined||this.variant===`outlined`),`text`,this.text||this.variant===`text`),`link`,this.link||this.variant===`link`),`vertical`,(this.iconPos===`top`||this.iconPos===`bottom`)&&this.label))},dataIconP:function(){return ds(Q(Q({},this.iconPos,this.iconPos),this.size,this.size))},dataLabelP:function(){return ds(Q(Q({},this.size,this.size),`icon-only`,this.hasIcon&&!this.label&&!this.badge))}},components:{SpinnerIcon:Dl,Badge:Vl},directives:{ripple:mu}},Eu=[`data-p`],Du=[`data-p`];function Ou(e,t,n,r,i,a){var o=Vr(`SpinnerIcon`),s=Vr(`Badge`),c=Wr(`ripple`);return e.asChild?qr(e.$slots,`default`,{key:1,class:we(e.cx(`root`)),a11yAttrs:a.a11yAttrs}):Hn((z(),ga(Ur(e.as),U({key:0,class:e.cx(`root`),"data-p":a.dataP},a.attrs),{default:Vn(function(){return[qr(e.$slots,`default`,{},function(){return[e.loading?qr(e.$slots,`loadingicon`,U({key:0,class:[e.cx(`loadingIcon`),e.cx(`icon`)]},e.ptm(`loadingIcon`)),function(){return[e.loadingIcon?(z(),B(`span`,U({key:0,class:[e.cx(`loadingIcon`),e.cx(`icon`),e.loadingIcon]},e.ptm(`loadingIcon`)),null,16)):(z(),ga(o,U({key:1,class:[e.cx(`loadingIcon`),e.cx(`icon`)],spin:``},e.ptm(`loadingIcon`)),null,16,[`class`]))]}):qr(e.$slots,`icon`,U({key:1,class:[e.cx(`icon`)]},e.ptm(`icon`)),function(){return[e.icon?(z(),B(`span`,U({key:0,class:[e.cx(`icon`),e.icon,e.iconClass],"data-p":a.dataIconP},e.ptm(`icon`)),null,16,Eu)):Ta(``,!0)]}),e.label?(z(),B(`span`,U({key:2,class:e.cx(`label`)},e.ptm(`label`),{"data-p":a.dataLabelP}),Ne(e.label),17,Du)):Ta(``,!0),e.badge?(z(),ga(s,{key:3,value:e.badge,class:we(e.badgeClass),severity:e.badgeSeverity,unstyled:e.unstyled,pt:e.ptm(`pcBadge`)},null,8,[`value`,`class`,`severity`,`unstyled`,`pt`])):Ta(``,!0)]})]}),_:3},16,[`class`,`data-p`])),[[c]])}Tu.render=Ou;var ku={name:`TimesIcon`,extends:El};function Au(e){return Pu(e)||Nu(e)||Mu(e)||ju()}function ju(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Mu(e,t){if(e){if(typeof e==`string`)return Fu(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Fu(e,t):void 0}}function Nu(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function Pu(e){if(Array.isArray(e))return Fu(e)}function Fu(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function Iu(e,t,n,r,i,a){return z(),B(`svg`,U({width:`14`,height:`14`,viewBox:`0 0 14 14`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},e.pti()),Au(t[0]||=[V(`path`,{d:`M8.01186 7.00933L12.27 2.75116C12.341 2.68501 12.398 2.60524 12.4375 2.51661C12.4769 2.42798 12.4982 2.3323 12.4999 2.23529C12.5016 2.13827 12.4838 2.0419 12.4474 1.95194C12.4111 1.86197 12.357 1.78024 12.2884 1.71163C12.2198 1.64302 12.138 1.58893 12.0481 1.55259C11.9581 1.51625 11.8617 1.4984 11.7647 1.50011C11.6677 1.50182 11.572 1.52306 11.4834 1.56255C11.3948 1.60204 11.315 1.65898 11.2488 1.72997L6.99067 5.98814L2.7325 1.72997C2.59553 1.60234 2.41437 1.53286 2.22718 1.53616C2.03999 1.53946 1.8614 1.61529 1.72901 1.74767C1.59663 1.88006 1.5208 2.05865 1.5175 2.24584C1.5142 2.43303 1.58368 2.61419 1.71131 2.75116L5.96948 7.00933L1.71131 11.2675C1.576 11.403 1.5 11.5866 1.5 11.7781C1.5 11.9696 1.576 12.1532 1.71131 12.2887C1.84679 12.424 2.03043 12.5 2.2219 12.5C2.41338 12.5 2.59702 12.424 2.7325 12.2887L6.99067 8.03052L11.2488 12.2887C11.3843 12.424 11.568 12.5 11.7594 12.5C11.9509 12.5 12.1346 12.424 12.27 12.2887C12.4053 12.1532 12.4813 11.9696 12.4813 11.7781C12.4813 11.5866 12.4053 11.403 12.27 11.2675L8.01186 7.00933Z`,fill:`currentColor`},null,-1)]),16)}ku.render=Iu;var Lu=J.extend({name:`message`,style:`
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
`,classes:{root:function(e){var t=e.props;return[`p-message p-component p-message-`+t.severity,{"p-message-outlined":t.variant===`outlined`,"p-message-simple":t.variant===`simple`,"p-message-sm":t.size===`small`,"p-message-lg":t.size===`large`}]},contentWrapper:`p-message-content-wrapper`,content:`p-message-content`,icon:`p-message-icon`,text:`p-message-text`,closeButton:`p-message-close-button`,closeIcon:`p-message-close-icon`}}),Ru={name:`BaseMessage`,extends:vl,props:{severity:{type:String,default:`info`},closable:{type:Boolean,default:!1},life:{type:Number,default:null},icon:{type:String,default:void 0},closeIcon:{type:String,default:void 0},closeButtonProps:{type:null,default:null},size:{type:String,default:null},variant:{type:String,default:null}},style:Lu,provide:function(){return{$pcMessage:this,$parentInstance:this}}};function zu(e){"@babel/helpers - typeof";return zu=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},zu(e)}function Bu(e,t,n){return(t=Vu(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Vu(e){var t=Hu(e,`string`);return zu(t)==`symbol`?t:t+``}function Hu(e,t){if(zu(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(zu(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Uu={name:`Message`,extends:Ru,inheritAttrs:!1,emits:[`close`,`life-end`],timeout:null,data:function(){return{visible:!0}},mounted:function(){var e=this;this.life&&setTimeout(function(){e.visible=!1,e.$emit(`life-end`)},this.life)},methods:{close:function(e){this.visible=!1,this.$emit(`close`,e)}},computed:{closeAriaLabel:function(){return this.$primevue.config.locale.aria?this.$primevue.config.locale.aria.close:void 0},dataP:function(){return ds(Bu(Bu({outlined:this.variant===`outlined`,simple:this.variant===`simple`},this.severity,this.severity),this.size,this.size))}},directives:{ripple:mu},components:{TimesIcon:ku}};function Wu(e){"@babel/helpers - typeof";return Wu=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},Wu(e)}function Gu(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function Ku(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?Gu(Object(n),!0).forEach(function(t){qu(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):Gu(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function qu(e,t,n){return(t=Ju(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Ju(e){var t=Yu(e,`string`);return Wu(t)==`symbol`?t:t+``}function Yu(e,t){if(Wu(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(Wu(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Xu=[`data-p`],Zu=[`data-p`],Qu=[`data-p`],$u=[`aria-label`,`data-p`],ed=[`data-p`];function td(e,t,n,r,i,a){var o=Vr(`TimesIcon`),s=Wr(`ripple`);return z(),ga(mo,U({name:`p-message`,appear:``},e.ptmi(`transition`)),{default:Vn(function(){return[i.visible?(z(),B(`div`,U({key:0,class:e.cx(`root`),role:`alert`,"aria-live":`assertive`,"aria-atomic":`true`,"data-p":a.dataP},e.ptm(`root`)),[V(`div`,U({class:e.cx(`contentWrapper`)},e.ptm(`contentWrapper`)),[e.$slots.container?qr(e.$slots,`container`,{key:0,closeCallback:a.close}):(z(),B(`div`,U({key:1,class:e.cx(`content`),"data-p":a.dataP},e.ptm(`content`)),[qr(e.$slots,`icon`,{class:we(e.cx(`icon`))},function(){return[(z(),ga(Ur(e.icon?`span`:null),U({class:[e.cx(`icon`),e.icon],"data-p":a.dataP},e.ptm(`icon`)),null,16,[`class`,`data-p`]))]}),e.$slots.default?(z(),B(`div`,U({key:0,class:e.cx(`text`),"data-p":a.dataP},e.ptm(`text`)),[qr(e.$slots,`default`)],16,Qu)):Ta(``,!0),e.closable?Hn((z(),B(`button`,U({key:1,class:e.cx(`closeButton`),"aria-label":a.closeAriaLabel,type:`button`,onClick:t[0]||=function(e){return a.close(e)},"data-p":a.dataP},Ku(Ku({},e.closeButtonProps),e.ptm(`closeButton`))),[qr(e.$slots,`closeicon`,{},function(){return[e.closeIcon?(z(),B(`i`,U({key:0,class:[e.cx(`closeIcon`),e.closeIcon],"data-p":a.dataP},e.ptm(`closeIcon`)),null,16,ed)):(z(),ga(o,U({key:1,class:[e.cx(`closeIcon`),e.closeIcon],"data-p":a.dataP},e.ptm(`closeIcon`)),null,16,[`class`,`data-p`]))]})],16,$u)),[[s]]):Ta(``,!0)],16,Zu))],16)],16,Xu)):Ta(``,!0)]}),_:3},16)}Uu.render=td;var nd=Kt({health:null,error:``,loading:!1}),rd=Jt(nd),id=0;async function ad(){let e=++id;nd.loading=!0;try{let t=await i(`/civitai/health`);if(e!==id)return;nd.health=t,nd.error=``}catch(t){if(e!==id)return;nd.health=null,nd.error=t?.message||String(t)}finally{e===id&&(nd.loading=!1)}}function od(){if(!(nd.health||nd.loading))return ad()}var sd=[`aria-busy`],cd={class:`cs-health-heading`},ld={key:0,class:`cs-muted`,"data-testid":`health-loading`},ud={key:2,class:`cs-facts`},dd={"data-testid":`health-version`},fd={"data-testid":`health-civitai-url`},pd={"data-testid":`health-hf-url`},md=[`data-configured`],hd=[`data-configured`],gd={__name:`HealthPanel`,setup(e){let t=Za(()=>rd.health);function n(e){return e===!0?`set`:`not set`}return(e,r)=>(z(),B(`div`,{class:`cs-health`,"data-testid":`civitai-health`,"aria-busy":sn(rd).loading},[V(`div`,cd,[r[0]||=V(`h3`,{class:`cs-subtitle`},`Backend`,-1),H(sn(Tu),{label:`Refresh`,icon:`pi pi-refresh`,"loading-icon":`pi pi-spin pi-spinner`,loading:sn(rd).loading,"data-testid":`health-refresh`,onClick:sn(ad)},null,8,[`loading`,`onClick`])]),sn(rd).loading&&!t.value?(z(),B(`p`,ld,` Checking the backend… `)):sn(rd).error?(z(),ga(sn(Uu),{key:1,severity:`error`,"data-testid":`health-error`},{default:Vn(()=>[wa(` Cannot reach the Civitai Sidebar backend: `+Ne(sn(rd).error),1)]),_:1})):t.value?(z(),B(`dl`,ud,[r[1]||=V(`dt`,null,`Version`,-1),V(`dd`,dd,Ne(t.value.version),1),r[2]||=V(`dt`,null,`Civitai`,-1),V(`dd`,fd,Ne(t.value.api?.civitai),1),r[3]||=V(`dt`,null,`Hugging Face`,-1),V(`dd`,pd,Ne(t.value.api?.huggingface),1),r[4]||=V(`dt`,null,`Civitai key`,-1),V(`dd`,{"data-testid":`health-key-civitai`,"data-configured":t.value.keys?.civitai===!0},Ne(n(t.value.keys?.civitai)),9,md),r[5]||=V(`dt`,null,`Hugging Face token`,-1),V(`dd`,{"data-testid":`health-key-hf`,"data-configured":t.value.keys?.huggingface===!0},Ne(n(t.value.keys?.huggingface)),9,hd)])):Ta(``,!0)],8,sd))}},_d={class:`civitai-sidebar`,"data-testid":`civitai-sidebar`},vd={__name:`SidebarView`,setup(e){return Ar(od),(e,t)=>(z(),B(`section`,_d,[t[0]||=V(`header`,{class:`cs-header`},[V(`h2`,{class:`cs-title`},`Civitai Sidebar`)],-1),H(gd)]))}},$={STARTS_WITH:`startsWith`,CONTAINS:`contains`,NOT_CONTAINS:`notContains`,ENDS_WITH:`endsWith`,EQUALS:`equals`,NOT_EQUALS:`notEquals`,IN:`in`,LESS_THAN:`lt`,LESS_THAN_OR_EQUAL_TO:`lte`,GREATER_THAN:`gt`,GREATER_THAN_OR_EQUAL_TO:`gte`,BETWEEN:`between`,DATE_IS:`dateIs`,DATE_IS_NOT:`dateIsNot`,DATE_BEFORE:`dateBefore`,DATE_AFTER:`dateAfter`};function yd(e){"@babel/helpers - typeof";return yd=typeof Symbol==`function`&&typeof Symbol.iterator==`symbol`?function(e){return typeof e}:function(e){return e&&typeof Symbol==`function`&&e.constructor===Symbol&&e!==Symbol.prototype?`symbol`:typeof e},yd(e)}function bd(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function xd(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?bd(Object(n),!0).forEach(function(t){Sd(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):bd(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}function Sd(e,t,n){return(t=Cd(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function Cd(e){var t=wd(e,`string`);return yd(t)==`symbol`?t:t+``}function wd(e,t){if(yd(e)!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t);if(yd(r)!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}var Td={ripple:!1,inputStyle:null,inputVariant:null,locale:{startsWith:`Starts with`,contains:`Contains`,notContains:`Not contains`,endsWith:`Ends with`,equals:`Equals`,notEquals:`Not equals`,noFilter:`No Filter`,lt:`Less than`,lte:`Less than or equal to`,gt:`Greater than`,gte:`Greater than or equal to`,dateIs:`Date is`,dateIsNot:`Date is not`,dateBefore:`Date is before`,dateAfter:`Date is after`,clear:`Clear`,apply:`Apply`,matchAll:`Match All`,matchAny:`Match Any`,addRule:`Add Rule`,removeRule:`Remove Rule`,accept:`Yes`,reject:`No`,choose:`Choose`,upload:`Upload`,cancel:`Cancel`,completed:`Completed`,pending:`Pending`,fileSizeTypes:[`B`,`KB`,`MB`,`GB`,`TB`,`PB`,`EB`,`ZB`,`YB`],dayNames:[`Sunday`,`Monday`,`Tuesday`,`Wednesday`,`Thursday`,`Friday`,`Saturday`],dayNamesShort:[`Sun`,`Mon`,`Tue`,`Wed`,`Thu`,`Fri`,`Sat`],dayNamesMin:[`Su`,`Mo`,`Tu`,`We`,`Th`,`Fr`,`Sa`],monthNames:[`January`,`February`,`March`,`April`,`May`,`June`,`July`,`August`,`September`,`October`,`November`,`December`],monthNamesShort:[`Jan`,`Feb`,`Mar`,`Apr`,`May`,`Jun`,`Jul`,`Aug`,`Sep`,`Oct`,`Nov`,`Dec`],chooseYear:`Choose Year`,chooseMonth:`Choose Month`,chooseDate:`Choose Date`,prevDecade:`Previous Decade`,nextDecade:`Next Decade`,prevYear:`Previous Year`,nextYear:`Next Year`,prevMonth:`Previous Month`,nextMonth:`Next Month`,prevHour:`Previous Hour`,nextHour:`Next Hour`,prevMinute:`Previous Minute`,nextMinute:`Next Minute`,prevSecond:`Previous Second`,nextSecond:`Next Second`,am:`am`,pm:`pm`,today:`Today`,weekHeader:`Wk`,firstDayOfWeek:0,showMonthAfterYear:!1,dateFormat:`mm/dd/yy`,weak:`Weak`,medium:`Medium`,strong:`Strong`,passwordPrompt:`Enter a password`,emptyFilterMessage:`No results found`,searchMessage:`{0} results are available`,selectionMessage:`{0} items selected`,emptySelectionMessage:`No selected item`,emptySearchMessage:`No results found`,fileChosenMessage:`{0} files`,noFileChosenMessage:`No file chosen`,emptyMessage:`No available options`,aria:{trueLabel:`True`,falseLabel:`False`,nullLabel:`Not Selected`,star:`1 star`,stars:`{star} stars`,selectAll:`All items selected`,unselectAll:`All items unselected`,close:`Close`,previous:`Previous`,next:`Next`,navigation:`Navigation`,scrollTop:`Scroll Top`,moveTop:`Move Top`,moveUp:`Move Up`,moveDown:`Move Down`,moveBottom:`Move Bottom`,moveToTarget:`Move to Target`,moveToSource:`Move to Source`,moveAllToTarget:`Move All to Target`,moveAllToSource:`Move All to Source`,pageLabel:`Page {page}`,firstPageLabel:`First Page`,lastPageLabel:`Last Page`,nextPageLabel:`Next Page`,prevPageLabel:`Previous Page`,rowsPerPageLabel:`Rows per page`,jumpToPageDropdownLabel:`Jump to Page Dropdown`,jumpToPageInputLabel:`Jump to Page Input`,selectRow:`Row Selected`,unselectRow:`Row Unselected`,expandRow:`Row Expanded`,collapseRow:`Row Collapsed`,showFilterMenu:`Show Filter Menu`,hideFilterMenu:`Hide Filter Menu`,filterOperator:`Filter Operator`,filterConstraint:`Filter Constraint`,editRow:`Row Edit`,saveEdit:`Save Edit`,cancelEdit:`Cancel Edit`,listView:`List View`,gridView:`Grid View`,slide:`Slide`,slideNumber:`{slideNumber}`,zoomImage:`Zoom Image`,zoomIn:`Zoom In`,zoomOut:`Zoom Out`,rotateRight:`Rotate Right`,rotateLeft:`Rotate Left`,listLabel:`Option List`}},filterMatchModeOptions:{text:[$.STARTS_WITH,$.CONTAINS,$.NOT_CONTAINS,$.ENDS_WITH,$.EQUALS,$.NOT_EQUALS],numeric:[$.EQUALS,$.NOT_EQUALS,$.LESS_THAN,$.LESS_THAN_OR_EQUAL_TO,$.GREATER_THAN,$.GREATER_THAN_OR_EQUAL_TO],date:[$.DATE_IS,$.DATE_IS_NOT,$.DATE_BEFORE,$.DATE_AFTER]},zIndex:{modal:1100,overlay:1e3,menu:1e3,tooltip:1100},theme:void 0,unstyled:!1,pt:void 0,ptOptions:{mergeSections:!0,mergeProps:!1},csp:{nonce:void 0}},Ed=Symbol();function Dd(e,t){var n={config:Kt(t)};return e.config.globalProperties.$primevue=n,e.provide(Ed,n),kd(),Ad(e,n),n}var Od=[];function kd(){K.clear(),Od.forEach(function(e){return e?.()}),Od=[]}function Ad(e,t){var n=rn(!1),r=function(){if(t.config?.theme!==`none`&&!q.isStyleNameLoaded(`common`)){var e,n=J.getCommonTheme?.call(J)||{},r=n.primitive,i=n.semantic,a=n.global,o=n.style,s={nonce:(e=t.config)==null||(e=e.csp)==null?void 0:e.nonce};J.load(r?.css,xd({name:`primitive-variables`},s)),J.load(i?.css,xd({name:`semantic-variables`},s)),J.load(a?.css,xd({name:`global-variables`},s)),J.loadStyle(xd({name:`global-style`},s),o),q.setLoadedStyleName(`common`)}};K.on(`theme:change`,function(t){n.value||=(e.config.globalProperties.$primevue.config.theme=t,!0)});var i=Jn(t.config,function(e,t){Wl.emit(`config:change`,{newValue:e,oldValue:t})},{immediate:!0,deep:!0}),a=Jn(function(){return t.config.ripple},function(e,t){Wl.emit(`config:ripple:change`,{newValue:e,oldValue:t})},{immediate:!0,deep:!0}),o=Jn(function(){return t.config.theme},function(e,i){n.value||q.setTheme(e),t.config.unstyled||r(),n.value=!1,Wl.emit(`config:theme:change`,{newValue:e,oldValue:i})},{immediate:!0,deep:!1}),s=Jn(function(){return t.config.unstyled},function(e,n){!e&&t.config.theme&&r(),Wl.emit(`config:unstyled:change`,{newValue:e,oldValue:n})},{immediate:!0,deep:!0});Od.push(i),Od.push(a),Od.push(o),Od.push(s)}var jd={install:function(e,t){Dd(e,Ys(Td,t))}};kc.isStyleNameLoaded=()=>!0;var Md={button:{root:{class:`cs-button`},icon:{class:`cs-button-icon`},loadingIcon:{class:`cs-button-icon`},label:{class:`cs-button-label`}},message:{root:({props:e})=>({class:[`cs-message`,`cs-message--${e.severity}`]}),content:{class:`cs-message-content`},icon:{class:`cs-message-icon`},text:{class:`cs-message-text`}}};function Nd(e){e.use(jd,{unstyled:!0,ripple:!1,pt:Md})}var Pd=`civitai-sidebar`;function Fd(){let e=null;function t(){e?.unmount(),e=null}function n(n){t(),e=cs(vd),Nd(e),e.mount(n)}return{id:Pd,icon:`pi pi-download`,title:`Civitai`,tooltip:`Civitai Sidebar`,type:`custom`,render:n,destroy:t}}n({name:`Civitai.Sidebar`,setup(){r(Fd())}});