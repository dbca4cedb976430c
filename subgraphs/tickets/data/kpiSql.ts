/**
 * The tickets a KPI counts, for a table aliased `t`: opened in [$1, $2), of team $3, category $4 and channel $5
 * where those are not NULL. Every KPI statement takes these five parameters first ($6 is "now" where needed).
 */
export const IN_WINDOW = `
  t.created_at >= $1::timestamptz AND t.created_at < $2::timestamptz
  AND ($3::text IS NULL OR t.team_code = $3::text)
  AND ($4::text IS NULL OR t.category = $4::text)
  AND ($5::text IS NULL OR t.channel = $5::text)`;

/** Categories that count as complaints about an order or a parcel. */
export const COMPLAINT_CATEGORIES = ['DELIVERY', 'PRODUCT_DEFECT', 'RETURN'] as const;

/** Open statuses: the backlog and the unattended list only look at these. */
export const OPEN_STATUSES = `('NEW', 'OPEN', 'PENDING_CUSTOMER')`;
