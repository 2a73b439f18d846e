package org.tandem.activity;

import org.tandem.common.Published;

/** How people were engaged. MEETING activities may point at a Tandem meeting. */
@Published
public enum ActivityKind { WORKSHOP, WEBINAR, SURVEY, DROP_IN, MEETING, SOCIAL_MEDIA, OTHER }
