package org.tandem.calendarfeed;

/** A feed just made, with the token of its address: the one moment the token is known. */
record CalendarFeedToken(CalendarFeed feed, String token) {
    @Override
    public String toString() {
        return "CalendarFeedToken[feed=" + feed.id + "]";
    }
}
