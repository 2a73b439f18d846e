package org.tandem.common.web;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Request bodies are read strictly, so that what a client meant is never guessed: a key given twice is refused
 * (otherwise the last one silently wins, and a wrongly typed duplicate broke record deserialisation), as is an
 * enum given as its ordinal, or a whole number given as a fraction (47.5 people is refused, not read as 47). Nesting is bounded far below Jackson's default: no request of this API nests more
 * than a few levels. (Null for a primitive stays allowed: request records use boxed types, and the demo data
 * file leaves optional flags out.)
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {
    static final int MAX_NESTING_DEPTH = 64;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH).build());
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }
}
