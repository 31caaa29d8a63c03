package fr.cress.relais.partners;

import java.time.LocalDateTime;

/** Something in the recycle bin, and when it was put there. */
public record Deleted<T>(T item, LocalDateTime deletedAt) {
}
