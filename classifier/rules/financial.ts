import { leadWords, words } from './match.js';
import { NONE, type Finding, type Rule } from './types.js';
import type { ToolView } from '../view.js';

const MONEY_MOVES = words(
  'payment',
  'payments',
  'pay',
  'payout',
  'payouts',
  'refund',
  'refunds',
  'charge',
  'charges',
  'withdraw',
  'withdrawal',
  'withdrawals',
  'deposit',
  'purchase',
  'purchases',
  'buy',
  'sell',
  'trade',
  'trades',
  'swap',
  'remittance',
  'disbursement',
  'wire',
  'money',
  'funds',
  'paymentintent',
  'payment_intent',
  'capture',
);
const NEEDS_MONEY_CONTEXT = words(
  'transfer',
  'transfers',
  'send',
  'transaction',
  'transactions',
  'order',
  'orders',
  'swap',
  'capture',
);
const MONEY_CONTEXT =
  /\b(?:funds|money|amount|currency|usd|eur|gbp|balance|payments?|bank|wallet|crypto|tokens? to|eth|btc|sol|usdc|lamports|wei|cents|price|paid|pay)\b/;
const OBLIGATIONS = words(
  'invoice',
  'invoices',
  'subscription',
  'subscriptions',
  'billing',
  'bill',
  'coupon',
  'coupons',
  'paymentlink',
  'dispute',
  'disputes',
  'chargeback',
  'chargebacks',
);

const writes = (access: string): boolean => access === 'write' || access === 'execute';

function moneyContext(view: ToolView): boolean {
  if (view.description && MONEY_CONTEXT.test(view.description.lower.slice(0, 1500))) return true;
  return view.params.some((p) => /^(?:amount|currency|value|price|quantity)$/.test(p.name.toLowerCase()));
}

export const financialRules: Rule[] = [
  {
    id: 'financial.moves-money',
    family: 'financial',
    title: 'Moves money',
    effect: { flag: 'financial', minRisk: 'critical' },
    strength: 'weak',
    rationale: 'it acts on "{match}": a call can move money, which cannot be taken back by the agent',
    phase: 'verdict',
    detect: (view, verdict) => {
      if (!writes(verdict.access)) return NONE;
      const check = (t: string, path: string): Finding | undefined => {
        if (MONEY_MOVES.has(t) && !NEEDS_MONEY_CONTEXT.has(t)) return { path, match: t };
        if (NEEDS_MONEY_CONTEXT.has(t) && moneyContext(view)) return { path, match: t };
        return undefined;
      };
      for (const t of view.nameTokens) {
        const f = check(t, 'name');
        if (f) return [f];
      }
      if (view.nameVerbs.length === 0) {
        for (const t of leadWords(view).slice(0, 10)) {
          const f = check(t, 'description');
          if (f) return [f];
        }
      }
      // a tool that runs arbitrary requests against a service that moves money can move money
      if (verdict.access === 'execute' && view.description) {
        const m = /\b(?:payments?|payouts?|refunds?|charges|transfers|invoices)\b/.exec(
          view.description.lower.slice(0, 3000),
        );
        if (m) return [{ path: 'description', match: m[0] }];
      }
      return NONE;
    },
  },
  {
    id: 'financial.obligation',
    family: 'financial',
    title: 'Creates or changes a financial obligation',
    effect: { flag: 'financial', minRisk: 'high' },
    strength: 'weak',
    rationale: 'it creates or changes "{match}", which commits someone to pay',
    phase: 'verdict',
    detect: (view, verdict) => {
      if (!writes(verdict.access)) return NONE;
      for (const t of view.nameTokens) if (OBLIGATIONS.has(t)) return [{ path: 'name', match: t }];
      return NONE;
    },
  },
  {
    id: 'financial.amount-param',
    family: 'financial',
    title: 'Takes an amount of money',
    effect: { flag: 'financial', minRisk: 'high' },
    strength: 'weak',
    rationale: 'the parameter "{match}" is an amount of money chosen by the caller',
    phase: 'verdict',
    detect: (view, verdict) => {
      if (!writes(verdict.access)) return NONE;
      const amount = view.params.find(
        (p) =>
          /^(?:amount|amount_cents|amount_in_cents|value_usd|lamports|wei)$/.test(p.name.toLowerCase()) &&
          (p.type === 'number' || p.type === 'integer' || p.type === 'string'),
      );
      const currency = view.params.some((p) =>
        /^(?:currency|currency_code|token|asset|mint)$/.test(p.name.toLowerCase()),
      );
      return amount && currency ? [{ path: amount.path, match: amount.name }] : NONE;
    },
  },
];
