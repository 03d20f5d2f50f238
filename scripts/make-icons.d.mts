// Types of scripts/make-icons.mjs for the TypeScript that imports it (tests/main/desktop/icons.test.ts).
export declare const ICON_SIZES: readonly number[]
export declare const MAIN_ICON_SIZE: number
export declare function renderIcon(svg: Uint8Array | string, size: number): Uint8Array
