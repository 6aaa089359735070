package org.constellation.notification;

import java.util.Arrays;

/** The applicant-facing mails; each has templates/mail/{name}.html and a subject under mail.{name}.subject. */
public enum MailTemplate {
  ACKNOWLEDGEMENT("acknowledgement"),
  INFORMATION_REQUEST("information-request"),
  INFORMATION_REMINDER("information-reminder"),
  CLOSED_WITHOUT_ANSWER("closed-without-answer"),
  INELIGIBLE("ineligible"),
  ELIGIBLE("eligible"),
  ACCOMPANIMENT_PLAN("accompaniment-plan"),
  PARTNER_INTRODUCTION("partner-introduction"),
  PUBLISHED("published"),
  WITHDRAWN("withdrawn");

  private final String templateName;

  MailTemplate(String templateName) {
    this.templateName = templateName;
  }

  public String templateName() {
    return templateName;
  }

  public static MailTemplate named(String name) {
    return Arrays.stream(values()).filter(t -> t.templateName.equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown mail template '" + name + "'"));
  }
}
