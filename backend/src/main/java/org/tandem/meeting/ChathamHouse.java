package org.tandem.meeting;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The wording of a Chatham House meeting for readers who do not take its notes: comments and decisions are
 * never attributed to a named person. Each name of a person linked to the meeting (full display name, first name
 * and surname, case-insensitive, whole words, with any title such as "Mr" or "Cllr" before it) reads "a
 * participant". Names that are also common words ("Will", "Grace", "Green") are replaced too: over-redacting is the
 * safe side.
 */
final class ChathamHouse {
    static final String PARTICIPANT = "a participant";
    /** Wording for readers who may see everything, or for meetings not under the rule. */
    static final ChathamHouse OFF = new ChathamHouse(false, null);

    private static final String NOT_WORD = "[\\p{L}\\p{N}_]";
    private static final String TITLE = "(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Cllr|Councillor|Sir|Dame|Rev)\\.?\\s+)?";

    private final boolean applies;
    private final Pattern names;

    private ChathamHouse(boolean applies, Pattern names) {
        this.applies = applies;
        this.names = names;
    }

    /** The rule applied to text that may mention any of {@code displayNames}. */
    static ChathamHouse naming(Collection<String> displayNames) {
        // Longest first, so "Anne Hooper" becomes one participant rather than "a participant Hooper".
        List<String> alternatives = displayNames.stream().filter(Objects::nonNull)
                .map(name -> name.strip().split("\\s+"))
                .filter(words -> !words[0].isEmpty())
                .flatMap(words -> Stream.of(String.join(" ", words), words[0], words[words.length - 1]))
                .filter(name -> name.length() > 1)
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(ChathamHouse::wordsPattern)
                .toList();
        if (alternatives.isEmpty()) {
            return new ChathamHouse(true, null);
        }
        String regex = "(?<!" + NOT_WORD + ")" + TITLE + "(?:" + String.join("|", alternatives) + ")(?!" + NOT_WORD + ")";
        return new ChathamHouse(true, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    boolean applies() {
        return applies;
    }

    /** Presenters are dropped altogether: naming who introduced an item attributes it. */
    String presenter(String presenter) {
        return applies ? null : presenter;
    }

    String text(String text) {
        if (names == null || text == null) {
            return text;
        }
        Matcher matcher = names.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement = startsSentence(text, matcher.start()) ? "A participant" : PARTICIPANT;
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** At the start of the text, of a line, or after a full stop, question or exclamation mark or colon. */
    private static boolean startsSentence(String text, int index) {
        int i = index - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            if (text.charAt(i) == '\n') {
                return true;
            }
            i--;
        }
        return i < 0 || ".!?:".indexOf(text.charAt(i)) >= 0;
    }

    private static String wordsPattern(String name) {
        return Stream.of(name.split(" ")).map(Pattern::quote).collect(Collectors.joining("\\s+"));
    }
}
