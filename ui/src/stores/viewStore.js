// Which of the two views the sidebar shows; module level, so reopening the tab keeps the choice.
import { ref } from 'vue'

export const VIEWS = ['image', 'workflow']

export const activeView = ref('image')

export function showView(view) {
  if (VIEWS.includes(view)) activeView.value = view
}
