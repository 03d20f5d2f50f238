// electron-vite's import suffixes for main (`?modulePath`: the built file of a worker's entry, as a path).
/// <reference types="electron-vite/node" />
