package org.mentorkit.cli;

import org.mentorkit.followup.Smtp;
import org.mentorkit.model.InvalidInputException;
import picocli.CommandLine.Option;

/**
 * The sending options of the {@code mail} commands. Credentials come from the environment only
 * ({@code MENTORKIT_SMTP_USER}, {@code MENTORKIT_SMTP_PASSWORD}): a password on the command line ends up in shell
 * history and process lists, one in a file ends up shared with the program folder.
 */
final class SendOptions {

    static final String USER_VARIABLE = "MENTORKIT_SMTP_USER";
    static final String PASSWORD_VARIABLE = "MENTORKIT_SMTP_PASSWORD";

    @Option(names = "--send", description = "Send the messages (default: only write them as .eml drafts).")
    boolean send;

    @Option(names = "--dry-run", description = "Show what --send would send (and what was sent before); send nothing.")
    boolean dryRun;

    @Option(names = "--smtp-host", paramLabel = "HOST", description = "The SMTP server to send through.")
    String host;

    @Option(names = "--smtp-port", paramLabel = "PORT", defaultValue = "587",
            description = "Its port (default: ${DEFAULT-VALUE}; 465 for --smtp-security tls).")
    int port;

    @Option(names = "--smtp-security", paramLabel = "MODE", defaultValue = "starttls",
            description = "starttls (default; must succeed), tls (implicit TLS) or none (a relay on this machine only).")
    String security;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "30",
            description = "At most N messages a minute (default: ${DEFAULT-VALUE}).")
    int rate;

    /** The SMTP server, with credentials from the environment when set; checked before any message is written. */
    Smtp smtp(java.util.Map<String, String> environment) {
        if (host == null || host.isBlank()) {
            throw new InvalidInputException("--send", "needs --smtp-host (and usually --smtp-port); credentials come"
                    + " from the environment variables " + USER_VARIABLE + " and " + PASSWORD_VARIABLE);
        }
        Smtp.Security mode = switch (security.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "starttls" -> Smtp.Security.STARTTLS;
            case "tls" -> Smtp.Security.TLS;
            case "none" -> Smtp.Security.NONE;
            default -> throw new InvalidInputException("--smtp-security " + security, "expected starttls, tls or none");
        };
        if (port < 1 || port > 65535) {
            throw new InvalidInputException("--smtp-port " + port, "expected a port number from 1 to 65535");
        }
        if (rate < 1 || rate > 60_000) {
            throw new InvalidInputException("--rate " + rate, "expected 1 to 60000 messages a minute");
        }
        Smtp smtp = Smtp.to(host, port).security(mode);
        String user = environment.getOrDefault(USER_VARIABLE, "");
        String password = environment.getOrDefault(PASSWORD_VARIABLE, "");
        if (user.isEmpty() != password.isEmpty()) {
            throw new InvalidInputException(user.isEmpty() ? USER_VARIABLE : PASSWORD_VARIABLE,
                    "is not set although " + (user.isEmpty() ? PASSWORD_VARIABLE : USER_VARIABLE) + " is; set both, or"
                            + " neither for a server that needs no login");
        }
        if (!user.isEmpty()) {
            smtp.credentials(user, password);
        }
        return smtp;
    }
}
