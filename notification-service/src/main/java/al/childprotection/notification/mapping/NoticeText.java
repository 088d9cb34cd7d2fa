package al.childprotection.notification.mapping;

/**
 * The body of a notice, the same shape for every kind: a greeting, what happened, the facts one per line, and
 * the reminder that the child's details stay in the platform. Only ids, codes and times go in: the text is
 * e-mailed, and an e-mail leaves the platform.
 */
final class NoticeText {

    private final StringBuilder text = new StringBuilder();
    private boolean inFacts;

    private NoticeText() {
    }

    /** {@code Hello Blerina Kola,}, or {@code Hello,} for someone the service has no name for. */
    static NoticeText greeting(String displayName) {
        NoticeText notice = new NoticeText();
        notice.text.append(displayName == null || displayName.isBlank() ? "Hello," : "Hello " + displayName + ",")
                .append("\n\n");
        return notice;
    }

    NoticeText paragraph(String paragraph) {
        endFacts();
        text.append(paragraph).append("\n\n");
        return this;
    }

    NoticeText fact(String label, Object value) {
        inFacts = true;
        text.append(label).append(": ").append(value).append('\n');
        return this;
    }

    /** {@code Child Protection Unit: cpu-tirane (Tiranë)}. */
    NoticeText cpu(String cpuCode, String municipality) {
        return fact("Child Protection Unit", cpuCode + (municipality == null ? "" : " (" + municipality + ")"));
    }

    /** Ends the text with where to find the child's details: {@code case} or {@code referral}. */
    String closing(String whatToOpen) {
        endFacts();
        return text.append("Open the ").append(whatToOpen)
                .append(" in the child-protection platform to see the child's details; ")
                .append("for the child's safety they are never sent by e-mail.\n").toString();
    }

    private void endFacts() {
        if (inFacts) {
            text.append('\n');
            inFacts = false;
        }
    }
}
