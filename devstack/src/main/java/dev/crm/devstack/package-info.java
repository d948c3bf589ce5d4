/**
 * Local infrastructure for the {@code ./crm} launcher, as one small plain-Java program.
 *
 * <ul>
 *   <li>{@code serve}: embedded PostgreSQL (io.zonky.test) with its data kept in a fixed directory,
 *       unless {@code --no-postgres}, and the GreenMail SMTP sink with IMAP and a tiny HTTP API to read
 *       mails back, and an OTLP/HTTP trace receiver that keeps the services' spans in memory to be
 *       read back ({@link dev.crm.devstack.TraceSink}); runs in the foreground until SIGTERM and prints
 *       {@code READY} once up.
 *   <li>{@code database}: makes sure a database exists ({@code --ensure}) or drops and creates it
 *       anew ({@code --recreate}) over JDBC, on any PostgreSQL server.
 * </ul>
 *
 * <p>No Spring context: it starts in well under a second and owns nothing of the product.
 */
package dev.crm.devstack;
