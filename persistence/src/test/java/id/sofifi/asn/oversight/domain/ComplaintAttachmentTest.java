package id.sofifi.asn.oversight.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.sofifi.asn.kernel.ValidationFailure;
import id.sofifi.asn.kernel.Violation;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 12: a case carries at most three attachments, numbered in the order attached. */
class ComplaintAttachmentTest {
    @Test
    @DisplayName("Issue 12 lampiran: the first file of a case is number 1, the third fits, numbers go on in order")
    void numbersInOrder() {
        assertEquals(1, ComplaintAttachment.firstFreeNumber(0, 3, "attachment1"));
        assertEquals(3, ComplaintAttachment.firstFreeNumber(2, 1, "attachment"));
    }

    @Test
    @DisplayName("Issue 12 lampiran: a 4th file, or four at once, is refused by its field with the limit")
    void atMostThree() {
        for (int[] attachedAdding : new int[][]{{3, 1}, {0, 4}, {2, 2}}) {
            ValidationFailure refused = assertThrows(ValidationFailure.class,
                    () -> ComplaintAttachment.firstFreeNumber(attachedAdding[0], attachedAdding[1], "attachment"));
            assertEquals(List.of(new Violation("attachment", "complaint.attachmentsTooMany", List.of(3))),
                    refused.violations());
        }
    }
}
