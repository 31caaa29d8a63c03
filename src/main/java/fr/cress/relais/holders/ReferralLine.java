package fr.cress.relais.holders;

/** A referral with its follow-up state on the day it was read. */
public record ReferralLine(Referral referral, FollowUp followUp) {
}
