import type { Queryable } from '../../shared';
import type { RoutingRuleRow, SlaPolicyRow } from './rows';

// Every category of the schema, so the list shows where each one goes, fallback included.
const CATEGORIES = ['DELIVERY', 'BILLING', 'PRODUCT_DEFECT', 'RETURN', 'ACCOUNT', 'OTHER'];

/** The routing rules and SLA policies, as data (see commands/rules.ts for how they are applied). */
export function rulesRepository(db: Queryable) {
  return {
    /** One row per category, in the schema's order: its rule's team, or the fallback team. */
    routingRules(): Promise<RoutingRuleRow[]> {
      return db.query<RoutingRuleRow>(
        `SELECT c.category,
                coalesce(r.team_code, f.team_code) AS "teamCode",
                r.team_code IS NULL AS "isFallback"
           FROM unnest($1::text[]) WITH ORDINALITY AS c(category, ord)
           LEFT JOIN tickets.routing_rules r ON r.category = c.category
          CROSS JOIN tickets.routing_fallback f
          ORDER BY c.ord`,
        [CATEGORIES],
      );
    },

    /** Every priority's policy, most urgent first. */
    slaPolicies(): Promise<SlaPolicyRow[]> {
      return db.query<SlaPolicyRow>(
        `SELECT priority, first_response_minutes AS "firstResponseMinutes", resolution_minutes AS "resolutionMinutes"
           FROM tickets.sla_policies
          ORDER BY first_response_minutes, priority`,
      );
    },
  };
}

/** The team a new ticket of `category` goes to: its routing rule's, else the fallback team; undefined if neither. */
export async function routedTeamCode(tx: Queryable, category: string): Promise<string | undefined> {
  const [row] = await tx.query<{ teamCode: string | null }>(
    `SELECT coalesce((SELECT team_code FROM tickets.routing_rules WHERE category = $1),
                     (SELECT team_code FROM tickets.routing_fallback)) AS "teamCode"`,
    [category],
  );
  return row?.teamCode ?? undefined;
}

/** The SLA minutes of `priority`; undefined when it has no policy. */
export async function slaPolicyOf(
  tx: Queryable,
  priority: string,
): Promise<Pick<SlaPolicyRow, 'firstResponseMinutes' | 'resolutionMinutes'> | undefined> {
  const [policy] = await tx.query<Pick<SlaPolicyRow, 'firstResponseMinutes' | 'resolutionMinutes'>>(
    `SELECT first_response_minutes AS "firstResponseMinutes", resolution_minutes AS "resolutionMinutes"
       FROM tickets.sla_policies WHERE priority = $1`,
    [priority],
  );
  return policy;
}
