import type { TeamCode, TicketCategory } from './rows';

/** What a ticket is about, as its texts mention it: an order number, a tracking number, or nothing. */
export interface TicketTopic {
  orderNumber: string | null;
  trackingNumber: string | null;
  firstName: string;
}

/** The team that owns each category once the front line hands it on. */
export const CATEGORY_TEAM: Record<TicketCategory, TeamCode> = {
  DELIVERY: 'logistics_desk',
  BILLING: 'billing',
  PRODUCT_DEFECT: 'product_support',
  RETURN: 'returns',
  ACCOUNT: 'customer_care',
  OTHER: 'customer_care',
};

export function ticketSubject(category: TicketCategory, topic: TicketTopic, variant: number): string {
  const order = topic.orderNumber ?? 'my order';
  switch (category) {
    case 'DELIVERY':
      return topic.trackingNumber && variant % 2 === 0
        ? `Where is my parcel ${topic.trackingNumber}?`
        : `Parcel for ${order} has not arrived`;
    case 'BILLING':
      return variant % 2 === 0 ? `Question about the invoice for ${order}` : `Payment problem with ${order}`;
    case 'PRODUCT_DEFECT':
      return `Item from ${order} is defective`;
    case 'RETURN':
      return `I want to return items from ${order}`;
    case 'ACCOUNT':
      return ['Cannot log in to my account', 'Please update my e-mail address', 'Remove my saved card'][
        variant % 3
      ] as string;
    case 'OTHER':
      return ['Do you offer gift wrapping?', 'Do you deliver to Switzerland?', 'Question about the loyalty programme'][
        variant % 3
      ] as string;
  }
}

export function openingMessage(category: TicketCategory, topic: TicketTopic): string {
  const order = topic.orderNumber ?? 'my order';
  switch (category) {
    case 'DELIVERY':
      return topic.trackingNumber
        ? `Hello, ${order} has not arrived yet and tracking ${topic.trackingNumber} shows no progress. Can you check?`
        : `Hello, when will ${order} be shipped? I have not received a tracking number.`;
    case 'BILLING':
      return `Hi, the amount charged for ${order} does not match what I expected. Please check the payment.`;
    case 'PRODUCT_DEFECT':
      return `One of the items in ${order} stopped working after a few days. What can I do?`;
    case 'RETURN':
      return `I would like to return part of ${order}. How do I get a return label?`;
    case 'ACCOUNT':
      return 'I need help with my customer account, the settings page does not let me change anything.';
    case 'OTHER':
      return 'Quick question before my next order, could someone get back to me?';
  }
}

export function resolutionMessage(category: TicketCategory, topic: TicketTopic): string {
  const name = topic.firstName;
  switch (category) {
    case 'DELIVERY':
      return `Good news, ${name}: the carrier located the parcel and delivers it within two working days.`;
    case 'BILLING':
      return `${name}, we corrected the payment; any difference is back on your account within 5 working days.`;
    case 'PRODUCT_DEFECT':
      return `Sorry about that, ${name}. A replacement is on its way; no need to send the faulty item back.`;
    case 'RETURN':
      return `Your return label is attached, ${name}. The refund follows as soon as the parcel reaches us.`;
    case 'ACCOUNT':
      return `Done, ${name}: your account is updated.`;
    case 'OTHER':
      return `Happy to help, ${name}. Anything else, just reply to this message.`;
  }
}

export function askForDetails(category: TicketCategory, topic: TicketTopic): string {
  switch (category) {
    case 'PRODUCT_DEFECT':
    case 'RETURN':
      return `Could you send us a photo of the item, ${topic.firstName}? Then we can proceed.`;
    case 'BILLING':
      return `Could you send the last four digits of the card you paid with, ${topic.firstName}?`;
    default:
      return `Could you confirm your delivery address, ${topic.firstName}? Then we can continue.`;
  }
}

export const TRANSFER_REASONS: Record<TicketCategory, string> = {
  DELIVERY: 'Needs a carrier investigation, which the logistics desk runs',
  BILLING: 'Payment records need checking by billing',
  PRODUCT_DEFECT: 'The defect needs a technical assessment',
  RETURN: 'Return label and refund are handled by returns',
  ACCOUNT: 'Account change needs a second pair of eyes',
  OTHER: 'Question outside the front line',
};

export const CONSULT_QUESTIONS: Record<TeamCode, readonly [question: string, answer: string]> = {
  customer_care: [
    'Has this customer contacted us about this before?',
    'Yes, once last month; resolved with a voucher.',
  ],
  logistics_desk: [
    'Can you see where the parcel is right now?',
    'Last scan at the hub yesterday; it is on the next truck.',
  ],
  billing: ['Do you see the payment for this order on our side?', 'Yes, captured once; nothing pending.'],
  product_support: ['Is this a known fault for this product?', 'Known issue with the first batch; replace it.'],
  returns: ['Is the customer still inside the return window?', 'Yes, 12 days left; a label is fine.'],
};
