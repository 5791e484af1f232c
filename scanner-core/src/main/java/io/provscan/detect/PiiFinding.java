package io.provscan.detect;

/**
 * Personal data found in an item. Never carries the raw value.
 *
 * @param type a stable type name such as {@code EMAIL_ADDRESS} or {@code CN_RESIDENT_ID}
 * @param masked the value masked so that only what a reviewer needs is left
 * @param start offset of the value in the extracted text (inclusive)
 * @param end offset of its end (exclusive)
 * @param confidence 0 to 1
 * @param detail what kind of value within the type, or null: the card scheme ({@code unionpay}),
 *     the phone's region ({@code CN}), the key's kind ({@code aws-access-key-id}), an IP address's
 *     special range ({@code private}, {@code documentation}, {@code loopback}), the IBAN's country
 */
public record PiiFinding(
    String type, String masked, int start, int end, double confidence, String detail) {

  /** A finding without a detail. */
  public PiiFinding(String type, String masked, int start, int end, double confidence) {
    this(type, masked, start, end, confidence, null);
  }
}
