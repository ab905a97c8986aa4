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
  'topup',
  'recharge',
);
const NEEDS_MONEY_CONTEXT = words(
  'deposit',
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
  'discount',
  'discounts',
);

/** Nouns after "payment" that make it configuration: a payment method, provider, gateway or account. */
const PAYMENT_SETUP = words(
  'method',
  'methods',
  'provider',
  'providers',
  'gateway',
  'gateways',
  'account',
  'accounts',
  'settings',
  'connect',
  'options',
);
const NON_MONEY_TRANSFER = words(
  'domain',
  'domains',
  'file',
  'files',
  'ownership',
  'owner',
  'repository',
  'repo',
  'project',
  'call',
  'chat',
  'ticket',
  'conversation',
  'data',
);
/** Verbs that turn a transaction into money on the move; creating or editing one only keeps a record. */
const TRANSACTION_SENT = words('send', 'submit', 'sign', 'broadcast', 'execute', 'approve', 'transfer');
/** What a caller-chosen amount can be about without any money changing hands. */
const NOT_A_PAYMENT = words('budget', 'budgets', 'goal', 'goals', 'estimate', 'forecast', 'quote', 'quotes');
/** Verbs that place, change or call off an order, and the words that make "order" mean a sequence. */
const ORDER_CHANGES = words(
  'place',
  'create',
  'cancel',
  'submit',
  'confirm',
  'modify',
  'update',
  'edit',
  'amend',
);
const NOT_A_SALE_ORDER = words(
  'sort',
  'display',
  'work',
  'change',
  'deploy',
  'deployment',
  'column',
  'field',
  'priority',
  'menu',
  'tab',
  'layer',
  'z',
  'build',
  'release',
  'execution',
);
/** A domain name is bought or renewed for money. */
const BUYS_DOMAIN = words('register', 'renew', 'buy', 'purchase');

/** Verbs that ship or file an order without changing what is paid. */
const SHIPPING = words('fulfil', 'fulfill', 'ship', 'archive', 'track', 'export', 'print', 'tag', 'label');

const writes = (access: string): boolean => access === 'write' || access === 'execute';

/** Nouns after "billing" that make it account settings. */
const BILLING_SETUP = words(
  'address',
  'addresses',
  'details',
  'contact',
  'contacts',
  'email',
  'info',
  'profile',
  'settings',
  'name',
);
const EVENT_CONTEXT =
  /\b(?:topics?|pub\/?sub|webhooks?|events?|push endpoint|messages?|graphql|websockets?|streams?|feeds?|channels?|notifications?)\b/;
/** A subscription to events or messages, with nothing about money in the description. */
function eventSubscription(view: ToolView): boolean {
  const d = view.description?.lower.slice(0, 400) ?? '';
  return (
    EVENT_CONTEXT.test(d) && !MONEY_CONTEXT.test(d) && !/\b(?:plan|billing|renew\w*|trial|invoice)\b/.test(d)
  );
}
/** The description says the order is a sequence ("a sort order for the columns"). */
function orderIsASequence(view: ToolView): boolean {
  const d = view.description?.lower.slice(0, 200) ?? '';
  return /\b(?:sort|display|work|sequence|column|field|priority|menu|tab|layer|z|build|release|execution|reading|play) order\b/.test(
    d,
  );
}

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
      const names = view.nameTokens;
      const verb = view.nameVerbs[0]?.base;
      for (let i = 0; i < names.length; i++) {
        const t = names[i]!;
        // a payment method, provider or gateway is configured, not paid: no money moves
        if (PAYMENT_SETUP.has(names[i + 1] ?? '')) continue;
        // a transaction that is created, edited or split is a record (a budgeting app); one that is
        // sent, signed or broadcast moves money
        if ((t === 'transaction' || t === 'transactions') && !(verb && TRANSACTION_SENT.has(verb))) continue;
        // a domain or file transfer, an order that is shipped rather than placed
        if ((t === 'transfer' || t === 'transfers') && NON_MONEY_TRANSFER.has(names[i - 1] ?? '')) continue;
        if ((t === 'order' || t === 'orders') && names.some((w) => SHIPPING.has(w))) continue;
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
      const names = view.nameTokens;
      // "billing_set_default_payment_method": the billing section of an API, configuring how to pay
      if (
        names.some(
          (t, i) => PAYMENT_SETUP.has(t) && (names[i - 1] === 'payment' || names[i - 1] === 'payments'),
        )
      )
        return NONE;
      for (let i = 0; i < names.length; i++) {
        const t = names[i]!;
        if (!OBLIGATIONS.has(t)) continue;
        // a billing address or contact is a setting of the account, not a bill
        if ((t === 'billing' || t === 'bill') && BILLING_SETUP.has(names[i + 1] ?? '')) continue;
        // a Pub/Sub or webhook subscription delivers messages; nobody pays for it
        if ((t === 'subscription' || t === 'subscriptions') && eventSubscription(view)) continue;
        return [{ path: 'name', match: t }];
      }
      const verb = view.nameVerbs[0];
      if (verb) {
        const object = names.slice(verb.index + 1);
        // placing, changing or cancelling a sale order (not a sort order, a work order or a deployment order)
        const at = object.findIndex((t) => t === 'order' || t === 'orders');
        if (
          ORDER_CHANGES.has(verb.base) &&
          at >= 0 &&
          !NOT_A_SALE_ORDER.has(object[at - 1] ?? '') &&
          !orderIsASequence(view)
        )
          return [{ path: 'name', match: object[at]! }];
        // registering or renewing a domain buys it
        if (BUYS_DOMAIN.has(verb.base) && names.some((t) => t === 'domain' || t === 'domains'))
          return [{ path: 'name', match: verb.word }];
      }
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
          p.depth === 0 &&
          /^(?:amount|amount_cents|amount_in_cents|value_usd|lamports|wei)$/.test(p.name.toLowerCase()) &&
          (p.type === 'number' || p.type === 'integer' || p.type === 'string'),
      );
      const currency = view.params.some((p) =>
        /^(?:currency|currency_code|token|asset|mint)$/.test(p.name.toLowerCase()),
      );
      if (view.nameTokens.some((t) => NOT_A_PAYMENT.has(t))) return NONE;
      const verb = view.nameVerbs[0]?.base;
      if (
        view.nameTokens.some((t) => t === 'transaction' || t === 'transactions') &&
        !(verb && TRANSACTION_SENT.has(verb))
      )
        return NONE;
      return amount && currency ? [{ path: amount.path, match: amount.name }] : NONE;
    },
  },
];
