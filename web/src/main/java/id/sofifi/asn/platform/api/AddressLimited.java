package id.sofifi.asn.platform.api;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public endpoint anyone may call without a token, limited per client address (issue 13): filing a report, forum
 * posts, sign-up, survey responses, announcement look-ups and the chain check. {@link AddressRateCheck} enforces it.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AddressLimited {
}
