/**
 * The supergraph SDL with the routing URL of each subgraph named in `urls` replaced, for gateways that take
 * their URLs from the supergraph only. Subgraphs not in `urls` keep their composed URL.
 */
export function withSubgraphUrls(sdl: string, urls: Readonly<Record<string, string>>): string {
  return sdl.replace(/@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g, (whole, name: string) => {
    const url = urls[name];
    return url === undefined ? whole : `@join__graph(name: "${name}", url: ${JSON.stringify(url)})`;
  });
}
