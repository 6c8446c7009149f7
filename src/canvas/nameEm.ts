/**
 * The width of one character of a name drawn on a card (a namespace's box, an IP block's card),
 * in ems: bold system sans measured in Chromium, 0.59 to 0.66 em for DNS names of letters,
 * digits and hyphens, digits 0.64 (dots and slashes narrower). Boxes and cards are sized by it,
 * and the stylesheet draws a name no larger than the room it gives (`--nc-name-ems`).
 */
export const NAME_EM = 0.68;
