/**
 * Consent and the lawful basis for contacting a customer (India's Digital Personal Data Protection
 * Act 2023): each customer's {@link dev.samvad.api.consent.ConsentRecord} holds, per channel, the
 * ordered history of consents given and withdrawn; a tenant's {@link
 * dev.samvad.api.consent.ContactBasisPolicy} says, per channel, whether recorded consent is needed
 * or the legitimate use of invoice delivery and payment follow-up suffices; {@link
 * dev.samvad.api.consent.ContactBasisPolicy#basis} answers whether a channel may be used at a given
 * time. A withdrawal always wins.
 */
@NullMarked
package dev.samvad.api.consent;

import org.jspecify.annotations.NullMarked;
