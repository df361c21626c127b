// Every test file: components mounted by a test are unmounted after it, so that an app left
// mounted cannot react to the next test's store resets (its DOM is gone by then).
import { afterEach } from 'vitest'
import { enableAutoUnmount } from '@vue/test-utils'

enableAutoUnmount(afterEach)
