package dev.crm.devstack;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** Entry point: {@code java -jar devstack.jar serve|database|help [options]}. */
public final class Devstack {

    static final String USAGE = """
            usage: java -jar devstack.jar COMMAND [options]

              serve      start the local infrastructure in the foreground until SIGTERM; prints READY when up
                --postgres-port N     embedded PostgreSQL port (default 15432)
                --postgres-data DIR   its data directory, kept across restarts (default .crm/pgdata)
                --no-postgres         do not start PostgreSQL (another server is used)
                --smtp-port N         GreenMail SMTP port (default 3025)
                --imap-port N         GreenMail IMAP port (default 3143)
                --mail-api-port N     HTTP API to read received mails, 0 = off (default 8025)
                --otlp-port N         OTLP/HTTP trace receiver (POST /v1/traces) and its read-back API
                                      (GET /api/spans?traceId=), 0 = off (default 4318)
                --bind ADDRESS        address of the mail servers (default 127.0.0.1)

              database   create a database over JDBC (uses the server's "postgres" maintenance database)
                --url JDBC_URL        any database URL on the server (default jdbc:postgresql://localhost:5432/postgres)
                --user NAME           (default postgres)   --password SECRET (default empty)
                --ensure NAME         create NAME unless it exists
                --recreate NAME       drop NAME (closing its connections) and create it empty

              help       this text
            """;

    private Devstack() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.print(USAGE);
            return 2;
        }
        try {
            Options options = Options.parse(args, 1);
            return switch (args[0]) {
                case "serve" -> serve(options, out);
                case "database" -> database(options, out);
                case "help", "--help", "-h" -> {
                    out.print(USAGE);
                    yield 0;
                }
                default -> {
                    err.println("devstack: unknown command '" + args[0] + "'");
                    err.print(USAGE);
                    yield 2;
                }
            };
        } catch (IllegalArgumentException e) {
            err.println("devstack: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("devstack: " + e);
            e.printStackTrace(err);
            return 1;
        }
    }

    private static int serve(Options options, PrintStream out) throws Exception {
        options.allowOnly("postgres-port", "postgres-data", "no-postgres", "smtp-port", "imap-port", "mail-api-port", "otlp-port", "bind");
        String bind = options.get("bind", "127.0.0.1");
        EmbeddedDatabase database = null;
        MailSink mail = null;
        TraceSink traces = null;
        CountDownLatch stopped = new CountDownLatch(1);
        try {
            if (!options.flag("no-postgres")) {
                database = EmbeddedDatabase.start(
                        options.getInt("postgres-port", 15432), Path.of(options.get("postgres-data", ".crm/pgdata")));
                out.println("postgres " + database.jdbcUrl() + " (started in " + database.startMillis() + " ms)");
            }
            mail = MailSink.start(bind, options.getInt("smtp-port", 3025), options.getInt("imap-port", 3143),
                    options.getInt("mail-api-port", 8025));
            out.println("mail " + mail.describe());
            int otlpPort = options.getInt("otlp-port", 4318);
            if (otlpPort > 0) {
                traces = TraceSink.start(bind, otlpPort);
                out.println("traces " + traces.describe());
            }
        } catch (Exception e) {
            closeQuietly(traces);
            closeQuietly(mail);
            closeQuietly(database);
            throw e;
        }
        EmbeddedDatabase db = database;
        MailSink sink = mail;
        TraceSink traceSink = traces;
        // SIGTERM and SIGINT run shutdown hooks: close both cleanly (PostgreSQL with a fast shutdown).
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            closeQuietly(traceSink);
            closeQuietly(sink);
            closeQuietly(db);
            System.out.println("stopped");
            System.out.flush();
            stopped.countDown();
        }, "devstack-shutdown"));
        out.println("READY");
        out.flush();
        stopped.await();
        return 0;
    }

    private static int database(Options options, PrintStream out) throws Exception {
        options.allowOnly("url", "user", "password", "ensure", "recreate");
        Databases databases = new Databases(
                options.get("url", "jdbc:postgresql://localhost:5432/postgres"),
                options.get("user", "postgres"),
                options.get("password", ""));
        String ensure = options.get("ensure", null);
        String recreate = options.get("recreate", null);
        if ((ensure == null) == (recreate == null)) {
            throw new IllegalArgumentException("database needs exactly one of --ensure NAME or --recreate NAME");
        }
        if (ensure != null) {
            out.println(databases.ensure(ensure) ? "created database " + ensure : "database " + ensure + " exists");
        } else {
            databases.recreate(recreate);
            out.println("recreated database " + recreate);
        }
        return 0;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            System.err.println("devstack: while closing " + closeable + ": " + e);
        }
    }
}
