package dev.crm.auth.throttling;

import java.util.List;

/** Where attempts are counted. */
interface AttemptBuckets {

    /** Takes one attempt from every bucket, or from none: 0 when taken, else the milliseconds until one refills. */
    long take(List<Attempt> attempts);

    void giveBack(Attempt attempt);

    void clear(Attempt attempt);
}
