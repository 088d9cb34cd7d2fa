package al.childprotection.notification.mapping;

import al.childprotection.notification.domain.Recipient;

/**
 * The body of a notice, the same shape for every kind: a greeting, what happened, the facts one per line, and
 * the reminder that the child's details stay in the platform. Only ids, codes and times go in: the text is
 * e-mailed, and an e-mail leaves the platform.
 */
final class NoticeText {

    /** The recipient's language, as recipients are stored. */
    enum Language {
        sq, en;

        static Language of(Recipient recipient) {
            return recipient == null || recipient.language == null || recipient.language == Recipient.Language.sq
                    ? sq : en;
        }
    }

    private final StringBuilder text = new StringBuilder();
    private Language language = Language.en;
    private boolean inFacts;

    private NoticeText() {
    }

    /** {@code Hello Blerina Kola,}, or {@code Hello,} for someone the service has no name for. */
    static NoticeText greeting(String displayName) {
        return greeting(displayName, Language.en);
    }

    /** The greeting in the recipient's language: {@code Përshëndetje Gentian Leka,} in Albanian. */
    static NoticeText greeting(String displayName, Language language) {
        String hello = language == Language.sq ? "Përshëndetje" : "Hello";
        NoticeText notice = new NoticeText();
        notice.language = language;
        notice.text.append(displayName == null || displayName.isBlank() ? hello + "," : hello + " " + displayName + ",")
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
        return fact(language == Language.sq ? "Njësia për Mbrojtjen e Fëmijëve" : "Child Protection Unit",
                cpuCode + (municipality == null ? "" : " (" + municipality + ")"));
    }

    /** A label or a sentence in both languages. */
    record Words(String en, String sq) {
        String in(Language language) {
            return language == Language.sq ? sq : en;
        }
    }

    /** The fact, in the text's language; nothing when there is no value. */
    NoticeText fact(Words label, Object value) {
        return value == null ? this : fact(label.in(language), value);
    }

    /**
     * Ends the text with where to find the child's details: {@code case}, {@code referral} or
     * {@code placement request}.
     */
    String closing(String whatToOpen) {
        endFacts();
        if (language == Language.sq) {
            return text.append("Hapni ").append(switch (whatToOpen) {
                case "case" -> "rastin";
                case "placement request" -> "kërkesën për vendosje";
                default -> "referimin";
            })
                    .append(" në platformën e mbrojtjes së fëmijëve për të parë të dhënat e fëmijës; ")
                    .append("për sigurinë e fëmijës ato nuk dërgohen kurrë me e-mail.\n").toString();
        }
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
