// Write protection of the API: see token.ts for the rule, write-route.ts for its use.
export { checkWriteAccess, configuredRadarToken, presentedToken, tokensMatch, type WriteAccess } from "./token";
export { unauthorized, writeRoute } from "./write-route";
