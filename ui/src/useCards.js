// The cards of a list as the template needs them: each entry with its latest task and its state. While the
// list is mounted its files are looked up on disk (on view and whenever a download ends), and that look
// wins over older knowledge: a deleted file is offered again even if a download of it once finished.
import { computed, onBeforeUnmount, onMounted } from 'vue'
import { cardState } from './cards.js'
import { taskForTarget } from './stores/downloadStore.js'
import { showEntries, taskAgainstDisk, withDiskTruth } from './stores/diskStore.js'

/** `entries`: a getter of entries; `decisions`: a getter of {key: true (accepted) | false (turned down)}. */
export function useCards(entries, decisions) {
  let stopShowing = null
  onMounted(() => (stopShowing = showEntries(entries)))
  onBeforeUnmount(() => stopShowing?.())
  return computed(() => {
    const decided = decisions() ?? {}
    return entries().map((original) => {
      const entry = withDiskTruth(original)
      const task = taskAgainstDisk(entry.key, taskForTarget(entry.key))
      return { entry, task, state: cardState(entry, task, decided[entry.key]) }
    })
  })
}
