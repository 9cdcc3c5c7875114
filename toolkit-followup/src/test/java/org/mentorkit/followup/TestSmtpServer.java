package org.mentorkit.followup;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * GreenMail (a real SMTP server in this JVM) that can refuse chosen recipients: permanently with 550, or with 451 for
 * the first few attempts. GreenMail itself accepts every recipient, so its SMTP manager is replaced by one that
 * checks RCPT TO first.
 */
final class TestSmtpServer extends GreenMail {

    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> temporaryFailures = new ConcurrentHashMap<>();

    TestSmtpServer(ServerSetup setup) {
        super(patient(setup));
    }

    /** A free port, and time to start on a loaded machine (TLS start-up took over GreenMail's default 2 s there). */
    static ServerSetup patient(ServerSetup setup) {
        ServerSetup copy = setup.dynamicPort();
        copy.setServerStartupTimeout(30_000);
        return copy;
    }

    /** RCPT TO this address gets 550. */
    void refuse(String address) {
        refused.add(address.toLowerCase(java.util.Locale.ROOT));
    }

    /** RCPT TO this address gets 451 the first {@code times} times. */
    void failTemporarily(String address, int times) {
        temporaryFailures.put(address.toLowerCase(java.util.Locale.ROOT), new AtomicInteger(times));
    }

    int port() {
        return services.values().stream().findFirst().map(AbstractServer::getPort).orElseThrow();
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers mgr) {
        SmtpManager checking = new SmtpManager(mgr.getImapHostManager(), mgr.getUserManager()) {
            @Override
            public String checkRecipient(SmtpState state, MailAddress address) {
                String email = (address.getUser() + "@" + address.getHost()).toLowerCase(java.util.Locale.ROOT);
                if (refused.contains(email)) {
                    return "550 5.1.1 <" + email + ">: mailbox unavailable";
                }
                AtomicInteger left = temporaryFailures.get(email);
                if (left != null && left.getAndDecrement() > 0) {
                    return "451 4.3.0 <" + email + ">: try again later";
                }
                return null;
            }
        };
        return super.createServices(config, new Managers() {
            @Override
            public SmtpManager getSmtpManager() {
                return checking;
            }

            @Override
            public UserManager getUserManager() {
                return mgr.getUserManager();
            }

            @Override
            public ImapHostManager getImapHostManager() {
                return mgr.getImapHostManager();
            }
        });
    }
}
