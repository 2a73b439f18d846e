package org.tandem.export;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Statistical disclosure control, as NHS and ONS statistics do it: a count of people from 1 up to the threshold
 * (exclusive; 5 unless {@code tandem.export.small-number-threshold} says otherwise) could point at someone, so it is
 * withheld and flagged. Zero is shown: it says nobody.
 */
@ApplicationScoped
public class SmallNumbers {
    static final String DESCRIPTION = "Withheld (empty, with the flag after it true) when between 1 and the small-number "
            + "threshold (see the data package's smallNumberThreshold).";

    private final int threshold;

    SmallNumbers(@ConfigProperty(name = "tandem.export.small-number-threshold", defaultValue = "5") int threshold) {
        this.threshold = threshold;
    }

    int threshold() {
        return threshold;
    }

    boolean withholds(String count) {
        if (count == null) {
            return false;
        }
        long value = Long.parseLong(count);
        return value > 0 && value < threshold;
    }
}
