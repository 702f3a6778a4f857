package id.sofifi.asn.oversight.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Ringkasan harian (issue 12: "notifications by mail as a daily digest of followed topics, never one mail per
 * post"): for one account and one WIT day, what happened in the topics it follows — those it opened, posted in or
 * supported — written by others: new posts and official answers. Hidden posts are not news.
 */
public record ForumDigest(String account, LocalDate day, List<Line> lines) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd MMMM yyyy", new Locale("id", "ID"));

    /** One followed topic with its news of the day. */
    public record Line(long topicId, String title, long posts, long answers) {
        String text() {
            String news = (posts > 0 ? posts + " tanggapan baru" : "") + (posts > 0 && answers > 0 ? " dan " : "")
                    + (answers > 0 ? "jawaban resmi" : "");
            return "- " + title + ": " + news + " (/forum/topik.xhtml?id=" + topicId + ")";
        }
    }

    public String subject() {
        return "Ringkasan forum " + DAY.format(day) + ": " + lines.size() + " topik yang Anda ikuti";
    }

    public String body() {
        return "Yth. warga,\n\nBerikut perkembangan pada " + DAY.format(day)
                + " di topik forum ASN Sofifi yang Anda buka, tanggapi atau dukung:\n\n"
                + lines.stream().map(Line::text).collect(Collectors.joining("\n"))
                + "\n\nRingkasan ini dikirim paling banyak sekali sehari, hanya bila ada yang baru.";
    }
}
