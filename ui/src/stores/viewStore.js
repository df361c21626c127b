// Which of the views the sidebar shows; module level, so reopening the tab keeps the choice.
import { ref } from 'vue'

export const VIEWS = ['image', 'workflow', 'downloads']

export const activeView = ref('image')

export function showView(view) {
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
