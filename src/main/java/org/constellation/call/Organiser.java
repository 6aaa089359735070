package org.constellation.call;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Who runs this service and answers for it: the public body that publishes the calls, as the portal's footer, its legal
 * notice, its accessibility statement, its personal-data page and the default means of redress name it
 * ({@code constellation.organiser.*}). In a template: {@code ${@organiser.name}}.
 */
@Component("organiser")
@ConfigurationProperties("constellation.organiser")
public class Organiser {

    /** The organiser's public name, publisher of the service and controller of its personal data. */
    private String name = "La Casemate — CCSTI Grenoble";
    /** Its postal address, on one line. */
    private String address = "2 place Saint-Laurent, 38000 Grenoble";
    /** Where people write to the organiser: questions, accessibility problems, contested decisions. */
    private String email = "contact@example.org";
    /** The person who answers for what the service publishes; empty: the pages say « the organiser's management ». */
    private String publicationDirector = "";
    /** Who hosts the service (name and address); empty: the pages say « the body that hosts this service ». */
    private String host = "";
    /** The data protection officer's address; empty: {@link #email}. */
    private String dataProtectionContact = "";
    /**
     * When the accessibility checks the statement rests on were made, and when the statement was written (ISO days).
     */
    private String accessibilityAuditedOn = "2026-12-06";

    private String accessibilityStatedOn = "2026-12-06";

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPublicationDirector() {
        return publicationDirector;
    }

    public void setPublicationDirector(String publicationDirector) {
        this.publicationDirector = publicationDirector;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public void setDataProtectionContact(String dataProtectionContact) {
        this.dataProtectionContact = dataProtectionContact;
    }

    public String getAccessibilityAuditedOn() {
        return accessibilityAuditedOn;
    }

    public void setAccessibilityAuditedOn(String day) {
        this.accessibilityAuditedOn = day;
    }

    public String getAccessibilityStatedOn() {
        return accessibilityStatedOn;
    }

    public void setAccessibilityStatedOn(String day) {
        this.accessibilityStatedOn = day;
    }

    /** The data protection officer's address, else the organiser's own. */
    public String getDataProtectionContact() {
        return blank(dataProtectionContact) ? email : dataProtectionContact.strip();
    }

    public boolean hasPublicationDirector() {
        return !blank(publicationDirector);
    }

    public boolean hasHost() {
        return !blank(host);
    }

    /** The day of the accessibility checks, for the statement to write out in words. */
    public LocalDate accessibilityAudited() {
        return LocalDate.parse(accessibilityAuditedOn.strip());
    }

    /** The day the accessibility statement was written. */
    public LocalDate accessibilityStated() {
        return LocalDate.parse(accessibilityStatedOn.strip());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
