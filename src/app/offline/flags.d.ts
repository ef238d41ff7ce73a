// Set by vite.config.ts: false in a build made with CARE_PATH_OFFLINE=off (the kill switch).
declare const __CARE_PATH_OFFLINE__: boolean;
