// The cards of a list as the template needs them: each entry with its latest task and its state.
import { computed } from 'vue'
import { cardState } from './cards.js'
import { taskForTarget } from './stores/downloadStore.js'

/** `entries`: a getter of entries; `decisions`: a getter of {key: true (accepted) | false (turned down)}. */
export function useCards(entries, decisions) {
  return computed(() => {
    const decided = decisions() ?? {}
    return entries().map((entry) => {
      const task = taskForTarget(entry.key)
      return { entry, task, state: cardState(entry, task, decided[entry.key]) }
    })
  })
}
