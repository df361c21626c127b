// The cards of a list as the template needs them: each entry with its latest task and its state.
import { computed } from 'vue'
import { cardState } from './cards.js'
import { taskForTarget } from './stores/downloadStore.js'

/** `entries`: a ref/getter of entries; `confirmed`: a ref/getter of {key: true} the user accepted. */
export function useCards(entries, confirmed) {
  return computed(() => {
    const accepted = confirmed() ?? {}
    return entries().map((entry) => {
      const task = taskForTarget(entry.key)
      return { entry, task, state: cardState(entry, task, Boolean(accepted[entry.key])) }
    })
  })
}
