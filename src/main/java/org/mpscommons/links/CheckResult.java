package org.mpscommons.links;

/**
 * What one check of an address found.
 *
 * @param movedTo the new address, for MOVED
 * @param problem why the link is DEAD (null otherwise)
 * @param detail the technical detail of a failure, for editors (null otherwise)
 */
record CheckResult(CheckStatus status, String movedTo, CheckProblem problem, String detail) {

    /** Longest detail kept: the column's size. */
    static final int DETAIL_MAX = 500;

    static CheckResult ok() {
        return new CheckResult(CheckStatus.OK, null, null, null);
    }

    static CheckResult moved(String to) {
        return new CheckResult(CheckStatus.MOVED, to, null, null);
    }

    static CheckResult dead(CheckProblem problem, String detail) {
        String kept = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
        return new CheckResult(CheckStatus.DEAD, null, problem, kept);
    }
}
