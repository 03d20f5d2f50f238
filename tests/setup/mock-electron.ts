// Replaces `electron` with the single shared mock for every Node-side test.
import { vi } from 'vitest'

vi.mock('electron', () => import('../mocks/electron'))
