// Links from a topic to arXiv itself, so every number can be checked at the source.

const ARXIV_API = "https://export.arxiv.org/api/query";

/** The exact API feed the topic's latest papers come from. */
export function arxivApiFeedUrl(query: string, maxResults = 50): string {
  const params = new URLSearchParams({
    search_query: query,
    sortBy: "submittedDate",
    sortOrder: "descending",
    max_results: String(maxResults),
  });
  return `${ARXIV_API}?${params}`;
}

/**
 * arXiv's web search with the query text. The web search does not speak the API's field
 * prefixes the same way, so its hit list is close to, not identical with, the API's.
 */
export function arxivWebSearchUrl(query: string): string {
  const params = new URLSearchParams({
    query,
    searchtype: "all",
    abstracts: "show",
    order: "-announced_date_first",
    size: "50",
  });
  return `https://arxiv.org/search/?${params}`;
}
