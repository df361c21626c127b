// Our own copy of PrimeVue, installed so that it cannot change how ComfyUI looks.
//
// The host runs PrimeVue 4 too, and PrimeVue keeps its stylesheets in
// <style data-primevue-style-id="..."> elements that it finds again by that id. A second, styled
// copy would rewrite the host's theme variables (--p-*) and component styles. So ours runs
// unstyled (no theme, no classes of its own) and gets its look from the pass-through classes
// below, styled in our own CSS under .civitai-sidebar with ComfyUI's palette variables.
import PrimeVue from 'primevue/config'
import Base from '@primevue/core/base'

// Even unstyled, PrimeVue's components and directives (e.g. the button's ripple) write a few
// "core" stylesheets into those shared <style> elements. Telling our copy that every stylesheet
// is already loaded keeps it out of <head> altogether.
Base.isStyleNameLoaded = () => true

/** Class names (all prefixed `cs-`, styled in components/*.vue) for the PrimeVue parts we use. */
const passThrough = {
  button: {
    root: { class: 'cs-button' },
    icon: { class: 'cs-button-icon' },
    loadingIcon: { class: 'cs-button-icon' },
    label: { class: 'cs-button-label' },
  },
  inputtext: {
    root: { class: 'cs-input' },
  },
  progressbar: {
    root: { class: 'cs-progress' },
    value: { class: 'cs-progress-value' },
    label: { class: 'cs-progress-label' },
  },
  dialog: {
    // The dialog is teleported to <body>, outside our root element: it carries the root class so
    // that our scoped styles and palette tokens reach it.
    mask: { class: 'civitai-sidebar cs-dialog-mask' },
    root: { class: 'cs-dialog' },
    header: { class: 'cs-dialog-header' },
    title: { class: 'cs-dialog-title' },
    content: { class: 'cs-dialog-content' },
    footer: { class: 'cs-dialog-footer' },
  },
  message: {
    root: ({ props }) => ({ class: ['cs-message', `cs-message--${props.severity}`] }),
    content: { class: 'cs-message-content' },
    icon: { class: 'cs-message-icon' },
    text: { class: 'cs-message-text' },
  },
}

// Our PrimeVue counts z-indexes on its own, apart from the host's (whose dialogs start at 1100 and
// whose menus and toasts sit above its canvas): start ours well above all of them.
const Z_INDEX = { modal: 5000, overlay: 5000, menu: 5000, tooltip: 5100 }

/** Install PrimeVue (unstyled) on one of our Vue apps. */
export function installPrimeVue(vueApp) {
  vueApp.use(PrimeVue, { unstyled: true, ripple: false, pt: passThrough, zIndex: Z_INDEX })
}
