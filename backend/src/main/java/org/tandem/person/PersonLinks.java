package org.tandem.person;

import org.tandem.common.Published;

/**
 * Links other features keep to a person (by their id, or by their email address), which anonymising the person must
 * clear. Called in the transaction that anonymises them, before their data is erased: their address is still known,
 * and the entries recording the change are sealed with their key, which that same transaction then destroys (once
 * it is gone, neither could be done). Implemented by the features holding such links, so people depend on none.
 */
@Published
public interface PersonLinks {
    void unlink(Person person);
}
