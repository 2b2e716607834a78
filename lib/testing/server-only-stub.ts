// Tests run outside Next; "server-only" would throw there.
export {};
