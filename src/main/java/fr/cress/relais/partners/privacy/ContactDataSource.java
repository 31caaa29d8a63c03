package fr.cress.relais.partners.privacy;

import java.util.List;

/**
 * A feature that keeps data about contacts (meetings: invitations and attendance; holders: referrals)
 * registers one of these with {@link PrivacyService#register(ContactDataSource)}, so that a person's RGPD
 * export holds everything about them.
 */
@FunctionalInterface
public interface ContactDataSource {

    /** The sections this feature holds about the contact; none when it holds nothing. */
    List<DataSection> collect(long contactId);
}
