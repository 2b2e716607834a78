// Write protection of the API: token.ts has the rule, failure-limit.ts the limit on wrong
// guesses, write-route.ts the wrapper every write route goes through.
export { checkWriteAccess, configuredRadarToken, presentedToken, tokensMatch, type WriteAccess } from "./token";
export { unauthorized, writeRoute } from "./write-route";
