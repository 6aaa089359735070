package org.constellation.workflow;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.regex.Pattern;

/** The one rule for an address a person gives us to write to: on the portal, the tracking page and link requests. */
public final class EmailAddresses {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private EmailAddresses() {}

    /**
     * An address the mailer will take: the shape we ask for, and what Jakarta Mail parses strictly as one bare address
     * ({@code <script>@x.test} passes a loose pattern, then fails every delivery and ends as an incident).
     */
    public static boolean isSendable(String email) {
        // RFC 5321's limit, checked first: the pattern is quadratic on a long run of dots, and no address is longer.
        if (email == null || email.length() > 254 || !EMAIL.matcher(email).matches()) {
            return false;
        }
        try {
            InternetAddress address = new InternetAddress(email, true);
            address.validate();
            return email.equals(address.getAddress()) && address.getPersonal() == null;
        } catch (AddressException e) {
            return false;
        }
    }
}
