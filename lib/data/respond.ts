// Answers of the /data downloads. They are regenerated with the market data (the route's
// `revalidate` and the fetches' tags); Next sets `s-maxage` / `stale-while-revalidate` on ISR
// route answers itself, so only type and file name are set here.

export function csvDownload(body: string, fileName: string): Response {
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${fileName}"`,
    },
  });
}

export function jsonDownload(data: unknown, fileName: string): Response {
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `inline; filename="${fileName}"`,
    },
  });
}
