package org.tandem.activity;

/** How people were engaged. MEETING activities may point at a Tandem meeting. */
public enum ActivityKind { WORKSHOP, WEBINAR, SURVEY, DROP_IN, MEETING, SOCIAL_MEDIA, OTHER }
