package fr.mssante.advisor.setup;

import java.time.LocalDate;

/** A financing programme with its MSSanté commitment date (null when not given). */
public record Programme(String name, LocalDate deadline, String path) {
}
