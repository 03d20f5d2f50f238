export declare function modulePath(): import('vite').Plugin
