// The theme is decided before the first paint by an inline script in <head>: a saved choice in
// localStorage wins, otherwise the system preference (followed live while nothing is saved).
export const THEME_STORAGE_KEY = "radar-theme";

export type ThemeChoice = "system" | "light" | "dark";

export const THEME_SCRIPT = `(function(){try{var k=${JSON.stringify(THEME_STORAGE_KEY)},d=document.documentElement,m=window.matchMedia("(prefers-color-scheme: dark)");function a(){var t=localStorage.getItem(k);d.dataset.theme=t==="light"||t==="dark"?t:m.matches?"dark":"light";}a();m.addEventListener("change",a);window.addEventListener("storage",function(e){if(e.key===k)a();});}catch(e){}})();`;
