/**
 * Whether any result of the cycle has been appraised (thẩm định) by a steering member. After that, a change of
 * the matrix makes a new version so who appraised what stays on record (responsibility_versions).
 *
 * Appraisal does not exist yet: issue 13 adds it and replaces this with a real check. Until then the matrix is
 * always edited in place (its first version), and the version mechanism waits behind this one answer.
 */
export async function appraisalStarted(_cycleId: string): Promise<boolean> {
  return false;
}
