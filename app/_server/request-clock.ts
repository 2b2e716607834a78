// One "now" per server request, so every widget of a page agrees on which month is running.
import "server-only";
import { cache } from "react";

export const requestNow = cache(() => new Date());
