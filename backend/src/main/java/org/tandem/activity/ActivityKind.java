package org.tandem.activity;

import org.tandem.common.Published;

/** How people were engaged. An activity of any kind may point at the Tandem meeting it belonged to. */
@Published
public enum ActivityKind { WORKSHOP, WEBINAR, SURVEY, DROP_IN, MEETING, SOCIAL_MEDIA, OTHER }
