package org.cppcc.platform.consultation;

/** Residents are known by a mainland mobile number: it is their contact, their key to tracking and their one vote. */
public final class PhoneNumbers {

    public static final String MOBILE = "^1[3-9][0-9]{9}$";

    private PhoneNumbers() {}

    /** 138****0001: enough for a resident to recognise their own rating, nothing more. */
    public static String mask(String phone) {
        if (phone == null || phone.length() < 7) {
            return "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
