// Which of the views the sidebar shows; module level, so reopening the tab keeps the choice, and
// remembered for the browser tab's session, so a reload does too.
import { ref } from 'vue'
import { recallLastView, rememberLastView } from './sessionMemory.js'

export const VIEWS = ['image', 'workflow', 'downloads']

export const activeView = ref('image')

export function showView(view) {
  if (!VIEWS.includes(view)) return
  activeView.value = view
  rememberLastView({ view })
}

/** Show the view the page showed before a reload (the extension's setup calls this once). */
export function restoreLastView() {
  const { view } = recallLastView()
  if (VIEWS.includes(view)) activeView.value = view
}

/**
 * The model files the user came to find sources for (from a node of the canvas): "This workflow"
 * marks their cards and scrolls to the first. `at` makes asking again for the same files count.
 */
export const modelFocus = ref({ names: [], at: 0 })

export function focusModels(names) {
  modelFocus.value = { names: [...new Set(names)], at: Date.now() }
  showView('workflow')
}
